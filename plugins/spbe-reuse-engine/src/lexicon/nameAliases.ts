import type { NormalizedTerm } from '../Normalizer';
import { isAbbreviationOf } from './abbreviation';
import { isCodeLike, tokenize } from './tokens';

/**
 * How a name's parenthesised aliases relate to its code names: whether an
 * alias spells one out, or names the application's own code name.
 */

/**
 * Whether an alias spells out a code name of the base ("WLKP (Wajib Lapor
 * Ketenagakerjaan Perusahaan)"): its words are then words, not acronyms
 * ("Lapor" there is the verb, not the national complaint channel LAPOR!).
 */
export function spellsOut(base: string, alias: string): boolean {
  return tokenize(base).some(t => isCodeLike(t.raw) && isAbbreviationOf(t.lower, alias));
}

/** Dictionary acronyms (`known`) of a name's base that its own aliases expand. */
export function ownExpansionsOf(base: string, aliases: string[], known: (acronym: string) => boolean): Set<string> {
  const ownExpansions = new Set<string>();
  if (aliases.length > 0) {
    for (const t of tokenize(base)) {
      if (known(t.lower) && aliases.some(a => isAbbreviationOf(t.lower, a))) ownExpansions.add(t.lower);
    }
  }
  return ownExpansions;
}

/**
 * A dictionary acronym written alone in parentheses after a name that says
 * what the application does in other words ("Aplikasi Pelaporan Keuangan
 * (SIMAK)"): the acronym is that application's code name, not the
 * dictionary's system (SIMAK for state assets), when the name shares no
 * word with the dictionary's expansion (`expansion`: its terms). Returns it
 * (as `ownExpansions`).
 */
export function codeNameOfBase(
  alias: string,
  baseTerms: readonly NormalizedTerm[],
  known: (acronym: string) => boolean,
  expansion: (acronym: string) => readonly NormalizedTerm[],
): Set<string> | undefined {
  const tokens = tokenize(alias);
  if (tokens.length !== 1 || !isCodeLike(tokens[0].raw) || !known(tokens[0].lower)) return undefined;
  const own = baseTerms.filter(t => t.kind === 'word' && t.expands === undefined).map(t => t.term);
  if (own.length === 0) return undefined;
  const expanded = new Set(expansion(tokens[0].lower).map(t => t.term));
  return own.some(t => expanded.has(t)) ? undefined : new Set([tokens[0].lower]);
}
