import type { NormalizedTerm, Normalizer } from '../Normalizer';
import type { ReuseApplication, ReuseProposal } from '../types';

/**
 * The head of a name: its first content word (a concept when a dictionary
 * knows it). Indonesian noun phrases put the head first, so an application
 * name says what it does there: "Sistem *Lelang* Paket Konstruksi" is
 * procurement, "Aplikasi *Ujian* Sekolah" an exam (*uji*), not a school register.
 * With `ownWordsOnly`, words that only an acronym's expansion brings are
 * passed over (a proposal named "LAPOR Panen Kopi" is not about complaints).
 */
export function nameHead(terms: NormalizedTerm[], ownWordsOnly: boolean): string | undefined {
  return terms.find(t => t.kind === 'word' && !(ownWordsOnly && t.expands !== undefined))?.term;
}

/**
 * The function an application or a proposal is named for: the head of its
 * name (see nameHead) when it is a concept of the synonym dictionary
 * (*pengadaan*, *pengaduan*, *pegawai*...), the functions the dictionaries
 * know; another first word ("Pusat", "Single", "Pemerintahan") names none.
 */
export function namedFunctionOf(
  normalizer: Normalizer,
  named: Pick<ReuseApplication | ReuseProposal, 'name' | 'agency'>,
  ownWordsOnly: boolean,
): string | undefined {
  const dropWords = normalizer.dropWordsOf(named.agency);
  const head = nameHead(normalizer.normalizeName(named.name, { dropWords }).terms, ownWordsOnly);
  return head !== undefined && Object.prototype.hasOwnProperty.call(normalizer.dictionaries.synonyms, head) ? head : undefined;
}
