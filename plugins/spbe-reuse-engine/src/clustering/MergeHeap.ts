/** A pair of item indices (x < y, both below 2^21) as one exactly representable number. */
export const PAIR = 2097152;

/** Max-heap of candidate merges (similarity desc, then pair x, y asc) in flat typed arrays. */
export class MergeHeap {
  private sim = new Float64Array(1024);
  /** x * PAIR + y: compares like (x, y) */
  private pair = new Float64Array(1024);
  size = 0;
  /** Fields of the last popped entry. */
  topX = 0;
  topY = 0;

  private before(i: number, j: number): boolean {
    const a = this.sim[i];
    const b = this.sim[j];
    return a > b || (a === b && this.pair[i] < this.pair[j]);
  }

  private swap(i: number, j: number): void {
    const s = this.sim[i];
    this.sim[i] = this.sim[j];
    this.sim[j] = s;
    const p = this.pair[i];
    this.pair[i] = this.pair[j];
    this.pair[j] = p;
  }

  private grow(): void {
    const n = this.sim.length * 2;
    const sim = new Float64Array(n);
    sim.set(this.sim);
    this.sim = sim;
    const pair = new Float64Array(n);
    pair.set(this.pair);
    this.pair = pair;
  }

  push(sim: number, x: number, y: number): void {
    if (this.size === this.sim.length) this.grow();
    let i = this.size++;
    this.sim[i] = sim;
    this.pair[i] = x * PAIR + y;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private siftDown(from: number): void {
    const size = this.size;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && this.before(l, m)) m = l;
      if (r < size && this.before(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** Removes the first entry into `top*`; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const p = this.pair[0];
    this.topX = Math.floor(p / PAIR);
    this.topY = p - this.topX * PAIR;
    const last = --this.size;
    if (last > 0) {
      this.sim[0] = this.sim[last];
      this.pair[0] = this.pair[last];
      this.siftDown(0);
    }
    return true;
  }

  /**
   * Drops the entries `keep` refuses and restores the heap order. The
   * remaining entries pop in the same order as before (the order is total).
   * Calls `kept` for each entry kept.
   */
  compact(keep: (x: number, y: number) => boolean, kept: (x: number, y: number) => void): void {
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const p = this.pair[i];
      const x = Math.floor(p / PAIR);
      const y = p - x * PAIR;
      if (!keep(x, y)) continue;
      kept(x, y);
      this.sim[n] = this.sim[i];
      this.pair[n] = p;
      n++;
    }
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }
}
