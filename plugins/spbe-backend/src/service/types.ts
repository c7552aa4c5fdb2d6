/** Status of a proposal (usulan aplikasi baru). */
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

/** Outcomes an architect can decide. */
export const DECISION_OUTCOMES = [
  'approved',
  'approved-with-conditions',
  'rejected-reuse',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The editable content of a proposal. */
export interface ProposalInput {
  name: string;
  description: string;
  functions: string[];
  dataUsed: string[];
  /** Entity ref of the agency (instansi) Group. */
  agency: string;
  referenceCodes: string[];
  /** DPI blocks the application will use. */
  dpiBlocks: string[];
  /** Estimated budget in rupiah. */
  estimatedBudget?: number;
}

/** One existing application or platform the proposal should reuse. */
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
  /** Why the proposal needs the block (e.g. "needs citizen login"). */
  reason: string;
  /** Platforms that implement the block, to integrate with. */
  platforms: string[];
}

export type RecommendedVerdict = 'approve' | 'approve-with-conditions' | 'reuse';

/** The automatic reuse analysis attached to a proposal. */
export interface ReuseAnalysis {
  candidates: ReuseCandidate[];
  dpiRequirements: DpiRequirement[];
  recommendedVerdict: RecommendedVerdict;
  summary: string;
  analyzedAt: string;
}

export interface ProposalDecision {
  outcome: DecisionOutcome;
  rationale: string;
  conditions: string[];
  /** Entity ref of the application to reuse (rejected-reuse). */
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

export const PROPOSAL_EVENT_TYPES = [
  'created',
  'edited',
  'submitted',
  'review-started',
  'decided',
  'withdrawn',
  'comment',
  'reanalyzed',
] as const;
export type ProposalEventType = (typeof PROPOSAL_EVENT_TYPES)[number];

export interface ProposalEvent {
  id: number;
  type: ProposalEventType;
  actor: string;
  at: string;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  text?: string;
  payload?: Record<string, unknown>;
}

/** An SPBE application as mirrored from the catalog. */
export interface ApplicationRecord {
  entityRef: string;
  name: string;
  title?: string;
  description?: string;
  agency?: string;
  coordinator?: string;
  ral?: string;
  codes: string[];
  jenis?: string;
  functions: string[];
  data: string[];
  dpi: string[];
  implementsDpi: string[];
  platformNasional: boolean;
  grandfathered: boolean;
  usulan?: string;
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

export interface AuditProgressRow {
  agency: string | null;
  total: number;
  classified: number;
  byClassification: Partial<Record<AuditClassification, number>>;
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
