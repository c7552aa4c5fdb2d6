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
});
