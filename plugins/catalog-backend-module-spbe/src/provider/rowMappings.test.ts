import { lifecycleOf, mapJenis } from './rowMappings';

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

describe('lifecycleOf', () => {
  it.each([
    ['aktif', 'production'],
    ['Pengembangan', 'experimental'],
    ['nonaktif', 'deprecated'],
    [undefined, 'production'],
    ['', 'production'],
    ['rusak', 'production'],
  ])('maps status %p to %p', (status, lifecycle) => {
    expect(lifecycleOf(status)).toBe(lifecycle);
  });
});
