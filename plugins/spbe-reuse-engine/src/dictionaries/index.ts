import stopwords from './stopwords.json';
import boilerplate from './boilerplate.json';
import spelling from './spelling.json';
import synonyms from './synonyms.json';
import acronyms from './acronyms.json';
import places from './places.json';
import dpi from './dpi.json';

/**
 * The data the normaliser works from. Every list is plain data so that a
 * deployment can extend it through configuration (see {@link mergeDictionaries}).
 */
export interface ReuseDictionaries {
  /** Indonesian function words, dropped (surface forms, lower case). */
  stopwords: string[];
  /** Words and phrases that qualify a name without naming a function (dropped). */
  boilerplate: string[];
  /** Place names (dropped). */
  places: string[];
  /** Spelling variants and typos: variant -> canonical word (lower case). */
  spelling: Record<string, string>;
  /** Words whose algorithmic stem is wrong or inconsistent: word -> stem. */
  stemOverrides: Record<string, string>;
  /** Synonym groups; the first entry is the canonical concept. */
  synonyms: string[][];
  /** Acronym -> expansion (upper-case keys). */
  acronyms: Record<string, string>;
  /** Acronyms used for unrelated applications: never expanded. */
  ambiguousAcronyms: string[];
  /** DPI building block id -> words that show a need for it. */
  dpiKeywords: Record<string, string[]>;
}

/** The dictionaries shipped with the engine. */
export function defaultDictionaries(): ReuseDictionaries {
  return {
    stopwords: [...stopwords.words],
    boilerplate: [...boilerplate.phrases],
    places: [...places.names],
    spelling: { ...spelling.variants },
    stemOverrides: { ...spelling.stemOverrides },
    synonyms: synonyms.groups.map(g => [...g]),
    acronyms: { ...acronyms.expansions },
    ambiguousAcronyms: [...acronyms.ambiguous],
    dpiKeywords: Object.fromEntries(
      Object.entries(dpi.blocks).map(([k, v]) => [k, [...v]]),
    ),
  };
}

/** Extensions a deployment supplies; lists are appended, maps override. */
export type ReuseDictionaryExtensions = Partial<ReuseDictionaries>;

/** The shipped dictionaries extended by a deployment's own entries. */
export function mergeDictionaries(
  base: ReuseDictionaries,
  extra: ReuseDictionaryExtensions | undefined,
): ReuseDictionaries {
  if (!extra) return base;
  const dpiKeywords = { ...base.dpiKeywords };
  for (const [block, words] of Object.entries(extra.dpiKeywords ?? {})) {
    dpiKeywords[block] = [...(dpiKeywords[block] ?? []), ...words];
  }
  return {
    stopwords: [...base.stopwords, ...(extra.stopwords ?? [])],
    boilerplate: [...base.boilerplate, ...(extra.boilerplate ?? [])],
    places: [...base.places, ...(extra.places ?? [])],
    spelling: { ...base.spelling, ...extra.spelling },
    stemOverrides: { ...base.stemOverrides, ...extra.stemOverrides },
    synonyms: [...base.synonyms, ...(extra.synonyms ?? [])],
    acronyms: {
      ...base.acronyms,
      ...Object.fromEntries(
        Object.entries(extra.acronyms ?? {}).map(([k, v]) => [k.toUpperCase(), v]),
      ),
    },
    ambiguousAcronyms: [
      ...base.ambiguousAcronyms,
      ...(extra.ambiguousAcronyms ?? []).map(a => a.toUpperCase()),
    ],
    dpiKeywords,
  };
}
