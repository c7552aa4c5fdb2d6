import { clusterTermsSentence, reasonSentence } from './sentences';

describe('reason sentences', () => {
  it('speak Indonesian', () => {
    expect(reasonSentence({ kind: 'national-platform' })).toBe('Platform nasional (aplikasi umum): pakai ulang diutamakan');
    expect(reasonSentence({ kind: 'coverage', value: 0.756 })).toBe('Mencakup 76% kata kunci berbobot usulan');
    expect(reasonSentence({ kind: 'shared-terms', values: ['surat', 'izin (perijinan)'] })).toBe(
      'Istilah yang sama: surat, izin (perijinan)',
    );
    expect(reasonSentence({ kind: 'shared-functions', values: ['surat masuk', 'disposisi'] })).toBe(
      'Fungsi yang sama: surat masuk; disposisi',
    );
    expect(reasonSentence({ kind: 'shared-codes', values: ['RAL.02.03'] })).toBe('Kode referensi yang sama: RAL.02.03');
    expect(reasonSentence({ kind: 'dpi', values: ['pembayaran'] })).toBe(
      'Menyediakan blok DPI yang dibutuhkan usulan: pembayaran',
    );
    expect(clusterTermsSentence(2, 3, ['pegawai', 'jabat (jabatan)'])).toBe(
      'Sedikitnya 2 dari 3 aplikasi memakai istilah pegawai, jabat (jabatan)',
    );
  });
});
