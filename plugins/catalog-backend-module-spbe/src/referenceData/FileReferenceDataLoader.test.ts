import { mockServices } from '@backstage/backend-test-utils';
import { cp, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileReferenceDataLoader } from './FileReferenceDataLoader';

const fixtures = resolve(__dirname, '../__fixtures__');

describe('FileReferenceDataLoader', () => {
  let dir: string;
  let clock: number;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-ref-'));
    await cp(join(fixtures, 'catalog-info'), join(dir, 'catalog-info'), {
      recursive: true,
    });
    await cp(
      join(fixtures, 'generated-agencies.yaml'),
      join(dir, 'agencies.yaml'),
    );
    clock = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  function createLoader(agencyFiles = [join(dir, 'agencies.yaml')]) {
    return FileReferenceDataLoader.create({
      catalogInfoDir: join(dir, 'catalog-info'),
      agencyFiles,
      logger: mockServices.logger.mock(),
      checkIntervalMs: 1000,
      now: () => clock,
    });
  }

  it('loads agencies, extra agency files and reference codes', async () => {
    const data = await createLoader().get();
    expect(
      data.agencies
        .list()
        .map(a => a.name)
        .sort(),
    ).toEqual([
      'bpom',
      'kemenkes',
      'kemenko-pmk',
      'pemkot-bandung',
      'pemprov-jawa-barat',
    ]);
    expect(data.agencies.get('kemenkes')).toEqual({
      name: 'kemenkes',
      title: 'Kementerian Kesehatan',
      type: 'kementerian',
      parent: 'kemenko-pmk',
      aliases: ['Kemenkes', 'Depkes', 'Departemen Kesehatan'],
    });
    expect(data.agencies.coordinatorOf('bpom')).toBe('kemenko-pmk');
    expect(data.agencies.provinceOf('pemkot-bandung')).toBe(
      'pemprov-jawa-barat',
    );
    expect(data.taxonomy.size).toBe(5);
    expect(data.taxonomy.has('RAB.09.05')).toBe(true);
    expect(data.resolveAgency('DEPKES')).toBe('kemenkes');
    expect(data.resolveAgency('Pemerintah Kota Bandung')).toBe(
      'pemkot-bandung',
    );
    expect(data.resolveAgency('Kementerian Antah Berantah')).toBeUndefined();
  });

  it('skips a configured agency file that does not exist', async () => {
    const data = await createLoader([join(dir, 'missing.yaml')]).get();
    expect(data.agencies.get('pemkot-bandung')).toBeUndefined();
    expect(data.agencies.size).toBe(4);
  });

  it('reloads changed files after the check interval only', async () => {
    const loader = createLoader();
    const first = await loader.get();
    const file = join(dir, 'catalog-info/agencies/provinces.yaml');
    await writeFile(
      file,
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: pemprov-banten\nspec:\n  type: pemprov\n  children: []\n',
    );
    await utimes(file, new Date(), new Date(Date.now() + 5000));

    clock = 500;
    expect(await loader.get()).toBe(first);

    clock = 1500;
    const second = await loader.get();
    expect(second).not.toBe(first);
    expect(second.version).not.toBe(first.version);
    expect(second.agencies.get('pemprov-banten')?.type).toBe('pemprov');
    expect(second.agencies.provinceOf('pemkot-bandung')).toBeUndefined();

    clock = 3000;
    expect(await loader.get()).toBe(second);
  });

  it('keeps the previous snapshot when a file becomes unparseable', async () => {
    const loader = createLoader();
    const first = await loader.get();
    const file = join(dir, 'catalog-info/reference/ral.yaml');
    await writeFile(file, 'kind: [unclosed\n');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    clock = 5000;
    expect(await loader.get()).toBe(first);
  });

  it('fails when nothing was ever loaded and a file is unparseable', async () => {
    await writeFile(
      join(dir, 'catalog-info/reference/bad.yaml'),
      'kind: [unclosed\n',
    );
    await expect(createLoader().get()).rejects.toThrow(/invalid YAML/);
  });
});
