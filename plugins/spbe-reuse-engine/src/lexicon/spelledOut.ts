/**
 * Words that may stand inside a spelled-out acronym without giving it a
 * letter: linking words ("Layanan Informasi dan Pengaduan") and the frame
 * words code names often skip (SISRUTE is SIStem RUjukan TErintegrasi, its
 * "Informasi" gives nothing).
 */
const SKIPPABLE = new Set([
  'dan', 'di', 'dari', 'untuk', 'ke', 'pada', 'yang', 'serta', 'atau', 'the', 'of', 'and', 'for',
  'sistem', 'informasi', 'aplikasi', 'manajemen', 'elektronik', 'online', 'daring', 'terpadu', 'terintegrasi',
]);

/**
 * Phrases of a text that spell out an acronym the way Indonesian code names
 * are formed: consecutive words, each giving the next letters of the acronym
 * from its own start ("Sistem Informasi Pengaduan Publik" spells SIPP;
 * "Sistem Informasi Rujukan Terintegrasi" spells SISRUTE: S-I-RU-TE), with
 * linking and frame words (dan, untuk, informasi...) allowed between them. Stricter than the
 * Schwartz & Hearst fit (abbreviation.ts), which a long free text nearly
 * always passes: here every word must start where the acronym continues.
 * At least two words must give letters; acronyms with digits spell nothing.
 */
export function spelledOut(acronym: string, text: string): string[] {
  const a = acronym.toLowerCase();
  if (a.length < 2 || !/^\p{L}+$/u.test(a) || !text) return [];
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  /** The index after the phrase's last word when words[j..] spell a[p..], else -1. */
  const spell = (j: number, p: number, used: number): number => {
    if (p === a.length) return used >= 2 ? j : -1;
    if (j >= words.length) return -1;
    const w = words[j];
    for (let k = Math.min(w.length, a.length - p); k >= 1; k--) {
      if (w.startsWith(a.slice(p, p + k))) {
        const end = spell(j + 1, p + k, used + 1);
        if (end >= 0) return end;
      }
    }
    return used > 0 && SKIPPABLE.has(w) ? spell(j + 1, p, used) : -1;
  };
  for (let i = 0; i < words.length; i++) {
    if (words[i][0] !== a[0]) continue;
    const end = spell(i, 0, 0);
    if (end >= 0) out.push(words.slice(i, end).join(' '));
  }
  return out;
}
