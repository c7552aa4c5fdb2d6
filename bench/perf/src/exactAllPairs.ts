import type { ReuseApplication, ReuseIndex } from '@internal/spbe-reuse-engine';

/**
 * The reference: exact all-pairs TF-IDF cosine over the engine's own weighted
 * vectors, with a full inverted index and no pruning (every pair sharing any
 * term is scored), then the same link rule and connected components.
 */
export function exactAllPairs(index: ReuseIndex, _apps: ReuseApplication[]): string[][] {
  const vectors = index.vectors();
  const { threshold, minContentShare } = index.linkRule;
  const postings = new Map<string, Array<[number, number, boolean]>>();
  vectors.forEach((v, i) =>
    v.keys.forEach((k, j) => {
      (postings.get(k) ?? postings.set(k, []).get(k)!).push([i, v.weights[j], v.content[j]]);
    }),
  );
  const parent = vectors.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const acc = new Float64Array(vectors.length);
  const accC = new Float64Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i];
    const touched: number[] = [];
    v.keys.forEach((k, j) => {
      for (const [o, w, c] of postings.get(k)!) {
        if (o <= i) continue;
        if (acc[o] === 0) touched.push(o);
        const p = v.weights[j] * w;
        acc[o] += p;
        if (c) accC[o] += p;
      }
    });
    for (const o of touched) {
      const score = Math.round(acc[o] * 1e9) / 1e9;
      const content = Math.round(accC[o] * 1e9) / 1e9;
      acc[o] = 0;
      accC[o] = 0;
      if (score >= threshold - 1e-9 && content >= minContentShare * score - 1e-9) parent[find(i)] = find(o);
    }
  }
  const groups = new Map<number, string[]>();
  vectors.forEach((v, i) => {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(v.id);
  });
  return [...groups.values()].filter(g => g.length > 1).map(g => g.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}
