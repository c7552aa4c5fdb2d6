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
}
