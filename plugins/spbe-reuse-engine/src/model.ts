import type { ReuseApplication } from './types';

/** One application in the index. */
export interface Doc {
  slot: number;
  id: string;
  app: ReuseApplication;
  /** Its feature vector, shared by every application with the same features. */
  node: VectorNode;
  /** First surface form of each feature of `node.termIds` (interned), for evidence. */
  surfaces: string[];
}

/**
 * A distinct feature vector. Applications with the same normalised features
 * share one: weights, prefix and neighbour links are computed once, whatever
 * the number of copies.
 */
export interface VectorNode {
  nid: number;
  /** Feature keys and frequencies: equal keys, equal vectors. */
  key: string;
  docs: Set<Doc>;
  /** How many of `docs` are national platforms. */
  nationals: number;
  /** Term ids in key order, with their field-weighted frequencies. */
  termIds: Int32Array;
  tf: Float64Array;
  /** 1 where the feature comes (also) from the description or functions (see `described`). */
  inText: Uint8Array;
  /**
   * Whether its applications say what they do: a content word in the
   * description or functions. Two described vectors link only when they share
   * such a word (a shared name alone does not make them one function).
   */
  described: boolean;
  /** Normalised weights in key order. */
  weights: Float64Array;
  /** Term ids sorted ascending, with their weights, for lookups. */
  sortedIds: Int32Array;
  sortedWeights: Float64Array;
  /** Term ids in the prefix index, their weights, and the norm of the rest. */
  prefix: Int32Array;
  prefixWeights: Float64Array;
  suffixNorm: number;
  /** The strongest links (at most `neighbours`), strongest first. */
  knn: Array<[VectorNode, number]>;
  /** Nodes whose `knn` contains this node. */
  reverse: Set<VectorNode>;
  /** Term ids under which the node is in the prefix index. */
  indexedPrefix?: Int32Array;
  /** The node's entry in each of those prefix postings (PostingList positions). */
  indexedAt?: Int32Array;
  /** The node's entry in the posting list of each of its terms (-1: not posted), by `termIds` index. */
  postingAt: Int32Array;
  /**
   * Bumped by `TermIndex.weigh`, which every change of `docs` goes through
   * (an edit re-weighs each vector whose applications change).
   */
  version?: number;
  /** The ranking's view of `docs` (ranking/rankDocs.ts), kept up to date with them. */
  rankDocs?: RankDocs;
  /** Its new links while an update recomputes them (strongest first). */
  draft?: { offer(other: VectorNode, score: number): void; toLinks(): Array<[VectorNode, number]> };
}

/** A vector's applications as the ranking reads them (ranking/rankDocs.ts). */
export interface RankDocs {
  /** National platforms. */
  national: Doc[];
  /**
   * The others with the `kept` smallest ids, by id: they share one score, and
   * equal scores rank by id, so no other one can enter a top `kept` list.
   */
  others: Doc[];
  kept: number;
  /** How many of the vector's applications are not national platforms (`others` holds all of them when as many). */
  nonNational: number;
}

export const EPS = 1e-9;

export function round(x: number, digits = 9): number {
  const scale = digits === 9 ? 1e9 : 10 ** digits;
  return Math.round(x * scale) / scale;
}

export function byString(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The smallest application id of a node (its name in links and evidence). */
export function firstId(node: VectorNode): string {
  let first: string | undefined;
  for (const d of node.docs) if (first === undefined || d.id < first) first = d.id;
  return first!;
}

/** Application ids of a node, sorted. */
export function idsOf(node: VectorNode): string[] {
  return [...node.docs].map(d => d.id).sort(byString);
}
