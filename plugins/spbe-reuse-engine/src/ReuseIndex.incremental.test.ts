import { ReuseIndex } from './ReuseIndex';
import { createPrng } from './testing/prng';
import { FIXTURE_APPS } from './testing/fixtures';
import type { ReuseIndexOptions } from './ReuseIndex';
import type { ReuseApplication, ReuseProposal } from './types';

const FUNCTIONS = [
  ['Kepegawaian', 'data pegawai, riwayat jabatan dan pangkat ASN'],
  ['Persuratan', 'surat masuk, surat keluar dan disposisi naskah dinas'],
  ['Perizinan', 'pelayanan perizinan usaha satu pintu'],
  ['Pengaduan', 'pengaduan masyarakat dan tindak lanjut aduan'],
  ['Pajak Daerah', 'pendataan wajib pajak dan penetapan pajak daerah'],
  ['Perpustakaan', 'katalog buku dan peminjaman buku perpustakaan'],
  ['Presensi', 'absensi pegawai dengan lokasi dan foto'],
  ['Aset', 'penatausahaan barang milik daerah'],
];
const STYLES = ['Sistem Informasi {f}', 'e-{f}', 'SI{a} ({f})', 'Aplikasi {f} Online', '{f} Terpadu'];
/** Acronyms written with and without expansions, some with two meanings (learned expansions flip). */
const ACRONYMS: Array<[string, string[]]> = [
  ['SIPAS', ['Sistem Informasi Persuratan dan Arsip', 'Sistem Informasi Pelayanan Administrasi Sekolah']],
  ['SIKEP', ['Sistem Informasi Kepegawaian', 'Sistem Informasi Kepegawaian Daerah']],
  ['LAKSA', ['Layanan Aspirasi dan Keluhan Masyarakat']],
];
const AGENCIES = ['pemkab-bogor', 'pemkot-madiun', 'pemprov-bali', 'pemkab-sleman', 'pemkot-surabaya'];

function randomApp(rand: () => number, id: string): ReuseApplication {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const [fn, desc] = pick(FUNCTIONS);
  const acronym = fn.slice(0, 3).toUpperCase() + String.fromCharCode(65 + Math.floor(rand() * 26));
  let name = pick(STYLES).replace('{f}', fn).replace('{a}', acronym);
  if (rand() < 0.3) {
    const [short, expansions] = pick(ACRONYMS);
    name = rand() < 0.5 ? `${short}${rand() < 0.5 ? ' Online' : ''}` : `${short} (${pick(expansions)})`;
  }
  const words = desc.split(' ');
  const description = rand() < 0.2 ? undefined : words.filter(() => rand() < 0.8).join(' ');
  return {
    id,
    name,
    description,
    agency: pick(AGENCIES),
    functions: rand() < 0.5 ? [fn] : undefined,
    codes: rand() < 0.3 ? { ral: [pick(['RAL.02.04', 'ral.2.5.1', 'RAL.01.18'])] } : undefined,
    nationalPlatform: rand() < 0.05,
  };
}

const PROPOSALS: ReuseProposal[] = [
  { name: 'Aplikasi Kepegawaian', description: 'data ASN dan jabatan' },
  { name: 'Surat Menyurat', description: 'naskah dinas dan disposisi' },
  { name: 'Pemantauan Kualitas Udara', description: 'sensor polusi' },
];

function snapshot(index: ReuseIndex) {
  return {
    clusters: index.findDuplicates(),
    rankings: PROPOSALS.map(p => index.rankReuse(p, { top: 5 })),
    size: index.size,
  };
}

/**
 * One random edit of `index` and of `live` alike: a new application (share
 * `addShare`, or when few are left), a changed one, or a removal. Returns
 * whether a removal found its application (true otherwise).
 */
function randomEdit(
  rand: () => number,
  index: ReuseIndex,
  live: Map<string, ReuseApplication>,
  newId: () => string,
  addShare: number,
): boolean {
  const r = rand();
  const ids = [...live.keys()];
  if (r < addShare || ids.length < 5) {
    const app = randomApp(rand, newId());
    index.upsert(app);
    live.set(app.id, app);
  } else if (r < 0.75) {
    const id = ids[Math.floor(rand() * ids.length)];
    const app = randomApp(rand, id);
    index.upsert(app);
    live.set(id, app);
  } else {
    const id = ids[Math.floor(rand() * ids.length)];
    live.delete(id);
    return index.remove(id);
  }
  return true;
}

function rebuild(apps: Map<string, ReuseApplication>, options?: ReuseIndexOptions): ReuseIndex {
  const index = ReuseIndex.create(options);
  index.upsertMany([...apps.values()]);
  return index;
}

describe('ReuseIndex incremental updates', () => {
  it.each([
    [1, {}],
    [2, {}],
    [3, {}],
    [4, {}],
    [5, {}],
    [6, { neighbours: 3 }],
  ] as Array<[number, ReuseIndexOptions]>)(
    'equal a rebuild after a random edit sequence (seed %i, options %j)',
    (seed, options) => {
      const rand = createPrng(seed);
      const index = ReuseIndex.create(options);
      const live = new Map<string, ReuseApplication>();
      let nextId = 0;
      const removed: boolean[] = [];
      const checkpoints: Array<[ReturnType<typeof snapshot>, ReturnType<typeof snapshot>]> = [];
      for (const app of FIXTURE_APPS) {
        index.upsert(app);
        live.set(app.id, app);
      }
      const newId = () => `app-${nextId++}`;
      for (let step = 0; step < 150; step++) {
        removed.push(randomEdit(rand, index, live, newId, 0.5));
        if (step % 50 === 49) {
          checkpoints.push([snapshot(index), snapshot(rebuild(live, options))]);
        }
      }
      expect(removed.every(r => r)).toBe(true);
      for (const [incremental, rebuiltAtStep] of checkpoints) expect(incremental).toEqual(rebuiltAtStep);
      const rebuilt = rebuild(live, options);
      expect(index.neighbourLinks()).toEqual(rebuilt.neighbourLinks());
      expect(snapshot(index)).toEqual(snapshot(rebuilt));
      expect(index.findDuplicates().length).toBeGreaterThan(0);
    },
  );

  it.each([11, 12])('equal a rebuild when the clusters are read after every edit (seed %i)', seed => {
    // as the portal does: each edit, then a check or a cluster view, so every
    // refresh replays the previous one's merges around a single edit
    const rand = createPrng(seed);
    const index = ReuseIndex.create();
    const live = new Map<string, ReuseApplication>();
    const first = Array.from({ length: 300 }, (_, i) => randomApp(rand, `first-${i}`));
    for (const app of first) live.set(app.id, app);
    index.upsertMany(first);
    let nextId = 0;
    const checkpoints: Array<[ReturnType<typeof snapshot>, ReturnType<typeof snapshot>]> = [];
    const newId = () => `app-${nextId++}`;
    for (let step = 0; step < 90; step++) {
      const someId = live.keys().next().value!;
      randomEdit(rand, index, live, newId, 0.45);
      index.clusterOfApplication(someId);
      if (step % 15 === 14) checkpoints.push([snapshot(index), snapshot(rebuild(live))]);
    }
    expect(checkpoints).toHaveLength(6);
    for (const [incremental, rebuilt] of checkpoints) expect(incremental).toEqual(rebuilt);
  });

  it('equals a rebuild when the collection crosses a size bucket and shrinks back', () => {
    const rand = createPrng(42);
    const index = ReuseIndex.create();
    const live = new Map<string, ReuseApplication>();
    index.upsertMany(Array.from({ length: 1000 }, (_, i) => randomApp(rand, `bulk-${i}`)).map(a => {
      live.set(a.id, a);
      return a;
    }));
    for (let i = 0; i < 40; i++) {
      const app = randomApp(rand, `more-${i}`);
      index.upsert(app);
      live.set(app.id, app);
    }
    expect(snapshot(index)).toEqual(snapshot(rebuild(live)));
    for (let i = 0; i < 40; i++) {
      index.remove(`bulk-${i}`);
      live.delete(`bulk-${i}`);
    }
    expect(snapshot(index)).toEqual(snapshot(rebuild(live)));
  });

  it('updating an application moves it between clusters', () => {
    const index = ReuseIndex.create();
    index.upsertMany(FIXTURE_APPS);
    expect(index.clusterOfApplication('kab-a-ijin')?.members).toContain('kota-b-izin');
    index.upsert({ id: 'kab-a-ijin', name: 'Perpustakaan Digital', description: 'katalog buku', agency: 'pemkab-bogor' });
    expect(index.clusterOfApplication('kota-b-izin')).toBeUndefined();
    expect(index.remove('nope')).toBe(false);
  });
});

describe('ReuseIndex batch updates', () => {
  it.each([7, 8, 9])(
    'a batch of new and changed applications into a filled index equals a rebuild (seed %i)',
    seed => {
      // As the portal's mirror does while the catalog imports an inventory: each sync adds thousands.
      const rand = createPrng(seed);
      const index = ReuseIndex.create();
      const live = new Map<string, ReuseApplication>();
      const first = Array.from({ length: 300 }, (_, i) => randomApp(rand, `first-${i}`));
      first.forEach(a => live.set(a.id, a));
      index.upsertMany(first);
      const batch = [
        ...Array.from({ length: 400 }, (_, i) => randomApp(rand, `second-${i}`)),
        ...Array.from({ length: 50 }, (_, i) => randomApp(rand, `first-${i * 3}`)),
      ];
      batch.forEach(a => live.set(a.id, a));
      index.upsertMany(batch);
      const rebuilt = rebuild(live);
      expect(index.neighbourLinks()).toEqual(rebuilt.neighbourLinks());
      expect(snapshot(index)).toEqual(snapshot(rebuilt));
    },
  );
});
