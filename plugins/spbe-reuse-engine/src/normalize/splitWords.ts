/** A word of the source text with what its spelling says about it. */
export interface SourceWord {
  /** Lower-case form. */
  lower: string;
  /** The original spelling. */
  raw: string;
  /** Written like an acronym: two or more capitals (`SIMPEG`, `SiPadu`, `eSAKIP`). */
  capitals: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits text into words. Drops the `e-`/`e `/`E-` prefix of electronic names
 * (`e-Kinerja`, `E Kinerja`, `eKinerja`) and treats hyphens and punctuation as
 * separators.
 */
export function splitWords(text: string): SourceWord[] {
  const cleaned = text
    .normalize('NFKC')
    // e-Kinerja, E-Office, e Kinerja
    .replace(/(^|[^\p{L}\p{N}])[eE](?:[-\u2010-\u2015]\s*|\s+)(?=\p{L}{2,})/gu, '$1')
    // eKinerja, eSAKIP
    .replace(/(^|[^\p{L}\p{N}])e(?=\p{Lu})/gu, '$1');
  const words: SourceWord[] = [];
  for (const match of cleaned.matchAll(WORD)) {
    const raw = match[0];
    const capitalCount = raw.replace(/[^\p{Lu}]/gu, '').length;
    words.push({ raw, lower: raw.toLowerCase(), capitals: capitalCount >= 2 });
  }
  return words;
}
