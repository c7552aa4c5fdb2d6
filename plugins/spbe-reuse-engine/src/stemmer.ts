/**
 * A rule-based Indonesian stemmer without a root-word dictionary.
 *
 * It follows the confix-stripping rules of Tala's algorithm as published by
 * the Snowball project (BSD licence): particles (-kah, -lah, -pun), possessive
 * pronouns (-ku, -mu, -nya), first-order prefixes (di-, meng-, meny-, mem-,
 * me-, ter-, ke-, peng-, peny-, pem-, pen-), derivational suffixes (-kan, -an,
 * -i) and second-order prefixes (per-, pe-, ber-, be-). A word is only
 * shortened while it keeps more than two vowels, which protects short roots.
 *
 * Written from the algorithm description for this project. Known ambiguities
 * (perencanaan vs rencana) are fixed by a small exception list in the
 * normaliser's dictionaries, not here.
 *
 * Before the rules run, a word is looked up against a small root list written
 * for this project (`data/roots.json`, plus the stems of `data/stems.json`),
 * as dictionary-based stemmers do (Nazief & Adriani 1996; Arifin & Setiono's
 * ECS): the word itself, then the word without one first-order prefix, then
 * without a second-order prefix, each also without one derivational suffix.
 * This is where the recoding of nasal prefixes happens: meN-/peN- before a
 * vowel can hide a dropped initial consonant (menilai = me + nilai, penerbitan
 * = pe + terbit, mengirim = meng + kirim, memukul = mem + pukul, memanfaatkan
 * = me + manfaat), so each reading of the prefix is tried and the one that
 * reaches a listed root wins. A word that reaches no listed root is stemmed by
 * the rules alone, as before.
 */

import rootList from './data/roots.json';
import stemExceptions from './data/stems.json';

const DEFAULT_ROOTS: ReadonlySet<string> = new Set([...rootList, ...Object.values(stemExceptions)]);

/** Whether a lower-case word is one of the listed Indonesian root words (lapor, nilai, terbit). */
export function isRootWord(word: string): boolean {
  return DEFAULT_ROOTS.has(word);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

function countVowels(word: string): number {
  let n = 0;
  for (const ch of word) if (VOWELS.has(ch)) n++;
  return n;
}

/** Prefix classes as in the Snowball algorithm; they restrict suffix removal. */
enum Prefix {
  None = 0,
  DiMengTer = 1,
  Per = 2,
  KePeng = 3,
  Ber = 4,
}

interface State {
  word: string;
  measure: number;
  prefix: Prefix;
}

function removeEnding(state: State, endings: string[]): boolean {
  for (const e of endings) {
    if (state.word.endsWith(e) && state.word.length > e.length) {
      state.word = state.word.slice(0, -e.length);
      state.measure -= countVowels(e);
      return true;
    }
  }
  return false;
}

function removeSuffix(state: State): void {
  const w = state.word;
  if (w.endsWith('kan')) {
    if (state.prefix !== Prefix.KePeng && state.prefix !== Prefix.Per) {
      state.word = w.slice(0, -3);
      state.measure--;
    }
    return;
  }
  if (w.endsWith('an')) {
    if (state.prefix !== Prefix.DiMengTer) {
      state.word = w.slice(0, -2);
      state.measure--;
    }
    return;
  }
  if (w.endsWith('i') && !w.endsWith('si')) {
    if (state.prefix <= Prefix.Per) {
      state.word = w.slice(0, -1);
      state.measure--;
    }
  }
}

function removeFirstOrderPrefix(state: State): boolean {
  const w = state.word;
  const set = (rest: string, prefix: Prefix) => {
    state.word = rest;
    state.prefix = prefix;
    state.measure--;
    return true;
  };
  if (w.startsWith('meny') && isVowel(w[4])) return set(`s${w.slice(4)}`, Prefix.DiMengTer);
  if (w.startsWith('peny') && isVowel(w[4])) return set(`s${w.slice(4)}`, Prefix.KePeng);
  if (w.startsWith('meng')) return set(w.slice(4), Prefix.DiMengTer);
  if (w.startsWith('peng')) return set(w.slice(4), Prefix.KePeng);
  if (w.startsWith('mem')) {
    return set(isVowel(w[3]) ? `p${w.slice(3)}` : w.slice(3), Prefix.DiMengTer);
  }
  if (w.startsWith('pem')) {
    return set(isVowel(w[3]) ? `p${w.slice(3)}` : w.slice(3), Prefix.KePeng);
  }
  if (w.startsWith('men')) return set(w.slice(3), Prefix.DiMengTer);
  if (w.startsWith('pen')) return set(w.slice(3), Prefix.KePeng);
  if (w.startsWith('ter')) return set(w.slice(3), Prefix.DiMengTer);
  if (w.startsWith('di')) return set(w.slice(2), Prefix.DiMengTer);
  if (w.startsWith('me')) return set(w.slice(2), Prefix.DiMengTer);
  if (w.startsWith('ke')) return set(w.slice(2), Prefix.KePeng);
  return false;
}

function removeSecondOrderPrefix(state: State): boolean {
  const w = state.word;
  const set = (rest: string, prefix: Prefix) => {
    state.word = rest;
    state.prefix = prefix;
    state.measure--;
    return true;
  };
  if (w.startsWith('belajar')) return set(w.slice(3), Prefix.Ber);
  if (w.startsWith('pelajar')) return set(w.slice(3), Prefix.Per);
  if (w.startsWith('ber')) return set(w.slice(3), Prefix.Ber);
  if (w.startsWith('per')) return set(w.slice(3), Prefix.Per);
  if (w.startsWith('be') && !isVowel(w[2]) && w.slice(3, 5) === 'er') {
    return set(w.slice(2), Prefix.Ber);
  }
  if (w.startsWith('pe')) return set(w.slice(2), Prefix.Per);
  return false;
}

/** The root a word reaches by dropping at most one derivational suffix, if it is listed. */
function listedRoot(word: string, roots: ReadonlySet<string>): string | undefined {
  if (roots.has(word)) return word;
  for (const suffix of ['kan', 'an', 'i']) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const rest = word.slice(0, -suffix.length);
      if (roots.has(rest)) return rest;
    }
  }
  return undefined;
}

/**
 * The readings of a word without one first-order prefix, most likely first.
 * A nasal prefix before a vowel has two readings (Tala's recoding rules):
 * meng-/peng- + V is V or k + V (menge-/penge- also the one-syllable root
 * after it), meny-/peny- + V is s + V, mem-/pem- + V is
 * p + V or m + V (me- + a root that starts with m), men-/pen- + V is t + V or
 * n + V.
 */
function firstOrderReadings(w: string): string[] {
  const vowelAt = (i: number) => isVowel(w[i]);
  for (const nasal of ['me', 'pe']) {
    if (!w.startsWith(nasal)) continue;
    if (w.startsWith(`${nasal}ny`) && vowelAt(4)) return [`s${w.slice(4)}`, `ny${w.slice(4)}`];
    // menge-/penge- before a one-syllable root (mengecek, pengesahan: cek, sah)
    if (w.startsWith(`${nasal}nge`)) return [w.slice(4), `k${w.slice(4)}`, w.slice(5)];
    if (w.startsWith(`${nasal}ng`)) return vowelAt(4) ? [w.slice(4), `k${w.slice(4)}`] : [w.slice(4)];
    if (w.startsWith(`${nasal}m`)) return vowelAt(3) ? [`p${w.slice(3)}`, w.slice(2)] : [w.slice(3)];
    if (w.startsWith(`${nasal}n`)) return vowelAt(3) ? [`t${w.slice(3)}`, w.slice(2)] : [w.slice(3)];
    return [w.slice(2)];
  }
  for (const prefix of ['ter', 'di', 'ke', 'se']) if (w.startsWith(prefix)) return [w.slice(prefix.length)];
  return [];
}

/** The readings of a word without one second-order prefix (per-, ber-, pe-, be-). */
function secondOrderReadings(w: string): string[] {
  const out: string[] = [];
  for (const prefix of ['per', 'ber', 'pe', 'be']) if (w.startsWith(prefix)) out.push(w.slice(prefix.length));
  return out;
}

/** The listed root of a word (Nazief-Adriani order: as is, one prefix off, two prefixes off). */
function findListedRoot(word: string, roots: ReadonlySet<string>): string | undefined {
  const direct = listedRoot(word, roots);
  if (direct !== undefined) return direct;
  const firsts = firstOrderReadings(word);
  for (const reading of firsts) {
    const root = listedRoot(reading, roots);
    if (root !== undefined) return root;
  }
  for (const reading of [...firsts, word]) {
    for (const inner of secondOrderReadings(reading)) {
      const root = listedRoot(inner, roots);
      if (root !== undefined) return root;
    }
  }
  return undefined;
}

/**
 * Stems one lower-case Indonesian word; other tokens (digits, short words) are
 * returned unchanged. `roots` is the root list the prefix readings are checked
 * against (the project's list by default).
 */
export function stemIndonesian(word: string, roots: ReadonlySet<string> = DEFAULT_ROOTS): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  const state: State = { word, measure: countVowels(word), prefix: Prefix.None };
  if (state.measure <= 2) return word;
  const listed = findListedRoot(word, roots);
  if (listed !== undefined) return listed;
  for (const endings of [['kah', 'lah', 'pun'], ['nya', 'ku', 'mu']]) {
    const probe: State = { ...state };
    if (removeEnding(probe, endings)) {
      const root = findListedRoot(probe.word, roots);
      if (root !== undefined) return root;
    }
  }
  removeEnding(state, ['kah', 'lah', 'pun']);
  if (state.measure > 2) removeEnding(state, ['nya', 'ku', 'mu']);
  if (state.measure <= 2) return state.word;
  if (removeFirstOrderPrefix(state)) {
    if (state.measure > 2) removeSuffix(state);
    if (state.measure > 2) removeSecondOrderPrefix(state);
  } else {
    removeSecondOrderPrefix(state);
    if (state.measure > 2) removeSuffix(state);
  }
  return state.word.length >= 2 ? state.word : word;
}
