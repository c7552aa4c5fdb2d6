import { averageLinkage, ReuseIndex } from '@internal/spbe-reuse-engine';

/**
 * The reference: exact all-pairs TF-IDF cosine over the engine's own weighted
 * vectors (full inverted index, no pruning, no neighbour cap, no collapsing of
 * identical documents): every pair that passes the link rule is an edge, then
 * the same average-linkage rule clusters the complete graph.
 */
export function exactAllPairs(index: ReuseIndex): string[][] {
  const vectors = index.vectors();
  const { threshold, minContentShare, clusterThreshold } = index.linkRule;
  const termIds = new Map<string, number>();
  const tid = (k: string) => termIds.get(k) ?? termIds.set(k, termIds.size).get(k)!;
  const postings = new Map<string, Array<[number, number, boolean, boolean]>>();
  vectors.forEach((v, i) =>
    v.keys.forEach((k, j) => {
      (postings.get(k) ?? postings.set(k, []).get(k)!).push([i, v.weights[j], v.content[j], v.inText[j]]);
    }),
  );
  const edges: Array<[number, number]> = [];
  const acc = new Float64Array(vectors.length);
  const accC = new Float64Array(vectors.length);
  // content from a word of a description or functions (of either side)
  const accT = new Float64Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i];
    const touched: number[] = [];
    v.keys.forEach((k, j) => {
      for (const [o, w, c, text] of postings.get(k)!) {
        if (o <= i) continue;
        if (acc[o] === 0) touched.push(o);
        const p = v.weights[j] * w;
        acc[o] += p;
        if (c) accC[o] += p;
        if (c && (text || v.inText[j])) accT[o] += p;
      }
    });
    for (const o of touched) {
      const score = Math.round(acc[o] * 1e9) / 1e9;
      const content = Math.round(accC[o] * 1e9) / 1e9;
      const bothDescribed = v.described && vectors[o].described;
      const shareText = accT[o] > 0;
      acc[o] = 0;
      accC[o] = 0;
      accT[o] = 0;
      if (
        score >= threshold - 1e-9 &&
        content >= minContentShare * score - 1e-9 &&
        (!bothDescribed || shareText)
      ) {
        edges.push([i, o]);
      }
    }
  }
  const items = vectors.map(v => ({ size: 1, vector: new Map(v.keys.map((k, j) => [tid(k), v.weights[j]])) }));
  return averageLinkage(items, edges, clusterThreshold)
    .filter(g => g.length > 1)
    .map(g => g.map(i => vectors[i].id).sort());
}
