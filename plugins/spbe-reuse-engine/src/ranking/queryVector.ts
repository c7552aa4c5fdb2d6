import { extractFeatures, LearnedExpansions, RawFeature } from '../features';
import type { TermIndex } from '../index/TermIndex';
import type { VectorNode } from '../model';
import type { Normalizer } from '../Normalizer';
import type { ReuseProposal } from '../types';

/** A proposal as the ranking reads it: its features, their term ids and normalised weights. */
export interface QueryVector {
  features: RawFeature[];
  /** Term id of each feature (undefined when no indexed application has it). */
  termOf: Array<number | undefined>;
  /** Normalised weight of each feature (the vector has norm 1). */
  wq: number[];
}

export function queryVector(
  terms: TermIndex,
  normalizer: Normalizer,
  proposal: ReuseProposal,
  learned?: LearnedExpansions,
): QueryVector {
  const features = extractFeatures(normalizer, proposal, learned, { requireOwnWord: true });
  const weights = features.map(f => terms.queryWeight(f));
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
  return { features, termOf: features.map(f => terms.idOfKey(f.key)), wq: weights.map(w => w / norm) };
}

/**
 * A vector's dot product with the query over every feature of the query
 * (`raw`), its part from content words (`content`), and the share of the
 * query's weighted content words it has (`coverage`); `onShared` meets each
 * shared content word with its product.
 */
export function scoreParts(
  query: QueryVector,
  node: VectorNode,
  terms: TermIndex,
  onShared?: (feature: RawFeature, product: number) => void,
): { raw: number; content: number; coverage: number } {
  const { features, termOf, wq } = query;
  let raw = 0;
  let content = 0;
  let coverage = 0;
  for (let i = 0; i < features.length; i++) {
    const t = termOf[i];
    if (t === undefined) continue;
    const w = terms.weightOf(node, t);
    if (w === 0) continue;
    const p = wq[i] * w;
    raw += p;
    if (features[i].kind !== 'word') continue;
    content += p;
    coverage += wq[i] * wq[i];
    onShared?.(features[i], p);
  }
  return { raw, content, coverage };
}
