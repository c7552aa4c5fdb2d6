import type { TermIndex } from '../index/TermIndex';
import { byString, firstId, round, VectorNode } from '../model';
import { isLink, LinkRule } from './linkRule';
import { PrefixIndex } from './PrefixIndex';
import { TopLinks } from './TopLinks';

export type { LinkRule } from './linkRule';

/**
 * The neighbour graph: each vector keeps its `k` strongest links (cosine at
 * least the threshold, enough of it from content words; see linkRule.ts).
 * Candidates come from the prefix index (PrefixIndex), so a probe meets only
 * the vectors that can reach the threshold; an edit recomputes exactly the
 * nodes that may gain or lose a link.
 */
export class NeighbourGraph {
  /** Nodes that lost a neighbour that was dropped: recomputed on the next update. */
  private readonly pendingRecompute = new Set<VectorNode>();
  /** Nodes whose links or membership changed since the clusters were computed. */
  readonly dirty = new Set<VectorNode>();
  private readonly prefixes: PrefixIndex;

  constructor(
    private readonly terms: TermIndex,
    private readonly rule: LinkRule,
  ) {
    this.prefixes = new PrefixIndex(terms, rule);
  }

  /** A vector without applications leaves the graph. */
  drop(node: VectorNode): void {
    this.prefixes.unindex(node);
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
    const prefixes = this.prefixes;
    prefixes.reserve(maxNid);
    for (const node of changed) prefixes.unindex(node);
    const recompute = new Set<VectorNode>([...changed, ...this.pendingRecompute]);
    this.pendingRecompute.clear();
    for (const node of changed) for (const r of node.reverse) recompute.add(r);
    const ordered = [...changed].sort((a, b) => byString(a.key, b.key));
    const k = this.rule.k;
    if (prefixes.size === 0) {
      // Bulk: every vector is new or re-weighted, so there is no unchanged
      // node to tell; all join the index first, then each finds its own
      // strongest links (probeTopK, exact) without offering them to others.
      for (const node of ordered) prefixes.index(node);
      // links found from the other side: a node's first lower bound
      // (by node id, nids are below maxNid; filled by push so that the array stays dense)
      const known: Array<TopLinks | undefined> = [];
      for (let i = 0; i < maxNid; i++) known.push(undefined);
      let bulkDone = 0;
      for (const node of ordered) {
        const top = prefixes.probeTopK(node, known[node.nid]);
        known[node.nid] = undefined;
        node.draft = top;
        for (let i = 0; i < top.size; i++) {
          const other = top.nodeAt(i);
          if (other.draft) continue;
          let theirs = known[other.nid];
          if (!theirs) known[other.nid] = theirs = new TopLinks(k);
          theirs.offer(node, top.scoreAt(i));
        }
        bulkDone += node.docs.size;
        onProgress?.(bulkDone);
      }
    } else {
      for (const node of ordered) node.draft = new TopLinks(k);
      this.linkChanged(ordered, recompute, onProgress);
    }
    for (const node of recompute) {
      if (node.docs.size === 0) continue;
      this.setNeighbours(node, node.draft ? node.draft.toLinks() : prefixes.probeAll(node));
    }
    for (const node of ordered) node.draft = undefined;
    prefixes.clearLinks();
  }

  /**
   * Each changed node probes the unchanged nodes and the changed nodes
   * indexed before it, then joins the index; links go to both drafts, and
   * unchanged nodes that gain a link are recomputed.
   */
  private linkChanged(
    ordered: VectorNode[],
    recompute: Set<VectorNode>,
    onProgress?: (done: number) => void,
  ): void {
    const prefixes = this.prefixes;
    let done = 0;
    for (const node of ordered) {
      const mine = node.draft!;
      const found = prefixes.probe(node);
      for (let i = 0; i < found; i++) {
        const other = prefixes.linkNodeAt(i);
        const score = prefixes.linkScoreAt(i);
        mine.offer(other, score);
        if (other.draft) other.draft.offer(node, score);
        else recompute.add(other);
      }
      prefixes.index(node);
      done += node.docs.size;
      onProgress?.(done);
    }
  }

  /** Calls `visit` with each undirected neighbour of a node (some twice). */
  forEachAdjacent(node: VectorNode, visit: (other: VectorNode) => void): void {
    for (const link of node.knn) visit(link[0]);
    for (const o of node.reverse) visit(o);
  }

  /** Whether copies of one vector are duplicates of each other (it would link to itself). */
  selfLink(node: VectorNode): boolean {
    let content = 0;
    let textContent = 0;
    node.termIds.forEach((t, i) => {
      if (!this.terms.isWord[t]) return;
      content += node.weights[i] ** 2;
      if (node.inText[i]) textContent += node.weights[i] ** 2;
    });
    return isLink(this.rule, 1, round(content), textContent, node.described);
  }

  /** Total number of links. */
  linkCount(nodes: Iterable<VectorNode>): number {
    let links = 0;
    for (const n of nodes) links += n.knn.length;
    return links;
  }

  /**
   * Replaces a node's neighbour list with the strongest `k` of `links`,
   * which come in TopLinks order (strongest first, ties by key).
   */
  private setNeighbours(node: VectorNode, links: Array<[VectorNode, number]>): void {
    const top = links.length <= this.rule.k && links.every(([o]) => o !== node)
      ? links
      : links.filter(([o]) => o !== node).slice(0, this.rule.k);
    const same =
      top.length === node.knn.length && top.every(([o, s], i) => node.knn[i][0] === o && node.knn[i][1] === s);
    this.dirty.add(node);
    if (same) return;
    for (const link of node.knn) {
      const o = link[0];
      o.reverse.delete(node);
      this.dirty.add(o);
    }
    node.knn = top;
    for (const link of top) {
      const o = link[0];
      o.reverse.add(node);
      this.dirty.add(o);
    }
  }

  /** Each vector (by its first application id) with its links, sorted. */
  links(nodes: Iterable<VectorNode>): Array<{ id: string; links: Array<{ id: string; score: number }> }> {
    return [...nodes]
      .map(n => ({ id: firstId(n), links: n.knn.map(([o, score]) => ({ id: firstId(o), score })) }))
      .sort((a, b) => byString(a.id, b.id));
  }
}
