import { VectorArena } from './VectorArena';

const run = (arena: VectorArena, nid: number) => {
  const at = arena.offsetOf[nid];
  const n = arena.lengthOf[nid];
  return {
    ids: [...arena.ids.subarray(at, at + n)],
    weights: [...arena.weights.subarray(at, at + n)],
    inText: [...arena.inText.subarray(at, at + n)],
  };
};

describe('VectorArena', () => {
  it('keeps the runs of kept nodes through compaction and drops released ones', () => {
    const arena = new VectorArena();
    arena.reserve(8);
    const live = new Set<number>();
    const add = (nid: number, length: number) => {
      const ids = Int32Array.from({ length }, (_, i) => nid * 10_000 + i);
      const weights = Float64Array.from({ length }, (_, i) => nid + i / length);
      const inText = Uint8Array.from({ length }, (_, i) => (i + nid) % 2);
      arena.add(nid, ids, weights, inText, 8, x => live.has(x));
      live.add(nid);
    };
    add(0, 1500);
    add(1, 1500);
    arena.release(0);
    live.delete(0);
    // no room for 2,000 more in 4,096: compaction keeps node 1 only, then grows
    add(2, 2000);
    expect(run(arena, 1).ids[0]).toBe(10_000);
    expect(run(arena, 1).ids).toHaveLength(1500);
    expect(run(arena, 1).weights[1499]).toBeCloseTo(1 + 1499 / 1500);
    expect(run(arena, 1).inText.slice(0, 3)).toEqual([1, 0, 1]);
    expect(run(arena, 2).ids[1999]).toBe(2 * 10_000 + 1999);
    expect(arena.offsetOf[1]).toBe(0);
    expect(arena.offsetOf[2]).toBe(1500);
    add(3, 5000);
    expect(run(arena, 1).ids[1499]).toBe(10_000 + 1499);
    expect(run(arena, 2).ids[0]).toBe(20_000);
    expect(run(arena, 3).ids).toHaveLength(5000);
    expect(run(arena, 2).inText.slice(1996)).toEqual([0, 1, 0, 1]);
  });

  it('keeps offsets and lengths when it reserves room for more node ids', () => {
    const arena = new VectorArena();
    arena.add(3, Int32Array.of(7, 9), Float64Array.of(0.5, 0.25), Uint8Array.of(1, 0), 4, () => true);
    arena.reserve(5000);
    expect(arena.offsetOf).toHaveLength(5000);
    expect(run(arena, 3)).toEqual({ ids: [7, 9], weights: [0.5, 0.25], inText: [1, 0] });
  });
});
