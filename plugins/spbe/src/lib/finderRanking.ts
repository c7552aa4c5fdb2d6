import { ReuseCandidate } from '@internal/plugin-spbe-common';

/**
 * Orders reuse-finder results: national platforms (aplikasi umum that
 * everyone must reuse) first, each group by descending score; ties keep the
 * engine's order.
 */
export function rankForFinder(candidates: ReuseCandidate[]): ReuseCandidate[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        Number(b.candidate.platformNasional) -
          Number(a.candidate.platformNasional) ||
        b.candidate.score - a.candidate.score ||
        a.index - b.index,
    )
    .map(({ candidate }) => candidate);
}

/** The reuse-check body of a need typed in free text. */
export function needToQuery(need: string) {
  const text = need.trim().replace(/\s+/g, ' ');
  return {
    name: text.slice(0, 200),
    description: text.slice(0, 5000),
    functions: [text.slice(0, 500)],
  };
}
