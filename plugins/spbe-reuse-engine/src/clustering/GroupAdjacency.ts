/**
 * Which groups are adjacent while average linkage merges them (groups are
 * numbered by an item of theirs; a merged group keeps the number of one of its
 * two).
 *
 * Each group keeps a plain list that may repeat a number or still name a
 * group merged away since: a number is read through the merges (union-find
 * with path compression), and the list is rewritten, each adjacent group
 * once, when it is read. A merge appends one list to the other, instead of
 * renaming the merged group in every neighbour's set (at 27,000 applications
 * the largest block's 13,400 merges made 197,688 such set updates).
 *
 * With `build`, lists are made when first needed (from the group's items'
 * links): an incremental run reads the lists of the few groups it
 * recomputes, not of every group it replays.
 */
export class GroupAdjacency {
  private readonly lists: Array<number[] | undefined>;
  /** The group each number went into (itself while it is a group). */
  private readonly parent: Int32Array;
  /** Scratch: the read in which a group was last met. */
  private readonly seen: Int32Array;
  private reads = 0;

  constructor(
    size: number,
    /** A group's adjacent items (any numbers they had; repeats allowed), for a list not made yet. */
    private readonly build?: (group: number) => number[],
  ) {
    this.lists = build ? new Array(size) : Array.from({ length: size }, () => []);
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
    this.seen = new Int32Array(size);
  }

  /** Makes two groups adjacent (a pair given twice, or both ways, is kept once). */
  link(a: number, b: number): void {
    if (a === b) return;
    this.listOf(a).push(b);
    this.listOf(b).push(a);
  }

  private listOf(g: number): number[] {
    let list = this.lists[g];
    if (!list) this.lists[g] = list = this.build!(g);
    return list;
  }

  /**
   * Group `from` goes into group `into`: `into` is adjacent to the groups
   * either was adjacent to. Two groups without lists yet stay without (read
   * later from their items).
   */
  merge(into: number, from: number): void {
    if (this.lists[into] || this.lists[from]) {
      let kept = this.listOf(into);
      let added = this.listOf(from);
      if (added.length > kept.length) [kept, added] = [added, kept];
      for (let i = 0; i < added.length; i++) kept.push(added[i]);
      this.lists[into] = kept;
      this.lists[from] = undefined;
    }
    this.parent[from] = into;
  }

  /** The group an item or former group is in now. */
  groupOf(item: number): number {
    return this.find(item);
  }

  /**
   * The groups adjacent to group `g`, each once, by their current numbers
   * (the array is g's own list: read it before the next merge).
   */
  of(g: number): readonly number[] {
    const list = this.listOf(g);
    const read = ++this.reads;
    this.seen[g] = read;
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const z = this.find(list[i]);
      if (this.seen[z] === read) continue;
      this.seen[z] = read;
      list[kept++] = z;
    }
    list.length = kept;
    return list;
  }

  private find(start: number): number {
    const parent = this.parent;
    let root = start;
    while (parent[root] !== root) root = parent[root];
    // path compression: every number on the way points at the root
    for (let i = start; parent[i] !== root; ) {
      const next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }
}
