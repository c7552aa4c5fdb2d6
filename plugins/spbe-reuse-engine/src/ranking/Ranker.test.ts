import { ReuseIndex } from '../ReuseIndex';
import type { ReuseApplication } from '../types';

const platform: ReuseApplication = {
  id: 'lapor',
  name: 'SP4N-LAPOR!',
  description:
    'Pengaduan masyarakat dan aspirasi warga nasional, disposisi aduan antar instansi, survei kepuasan layanan, ' +
    'statistik tindak lanjut, integrasi kanal media sosial dan pusat panggilan',
  nationalPlatform: true,
  agency: 'kemenpan-rb',
};

const locals: ReuseApplication[] = [
  { id: 'kab-a', name: 'Aplikasi Pengaduan Masyarakat', description: 'Aduan warga tentang jalan rusak, lampu jalan mati dan sampah, tindak lanjut pengaduan oleh petugas', agency: 'pemkab-a' },
  { id: 'kota-b', name: 'Sistem Pengaduan Warga', description: 'Pengaduan jalan rusak, lampu jalan dan sampah oleh warga, tindak lanjut petugas', agency: 'pemkot-b' },
  { id: 'kab-c', name: 'E-Aduan', description: 'Aduan masyarakat: jalan rusak, lampu mati, sampah; tindak lanjut petugas', agency: 'pemkab-c' },
];

const unrelated: ReuseApplication[] = [
  { id: 'kab-d', name: 'Sistem Informasi Perpustakaan Daerah', description: 'Katalog buku dan peminjaman', agency: 'pemkab-d' },
  { id: 'kab-e', name: 'Aplikasi Presensi Pegawai', description: 'Absensi harian pegawai berbasis lokasi', agency: 'pemkab-e' },
  { id: 'kab-f', name: 'Sistem Informasi Kepegawaian', description: 'Data pegawai, mutasi dan pensiun', agency: 'pemkab-f' },
  { id: 'kab-g', name: 'Aplikasi Perizinan Online', description: 'Permohonan izin usaha dan izin bangunan', agency: 'pemkab-g' },
  { id: 'kab-h', name: 'Sistem Informasi Pajak Daerah', description: 'Pendataan dan pembayaran pajak daerah', agency: 'pemkab-h' },
  { id: 'kab-i', name: 'Aplikasi Bank Sampah', description: 'Setoran sampah warga dan tabungan', agency: 'pemkab-i' },
];

// Mostly words the local applications write and the platform does not.
const proposal = {
  name: 'Aduan Jalan Rusak dan Sampah',
  description: 'Warga melaporkan jalan rusak, lampu jalan mati dan sampah menumpuk; petugas kecamatan menindaklanjuti',
};

describe('Ranker: national platforms through their local counterparts', () => {
  it('lists first a national platform linked to the best local match, though it covers little of the proposal', () => {
    const index = ReuseIndex.create();
    index.upsertMany([platform, ...locals, ...unrelated]);
    const { matches, verdict } = index.rankReuse(proposal);
    expect(matches[0]).toMatchObject({ id: 'lapor', nationalPlatform: true });
    expect(matches[0].coverage).toBeLessThan(0.5);
    expect(matches[0].similarity).toBeLessThan(0.3);
    expect(matches.slice(1).map(m => m.id).sort()).toEqual(['kab-a', 'kab-c', 'kota-b']);
    expect(verdict).toBe('reuse-national-platform');
  });

  it('does not list the same platform on its own similarity without such a local match', () => {
    const index = ReuseIndex.create();
    index.upsertMany([platform, ...unrelated]);
    expect(index.rankReuse(proposal).matches.map(m => m.id)).not.toContain('lapor');
  });
});
