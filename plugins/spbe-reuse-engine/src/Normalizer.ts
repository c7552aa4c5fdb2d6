import {
  defaultDictionaries,
  mergeDictionaries,
  ReuseDictionaries,
} from './dictionaries';
import { BoundedCache } from './cache/BoundedCache';
import { agencyPlaceWords } from './lexicon/agencyWords';
import { englishReadings } from './lexicon/englishReadings';
import { PhraseAction, PhraseTrie } from './lexicon/PhraseTrie';
import { TypoCorrector } from './lexicon/TypoCorrector';
import { markedTokens, unhideWords } from './lexicon/writtenForms';
import { withoutNegatedClauses } from './lexicon/negation';
import { codeNameOfBase, ownExpansionsOf, spellsOut } from './lexicon/nameAliases';
import { regionNameEnd, regionPlaceNames } from './lexicon/regionNames';
import { COMPOUND_PREFIXES, isCodeLike, RawToken, SI_CODE, tokenize } from './lexicon/tokens';
import { isRootWord, stemIndonesian } from './stemmer';

/**
 * What a normalised term is:
 * - `word`: a content word or concept; the only kind that can make two
 *   applications the same;
 * - `acronym`: an application's own code name (SIMADE, Simponi); evidence,
 *   never enough on its own;
 * - `generic`: a technology word (sms, gateway, api); never enough either.
 */
export type TermKind = 'word' | 'acronym' | 'generic';

export interface NormalizedTerm {
  /** The matching key: a stem, a synonym concept, an acronym or a generic word. */
  term: string;
  kind: TermKind;
  /** The text it came from (lower case), for evidence a reviewer can read. */
  surface: string;
  /** The dictionary acronym whose expansion this term is part of ("simpeg" for pegawai). */
  expands?: string;
}

export interface NormalizedName {
  /** Parenthesised expansions, e.g. "Sistem Informasi Gaji dan Pegawai" of "SIGAPE (...)". */
  aliases: string[];
  terms: NormalizedTerm[];
}

export interface NormalizeOptions {
  /** Names get acronym detection on code-like words (SIMADE, Sipandu). */
  field?: 'name' | 'text';
  /** Extra words to drop, e.g. the words of the application's own agency name. */
  dropWords?: ReadonlySet<string>;
  /**
   * Acronyms not to expand from the dictionary: the name writes its own
   * expansion ("SIMAK (Sistem Informasi Manajemen Akademik)").
   */
  ownExpansions?: ReadonlySet<string>;
}

/** A text's terms, each with the single word it came from (undefined for a phrase). */
interface Reading {
  terms: NormalizedTerm[];
  words: Array<string | undefined>;
}

/** Readings of distinct texts kept per field (tens of MB at most). */
const READINGS_KEPT = 200_000;

/** A reading's terms without those of its single words in `drop` (a new array). */
function withoutDropped(reading: Reading, drop: ReadonlySet<string> | undefined): NormalizedTerm[] {
  const { terms, words } = reading;
  if (!drop || drop.size === 0) return terms.slice();
  const out: NormalizedTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const word = words[i];
    if (word === undefined || !drop.has(word)) out.push(terms[i]);
  }
  return out;
}

/**
 * Normalises Indonesian government application names and descriptions into
 * matching terms: case and punctuation, "e-" prefixes, parenthesised
 * expansions, boilerplate, spelling variants, acronyms, synonyms, stop words
 * and stemming. Built from data dictionaries that a deployment can extend.
 */
export class Normalizer {
  private readonly trie = new PhraseTrie();
  private readonly typos: TypoCorrector;
  private readonly spelling: Map<string, string>;
  private readonly acronyms: Map<string, string>;
  private readonly ambiguous: Set<string>;
  private readonly stems: Map<string, string>;
  private readonly stemConcepts = new Map<string, string>();
  private readonly expansionCache = new Map<string, NormalizedTerm[]>();
  /** Readings of texts as names and as free text. */
  private readonly nameReadings = new BoundedCache<string, Reading>(READINGS_KEPT);
  private readonly textReadings = new BoundedCache<string, Reading>(READINGS_KEPT);
  /** Whole names (base and aliases) before drop words. */
  private readonly nameParts = new BoundedCache<string, Reading & { aliases: string[] }>(READINGS_KEPT);
  /** Stems of words outside the exception list (memoised: a vocabulary is small). */
  private readonly stemmed = new BoundedCache<string, string>(READINGS_KEPT);
  private readonly agencyDropWords = new Map<string, ReadonlySet<string>>();
  readonly dictionaries: ReuseDictionaries;

  static create(options?: {
    dictionaries?: Array<Partial<ReuseDictionaries>>;
  }): Normalizer {
    return new Normalizer(
      mergeDictionaries(defaultDictionaries(), ...(options?.dictionaries ?? [])),
    );
  }

  private constructor(dictionaries: ReuseDictionaries) {
    this.dictionaries = dictionaries;
    // English words read as Indonesian first; a spelling variant of the same form wins
    this.spelling = englishReadings(dictionaries.english);
    for (const [k, v] of Object.entries(dictionaries.spelling)) this.spelling.set(k.toLowerCase(), v.toLowerCase());
    this.stems = new Map(Object.entries(dictionaries.stems));
    this.acronyms = new Map(
      Object.entries(dictionaries.acronyms).map(([k, v]) => [k.toLowerCase(), v]),
    );
    this.ambiguous = new Set(dictionaries.ambiguousAcronyms.map(a => a.toLowerCase()));
    for (const p of dictionaries.places) this.addPhrase(p, { type: 'place' });
    // kabupaten and kota names, unless a dictionary reads them otherwise (places rank last) or they are code names
    for (const p of regionPlaceNames()) {
      if (!p.includes(' ') && (this.acronyms.has(p) || this.ambiguous.has(p))) continue;
      this.addPhrase(p, { type: 'place' });
    }
    for (const p of dictionaries.stopwords) this.addPhrase(p, { type: 'stop' });
    for (const p of dictionaries.boilerplate) this.addPhrase(p, { type: 'boilerplate' });
    for (const p of dictionaries.generic) this.addPhrase(p, { type: 'generic' });
    for (const [concept, variants] of Object.entries(dictionaries.synonyms)) {
      for (const v of [concept, ...variants]) {
        this.addPhrase(v, { type: 'synonym', concept });
        const words = this.phraseWords(v);
        if (words.length === 1) {
          this.stemConcepts.set(this.stem(words[0]), concept);
        }
      }
    }
    this.typos = new TypoCorrector(this.trie.words(), w => isRootWord(w) || isRootWord(this.stem(w)));
  }

  private phraseWords(phrase: string): string[] {
    return tokenize(phrase).map(t => this.spelling.get(t.lower) ?? t.lower)
      .flatMap(w => w.split(' '))
      .filter(w => w !== '');
  }

  private addPhrase(phrase: string, action: PhraseAction): void {
    this.trie.add(this.phraseWords(phrase), action);
  }

  /** Whether a lower-case word is an Indonesian word the dictionaries or the root list know. */
  isKnownWord(word: string): boolean {
    if (isRootWord(word)) return true;
    const stem = this.stem(word);
    return isRootWord(stem) || this.stemConcepts.has(stem);
  }

  /** Stems one lower-case word, honouring the exception list. */
  stem(word: string): string {
    const listed = this.stems.get(word);
    if (listed !== undefined) return listed;
    let stem = this.stemmed.get(word);
    if (stem === undefined) {
      stem = stemIndonesian(word);
      this.stemmed.set(word, stem);
    }
    return stem;
  }

  /** Splits a name into its base and parenthesised expansions. */
  splitAliases(name: string): { base: string; aliases: string[] } {
    const aliases: string[] = [];
    const base = name.replace(/[([]([^)\]]*)[)\]]/g, (_m, inner: string) => {
      if (inner.trim()) aliases.push(inner.trim());
      return ' ';
    });
    return { base: base.replace(/\s+/g, ' ').trim(), aliases };
  }

  /** Normalises an application name, keeping its parenthesised expansions as aliases. */
  normalizeName(name: string, options?: Omit<NormalizeOptions, 'field'>): NormalizedName {
    if (options?.ownExpansions && options.ownExpansions.size > 0) return this.readName(name, options);
    let reading = this.nameParts.get(name);
    if (!reading) {
      reading = this.readNameParts(name);
      this.nameParts.set(name, reading);
    }
    return { aliases: reading.aliases.slice(), terms: withoutDropped(reading, options?.dropWords) };
  }

  /** `normalizeName` without memo (the caller names acronyms not to expand). */
  private readName(name: string, options: Omit<NormalizeOptions, 'field'>): NormalizedName {
    const { base, aliases } = this.splitAliases(name);
    const ownExpansions = ownExpansionsOf(base, aliases, a => this.acronyms.has(a));
    const baseTerms = this.normalize(base, { ...options, field: 'name', ownExpansions });
    const terms = [
      ...baseTerms,
      ...aliases.flatMap(a => withoutDropped(this.readAlias(base, a, baseTerms, options.ownExpansions), options.dropWords)),
    ];
    return { aliases, terms };
  }

  /** A name's base and alias readings in one, before drop words. */
  private readNameParts(name: string): Reading & { aliases: string[] } {
    const { base, aliases } = this.splitAliases(name);
    const parts = [this.readingOf(base, true, ownExpansionsOf(base, aliases, a => this.acronyms.has(a)))];
    for (const a of aliases) parts.push(this.readAlias(base, a, parts[0].terms, undefined));
    return {
      aliases,
      terms: parts.flatMap(p => p.terms),
      words: parts.flatMap(p => p.words),
    };
  }

  /**
   * One alias of a name (see lexicon/nameAliases): the words of a code name
   * it spells out, the application's own code name, or a name of its own.
   */
  private readAlias(base: string, alias: string, baseTerms: readonly NormalizedTerm[], own: ReadonlySet<string> | undefined): Reading {
    if (spellsOut(base, alias)) return this.read(alias, true, undefined, true);
    const coded = codeNameOfBase(alias, baseTerms, a => this.acronyms.has(a), a => this.dictionaryExpansion(a));
    return coded ? this.read(alias, true, coded) : this.readingOf(alias, true, own);
  }

  /**
   * Normalises free text (a description, a function, a name) into terms.
   * The reading of a text without the options' drop words is cached (names,
   * functions and descriptions repeat heavily in inventories); the drop words
   * then only remove the terms of the single words they name.
   */
  normalize(text: string, options?: NormalizeOptions): NormalizedTerm[] {
    const reading = this.readingOf(text, options?.field === 'name', options?.ownExpansions);
    return withoutDropped(reading, options?.dropWords);
  }

  private readingOf(text: string, isName: boolean, own: ReadonlySet<string> | undefined): Reading {
    if (own && own.size > 0) return this.read(text, isName, own);
    const readings = isName ? this.nameReadings : this.textReadings;
    let reading = readings.get(text);
    if (!reading) {
      reading = this.read(text, isName, undefined);
      readings.set(text, reading);
    }
    return reading;
  }

  /** Terms of a text, each with the single word it came from (none for a phrase). */
  private read(
    text: string,
    isName: boolean,
    ownExpansions: ReadonlySet<string> | undefined,
    /** The text spells out a code name: only tokens written as codes are read as acronyms. */
    spelledOut = false,
  ): Reading {
    const cleaned = unhideWords(withoutNegatedClauses(text), word => this.trie.root.next.has(word) || this.acronyms.has(word));
    const tokens: RawToken[] = [];
    /** Per token: 1 when it was written with the "e-" prefix. */
    const ePrefixed: number[] = [];
    for (const { token: t, ePrefixed: e } of markedTokens(cleaned)) {
      const fixed = this.spelling.get(t.lower) ?? (isCodeLike(t.raw) ? undefined : this.typos.correct(t.lower));
      if (fixed === undefined) {
        tokens.push(t);
        ePrefixed.push(e ? 1 : 0);
      } else {
        // a variant keeps the token as written (a code name stays one); the words
        // of an expansion ("MONEV": pemantauan evaluasi) are words, not code names
        const parts = fixed.split(' ').filter(Boolean);
        parts.forEach((w, k) => {
          tokens.push({ raw: parts.length > 1 ? w : t.raw, lower: w });
          ePrefixed.push(e && k === 0 ? 1 : 0);
        });
      }
    }
    const out: NormalizedTerm[] = [];
    const words: Array<string | undefined> = [];
    // a name written all in capitals ("PANTAU HARGA PASAR") says nothing by its case: its known words are words
    const capitals = isName && tokens.length > 1 && tokens.every(t => !/[a-z]/.test(t.raw));
    let i = 0;
    while (i < tokens.length) {
      // longest phrase match over all dictionaries; a word written with the
      // "e-" prefix also as the synonyms write it ("e-katalog", "ekatalog")
      let best = this.trie.longestFrom(this.trie.root, tokens, i);
      let prefixed = false;
      if (ePrefixed[i] === 1) {
        const match = this.trie.longestPrefixedSynonym(tokens, i);
        if (match && (!best || match.end >= best.end)) {
          best = match;
          prefixed = true;
        }
      }
      // an acronym that is also a word, written as a code, is the acronym, not
      // the first word of a phrase ("LAPOR Bupati" vs "Lapor Bupati", both complaints)
      if (best && best.end > i + 1 && this.acronyms.has(tokens[i].lower) && isCodeLike(tokens[i].raw) && isRootWord(tokens[i].lower)) {
        best = undefined;
      }
      // a kabupaten or kota named after its marker ("Kab. Siak") is a place with it
      if (best?.action.type === 'place') {
        const end = regionNameEnd(tokens, best.end);
        if (end > best.end) best = { ...best, end };
      }
      if (best && !(best.end === i + 1 && this.acronyms.has(tokens[i].lower) && best.action.type !== 'synonym')) {
        const surface = (prefixed ? 'e-' : '') + tokens.slice(i, best.end).map(t => t.lower).join(' ');
        // a dictionary acronym listed as a synonym ("SIMPUS": puskesmas) stands for its expansion, unless the
        // name spells it out itself: marked so, a text that contradicts it can drop it (unconfirmedAcronyms)
        const expands = best.end === i + 1 && this.acronyms.has(surface) && !ownExpansions?.has(surface) ? surface : undefined;
        i = best.end;
        const a = best.action;
        if (a.type === 'synonym') {
          out.push(expands ? { term: a.concept, kind: 'word', surface, expands } : { term: a.concept, kind: 'word', surface });
        } else if (a.type === 'generic') out.push({ term: surface, kind: 'generic', surface });
        while (words.length < out.length) words.push(undefined);
        continue;
      }
      const token = tokens[i++];
      const word = token.lower;
      if (/^\d+$/.test(word) || word.length < 2) continue;
      const asWord = spelledOut && !isCodeLike(token.raw);
      if (this.ambiguous.has(word) && !asWord) {
        out.push({ term: word, kind: 'acronym', surface: word });
        words.push(word);
        continue;
      }
      const expansion = this.acronyms.get(word);
      // an acronym that is also a word (LAPOR, lapor: to report) only when written as a code
      if (expansion !== undefined && !ownExpansions?.has(word) && !asWord && (isCodeLike(token.raw) || !isRootWord(word))) {
        out.push({ term: word, kind: 'acronym', surface: word });
        out.push(...this.expand(word, expansion));
        while (words.length < out.length) words.push(word);
        continue;
      }
      const codeLike = isCodeLike(token.raw) && !(capitals && this.isKnownWord(word));
      if (isName && (codeLike || (!asWord && SI_CODE.test(word)) || /\d/.test(word))) {
        out.push({ term: word, kind: 'acronym', surface: word });
        const concept = this.compoundConcept(word);
        if (concept !== undefined) out.push({ term: concept, kind: 'word', surface: word });
        while (words.length < out.length) words.push(word);
        continue;
      }
      const stem = this.stem(word);
      const concept = this.stemConcepts.get(stem);
      out.push(
        concept !== undefined
          ? { term: concept, kind: 'word', surface: word }
          : { term: stem, kind: 'word', surface: word },
      );
      while (words.length < out.length) words.push(word);
    }
    return { terms: out, words };
  }

  /**
   * The concept inside a compound code name: "SIGAJI" is SI + gaji, "SIMASN"
   * SIM + ASN, "EPEGAWAI" e + pegawai. Only a one-word synonym of the
   * dictionaries counts as the rest, so SIMADE, SIMPONI or SIPAS give nothing.
   */
  private compoundConcept(word: string): string | undefined {
    for (const [prefix, minRest] of COMPOUND_PREFIXES) {
      if (!word.startsWith(prefix) || word.length - prefix.length < minRest) continue;
      const rest = word.slice(prefix.length);
      // the rest as a spelling variant too: "SiAbsen" is si + absen (absensi)
      const action = (this.trie.root.next.get(rest) ?? this.trie.root.next.get(this.spelling.get(rest) ?? rest))?.action;
      if (action?.type === 'synonym') return action.concept;
    }
    return undefined;
  }

  /** The content terms of a dictionary acronym's expansion (lower case), empty for an acronym no dictionary knows. */
  dictionaryExpansion(acronym: string): NormalizedTerm[] {
    const expansion = this.acronyms.get(acronym);
    return expansion === undefined ? [] : this.expand(acronym, expansion);
  }

  private expand(acronym: string, expansion: string): NormalizedTerm[] {
    let cached = this.expansionCache.get(acronym);
    if (!cached) {
      cached = this.normalize(expansion, { field: 'text' })
        .filter(t => t.kind === 'word')
        .map(t => ({ ...t, expands: acronym }));
      this.expansionCache.set(acronym, cached);
    }
    return cached;
  }

  /** `agencyWords`, computed once per agency (read only). */
  dropWordsOf(agency: string | undefined): ReadonlySet<string> {
    const key = agency ?? '';
    let words = this.agencyDropWords.get(key);
    if (!words) {
      words = this.agencyWords(agency);
      this.agencyDropWords.set(key, words);
    }
    return words;
  }

  /**
   * The place words of an agency name ("Dinas Kesehatan Kota Bogor" and
   * "pemkab-bogor" give "bogor"), to drop from that agency's application
   * texts. Words before the place part ("Kesehatan") are kept: they carry
   * meaning.
   */
  agencyWords(agency: string | undefined): Set<string> {
    return agencyPlaceWords(agency);
  }
}

