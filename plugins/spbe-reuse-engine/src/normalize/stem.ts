import { stemmer } from '@orama/stemmers/indonesian';

/**
 * Stems one lower-case Indonesian word with the Snowball Indonesian algorithm
 * (Apache-2.0, no dictionary), corrected by a table of overrides where the
 * algorithm over-stems (`pengadaan` -> `ada`) or treats inflections of one word
 * differently (`pegawai` -> `gawa` but `kepegawaian` -> `gawai`).
 */
export function createStemmer(
  overrides: Record<string, string>,
): (word: string) => string {
  const cache = new Map<string, string>(Object.entries(overrides));
  return (word: string) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = /^[a-z]+$/.test(word) && word.length > 4 ? stemmer(word) : word;
      if (stem.length < 3) stem = word;
      cache.set(word, stem);
    }
    return stem;
  };
}
