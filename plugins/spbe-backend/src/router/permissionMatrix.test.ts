import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { expectStatus } from '../__testUtils__/expectStatus';
import { startSpbeBackend } from '../__testUtils__/startSpbeBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const ROLES = ['arsitek', 'pimpinan', 'dev-kemenkes', 'dev-kemenkeu', 'auditor-pmk', 'outsider'] as const;
type Role = (typeof ROLES)[number];
const as = (role: Role | 'arsitek') => mockCredentials.user.header(`user:default/${role}`);

type Server = Awaited<ReturnType<typeof startSpbeBackend>>['server'];
type Ctx = { server: Server; proposal: (status: 'draft' | 'submitted' | 'in-review') => Promise<string>; clusterId: string; auditId: string; itemId: number };

/** allow: passes the permission check; deny: 403; empty: 200 with nothing listed. */
type Expect = 'allow' | 'deny' | 'empty';

const proposalBody = {
  name: 'Aplikasi Rujukan Pasien',
  description: 'Rujukan pasien antar rumah sakit',
  functions: ['rujukan pasien'],
  agency: 'group:default/kemenkes',
};

const A: Expect = 'allow';
const D: Expect = 'deny';
const E: Expect = 'empty';

// expected result per role, in the order of ROLES
const matrix: [string, (ctx: Ctx, role: Role) => Promise<request.Response>, Expect[]][] = [
  ['GET /proposals', ({ server }, r) => request(server).get('/api/spbe/proposals').set('Authorization', as(r)), [A, A, A, A, A, E]],
  ['POST /proposals', ({ server }, r) => request(server).post('/api/spbe/proposals').set('Authorization', as(r)).send(proposalBody), [A, D, A, D, D, D]],
  ['GET /proposals/{id}', async (c, r) => request(c.server).get(`/api/spbe/proposals/${await c.proposal('draft')}`).set('Authorization', as(r)), [A, A, A, D, A, D]],
  ['PUT /proposals/{id}', async (c, r) => request(c.server).put(`/api/spbe/proposals/${await c.proposal('draft')}`).set('Authorization', as(r)).send({ ...proposalBody, version: 1 }), [A, D, A, D, D, D]],
  ['POST /proposals/{id}/submit', async (c, r) => request(c.server).post(`/api/spbe/proposals/${await c.proposal('draft')}/submit`).set('Authorization', as(r)).send({ version: 1 }), [A, D, A, D, D, D]],
  ['POST /proposals/{id}/withdraw', async (c, r) => request(c.server).post(`/api/spbe/proposals/${await c.proposal('draft')}/withdraw`).set('Authorization', as(r)).send({ version: 1 }), [A, D, A, D, D, D]],
  ['POST /proposals/{id}/review', async (c, r) => request(c.server).post(`/api/spbe/proposals/${await c.proposal('submitted')}/review`).set('Authorization', as(r)).send({ version: 2 }), [A, D, D, D, D, D]],
  ['POST /proposals/{id}/decision', async (c, r) => request(c.server).post(`/api/spbe/proposals/${await c.proposal('in-review')}/decision`).set('Authorization', as(r)).send({ version: 3, outcome: 'approved', rationale: 'ok' }), [A, D, D, D, D, D]],
  ['POST /proposals/{id}/comments', async (c, r) => request(c.server).post(`/api/spbe/proposals/${await c.proposal('submitted')}/comments`).set('Authorization', as(r)).send({ text: 'hmm' }), [A, A, A, D, A, D]],
  ['GET /approvals/{id}', async (c, r) => request(c.server).get(`/api/spbe/approvals/${await c.proposal('draft')}`).set('Authorization', as(r)), [A, A, A, D, A, D]],
  ['POST /reuse-check', ({ server }, r) => request(server).post('/api/spbe/reuse-check').set('Authorization', as(r)).send({ name: 'SIMPEG', functions: ['kepegawaian'] }), [A, D, A, A, A, D]],
  ['POST /gate/check', ({ server }, r) => request(server).post('/api/spbe/gate/check').set('Authorization', as(r)).send({ entity: { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'x' }, spec: { type: 'aplikasi' } } }), [A, D, A, A, A, D]],
  ['POST /sync', ({ server }, r) => request(server).post('/api/spbe/sync').set('Authorization', as(r)), [A, D, D, D, D, D]],
  ['GET /operations/sync', ({ server }, r) => request(server).get('/api/spbe/operations/sync').set('Authorization', as(r)), [A, A, A, A, A, D]],
  ['POST /operations/sync', ({ server }, r) => request(server).post('/api/spbe/operations/sync').set('Authorization', as(r)), [A, D, D, D, D, D]],
  ['GET /duplicates', ({ server }, r) => request(server).get('/api/spbe/duplicates').set('Authorization', as(r)), [A, A, A, A, A, D]],
  ['POST /duplicates/{id}/confirm', (c, r) => request(c.server).post(`/api/spbe/duplicates/${c.clusterId}/confirm`).set('Authorization', as(r)).send({ version: 1, keeper: 'component:default/simpeg-kemenkes', rationale: 'same' }), [A, D, D, D, D, D]],
  ['POST /duplicates/{id}/dismiss', (c, r) => request(c.server).post(`/api/spbe/duplicates/${c.clusterId}/dismiss`).set('Authorization', as(r)).send({ version: 1, rationale: 'different' }), [A, D, D, D, D, D]],
  ['GET /audits', ({ server }, r) => request(server).get('/api/spbe/audits').set('Authorization', as(r)), [A, A, E, E, A, E]],
  ['POST /audits', ({ server }, r) => request(server).post('/api/spbe/audits').set('Authorization', as(r)).send({ coordinator: 'group:default/kemenko-pmk', title: 'Audit', deadline: '2026-10-31' }), [A, D, D, D, D, D]],
  ['GET /audits/{id}', (c, r) => request(c.server).get(`/api/spbe/audits/${c.auditId}`).set('Authorization', as(r)), [A, A, D, D, A, D]],
  ['GET /audits/{id}/items', (c, r) => request(c.server).get(`/api/spbe/audits/${c.auditId}/items`).set('Authorization', as(r)), [A, A, D, D, A, D]],
  ['POST /audits/{id}/items/{itemId}/classification', (c, r) => request(c.server).post(`/api/spbe/audits/${c.auditId}/items/${c.itemId}/classification`).set('Authorization', as(r)).send({ version: 1, classification: 'keep', rationale: 'core' }), [D, D, D, D, A, D]],
  ['GET /dashboard/summary', ({ server }, r) => request(server).get('/api/spbe/dashboard/summary').set('Authorization', as(r)), [A, A, D, D, A, D]],
  ['GET /dashboard/trends', ({ server }, r) => request(server).get('/api/spbe/dashboard/trends').set('Authorization', as(r)), [A, A, D, D, A, D]],
];

/** What a response shows: denied (403 NotAllowedError), allowed (2xx or a 409 past the check), empty list. */
function observe(res: request.Response, expectation: Expect): string {
  if (res.status === 403 && res.body.error?.name === 'NotAllowedError') return 'deny';
  if (![200, 201, 202, 409].includes(res.status)) return `status ${res.status}: ${JSON.stringify(res.body)}`;
  if (expectation !== 'empty') return 'allow';
  return Array.isArray(res.body.items) && res.body.items.length === 0 ? 'empty' : 'non-empty list';
}

describe.each(databases.eachSupportedId())('permission matrix on %p', databaseId => {
  let ctx: Ctx;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startSpbeBackend({ knex: await databases.init(databaseId) });
    stop = () => backend.stop();
    const server = backend.server;
    expectStatus(await request(server).post('/api/spbe/sync').set('Authorization', as('arsitek')), 200);
    const clusters = expectStatus(await request(server).get('/api/spbe/duplicates?status=open').set('Authorization', as('arsitek')), 200);
    if (!clusters.body.total) throw new Error('no duplicate cluster to review');
    const audit = expectStatus(await request(server).post('/api/spbe/audits').set('Authorization', as('arsitek'))
      .send({ coordinator: 'group:default/kemenko-pmk', title: 'Audit PMK 2026', deadline: '2026-10-31' }), 201);
    const items = expectStatus(await request(server).get(`/api/spbe/audits/${audit.body.campaign.id}/items`).set('Authorization', as('arsitek')), 200);
    if (items.body.total !== 2) throw new Error(`audit items: ${items.body.total}`);
    const proposal = async (status: 'draft' | 'submitted' | 'in-review') => {
      const created = expectStatus(await request(server).post('/api/spbe/proposals').set('Authorization', as('arsitek')).send(proposalBody), 201);
      const id = created.body.id as string;
      if (status !== 'draft') {
        expectStatus(await request(server).post(`/api/spbe/proposals/${id}/submit`).set('Authorization', as('arsitek')).send({ version: 1 }), 200);
      }
      if (status === 'in-review') {
        expectStatus(await request(server).post(`/api/spbe/proposals/${id}/review`).set('Authorization', as('arsitek')).send({ version: 2 }), 200);
      }
      return id;
    };
    ctx = { server, proposal, clusterId: clusters.body.items[0].id, auditId: audit.body.campaign.id, itemId: items.body.items[0].id };
  });

  afterAll(async () => stop?.());

  describe.each(matrix)('%s', (_route, call, expected) => {
    it.each(ROLES.map((role, i) => [role, expected[i]] as const))('%s: %s', async (role, expectation) => {
      const res = await call(ctx, role);
      expect(observe(res, expectation)).toBe(expectation);
    });
  });
});
