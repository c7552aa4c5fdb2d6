import { Normalizer } from '../Normalizer';
import { unconfirmedAcronyms } from './unconfirmedAcronyms';

describe('unconfirmedAcronyms', () => {
  const normalizer = Normalizer.create();
  const check = (name: string, description?: string) =>
    unconfirmedAcronyms(normalizer, { name, description }, normalizer.normalizeName(name).terms, new Set());

  it('drops the expansion of a name that only borrows the acronym', () => {
    expect(check('SRIKANDI Tani', 'Kelompok wanita tani: jadwal pelatihan olahan pangan dan pemasaran produk')).toEqual(
      new Set(['srikandi']),
    );
  });

  it('keeps it when the text shares a word of the expansion or the acronym as a word', () => {
    expect(check('SRIKANDI Tani', 'Persuratan kelompok tani dan arsip dinas pertanian')).toBeUndefined();
    expect(check('LAPOR Bupati', 'Warga melaporkan jalan rusak dan pungli langsung ke bupati')).toBeUndefined();
  });

  it('keeps it when the text says too little, or the name is the acronym alone', () => {
    expect(check('SRIKANDI Tani', 'Versi desa')).toBeUndefined();
    expect(check('SRIKANDI Tani')).toBeUndefined();
    expect(check('SIMPEG', 'Cuti daring, kenaikan pangkat berkala dan mutasi jabatan')).toBeUndefined();
  });

  it('has nothing to say about a name without a dictionary acronym', () => {
    expect(check('Aplikasi Kelompok Tani', 'Jadwal pelatihan olahan pangan dan pemasaran produk')).toBeUndefined();
  });
});
