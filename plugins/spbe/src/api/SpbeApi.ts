import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  AuditCampaign,
  AuditDetail,
  AuditItem,
  DashboardTotals,
  DuplicateCluster,
  DuplicateStatus,
  OperationStatus,
  Page,
  Proposal,
  ProposalDetail,
  ProposalEvent,
  ProposalStatus,
  ReuseAnalysis,
  TrendPoint,
} from '@internal/plugin-spbe-common';
import { AuditItemQuery, ClassifyRequest, DecisionRequest, PageRequest, ProposalInput, ReuseQuery } from './types';

/**
 * The SPBE backend (`/api/spbe`) as the frontend uses it. Every method
 * throws a `ResponseError` when the backend refuses or fails.
 *
 * @public
 */
export interface SpbeApi {
  reuseCheck(query: ReuseQuery & { limit?: number }): Promise<ReuseAnalysis>;

  listProposals(
    request?: PageRequest & { status?: ProposalStatus; agency?: string },
  ): Promise<Page<Proposal>>;
  getProposal(id: string): Promise<ProposalDetail>;
  createProposal(
    input: ProposalInput & { submit?: boolean },
  ): Promise<Proposal>;
  submitProposal(id: string, version: number): Promise<Proposal>;
  withdrawProposal(
    id: string,
    request: { version: number; rationale?: string },
  ): Promise<Proposal>;
  startReview(id: string, version: number): Promise<Proposal>;
  decideProposal(id: string, request: DecisionRequest): Promise<Proposal>;
  commentProposal(id: string, text: string): Promise<ProposalEvent>;

  listDuplicates(
    request?: PageRequest & { status?: DuplicateStatus },
  ): Promise<Page<DuplicateCluster>>;

  listAudits(): Promise<{ items: AuditCampaign[] }>;
  createAudit(request: {
    coordinator: string;
    title: string;
    deadline: string;
  }): Promise<AuditDetail>;
  getAudit(id: string): Promise<AuditDetail>;
  listAuditItems(id: string, query?: AuditItemQuery): Promise<Page<AuditItem>>;
  classifyAuditItem(
    auditId: string,
    itemId: number,
    request: ClassifyRequest,
  ): Promise<AuditItem>;

  dashboardSummary(): Promise<DashboardTotals>;
  dashboardTrends(days?: number): Promise<{ items: TrendPoint[] }>;

  /** The catalog sync + duplicate rebuild: its state and progress. */
  getSyncOperation(): Promise<OperationStatus>;
  /** Starts the catalog sync + duplicate rebuild in the background. */
  startSyncOperation(): Promise<OperationStatus>;
}

/**
 * Reference to the {@link SpbeApi}.
 *
 * @public
 */
export const spbeApiRef = createApiRef<SpbeApi>().with({
  id: 'plugin.spbe.api',
  pluginId: 'spbe',
});
