/**
 * The vectors that have one feature (in their prefix, or at all), with the feature's
 * weight in each, in flat arrays so that a probe scans them in a tight loop.
 * Order is not kept (removal moves the last entry into the gap); probes sum
 * per candidate in the probing node's own feature order, so results do not
 * depend on it.
 */
export class PostingList<N extends { nid: number }> {
  nodes: N[] = [];
  /** `nodes[i].nid`, and the feature's weight in `nodes[i]`. */
  nids = new Int32Array(4);
  weights = new Float64Array(4);
  private readonly position = new Map<N, number>();

  get size(): number {
    return this.nodes.length;
  }

  set(node: N, weight: number): void {
    const at = this.position.get(node);
    if (at !== undefined) {
      this.weights[at] = weight;
      return;
    }
    const i = this.nodes.length;
    if (i === this.weights.length) {
      const weights = new Float64Array(i * 2);
      weights.set(this.weights);
      this.weights = weights;
      const nids = new Int32Array(i * 2);
      nids.set(this.nids);
      this.nids = nids;
    }
    this.nodes.push(node);
    this.nids[i] = node.nid;
    this.weights[i] = weight;
    this.position.set(node, i);
  }

  delete(node: N): void {
    const i = this.position.get(node);
    if (i === undefined) return;
    this.position.delete(node);
    const last = this.nodes.length - 1;
    if (i !== last) {
      const moved = this.nodes[last];
      this.nodes[i] = moved;
      this.nids[i] = this.nids[last];
      this.weights[i] = this.weights[last];
      this.position.set(moved, i);
    }
    this.nodes.pop();
  }
}
