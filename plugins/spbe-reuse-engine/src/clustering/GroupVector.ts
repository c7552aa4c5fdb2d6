/**
 * The sum of a group's unit vectors, in fixed point: term ids ascending, each
 * weight an integer number of 1/SCALE. Integer sums are exact, so a group's
 * vector is the same whichever order its members were added in, and products
 * are summed in term id order: an incremental run that builds a group from its
 * members computes the similarities a full run computes while merging.
 */
export interface GroupVector {
  ids: Int32Array;
  /** Integers: weight * SCALE (exact up to 2^53: 2^23 unit vectors). */
  weights: Float64Array;
}

export const SCALE = 2 ** 30;
const SCALE2 = SCALE * SCALE;

/** The fixed-point vector of `size` copies of one unit vector (term ids ascending). */
export function unitVector(ids: Int32Array, weights: Float64Array, size = 1): GroupVector {
  let n = 0;
  for (let i = 0; i < weights.length; i++) if (Math.round(weights[i] * SCALE) > 0) n++;
  const outIds = n === ids.length ? ids : new Int32Array(n);
  const out = new Float64Array(n);
  for (let i = 0, k = 0; i < weights.length; i++) {
    const w = Math.round(weights[i] * SCALE);
    // a weight below 1 / SCALE (none in practice) is no term of the group
    if (w <= 0) continue;
    outIds[k] = ids[i];
    out[k++] = w * size;
  }
  return { ids: outIds, weights: out };
}

/** A vector given as a map of term id to weight (sorted into term id order). */
export function vectorOfMap(vector: Map<number, number>, size = 1): GroupVector {
  const entries = [...vector].sort((a, b) => a[0] - b[0]);
  return unitVector(
    Int32Array.from(entries, e => e[0]),
    Float64Array.from(entries, e => e[1]),
    size,
  );
}

/** a + b. */
export function addVectors(a: GroupVector, b: GroupVector): GroupVector {
  const ai = a.ids;
  const bi = b.ids;
  let n = 0;
  for (let i = 0, j = 0; i < ai.length || j < bi.length; n++) {
    if (j >= bi.length || (i < ai.length && ai[i] < bi[j])) i++;
    else if (i >= ai.length || bi[j] < ai[i]) j++;
    else {
      i++;
      j++;
    }
  }
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  for (let i = 0, j = 0, k = 0; k < n; k++) {
    if (j >= bi.length || (i < ai.length && ai[i] < bi[j])) {
      ids[k] = ai[i];
      weights[k] = a.weights[i++];
    } else if (i >= ai.length || bi[j] < ai[i]) {
      ids[k] = bi[j];
      weights[k] = b.weights[j++];
    } else {
      ids[k] = ai[i];
      weights[k] = a.weights[i++] + b.weights[j++];
    }
  }
  return { ids, weights };
}

/**
 * The sum of many vectors, through a dense buffer by term id (all zero on
 * entry, left all zero).
 */
export function sumVectors(vectors: GroupVector[], dense: Float64Array): GroupVector {
  const touched: number[] = [];
  for (const v of vectors) {
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i];
      if (dense[t] === 0) touched.push(t);
      dense[t] += v.weights[i];
    }
  }
  touched.sort((x, y) => x - y);
  const ids = Int32Array.from(touched);
  const weights = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    weights[i] = dense[ids[i]];
    dense[ids[i]] = 0;
  }
  return { ids, weights };
}

/** Position of the first id >= t in ids[from..], by galloping. */
function seek(ids: Int32Array, t: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < ids.length && ids[hi] < t) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > ids.length) hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The dot product, summed in term id order (as a full run and an incremental one both do). */
export function dot(a: GroupVector, b: GroupVector): number {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  let at = 0;
  for (let i = 0; i < small.ids.length && at < large.ids.length; i++) {
    at = seek(large.ids, small.ids[i], at);
    if (at < large.ids.length && large.ids[at] === small.ids[i]) sum += small.weights[i] * large.weights[at];
  }
  return sum;
}

/**
 * The dot product of `a`, scattered in `dense` by term id (zero elsewhere),
 * with `b`: the same sum as `dot(a, b)` (term id order).
 */
export function dotDense(dense: Float64Array, b: GroupVector): number {
  let sum = 0;
  for (let i = 0; i < b.ids.length; i++) {
    // zero, or undefined past the buffer's end: not a term of `a`
    const v = dense[b.ids[i]];
    if (v) sum += v * b.weights[i];
  }
  return sum;
}

/** Average pairwise cosine of two groups of `sizeA` and `sizeB` unit vectors given their dot product. */
export function averageOf(dotProduct: number, sizeA: number, sizeB: number): number {
  return Math.round((dotProduct / SCALE2 / (sizeA * sizeB)) * 1e9) / 1e9;
}

/** Average pairwise cosine inside a group of `size` unit vectors (self pairs excluded). */
export function internalAverage(v: GroupVector, size: number): number {
  if (size < 2) return 1;
  let sq = 0;
  for (let i = 0; i < v.weights.length; i++) sq += v.weights[i] * v.weights[i];
  return Math.round(((sq / SCALE2 - size) / (size * (size - 1))) * 1e9) / 1e9;
}
