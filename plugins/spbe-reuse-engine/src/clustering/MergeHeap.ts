/**
 * Max-heap of candidate merges in flat typed arrays: similarity descending,
 * then the pair in the items' order (`order`; numbers ascending by default),
 * each entry with the merge count at which it was offered.
 */
export class MergeHeap {
  private sim = new Float64Array(1024);
  private xs = new Int32Array(1024);
  private ys = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  size = 0;

  constructor(private readonly order: (a: number, b: number) => number = (a, b) => a - b) {}

  /** Whether entry i comes before entry j. */
  private before(i: number, j: number): boolean {
    const a = this.sim[i];
    const b = this.sim[j];
    if (a !== b) return a > b;
    return this.pairBefore(this.xs[i], this.ys[i], this.xs[j], this.ys[j]);
  }

  /**
   * Whether pair {a1, b1} comes before {a2, b2} at equal similarity: by
   * their first items in the order, then their second (a pair may be given
   * either way round; the order is only read on such ties).
   */
  pairBefore(a1: number, b1: number, a2: number, b2: number): boolean {
    const order = this.order;
    const swap1 = order(a1, b1) > 0;
    const swap2 = order(a2, b2) > 0;
    const x1 = swap1 ? b1 : a1;
    const y1 = swap1 ? a1 : b1;
    const x2 = swap2 ? b2 : a2;
    const y2 = swap2 ? a2 : b2;
    if (x1 !== x2) return order(x1, x2) < 0;
    return y1 !== y2 && order(y1, y2) < 0;
  }

  private swap(i: number, j: number): void {
    const s = this.sim[i];
    this.sim[i] = this.sim[j];
    this.sim[j] = s;
    let t = this.xs[i];
    this.xs[i] = this.xs[j];
    this.xs[j] = t;
    t = this.ys[i];
    this.ys[i] = this.ys[j];
    this.ys[j] = t;
    t = this.stamps[i];
    this.stamps[i] = this.stamps[j];
    this.stamps[j] = t;
  }

  private grow(): void {
    const n = this.sim.length * 2;
    const sim = new Float64Array(n);
    sim.set(this.sim);
    this.sim = sim;
    const xs = new Int32Array(n);
    xs.set(this.xs);
    this.xs = xs;
    const ys = new Int32Array(n);
    ys.set(this.ys);
    this.ys = ys;
    const stamps = new Int32Array(n);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }

  push(sim: number, x: number, y: number, stamp = 0): void {
    if (this.size === this.sim.length) this.grow();
    let i = this.size++;
    this.sim[i] = sim;
    this.xs[i] = x;
    this.ys[i] = y;
    this.stamps[i] = stamp;
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

  /** The first entry's fields (when not empty). */
  get topSim(): number {
    return this.sim[0];
  }
  get topX(): number {
    return this.xs[0];
  }
  get topY(): number {
    return this.ys[0];
  }
  get topStamp(): number {
    return this.stamps[0];
  }

  /** Removes the first entry (read it with top* before). */
  pop(): void {
    const last = --this.size;
    if (last > 0) {
      this.sim[0] = this.sim[last];
      this.xs[0] = this.xs[last];
      this.ys[0] = this.ys[last];
      this.stamps[0] = this.stamps[last];
      this.siftDown(0);
    }
  }

  /**
   * Drops the entries `keep` refuses and restores the heap order. The
   * remaining entries pop in the same order as before (the order is total).
   * Calls `kept` for each entry kept.
   */
  compact(
    keep: (x: number, y: number, stamp: number) => boolean,
    kept: (x: number, y: number) => void,
  ): void {
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const x = this.xs[i];
      const y = this.ys[i];
      if (!keep(x, y, this.stamps[i])) continue;
      kept(x, y);
      this.sim[n] = this.sim[i];
      this.xs[n] = x;
      this.ys[n] = y;
      this.stamps[n] = this.stamps[i];
      n++;
    }
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }
}
