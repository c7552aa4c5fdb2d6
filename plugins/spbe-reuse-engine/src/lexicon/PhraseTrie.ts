/** What a dictionary phrase does to the words it matches. */
export type PhraseAction =
  | { type: 'synonym'; concept: string }
  | { type: 'generic' }
  | { type: 'boilerplate' }
  | { type: 'stop' }
  | { type: 'place' };

/** When two dictionaries list one phrase, the higher priority wins. */
const ACTION_PRIORITY: Record<PhraseAction['type'], number> = {
  synonym: 5,
  generic: 4,
  boilerplate: 3,
  stop: 2,
  place: 1,
};

export interface TrieNode {
  next: Map<string, TrieNode>;
  action?: PhraseAction;
}

/** A phrase found in a text: what it does, and the index of the word after it. */
export interface PhraseMatch {
  action: PhraseAction;
  end: number;
}

/** The phrases of all dictionaries by word, for a longest-match scan of a text. */
export class PhraseTrie {
  readonly root: TrieNode = { next: new Map() };

  /** Every word of every phrase. */
  words(): Set<string> {
    const out = new Set<string>();
    const visit = (node: TrieNode) =>
      node.next.forEach((next, word) => {
        out.add(word);
        visit(next);
      });
    visit(this.root);
    return out;
  }

  add(words: string[], action: PhraseAction): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let next = node.next.get(w);
      if (!next) {
        next = { next: new Map() };
        node.next.set(w, next);
      }
      node = next;
    }
    if (!node.action || ACTION_PRIORITY[action.type] > ACTION_PRIORITY[node.action.type]) {
      node.action = action;
    }
  }

  /**
   * The longest phrase that continues from `node` (the root: any phrase)
   * with the words from `from` on; the node's own phrase does not count.
   */
  longestFrom(node: TrieNode, words: ReadonlyArray<{ lower: string }>, from: number): PhraseMatch | undefined {
    let best: PhraseMatch | undefined;
    let at: TrieNode | undefined = node;
    for (let j = from; j < words.length && at; j++) {
      at = at.next.get(words[j].lower);
      if (at?.action) best = { action: at.action, end: j + 1 };
    }
    return best;
  }

  /**
   * The longest synonym phrase at word `i` read with an "e-" prefix, written
   * the way the dictionaries write it: separate ("e-katalog") or joined
   * ("ekatalog").
   */
  longestPrefixedSynonym(words: ReadonlyArray<{ lower: string }>, i: number): PhraseMatch | undefined {
    const separate = this.root.next.get('e');
    const joined = this.root.next.get(`e${words[i].lower}`);
    let best: PhraseMatch | undefined;
    for (const match of [
      separate && this.longestFrom(separate, words, i),
      joined && (this.longestFrom(joined, words, i + 1) ?? (joined.action && { action: joined.action, end: i + 1 })),
    ]) {
      if (match?.action.type === 'synonym' && (!best || match.end > best.end)) best = match;
    }
    return best;
  }
}
