import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CatalogProcessor,
  EntityProvider,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { catalogModuleSpbe } from './module';
import { SpbeEntityProcessor } from './processor';
import { SpbeInventoryEntityProvider } from './provider';

jest.setTimeout(60_000);

describe('catalogModuleSpbe', () => {
  let dir: string;
  let inventory: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-module-'));
    inventory = join(dir, 'kemenkes.csv');
    await writeFile(
      inventory,
      'id,nama,instansi,jenis\nA-1,SehatKu,Kemenkes,umum\nA-2,Entah,Dinas Antah,khusus\n',
    );
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function start(options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    unauthenticated?: boolean;
  }) {
    const processors: CatalogProcessor[] = [];
    const providers: EntityProvider[] = [];
    const backend = await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          {
            addProcessor: (
              ...p: Array<CatalogProcessor | CatalogProcessor[]>
            ) => processors.push(...p.flat()),
            addEntityProvider: (
              ...p: Array<EntityProvider | EntityProvider[]>
            ) => providers.push(...p.flat()),
            addPlaceholderResolver: () => {},
            setOnProcessingErrorHandler: () => {},
          },
        ],
      ],
      features: [
        catalogModuleSpbe,
        mockServices.rootConfig.factory({
          data: {
            spbe: {
              catalogInfoDir: resolve(__dirname, '__fixtures__/catalog-info'),
              inventory: { files: [inventory] },
            },
          },
        }),
        mockServices.permissions.factory({
          result: options.permission ?? AuthorizeResult.ALLOW,
        }),
        ...(options.unauthenticated
          ? [
              mockServices.httpAuth.factory({
                defaultCredentials: mockCredentials.none(),
              }),
            ]
          : []),
      ],
    });
    return { backend, processors, providers };
  }

  it('registers the processor and one provider per inventory file', async () => {
    const { backend, processors, providers } = await start({});
    expect(processors).toEqual([expect.any(SpbeEntityProcessor)]);
    expect(providers.map(p => p.getProviderName())).toEqual([
      'spbe-inventory:kemenkes.csv',
    ]);
    await backend.stop();
  });

  it('serves the import reports written by the provider', async () => {
    const { backend, providers } = await start({});
    const provider = providers[0] as SpbeInventoryEntityProvider;
    await provider.connect({
      applyMutation: async () => {},
      refresh: async () => {},
    });
    await provider.refresh();

    const latest = await request(backend.server).get(
      '/api/catalog/spbe/import-reports',
    );
    expect(latest.status).toBe(200);
    expect(latest.body.items).toEqual([
      expect.objectContaining({
        file: 'kemenkes.csv',
        status: 'ok',
        counts: {
          rows: 2,
          imported: 1,
          errors: 1,
          added: 1,
          updated: 0,
          removed: 0,
        },
        rowErrors: [
          expect.objectContaining({
            row: 3,
            column: 'instansi',
            value: 'Dinas Antah',
          }),
        ],
      }),
    ]);

    const history = await request(backend.server).get(
      '/api/catalog/spbe/import-reports/kemenkes.csv',
    );
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);

    const missing = await request(backend.server).get(
      '/api/catalog/spbe/import-reports/other.csv',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('NotFoundError');

    const badLimit = await request(backend.server).get(
      '/api/catalog/spbe/import-reports/kemenkes.csv?limit=0',
    );
    expect(badLimit.status).toBe(400);
    await backend.stop();
  });

  it('answers 403 when the permission is denied', async () => {
    const { backend } = await start({ permission: AuthorizeResult.DENY });
    const res = await request(backend.server).get(
      '/api/catalog/spbe/import-reports',
    );
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringContaining('spbe.import.read'),
    });
    const one = await request(backend.server).get(
      '/api/catalog/spbe/import-reports/kemenkes.csv',
    );
    expect(one.status).toBe(403);
    await backend.stop();
  });

  it('answers 401 without credentials', async () => {
    const { backend } = await start({ unauthenticated: true });
    const res = await request(backend.server).get(
      '/api/catalog/spbe/import-reports',
    );
    expect(res.status).toBe(401);
    await backend.stop();
  });
});
