import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CatalogProcessorResult,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import { testReferenceData } from '../__fixtures__/testReferenceData';
import { SpbeEntityProcessor } from './SpbeEntityProcessor';

const location: LocationSpec = {
  type: 'url',
  target: 'https://example.test/catalog-info.yaml',
};

function application(
  annotations: Record<string, string>,
  overrides: {
    owner?: string;
    labels?: Record<string, string>;
    type?: string;
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'app-x', annotations, labels: overrides.labels },
    spec: {
      type: overrides.type ?? 'aplikasi',
      lifecycle: 'production',
      owner: overrides.owner ?? 'group:default/kemenkes',
    },
  };
}

const valid = {
  'spbe.go.id/jenis': 'khusus',
  'spbe.go.id/kode-ral': 'RAL.02.03',
};

function createProcessor() {
  const data = testReferenceData();
  const get = jest.fn(async () => data);
  return {
    processor: new SpbeEntityProcessor({ referenceData: { get } }),
    get,
  };
}

async function run(entity: Entity) {
  const { processor } = createProcessor();
  const emitted: CatalogProcessorResult[] = [];
  const pre = await processor.preProcessEntity(entity);
  const valid_ = await processor.validateEntityKind(pre);
  await processor.postProcessEntity(pre, location, r => emitted.push(r));
  const errors = emitted.flatMap(r =>
    r.type === 'error' ? [r.error.message] : [],
  );
  const relations = emitted.flatMap(r =>
    r.type === 'relation'
      ? [
          `${r.relation.source.name} ${
            r.relation.type
          } ${r.relation.target.kind.toLocaleLowerCase('en-US')}:${
            r.relation.target.namespace
          }/${r.relation.target.name}`,
        ]
      : [],
  );
  return { entity: pre, validated: valid_, errors, relations };
}

describe('SpbeEntityProcessor: applications', () => {
  it('normalises messy codes and DPI ids and writes them back ;-separated', async () => {
    const { entity, errors } = await run(
      application({
        'spbe.go.id/jenis': ' Umum ',
        'spbe.go.id/kode-ral': 'ral.2.03, RAL 2-3 ;ral.2.03.01',
        'spbe.go.id/kode-rab': 'rab 9-5',
        'spbe.go.id/dpi': 'Pembayaran, dpi-identitas digital',
        'spbe.go.id/status': 'AKTIF',
      }),
    );
    expect(entity.metadata.annotations).toMatchObject({
      'spbe.go.id/jenis': 'umum',
      'spbe.go.id/kode-ral': 'RAL.02.03;RAL.02.03.01',
      'spbe.go.id/kode-rab': 'RAB.09.05',
      'spbe.go.id/dpi': 'pembayaran;identitas-digital',
      'spbe.go.id/status': 'aktif',
    });
    expect(errors).toEqual([]);
  });

  it('sets only the level-2 RAL label and drops the retired ones', async () => {
    const { entity } = await run(
      application(
        {
          ...valid,
          'spbe.go.id/kode-ral': 'RAL.02.03.01',
          'spbe.go.id/platform-nasional': ' TRUE ',
        },
        {
          owner: 'bpom',
          labels: {
            team: 'x',
            'spbe.go.id/koordinator': 'stale',
            'spbe.go.id/jenis': 'umum',
            'spbe.go.id/instansi': 'kemenkes',
            'spbe.go.id/platform-nasional': 'false',
            'spbe.go.id/provinsi': 'pemprov-jawa-barat',
          },
        },
      ),
    );
    // Catalog filters read jenis and the platform flag from the annotations,
    // the agency from spec.owner and the coordinator from its relation: a
    // label for each would be one more search row per application.
    expect(entity.metadata.labels).toEqual({
      team: 'x',
      'spbe.go.id/ral': 'RAL.02.03',
    });
    expect(
      entity.metadata.annotations?.['spbe.go.id/platform-nasional'],
    ).toBe('true');
  });

  it('sets no RAL label on an application without RAL codes', async () => {
    const { entity } = await run(
      application(
        { ...valid, 'spbe.go.id/kode-ral': '' },
        { owner: 'group:pemkot-bandung' },
      ),
    );
    expect(entity.metadata.labels ?? {}).toEqual({});
  });

  it.each([
    [
      'an unknown code',
      { ...valid, 'spbe.go.id/kode-ral': 'RAL.99.01' },
      'component:default/app-x: annotation spbe.go.id/kode-ral has unknown code "RAL.99.01"',
    ],
    [
      'a level-2 code missing from the taxonomy',
      { ...valid, 'spbe.go.id/kode-ral': 'ral.2.04' },
      'component:default/app-x: annotation spbe.go.id/kode-ral has unknown code "RAL.02.04"',
    ],
    [
      'an agency-defined code under an unknown level-2 node',
      { ...valid, 'spbe.go.id/kode-rab': 'RAB.09.04.01' },
      'component:default/app-x: annotation spbe.go.id/kode-rab has unknown code "RAB.09.04.01"',
    ],
    [
      'an unparseable code',
      { ...valid, 'spbe.go.id/kode-ral': 'RAL.02.xx' },
      'component:default/app-x: annotation spbe.go.id/kode-ral has unparseable code "RAL.02.xx"',
    ],
    [
      'a code of another domain',
      { ...valid, 'spbe.go.id/kode-ral': 'RAB.09.05' },
      'component:default/app-x: annotation spbe.go.id/kode-ral has code "RAB.09.05" of domain RAB, expected RAL',
    ],
    [
      'a missing jenis',
      { 'spbe.go.id/kode-ral': 'RAL.02.03' },
      'component:default/app-x: annotation spbe.go.id/jenis is missing (expected umum or khusus)',
    ],
    [
      'a wrong jenis',
      { ...valid, 'spbe.go.id/jenis': 'Aplikasi Umum' },
      'component:default/app-x: annotation spbe.go.id/jenis has invalid value "aplikasi umum" (expected umum or khusus)',
    ],
    [
      'an unknown DPI block',
      { ...valid, 'spbe.go.id/dpi': 'pembayaran;teleportasi' },
      'component:default/app-x: annotation spbe.go.id/dpi has unknown DPI block "teleportasi"',
    ],
    [
      'an unknown implemented DPI block',
      { ...valid, 'spbe.go.id/implements-dpi': 'kripto' },
      'component:default/app-x: annotation spbe.go.id/implements-dpi has unknown DPI block "kripto"',
    ],
    [
      'a bad status',
      { ...valid, 'spbe.go.id/status': 'rusak' },
      'component:default/app-x: annotation spbe.go.id/status has invalid value "rusak" (expected aktif, pengembangan, nonaktif)',
    ],
  ])('rejects %s', async (_name, annotations, message) => {
    const { errors } = await run(application(annotations));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    [
      'a team that is no agency',
      'group:default/tim-portal',
      'spec.owner "group:default/tim-portal" is not an agency',
    ],
    [
      'a user',
      'user:default/budi',
      'spec.owner "user:default/budi" is not an agency',
    ],
    [
      'a group of another namespace',
      'group:other/kemenkes',
      'spec.owner "group:other/kemenkes" is not an agency',
    ],
  ])('rejects an owner that is %s', async (_name, owner, message) => {
    const { errors } = await run(application(valid, { owner }));
    expect(errors).toEqual([
      `component:default/app-x: ${message} of the agency directory`,
    ]);
  });

  it('reports every problem of an entity, not only the first', async () => {
    const { errors } = await run(
      application(
        { 'spbe.go.id/kode-ral': 'RAL.99.01', 'spbe.go.id/status': 'x' },
        { owner: 'nobody' },
      ),
    );
    expect(errors).toHaveLength(4);
  });

  it('emits relations to reference nodes, coordinator and DPI blocks', async () => {
    const { relations, errors } = await run(
      application(
        {
          ...valid,
          'spbe.go.id/kode-ral': 'RAL.02.03;RAL.02.03.01.05',
          'spbe.go.id/kode-rab': 'RAB.09.05',
          'spbe.go.id/dpi': 'pembayaran',
          'spbe.go.id/implements-dpi': 'identitas-digital',
        },
        { owner: 'bpom' },
      ),
    );
    expect(errors).toEqual([]);
    expect(relations).toEqual([
      'app-x usesReference referencearchitecture:default/ral-02-03',
      'app-x usesReference referencearchitecture:default/ral-02-03-01',
      'app-x usesReference referencearchitecture:default/rab-09-05',
      'app-x coordinatedBy group:default/kemenko-pmk',
      'app-x consumesDpi resource:default/dpi-pembayaran',
      'app-x dependsOn resource:default/dpi-pembayaran',
      'app-x implementsDpi resource:default/dpi-identitas-digital',
      'dpi-identitas-digital dpiImplementedBy component:default/app-x',
    ]);
  });

  it('writes no relation onto the shared targets (Kemenko, reference nodes, DPI blocks) it consumes', async () => {
    // Thousands of applications point at one Kemenko, reference node or DPI
    // block; a reverse relation would re-stitch that entity on every change
    // of any of them (docs/architecture.md, "Relations to shared targets").
    const { relations } = await run(
      application(
        {
          ...valid,
          'spbe.go.id/kode-rab': 'RAB.09.05',
          'spbe.go.id/dpi': 'pembayaran;identitas-digital',
        },
        { owner: 'kemenkes' },
      ),
    );
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.filter(r => !r.startsWith('app-x '))).toEqual([]);
  });

  it('emits no coordinator relation for a local government', async () => {
    const { relations } = await run(
      application(valid, { owner: 'pemkot-bandung' }),
    );
    expect(relations.filter(r => r.includes('coordinat'))).toEqual([]);
  });

  it('leaves other components alone', async () => {
    const entity = application(
      { 'spbe.go.id/kode-ral': 'ral.2.03' },
      { type: 'service' },
    );
    const result = await run(entity);
    expect(result.entity).toBe(entity);
    expect(result.errors).toEqual([]);
    expect(result.relations).toEqual([]);
    expect(result.validated).toBe(false);
  });

  it('reads the reference data snapshot without I/O per entity', async () => {
    const { processor, get } = createProcessor();
    const entity = application(valid);
    await processor.preProcessEntity(entity);
    await processor.postProcessEntity(entity, location, () => {});
    // Normalising needs no reference data; validating and relating read the
    // in-memory snapshot once.
    expect(get).toHaveBeenCalledTimes(1);
  });
});

function reference(spec: JsonObject, name: string): Entity {
  return {
    apiVersion: 'spbe.go.id/v1alpha1',
    kind: 'ReferenceArchitecture',
    metadata: { name },
    spec,
  };
}

describe('SpbeEntityProcessor: ReferenceArchitecture', () => {
  it('validates a node, normalising its code, and relates it to its parent', async () => {
    const result = await run(
      reference(
        { code: 'ral.2.3', domain: 'RAL', level: 2, parent: 'ral.2' },
        'ral-02-03',
      ),
    );
    expect(result.validated).toBe(true);
    expect(result.entity.spec).toEqual({
      code: 'RAL.02.03',
      domain: 'RAL',
      level: 2,
      parent: 'RAL.02',
    });
    expect(result.relations).toEqual([
      'ral-02-03 childOf referencearchitecture:default/ral-02',
      'ral-02 parentOf referencearchitecture:default/ral-02-03',
    ]);
  });

  it('validates a level-1 node without relations', async () => {
    const result = await run(
      reference({ code: 'RAB.09', domain: 'RAB', level: 1 }, 'rab-09'),
    );
    expect(result.validated).toBe(true);
    expect(result.relations).toEqual([]);
  });

  it.each([
    [{ domain: 'RAL', level: 2 }, 'ral-02-03', 'spec.code is missing'],
    [
      { code: 'RAX.01', domain: 'RAL', level: 1 },
      'rax-01',
      'spec.code "RAX.01" is unparseable',
    ],
    [
      { code: 'RAL.02.03', domain: 'RAL', level: 2, parent: 'RAL.02' },
      'ral-2-3',
      'metadata.name "ral-2-3" does not match spec.code "RAL.02.03" (expected "ral-02-03")',
    ],
    [
      { code: 'RAL.02.03', domain: 'RAB', level: 2, parent: 'RAL.02' },
      'ral-02-03',
      'spec.domain "RAB" does not match',
    ],
    [
      { code: 'RAL.02.03', domain: 'RAL', level: 3, parent: 'RAL.02' },
      'ral-02-03',
      'spec.level "3" does not match spec.code "RAL.02.03" (expected 2)',
    ],
    [
      { code: 'RAL.02.03', domain: 'RAL', level: 2, parent: 'RAL.01' },
      'ral-02-03',
      'spec.parent "RAL.01" does not match spec.code "RAL.02.03" (expected "RAL.02")',
    ],
    [
      { code: 'RAL.02.03', domain: 'RAL', level: 2 },
      'ral-02-03',
      'spec.parent "" does not match',
    ],
    [
      { code: 'RAL.02', domain: 'RAL', level: 1, parent: 'RAL.01' },
      'ral-02',
      'spec.parent "RAL.01" is set on level-1 code "RAL.02"',
    ],
  ])('rejects %j named %s', async (spec, name, message) => {
    const { processor } = createProcessor();
    const entity = await processor.preProcessEntity(reference(spec, name));
    await expect(processor.validateEntityKind(entity)).rejects.toThrow(
      `referencearchitecture:default/${name}: ${message}`,
    );
  });

  it('does not claim entities of another apiVersion', async () => {
    const { processor } = createProcessor();
    await expect(
      processor.validateEntityKind({
        ...reference({}, 'x'),
        apiVersion: 'backstage.io/v1alpha1',
      }),
    ).resolves.toBe(false);
  });
});

describe('SpbeEntityProcessor: agencies', () => {
  it('relates an agency to its successor and predecessor', async () => {
    const result = await run({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'kominfo',
        annotations: {
          'spbe.go.id/pengganti': 'komdigi',
          'spbe.go.id/pendahulu': 'group:default/depkominfo',
        },
      },
      spec: { type: 'kementerian', children: [] },
    });
    expect(result.relations).toEqual([
      'kominfo succeededBy group:default/komdigi',
      'komdigi succeeds group:default/kominfo',
      'kominfo succeeds group:default/depkominfo',
      'depkominfo succeededBy group:default/kominfo',
    ]);
  });

  it('reports an unparseable successor ref', async () => {
    const result = await run({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'kominfo',
        annotations: { 'spbe.go.id/pengganti': 'group:default/' },
      },
      spec: { type: 'kementerian', children: [] },
    });
    expect(result.errors).toEqual([
      'group:default/kominfo: annotation spbe.go.id/pengganti has invalid entity ref "group:default/"',
    ]);
  });
});
