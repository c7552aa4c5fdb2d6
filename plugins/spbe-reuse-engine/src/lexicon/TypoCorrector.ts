/**
 * Corrects a word that is one letter off a word of the dictionaries: a letter
 * missing ("masyarkat", "kepegwaian", "pelyanan"), one too many
 * ("perjalanann", "onlline") or two neighbours swapped ("penghasialn"), the
 * typos inventories are full of. Only long words are corrected (a missing
 * letter or a swap only towards a word of 8 letters or more: bidan is not a
 * typo of bidang, nor kamar of Kampar), never their first letter, never into
 * two different words, and never a word that is itself known or reads as a
 * listed root.
 */
export class TypoCorrector {
  /** A known word with one letter removed -> the known word (undefined when two words give it). */
  private readonly shortened = new Map<string, string | undefined>();
  /** A known word with two neighbouring letters swapped -> the known word (undefined when two words give it). */
  private readonly swapped = new Map<string, string | undefined>();
  private readonly known: ReadonlySet<string>;

  constructor(
    words: Iterable<string>,
    /** Whether a word is a real word the dictionaries need not list (a listed root, or a word reaching one). */
    private readonly isWord: (word: string) => boolean,
    /** Shortest known word a missing letter is restored towards. */
    minRestored = 8,
    /** Shortest known word an extra letter is removed towards. */
    private readonly minShortened = 6,
  ) {
    const known = new Set<string>();
    for (const w of words) if (/^\p{L}+$/u.test(w)) known.add(w);
    this.known = known;
    for (const w of known) {
      if (w.length < minRestored) continue;
      for (const d of deletions(w)) {
        if (known.has(d)) continue;
        this.shortened.set(d, this.shortened.has(d) && this.shortened.get(d) !== w ? undefined : w);
      }
      for (const t of transpositions(w)) {
        if (known.has(t)) continue;
        this.swapped.set(t, this.swapped.has(t) && this.swapped.get(t) !== w ? undefined : w);
      }
    }
  }

  /** The known word a typo stands for, or undefined. */
  correct(word: string): string | undefined {
    if (word.length <= this.minShortened || this.known.has(word) || !/^\p{L}+$/u.test(word)) return undefined;
    if (this.isWord(word)) return undefined;
    // a letter missing
    const longer = this.shortened.get(word);
    if (longer !== undefined) return longer;
    if (this.shortened.has(word)) return undefined;
    // two neighbouring letters swapped
    const unswapped = this.swapped.get(word);
    if (unswapped !== undefined) return unswapped;
    if (this.swapped.has(word)) return undefined;
    // a letter too many
    let found: string | undefined;
    for (const d of deletions(word)) {
      if (d.length < this.minShortened || !this.known.has(d)) continue;
      if (found !== undefined && found !== d) return undefined;
      found = d;
    }
    return found;
  }
}

/** The word without one of its letters, the first letter kept. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1] && i > 1) continue; // "nn" -> "n" once
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

/** The word with two different neighbouring letters swapped, the first letter kept. */
function transpositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}
