import type { NormalizedTerm, Normalizer } from '../Normalizer';
import { BoundedCache } from '../cache/BoundedCache';
import { isAbbreviationOf } from './abbreviation';

/** What one application says about acronyms. */
export interface AcronymFacts {
  /** Acronyms its name defines: "SIMASDIN (Sistem Informasi Manajemen Surat Dinas)". */
  defines: Array<{ acronym: string; text: string; key: string }>;
  /** Acronyms its name uses without an expansion: "SIMASDIN", "SIMASDIN Kab. Buol". */
  uses: string[];
}

interface Definition {
  /** Content words of the expansion, sorted and unique. */
  words: string[];
  /** Applications that write it, by exact text. */
  texts: Map<string, number>;
  count: number;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Distinct names whose facts are kept. */
const FACTS_KEPT = 200_000;

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

interface Learned {
  /** Identity of the resolution, to tell when it changes. */
  id: string;
  terms: NormalizedTerm[];
}

/**
 * Acronym expansions learned from the inventory itself. Where applications
 * write "SIMASDIN (Sistem Informasi Manajemen Surat Dinas)", a bare "SIMASDIN"
 * elsewhere is read with that expansion's words. An expansion is learned only
 * when at least `minSupport` applications write it and no application writes
 * a different expansion for the same acronym (SIKD for kearsipan dinamis and
 * for keuangan daerah, SIMADE for desa and for madrasah stay unexpanded), and
 * never for an acronym the dictionaries already know or mark as ambiguous.
 *
 * The learned expansion is a function of the current applications only (the
 * most written expansion, ties broken by its words, its text the smallest
 * spelling), so an index kept up to date edit by edit equals a rebuild: the
 * index re-reads the applications that use an acronym whose expansion
 * changed (`usersOf`).
 */
export class AcronymLexicon {
  private readonly facts = new Map<string, AcronymFacts>();
  private readonly definitions = new Map<string, Map<string, Definition>>();
  private readonly users = new Map<string, Set<string>>();
  private readonly resolved = new Map<string, Learned | null>();
  private readonly expansionCache = new Map<string, string[]>();
  /** Facts by name (shared, read only). */
  private readonly factsByName = new BoundedCache<string, AcronymFacts>(FACTS_KEPT);
  /** Acronyms touched since `begin`, with their resolution id then. */
  private touched?: Map<string, string>;

  /** Acronyms the dictionaries know or mark as ambiguous (lower case): never learned. */
  private readonly dictionaryAcronyms: ReadonlySet<string>;
  /** Agency and place words (`places.json`): an expansion headed by one is not learned. */
  private readonly placeWords: ReadonlySet<string>;

  constructor(
    private readonly normalizer: Normalizer,
    private readonly minSupport = 2,
  ) {
    const d = normalizer.dictionaries;
    this.dictionaryAcronyms = new Set([...Object.keys(d.acronyms), ...d.ambiguousAcronyms].map(a => a.toLowerCase()));
    this.placeWords = new Set(d.places);
  }

  /** What an application's name says about acronyms (pure; memoised, names repeat). */
  factsOf(name: string): AcronymFacts {
    let facts = this.factsByName.get(name);
    if (!facts) {
      facts = this.readFacts(name);
      this.factsByName.set(name, facts);
    }
    return facts;
  }

  private readFacts(name: string): AcronymFacts {
    const n = this.normalizer;
    const { base, aliases } = n.splitAliases(name);
    const acronyms = n
      .normalize(base, { field: 'name' })
      .filter(t => t.kind === 'acronym' && this.learnable(t.term))
      .map(t => t.term);
    if (acronyms.length === 0) return { defines: [], uses: [] };
    if (aliases.length === 0) return { defines: [], uses: [...new Set(acronyms)].sort() };
    const defines: AcronymFacts['defines'] = [];
    for (const acronym of new Set(acronyms)) {
      const alias = aliases.find(a => isAbbreviationOf(acronym, a));
      if (!alias || this.namesAnAgency(alias) || this.repeats(acronym, alias)) continue;
      const text = alias.toLocaleLowerCase('id-ID').replace(/\s+/g, ' ').trim();
      const key = this.wordsOf(text).join(' ');
      if (key) defines.push({ acronym, text, key });
    }
    return { defines: defines.sort((a, b) => compare(a.acronym, b.acronym)), uses: [] };
  }

  /**
   * An expansion headed by an agency or place word ("KKP (Kementerian
   * Kelautan dan Perikanan)", "BPN (Badan Pertanahan Nasional)") names an
   * owner or a place, not a function: read elsewhere it would make every
   * application of that owner alike.
   */
  private namesAnAgency(alias: string): boolean {
    const first = alias.trim().split(/[^\p{L}\p{N}]+/u)[0]?.toLocaleLowerCase('id-ID');
    return !!first && this.placeWords.has(first);
  }

  /** An alias that writes the acronym itself ("Geoportal KKP (One Map KKP)") is another name, not its expansion. */
  private repeats(acronym: string, alias: string): boolean {
    return alias.toLocaleLowerCase('id-ID').split(/[^\p{L}\p{N}]+/u).includes(acronym);
  }

  private learnable(acronym: string): boolean {
    return !this.dictionaryAcronyms.has(acronym);
  }

  private wordsOf(text: string): string[] {
    let words = this.expansionCache.get(text);
    if (!words) {
      words = [...new Set(this.normalizer.normalize(text, { field: 'text' })
        .filter(t => t.kind === 'word')
        .map(t => t.term))].sort(compare);
      this.expansionCache.set(text, words);
    }
    return words;
  }

  /** Starts a batch of edits; `end` returns the acronyms whose expansion changed. */
  begin(): void {
    this.touched = new Map();
  }

  end(): string[] {
    const changed: string[] = [];
    for (const [acronym, before] of this.touched ?? []) {
      if ((this.resolve(acronym)?.id ?? '') !== before) changed.push(acronym);
    }
    this.touched = undefined;
    return changed.sort(compare);
  }

  /** Called before an acronym's definitions change. */
  private touch(acronym: string): void {
    if (this.touched && !this.touched.has(acronym)) {
      this.touched.set(acronym, this.resolve(acronym)?.id ?? '');
    }
    this.resolved.delete(acronym);
  }

  /** Records an application's facts (replacing what it said before). */
  set(id: string, facts: AcronymFacts): void {
    this.delete(id);
    if (facts.defines.length === 0 && facts.uses.length === 0) return;
    this.facts.set(id, facts);
    for (const { acronym, text, key } of facts.defines) {
      this.touch(acronym);
      let byKey = this.definitions.get(acronym);
      if (!byKey) this.definitions.set(acronym, (byKey = new Map()));
      let def = byKey.get(key);
      if (!def) byKey.set(key, (def = { words: key.split(' '), texts: new Map(), count: 0 }));
      def.count++;
      def.texts.set(text, (def.texts.get(text) ?? 0) + 1);
    }
    for (const acronym of facts.uses) {
      let set = this.users.get(acronym);
      if (!set) this.users.set(acronym, (set = new Set()));
      set.add(id);
    }
  }

  /** Forgets an application. */
  delete(id: string): void {
    const facts = this.facts.get(id);
    if (!facts) return;
    this.facts.delete(id);
    for (const { acronym, text, key } of facts.defines) {
      this.touch(acronym);
      const byKey = this.definitions.get(acronym)!;
      const def = byKey.get(key)!;
      def.count--;
      const left = def.texts.get(text)! - 1;
      if (left) def.texts.set(text, left);
      else def.texts.delete(text);
      if (def.count === 0) byKey.delete(key);
      if (byKey.size === 0) this.definitions.delete(acronym);
    }
    for (const acronym of facts.uses) {
      const set = this.users.get(acronym)!;
      set.delete(id);
      if (set.size === 0) this.users.delete(acronym);
    }
  }

  /** Applications whose names use the acronym without an expansion. */
  usersOf(acronym: string): ReadonlySet<string> {
    return this.users.get(acronym) ?? EMPTY;
  }

  /** The learned expansion of an acronym as matching terms, if there is one. */
  expansion(acronym: string): NormalizedTerm[] | undefined {
    return this.resolve(acronym)?.terms;
  }

  private resolve(acronym: string): Learned | undefined {
    const cached = this.resolved.get(acronym);
    if (cached !== undefined) return cached ?? undefined;
    const learned = this.compute(acronym);
    this.resolved.set(acronym, learned ?? null);
    return learned;
  }

  private compute(acronym: string): Learned | undefined {
    const byKey = this.definitions.get(acronym);
    if (!byKey) return undefined;
    let top: [string, Definition] | undefined;
    let support = 0;
    for (const entry of byKey) {
      support += entry[1].count;
      if (!top || entry[1].count > top[1].count || (entry[1].count === top[1].count && entry[0] < top[0])) {
        top = entry;
      }
    }
    if (!top || support < this.minSupport) return undefined;
    const dominant = new Set(top[1].words);
    for (const def of byKey.values()) {
      const shared = def.words.filter(w => dominant.has(w)).length;
      // a different meaning written for the same acronym: learn nothing
      if (shared / Math.min(def.words.length, dominant.size) < 0.5) return undefined;
    }
    const text = [...top[1].texts.keys()].reduce((a, b) => (compare(a, b) <= 0 ? a : b));
    const terms = this.normalizer
      .normalize(text, { field: 'name' })
      .filter(t => t.kind === 'word');
    return { id: `${top[0]}\u0001${text}`, terms };
  }
}
