import type { FeatureKind, RawFeature } from '../features';
import { byString, VectorNode } from '../model';
import { collectionBucket, dfBucket, idf, tfWeight, UNIQUE_NAME_WORD_FACTOR } from '../weighting';
import { PostingList } from './PostingList';

/**
 * Feature keys interned as term ids, their document frequencies and the
 * inverted index of the vectors that contain them; computes a vector's
 * weights and its prefix (the part the neighbour graph indexes).
 */
export class TermIndex {
  private readonly idOf = new Map<string, number>();
  readonly keys: string[] = [];
  readonly kinds: FeatureKind[] = [];
  /** 1 for content words (by term id). */
  isWord = new Uint8Array(1024);
  /** Applications (not vectors) that have each term. */
  df = new Int32Array(1024);
  /** Upper bound of each term's normalised weight in any vector (never lowered). */
  readonly maxWeight: number[] = [];
  /** The vectors that have each term, with their normalised weights. */
  readonly postings: Array<PostingList<VectorNode>> = [];
  /** Counter behind `VectorNode.version`. */
  private versions = 0;
  /** Collection size bucket (see weighting.ts). */
  nBucket = collectionBucket(0);

  constructor(private readonly threshold: number) {}

  get size(): number {
    return this.keys.length;
  }

  idOfKey(key: string): number | undefined {
    return this.idOf.get(key);
  }

  /** The id of a feature's term, created on first sight. */
  intern(f: RawFeature): number {
    let t = this.idOf.get(f.key);
    if (t !== undefined) return t;
    t = this.keys.length;
    this.idOf.set(f.key, t);
    this.keys.push(f.key);
    this.kinds.push(f.kind);
    if (t >= this.isWord.length) {
      const isWord = new Uint8Array(t * 2);
      isWord.set(this.isWord);
      this.isWord = isWord;
      const df = new Int32Array(t * 2);
      df.set(this.df);
      this.df = df;
    }
    this.isWord[t] = f.kind === 'word' ? 1 : 0;
    this.maxWeight.push(0);
    this.postings.push(new PostingList());
    return t;
  }

  /** Weight of a term with frequency `tf`, before normalisation. */
  termWeight(t: number, tf: number): number {
    return tfWeight(tf) * idf(dfBucket(Math.max(1, this.df[t])), this.nBucket, this.kinds[t]);
  }

  /** A proposal's weight of a feature the index may not know. */
  queryWeight(f: RawFeature): number {
    const t = this.idOf.get(f.key);
    const df = t === undefined ? 0 : this.df[t];
    return tfWeight(f.tf) * idf(dfBucket(Math.max(1, df)), this.nBucket, f.kind);
  }

  /** Normalised weight of term `t` in a vector (0 when absent). */
  weightOf(node: VectorNode, t: number): number {
    const ids = node.sortedIds;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = ids[mid];
      if (v === t) return node.sortedWeights[mid];
      if (v < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Removes a vector from the postings of its terms. */
  unpost(node: VectorNode): void {
    const at = node.postingAt;
    node.termIds.forEach((t, i) => {
      if (at[i] < 0) return;
      const list = this.postings[t];
      const moved = list.removeAt(at[i]);
      if (moved) moved.postingAt[list.slots[at[i]]] = at[i];
      at[i] = -1;
    });
  }

  /**
   * Computes a vector's normalised weights (a word only its name has and no
   * other application uses counts UNIQUE_NAME_WORD_FACTOR), posts them, and
   * its prefix for the neighbour graph.
   *
   * Prefix filtering (AllPairs) with one global feature order, rarest first
   * (document-frequency bucket, then key): the prefix is the shortest head of
   * that order whose tail cannot reach the threshold on its own. Two vectors
   * whose cosine reaches the threshold then share a feature in both
   * prefixes, so the graph indexes prefixes only and probes with them only.
   * The order changes only when a bucket changes, and then every vector with
   * that feature is re-weighted and re-indexed anyway.
   */
  weigh(node: VectorNode): void {
    node.version = ++this.versions;
    const n = node.termIds.length;
    let normSq = 0;
    for (let i = 0; i < n; i++) {
      const t = node.termIds[i];
      const brand = node.inText[i] === 0 && this.isWord[t] === 1 && this.df[t] <= 1;
      const w = this.termWeight(t, node.tf[i]) * (brand ? UNIQUE_NAME_WORD_FACTOR : 1);
      node.weights[i] = w;
      normSq += w * w;
    }
    const norm = Math.sqrt(normSq) || 1;
    for (let i = 0; i < n; i++) {
      node.weights[i] /= norm;
      const t = node.termIds[i];
      const at = node.postingAt[i];
      if (at >= 0) this.postings[t].weights[at] = node.weights[i];
      else node.postingAt[i] = this.postings[t].add(node, node.weights[i], i);
      if (node.weights[i] > this.maxWeight[t]) this.maxWeight[t] = node.weights[i];
    }
    const ids = node.termIds;
    const weights = node.weights;
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((a, b) => ids[a] - ids[b]);
    const sortedIds = new Int32Array(n);
    const sortedWeights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sortedIds[i] = ids[order[i]];
      sortedWeights[i] = weights[order[i]];
    }
    node.sortedIds = sortedIds;
    node.sortedWeights = sortedWeights;
    const bucket = new Int32Array(n);
    for (let i = 0; i < n; i++) bucket[i] = dfBucket(this.df[ids[i]]);
    const keys = this.keys;
    order.sort((a, b) => bucket[a] - bucket[b] || byString(keys[ids[a]], keys[ids[b]]));
    const suffixSq = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) suffixSq[i] = suffixSq[i + 1] + weights[order[i]] ** 2;
    let p = 0;
    while (p < n && Math.sqrt(suffixSq[p]) >= this.threshold - 1e-6) p++;
    const prefix = new Int32Array(p);
    const prefixWeights = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      prefix[i] = ids[order[i]];
      prefixWeights[i] = weights[order[i]];
    }
    node.prefix = prefix;
    node.prefixWeights = prefixWeights;
    node.suffixNorm = Math.sqrt(suffixSq[p]);
  }
}
