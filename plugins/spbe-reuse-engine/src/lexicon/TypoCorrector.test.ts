import { TypoCorrector } from './TypoCorrector';
import { Normalizer } from '../Normalizer';

describe('TypoCorrector', () => {
  const known = ['masyarakat', 'kepegawaian', 'pelayanan', 'perjalanan', 'online', 'bidang', 'kampar', 'pendataan', 'pendatang', 'penghasilan', 'kearsipan'];
  const roots = new Set(['tangga']);
  const typos = new TypoCorrector(known, w => roots.has(w));

  it.each([
    ['masyarkat', 'masyarakat'],
    ['kepegwaian', 'kepegawaian'],
    ['pelyanan', 'pelayanan'],
    ['perjalanann', 'perjalanan'],
    ['onlline', 'online'],
    ['penghasialn', 'penghasilan'],
    ['pelayaann', 'pelayanan'],
  ])('corrects %s to %s', (typo, word) => {
    expect(typos.correct(typo)).toBe(word);
  });

  it.each([
    ['bidan', 'a short real word next to bidang'],
    ['kamar', 'a short real word next to Kampar'],
    ['masyarakat', 'a known word'],
    ['tangga', 'a listed root'],
    ['xasyarakat', 'a typo of the first letter'],
    ['pendatan', 'one letter off two known words (pendataan, pendatang)'],
    ['ekarsipan', 'a swap at the first letter'],
  ])('leaves %s alone (%s)', word => {
    expect(typos.correct(word)).toBeUndefined();
  });

  it('lets the normaliser read a typo as the word', () => {
    const normalizer = Normalizer.create();
    const words = (text: string) => normalizer.normalize(text, { field: 'text' }).map(t => t.term);
    expect(words('Pengaduan Masyarkat')).toEqual(words('Pengaduan Masyarakat'));
    expect(words('Sistem Informasi Kepegwaian')).toEqual(words('Sistem Informasi Kepegawaian'));
    expect(words('Tambahan Penghasialn Pegawai')).toEqual(words('Tambahan Penghasilan Pegawai'));
  });
});
