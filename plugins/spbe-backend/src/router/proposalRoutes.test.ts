import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { expectStatus } from '../__testUtils__/expectStatus';
import { startSpbeBackend } from '../__testUtils__/startSpbeBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });
const as = (name: string) => mockCredentials.user.header(`user:default/${name}`);

const body = {
  name: 'Sistem Informasi Kepegawaian Terpadu',
  description: 'Mengelola data pegawai dan absensi',
  functions: ['kepegawaian', 'data pegawai', 'absensi'],
  agency: 'group:default/kemenkes',
  referenceCodes: ['ral.2.04.01'],
  dpiBlocks: [],
  estimatedBudget: 2_500_000_000,
};

describe.each(databases.eachSupportedId())('proposal routes on %p', databaseId => {
  let server: Awaited<ReturnType<typeof startSpbeBackend>>['server'];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const knex = await databases.init(databaseId);
    const backend = await startSpbeBackend({ knex });
    server = backend.server;
    stop = () => backend.stop();
    const sync = expectStatus(await request(server).post('/api/spbe/sync').set('Authorization', as('arsitek')), 200);
    if (sync.body.seen !== 5 || sync.body.upserted !== 5) throw new Error(`sync: ${JSON.stringify(sync.body)}`);
  });

  afterAll(async () => stop?.());

  it('runs a proposal from draft to a decision with history and reuse analysis', async () => {
    const created = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes')).send(body);
    expect({ status: created.status, error: created.body.error?.message, cause: JSON.stringify(created.body) }).toEqual({ status: 201, error: undefined, cause: expect.anything() });
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      agency: 'group:default/kemenkes',
      coordinator: 'group:default/kemenko-pmk',
      referenceCodes: ['RAL.02.04.01'],
    });
    const refs = created.body.analysis.candidates.map((c: { entityRef: string }) => c.entityRef);
    expect(refs).toEqual(expect.arrayContaining(['component:default/simpeg-kemenkes', 'component:default/siasn']));
    expect(created.body.analysis.recommendedVerdict).not.toBe('approve');
    const id = created.body.id;

    const submitted = await request(server).post(`/api/spbe/proposals/${id}/submit`).set('Authorization', as('dev-kemenkes')).send({ version: 1 });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // the agency cannot take its own proposal into review
    const selfReview = await request(server).post(`/api/spbe/proposals/${id}/review`).set('Authorization', as('dev-kemenkes')).send({ version: 2 });
    expect(selfReview.status).toBe(403);

    const review = await request(server).post(`/api/spbe/proposals/${id}/review`).set('Authorization', as('arsitek')).send({ version: 2 });
    expect(review.status).toBe(200);
    expect(review.body.status).toBe('in-review');

    const comment = await request(server).post(`/api/spbe/proposals/${id}/comments`).set('Authorization', as('arsitek')).send({ text: 'SIASN covers this' });
    expect(comment.status).toBe(201);

    // two reviewers decide at once on the same version: one wins, the other gets 409
    const [a, b] = await Promise.all([
      request(server).post(`/api/spbe/proposals/${id}/decision`).set('Authorization', as('arsitek'))
        .send({ version: 3, outcome: 'rejected-reuse', rationale: 'Use SIASN', reuseTarget: 'component:default/siasn' }),
      request(server).post(`/api/spbe/proposals/${id}/decision`).set('Authorization', as('arsitek'))
        .send({ version: 3, outcome: 'approved', rationale: 'Fine' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.name).toBe('ConflictError');

    const detail = await request(server).get(`/api/spbe/proposals/${id}`).set('Authorization', as('dev-kemenkes'));
    expect(detail.status).toBe(200);
    expect(detail.body.history.map((e: { type: string }) => e.type)).toEqual([
      'created', 'submitted', 'review-started', 'comment', 'decided',
    ]);
    const decided = detail.body.history[4];
    expect(decided).toMatchObject({ actor: 'user:default/arsitek', fromStatus: 'in-review' });
    expect(detail.body.proposal.decision).toMatchObject({ reviewer: 'user:default/arsitek', rationale: expect.any(String) });

    // decided proposals are closed
    const again = await request(server).post(`/api/spbe/proposals/${id}/withdraw`).set('Authorization', as('dev-kemenkes')).send({ version: 4 });
    expect(again.status).toBe(409);

    const approval = await request(server).get(`/api/spbe/approvals/${id}`).set('Authorization', mockCredentials.service.header());
    expect(approval.status).toBe(200);
    expect(approval.body).toMatchObject({ id, status: detail.body.proposal.status, approved: detail.body.proposal.status === 'approved' });
  });

  it('keeps agencies to their own proposals', async () => {
    const forOther = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes')).send({ ...body, agency: 'group:default/kemenkeu' });
    expect(forOther.status).toBe(403);

    const own = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkeu')).send({ ...body, agency: 'group:default/kemenkeu' });
    expect(own.status).toBe(201);

    const read = await request(server).get(`/api/spbe/proposals/${own.body.id}`).set('Authorization', as('dev-kemenkes'));
    expect(read.status).toBe(403);
    const list = await request(server).get('/api/spbe/proposals').set('Authorization', as('dev-kemenkes'));
    expect(list.status).toBe(200);
    expect(list.body.items.every((p: { agency: string }) => p.agency === 'group:default/kemenkes')).toBe(true);
    const all = await request(server).get('/api/spbe/proposals').set('Authorization', as('pimpinan'));
    expect(all.body.items.map((p: { agency: string }) => p.agency)).toContain('group:default/kemenkeu');
  });

  it('edits drafts with a version check', async () => {
    const created = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes')).send(body);
    const id = created.body.id;
    const edited = await request(server).put(`/api/spbe/proposals/${id}`).set('Authorization', as('dev-kemenkes'))
      .send({ ...body, version: 1, name: 'Aplikasi Layanan Rujukan Pasien', functions: ['rujukan pasien'] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, name: 'Aplikasi Layanan Rujukan Pasien' });
    const stale = await request(server).put(`/api/spbe/proposals/${id}`).set('Authorization', as('dev-kemenkes')).send({ ...body, version: 1 });
    expect(stale.status).toBe(409);
  });

  it('answers bad input with 400 and field-level messages, nothing written', async () => {
    const before = await request(server).get('/api/spbe/proposals?limit=500').set('Authorization', as('arsitek'));
    const cases: [string, unknown, RegExp][] = [
      ['unknown field', { ...body, colour: 'red' }, /additional properties/i],
      ['wrong type', { ...body, functions: 'kepegawaian' }, /functions.*must be array/i],
      ['missing field', { ...body, name: undefined }, /name/],
      ['negative budget', { ...body, estimatedBudget: -1 }, /estimatedBudget/],
      ['bad code', { ...body, referenceCodes: ['XYZ'] }, /referenceCodes/],
      ['bad dpi', { ...body, dpiBlocks: ['telepati'] }, /dpiBlocks/],
      ['unknown agency', { ...body, agency: 'group:default/nowhere' }, /agency/],
    ];
    for (const [label, payload, message] of cases) {
      const res = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes')).send(payload as object);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
    const malformed = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes'))
      .set('Content-Type', 'application/json').send('{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/malformed JSON/);
    const oversize = await request(server).post('/api/spbe/proposals').set('Authorization', as('dev-kemenkes'))
      .send({ ...body, description: 'x'.repeat(70_000) });
    expect(oversize.status).toBe(400);
    expect(oversize.body.error.message).toMatch(/limit/);
    const badQuery = await request(server).get('/api/spbe/proposals?status=lost').set('Authorization', as('arsitek'));
    expect(badQuery.status).toBe(400);
    const after = await request(server).get('/api/spbe/proposals?limit=500').set('Authorization', as('arsitek'));
    expect(after.body.total).toBe(before.body.total);
  });

  it('answers 404, 401', async () => {
    const missing = await request(server).get('/api/spbe/proposals/does-not-exist').set('Authorization', as('arsitek'));
    expect(missing.status).toBe(404);
    const anonymous = await request(server).get('/api/spbe/proposals').set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });
});
