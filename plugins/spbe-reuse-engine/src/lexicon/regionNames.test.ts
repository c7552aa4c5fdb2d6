import { regionNameEnd } from './regionNames';
import { tokenize } from './tokens';

describe('regionNameEnd', () => {
  const end = (text: string, markerEnd: number) => regionNameEnd(tokenize(text), markerEnd);

  it('takes the longest kabupaten or kota name after a place marker', () => {
    expect(end('SKP Online Kab. Siak', 3)).toBe(4);
    expect(end('Kabupaten Lima Puluh Kota', 1)).toBe(4);
    expect(end('Pemkab Tanah Datar Sehat', 1)).toBe(3);
    expect(end('Kota Batu', 1)).toBe(2);
  });

  it('leaves words that name no kabupaten or kota, and words without a marker', () => {
    expect(end('Kota Layak Anak', 1)).toBe(1);
    expect(end('Kota Cerdas', 1)).toBe(1);
    expect(end('Dinas Siak', 1)).toBe(1);
    expect(end('Kab.', 1)).toBe(1);
  });
});
