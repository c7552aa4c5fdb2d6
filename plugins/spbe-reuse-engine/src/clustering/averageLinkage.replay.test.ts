import { LinkageGraph, LinkageResult, LinkageRules, runLinkage } from './averageLinkage';
import { codeProfile } from './codeProfile';
import { GroupVector, unitVector } from './GroupVector';
import { createPrng } from '../testing/prng';

/** A mutable test graph: items with unit vectors over a few terms, codes and links. */
class TestGraph {
  readonly vectors = new Map<number, GroupVector>();
  readonly counts = new Map<number, number>();
  readonly codes = new Map<number, string | undefined>();
  readonly links = new Map<number, Set<number>>();
  /** The items' order: by a name, not by number. */
  readonly names = new Map<number, string>();

  constructor(private readonly random: () => number) {}

  setItem(id: number): void {
    const r = this.random;
    const raw = new Map<number, number>();
    // few terms, so that many pairs pass the thresholds
    for (let k = 0; k < 3; k++) raw.set(Math.floor(r() * 7), r());
    const entries = [...raw].sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
    const count = r() < 0.2 ? 2 : 1;
    this.vectors.set(id, unitVector(Int32Array.from(entries, e => e[0]), Float64Array.from(entries, e => e[1] / norm), count));
    this.counts.set(id, count);
    const code = r() < 0.5 ? 'RAL.02.04' : 'RAL.02.07';
    this.codes.set(id, r() < 0.3 ? code : undefined);
    if (!this.names.has(id)) this.names.set(id, `n${Math.floor(r() * 1e6).toString().padStart(6, '0')}-${id}`);
    if (!this.links.has(id)) this.links.set(id, new Set());
  }

  link(a: number, b: number): void {
    if (a === b) return;
    this.links.get(a)!.add(b);
    this.links.get(b)!.add(a);
  }

  unlink(a: number, b: number): void {
    this.links.get(a)?.delete(b);
    this.links.get(b)?.delete(a);
  }

  remove(id: number): void {
    for (const b of this.links.get(id) ?? []) this.links.get(b)!.delete(id);
    this.links.delete(id);
    this.vectors.delete(id);
    this.counts.delete(id);
    this.codes.delete(id);
    this.names.delete(id);
  }

  get ids(): number[] {
    return [...this.vectors.keys()];
  }

  view(size: number): LinkageGraph {
    return {
      size,
      order: (a, b) => this.names.get(a)!.localeCompare(this.names.get(b)!),
      count: a => this.counts.get(a)!,
      vector: a => this.vectors.get(a)!,
      codes: a => {
        const code = this.codes.get(a);
        return code ? codeProfile([['RAL', code]], this.counts.get(a)!) : undefined;
      },
      forEachAdjacent: (a, visit) => this.links.get(a)!.forEach(b => visit(b)),
    };
  }
}

const RULES: LinkageRules = { minCodeOverlap: 0.2, agreedThreshold: 0.3, isContent: t => t < 5 };
const THRESHOLD = 0.5;

/** Groups of more than one item, as sorted strings (a partition to compare). */
function partition(groups: number[][]): string[] {
  return groups
    .filter(g => g.length > 1)
    .map(g => [...g].sort((a, b) => a - b).join(','))
    .sort();
}

describe('runLinkage replaying a log', () => {
  it('gives the groups of a full run after random edits, round after round', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = createPrng(seed);
      const graph = new TestGraph(random);
      let nextId = 0;
      const n = 40;
      for (let i = 0; i < n; i++) graph.setItem(nextId++);
      for (let e = 0; e < n * 3; e++) graph.link(Math.floor(random() * n), Math.floor(random() * n));
      const size = () => nextId;
      const run = runLinkage(graph.view(size()), graph.ids, THRESHOLD, RULES);
      // the groups as the incremental side keeps them: item -> its group
      let groups = run.groups.map(g => g.members);
      let log: LinkageResult['log'] = run.log;
      let replayedSome = false;
      for (let round = 0; round < 6; round++) {
        const dirty = new Set<number>();
        const edits = 1 + Math.floor(random() * 3);
        for (let k = 0; k < edits; k++) {
          const ids = graph.ids;
          const kind = random();
          const a = ids[Math.floor(random() * ids.length)];
          const b = ids[Math.floor(random() * ids.length)];
          if (kind < 0.3) {
            graph.setItem(a);
            dirty.add(a);
          } else if (kind < 0.5) {
            graph.link(a, b);
            if (a !== b) dirty.add(a).add(b);
          } else if (kind < 0.7) {
            if (graph.links.get(a)!.has(b)) dirty.add(a).add(b);
            graph.unlink(a, b);
          } else if (kind < 0.85) {
            const id = nextId++;
            graph.setItem(id);
            graph.link(id, a);
            dirty.add(id).add(a);
          } else if (ids.length > 10) {
            for (const c of graph.links.get(a)!) dirty.add(c);
            graph.remove(a);
            dirty.delete(a);
          }
        }
        const live = (x: number) => (graph.vectors.has(x) ? x : -1);
        const replayed = runLinkage(
          graph.view(size()),
          dirty,
          THRESHOLD,
          RULES,
          { xs: log.xs.map(live), ys: log.ys.map(live), sims: log.sims },
        );
        const full = runLinkage(graph.view(size()), graph.ids, THRESHOLD, RULES);
        // the incremental side: the groups it recomputed, and the others as they were
        const recomputed = new Set(replayed.groups.flatMap(g => g.members));
        groups = [
          ...groups.filter(g => g.every(m => graph.vectors.has(m) && !recomputed.has(m))),
          ...replayed.groups.map(g => g.members),
        ];
        expect(partition(groups)).toEqual(partition(full.groups.map(g => g.members)));
        // the same merges, so the next round replays a complete log
        expect(replayed.log.xs.length).toBe(full.log.xs.length);
        if (replayed.groups.length < full.groups.length) replayedSome = true;
        log = replayed.log;
      }
      // the test replays: not every group was recomputed
      expect(replayedSome).toBe(true);
    }
  });

  it('recomputes only what an edit reaches', () => {
    // two separate chains of near-identical items; an edit in one leaves the other replayed
    const random = createPrng(3);
    const graph = new TestGraph(random);
    const same = unitVector(Int32Array.from([1, 2]), Float64Array.from([Math.SQRT1_2, Math.SQRT1_2]));
    for (let i = 0; i < 20; i++) {
      graph.setItem(i);
      graph.vectors.set(i, same);
      graph.counts.set(i, 1);
      graph.codes.set(i, undefined);
      if (i % 10 !== 0) graph.link(i - 1, i);
    }
    const first = runLinkage(graph.view(20), graph.ids, THRESHOLD, RULES);
    expect(partition(first.groups.map(g => g.members))).toEqual([
      '0,1,2,3,4,5,6,7,8,9',
      '10,11,12,13,14,15,16,17,18,19',
    ]);
    graph.unlink(4, 5);
    const live = (x: number) => x;
    const replayed = runLinkage(graph.view(20), [4, 5], THRESHOLD, RULES, {
      xs: first.log.xs.map(live),
      ys: first.log.ys.map(live),
      sims: first.log.sims,
    });
    expect(partition(replayed.groups.map(g => g.members))).toEqual(['0,1,2,3,4', '5,6,7,8,9']);
    expect(replayed.groups.flatMap(g => g.members).some(m => m >= 10)).toBe(false);
  });
});
