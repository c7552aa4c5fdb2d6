import {
  addVectors,
  averageOf,
  dot,
  dotDense,
  GroupVector,
  internalAverage,
  SCALE,
  sumVectors,
  unitVector,
  vectorOfMap,
} from './GroupVector';
import { createPrng } from '../testing/prng';

/** A random unit vector over term ids below `terms`. */
function randomUnit(random: () => number, terms: number): GroupVector {
  const raw = new Map<number, number>();
  const n = 1 + Math.floor(random() * 6);
  for (let k = 0; k < n; k++) raw.set(Math.floor(random() * terms), random());
  const norm = Math.sqrt([...raw.values()].reduce((s, w) => s + w * w, 0));
  return vectorOfMap(new Map([...raw].map(([t, w]) => [t, w / norm])));
}

const same = (a: GroupVector, b: GroupVector) => {
  expect([...a.ids]).toEqual([...b.ids]);
  expect([...a.weights]).toEqual([...b.weights]);
};

describe('GroupVector', () => {
  it('keeps term ids ascending and weights as integers of 1 / SCALE', () => {
    const v = vectorOfMap(new Map([[7, 0.6], [2, 0.8]]));
    expect([...v.ids]).toEqual([2, 7]);
    expect([...v.weights]).toEqual([Math.round(0.8 * SCALE), Math.round(0.6 * SCALE)]);
    // copies of one vector
    expect([...unitVector(v.ids, Float64Array.from([0.8, 0.6]), 3).weights]).toEqual([...v.weights].map(w => w * 3));
  });

  it('sums to the same vector in any order (exact integer sums)', () => {
    const random = createPrng(5);
    const dense = new Float64Array(64);
    for (let round = 0; round < 30; round++) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 8) }, () => randomUnit(random, 64));
      const forward = parts.reduce((acc, v) => addVectors(acc, v));
      const backward = [...parts].reverse().reduce((acc, v) => addVectors(acc, v));
      // a merge tree: pairs first
      const paired: GroupVector[] = [];
      for (let i = 0; i < parts.length; i += 2) paired.push(i + 1 < parts.length ? addVectors(parts[i], parts[i + 1]) : parts[i]);
      const tree = paired.reduce((acc, v) => addVectors(acc, v));
      same(forward, backward);
      same(forward, tree);
      same(forward, sumVectors(parts, dense));
      // the buffer is left all zero
      expect(dense.every(x => x === 0)).toBe(true);
    }
  });

  it('gives the same dot product through the buffer and by merging the two lists', () => {
    const random = createPrng(9);
    const dense = new Float64Array(40);
    for (let round = 0; round < 50; round++) {
      const a = [0, 1, 2].map(() => randomUnit(random, 40)).reduce((x, y) => addVectors(x, y));
      const b = randomUnit(random, 60);
      for (let i = 0; i < a.ids.length; i++) dense[a.ids[i]] = a.weights[i];
      // b may name terms past the buffer's end: not terms of a
      expect(dotDense(dense, b)).toBe(dot(a, b));
      expect(dot(b, a)).toBe(dot(a, b));
      dense.fill(0);
    }
  });

  it('gives average similarities of groups of unit vectors', () => {
    const x = vectorOfMap(new Map([[1, 1]]));
    const y = vectorOfMap(new Map([[1, Math.SQRT1_2], [2, Math.SQRT1_2]]));
    expect(averageOf(dot(x, y), 1, 1)).toBeCloseTo(Math.SQRT1_2, 8);
    // two copies of x against y: the same average
    const xx = addVectors(x, x);
    expect(averageOf(dot(xx, y), 2, 1)).toBeCloseTo(Math.SQRT1_2, 8);
    // inside {x, y}: the one pair
    expect(internalAverage(addVectors(x, y), 2)).toBeCloseTo(Math.SQRT1_2, 8);
    expect(internalAverage(xx, 2)).toBeCloseTo(1, 8);
    expect(internalAverage(x, 1)).toBe(1);
  });
});
