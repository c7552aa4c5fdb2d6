import stopwords from './data/stopwords.json';
import boilerplate from './data/boilerplate.json';
import spelling from './data/spelling.json';
import english from './data/english.json';
import synonyms from './data/synonyms.json';
import acronyms from './data/acronyms.json';
import generic from './data/generic.json';
import places from './data/places.json';
import stems from './data/stems.json';
import dpi from './data/dpi.json';
import dpiPlatforms from './data/dpi-platforms.json';
import brandWords from './data/brand-words.json';
import broadFunctions from './data/broad-functions.json';

/**
 * The data the normaliser works from. Every field is optional in an extra
 * dictionary passed through the options; extras are merged over the defaults
 * (lists are unioned, maps are overridden key by key).
 */
export interface ReuseDictionaries {
  /** Function words dropped before matching. */
  stopwords: string[];
  /** Words and phrases that do not tell what an application does. */
  boilerplate: string[];
  /** Spelling variant or typo -> canonical spelling (words or short phrases). */
  spelling: Record<string, string>;
  /**
   * English word -> the Indonesian an inventory would write (an empty value
   * drops the word), read like a spelling variant; regular plurals derived.
   */
  english: Record<string, string>;
  /** Canonical concept -> variants (words or phrases) that mean the same. */
  synonyms: Record<string, string[]>;
  /** Acronym (upper case) -> expansion, for acronyms that mean one thing. */
  acronyms: Record<string, string>;
  /** Acronyms known to name unrelated systems: never expanded. */
  ambiguousAcronyms: string[];
  /** Technology words that never make two applications the same. */
  generic: string[];
  /** Place names and agency words removed from the text. */
  places: string[];
  /** Stemmer exceptions: word -> stem. */
  stems: Record<string, string>;
  /** DPI building block id -> phrases of a proposal that imply it. */
  dpiPhrases: Record<string, string[]>;
  /**
   * DPI building block id -> phrases with which a national platform's own text
   * says it implements the block (read when the platform has no `dpi` list).
   */
  dpiPlatformPhrases: Record<string, string[]>;
  /**
   * Word (as read: stemmed, through the dictionaries) -> the concept it names
   * when it is all a name says and the application has no description or
   * functions: "e-Lapor Merauke" is a complaint channel (SP4N-LAPOR! made
   * *lapor* their brand), "e-Lapor" described as school fund reports is not.
   */
  brandWords: Record<string, string>;
  /**
   * Concepts that name a sector or a whole office's work (*kesehatan*,
   * *pertanian*, *pemantauan*, *izin*) rather than one function: a proposal
   * and an application both named for one of them may still do different
   * jobs ("Antrean Uji SIM" and a hospital's queue), so the name alone is not
   * evidence of reuse between them (Ranker).
   */
  broadFunctions: string[];
}

/** The dictionaries shipped with the engine (see src/data/README.md). */
export function defaultDictionaries(): ReuseDictionaries {
  return {
    stopwords: [...stopwords],
    boilerplate: [...boilerplate],
    spelling: { ...spelling },
    english: { ...english },
    synonyms: Object.fromEntries(
      Object.entries(synonyms as Record<string, string[]>).map(([k, v]) => [k, [...v]]),
    ),
    acronyms: { ...acronyms.known },
    ambiguousAcronyms: [...acronyms.ambiguous],
    generic: [...generic],
    places: [...places.places, ...places.agencyWords],
    stems: { ...stems },
    dpiPhrases: Object.fromEntries(
      Object.entries(dpi as Record<string, string[]>).map(([k, v]) => [k, [...v]]),
    ),
    dpiPlatformPhrases: Object.fromEntries(
      Object.entries(dpiPlatforms as Record<string, string[]>).map(([k, v]) => [k, [...v]]),
    ),
    brandWords: { ...brandWords },
    broadFunctions: [...broadFunctions],
  };
}

function unionLists(a: string[], b: string[] | undefined): string[] {
  return b ? Array.from(new Set([...a, ...b])) : a;
}

function mergeListMaps(
  a: Record<string, string[]>,
  b: Record<string, string[]> | undefined,
): Record<string, string[]> {
  if (!b) return a;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = unionLists(out[k] ?? [], v);
  return out;
}

/** Merges extra dictionaries (in order) over a base set. */
export function mergeDictionaries(
  base: ReuseDictionaries,
  ...extras: Array<Partial<ReuseDictionaries> | undefined>
): ReuseDictionaries {
  let out = base;
  for (const extra of extras) {
    if (!extra) continue;
    out = {
      stopwords: unionLists(out.stopwords, extra.stopwords),
      boilerplate: unionLists(out.boilerplate, extra.boilerplate),
      spelling: { ...out.spelling, ...extra.spelling },
      english: { ...out.english, ...extra.english },
      synonyms: mergeListMaps(out.synonyms, extra.synonyms),
      acronyms: { ...out.acronyms, ...extra.acronyms },
      ambiguousAcronyms: unionLists(out.ambiguousAcronyms, extra.ambiguousAcronyms),
      generic: unionLists(out.generic, extra.generic),
      places: unionLists(out.places, extra.places),
      stems: { ...out.stems, ...extra.stems },
      dpiPhrases: mergeListMaps(out.dpiPhrases, extra.dpiPhrases),
      dpiPlatformPhrases: mergeListMaps(out.dpiPlatformPhrases, extra.dpiPlatformPhrases),
      brandWords: { ...out.brandWords, ...extra.brandWords },
      broadFunctions: unionLists(out.broadFunctions, extra.broadFunctions),
    };
  }
  return out;
}
