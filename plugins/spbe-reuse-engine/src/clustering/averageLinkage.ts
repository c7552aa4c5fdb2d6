/** One item to cluster: a sum of unit vectors (`size` of them). */
export interface LinkageItem {
  size: number;
  /** Sum of the items' normalised weight vectors, by term id. */
  vector: Map<number, number>;
}

/** Average pairwise cosine between two groups of unit vectors given their sums. */
export function averageSimilarity(a: LinkageItem, b: LinkageItem): number {
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return Math.round((dot / (a.size * b.size)) * 1e9) / 1e9;
}

/** Average pairwise cosine inside a group (self pairs excluded). */
export function internalSimilarity(item: LinkageItem): number {
  if (item.size < 2) return 1;
  let sq = 0;
  for (const w of item.vector.values()) sq += w * w;
  return Math.round(((sq - item.size) / (item.size * (item.size - 1))) * 1e9) / 1e9;
}

class Heap {
  private readonly data: Array<[number, number, number]> = [];
  get size() {
    return this.data.length;
  }
  private less(x: [number, number, number], y: [number, number, number]) {
    return x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));
  }
  push(e: [number, number, number]) {
    const d = this.data;
    d.push(e);
    let i = d.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(d[i], d[p])) break;
      [d[i], d[p]] = [d[p], d[i]];
      i = p;
    }
  }
  pop(): [number, number, number] | undefined {
    const d = this.data;
    if (!d.length) return undefined;
    const top = d[0];
    const last = d.pop()!;
    if (d.length) {
      d[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < d.length && this.less(d[l], d[m])) m = l;
        if (r < d.length && this.less(d[r], d[m])) m = r;
        if (m === i) break;
        [d[i], d[m]] = [d[m], d[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Average-linkage (UPGMA) agglomeration restricted to candidate edges:
 * repeatedly merges the two connected groups with the highest average
 * pairwise cosine while it reaches `threshold`. Unlike connected components
 * (single linkage) a chain of pairwise links does not merge two functions
 * unless their members are similar on average. Deterministic: ties break on
 * the item order given. Returns groups of item indices.
 */
export function averageLinkage(
  items: LinkageItem[],
  edges: Array<[number, number]>,
  threshold: number,
): number[][] {
  const n = items.length;
  const groups: Array<LinkageItem | undefined> = items.map(i => ({ size: i.size, vector: new Map(i.vector) }));
  const members: Array<number[] | undefined> = items.map((_, i) => [i]);
  const neighbours: Array<Set<number>> = Array.from({ length: n }, () => new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[a].add(b);
    neighbours[b].add(a);
  }
  const version = new Int32Array(n);
  const heap = new Heap();
  const key = (a: number, b: number) => a * n + b;
  const stamp = new Map<number, number>();
  const offer = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const sim = averageSimilarity(groups[x]!, groups[y]!);
    if (sim < threshold - 1e-9) return;
    stamp.set(key(x, y), version[x] * 2097152 + version[y]);
    heap.push([sim, x, y]);
  };
  for (let a = 0; a < n; a++) for (const b of neighbours[a]) if (a < b) offer(a, b);
  for (;;) {
    const top = heap.pop();
    if (!top) break;
    const [, x, y] = top;
    if (!groups[x] || !groups[y]) continue;
    if (stamp.get(key(x, y)) !== version[x] * 2097152 + version[y]) continue;
    // merge y into x (x < y keeps the smallest index as the group's id)
    const gx = groups[x]!;
    const gy = groups[y]!;
    const [big, small] = gx.vector.size >= gy.vector.size ? [gx.vector, gy.vector] : [gy.vector, gx.vector];
    for (const [t, w] of small) big.set(t, (big.get(t) ?? 0) + w);
    groups[x] = { size: gx.size + gy.size, vector: big };
    groups[y] = undefined;
    members[x]!.push(...members[y]!);
    members[y] = undefined;
    version[x]++;
    for (const z of neighbours[y]) {
      neighbours[z].delete(y);
      if (z !== x) {
        neighbours[z].add(x);
        neighbours[x].add(z);
      }
    }
    neighbours[x].delete(y);
    neighbours[y].clear();
    for (const z of neighbours[x]) offer(x, z);
  }
  return members.filter((m): m is number[] => !!m).map(m => m.sort((a, b) => a - b));
}
