import { averageLinkage, LinkageItem } from './linkItems';

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` unit vectors over a few terms (so that many pairs pass the threshold) and random candidate edges. */
function randomBlock(seed: number, n: number): { items: LinkageItem[]; edges: Array<[number, number]> } {
  const next = random(seed);
  const items = Array.from({ length: n }, () => {
    const raw = new Map<number, number>();
    for (let k = 0; k < 4; k++) raw.set(Math.floor(next() * 8), next());
    const norm = Math.sqrt([...raw.values()].reduce((s, w) => s + w * w, 0));
    return { size: 1, vector: new Map([...raw].map(([t, w]) => [t, w / norm])) };
  });
  const edges: Array<[number, number]> = [];
  for (let e = 0; e < n * 3; e++) edges.push([Math.floor(next() * n), Math.floor(next() * n)]);
  return { items, edges };
}

describe('averageLinkage', () => {
  it('does not chain: a pair links to a third item only through a strong average', () => {
    // a ~ b and b ~ c, but a and c share nothing: the best pair merges, the third stays apart
    const a = new Map([[1, 1]]);
    const b = new Map([[1, Math.SQRT1_2], [2, Math.SQRT1_2]]);
    const c = new Map([[2, 0.6], [3, 0.8]]);
    const groups = averageLinkage(
      [a, b, c].map(vector => ({ size: 1, vector })),
      [[0, 1], [1, 2]],
      0.4,
    );
    expect(groups).toEqual([[0, 1], [2]]);
  });

  it('reads flat edge pairs as it reads tuples', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { items, edges } = randomBlock(seed, 60);
      const flat = Int32Array.from(edges.flat());
      const groups = averageLinkage(items, edges, 0.5);
      // not a trivial block: some groups formed, and not all in one
      expect(groups.length).toBeGreaterThan(1);
      expect(groups.length).toBeLessThan(items.length);
      expect(averageLinkage(items, flat, 0.5)).toEqual(groups);
    }
  });

  it('merges on agreeing codes below the threshold only when the groups share three content words', () => {
    // two items whose cosine (0.25) is below the threshold (0.4) but above the agreed threshold (0.2),
    // with the same function code
    const codes = new Map([['RAL', 1], ['RAL.02.04', 1]]);
    const pair = (shared: number) => {
      // `shared` words in common at weight 0.25 / shared each side (so the cosine stays 0.25), the rest apart
      const a = new Map<number, number>();
      const b = new Map<number, number>();
      for (let t = 0; t < shared; t++) {
        a.set(t, Math.sqrt(0.25 / shared));
        b.set(t, Math.sqrt(0.25 / shared));
      }
      a.set(100, Math.sqrt(0.75));
      b.set(200, Math.sqrt(0.75));
      return [a, b].map(vector => ({ size: 1, vector, codes }));
    };
    const rules = { agreedThreshold: 0.2, isContent: (t: number) => t < 1000 };
    expect(averageLinkage(pair(1), [[0, 1]], 0.4, rules)).toEqual([[0], [1]]);
    expect(averageLinkage(pair(2), [[0, 1]], 0.4, rules)).toEqual([[0], [1]]);
    expect(averageLinkage(pair(3), [[0, 1]], 0.4, rules)).toEqual([[0, 1]]);
    // without the content rule, agreeing codes alone merge them
    expect(averageLinkage(pair(1), [[0, 1]], 0.4, { agreedThreshold: 0.2 })).toEqual([[0, 1]]);
    // codes (here: terms from 1000) do not count as shared words
    expect(averageLinkage(pair(3), [[0, 1]], 0.4, { ...rules, isContent: (t: number) => t < 2 })).toEqual([[0], [1]]);
  });
});
