import { extractFeatures } from './features';
import { Normalizer } from './Normalizer';

describe('extractFeatures', () => {
  const normalizer = Normalizer.create();
  const keys = (name: string, description?: string) =>
    extractFeatures(normalizer, { id: 'x', name, description }).map(f => f.key);

  it("reads a dictionary acronym as its expansion when the name says nothing else", () => {
    // SIPD's expansion: pemerintahan daerah, perencanaan, penganggaran, keuangan daerah
    expect(keys('SIPD')).toEqual(expect.arrayContaining(['#sipd', 'perencanaan', 'anggaran', 'keuangan']));
  });

  it('narrows the expansion to the module a name names with words of its own', () => {
    const finance = keys('SIPD Penatausahaan Keuangan Daerah');
    expect(finance).toEqual(expect.arrayContaining(['#sipd', 'keuangan', 'daerah']));
    expect(finance).not.toContain('perencanaan');
    expect(finance).not.toContain('anggaran');
    const planning = keys('SIPD RI - Perencanaan');
    expect(planning).toContain('perencanaan');
    expect(planning).not.toContain('keuangan');
  });

  it('keeps the whole expansion when the own words are not part of it', () => {
    // "Online" is boilerplate and a place is dropped: nothing of its own
    expect(keys('SIMPEG Online Kota Madiun')).toEqual(keys('SIMPEG'));
    // a word of its own that is not in the expansion leaves the expansion whole
    expect(keys('SIPD Mobile Monitoring')).toEqual(expect.arrayContaining(['perencanaan', 'keuangan']));
  });

  it('reads a name that only says "lapor" as a complaint channel, unless the application says what it reports', () => {
    const complaints = keys('Pengaduan');
    expect(keys('e-Lapor Merauke')).toEqual(complaints);
    expect(keys('e-Lapor', 'Pelaporan SPJ dana BOS oleh sekolah')).not.toContain(complaints[0]);
    // a name with another content word says what is reported
    expect(keys('e-Lapor Pembangunan')).not.toContain(complaints[0]);
  });

  it('reads a name that only says "kinerja" as employee performance, unless the application says whose', () => {
    const employees = keys('Kinerja Pegawai');
    expect(keys('E-KINERJA PEMPROV KALTIM')).toEqual(employees);
    expect(keys('e-Kinerja', 'Laporan kinerja instansi pemerintah (SAKIP)')).not.toContain(employees[0]);
  });

  it('takes brand words from extra dictionaries', () => {
    const custom = Normalizer.create({ dictionaries: [{ brandWords: { kadu: 'pengaduan' } }] });
    expect(keys('Aplikasi Kadu')).toEqual(['kadu']);
    expect(extractFeatures(custom, { id: 'x', name: 'Aplikasi Kadu' }).map(f => f.key)).toEqual(['pengaduan']);
    expect(extractFeatures(custom, { id: 'x', name: 'e-Lapor' }).map(f => f.key)).toEqual(['pengaduan']);
  });
});
