import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import spbePlugin from '@internal/plugin-spbe-backend';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { SpbeGateClient } from './SpbeGateClient';
import { Grandfathering } from './grandfathering';
import { SpbeGateBlockedError, SpbeGateProcessor } from './SpbeGateProcessor';

jest.setTimeout(60_000);

const location = { type: 'url', target: 'https://example.go.id/catalog-info.yaml' };

function group(name: string, type: string, parent?: string): Entity {
  return { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name, namespace: 'default' }, spec: { type, children: [], ...(parent ? { parent } : {}) } };
}

function app(name: string, annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title: name === 'simpeg-kemenkes' ? 'SIMPEG Kemenkes' : 'Sistem Informasi Kepegawaian',
      annotations: { 'spbe.go.id/jenis': 'khusus', 'spbe.go.id/fungsi': 'kepegawaian; data pegawai; absensi pegawai', ...annotations },
    },
    spec: { type: 'aplikasi', owner: 'group:default/kemenkes', lifecycle: 'production' },
    relations: [{ type: 'coordinatedBy', targetRef: 'group:default/kemenko-pmk' }],
  };
}

describe('SpbeGateProcessor against the SPBE backend', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let client: SpbeGateClient;
  let approvedId: string;
  let draftId: string;
  const logger = mockServices.logger.mock();

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        spbePlugin,
        mockServices.rootConfig.factory({ data: { spbe: { enforcement: { mode: 'block' } } } }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        catalogServiceMock.factory({
          entities: [
            group('kemenko-pmk', 'kemenko'),
            group('kemenkes', 'kementerian', 'kemenko-pmk'),
            app('simpeg-kemenkes', { 'spbe.go.id/inventory-source': 'kemenkes.csv#1', 'spbe.go.id/kode-ral': 'RAL.02.04' }),
          ],
        }),
      ],
    });
    const server = backend.server;
    const user = mockCredentials.user.header('user:default/arsitek');
    const sync = await request(server).post('/api/spbe/sync').set('Authorization', user);
    if (sync.status !== 200) throw new Error(`sync failed: ${JSON.stringify(sync.body)}`);
    const body = { name: 'Aplikasi Telemedisin', description: 'Konsultasi dokter jarak jauh', functions: ['telemedisin'], agency: 'group:default/kemenkes' };
    approvedId = (await request(server).post('/api/spbe/proposals').set('Authorization', user).send({ ...body, submit: true })).body.id;
    await request(server).post(`/api/spbe/proposals/${approvedId}/review`).set('Authorization', user).send({ version: 2 });
    const decided = await request(server).post(`/api/spbe/proposals/${approvedId}/decision`).set('Authorization', user)
      .send({ version: 3, outcome: 'approved', rationale: 'No telemedicine platform exists' });
    if (decided.body.status !== 'approved') throw new Error(`decision failed: ${JSON.stringify(decided.body)}`);
    draftId = (await request(server).post('/api/spbe/proposals').set('Authorization', user).send(body)).body.id;

    const port = (server.address() as AddressInfo).port;
    const discovery = {
      getBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
      getExternalBaseUrl: async (pluginId: string) => `http://localhost:${port}/api/${pluginId}`,
    };
    client = new SpbeGateClient({ discovery, auth: mockServices.auth() });
  });

  afterAll(async () => backend?.stop());

  const processor = (mode: 'off' | 'warn' | 'block') =>
    new SpbeGateProcessor({ mode, checker: client, logger, grandfathering: Grandfathering.of([]) });

  it('off: lets everything through without asking', async () => {
    const spy = jest.spyOn(client, 'check');
    const entity = app('simpeg-baru');
    await expect(processor('off').preProcessEntity(entity, location)).resolves.toBe(entity);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('warn: flags a new application and names what to reuse', async () => {
    const out = await processor('warn').preProcessEntity(app('simpeg-baru'), location);
    expect(out.metadata.labels?.['spbe.go.id/gate']).toBe('flagged');
    expect(out.metadata.annotations?.['spbe.go.id/gate']).toBe('flagged');
    expect(out.metadata.annotations?.['spbe.go.id/gate-reasons']).toMatch(/spbe.go.id\/usulan is missing/);
    expect(out.metadata.annotations?.['spbe.go.id/gate-reasons']).toMatch(/component:default\/simpeg-kemenkes/);
  });

  it('block: refuses a new application with the approval it needs and the applications to reuse', async () => {
    const run = processor('block').preProcessEntity(app('simpeg-baru-2'), location);
    await expect(run).rejects.toThrow(SpbeGateBlockedError);
    await expect(run).rejects.toThrow(/needs an approved proposal .*spbe.go.id\/usulan.*reuse instead: SIMPEG Kemenkes \(component:default\/simpeg-kemenkes\)/);
  });

  it('block: refuses a proposal that is not approved', async () => {
    await expect(
      processor('block').preProcessEntity(app('telemedisin', { 'spbe.go.id/usulan': draftId }), location),
    ).rejects.toThrow(`proposal ${draftId} is draft, not approved`);
    await expect(
      processor('block').preProcessEntity(app('telemedisin-2', { 'spbe.go.id/usulan': 'no-such-proposal' }), location),
    ).rejects.toThrow(/does not exist/);
  });

  it('block: passes an application with an approved proposal, grandfathered ones and non-applications', async () => {
    const approved = app('telemedisin', { 'spbe.go.id/usulan': approvedId });
    await expect(processor('block').preProcessEntity(approved, location)).resolves.toBe(approved);
    const grandfathered = app('lama', {
      'spbe.go.id/inventory-source': 'x.csv#2',
      'backstage.io/managed-by-location': 'spbe-inventory:/data/x.csv',
    });
    await expect(processor('block').preProcessEntity(grandfathered, location)).resolves.toBe(grandfathered);
    const website: Entity = { ...app('web'), spec: { type: 'website', owner: 'kemenkes' } };
    await expect(processor('block').preProcessEntity(website, location)).resolves.toBe(website);
  });

  it('asks once per unchanged entity (cache)', async () => {
    const fetchSpy = jest.spyOn(global, 'fetch');
    const entity = app('cache-test');
    await processor('warn').preProcessEntity(entity, location);
    await processor('warn').preProcessEntity(entity, location);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    fetchSpy.mockRestore();
  });

  it('block: holds an entity back when the SPBE backend cannot answer', async () => {
    const failing = { check: async () => { throw new Error('connect ECONNREFUSED'); } };
    const p = new SpbeGateProcessor({ mode: 'block', checker: failing, logger, grandfathering: Grandfathering.of([]) });
    await expect(p.preProcessEntity(app('x'), location)).rejects.toThrow(/could not check/);
    const w = new SpbeGateProcessor({ mode: 'warn', checker: failing, logger, grandfathering: Grandfathering.of([]) });
    const e = app('y');
    await expect(w.preProcessEntity(e, location)).resolves.toBe(e);
  });
});
