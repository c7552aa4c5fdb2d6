import { spelledOut } from './spelledOut';

describe('spelledOut', () => {
  it.each([
    ['SIPP', 'Sistem Informasi Pengaduan Publik: keluhan masyarakat', ['sistem informasi pengaduan publik']],
    ['SISRUTE', 'Sistem Informasi Rujukan Terintegrasi antar fasilitas kesehatan', ['sistem informasi rujukan terintegrasi']],
    ['SIMPEG', 'Aplikasi Sistem Informasi Manajemen Pegawai daerah', ['sistem informasi manajemen pegawai']],
    ['SIKDA', 'Sistem Informasi Kesehatan Daerah generik', ['sistem informasi kesehatan daerah']],
  ])('finds the phrase that spells %s', (acronym, text, phrases) => {
    expect(spelledOut(acronym, text)).toEqual(phrases);
  });

  it('needs every word to start where the acronym continues, and two words at least', () => {
    // letters in order but not at word starts (the Schwartz & Hearst fit would accept it)
    expect(spelledOut('SIPP', 'sistem pengaduan evaluasi pelayanan')).toEqual([]);
    // linking words may stand between, not at the ends
    expect(spelledOut('SIPP', 'sistem informasi penelusuran dan penanganan perkara')).toEqual([
      'sistem informasi penelusuran dan penanganan',
    ]);
    expect(spelledOut('SIPP', 'rekap data sipp harian')).toEqual([]);
    expect(spelledOut('SIAK', 'pengelolaan kartu keluarga')).toEqual([]);
    expect(spelledOut('P3KE', 'Percepatan Penghapusan Kemiskinan Ekstrem')).toEqual([]);
    expect(spelledOut('SI', '')).toEqual([]);
  });
});
