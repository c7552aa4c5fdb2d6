import { stemIndonesian } from './stemmer';

describe('stemIndonesian', () => {
  it.each([
    ['perizinan', 'izin'],
    ['izin', 'izin'],
    ['pengaduan', 'adu'],
    ['aduan', 'adu'],
    ['keuangan', 'uang'],
    ['pembayaran', 'bayar'],
    ['persuratan', 'surat'],
    ['surat', 'surat'],
    ['pelayanan', 'layan'],
    ['layanan', 'layan'],
    ['kesehatan', 'sehat'],
    ['menyapu', 'sapu'],
    ['memukul', 'pukul'],
    ['bukunya', 'buku'],
    ['bermain', 'main'],
    ['pelajaran', 'ajar'],
    ['kepegawaian', 'gawai'],
    ['penganggaran', 'anggar'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemIndonesian(word)).toBe(stem);
  });

  it('leaves short words, acronyms with digits and non-letters alone', () => {
    expect(stemIndonesian('asn')).toBe('asn');
    expect(stemIndonesian('v2')).toBe('v2');
    expect(stemIndonesian('data')).toBe('data');
    expect(stemIndonesian('bphtb2')).toBe('bphtb2');
  });
});
