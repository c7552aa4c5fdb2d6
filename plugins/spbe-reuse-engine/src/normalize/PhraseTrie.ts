/** What a matched phrase does to the token stream. */
export type PhraseAction = { kind: 'concept'; concept: string } | { kind: 'drop' };

interface Node {
  next: Map<string, Node>;
  action?: PhraseAction;
}

/**
 * Longest-match lookup of multi-word phrases over a sequence of stem keys.
 * A later `add` of the same phrase replaces the earlier action.
 */
export class PhraseTrie {
  private readonly root: Node = { next: new Map() };

  add(keys: string[], action: PhraseAction): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.action = action;
  }

  /** The longest phrase starting at `start`: its length and action, or undefined. */
  match(
    keys: readonly string[],
    start: number,
  ): { length: number; action: PhraseAction } | undefined {
    let node: Node | undefined = this.root;
    let best: { length: number; action: PhraseAction } | undefined;
    for (let i = start; i < keys.length && node; i++) {
      node = node.next.get(keys[i]);
      if (node?.action) best = { length: i - start + 1, action: node.action };
    }
    return best;
  }
}
