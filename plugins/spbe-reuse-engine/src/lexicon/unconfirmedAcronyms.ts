import type { NormalizedTerm, Normalizer } from '../Normalizer';
import type { ReuseApplication, ReuseProposal } from '../types';

/** Content words a text must have before it can contradict an acronym's expansion. */
const MIN_CONTRADICTING_WORDS = 3;

/** A content term's key and the stems of the words it was written with ("laporan keuangan": lapor, keuangan). */
function addKeys(out: Set<string>, t: NormalizedTerm, normalizer: Normalizer): void {
  out.add(t.term);
  for (const w of t.surface.split(' ')) if (w) out.add(normalizer.stem(w));
}

/**
 * Dictionary acronyms of a name whose expansion the text around it does not
 * confirm: the description and functions say something (at least
 * MIN_CONTRADICTING_WORDS content words), and none of it is a word of the
 * expansion (as a concept or by its stem, from the dictionary's expansion or
 * the terms the name was read with) or the acronym itself as a word.
 * "SRIKANDI Tani" for women farmers is a brand, not the national
 * correspondence platform; "SIAK" described by KRS and transcripts is a
 * university's academic system, not civil registration.
 *
 * With `requireOwnWord` (proposals), the name must also have a content word
 * of its own ("Tani" in "SRIKANDI Tani"): a proposal for a bare "SIMPEG"
 * described by its modules (cuti, kenaikan pangkat) is still shown SIMPEG.
 */
export function unconfirmedAcronyms(
  normalizer: Normalizer,
  app: ReuseApplication | ReuseProposal,
  nameTerms: NormalizedTerm[],
  dropWords: ReadonlySet<string>,
  requireOwnWord = true,
): Set<string> | undefined {
  if (!nameTerms.some(t => t.expands !== undefined)) return undefined;
  const said = new Set<string>();
  let content = 0;
  for (const text of [...(app.functions ?? []), app.description ?? '']) {
    for (const t of normalizer.normalize(text, { field: 'text', dropWords })) {
      if (t.kind !== 'word') continue;
      if (!said.has(t.term)) content++;
      addKeys(said, t, normalizer);
    }
  }
  if (content < MIN_CONTRADICTING_WORDS) return undefined;
  if (requireOwnWord) {
    const expansionWords = new Set(nameTerms.filter(t => t.expands !== undefined).map(t => t.term));
    if (!nameTerms.some(t => t.expands === undefined && t.kind === 'word' && !expansionWords.has(t.term))) return undefined;
  }
  const expansionKeys = new Map<string, Set<string>>();
  for (const t of nameTerms) {
    if (t.expands === undefined) continue;
    let keys = expansionKeys.get(t.expands);
    if (!keys) {
      keys = new Set([t.expands, normalizer.stem(t.expands)]);
      for (const e of normalizer.dictionaryExpansion(t.expands)) addKeys(keys, e, normalizer);
      expansionKeys.set(t.expands, keys);
    }
    addKeys(keys, t, normalizer);
  }
  const out = new Set<string>();
  for (const [acronym, keys] of expansionKeys) {
    if (![...keys].some(k => said.has(k))) out.add(acronym);
  }
  return out.size ? out : undefined;
}
