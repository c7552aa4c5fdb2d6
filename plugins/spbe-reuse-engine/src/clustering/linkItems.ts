/**
 * Average linkage over plain items (vectors as maps) and candidate pairs: the
 * clustering of `runLinkage` for callers outside the index (the exact
 * all-pairs reference of the speed benchmark, tests).
 */
import { LinkageGraph, LinkageRules, runLinkage } from './averageLinkage';
import type { CodeProfile } from './codeProfile';
import { averageOf, dot, vectorOfMap } from './GroupVector';

/** One item to cluster: a sum of unit vectors (`size` of them). */
export interface LinkageItem {
  size: number;
  /** Sum of the items' normalised weight vectors, by term id. */
  vector: Map<number, number>;
  /** Function codes its members carry (see codeProfile.ts). */
  codes?: CodeProfile;
}

/** Average pairwise cosine between two groups of unit vectors given their sums. */
export function averageSimilarity(a: LinkageItem, b: LinkageItem): number {
  return averageOf(dot(vectorOfMap(a.vector), vectorOfMap(b.vector)), a.size, b.size);
}

/**
 * `runLinkage` over plain items and candidate pairs (all computed). Returns
 * groups of item indices, each ascending, by their first item.
 */
export function averageLinkage(
  items: LinkageItem[],
  /** Candidate pairs: `[a, b]` tuples, or flat pairs `a0, b0, a1, b1, ...`. */
  edges: ReadonlyArray<readonly [number, number]> | Int32Array,
  threshold: number,
  rules: LinkageRules = {},
): number[][] {
  const adjacent: number[][] = items.map(() => []);
  const flat = edges instanceof Int32Array;
  const pairs = flat ? edges.length / 2 : edges.length;
  for (let p = 0; p < pairs; p++) {
    const a = flat ? edges[2 * p] : (edges as ReadonlyArray<readonly [number, number]>)[p][0];
    const b = flat ? edges[2 * p + 1] : (edges as ReadonlyArray<readonly [number, number]>)[p][1];
    if (a === b) continue;
    adjacent[a].push(b);
    adjacent[b].push(a);
  }
  const vectors = items.map(i => vectorOfMap(i.vector));
  const graph: LinkageGraph = {
    size: items.length,
    order: (a, b) => a - b,
    count: a => items[a].size,
    vector: a => vectors[a],
    codes: a => items[a].codes,
    forEachAdjacent: (a, visit) => adjacent[a].forEach(b => visit(b)),
  };
  return runLinkage(graph, items.keys(), threshold, rules)
    .groups.map(g => [...g.members].sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0]);
}
