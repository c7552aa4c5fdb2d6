import type { FeatureKind } from './features';

/**
 * Term weighting that changes in steps, so that an incremental index can tell
 * exactly which documents a change affects.
 *
 * IDF is `ln(1 + N' / df')` where `df'` is the document frequency rounded down
 * to a power of sqrt(2) and `N'` the collection size rounded up to a power of
 * two (at least 1024). A document's weights therefore change only when the
 * bucket of one of its terms or of the collection changes; the index then
 * re-weights exactly those documents (amortised O(1) per edit, because a
 * bucket of size d changes after about 0.4 d edits of that term).
 */
export function dfBucket(df: number): number {
  return df <= 1 ? 0 : Math.floor(2 * Math.log2(df) + 1e-9);
}

export function collectionBucket(n: number): number {
  return Math.max(10, Math.ceil(Math.log2(Math.max(1, n)) - 1e-9));
}

const KIND_FACTOR: Record<FeatureKind, number> = {
  word: 1,
  acronym: 1,
  generic: 0.4,
  code: 0.7,
};

export function idf(dfB: number, nB: number, kind: FeatureKind): number {
  return Math.log(1 + 2 ** nB / 2 ** (dfB / 2)) * KIND_FACTOR[kind];
}

/** Damped field-weighted term frequency. */
export function tfWeight(tf: number): number {
  return tf ** 0.75;
}

/**
 * Factor of a content word that an application has only in its name and that
 * no other application has: a brand (Wadul, Kadoe, Sambat, Hadir Pak). Such a
 * word matches nothing, so at full weight it only dilutes the vector and
 * keeps the application away from those with the same function; at half
 * weight it still tells two differently branded copies apart. It depends only
 * on the term's document-frequency bucket (df <= 1) and the vector's own
 * features, so an edit re-weighs exactly the vectors it affects.
 */
export const UNIQUE_NAME_WORD_FACTOR = 0.5;
