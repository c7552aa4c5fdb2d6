import { isAbbreviationOf } from './abbreviation';

describe('isAbbreviationOf', () => {
  it.each([
    ['SIMASDIN', 'Sistem Informasi Manajemen Surat Dinas'],
    ['LAKSA', 'Layanan Aspirasi dan Keluhan Masyarakat'],
    ['SIKD', 'Sistem Informasi Kearsipan Dinamis'],
    ['SIKD', 'Sistem Informasi Keuangan Daerah'],
    ['SIPBMD', 'Sistem Informasi Pengelolaan Barang Milik Daerah'],
    ['Simponi', 'Sistem Informasi PNBP Online'],
  ])('%s abbreviates %s', (short, long) => {
    expect(isAbbreviationOf(short, long)).toBe(true);
  });

  it.each([
    ['KLHK', 'Sistem Informasi Manajemen Surat Dinas'],
    ['SIGAJI', 'Sistem Informasi Manajemen Surat Dinas'],
    ['PPDB', 'Sistem Informasi Persuratan'],
    // the first letter must start a word: "asip" is inside "Sistem Informasi Persuratan"
    ['ASIP', 'Sistem Informasi Persuratan'],
    ['S', 'Sistem'],
    ['SIPAS', ''],
  ])('%s does not abbreviate %j', (short, long) => {
    expect(isAbbreviationOf(short, long)).toBe(false);
  });
});
