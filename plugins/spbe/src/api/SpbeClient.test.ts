/**
 * @jest-environment node
 */
import { ResponseError } from '@backstage/errors';
import { SpbeClient } from './SpbeClient';

function setup(response: Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => response);
  const client = new SpbeClient({
    discoveryApi: { getBaseUrl: async (id: string) => `http://portal/api/${id}` },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('SpbeClient', () => {
  it('posts a reuse check as JSON to the spbe backend', async () => {
    const analysis = { candidates: [], dpiRequirements: [], recommendedVerdict: 'approve', summary: '' };
    const { client, fetch } = setup(json(analysis));
    await expect(
      client.reuseCheck({ name: 'surat', functions: ['surat masuk'], limit: 5 }),
    ).resolves.toEqual(analysis);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://portal/api/spbe/reuse-check');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      name: 'surat',
      functions: ['surat masuk'],
      limit: 5,
    });
  });

  it('puts paging and filters in the query string, leaving out empty ones', async () => {
    const { client, fetch } = setup(json({ items: [], total: 0 }));
    await client.listProposals({ status: 'submitted', limit: 20, offset: 40, agency: undefined });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://portal/api/spbe/proposals?status=submitted&limit=20&offset=40',
    );
  });

  it('sends the audit item filter as the API spells it', async () => {
    const { client, fetch } = setup(json({ items: [], total: 0 }));
    await client.listAuditItems('a 1', { classified: false, agency: 'group:default/kemenkes' });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://portal/api/spbe/audits/a%201/items?agency=group%3Adefault%2Fkemenkes&classified=false',
    );
  });

  it('sends the decision with its version', async () => {
    const { client, fetch } = setup(json({ id: 'p1', status: 'rejected-reuse', version: 4 }));
    await client.decideProposal('p1', {
      version: 3,
      outcome: 'rejected-reuse',
      rationale: 'reuse SRIKANDI',
      reuseTarget: 'component:default/srikandi',
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://portal/api/spbe/proposals/p1/decision');
    expect(JSON.parse(String(init?.body))).toMatchObject({ version: 3, outcome: 'rejected-reuse' });
  });

  it('throws a ResponseError carrying the backend error', async () => {
    const { client } = setup(
      json(
        {
          error: { name: 'NotAllowedError', message: 'not an architect' },
          request: { method: 'POST', url: '/api/spbe/proposals/p1/review' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );
    const error = await client.startReview('p1', 1).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(403);
    expect(error.body.error.message).toBe('not an architect');
  });
});
