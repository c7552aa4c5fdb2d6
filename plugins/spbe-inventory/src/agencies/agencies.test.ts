import { promises as fs } from 'fs';
import os from 'os';
import { join } from 'path';
import { buildAgencyResolver } from './buildAgencyResolver';
import { loadAgencySeeds } from './loadAgencySeeds';
import { normalizeAgencyKey } from './normalizeAgencyKey';
import type { AgencySeed } from './types';

describe('normalizeAgencyKey', () => {
  it.each([
    ['Kementerian Keuangan', 'kementerian keuangan'],
    ['KEMENKEU RI', 'kemenkeu'],
    ['Kementerian Keuangan Republik Indonesia', 'kementerian keuangan'],
    ['Kementrian Keuangan', 'kementerian keuangan'],
    ['Pemerintah Kabupaten Bandung', 'pemkab bandung'],
    ['Pemda Kab. Bandung', 'pemkab bandung'],
    ['Kabupaten Bandung', 'kab bandung'],
    ['kab-bandung', 'kab bandung'],
    ['Pemerintah Kota Madiun', 'pemkot madiun'],
    ['Pemerintah Provinsi  Jawa Barat', 'pemprov jawa barat'],
    ['Propinsi Jawa Barat', 'prov jawa barat'],
    ['SP4N-LAPOR!', 'sp4n lapor'],
  ])('%j -> %j', (text, key) => {
    expect(normalizeAgencyKey(text)).toBe(key);
  });
});

describe('buildAgencyResolver', () => {
  const agencies: AgencySeed[] = [
    {
      name: 'kemenkeu',
      title: 'Kementerian Keuangan',
      type: 'kementerian',
      aliases: ['Kemenkeu', 'Depkeu'],
    },
    {
      name: 'kab-bandung',
      title: 'Pemerintah Kabupaten Bandung',
      type: 'pemkab',
      aliases: ['Kab. Bandung', 'Bandung'],
    },
    {
      name: 'kota-bandung',
      title: 'Pemerintah Kota Bandung',
      type: 'pemkot',
      aliases: ['Kota Bandung', 'Bandung'],
    },
  ];
  const resolve = buildAgencyResolver(agencies);

  it.each([
    ['Kementerian Keuangan', 'kemenkeu'],
    ['KEMENKEU RI', 'kemenkeu'],
    ['depkeu', 'kemenkeu'],
    ['group:default/kemenkeu', 'kemenkeu'],
    ['Pemkab Bandung', 'kab-bandung'],
    ['Kabupaten Bandung', 'kab-bandung'],
    ['PEMERINTAH KOTA BANDUNG', 'kota-bandung'],
    ['kota bandung', 'kota-bandung'],
  ])('%j -> %s', (text, name) => {
    expect(resolve(text)).toBe(name);
  });

  it('resolves nothing for unknown or ambiguous names', () => {
    expect(resolve('Kementerian Agama')).toBeUndefined();
    expect(resolve('Bandung')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
  });
});

describe('loadAgencySeeds', () => {
  it('reads agency Groups with singkatan and aliases, skipping other entities', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'spbe-agencies-'));
    await fs.mkdir(join(dir, 'agencies', 'kementerian'), { recursive: true });
    await fs.writeFile(
      join(dir, 'agencies', 'kementerian', 'kemenkeu.yaml'),
      `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: kemenkeu
  title: Kementerian Keuangan
  annotations:
    spbe.go.id/singkatan: Kemenkeu
    spbe.go.id/alias: "Depkeu; Kementerian Keuangan RI"
spec:
  type: kementerian
  parent: group:default/kemenko-perekonomian
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: tim-data }
spec: { type: team, children: [] }
`,
    );
    await fs.writeFile(join(dir, 'agencies', 'README.md'), '# not yaml');
    await expect(loadAgencySeeds(dir)).resolves.toEqual([
      {
        name: 'kemenkeu',
        title: 'Kementerian Keuangan',
        type: 'kementerian',
        parent: 'kemenko-perekonomian',
        aliases: ['Kemenkeu', 'Depkeu', 'Kementerian Keuangan RI'],
      },
    ]);
  });

  it('returns no seeds when the agencies directory does not exist yet', async () => {
    await expect(
      loadAgencySeeds(join(os.tmpdir(), 'does-not-exist-spbe')),
    ).resolves.toEqual([]);
  });
});
