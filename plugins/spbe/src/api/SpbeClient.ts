import { ResponseError } from '@backstage/errors';
import type {
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import {
  AuditCampaign,
  AuditDetail,
  AuditItem,
  DashboardTotals,
  OperationStatus,
  DuplicateCluster,
  DuplicateStatus,
  Page,
  Proposal,
  ProposalDetail,
  ProposalEvent,
  ProposalStatus,
  ReuseAnalysis,
  TrendPoint,
} from '@internal/plugin-spbe-common';
import { SpbeApi } from './SpbeApi';
import { AuditItemQuery, ClassifyRequest, DecisionRequest, PageRequest, ProposalInput, ReuseQuery } from './types';

type QueryValue = string | number | boolean | undefined;

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Client of the SPBE backend on the discovery and fetch APIs (the fetch API
 * adds the user's Backstage token).
 *
 * @public
 */
export class SpbeClient implements SpbeApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  private async request<T>(
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('spbe');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init?.method ?? 'GET',
      headers:
        init?.body === undefined
          ? undefined
          : { 'Content-Type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'POST', body });
  }

  private static id(id: string): string {
    return encodeURIComponent(id);
  }

  reuseCheck(query: ReuseQuery & { limit?: number }): Promise<ReuseAnalysis> {
    return this.post('/reuse-check', query);
  }

  listProposals(
    request: PageRequest & { status?: ProposalStatus; agency?: string } = {},
  ): Promise<Page<Proposal>> {
    return this.request(`/proposals${queryString({ ...request })}`);
  }

  getProposal(id: string): Promise<ProposalDetail> {
    return this.request(`/proposals/${SpbeClient.id(id)}`);
  }

  createProposal(
    input: ProposalInput & { submit?: boolean },
  ): Promise<Proposal> {
    return this.post('/proposals', input);
  }

  submitProposal(id: string, version: number): Promise<Proposal> {
    return this.post(`/proposals/${SpbeClient.id(id)}/submit`, { version });
  }

  withdrawProposal(
    id: string,
    request: { version: number; rationale?: string },
  ): Promise<Proposal> {
    return this.post(`/proposals/${SpbeClient.id(id)}/withdraw`, request);
  }

  startReview(id: string, version: number): Promise<Proposal> {
    return this.post(`/proposals/${SpbeClient.id(id)}/review`, { version });
  }

  decideProposal(id: string, request: DecisionRequest): Promise<Proposal> {
    return this.post(`/proposals/${SpbeClient.id(id)}/decision`, request);
  }

  commentProposal(id: string, text: string): Promise<ProposalEvent> {
    return this.post(`/proposals/${SpbeClient.id(id)}/comments`, { text });
  }

  listDuplicates(
    request: PageRequest & { status?: DuplicateStatus } = {},
  ): Promise<Page<DuplicateCluster>> {
    return this.request(`/duplicates${queryString({ ...request })}`);
  }

  listAudits(): Promise<{ items: AuditCampaign[] }> {
    return this.request('/audits');
  }

  createAudit(request: {
    coordinator: string;
    title: string;
    deadline: string;
  }): Promise<AuditDetail> {
    return this.post('/audits', request);
  }

  getAudit(id: string): Promise<AuditDetail> {
    return this.request(`/audits/${SpbeClient.id(id)}`);
  }

  listAuditItems(
    id: string,
    query: AuditItemQuery = {},
  ): Promise<Page<AuditItem>> {
    const { classified, ...rest } = query;
    return this.request(
      `/audits/${SpbeClient.id(id)}/items${queryString({
        ...rest,
        classified: classified === undefined ? undefined : String(classified),
      })}`,
    );
  }

  classifyAuditItem(
    auditId: string,
    itemId: number,
    request: ClassifyRequest,
  ): Promise<AuditItem> {
    return this.post(
      `/audits/${SpbeClient.id(auditId)}/items/${itemId}/classification`,
      request,
    );
  }

  dashboardSummary(): Promise<DashboardTotals> {
    return this.request('/dashboard/summary');
  }

  dashboardTrends(days?: number): Promise<{ items: TrendPoint[] }> {
    return this.request(`/dashboard/trends${queryString({ days })}`);
  }

  getSyncOperation(): Promise<OperationStatus> {
    return this.request('/operations/sync');
  }

  startSyncOperation(): Promise<OperationStatus> {
    return this.post('/operations/sync', {});
  }
}
