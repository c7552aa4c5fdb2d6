import { ReuseIndex } from '../ReuseIndex';
import { createPrng } from '../testing/prng';
import type { ReuseApplication } from '../types';

const FUNCTIONS = [
  ['Kepegawaian', 'data pegawai riwayat jabatan pangkat ASN cuti mutasi'],
  ['Persuratan', 'surat masuk surat keluar disposisi naskah dinas arsip'],
  ['Pajak Daerah', 'pendataan wajib pajak penetapan pajak daerah tagihan'],
  ['Presensi', 'absensi pegawai lokasi foto jadwal kerja'],
];
const PLACES = ['Bogor', 'Madiun', 'Sleman', 'Bantul', 'Kediri', 'Malang', 'Gowa', 'Maros', 'Sidoarjo'];
const EXTRAS = ['online', 'terpadu', 'mobile', 'laporan', 'rekap', 'verifikasi', 'notifikasi', 'dashboard'];

/** Large groups of near-identical applications: most vectors have many strong links. */
function nearDuplicates(seed: number, count: number): ReuseApplication[] {
  const rand = createPrng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const [fn, desc] = pick(FUNCTIONS);
    const words = desc.split(' ').filter(() => rand() < 0.85);
    for (const extra of EXTRAS) if (rand() < 0.15) words.push(extra);
    return {
      id: `app-${String(i).padStart(4, '0')}`,
      name: `${rand() < 0.5 ? 'Sistem Informasi' : 'Aplikasi'} ${fn} ${pick(PLACES)}`,
      description: words.join(' '),
      agency: `pemkab-${pick(PLACES).toLowerCase()}`,
    };
  });
}

describe('NeighbourGraph', () => {
  it.each([
    [1, 3],
    [2, 5],
    [3, 10],
  ])('links a bulk build as the incremental path does (seed %i, %i neighbours)', (seed, neighbours) => {
    const apps = nearDuplicates(seed, 400);
    // one pass into an empty index: the bulk path (each vector finds its own links)
    const bulk = ReuseIndex.create({ neighbours });
    bulk.upsertMany(apps);
    // a first half, then the rest one by one: the incremental path
    const incremental = ReuseIndex.create({ neighbours });
    incremental.upsertMany(apps.slice(0, 200));
    for (const app of apps.slice(200)) incremental.upsert(app);
    const links = bulk.neighbourLinks();
    expect(links).toEqual(incremental.neighbourLinks());
    // the case the bulk path prunes: vectors with a full list of strong links
    const full = links.filter(l => l.links.length === neighbours && l.links[neighbours - 1].score > 0.6);
    expect(full.length).toBeGreaterThan(links.length / 4);
    expect(bulk.findDuplicates()).toEqual(incremental.findDuplicates());
  });
});
