import { parseReferenceCode, referenceCodeAncestor } from '@internal/plugin-spbe-common';
import { BoundedCache } from './cache/BoundedCache';
import type { NormalizedName, NormalizedTerm, Normalizer, TermKind } from './Normalizer';
import type { ReuseApplication, ReuseProposal } from './types';
import { unconfirmedAcronyms } from './lexicon/unconfirmedAcronyms';

export type FeatureKind = TermKind | 'code';

/** One matching feature of an application with its field-weighted frequency. */
export interface RawFeature {
  /** Kind-prefixed key: a word as is, `#acronym`, `~generic`, `@CODE`. */
  key: string;
  kind: FeatureKind;
  /** Field-weighted term frequency. */
  tf: number;
  /** The smallest of its lower-case surface forms (as written), for evidence. */
  surface: string;
  /** Whether the feature comes (also) from the description or the functions, not only the name or codes. */
  inText: boolean;
}

function byKey(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** How much each field counts. Names say most about what an application does. */
export const FIELD_WEIGHTS = { name: 3, functions: 2, description: 1, code: 1 };

const PREFIX: Record<FeatureKind, string> = { word: '', acronym: '#', generic: '~', code: '@' };

/** Code features by the application's codes as written (they repeat across an inventory). */
const codeFeatureCache = new BoundedCache<string, string[]>(100_000);

/** Normalised reference codes of an application: each code and its level-2+ ancestors. */
export function codeFeatures(codes: ReuseApplication['codes']): string[] {
  if (!codes) return [];
  const key = JSON.stringify([codes.ral, codes.rab, codes.raa]);
  let out = codeFeatureCache.get(key);
  if (!out) {
    out = readCodeFeatures(codes);
    codeFeatureCache.set(key, out);
  }
  return out.slice();
}

function readCodeFeatures(codes: ReuseApplication['codes']): string[] {
  const out = new Set<string>();
  for (const raw of [...(codes?.ral ?? []), ...(codes?.rab ?? []), ...(codes?.raa ?? [])]) {
    const parsed = parseReferenceCode(raw);
    if (!parsed.ok) continue;
    const code = parsed.value;
    for (let level = 2; level <= code.level; level++) {
      out.add(referenceCodeAncestor(code, level));
    }
  }
  return [...out].sort();
}

/**
 * Dictionary acronyms that a name narrows to a part of their expansion with
 * words of its own ("SIPD Penatausahaan Keuangan Daerah" is the finance
 * module of SIPD, whose expansion also says planning and budgeting): the
 * expansion's other words are left out. `undefined` when there are none.
 */
function modulesNamed(terms: readonly NormalizedTerm[]): { acronyms: Set<string>; ownWords: Set<string> } | undefined {
  if (!terms.some(t => t.expands !== undefined)) return undefined;
  const ownWords = new Set(terms.filter(t => t.kind === 'word' && t.expands === undefined).map(t => t.term));
  if (ownWords.size === 0) return undefined;
  const acronyms = new Set<string>();
  for (const t of terms) if (t.expands !== undefined && ownWords.has(t.term)) acronyms.add(t.expands);
  return acronyms.size ? { acronyms, ownWords } : undefined;
}

/** Expansions learned from the inventory for acronyms that no dictionary knows. */
export type LearnedExpansions = (acronym: string) => NormalizedTerm[] | undefined;

/**
 * A name whose only content word is a brand word (`brandWords`: "e-Lapor
 * Merauke"), of an application without description or functions, names that
 * word's concept.
 */
function readBrandWord(normalizer: Normalizer, name: NormalizedName): void {
  let word: NormalizedTerm | undefined;
  for (const t of name.terms) {
    if (t.kind !== 'word') continue;
    if (word) return;
    word = t;
  }
  const concept = word && normalizer.dictionaries.brandWords[word.term];
  if (concept) name.terms = name.terms.map(t => (t === word ? { ...t, term: concept } : t));
}

/**
 * Turns an application or a proposal into its matching features, sorted by
 * key. A name without a written expansion gets the learned expansion of its
 * acronyms, weighted as if it were written ("SIPAS" as "SIPAS (Sistem
 * Informasi Persuratan dan Arsip)"). An acronym's expansion (dictionary or
 * learned) is left out when the text contradicts it (see unconfirmedAcronyms; with
 * `requireOwnWord`, for proposals, only when the name has a content word of
 * its own besides the acronym).
 */
export function extractFeatures(
  normalizer: Normalizer,
  app: ReuseApplication | ReuseProposal,
  learned?: LearnedExpansions,
  options?: { requireOwnWord?: boolean },
): RawFeature[] {
  const acc = new Map<string, { kind: FeatureKind; tf: number; surface: string; inText: boolean }>();
  const add = (key: string, kind: FeatureKind, weight: number, surface: string, inText = false) => {
    const k = PREFIX[kind] + key;
    let f = acc.get(k);
    if (!f) {
      f = { kind, tf: 0, surface, inText };
      acc.set(k, f);
    }
    f.tf += weight;
    if (surface < f.surface) f.surface = surface;
    if (inText) f.inText = true;
  };
  const dropWords = normalizer.dropWordsOf(app.agency);
  const name = normalizer.normalizeName(app.name, { dropWords });
  const functionTerms = (app.functions ?? []).flatMap(fn => normalizer.normalize(fn, { field: 'text', dropWords }));
  const descriptionTerms = app.description ? normalizer.normalize(app.description, { field: 'text', dropWords }) : [];
  // an acronym whose expansion the text contradicts is read as a code name only (see unconfirmedAcronyms)
  const unconfirmed = unconfirmedAcronyms(normalizer, name, [...functionTerms, ...descriptionTerms], {
    requireOwnWord: options?.requireOwnWord,
    learned,
    texts: [...(app.functions ?? []), app.description ?? ''],
  });
  if (functionTerms.length === 0 && descriptionTerms.length === 0) readBrandWord(normalizer, name);
  const narrowed = modulesNamed(name.terms);
  for (const t of name.terms) {
    if (t.expands !== undefined && unconfirmed?.has(t.expands)) continue;
    if (t.expands !== undefined && narrowed?.acronyms.has(t.expands) && !narrowed.ownWords.has(t.term)) continue;
    add(t.term, t.kind, FIELD_WEIGHTS.name, t.surface);
    if (t.kind !== 'acronym' || !learned || name.aliases.length > 0 || unconfirmed?.has(t.term)) continue;
    for (const e of learned(t.term) ?? []) add(e.term, e.kind, FIELD_WEIGHTS.name, e.surface);
  }
  for (const t of functionTerms) add(t.term, t.kind, FIELD_WEIGHTS.functions, t.surface, true);
  for (const t of descriptionTerms) add(t.term, t.kind, FIELD_WEIGHTS.description, t.surface, true);
  for (const code of codeFeatures(app.codes)) add(code, 'code', FIELD_WEIGHTS.code, code);
  return [...acc.entries()]
    .map(([key, f]) => ({ key, kind: f.kind, tf: f.tf, surface: f.surface, inText: f.inText }))
    .sort((a, b) => byKey(a.key, b.key));
}
