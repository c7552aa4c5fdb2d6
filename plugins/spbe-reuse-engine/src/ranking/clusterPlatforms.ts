import type { TermIndex } from '../index/TermIndex';
import { Doc, round, VectorNode } from '../model';
import { QueryVector, scoreParts } from './queryVector';
import { rankDocs } from './rankDocs';

/**
 * The national platforms in the duplicate cluster of the proposal's best
 * local match, with their similarity and coverage, when they share a content
 * word with the proposal. Deduplication found that they do the job that match
 * does: the proposal should reuse the platform that the local copies
 * consolidate onto, even when the platform's own text (many functions, or
 * only its name) is far from the proposal's words.
 */
export function clusterPlatforms(
  /** The cluster's vectors that hold national platforms (others are passed over). */
  clusterNodes: readonly VectorNode[],
  query: QueryVector,
  terms: TermIndex,
  top: number,
): Array<{ doc: Doc; sim: number; coverage: number }> {
  const out: Array<{ doc: Doc; sim: number; coverage: number }> = [];
  for (const node of clusterNodes) {
    if (node.nationals === 0) continue;
    const { raw: sim, content, coverage } = scoreParts(query, node, terms);
    if (content <= 0) continue;
    // rounded as the ranking's other scores are (ties then break by id)
    for (const doc of rankDocs(node, top).national) out.push({ doc, sim: round(sim, 6), coverage: round(coverage, 6) });
  }
  return out;
}
