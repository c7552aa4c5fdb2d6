/**
 * Whether `longForm` can be the expansion of the acronym `shortForm`, after
 * Schwartz & Hearst ("A simple algorithm for identifying abbreviation
 * definitions in biomedical text", 2003): every letter or digit of the short
 * form occurs in the long form in order, the first one at the start of a
 * word. "SIMASDIN" fits "Sistem Informasi Manajemen Surat Dinas"; "KLHK" and
 * "SIGAJI" do not fit "Sistem Informasi Manajemen Surat Dinas".
 */
export function isAbbreviationOf(shortForm: string, longForm: string): boolean {
  const short = shortForm.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const long = longForm.toLowerCase();
  if (short.length < 2 || !long) return false;
  // match from the end, as the original algorithm does
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const ch = short[s];
    while (l >= 0) {
      const here = long[l];
      const wordStart = l === 0 || !/[\p{L}\p{N}]/u.test(long[l - 1]);
      if (here === ch && (s > 0 || wordStart)) break;
      l--;
    }
    if (l < 0) return false;
    l--;
  }
  return true;
}
