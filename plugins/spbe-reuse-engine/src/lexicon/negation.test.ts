import { withoutNegatedClauses } from './negation';

describe('withoutNegatedClauses', () => {
  it('drops what a description says the application is not, up to the next punctuation', () => {
    expect(withoutNegatedClauses('Jadwal kapal perintis. Bukan aplikasi kapal perikanan.')).toBe('Jadwal kapal perintis.  .');
    expect(withoutNegatedClauses('Rujukan pasien antar puskesmas. Tidak terkait pengadaan.')).toBe('Rujukan pasien antar puskesmas.  .');
    expect(withoutNegatedClauses('Web profil desa, Tidak mengelola keuangan desa')).toBe('Web profil desa,  ');
    expect(withoutNegatedClauses('Bukan pengaduan dan bukan perizinan; data warga')).toBe(' ; data warga');
  });

  it('keeps negations that name a state or a function', () => {
    for (const text of ['Penerimaan Negara Bukan Pajak', 'Rumah tidak layak huni', 'Surat keterangan tidak mampu', 'status tidak aktif', 'Anak tidak sekolah']) {
      expect(withoutNegatedClauses(text)).toBe(text);
    }
    // a word that merely contains the negation
    expect(withoutNegatedClauses('Pembukuan kas')).toBe('Pembukuan kas');
  });
});
