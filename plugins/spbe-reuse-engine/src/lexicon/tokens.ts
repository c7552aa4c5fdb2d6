/** A word of a text as written and in lower case. */
export interface RawToken {
  raw: string;
  lower: string;
}

/** Lower-case SI / SIM code names (sipandu, simpeg). */
export const SI_CODE = /^sim?[a-z]{3,}$/;

/** Prefixes of compound code names, with the shortest rest that may be a word. */
export const COMPOUND_PREFIXES: Array<[string, number]> = [
  ['sim', 3],
  ['si', 3],
  ['e', 5],
];

/** The words of a text (letters and digits), with their lower case. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const raw of text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    if (raw) out.push({ raw, lower: raw.toLowerCase() });
  }
  return out;
}

/** Whether a word is written as a code name: two capitals or more, the first one first (SIMADE, SiCantik). */
export function isCodeLike(raw: string): boolean {
  if (raw.length < 3) return false;
  let upper = 0;
  for (const ch of raw) if (ch >= 'A' && ch <= 'Z') upper++;
  return upper >= 2 && /[A-Z]/.test(raw[0]);
}
