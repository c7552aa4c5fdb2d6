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
 * A narrower concept of the same head that its name or text uses is the
 * function it is named for then ("E-Kinerja BKN", described by *kinerja ASN*
 * and SKP, is named for *kinerja pegawai*, not for every kind of *kinerja*:
 * Indonesian narrows a head by the words after it, as the concept names do).
 */
export function namedFunctionOf(
  normalizer: Normalizer,
  named: Pick<ReuseApplication | ReuseProposal, 'name' | 'agency' | 'description' | 'functions'>,
  ownWordsOnly: boolean,
  /**
   * The words its functions and description read as, when the caller has
   * them (an indexed application's vector): they are not read again.
   */
  textWords?: readonly string[],
): string | undefined {
  const dropWords = normalizer.dropWordsOf(named.agency);
  const nameTerms = normalizer.normalizeName(named.name, { dropWords }).terms;
  const head = nameHead(nameTerms, ownWordsOnly);
  const concepts = normalizer.dictionaries.synonyms;
  if (head === undefined || !Object.prototype.hasOwnProperty.call(concepts, head)) return undefined;
  const narrower = (terms: NormalizedTerm[]) =>
    terms.find(t => t.kind === 'word' && t.term.startsWith(`${head} `) && Object.prototype.hasOwnProperty.call(concepts, t.term))?.term;
  // the name first, then the functions and the description
  const texts = [...(named.functions ?? []), named.description ?? ''];
  let found = narrower(nameTerms);
  if (found === undefined && textWords) {
    found = textWords.find(w => w.startsWith(`${head} `) && Object.prototype.hasOwnProperty.call(concepts, w));
    return found ?? head;
  }
  for (let i = 0; found === undefined && i < texts.length; i++) {
    found = narrower(normalizer.normalize(texts[i], { field: 'text', dropWords }));
  }
  return found ?? head;
}

/**
 * The known words of an application's name besides the function it is named
 * for (see namedFunctionOf): what narrows that function ("Antrean Online
 * *RSUD*" is a hospital's queue). Brand words and acronyms are not read.
 */
export function nameQualifiers(
  normalizer: Normalizer,
  named: Pick<ReuseApplication, 'name' | 'agency'>,
  head: string,
): string[] {
  const concepts = normalizer.dictionaries.synonyms;
  const terms = normalizer.normalizeName(named.name, { dropWords: normalizer.dropWordsOf(named.agency) }).terms;
  return terms
    .filter(t => t.kind === 'word' && t.term !== head)
    .map(t => t.term)
    .filter(t => Object.prototype.hasOwnProperty.call(concepts, t) || normalizer.isKnownWord(t));
}
