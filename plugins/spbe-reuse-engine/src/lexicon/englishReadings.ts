/** The regular plural of an English noun: tax -> taxes, agency -> agencies, record -> records. */
export function englishPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * English word -> Indonesian reading, lower case, with the regular plural of
 * every listed word ("complaints" reads as "complaint" does) unless the
 * plural is listed itself.
 */
export function englishReadings(english: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [word, reading] of Object.entries(english)) out.set(word.toLowerCase(), reading.toLowerCase());
  for (const [word, reading] of [...out]) {
    const plural = englishPlural(word);
    if (!out.has(plural)) out.set(plural, reading);
  }
  return out;
}
