import { AuthService, BackstageCredentials, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

export type SpbeApproval = {
  id: string;
  name: string;
  agency: string;
  status: string;
  approved: boolean;
  conditions: string[];
};

export type SpbeReuseCandidate = {
  entityRef: string;
  name: string;
  score: number;
  platformNasional: boolean;
  reasons: string[];
};

export type SpbeReuseAnalysis = {
  candidates: SpbeReuseCandidate[];
  dpiRequirements: { block: string; reason: string; platforms: string[] }[];
  recommendedVerdict: string;
  summary: string;
};

export interface SpbeReuseQuery {
  name: string;
  description?: string;
  functions: string[];
  agency?: string;
  referenceCodes?: string[];
}

/** What the action needs of the SPBE backend. */
export interface SpbeApi {
  getApproval(id: string, credentials: BackstageCredentials): Promise<SpbeApproval | undefined>;
  reuseCheck(query: SpbeReuseQuery, credentials: BackstageCredentials): Promise<SpbeReuseAnalysis>;
}

/** HTTP client of the SPBE backend, calling on behalf of the task's initiator. */
export class SpbeApiClient implements SpbeApi {
  constructor(private readonly deps: { discovery: DiscoveryService; auth: AuthService }) {}

  async getApproval(id: string, credentials: BackstageCredentials): Promise<SpbeApproval | undefined> {
    const response = await this.call(`/approvals/${encodeURIComponent(id)}`, { method: 'GET' }, credentials);
    if (response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as SpbeApproval;
  }

  async reuseCheck(query: SpbeReuseQuery, credentials: BackstageCredentials): Promise<SpbeReuseAnalysis> {
    const response = await this.call(
      '/reuse-check',
      { method: 'POST', body: JSON.stringify(query), headers: { 'Content-Type': 'application/json' } },
      credentials,
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as SpbeReuseAnalysis;
  }

  private async call(path: string, init: RequestInit, credentials: BackstageCredentials): Promise<Response> {
    const baseUrl = await this.deps.discovery.getBaseUrl('spbe');
    const { token } = await this.deps.auth.getPluginRequestToken({ onBehalfOf: credentials, targetPluginId: 'spbe' });
    return fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` },
    });
  }
}
