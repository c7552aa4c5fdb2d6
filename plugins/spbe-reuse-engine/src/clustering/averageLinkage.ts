import { addProfile, CodeProfile, codesAgree, codesConflict, sortedProfile } from './codeProfile';
import { GroupAdjacency } from './GroupAdjacency';
import { addVectors, averageOf, dot, dotDense, GroupVector, SCALE, sumVectors } from './GroupVector';
import { MergeHeap } from './MergeHeap';

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

/** The items of a run, numbered below `size` (not every number need be an item). */
export interface LinkageGraph {
  size: number;
  /** The items' order (negative: `a` first): similarity ties break on it, and a group is numbered by its first item. */
  order(a: number, b: number): number;
  /** How many unit vectors the item stands for (copies of one vector). */
  count(a: number): number;
  /** The sum of those unit vectors, in fixed point (GroupVector.ts). */
  vector(a: number): GroupVector;
  codes(a: number): CodeProfile | undefined;
  /** Calls `visit` with each item linked to `a` (some twice). */
  forEachAdjacent(a: number, visit: (b: number) => void): void;
}

/** The merges of a run in order: group `xs[i]` took group `ys[i]` at similarity `sims[i]`. */
export interface MergeLog {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  sims: ArrayLike<number>;
}

/** A group a run computed (not replayed from the previous run's log). */
export interface ComputedGroup {
  /** Its items, the group's number (its first item) first. */
  members: number[];
  /** How many unit vectors (applications). */
  size: number;
  vector: GroupVector;
}

export interface LinkageResult {
  log: { xs: number[]; ys: number[]; sims: number[] };
  /** Every group computed, single items included: the groups that may differ from the previous run. */
  groups: ComputedGroup[];
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
/**
 * Average similarity from which conflicting function codes no longer keep
 * two groups apart: groups that say nearly the same words on average (LPSE
 * offices, complaint channels) are one function, and the code of the few
 * members that disagree is more likely mistyped or scrambled (RAL.01.44 for
 * RAL.01.45 on one complaint channel) than the sign of another function.
 * Codes still separate groups below it ("kinerja" in SAKIP and in e-Kinerja
 * pegawai; palm fruit and market prices). Twenty-third set F1 0.748 -> 0.793,
 * no other set moved; 0.6 also merged an acronym trap of the eighteenth set
 * and lost 0.011 on the seventeenth; 0.8 gained only 0.016.
 */
const CODE_VETO_CEILING = 0.7;
/** Average weight (per member) from which a group uses a word. */
const SHARED_WEIGHT = 0.02;

/** Content words both groups use, each at an average weight of at least SHARED_WEIGHT. */
function sharedContentWords(
  a: GroupVector,
  sizeA: number,
  b: GroupVector,
  sizeB: number,
  isContent: (t: number) => boolean,
): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else {
      const t = a.ids[i];
      if (a.weights[i] / SCALE / sizeA >= SHARED_WEIGHT && b.weights[j] / SCALE / sizeB >= SHARED_WEIGHT && isContent(t)) n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Dense buffers by term id, shared by the runs: each run leaves them all zero, as it found them. */
let scatterBuffer = new Float64Array(0);
let sumBuffer = new Float64Array(0);
function grown(buffer: Float64Array, size: number): Float64Array {
  return buffer.length >= size ? buffer : new Float64Array(Math.max(size, buffer.length * 2));
}

/**
 * Average-linkage (UPGMA) agglomeration restricted to the graph's links:
 * repeatedly merges the two adjacent groups with the highest average pairwise
 * cosine while it reaches `threshold` (or `agreedThreshold`, see the rules).
 * Unlike connected components (single linkage) a chain of links does not
 * merge two functions unless their members are similar on average. A pair's
 * similarity is the one of the groups as they are (a merge makes its group
 * offer itself again to every neighbour). Deterministic: ties break on the
 * graph's order.
 *
 * `fresh` items are computed from scratch. With `replay` (the previous run's
 * log, numbered for this run, -1 for an item gone), every other item follows
 * that log: a merge of two groups that hold no fresh item and never met a
 * recomputed group happens as it did, without computing a similarity, and a
 * group whose logged merge can no longer happen as logged is recomputed from
 * then on. Recomputed groups' pairs go through the heap, ordered with the
 * logged merges by similarity; so the result is the one of a run with every
 * item fresh (a property test checks it), at the cost of the recomputed part.
 */
export function runLinkage(
  graph: LinkageGraph,
  fresh: Iterable<number>,
  threshold: number,
  rules: LinkageRules = {},
  replay?: MergeLog,
): LinkageResult {
  const n = graph.size;
  const minCodeOverlap = rules.minCodeOverlap ?? 0;
  const agreedThreshold = Math.min(rules.agreedThreshold ?? threshold, threshold);
  const isContent = rules.isContent;
  const before = (a: number, b: number) => graph.order(a, b) < 0;

  /** Items of each group (undefined: the group is its item alone). */
  const members: Array<number[] | undefined> = new Array(n);
  const membersOf = (g: number) => members[g] ?? [g];
  const adjacency = new GroupAdjacency(n, g => {
    const list: number[] = [];
    const push = (b: number) => {
      list.push(b);
    };
    for (const m of membersOf(g)) graph.forEachAdjacent(m, push);
    return list;
  });
  const alive = (g: number) => adjacency.groupOf(g) === g;
  /** 1 for a group recomputed (its pairs in the heap). */
  const computed = new Uint8Array(n);
  /** A group's vector, size and codes: kept for computed groups, cached for replayed ones until they merge. */
  const vectors: Array<GroupVector | undefined> = new Array(n);
  const sizes = new Float64Array(n);
  const profiles: Array<CodeProfile | undefined> = new Array(n);
  const materialise = (g: number): GroupVector => {
    let v = vectors[g];
    if (v) return v;
    const items = membersOf(g);
    if (items.length === 1) {
      v = graph.vector(g);
      sizes[g] = graph.count(g);
      profiles[g] = sortedProfile(addProfile(undefined, graph.codes(g)));
    } else {
      const parts = items.map(m => graph.vector(m));
      let maxTerm = 0;
      for (const p of parts) if (p.ids.length && p.ids[p.ids.length - 1] > maxTerm) maxTerm = p.ids[p.ids.length - 1];
      sumBuffer = grown(sumBuffer, maxTerm + 1);
      v = sumVectors(parts, sumBuffer);
      let size = 0;
      let profile: CodeProfile | undefined;
      for (const m of items) {
        size += graph.count(m);
        profile = addProfile(profile, graph.codes(m));
      }
      sizes[g] = size;
      profiles[g] = sortedProfile(profile);
    }
    vectors[g] = v;
    return v;
  };

  const heap = new MergeHeap(graph.order);
  /** Heap entries by group (either side), for compaction. */
  const entries = new Int32Array(n);
  /** When each group last merged (a count of merges; 0 = never). An entry offered before is stale. */
  const mergedAt = new Int32Array(n);
  let merges = 0;
  const valid = (x: number, y: number, stamp: number) =>
    alive(x) && alive(y) && stamp >= mergedAt[x] && stamp >= mergedAt[y];

  // the offering group's vector by term id while it offers to its neighbours
  let scattered = -1;
  const scatter = (g: number) => {
    const v = materialise(g);
    if (v.ids.length) scatterBuffer = grown(scatterBuffer, v.ids[v.ids.length - 1] + 1);
    for (let i = 0; i < v.ids.length; i++) scatterBuffer[v.ids[i]] = v.weights[i];
    scattered = g;
  };
  const unscatter = () => {
    const v = vectors[scattered]!;
    for (let i = 0; i < v.ids.length; i++) scatterBuffer[v.ids[i]] = 0;
    scattered = -1;
  };
  /** Offers the pair of the scattered group `a` and group `b`; false when refused. */
  const offer = (a: number, b: number): boolean => {
    const vb = materialise(b);
    const va = vectors[a]!;
    // the same sum either way (term id order); through the buffer unless `b` is much longer
    const product = vb.ids.length > 4 * va.ids.length ? dot(va, vb) : dotDense(scatterBuffer, vb);
    const sim = averageOf(product, sizes[a], sizes[b]);
    if (sim < agreedThreshold - 1e-9) return false;
    // (the rules are symmetric; the heap orders the pair itself, on ties only)
    // below the threshold, only agreeing codes and shared content words let the pair merge
    if (sim < threshold - 1e-9) {
      if (!codesAgree(profiles[a], profiles[b])) return false;
      if (isContent && sharedContentWords(va, sizes[a], vb, sizes[b], isContent) < MIN_SHARED_WORDS) {
        return false;
      }
    }
    if (sim < CODE_VETO_CEILING - 1e-9 && codesConflict(profiles[a], profiles[b], minCodeOverlap)) return false;
    heap.push(sim, a, b, merges);
    entries[a]++;
    entries[b]++;
    return true;
  };

  // Replayed groups with a computed neighbour: those neighbours, to offer to
  // when the replayed group merges (read through the merges, repeats allowed).
  const watchers: Array<number[] | undefined> = replay ? new Array(n) : [];
  const seen = new Int32Array(replay ? n : 0);
  let reads = 0;
  /** Offers the scattered computed group `g` to each adjacent group; replayed ones will offer back when they merge. */
  const offerAround = (g: number, onlyReplayed: boolean) => {
    const list = adjacency.of(g);
    for (let i = 0; i < list.length; i++) {
      const nb = list[i];
      if (computed[nb]) {
        if (!onlyReplayed) offer(g, nb);
      } else {
        offer(g, nb);
        if (replay) (watchers[nb] ??= []).push(g);
      }
    }
  };
  /** Group `g` is recomputed from now on: its pairs with replayed groups enter the heap. */
  const compute = (g: number) => {
    computed[g] = 1;
    scatter(g);
    // computed neighbours already offered to `g` as it is now (or refused it)
    offerAround(g, true);
    unscatter();
  };

  const log = { xs: [] as number[], ys: [] as number[], sims: [] as number[] };
  /**
   * Group `y` goes into group `x` (x first in the order). With `summed`, x's
   * vector, size and codes become the sums (read before the items move);
   * without, they are read again from its items when needed.
   */
  const join = (x: number, y: number, sim: number, summed: boolean) => {
    if (summed) {
      const vector = addVectors(materialise(x), materialise(y));
      sizes[x] += sizes[y];
      profiles[x] = sortedProfile(addProfile(addProfile(undefined, profiles[x]), profiles[y]));
      vectors[x] = vector;
    } else {
      vectors[x] = undefined;
    }
    vectors[y] = undefined;
    profiles[y] = undefined;
    adjacency.merge(x, y);
    const mx = members[x] ?? [x];
    const my = membersOf(y);
    for (let i = 0; i < my.length; i++) mx.push(my[i]);
    members[x] = mx;
    members[y] = undefined;
    mergedAt[x] = ++merges;
    log.xs.push(x);
    log.ys.push(y);
    log.sims.push(sim);
  };

  // Entries of merged-away groups never merge again: dropped from the heap
  // once they may be the majority. `dead` counts the entries of each group
  // merged away (an entry whose two groups both went is counted twice), so
  // at least half of `dead` are in the heap when it passes the heap's size.
  let dead = 0;
  const recount = (x: number, y: number) => {
    entries[x]++;
    entries[y]++;
  };
  /** Merges the heap's first pair (valid, one side computed at least); the group is computed. */
  const mergeTop = () => {
    // the group keeps the number of its first item
    const swap = before(heap.topY, heap.topX);
    const x = swap ? heap.topY : heap.topX;
    const y = swap ? heap.topX : heap.topY;
    const sim = heap.topSim;
    heap.pop();
    entries[x]--;
    entries[y]--;
    join(x, y, sim, true);
    computed[x] = 1;
    dead += entries[y];
    if (dead > heap.size && heap.size > 4096) {
      entries.fill(0);
      heap.compact(valid, recount);
      dead = 0;
    }
    scatter(x);
    offerAround(x, false);
    unscatter();
  };
  /** Drops stale entries from the heap's top; false when it is empty. */
  const settle = (): boolean => {
    while (heap.size > 0) {
      if (valid(heap.topX, heap.topY, heap.topStamp)) return true;
      entries[heap.topX]--;
      entries[heap.topY]--;
      heap.pop();
    }
    return false;
  };
  /** A logged merge of two replayed groups, as it happened: they offer themselves to their computed neighbours. */
  const replayMerge = (x: number, y: number, sim: number) => {
    // a group read before (a computed neighbour offered to it) keeps its sums
    join(x, y, sim, vectors[x] !== undefined || vectors[y] !== undefined);
    let list = watchers[x];
    const more = watchers[y];
    if (more) {
      if (!list) list = watchers[x] = more;
      else for (const w of more) list.push(w);
    }
    watchers[y] = undefined;
    if (!list) return;
    const read = ++reads;
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const g = adjacency.groupOf(list[i]);
      if (seen[g] === read) continue;
      seen[g] = read;
      list[kept++] = g;
    }
    list.length = kept;
    if (kept === 0) return;
    scatter(x);
    for (const g of list) offer(x, g);
    unscatter();
  };

  for (const item of fresh) compute(item);
  if (replay) {
    const { xs, ys, sims } = replay;
    for (let e = 0; e < xs.length; ) {
      const x = xs[e];
      const y = ys[e];
      if (x < 0 || y < 0 || !alive(x) || !alive(y) || computed[x] || computed[y]) {
        // cannot happen as logged: what is left of either group is recomputed
        if (x >= 0 && alive(x) && !computed[x]) compute(x);
        if (y >= 0 && alive(y) && !computed[y]) compute(y);
        e++;
        continue;
      }
      // a computed pair first, when it comes before the logged merge
      if (settle() && (heap.topSim > sims[e] || (heap.topSim === sims[e] && heap.pairBefore(heap.topX, heap.topY, x, y)))) {
        mergeTop();
        continue;
      }
      replayMerge(x, y, sims[e]);
      e++;
    }
  }
  while (settle()) mergeTop();

  const groups: ComputedGroup[] = [];
  for (let g = 0; g < n; g++) {
    if (!computed[g] || !alive(g)) continue;
    groups.push({ members: membersOf(g), size: sizes[g], vector: vectors[g]! });
  }
  return { log, groups };
}
