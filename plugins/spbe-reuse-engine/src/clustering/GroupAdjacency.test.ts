import { GroupAdjacency } from './GroupAdjacency';
import { createPrng } from '../testing/prng';

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

describe('GroupAdjacency', () => {
  it('lists each adjacent group once, whichever way and however often a pair was linked', () => {
    const adjacency = new GroupAdjacency(4);
    adjacency.link(0, 1);
    adjacency.link(1, 0);
    adjacency.link(0, 2);
    adjacency.link(0, 2);
    adjacency.link(3, 3);
    expect(sorted(adjacency.of(0))).toEqual([1, 2]);
    expect(adjacency.of(1)).toEqual([0]);
    expect(adjacency.of(3)).toEqual([]);
  });

  it('reads merged groups by the group they went into, and never a group as its own neighbour', () => {
    const adjacency = new GroupAdjacency(5);
    adjacency.link(0, 1);
    adjacency.link(1, 2);
    adjacency.link(2, 3);
    adjacency.link(3, 4);
    adjacency.merge(1, 2);
    expect(sorted(adjacency.of(1))).toEqual([0, 3]);
    // 3 still lists 2, which went into 1
    expect(sorted(adjacency.of(3))).toEqual([1, 4]);
    adjacency.merge(3, 1);
    expect(sorted(adjacency.of(3))).toEqual([0, 4]);
    expect(adjacency.of(0)).toEqual([3]);
  });

  it('agrees with sets renamed at every merge over random links and merges', () => {
    const random = createPrng(11);
    for (let round = 0; round < 20; round++) {
      const n = 30;
      const adjacency = new GroupAdjacency(n);
      const sets = Array.from({ length: n }, () => new Set<number>());
      for (let e = 0; e < 60; e++) {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        adjacency.link(a, b);
        if (a !== b) {
          sets[a].add(b);
          sets[b].add(a);
        }
      }
      const alive = new Set(Array.from({ length: n }, (_, i) => i));
      for (let m = 0; m < 20; m++) {
        const groups = [...alive];
        const x = groups[Math.floor(random() * groups.length)];
        const y = groups[Math.floor(random() * groups.length)];
        if (x === y) continue;
        adjacency.merge(x, y);
        alive.delete(y);
        for (const z of sets[y]) {
          sets[z].delete(y);
          if (z !== x) {
            sets[z].add(x);
            sets[x].add(z);
          }
        }
        sets[x].delete(y);
        sets[y].clear();
        for (const g of alive) expect(sorted(adjacency.of(g))).toEqual(sorted([...sets[g]]));
      }
    }
  });
});
