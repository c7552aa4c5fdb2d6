import type { TermIndex } from '../index/TermIndex';
import { PostingList } from '../index/PostingList';
import { byString, EPS, firstId, round, VectorNode } from '../model';

export interface LinkRule {
  threshold: number;
  minContentShare: number;
  /** Links kept per vector. */
  k: number;
}

/**
 * The neighbour graph: each vector keeps its `k` strongest links (cosine at
 * least the threshold, enough of it from content words). Candidates come
 * from an inverted index of the vectors' prefixes (see TermIndex.weigh), so
 * a probe meets only the vectors that can reach the threshold.
 */
export class NeighbourGraph {
  private readonly prefixPostings: Array<PostingList<VectorNode> | undefined> = [];
  /** Nodes that lost a neighbour that was dropped: recomputed on the next update. */
  private readonly pendingRecompute = new Set<VectorNode>();
  /** Nodes whose links or membership changed since the clusters were computed. */
  readonly dirty = new Set<VectorNode>();
  /** Per node id: partial dot product of a probe, suffix norm, node. */
  private acc = new Float64Array(1024);
  private suffixOf = new Float64Array(1024);
  private readonly nodeOf: VectorNode[] = [];
  /** Node ids a probe met, in order. */
  private touched = new Int32Array(1024);
  /** Dense weights of the probing vector by term id (zero elsewhere). */
  private dense = new Float64Array(1024);
  /** Content part of the last similarity. */
  private lastContent = 0;

  constructor(
    private readonly terms: TermIndex,
    private readonly rule: LinkRule,
  ) {}

  /** Takes a vector out of the prefix index (before its weights change or it goes). */
  unindex(node: VectorNode): void {
    for (const t of node.indexedPrefix ?? []) this.prefixPostings[t]?.delete(node);
    node.indexedPrefix = undefined;
  }

  /** A vector without applications leaves the graph. */
  drop(node: VectorNode): void {
    this.unindex(node);
    this.setNeighbours(node, []);
    for (const r of node.reverse) this.pendingRecompute.add(r);
    this.dirty.add(node);
  }

  /**
   * Links the changed vectors (new, re-weighted, or with other applications)
   * and recomputes every node that may gain or lose one of them as a
   * neighbour. Each changed node probes the unchanged nodes and the changed
   * nodes indexed before it, then joins the index: every pair is scored once.
   */
  update(
    changed: VectorNode[],
    maxNid: number,
    onProgress?: (done: number) => void,
  ): void {
    if (this.acc.length < maxNid) {
      this.acc = new Float64Array(maxNid * 2);
      const suffix = new Float64Array(maxNid * 2);
      suffix.set(this.suffixOf);
      this.suffixOf = suffix;
    }
    if (this.dense.length < this.terms.size) this.dense = new Float64Array(this.terms.size * 2);
    for (const node of changed) this.unindex(node);
    const recompute = new Set<VectorNode>([...changed, ...this.pendingRecompute]);
    this.pendingRecompute.clear();
    for (const node of changed) for (const r of node.reverse) recompute.add(r);
    const ordered = [...changed].sort((a, b) => byString(a.key, b.key));
    for (const node of ordered) node.draft = [];
    let done = 0;
    for (const node of ordered) {
      const mine = node.draft!;
      this.probe(node, (other, score) => {
        this.offerLink(mine, other, score);
        if (other.draft) this.offerLink(other.draft, node, score);
        else recompute.add(other);
      });
      this.index(node);
      done += node.docs.size;
      onProgress?.(done);
    }
    for (const node of recompute) {
      if (node.docs.size === 0) continue;
      this.setNeighbours(node, node.draft ?? this.probeAll(node));
    }
    for (const node of ordered) node.draft = undefined;
  }

  private index(node: VectorNode): void {
    for (let i = 0; i < node.prefix.length; i++) {
      const t = node.prefix[i];
      (this.prefixPostings[t] ??= new PostingList()).set(node, node.prefixWeights[i]);
    }
    node.indexedPrefix = node.prefix;
    this.suffixOf[node.nid] = node.suffixNorm;
    this.nodeOf[node.nid] = node;
  }

  /** Undirected neighbours of a node. */
  adjacent(node: VectorNode): VectorNode[] {
    return [...node.knn.map(([o]) => o), ...node.reverse];
  }

  /** Whether copies of one vector are duplicates of each other (it would link to itself). */
  selfLink(node: VectorNode): boolean {
    let content = 0;
    node.termIds.forEach((t, i) => {
      if (this.terms.isWord[t]) content += node.weights[i] ** 2;
    });
    return this.isLink(1, round(content));
  }

  /** Total number of links. */
  linkCount(nodes: Iterable<VectorNode>): number {
    let links = 0;
    for (const n of nodes) links += n.knn.length;
    return links;
  }

  /** Replaces a node's neighbour list (the strongest `k` links). */
  private setNeighbours(node: VectorNode, links: Array<[VectorNode, number]>): void {
    const top = links
      .filter(([o]) => o !== node)
      .sort((a, b) => b[1] - a[1] || byString(a[0].key, b[0].key))
      .slice(0, this.rule.k);
    const same =
      top.length === node.knn.length && top.every(([o, s], i) => node.knn[i][0] === o && node.knn[i][1] === s);
    this.dirty.add(node);
    if (same) return;
    for (const [o] of node.knn) {
      o.reverse.delete(node);
      this.dirty.add(o);
    }
    node.knn = top;
    for (const [o] of top) {
      o.reverse.add(node);
      this.dirty.add(o);
    }
  }

  private isLink(score: number, content: number): boolean {
    return score >= this.rule.threshold - EPS && content >= this.rule.minContentShare * score - EPS;
  }

  /** The strongest `k` links of a node to the indexed nodes. */
  private probeAll(node: VectorNode): Array<[VectorNode, number]> {
    const out: Array<[VectorNode, number]> = [];
    this.probe(node, (other, score) => this.offerLink(out, other, score));
    return out;
  }

  /**
   * Keeps `list` the strongest `k` links, strongest first (ties: smaller key),
   * the order `setNeighbours` uses.
   */
  private offerLink(list: Array<[VectorNode, number]>, other: VectorNode, score: number): void {
    const k = this.rule.k;
    let i = list.length;
    while (i > 0) {
      const [o, s] = list[i - 1];
      if (s > score || (s === score && byString(o.key, other.key) < 0)) break;
      i--;
    }
    if (i >= k) return;
    list.splice(i, 0, [other, score]);
    if (list.length > k) list.pop();
  }

  /**
   * Calls `sink` for every indexed node linked to `node`. Candidates share a
   * prefix feature; the prefix dot product plus both suffix norms bounds the
   * similarity, so most are dropped before the exact similarity.
   */
  private probe(node: VectorNode, sink: (other: VectorNode, score: number) => void): void {
    const acc = this.acc;
    let touched = this.touched;
    let count = 0;
    for (let i = 0; i < node.prefix.length; i++) {
      const list = this.prefixPostings[node.prefix[i]];
      if (!list) continue;
      const w = node.prefixWeights[i];
      const nids = list.nids;
      const weights = list.weights;
      const n = list.size;
      if (count + n > touched.length) {
        const grown = new Int32Array((count + n) * 2);
        grown.set(touched);
        this.touched = touched = grown;
      }
      for (let j = 0; j < n; j++) {
        const nid = nids[j];
        if (acc[nid] === 0) touched[count++] = nid;
        acc[nid] += w * weights[j];
      }
    }
    // the features outside both prefixes add at most the two suffix norms
    const bound = this.rule.threshold - node.suffixNorm - 1e-6;
    const dense = this.dense;
    for (let i = 0; i < node.termIds.length; i++) dense[node.termIds[i]] = node.weights[i];
    const suffixOf = this.suffixOf;
    for (let c = 0; c < count; c++) {
      const nid = touched[c];
      const partial = acc[nid];
      acc[nid] = 0;
      if (nid === node.nid || partial + suffixOf[nid] < bound) continue;
      const other = this.nodeOf[nid];
      const score = this.similarityToDense(other);
      if (this.isLink(score, this.lastContent)) sink(other, score);
    }
    for (let i = 0; i < node.termIds.length; i++) dense[node.termIds[i]] = 0;
  }

  /**
   * Exact similarity of the scattered vector and `b` (its content part goes
   * to `lastContent`), summed over the shared features in key order, so that
   * it does not depend on history.
   */
  private similarityToDense(b: VectorNode): number {
    const dense = this.dense;
    const word = this.terms.isWord;
    let score = 0;
    let content = 0;
    for (let i = 0; i < b.termIds.length; i++) {
      const t = b.termIds[i];
      const a = dense[t];
      if (a === 0) continue;
      const p = a * b.weights[i];
      score += p;
      if (word[t] === 1) content += p;
    }
    this.lastContent = round(content);
    return round(score);
  }

  /** Each vector (by its first application id) with its links, sorted. */
  links(nodes: Iterable<VectorNode>): Array<{ id: string; links: Array<{ id: string; score: number }> }> {
    return [...nodes]
      .map(n => ({ id: firstId(n), links: n.knn.map(([o, score]) => ({ id: firstId(o), score })) }))
      .sort((a, b) => byString(a.id, b.id));
  }
}
