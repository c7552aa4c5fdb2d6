import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  RELATION_COORDINATED_BY,
  RELATION_USES_REFERENCE,
  applicationsRelatedTo,
} from '@internal/plugin-spbe-common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { catalogModuleSpbe } from '../module';

jest.setTimeout(90_000);

/*
 * The real catalog (plugin-catalog-backend on in-memory SQLite) with the SPBE
 * module: applications relate to their Kemenko and reference nodes in one
 * direction only, and "all applications under Kemenko PMK" is still one
 * catalog query, a filter on the forward relation.
 */
const fixtures = resolve(__dirname, '../__fixtures__');

/** One `filter` parameter: its conditions are ANDed (several `filter` parameters would be ORed). */
function filterQuery(filter: Record<string, string>): string {
  return `filter=${encodeURIComponent(
    Object.entries(filter)
      .map(([key, value]) => `${key}=${value}`)
      .join(','),
  )}`;
}

describe('SPBE relations in the catalog', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-relations-'));
    await writeFile(
      join(dir, 'inventory.csv'),
      [
        'id,nama,instansi,jenis,kode_ral',
        'K-1,SehatKu,Kemenkes,umum,RAL.02.03',
        'K-2,e-Registrasi Obat,BPOM,khusus,RAL.02.03.01',
        'B-1,Bandung Sehat,Kota Bandung,khusus,RAL.02.03',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists the applications under a Kemenko with one filter on coordinatedBy, and writes no reverse relation onto it', async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleSpbe,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              processingInterval: { seconds: 5 },
              rules: [
                {
                  allow: [
                    'Component',
                    'Group',
                    'Location',
                    'ReferenceArchitecture',
                  ],
                },
              ],
              locations: [
                'catalog-info/agencies/central.yaml',
                'catalog-info/agencies/provinces.yaml',
                'generated-agencies.yaml',
                'catalog-info/reference/ral.yaml',
              ].map(file => ({ type: 'file', target: join(fixtures, file) })),
            },
            spbe: {
              catalogInfoDir: join(fixtures, 'catalog-info'),
              agencies: { files: [join(fixtures, 'generated-agencies.yaml')] },
              inventory: { files: [join(dir, 'inventory.csv')] },
            },
          },
        }),
      ],
    });

    const query = async (filter: Record<string, string>) => {
      const res = await request(backend.server).get(
        `/api/catalog/entities/by-query?${filterQuery(filter)}&limit=100`,
      );
      expect(res.status).toBe(200);
      return (res.body.items as Entity[])
        .map(e => e.metadata.title ?? e.metadata.name)
        .sort();
    };
    const entity = async (ref: string): Promise<Entity> => {
      const res = await request(backend.server).get(
        `/api/catalog/entities/by-name/${ref}`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };

    // Wait until the three applications are stitched.
    const deadline = Date.now() + 60_000;
    while (
      (await query({ kind: 'component', 'spec.type': 'aplikasi' })).length <
        3 &&
      Date.now() < deadline
    ) {
      await new Promise(r => setTimeout(r, 500));
    }
    const all = await query(
      applicationsRelatedTo(
        RELATION_USES_REFERENCE,
        'referencearchitecture:default/ral-02-03',
      ),
    );
    // K-2's RAL.02.03.01 is its own node, so two applications use RAL.02.03.
    expect(all).toEqual(['Bandung Sehat', 'SehatKu']);

    // BPOM is under Kemenkes, which is under Kemenko PMK; Bandung has none.
    expect(
      await query(
        applicationsRelatedTo(
          RELATION_COORDINATED_BY,
          'group:default/kemenko-pmk',
        ),
      ),
    ).toEqual(['SehatKu', 'e-Registrasi Obat']);
    // The same filter, as the brief writes it by hand (keys are case-insensitive).
    expect(
      await query({
        'relations.coordinatedby': 'group:default/kemenko-pmk',
      }),
    ).toEqual(['SehatKu', 'e-Registrasi Obat']);

    // The shared targets carry only their own relations (the Kemenko its
    // ministries, the node its parent and children), none per application.
    const kemenko = await entity('group/default/kemenko-pmk');
    expect(kemenko.relations?.map(r => r.type).sort()).toEqual(['parentOf']);
    const node = await entity('referencearchitecture/default/ral-02-03');
    expect(node.relations?.map(r => r.type).sort()).toEqual([
      'childOf',
      'parentOf',
    ]);

    await backend.stop();
  });
});
