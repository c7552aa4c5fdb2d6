import { promises as fs } from 'fs';
import os from 'os';
import { join, resolve } from 'path';
import { PlatformRegistry } from './PlatformRegistry';
import { loadPlatformRegistry } from './loadPlatformRegistry';

describe('PlatformRegistry', () => {
  const registry = new PlatformRegistry(
    [
      { name: 'sp4n-lapor', title: 'SP4N-LAPOR! (Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional)', owner: 'kemenpanrb' },
      { name: 'simponi', title: 'SIMPONI (Sistem Informasi PNBP Online)', owner: 'kemenkeu' },
      { name: 'splp', title: 'SPLP (Sistem Penghubung Layanan Pemerintah)', owner: 'kominfo' },
    ],
    new Map([['kominfo', ['komdigi']]]),
  );

  it.each([
    ['SP4N-LAPOR!', 'kemenpanrb', 'sp4n-lapor'],
    ['SP4N LAPOR', 'kemenpanrb', 'sp4n-lapor'],
    ['Simponi (Sistem Informasi PNBP Online)', 'kemenkeu', 'simponi'],
    ['Sistem Informasi PNBP Online', 'kemenkeu', 'simponi'],
    ['Sistem Penghubung Layanan Pemerintah (SPLP)', 'kominfo', 'splp'],
  ])('recognises %j of %s', (nama, instansi, platform) => {
    expect(registry.find(nama, instansi)?.name).toBe(platform);
  });

  it('follows agency successions both ways', () => {
    expect(registry.find('SPLP', 'komdigi')?.name).toBe('splp');
  });

  it('needs the owner: the acronym alone is not the platform', () => {
    expect(registry.find('Simponi', 'kota-malang')).toBeUndefined();
    expect(registry.find('SIMPONI', undefined)).toBeUndefined();
  });

  it('needs the whole name: a module or a regional copy is not the platform', () => {
    expect(registry.find('SP4N-LAPOR! Jawa Tengah', 'kemenpanrb')).toBeUndefined();
    expect(registry.find('Integrasi SPLP', 'komdigi')).toBeUndefined();
  });

  it('knows the registered names whoever uses them', () => {
    expect(registry.names('Simponi')).toBe(true);
    expect(registry.names('SP4N LAPOR')).toBe(true);
    expect(registry.names('SP4N-LAPOR! Jawa Tengah')).toBe(false);
    expect(PlatformRegistry.empty().names('Simponi')).toBe(false);
  });

  it('is empty by default', () => {
    expect(PlatformRegistry.empty().find('SP4N-LAPOR!', 'kemenpanrb')).toBeUndefined();
    expect(registry.size).toBe(3);
  });
});

describe('loadPlatformRegistry', () => {
  it("reads the portal's national platforms and agency successions", async () => {
    const registry = await loadPlatformRegistry(resolve(__dirname, '../../../../catalog-info'));
    expect(registry.size).toBeGreaterThan(20);
    expect(registry.find('SP4N-LAPOR!', 'kemenpanrb')?.name).toBe('sp4n-lapor');
    expect(registry.find('JDIHN', 'kemenkumham')?.name).toBe('jdihn');
    // SPLP is Kominfo's; Komdigi succeeded it
    expect(registry.find('SPLP', 'komdigi')?.name).toBe('splp');
  });

  it('keeps only components marked platform-nasional, and copes with a missing directory', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'platforms-'));
    await fs.mkdir(join(dir, 'platforms'));
    await fs.writeFile(
      join(dir, 'platforms', 'p.yaml'),
      [
        'kind: Component',
        'metadata: { name: srikandi, title: SRIKANDI, annotations: { spbe.go.id/platform-nasional: "true" } }',
        'spec: { owner: group:default/anri }',
        '---',
        'kind: Component',
        'metadata: { name: simpeg-lokal, title: SIMPEG }',
        'spec: { owner: group:default/anri }',
        '---',
        'kind: API',
        'metadata: { name: srikandi-api, annotations: { spbe.go.id/platform-nasional: "true" } }',
        'spec: { owner: group:default/anri }',
      ].join('\n'),
    );
    const registry = await loadPlatformRegistry(dir);
    expect(registry.size).toBe(1);
    expect(registry.find('Srikandi', 'anri')?.name).toBe('srikandi');
    expect(registry.find('SIMPEG', 'anri')).toBeUndefined();
    expect((await loadPlatformRegistry(join(dir, 'none'))).size).toBe(0);
  });

  it('names the file of invalid YAML', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'platforms-'));
    await fs.mkdir(join(dir, 'platforms'));
    await fs.writeFile(join(dir, 'platforms', 'bad.yaml'), 'kind: [Component\n');
    await expect(loadPlatformRegistry(dir)).rejects.toThrow(/bad\.yaml: not valid YAML/);
  });
});
