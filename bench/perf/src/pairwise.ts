/** Pairwise precision/recall/F1 of a clustering against labelled groups, via the contingency table. */
export function pairwiseScores(
  predicted: string[][],
  gold: string[][],
): { precision: number; recall: number; f1: number; predictedPairs: number; goldPairs: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const goldOf = new Map<string, number>();
  gold.forEach((g, i) => g.forEach(id => goldOf.set(id, i)));
  let tp = 0;
  let predictedPairs = 0;
  for (const cluster of predicted) {
    predictedPairs += pairs(cluster.length);
    const counts = new Map<number, number>();
    for (const id of cluster) {
      const g = goldOf.get(id);
      if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    for (const n of counts.values()) tp += pairs(n);
  }
  const goldPairs = gold.reduce((s, g) => s + pairs(g.length), 0);
  const precision = predictedPairs ? tp / predictedPairs : 1;
  const recall = goldPairs ? tp / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predictedPairs, goldPairs };
}

