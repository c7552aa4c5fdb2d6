import { RawToken, tokenize } from './tokens';

/** Stands for the "e-" prefix of a word while a text is read (a letter, so it stays on the word's token). */
const E_MARK = '\u01dd';

/** Title-case words written together, as a whole word ("LaporGub"). */
const RUN_TOGETHER = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})+(?![\p{L}\p{N}])/gu;

/**
 * A text with the written forms that hide words undone, ready to tokenize
 * (`markedTokens`):
 * - the "e-" prefix ("e-Kinerja", "E-BPHTB", "e Kinerja", "eKinerja": the e
 *   stands for elektronik) is kept as a mark on its word;
 * - version numbers ("versi 2.0", "v2", "2.1") go, also one or two digits
 *   written onto a word `known` knows ("SIMPEG5" is SIMPEG; "SP2D" and "P3KE"
 *   keep their digits, which stand inside them);
 * - words run together in title case ("LaporGub", "JakLingko") are split,
 *   unless `known` knows the joined form ("WhatsApp").
 */
export function unhideWords(text: string, known: (lowerWord: string) => boolean): string {
  const cleaned = text
    .replaceAll(E_MARK, 'e')
    .replace(/(^|[^\p{L}\p{N}])(?:[eE][-‐–\s]+(?=\p{L})|e(?=\p{Lu}))/gu, `$1${E_MARK}`)
    .replace(/\b(?:versi|ver|v)\s*\.?\s*\d+(?:\.\d+)*\b/gi, ' ')
    .replace(/\b\d+(?:\.\d+)+\b/g, ' ')
    .replace(RUN_TOGETHER, word => (known(word.toLowerCase()) ? word : word.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')));
  // most texts have no digit written onto a word
  if (!/\p{L}\d/u.test(cleaned)) return cleaned;
  return cleaned.replace(/(?<![\p{L}\p{N}])(\p{L}{3,})\d{1,2}(?![\p{L}\p{N}])/gu, (written, word: string) =>
    known(word.toLowerCase()) ? word : written,
  );
}

/** The words of a text `unhideWords` prepared, each with whether it was written with the "e-" prefix. */
export function markedTokens(text: string): Array<{ token: RawToken; ePrefixed: boolean }> {
  const out: Array<{ token: RawToken; ePrefixed: boolean }> = [];
  for (const marked of tokenize(text)) {
    const ePrefixed = marked.raw.startsWith(E_MARK);
    const token = ePrefixed ? { raw: marked.raw.slice(1), lower: marked.lower.slice(1) } : marked;
    if (token.raw) out.push({ token, ePrefixed });
  }
  return out;
}
