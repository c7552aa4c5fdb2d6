import type { NormalizedName, NormalizedTerm, Normalizer } from '../Normalizer';
import { spelledOut } from './spelledOut';

/** Content words a text must have before it can contradict an acronym's expansion. */
const MIN_CONTRADICTING_WORDS = 3;

/**
 * Concepts (synonyms.json keys) of a service that supports another system: a
 * name with one of them names that system as its object ("Helpdesk SPSE"),
 * so the system's acronym is read as a code name, not as its expansion.
 */
const SUPPORT_CONCEPTS = new Set(['helpdesk']);

/** A content term's key and the stems of the words it was written with ("laporan keuangan": lapor, keuangan). */
function addKeys(out: Set<string>, t: NormalizedTerm, normalizer: Normalizer): void {
  out.add(t.term);
  for (const w of t.surface.split(' ')) if (w) out.add(normalizer.stem(w));
}

/** What `unconfirmedAcronyms` reads besides the application and its name. */
export interface ExpansionCheckOptions {
  /** The name must have a content word of its own besides its acronyms (proposals). */
  requireOwnWord?: boolean;
  /** Expansions learned from the inventory, read for a name's acronyms when the name has no written expansion. */
  learned?: (acronym: string) => NormalizedTerm[] | undefined;
  /** The description and functions as written, where an acronym may be spelled out (see spelledOut). */
  texts?: readonly string[];
}

/**
 * Acronyms of a name whose expansion the text around it does not confirm:
 * the description and functions say something (at least
 * MIN_CONTRADICTING_WORDS content words), and none of it is a word of the
 * expansion (as a concept or by its stem) or the acronym itself as a word.
 * The expansion is the dictionary's (with the terms the name was read with)
 * or, for a name without a written expansion, the one learned from the
 * inventory. "SRIKANDI Tani" for women farmers is a brand, not the national
 * correspondence platform; "SIAK" described by KRS and transcripts is a
 * university's academic system, not civil registration.
 *
 * A name that is a support service for a system ("Helpdesk SPSE": a
 * SUPPORT_CONCEPTS word) leaves every acronym unconfirmed, whatever its text.
 *
 * A text that spells the acronym out itself (`texts`, see spelledOut) decides
 * alone, however short: "SIPP" described as "Sistem Informasi Pengaduan
 * Publik" is a complaints system, not the courts' case tracker the dictionary
 * knows, unless the words spelled out share a word with the expansion.
 *
 * With `requireOwnWord` (proposals), the name must also have a content word
 * of its own ("Tani" in "SRIKANDI Tani"): a proposal for a bare "SIMPEG"
 * described by its modules (cuti, kenaikan pangkat) is still shown SIMPEG.
 */
export function unconfirmedAcronyms(
  normalizer: Normalizer,
  name: NormalizedName,
  /** The terms of the application's functions and description. */
  textTerms: readonly NormalizedTerm[],
  options: ExpansionCheckOptions = {},
): Set<string> | undefined {
  const nameTerms = name.terms;
  // each acronym's expansion keys: the dictionary's, or the learned one for a name that spells nothing out
  const expansionKeys = new Map<string, Set<string>>();
  const keysOf = (acronym: string) => {
    let keys = expansionKeys.get(acronym);
    if (!keys) {
      keys = new Set([acronym, normalizer.stem(acronym)]);
      for (const e of normalizer.dictionaryExpansion(acronym)) addKeys(keys, e, normalizer);
      expansionKeys.set(acronym, keys);
    }
    return keys;
  };
  for (const t of nameTerms) {
    if (t.expands !== undefined) {
      addKeys(keysOf(t.expands), t, normalizer);
    } else if (t.kind === 'acronym' && options.learned && name.aliases.length === 0) {
      const learned = options.learned(t.term);
      if (learned) for (const e of learned) addKeys(keysOf(t.term), e, normalizer);
    }
  }
  if (expansionKeys.size === 0) return undefined;
  // "Helpdesk SPSE" is a helpdesk for SPSE's users, not procurement
  if (nameTerms.some(t => t.expands === undefined && SUPPORT_CONCEPTS.has(t.term))) return new Set(expansionKeys.keys());
  const out = new Set<string>();
  const decided = new Set<string>();
  for (const [acronym, keys] of expansionKeys) {
    const phrases = (options.texts ?? []).flatMap(text => spelledOut(acronym, text));
    if (phrases.length === 0) continue;
    decided.add(acronym);
    const spelled = new Set<string>();
    for (const phrase of phrases) {
      for (const t of normalizer.normalize(phrase, { field: 'text' })) if (t.kind === 'word') addKeys(spelled, t, normalizer);
    }
    if (spelled.size > 0 && ![...spelled].some(k => keys.has(k))) out.add(acronym);
  }
  if (decided.size === expansionKeys.size) return out.size ? out : undefined;
  if (options.requireOwnWord) {
    const expansionWords = new Set(nameTerms.filter(t => t.expands !== undefined).map(t => t.term));
    if (!nameTerms.some(t => t.expands === undefined && t.kind === 'word' && !expansionWords.has(t.term))) {
      return out.size ? out : undefined;
    }
  }
  const said = new Set<string>();
  let content = 0;
  for (const t of textTerms) {
    if (t.kind !== 'word') continue;
    if (!said.has(t.term)) content++;
    addKeys(said, t, normalizer);
  }
  if (content < MIN_CONTRADICTING_WORDS) return out.size ? out : undefined;
  for (const [acronym, keys] of expansionKeys) {
    if (decided.has(acronym)) continue;
    if (![...keys].some(k => said.has(k))) out.add(acronym);
  }
  return out.size ? out : undefined;
}
