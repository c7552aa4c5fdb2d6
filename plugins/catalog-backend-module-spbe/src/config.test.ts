import { ConfigReader } from '@backstage/config';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DEFAULT_INVENTORY_SCHEDULE,
  defaultCatalogInfoDir,
  readSpbeModuleConfig,
} from './config';

describe('readSpbeModuleConfig', () => {
  it('reads files, agency files and schedule', () => {
    const config = readSpbeModuleConfig(
      new ConfigReader({
        spbe: {
          catalogInfoDir: '/srv/catalog-info',
          agencies: { files: ['/srv/generated/agencies.yaml'] },
          inventory: {
            files: ['/srv/a.csv', 'b.xlsx'],
            schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
          },
        },
      }),
    );
    expect(config).toEqual({
      catalogInfoDir: '/srv/catalog-info',
      agencyFiles: ['/srv/generated/agencies.yaml'],
      inventory: {
        files: ['/srv/a.csv', resolve('b.xlsx')],
        schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
      },
    });
  });

  it('defaults to no inventory, every 30 seconds', () => {
    const config = readSpbeModuleConfig(new ConfigReader({}));
    expect(config.inventory).toEqual({
      files: [],
      schedule: DEFAULT_INVENTORY_SCHEDULE,
    });
    expect(config.agencyFiles).toEqual([]);
  });

  it('rejects two inventory files with the same name', () => {
    expect(() =>
      readSpbeModuleConfig(
        new ConfigReader({
          spbe: { inventory: { files: ['/a/x.csv', '/b/x.csv'] } },
        }),
      ),
    ).toThrow('share the file name x.csv');
  });
});

describe('defaultCatalogInfoDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-cfg-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('finds catalog-info of the repository root from packages/backend', async () => {
    await mkdir(join(dir, 'catalog-info'));
    await mkdir(join(dir, 'packages/backend'), { recursive: true });
    expect(defaultCatalogInfoDir(join(dir, 'packages/backend'))).toBe(
      join(dir, 'catalog-info'),
    );
    expect(defaultCatalogInfoDir(dir)).toBe(join(dir, 'catalog-info'));
  });
});
