import { EPS as MODEL_EPS } from '../model';

const EPS = MODEL_EPS;

export interface LinkRule {
  threshold: number;
  minContentShare: number;
  /** Links kept per vector. */
  k: number;
}

/**
 * The link rule: similarity at least the threshold, enough of it from
 * content words, and, when both vectors are described, some of it from a
 * content word that one of them has in its description or functions (two
 * "e-Lapor"s, one for school fund reports and one for complaints, share
 * only their name).
 */
export function isLink(
  rule: LinkRule,
  score: number,
  content: number,
  textContent: number,
  bothDescribed: boolean,
): boolean {
  return (
    score >= rule.threshold - EPS &&
    content >= rule.minContentShare * score - EPS &&
    (!bothDescribed || textContent > 0)
  );
}
