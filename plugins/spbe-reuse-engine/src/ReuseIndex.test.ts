import { ReuseIndex } from './ReuseIndex';
import { FIXTURE_APPS } from './testing/fixtures';

function build(): ReuseIndex {
  const index = ReuseIndex.create();
  index.upsertMany(FIXTURE_APPS);
  return index;
}

const clusterWith = (index: ReuseIndex, id: string) =>
  index.findDuplicates().find(c => c.members.includes(id))?.members ?? [id];

describe('ReuseIndex duplicates', () => {
  const index = build();

  it('clusters the same function under different names, synonyms and spellings', () => {
    expect(clusterWith(index, 'kab-a-simpeg')).toEqual(
      expect.arrayContaining(['kab-a-simpeg', 'kota-b-sdm', 'prov-c-epeg', 'siasn']),
    );
    expect(clusterWith(index, 'kab-a-surat')).toEqual(
      expect.arrayContaining(['kab-a-surat', 'kota-b-tnd']),
    );
    expect(clusterWith(index, 'kab-a-ijin')).toEqual(['kab-a-ijin', 'kota-b-izin']);
  });

  it.each([
    ['SIMADE', 'kab-d-simade', 'kemenag-simade'],
    ['SIMPONI', 'kemenkeu-simponi', 'kota-e-simponi'],
    ['SMS Gateway', 'kab-f-sms', 'rsud-g-sms'],
    ['SIMDA modules', 'kab-h-simda-keu', 'kab-h-simda-bmd'],
  ])('never merges on a shared acronym or generic words alone: %s', (_name, a, b) => {
    expect(clusterWith(index, a)).not.toContain(b);
  });

  it('gives each cluster a score and readable evidence', () => {
    const cluster = index.findDuplicates().find(c => c.members.includes('kab-a-ijin'))!;
    expect(cluster.id).toBe('dup:kab-a-ijin');
    expect(cluster.score).toBeGreaterThan(0.5);
    expect(cluster.score).toBeLessThanOrEqual(1);
    expect(cluster.agencies).toEqual(['pemkab-bogor', 'pemkot-madiun']);
    const terms = cluster.evidence.find(e => e.kind === 'shared-terms')!;
    expect(terms.values.join(' ')).toContain('izin');
    expect(cluster.links).toEqual([{ a: 'kab-a-ijin', b: 'kota-b-izin', score: cluster.score }]);
  });

  it('uses shared reference codes as evidence', () => {
    const withCodes = ReuseIndex.create();
    withCodes.upsertMany([
      { id: 'a', name: 'Aplikasi Perizinan', description: 'izin usaha', codes: { ral: ['ral.1.18.01'] } },
      { id: 'b', name: 'Layanan Izin Usaha', description: 'perizinan', codes: { ral: ['RAL.01.18.01'] } },
    ]);
    const [cluster] = withCodes.findDuplicates();
    expect(cluster.evidence.find(e => e.kind === 'shared-codes')?.values).toEqual([
      'RAL.01.18',
      'RAL.01.18.01',
    ]);
  });

  it('rejects applications without id or name', () => {
    const empty = ReuseIndex.create();
    expect(() => empty.upsert({ id: '', name: 'x' })).toThrow(/without an id/);
    expect(() => empty.upsert({ id: 'x', name: ' ' })).toThrow(/has no name/);
    expect(() => empty.upsertMany([{ id: 'x', name: 'a' }, { id: 'x', name: 'b' }])).toThrow(/Duplicate/);
  });
});

describe('ReuseIndex ranking', () => {
  const index = build();

  it('prefers the national platform for a persuratan proposal, with reasons', () => {
    const ranking = index.rankReuse({
      name: 'Aplikasi Surat Menyurat Dinas',
      description: 'Pengelolaan surat masuk dan surat keluar serta naskah dinas',
      agency: 'pemkab-garut',
    });
    expect(ranking.verdict).toBe('reuse-national-platform');
    expect(ranking.matches[0].id).toBe('srikandi');
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/aplikasi umum/);
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/surat/);
    expect(ranking.matches.map(m => m.id)).toContain('kab-a-surat');
  });

  it('says so when nothing relevant exists', () => {
    const ranking = index.rankReuse({
      name: 'Sistem Pemantauan Kualitas Udara',
      description: 'Sensor debu PM2.5 dan peringatan polusi udara untuk warga',
    });
    expect(ranking).toEqual({ matches: [], verdict: 'no-relevant-application', dpi: [] });
  });

  it('does not suggest an application that shares only an acronym', () => {
    const ranking = index.rankReuse({ name: 'SIMADE', description: 'Aplikasi pendataan nelayan dan kapal ikan' });
    expect(ranking.matches).toEqual([]);
  });

  it('infers DPI blocks and names the platforms that implement them', () => {
    const ranking = index.rankReuse({
      name: 'Layanan PNBP Online',
      description: 'Wajib bayar membayar PNBP dengan kode billing',
    });
    expect(ranking.dpi).toEqual([
      { block: 'pembayaran', evidence: expect.arrayContaining(['kode billing', 'pnbp']), platforms: ['kemenkeu-simponi'] },
    ]);
    expect(ranking.matches[0].id).toBe('kemenkeu-simponi');
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/DPI/);
  });

  it('honours top', () => {
    const ranking = index.rankReuse({ name: 'Kepegawaian', description: 'data pegawai, jabatan, pangkat' }, { top: 2 });
    expect(ranking.matches).toHaveLength(2);
    expect(ranking.matches[0].id).toBe('siasn');
  });
});
