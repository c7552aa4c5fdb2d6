import { MergeHeap } from './MergeHeap';

function drain(heap: MergeHeap): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (heap.size > 0) {
    out.push([heap.topX, heap.topY]);
    heap.pop();
  }
  return out;
}

describe('MergeHeap', () => {
  it('pops by similarity, then by pair (x, y) ascending', () => {
    const heap = new MergeHeap();
    heap.push(0.5, 3, 9);
    heap.push(0.9, 1, 2);
    heap.push(0.5, 2, 7);
    heap.push(0.5, 2, 4);
    heap.push(0.7, 0, 5);
    expect(drain(heap)).toEqual([[1, 2], [0, 5], [2, 4], [2, 7], [3, 9]]);
    expect(heap.size).toBe(0);
  });

  it('breaks ties on the order it is given, and keeps the stamp of each entry', () => {
    // items ordered by name, not by number
    const names = ['d', 'b', 'a', 'c'];
    const heap = new MergeHeap((a, b) => names[a].localeCompare(names[b]));
    heap.push(0.5, 0, 1, 7);
    heap.push(0.5, 2, 3, 8);
    heap.push(0.5, 1, 3, 9);
    heap.push(0.6, 0, 3, 10);
    const popped: number[][] = [];
    while (heap.size > 0) {
      popped.push([heap.topX, heap.topY, heap.topStamp]);
      heap.pop();
    }
    // a < b < c < d
    expect(popped).toEqual([[0, 3, 10], [2, 3, 8], [1, 3, 9], [0, 1, 7]]);
  });

  it('keeps the order of the entries a compaction keeps, past its initial capacity', () => {
    const heap = new MergeHeap();
    const expected: Array<[number, number, number]> = [];
    for (let i = 0; i < 3000; i++) {
      const sim = ((i * 7919) % 101) / 100;
      const x = i % 50;
      const y = 50 + (i % 997);
      heap.push(sim, x, y);
      expected.push([sim, x, y]);
    }
    const kept: Array<[number, number]> = [];
    heap.compact(
      x => x % 3 !== 0,
      (x, y) => kept.push([x, y]),
    );
    const survivors = expected.filter(([, x]) => x % 3 !== 0);
    expect(kept).toHaveLength(survivors.length);
    survivors.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    expect(drain(heap)).toEqual(survivors.map(([, x, y]) => [x, y]));
  });
});
