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
 * Written from the algorithm description for this project; no dictionary is
 * involved, so there is no licence constraint on its use. Known ambiguities
 * (perencanaan vs rencana) are fixed by a small exception list in the
 * normaliser's dictionaries, not here.
 */

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

/** Stems one lower-case Indonesian word; other tokens (digits, short words) are returned unchanged. */
export function stemIndonesian(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  const state: State = { word, measure: countVowels(word), prefix: Prefix.None };
  if (state.measure <= 2) return word;
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
