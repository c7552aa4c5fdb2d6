/*
 * Types of the SPBE backend API (plugins/spbe-backend/src/schema/openapi.yaml),
 * as the frontend sees them.
 */

export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'in-review',
  'approved',
  'approved-with-conditions',
  'rejected-reuse',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const DECISION_OUTCOMES = [
  'approved',
  'approved-with-conditions',
  'rejected-reuse',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export type RecommendedVerdict = 'approve' | 'approve-with-conditions' | 'reuse';

/** One existing application or platform that a need could reuse. */
export interface ReuseCandidate {
  entityRef: string;
  name: string;
  agency?: string;
  platformNasional: boolean;
  score: number;
  reasons: string[];
}

export interface DpiRequirement {
  block: string;
  reason: string;
  platforms: string[];
}

export interface ReuseAnalysis {
  candidates: ReuseCandidate[];
  dpiRequirements: DpiRequirement[];
  recommendedVerdict: RecommendedVerdict;
  summary: string;
  analyzedAt: string;
}

/** What a planned application is: the body of a reuse check or a proposal. */
export interface ReuseQuery {
  name: string;
  description?: string;
  functions: string[];
  dataUsed?: string[];
  agency?: string;
  referenceCodes?: string[];
  dpiBlocks?: string[];
}

export interface ProposalInput {
  name: string;
  description: string;
  functions: string[];
  dataUsed?: string[];
  agency: string;
  referenceCodes?: string[];
  dpiBlocks?: string[];
  estimatedBudget?: number;
}

export interface ProposalDecision {
  outcome: DecisionOutcome;
  rationale: string;
  conditions: string[];
  reuseTarget?: string;
  reviewer: string;
  decidedAt: string;
}

export interface Proposal extends ProposalInput {
  id: string;
  coordinator?: string;
  status: ProposalStatus;
  analysis?: ReuseAnalysis;
  decision?: ProposalDecision;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProposalEvent {
  id: number;
  type: string;
  actor: string;
  at: string;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  text?: string;
  payload?: Record<string, unknown>;
}

export interface ProposalDetail {
  proposal: Proposal;
  history: ProposalEvent[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface DecisionRequest {
  version: number;
  outcome: DecisionOutcome;
  rationale: string;
  conditions?: string[];
  reuseTarget?: string;
}

export type DuplicateStatus = 'open' | 'confirmed' | 'dismissed' | 'stale';

export interface DuplicateCluster {
  id: string;
  members: string[];
  evidence: Record<string, unknown>;
  score: number;
  status: DuplicateStatus;
  keeper?: string;
  rationale?: string;
  reviewedBy?: string;
  reviewedAt?: string;
  detectedAt: string;
  version: number;
}

export const AUDIT_CLASSIFICATIONS = [
  'keep',
  'make-aplikasi-umum',
  'integrate',
  'merge',
  'retire',
] as const;
export type AuditClassification = (typeof AUDIT_CLASSIFICATIONS)[number];

export interface AuditCampaign {
  id: string;
  coordinator: string;
  title: string;
  deadline: string;
  createdBy: string;
  createdAt: string;
}

export interface AuditProgressRow {
  agency: string | null;
  total: number;
  classified: number;
  byClassification: Partial<Record<AuditClassification, number>>;
}

export interface AuditDetail {
  campaign: AuditCampaign;
  progress: AuditProgressRow[];
}

export interface AuditItem {
  id: number;
  campaignId: string;
  applicationRef: string;
  applicationName: string;
  agency?: string;
  coordinator: string;
  classification?: AuditClassification;
  target?: string;
  rationale?: string;
  classifiedBy?: string;
  classifiedAt?: string;
  version: number;
}

export interface AuditItemQuery extends PageRequest {
  agency?: string;
  classified?: boolean;
}

export interface ClassifyRequest {
  version: number;
  classification: AuditClassification;
  target?: string;
  rationale: string;
}

export interface CountRow {
  key: string | null;
  count: number;
}

export interface DashboardTotals {
  applications: number;
  applicationsInDuplicateClusters: number;
  confirmedDuplicateClusters: number;
  byFunction: CountRow[];
  byAgency: CountRow[];
  byCoordinator: CountRow[];
  consolidation: {
    auditItems: number;
    classified: number;
    byClassification: Partial<Record<AuditClassification, number>>;
  };
  proposals: {
    byStatus: Partial<Record<ProposalStatus, number>>;
    newApplicationsAvoided: number;
    budgetAvoided: number;
  };
}

/** A daily snapshot of the dashboard totals. */
export interface TrendPoint {
  day: string;
  takenAt: string;
  totals: Partial<DashboardTotals>;
}
