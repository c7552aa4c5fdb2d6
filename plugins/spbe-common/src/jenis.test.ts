import { mapJenis } from './jenis';

describe('mapJenis', () => {
  it.each([
    ['umum', 'umum'],
    [' Umum ', 'umum'],
    ['Aplikasi Umum', 'umum'],
    ['APLIKASI  KHUSUS', 'khusus'],
    ['U', 'umum'],
    ['k', 'khusus'],
    ['Khusus', 'khusus'],
    ['Spesial', 'Spesial'],
    [undefined, undefined],
  ])('maps %p to %p', (input, expected) => {
    expect(mapJenis(input)).toBe(expected);
  });
});
