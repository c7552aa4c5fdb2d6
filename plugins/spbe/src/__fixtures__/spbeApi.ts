import { ResponseError } from '@backstage/errors';
import { SpbeApi } from '../api';

/**
 * A mock of the whole {@link SpbeApi} whose methods are jest mocks. Methods
 * a test does not implement reject, so an unexpected call shows up as an
 * error state instead of passing silently.
 */
export type MockSpbeApi = { [K in keyof SpbeApi]: jest.Mock };

const METHODS: Array<keyof SpbeApi> = [
  'reuseCheck',
  'listProposals',
  'getProposal',
  'createProposal',
  'submitProposal',
  'withdrawProposal',
  'startReview',
  'decideProposal',
  'commentProposal',
  'listDuplicates',
  'listAudits',
  'createAudit',
  'getAudit',
  'listAuditItems',
  'classifyAuditItem',
  'dashboardSummary',
  'dashboardTrends',
  'getSyncOperation',
  'startSyncOperation',
];

export function mockSpbeApi(
  implementations: Partial<SpbeApi> = {},
): MockSpbeApi & SpbeApi {
  const api = {} as MockSpbeApi;
  for (const method of METHODS) {
    const impl =
      implementations[method] ??
      (async () => {
        throw new Error(`unexpected call to SpbeApi.${method}`);
      });
    api[method] = jest.fn(impl as (...args: unknown[]) => unknown);
  }
  return api as MockSpbeApi & SpbeApi;
}

/** The `ResponseError` the API client throws for an error response of the backend. */
export async function responseError(
  status: number,
  name: string,
  message: string,
  url = '/api/spbe',
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'POST', url },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

/** A promise that never settles: keeps a component in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
