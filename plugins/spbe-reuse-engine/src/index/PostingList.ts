/**
 * The vectors that have one feature (in their prefix, or at all), with the feature's
 * weight in each, in flat arrays so that a probe scans them in a tight loop.
 * Order is not kept (removal moves the last entry into the gap); probes sum
 * per candidate in the probing node's own feature order, so results do not
 * depend on it.
 *
 * The list keeps no map from vector to entry: each vector keeps its entry
 * positions itself, one per feature (`slot` is the feature's index in the
 * vector), and the caller updates the position of the entry a removal moves.
 * A map per feature would cost a hash entry per (vector, feature): millions
 * at 270,000 applications.
 */
export class PostingList<N extends { nid: number }> {
  nodes: N[] = [];
  /** `nodes[i].nid`, and the feature's weight in `nodes[i]`. */
  nids = new Int32Array(4);
  weights = new Float64Array(4);
  /** The feature's index (slot) in `nodes[i]`'s own position array. */
  slots = new Int32Array(4);

  get size(): number {
    return this.nodes.length;
  }

  /** Adds a vector; returns its entry's position. */
  add(node: N, weight: number, slot: number): number {
    const i = this.nodes.length;
    if (i === this.weights.length) {
      const weights = new Float64Array(i * 2);
      weights.set(this.weights);
      this.weights = weights;
      const nids = new Int32Array(i * 2);
      nids.set(this.nids);
      this.nids = nids;
      const slots = new Int32Array(i * 2);
      slots.set(this.slots);
      this.slots = slots;
    }
    this.nodes.push(node);
    this.nids[i] = node.nid;
    this.weights[i] = weight;
    this.slots[i] = slot;
    return i;
  }

  /**
   * Removes the entry at `i`, moving the last entry into the gap. Returns the
   * moved vector (its entry is now at `i`, its slot `slots[i]`), if any.
   */
  removeAt(i: number): N | undefined {
    const last = this.nodes.length - 1;
    let moved: N | undefined;
    if (i !== last) {
      moved = this.nodes[last];
      this.nodes[i] = moved;
      this.nids[i] = this.nids[last];
      this.weights[i] = this.weights[last];
      this.slots[i] = this.slots[last];
    }
    this.nodes.pop();
    return moved;
  }
}
