/**
 * @jest-environment node
 */
import { ResponseError } from '@backstage/errors';
import { ImportReportsClient } from './importReports';

function setup(response: Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => response);
  const client = new ImportReportsClient({
    discoveryApi: {
      getBaseUrl: async (id: string) => `http://portal/api/${id}`,
    },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

const report = {
  id: 1,
  file: 'inventaris 2025.xlsx',
  path: '/data/inventaris 2025.xlsx',
  startedAt: '2026-11-27T10:00:00.000Z',
  finishedAt: '2026-11-27T10:00:05.000Z',
  status: 'ok',
  counts: { rows: 3, imported: 2, errors: 1, added: 2, updated: 0, removed: 0 },
  rowErrors: [
    {
      file: 'inventaris 2025.xlsx',
      row: 4,
      column: 'instansi',
      value: 'x',
      reason: 'unknown agency',
    },
  ],
  rowErrorCount: 1,
};

describe('ImportReportsClient', () => {
  it('reads the latest reports from the catalog backend', async () => {
    const { client, fetch } = setup(json({ items: [report] }));
    await expect(client.listLatestImportReports()).resolves.toEqual([report]);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://portal/api/catalog/spbe/import-reports',
    );
  });

  it('reads the history of one file with an encoded name and a limit', async () => {
    const { client, fetch } = setup(json({ items: [report] }));
    await expect(
      client.listImportReports('inventaris 2025.xlsx', { limit: 5 }),
    ).resolves.toEqual([report]);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://portal/api/catalog/spbe/import-reports/inventaris%202025.xlsx?limit=5',
    );
  });

  it('throws a ResponseError with the status when the backend refuses', async () => {
    const { client } = setup(
      json(
        {
          error: { name: 'NotAllowedError', message: 'Unauthorized' },
          request: { method: 'GET', url: '/spbe/import-reports' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );
    const error = await client.listLatestImportReports().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
  });
});
