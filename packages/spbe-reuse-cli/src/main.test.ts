import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './main';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'spbe-reuse', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const HEADER = 'id,nama,deskripsi,fungsi,instansi,jenis,kode_ral,kode_rab,kode_raa,status,tahun,url';
const INVENTORY = [
  HEADER,
  'a1,SIMPEG,"Data pegawai, riwayat jabatan dan pangkat ASN",Kepegawaian,pemkab-bogor,khusus,,,,aktif,2019,',
  'b1,Sistem Informasi SDM Aparatur,"Pengelolaan data ASN, riwayat pangkat dan jabatan pegawai",,pemkot-madiun,,,,,,,',
  'c1,SIMADE,Sistem informasi manajemen desa: profil desa dan perangkat desa,,pemkab-sleman,,,,,,,',
  'd1,SIMADE,Sistem informasi madrasah: data siswa dan guru madrasah,,kemenag,,,,,,,',
  'srikandi,SRIKANDI,"Persuratan dinas elektronik: surat masuk, surat keluar, disposisi, naskah dinas dan arsip dinamis",Persuratan,anri,umum,,,,,,',
  'e1,E-Office,"Surat masuk, surat keluar dan disposisi naskah dinas",Persuratan,pemkab-bogor,khusus,,,,,,',
].join('\n');

describe('spbe-reuse', () => {
  let dir: string;
  let inventory: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-reuse-cli-'));
    inventory = join(dir, 'inventory.csv');
    await writeFile(inventory, INVENTORY);
  });

  it('dedupe writes clusters with evidence and stats, progress on stderr', async () => {
    const output = join(dir, 'clusters.json');
    const { code, stderr } = await cli('dedupe', '--input', inventory, '--output', output);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Indexed: 6\/6/);
    const result = JSON.parse(await readFile(output, 'utf8'));
    const members = result.clusters.map((c: { members: string[] }) => c.members);
    expect(members).toEqual(expect.arrayContaining([['a1', 'b1'], ['e1', 'srikandi']]));
    expect(members.flat()).not.toContain('c1');
    expect(result.clusters[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), score: expect.any(Number), evidence: expect.any(Array) }),
    );
    expect(result.stats).toEqual(expect.objectContaining({ applications: 6, clusters: 2 }));
  });

  it('dedupe --format csv writes one row per member', async () => {
    const output = join(dir, 'clusters.csv');
    const { code } = await cli('dedupe', '-i', inventory, '-o', output, '--format', 'csv');
    expect(code).toBe(0);
    const lines = (await readFile(output, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('cluster_id,cluster_size,score,id,nama,instansi,evidence');
    expect(lines).toHaveLength(5);
  });

  it('check ranks the national platform first and finds nothing for a novel proposal', async () => {
    const proposal = join(dir, 'proposal.json');
    await writeFile(proposal, JSON.stringify({ nama: 'Aplikasi Surat Menyurat', deskripsi: 'surat masuk, surat keluar, naskah dinas', instansi: 'pemkab-garut' }));
    const { code, stdout } = await cli('check', '--input', inventory, '--proposal', proposal, '--top', '3');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.verdict).toBe('reuse-national-platform');
    expect(result.matches[0]).toEqual(expect.objectContaining({ id: 'srikandi', reasons: expect.any(Array) }));

    const novel = join(dir, 'novel.yaml');
    await writeFile(novel, 'nama: Pemantauan Kualitas Udara\ndeskripsi: Sensor polusi udara dan peringatan dini\n');
    const none = await cli('check', '-i', inventory, '-p', novel);
    expect(JSON.parse(none.stdout)).toEqual({ matches: [], verdict: 'no-relevant-application', dpi: [] });
  });

  it("check recognises the portal's registered national platforms in rows without jenis", async () => {
    const laporInventory = join(dir, 'lapor.csv');
    await writeFile(
      laporInventory,
      [
        HEADER,
        'k1,SP4N-LAPOR!,"Kanal aspirasi dan pengaduan masyarakat nasional, tindak lanjut oleh instansi",Pengaduan masyarakat,kemenpanrb,,,,,,,',
        'k2,LaporGub Jateng,"Kanal pengaduan masyarakat kepada gubernur, tindak lanjut oleh OPD",Pengaduan masyarakat,prov-jawa-tengah,,,,,,,',
        'k3,SP4N-LAPOR!,Aplikasi pengaduan tiruan,Pengaduan masyarakat,kota-semarang,,,,,,,',
      ].join('\n'),
    );
    const proposal = join(dir, 'pengaduan.json');
    await writeFile(proposal, JSON.stringify({ nama: 'Aplikasi Pengaduan Masyarakat', deskripsi: 'pengaduan masyarakat dan tindak lanjut' }));
    const catalogInfo = join(__dirname, '../../../catalog-info');
    const { code, stdout, stderr } = await cli('check', '-i', laporInventory, '-p', proposal, '--catalog-info', catalogInfo);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Recognising \d+ registered national platforms/);
    const result = JSON.parse(stdout);
    expect(result.verdict).toBe('reuse-national-platform');
    // the owner's row only: a city's copy of the name is not the platform
    expect(result.matches.filter((m: { nationalPlatform: boolean }) => m.nationalPlatform).map((m: { id: string }) => m.id)).toEqual(['k1']);

    // without the registry (no catalog-info where the tool runs) the rows are what the inventory says
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const plain = JSON.parse((await cli('check', '-i', laporInventory, '-p', proposal)).stdout);
      expect(plain.verdict).toBe('reuse-existing');
    } finally {
      process.chdir(cwd);
    }
    // run from the repository root, the default catalog-info is the portal's
    process.chdir(join(__dirname, '../../..'));
    try {
      const fromRoot = JSON.parse((await cli('check', '-i', laporInventory, '-p', proposal)).stdout);
      expect(fromRoot.verdict).toBe('reuse-national-platform');
    } finally {
      process.chdir(cwd);
    }

    const missing = await cli('check', '-i', laporInventory, '-p', proposal, '--catalog-info', join(dir, 'nowhere'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/--catalog-info .*nowhere: no national platform/);
  });

  it('check explains why named applications are or are not suggested', async () => {
    const proposal = join(dir, 'explain.json');
    await writeFile(proposal, JSON.stringify({ nama: 'Aplikasi Surat Menyurat', deskripsi: 'surat masuk, surat keluar, naskah dinas' }));
    const ranked = JSON.parse((await cli('check', '-i', inventory, '-p', proposal)).stdout);
    const { code, stdout } = await cli('check', '-i', inventory, '-p', proposal, '--explain', 'srikandi, a1');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.matches).toEqual(ranked.matches);
    expect(result.explanations[0]).toEqual(
      expect.objectContaining({ id: 'srikandi', failed: [], sharedTerms: ['surat (naskah dinas)'] }),
    );
    // personnel data shares nothing with correspondence
    expect(result.explanations[1]).toEqual(expect.objectContaining({ id: 'a1', similarity: 0, failed: ['similarity', 'evidence'] }));
    const missing = await cli('check', '-i', inventory, '-p', proposal, '-e', 'tidak-ada');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--explain: No application tidak-ada in .*inventory\.csv/);
  });

  it('fails with row numbers on duplicate ids and missing names', async () => {
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, [HEADER, 'x1,Aplikasi A,,,,,,,,,,', 'x2,,,,,,,,,,,', 'x1,Aplikasi B,,,,,,,,,,'].join('\n'));
    const { code, stderr } = await cli('dedupe', '-i', bad);
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 invalid row/);
    expect(stderr).toMatch(/bad\.csv:3/);
    expect(stderr).toMatch(/bad\.csv:4/);
  });

  it('fails clearly without an id or nama column, on unreadable files and bad options', async () => {
    const noName = join(dir, 'noname.csv');
    await writeFile(noName, 'id,deskripsi\n1,abc\n');
    const r1 = await cli('dedupe', '-i', noName);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/Cannot read inventory .*nama/);

    const r2 = await cli('dedupe', '-i', join(dir, 'missing.csv'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/Cannot read inventory/);

    const proposal = join(dir, 'empty.json');
    await writeFile(proposal, '{"deskripsi": "x"}');
    const r3 = await cli('check', '-i', inventory, '-p', proposal);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/no "nama"/);

    const r4 = await cli('check', '-i', inventory, '-p', proposal, '--top', 'abc');
    expect(r4.code).toBe(1);

    const r5 = await cli('dedupe');
    expect(r5.code).toBe(2);
    expect(r5.stderr).toMatch(/--input/);
  });
});
