import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { expectStatus } from '../__testUtils__/expectStatus';
import { startSpbeBackend } from '../__testUtils__/startSpbeBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });
const as = (name: string) => mockCredentials.user.header(`user:default/${name}`);

describe.each(databases.eachSupportedId())('duplicate review, audit and dashboard on %p', databaseId => {
  let server: Awaited<ReturnType<typeof startSpbeBackend>>['server'];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startSpbeBackend({ knex: await databases.init(databaseId) });
    server = backend.server;
    stop = () => backend.stop();
    expectStatus(await request(server).post('/api/spbe/sync').set('Authorization', as('arsitek')), 200);
  });
  afterAll(async () => stop?.());

  it('raises clusters, confirms with a keeper, does not raise a dismissed pair again', async () => {
    const open = await request(server).get('/api/spbe/duplicates?status=open').set('Authorization', as('arsitek'));
    const cluster = open.body.items.find((c: { members: string[] }) => c.members.includes('component:default/simpeg-kemenkes'));
    expect(cluster.members).toEqual(expect.arrayContaining(['component:default/simpeg-kemenkes', 'component:default/sikepeg-kemenkes']));
    expect(cluster.evidence.pairs.length).toBeGreaterThan(0);

    const badKeeper = await request(server).post(`/api/spbe/duplicates/${cluster.id}/confirm`).set('Authorization', as('arsitek'))
      .send({ version: 1, keeper: 'component:default/simponi', rationale: 'x' });
    expect(badKeeper.status).toBe(400);
    expect(badKeeper.body.error.message).toMatch(/keeper/);

    const dismissed = await request(server).post(`/api/spbe/duplicates/${cluster.id}/dismiss`).set('Authorization', as('arsitek'))
      .send({ version: 1, rationale: 'different units' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', reviewedBy: 'user:default/arsitek', version: 2 });

    // the next detection run does not raise the dismissed pair again
    const resync = await request(server).post('/api/spbe/sync').set('Authorization', as('arsitek'));
    expect(resync.body.duplicates.added).toBe(0);
    const reopened = await request(server).get('/api/spbe/duplicates?status=open').set('Authorization', as('arsitek'));
    expect(reopened.body.items.some((c: { members: string[] }) =>
      c.members.includes('component:default/simpeg-kemenkes') && c.members.includes('component:default/sikepeg-kemenkes'))).toBe(false);

    const missing = await request(server).post('/api/spbe/duplicates/nope/confirm').set('Authorization', as('arsitek'))
      .send({ version: 1, keeper: 'component:default/simponi', rationale: 'x' });
    expect(missing.status).toBe(404);
  });

  it('runs a coordinator audit with progress per ministry', async () => {
    const bad = await request(server).post('/api/spbe/audits').set('Authorization', as('arsitek'))
      .send({ coordinator: 'group:default/kemenkes', title: 'x', deadline: '2026-10-31' });
    expect(bad.status).toBe(400);
    const created = await request(server).post('/api/spbe/audits').set('Authorization', as('arsitek'))
      .send({ coordinator: 'group:default/kemenko-pmk', title: 'Audit PMK', deadline: '2026-10-31' });
    expect(created.status).toBe(201);
    const id = created.body.campaign.id;
    expect(created.body.progress).toEqual([{ agency: 'group:default/kemenkes', total: 2, classified: 0, byClassification: {} }]);
    const items = await request(server).get(`/api/spbe/audits/${id}/items`).set('Authorization', as('auditor-pmk'));
    const [first, second] = items.body.items;

    const noTarget = await request(server).post(`/api/spbe/audits/${id}/items/${first.id}/classification`).set('Authorization', as('auditor-pmk'))
      .send({ version: 1, classification: 'merge', rationale: 'same function' });
    expect(noTarget.status).toBe(400);
    expect(noTarget.body.error.message).toMatch(/target/);
    const merged = await request(server).post(`/api/spbe/audits/${id}/items/${first.id}/classification`).set('Authorization', as('auditor-pmk'))
      .send({ version: 1, classification: 'merge', target: second.applicationRef, rationale: 'same function' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ classification: 'merge', classifiedBy: 'user:default/auditor-pmk', version: 2 });
    const stale = await request(server).post(`/api/spbe/audits/${id}/items/${first.id}/classification`).set('Authorization', as('auditor-pmk'))
      .send({ version: 1, classification: 'keep', rationale: 'changed mind' });
    expect(stale.status).toBe(409);

    const detail = await request(server).get(`/api/spbe/audits/${id}`).set('Authorization', as('pimpinan'));
    expect(detail.body.progress).toEqual([{ agency: 'group:default/kemenkes', total: 2, classified: 1, byClassification: { merge: 1 } }]);
    const unclassified = await request(server).get(`/api/spbe/audits/${id}/items?classified=false`).set('Authorization', as('auditor-pmk'));
    expect(unclassified.body.total).toBe(1);
  });

  it('answers dashboard totals and records daily snapshots as trends', async () => {
    const summary = await request(server).get('/api/spbe/dashboard/summary').set('Authorization', as('pimpinan'));
    expect(summary.status).toBe(200);
    expect(summary.body.applications).toBe(5);
    expect(summary.body.byAgency).toEqual(expect.arrayContaining([{ key: 'group:default/kemenkes', count: 2 }, { key: 'group:default/kemenkeu', count: 2 }]));
    expect(summary.body.byCoordinator).toEqual(expect.arrayContaining([{ key: 'group:default/kemenko-pmk', count: 2 }]));
    expect(summary.body.consolidation.classified).toBeGreaterThanOrEqual(1);
    const trends = await request(server).get('/api/spbe/dashboard/trends?days=30').set('Authorization', as('pimpinan'));
    expect(trends.status).toBe(200);
    expect(Array.isArray(trends.body.items)).toBe(true);
  });
});
