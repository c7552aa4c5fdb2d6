import { addProfile, CodeProfile, codesAgree, codesConflict } from './codeProfile';
import { GroupAdjacency } from './GroupAdjacency';
import { MergeHeap, PAIR } from './MergeHeap';

/** One item to cluster: a sum of unit vectors (`size` of them). */
export interface LinkageItem {
  size: number;
  /** Sum of the items' normalised weight vectors, by term id. */
  vector: Map<number, number>;
  /** Function codes its members carry (see codeProfile.ts). */
  codes?: CodeProfile;
}

export interface LinkageRules {
  /**
   * Two groups whose members carry function codes of one domain merge only
   * when the shares of those codes overlap at least this much (0 = no check).
   */
  minCodeOverlap?: number;
  /**
   * Average similarity from which two groups merge when their function codes
   * agree (`codesAgree`): below `threshold`, because the official reference
   * code is evidence of one function that names do not always show. Default:
   * `threshold` (no lower bar).
   */
  agreedThreshold?: number;
  /**
   * Content terms (words, not codes or code names): with it, a merge that
   * only agreeing codes allow also needs MIN_SHARED_WORDS shared words.
   */
  isContent?: (term: number) => boolean;
}

/** Average pairwise cosine between two groups of unit vectors given their sums. */
export function averageSimilarity(a: LinkageItem, b: LinkageItem): number {
  const small = a.vector.size <= b.vector.size ? a.vector : b.vector;
  const large = small === a.vector ? b.vector : a.vector;
  let dot = 0;
  // forEach, not for-of: no entry array per term (same order, same sum)
  small.forEach((w, t) => {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  });
  return Math.round((dot / (a.size * b.size)) * 1e9) / 1e9;
}

/** A group while clustering: its vector's entries also as arrays, in the map's order, for the loops below. */
interface Group extends LinkageItem {
  ids: Int32Array;
  weights: Float64Array;
}

function group(size: number, vector: Map<number, number>, codes: CodeProfile | undefined): Group {
  const ids = new Int32Array(vector.size);
  const weights = new Float64Array(vector.size);
  let i = 0;
  vector.forEach((w, t) => {
    ids[i] = t;
    weights[i++] = w;
  });
  return { size, vector, codes, ids, weights };
}

/**
 * `averageSimilarity(a, b)` where `a`'s vector is also scattered into `dense`
 * (by term id, zero elsewhere): the same sum in the same order, without a
 * map lookup per term when `b`'s vector is the smaller one.
 */
function averageSimilarityDense(a: Group, b: Group, aFirst: boolean, dense: Float64Array): number {
  const aSmall = aFirst ? a.vector.size <= b.vector.size : a.vector.size < b.vector.size;
  let dot = 0;
  if (aSmall) {
    // averageSimilarity(first, second): over the smaller, the first on a tie
    const first = aFirst ? a : b;
    const second = aFirst ? b : a;
    const small = first.vector.size <= second.vector.size ? first : second;
    const large = small === first ? second.vector : first.vector;
    for (let i = 0; i < small.ids.length; i++) {
      const v = large.get(small.ids[i]);
      if (v !== undefined) dot += small.weights[i] * v;
    }
  } else {
    for (let i = 0; i < b.ids.length; i++) {
      const v = dense[b.ids[i]];
      if (v !== 0) dot += b.weights[i] * v;
    }
  }
  return Math.round((dot / (a.size * b.size)) * 1e9) / 1e9;
}

/** Average pairwise cosine inside a group (self pairs excluded). */
export function internalSimilarity(item: LinkageItem): number {
  if (item.size < 2) return 1;
  let sq = 0;
  for (const w of item.vector.values()) sq += w * w;
  return Math.round(((sq - item.size) / (item.size * (item.size - 1))) * 1e9) / 1e9;
}

/**
 * The dense scatter buffer, shared by the calls (one per block of the graph,
 * hundreds at 270,000 applications, each as long as the term count): every
 * call leaves it all zero, as it found it.
 */
let scratch = new Float64Array(0);
function denseScratch(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/**
 * Content words two groups must share for a merge that only agreeing codes
 * allow (below `threshold`): the official code says "one function", the words
 * must still say the same thing. Personnel records and attendance both carry
 * RAL.02.04 and share "pegawai", but nothing else. (Hand-labelled sets: sixth
 * F1 0.711 -> 0.787, fifth 0.785 -> 0.770, others unchanged; the same for a
 * share of 0.01 to 0.03.)
 */
const MIN_SHARED_WORDS = 3;
/** Average weight (per member) from which a group uses a word. */
const SHARED_WEIGHT = 0.02;

/** Content words both groups use, each at an average weight of at least SHARED_WEIGHT. */
function sharedContentWords(a: LinkageItem, b: LinkageItem, isContent: (t: number) => boolean): number {
  const small = a.vector.size <= b.vector.size ? a : b;
  const large = small === a ? b : a;
  let n = 0;
  small.vector.forEach((w, t) => {
    if (w / small.size < SHARED_WEIGHT || !isContent(t)) return;
    const v = large.vector.get(t);
    if (v !== undefined && v / large.size >= SHARED_WEIGHT) n++;
  });
  return n;
}

/**
 * Average-linkage (UPGMA) agglomeration restricted to candidate edges:
 * repeatedly merges the two connected groups with the highest average
 * pairwise cosine while it reaches `threshold`. Unlike connected components
 * (single linkage) a chain of pairwise links does not merge two functions
 * unless their members are similar on average. Deterministic: ties break on
 * the item order given. Returns groups of item indices.
 */
export function averageLinkage(
  items: LinkageItem[],
  /** Candidate pairs: `[a, b]` tuples, or flat pairs `a0, b0, a1, b1, ...`. */
  edges: ReadonlyArray<readonly [number, number]> | Int32Array,
  threshold: number,
  rules: LinkageRules = {},
): number[][] {
  const n = items.length;
  if (n >= PAIR) throw new RangeError(`averageLinkage: ${n} items in one block, at most ${PAIR - 1}`);
  const minCodeOverlap = rules.minCodeOverlap ?? 0;
  const agreedThreshold = Math.min(rules.agreedThreshold ?? threshold, threshold);
  const isContent = rules.isContent;
  // A group's vector is the item's own until the group grows (copied on first write).
  const groups: Array<Group | undefined> = items.map(i => group(i.size, i.vector, addProfile(undefined, i.codes)));
  const owned = new Uint8Array(n);
  const members: Array<number[] | undefined> = items.map((_, i) => [i]);
  const adjacency = new GroupAdjacency(n);
  const flat = edges instanceof Int32Array;
  const pairs = flat ? edges.length / 2 : edges.length;
  for (let p = 0; p < pairs; p++) {
    const a = flat ? edges[2 * p] : (edges as ReadonlyArray<readonly [number, number]>)[p][0];
    const b = flat ? edges[2 * p + 1] : (edges as ReadonlyArray<readonly [number, number]>)[p][1];
    adjacency.link(a, b);
  }
  /** Heap entries by group (either side). */
  const entries = new Int32Array(n);
  const heap = new MergeHeap();
  // A popped pair merges when it was last offered (accepted) after the last
  // merge of either group, at the similarity of the entry popped, which can
  // be one from before a group's last merge (the pair's best recent value).
  // Checking each entry's own versions instead (strict UPGMA) lowers pairwise
  // F1 (generated inventory 0.755 -> 0.731, hand set 0.754 -> 0.750), so this
  // rule stays until the clustering is re-tuned. Adjacent groups stay
  // adjacent, and a group that merges offers itself to all its neighbours, so
  // the last offer of a pair is the one made by whichever group merged last:
  // the pair is valid unless that group refused it (none merged: the entry
  // was accepted at the start).
  /** When each group last merged (a count of merges; 0 = never). */
  const mergedAt = new Int32Array(n);
  let merges = 0;
  /** Per group: the neighbours it refused when it offered itself after its last merge. */
  const refused: Array<Set<number> | undefined> = new Array(n);
  // group `a`'s vector by term id while it offers to its neighbours
  let maxTerm = 0;
  const widen = (_: number, t: number) => {
    if (t > maxTerm) maxTerm = t;
  };
  for (const item of items) item.vector.forEach(widen);
  const dense = denseScratch(maxTerm + 1);
  const scatter = (a: number, w: number) => {
    const { ids, weights } = groups[a]!;
    for (let i = 0; i < ids.length; i++) dense[ids[i]] = w === 0 ? 0 : weights[i];
  };
  /** Offers the pair of `a` (scattered into `dense`) and `b`; false when refused. */
  const offer = (a: number, b: number): boolean => {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    const sim = averageSimilarityDense(groups[a]!, groups[b]!, a === x, dense);
    if (sim < agreedThreshold - 1e-9) return false;
    // below the threshold, only agreeing codes and shared content words let the pair merge
    if (sim < threshold - 1e-9) {
      if (!codesAgree(groups[x]!.codes, groups[y]!.codes)) return false;
      if (isContent && sharedContentWords(groups[x]!, groups[y]!, isContent) < MIN_SHARED_WORDS) return false;
    }
    if (codesConflict(groups[x]!.codes, groups[y]!.codes, minCodeOverlap)) return false;
    heap.push(sim, x, y);
    entries[x]++;
    entries[y]++;
    return true;
  };
  for (let a = 0; a < n; a++) {
    scatter(a, 1);
    const list = adjacency.of(a);
    for (let i = 0; i < list.length; i++) if (a < list[i]) offer(a, list[i]);
    scatter(a, 0);
  }
  // Entries of merged-away groups never merge again: dropped from the heap
  // once they may be the majority. `dead` counts the entries of each group
  // merged away (an entry whose two groups both went is counted twice), so
  // at least half of `dead` are in the heap when it passes the heap's size.
  const alive = (x: number, y: number) => groups[x] !== undefined && groups[y] !== undefined;
  const recount = (x: number, y: number) => {
    entries[x]++;
    entries[y]++;
  };
  let dead = 0;
  while (heap.pop()) {
    const x = heap.topX;
    const y = heap.topY;
    entries[x]--;
    entries[y]--;
    if (!groups[x] || !groups[y]) continue;
    const mx = mergedAt[x];
    const my = mergedAt[y];
    if (mx !== my && (mx > my ? refused[x]?.has(y) : refused[y]?.has(x))) continue;
    // merge y into x (x < y keeps the smallest index as the group's id)
    const gx = groups[x]!;
    const gy = groups[y]!;
    const intoX = gx.vector.size >= gy.vector.size;
    const small = intoX ? gy : gx;
    const kept = intoX ? gx.vector : gy.vector;
    const big = owned[intoX ? x : y] ? kept : new Map(kept);
    for (let i = 0; i < small.ids.length; i++) {
      const t = small.ids[i];
      big.set(t, (big.get(t) ?? 0) + small.weights[i]);
    }
    owned[x] = 1;
    groups[x] = group(gx.size + gy.size, big, addProfile(gx.codes, gy.codes));
    groups[y] = undefined;
    dead += entries[y];
    if (dead > heap.size && heap.size > 4096) {
      entries.fill(0);
      heap.compact(alive, recount);
      dead = 0;
    }
    const into = members[x]!;
    for (const m of members[y]!) into.push(m);
    members[y] = undefined;
    mergedAt[x] = ++merges;
    adjacency.merge(x, y);
    const nx = adjacency.of(x);
    refused[x] = undefined;
    refused[y] = undefined;
    scatter(x, 1);
    for (let i = 0; i < nx.length; i++) {
      if (!offer(x, nx[i])) (refused[x] ??= new Set()).add(nx[i]);
    }
    scatter(x, 0);
  }
  return members.filter((m): m is number[] => !!m).map(m => m.sort((a, b) => a - b));
}
