import { KABUPATEN_KOTA } from '@internal/plugin-spbe-common';
import { PROVINCES } from './provinces';

describe('regional data', () => {
  it('has 38 provinces and 415 kabupaten plus 93 kota, each under a known province', () => {
    expect(PROVINCES).toHaveLength(38);
    const slugs = new Set(PROVINCES.map(p => p.slug));
    expect(Object.keys(KABUPATEN_KOTA).filter(s => !slugs.has(s))).toEqual([]);
    const all = Object.values(KABUPATEN_KOTA);
    expect(all.reduce((n, p) => n + p.kab.length, 0)).toBe(415);
    expect(all.reduce((n, p) => n + p.kota.length, 0)).toBe(93);
  });

  it('names no kabupaten or kota twice', () => {
    const kab = Object.values(KABUPATEN_KOTA).flatMap(p => p.kab);
    const kota = Object.values(KABUPATEN_KOTA).flatMap(p => p.kota);
    expect(new Set(kab).size).toBe(kab.length);
    expect(new Set(kota).size).toBe(kota.length);
  });
});
