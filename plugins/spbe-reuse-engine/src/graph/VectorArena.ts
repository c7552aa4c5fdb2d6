/**
 * The term ids, weights and text flags (`VectorNode.inText`) of the indexed vectors, copied into one arena (per
 * node id: offset and length), so that scoring a candidate reads two runs of
 * memory instead of following a node to its two arrays. A released run stays
 * in place until the arena is full; then only the runs still kept are copied
 * into a new arena, grown when they still fill more than half of it.
 */
export class VectorArena {
  ids = new Int32Array(4096);
  weights = new Float64Array(4096);
  inText = new Uint8Array(4096);
  offsetOf = new Int32Array(1024);
  lengthOf = new Int32Array(1024);
  private used = 0;
  private live = 0;

  /** Room for node ids below `size` (offsets and lengths kept). */
  reserve(size: number): void {
    if (this.offsetOf.length >= size) return;
    const offsets = new Int32Array(size);
    offsets.set(this.offsetOf);
    this.offsetOf = offsets;
    const lengths = new Int32Array(size);
    lengths.set(this.lengthOf);
    this.lengthOf = lengths;
  }

  /** Node `nid` leaves the arena (its run is dropped at the next compaction). */
  release(nid: number): void {
    this.live -= this.lengthOf[nid];
  }

  /**
   * Copies node `nid`'s term ids, weights and text flags in. `kept(nid)` tells, for node
   * ids below `nidCount`, which runs a compaction keeps.
   */
  add(
    nid: number,
    termIds: Int32Array,
    weights: Float64Array,
    inText: Uint8Array,
    nidCount: number,
    kept: (nid: number) => boolean,
  ): void {
    const n = termIds.length;
    if (this.used + n > this.ids.length) this.compact(n, nidCount, kept);
    const at = this.used;
    this.ids.set(termIds, at);
    this.weights.set(weights, at);
    this.inText.set(inText, at);
    this.offsetOf[nid] = at;
    this.lengthOf[nid] = n;
    this.used += n;
    this.live += n;
  }

  private compact(needed: number, nidCount: number, kept: (nid: number) => boolean): void {
    const size = Math.max(this.ids.length, (this.live + needed) * 2);
    const ids = new Int32Array(size);
    const weights = new Float64Array(size);
    const inText = new Uint8Array(size);
    let used = 0;
    for (let nid = 0; nid < nidCount; nid++) {
      if (!kept(nid)) continue;
      const off = this.offsetOf[nid];
      const len = this.lengthOf[nid];
      ids.set(this.ids.subarray(off, off + len), used);
      weights.set(this.weights.subarray(off, off + len), used);
      inText.set(this.inText.subarray(off, off + len), used);
      this.offsetOf[nid] = used;
      used += len;
    }
    this.ids = ids;
    this.weights = weights;
    this.inText = inText;
    this.used = used;
    this.live = used;
  }
}
