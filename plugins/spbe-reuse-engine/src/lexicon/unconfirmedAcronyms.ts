import type { NormalizedTerm, Normalizer } from '../Normalizer';
import type { ReuseApplication, ReuseProposal } from '../types';

/** Content words a text must have before it can contradict an acronym's expansion. */
const MIN_CONTRADICTING_WORDS = 3;

/**
 * Dictionary acronyms of a name whose expansion the text around it does not
 * confirm: the name has a content word of its own, the description and
 * functions say something (at least MIN_CONTRADICTING_WORDS content words),
 * and none of it is a word of the expansion or the acronym itself as a word.
 * "SRIKANDI Tani" for women farmers is a brand, not the national
 * correspondence platform.
 */
export function unconfirmedAcronyms(
  normalizer: Normalizer,
  app: ReuseApplication | ReuseProposal,
  nameTerms: NormalizedTerm[],
  dropWords: ReadonlySet<string>,
): Set<string> | undefined {
  if (!nameTerms.some(t => t.expands !== undefined)) return undefined;
  const said = new Set<string>();
  for (const text of [...(app.functions ?? []), app.description ?? '']) {
    for (const t of normalizer.normalize(text, { field: 'text', dropWords })) if (t.kind === 'word') said.add(t.term);
  }
  if (said.size < MIN_CONTRADICTING_WORDS) return undefined;
  // the name itself must point elsewhere too: a content word of its own ("Tani" in "SRIKANDI Tani");
  // a bare "SIMPEG" described by its modules (cuti, kenaikan pangkat) stays SIMPEG
  const expansionWords = new Set(nameTerms.filter(t => t.expands !== undefined).map(t => t.term));
  if (!nameTerms.some(t => t.expands === undefined && t.kind === 'word' && !expansionWords.has(t.term))) return undefined;
  const confirmed = new Set<string>();
  const expanded = new Set<string>();
  for (const t of nameTerms) {
    if (t.expands === undefined) continue;
    expanded.add(t.expands);
    // a word of the expansion, or the acronym itself as a word ("warga melaporkan" for LAPOR)
    if (said.has(t.term) || said.has(t.expands) || said.has(normalizer.stem(t.expands))) confirmed.add(t.expands);
  }
  const out = new Set([...expanded].filter(a => !confirmed.has(a)));
  return out.size ? out : undefined;
}
