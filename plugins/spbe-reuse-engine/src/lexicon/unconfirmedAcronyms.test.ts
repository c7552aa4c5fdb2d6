import { Normalizer } from '../Normalizer';
import { unconfirmedAcronyms } from './unconfirmedAcronyms';

describe('unconfirmedAcronyms', () => {
  const normalizer = Normalizer.create();
  const textTerms = (description?: string) => (description ? normalizer.normalize(description, { field: 'text' }) : []);
  const check = (name: string, description?: string, requireOwnWord = true) =>
    unconfirmedAcronyms(normalizer, normalizer.normalizeName(name), textTerms(description), {
      requireOwnWord,
      texts: description ? [description] : [],
    });

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

  it("reads a helpdesk named for a system as that system's helpdesk, whatever its text", () => {
    // the text names SPSE, which would otherwise confirm the procurement expansion
    expect(check('Helpdesk SPSE', 'Layanan bantuan teknis bagi pengguna SPSE (ticketing)', false)).toEqual(new Set(['spse']));
    expect(check('Helpdesk SPSE', undefined, false)).toEqual(new Set(['spse']));
    expect(check('SPSE Kabupaten', 'Pengguna SPSE mengunggah dokumen tender', false)).toBeUndefined();
  });

  it('lets a text that spells the acronym out decide, however short', () => {
    // SIPP is the courts' case tracker in the dictionary; this text spells it out as public complaints
    expect(check('SIPP Sulsel', 'Sistem Informasi Pengaduan Publik', false)).toEqual(new Set(['sipp']));
    expect(check('SIPP', 'Sistem Informasi Pengaduan Publik: keluhan warga', false)).toEqual(new Set(['sipp']));
    // spelled out as the dictionary reads it: confirmed, whatever else the text says
    expect(check('SIPP', 'Sistem Informasi Penelusuran Perkara untuk pencari keadilan', false)).toBeUndefined();
    expect(check('SIMPEG Kota', 'Sistem Informasi Manajemen Kepegawaian: cuti, mutasi dan pensiun', false)).toBeUndefined();
  });

  it('has nothing to say about a name without a dictionary acronym', () => {
    expect(check('Aplikasi Kelompok Tani', 'Jadwal pelatihan olahan pangan dan pemasaran produk')).toBeUndefined();
  });

  describe('without requiring a word of its own in the name (inventory rows)', () => {
    it('drops the expansion of a bare acronym whose text names another function', () => {
      expect(check('SIAK', 'KRS online, nilai, transkrip dan jadwal kuliah mahasiswa', false)).toEqual(new Set(['siak']));
      // a dictionary acronym listed as a synonym (SIMPUS: puskesmas) too
      expect(check('SIMPUS', 'Katalog koleksi buku, keanggotaan dan peminjaman buku perpustakaan daerah', false)).toEqual(
        new Set(['simpus']),
      );
    });

    it('keeps it when the text shares a word with the dictionary expansion, as written or by its stem', () => {
      // "data pokok pendidikan": DAPODIK reads as the school concept, the text says the words of its expansion
      expect(check('DAPODIK', 'Data pokok pendidikan untuk perencanaan dinas pendidikan', false)).toBeUndefined();
      // "laporan keuangan" is one concept; its word "keuangan" is a word of SIPKD's expansion
      expect(check('SIPKD', 'Pengelolaan APBD dari perencanaan anggaran sampai laporan keuangan', false)).toBeUndefined();
    });

    it('keeps an acronym that the name spells out itself', () => {
      expect(
        check('SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah)', 'Cascading sasaran strategis sampai indikator program', false),
      ).toBeUndefined();
    });
  });

  it('checks an expansion learned from the inventory the same way', () => {
    const learned = (acronym: string) =>
      acronym === 'sipas' ? normalizer.normalize('Sistem Informasi Persuratan dan Arsip', { field: 'text' }) : undefined;
    const withLearned = (name: string, description: string) =>
      unconfirmedAcronyms(normalizer, normalizer.normalizeName(name), textTerms(description), { learned });
    expect(withLearned('SIPAS', 'Pendaftaran siswa baru SMA negeri jalur zonasi dan prestasi')).toEqual(new Set(['sipas']));
    expect(withLearned('SIPAS', 'Surat masuk, surat keluar dan disposisi pimpinan')).toBeUndefined();
    // a name that writes its own expansion is not read with the learned one
    expect(
      withLearned('SIPAS (Sistem Informasi Pendaftaran Siswa)', 'Pendaftaran siswa baru SMA negeri jalur zonasi dan prestasi'),
    ).toBeUndefined();
  });
});
