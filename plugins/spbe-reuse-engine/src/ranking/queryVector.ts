import { extractFeatures, LearnedExpansions, RawFeature } from '../features';
import type { TermIndex } from '../index/TermIndex';
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
