import { Normalizer } from '../Normalizer';
import { namedFunctionOf, nameHead } from './PlatformHeads';

const normalizer = Normalizer.create();

describe('namedFunctionOf', () => {
  const headOf = namedFunctionOf;

  it('is the first content word of a name, read through the dictionaries, when it is a concept', () => {
    expect(headOf(normalizer, { name: 'Sistem Lelang Paket Konstruksi' }, true)).toBe('pengadaan');
    expect(headOf(normalizer, { name: 'e-Pengaduan Masyarakat' }, true)).toBe('pengaduan');
    // an exam (ujian, a concept since the twenty-first set), not a school register
    const exam = normalizer.normalizeName('Aplikasi Ujian Sekolah Berbasis Komputer').terms;
    expect(nameHead(exam, true)).toBe('ujian');
    expect(headOf(normalizer, { name: 'Aplikasi Ujian Sekolah Berbasis Komputer' }, true)).toBe('ujian');
    // no function the dictionaries know
    expect(headOf(normalizer, { name: 'Kolaborasi Perencanaan dan Informasi Kinerja Anggaran' }, true)).toBeUndefined();
  });

  it("reads a dictionary acronym's expansion for a platform, not for a proposal that only writes the acronym", () => {
    expect(headOf(normalizer, { name: 'SPSE' }, false)).toBe('pengadaan');
    expect(headOf(normalizer, { name: 'SPSE' }, true)).toBeUndefined();
  });

  it('passes over place and agency words of the owner', () => {
    expect(headOf(normalizer, { name: 'Kabupaten Sleman Pengaduan Warga', agency: 'pemkab-sleman' }, true)).toBe('pengaduan');
  });

  it('is the narrower concept of the same head that the name or the text uses', () => {
    const ekinerja = { name: 'E-Kinerja BKN', description: 'Pengelolaan kinerja ASN nasional: SKP dan evaluasi kinerja periodik' };
    expect(headOf(normalizer, ekinerja, false)).toBe('kinerja pegawai');
    // a dashboard of enterprises' performance stays named for kinerja alone: E-Kinerja is not its function
    const bumd = { name: 'Dashboard Kinerja BUMD', description: 'Pemantauan laporan keuangan dan kinerja badan usaha milik daerah' };
    expect(headOf(normalizer, bumd, true)).toBe('kinerja');
    expect(headOf(normalizer, { name: 'Aplikasi Kinerja Pegawai' }, true)).toBe('kinerja pegawai');
  });
});
