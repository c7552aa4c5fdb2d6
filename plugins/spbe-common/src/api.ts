/*
 * Types of the SPBE backend HTTP API (plugins/spbe-backend/src/schema/openapi.yaml):
 * the response shapes and the domain values shared by the backend and the
 * frontend client. Request bodies stay with each side where their shapes differ.
 */

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
/** Status of a proposal (usulan aplikasi baru). */
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Outcomes an architect can decide. */
export const DECISION_OUTCOMES = [
  'approved',
  'approved-with-conditions',
  'rejected-reuse',
] as const;
/** Outcomes an architect can decide. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The verdict the automatic reuse analysis recommends. */
export type RecommendedVerdict =
  | 'approve'
  | 'approve-with-conditions'
  | 'reuse';

/**
 * One reason why a candidate matches, as data a user interface translates:
 * `national-platform`; `coverage` (`value`: share 0..1 of the proposal's
 * weighted content words); `shared-terms`, `shared-functions`, `shared-codes`,
 * `shared-names` (`values`); `same-function` (`values`: the function, the head
 * of its name, that both the need and the application are named for: a
 * national platform, or a local application named for a narrow function);
 * `same-cluster` (`values`: the need's best local match, which deduplication
 * put in one cluster with the national platform);
 * `dpi` (`values`: DPI blocks the proposal needs that the candidate implements).
 */
export interface ReuseReasonDetail {
  kind:
    | 'national-platform'
    | 'coverage'
    | 'shared-terms'
    | 'shared-functions'
    | 'shared-codes'
    | 'shared-names'
    | 'same-function'
    | 'same-cluster'
    | 'dpi';
  values?: string[];
  value?: number;
}

/** One existing application or platform that a need could reuse. */
export interface ReuseCandidate {
  entityRef: string;
  name: string;
  agency?: string;
  platformNasional: boolean;
  score: number;
  /** Why it matches, one Indonesian sentence per reason. */
  reasons: string[];
  /** The same reasons as data, in the same order (absent from older analyses). */
  details?: ReuseReasonDetail[];
}

/** A DPI block a proposal needs, with the platforms that implement it. */
export interface DpiRequirement {
  block: string;
  /** Why the proposal needs the block (e.g. "needs citizen login"). */
  reason: string;
  /** Platforms that implement the block, to integrate with. */
  platforms: string[];
}

/** The automatic reuse analysis attached to a proposal. */
export interface ReuseAnalysis {
  candidates: ReuseCandidate[];
  dpiRequirements: DpiRequirement[];
  recommendedVerdict: RecommendedVerdict;
  summary: string;
  analyzedAt: string;
}

/** The architect's decision on a proposal. */
export interface ProposalDecision {
  outcome: DecisionOutcome;
  rationale: string;
  conditions: string[];
  /** Entity ref of the application to reuse (rejected-reuse). */
  reuseTarget?: string;
  reviewer: string;
  decidedAt: string;
}

/** A proposal as the API returns it. */
export interface Proposal {
  id: string;
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
  coordinator?: string;
  status: ProposalStatus;
  analysis?: ReuseAnalysis;
  decision?: ProposalDecision;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Kinds of events in a proposal's history. */
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
/** Kinds of events in a proposal's history. */
export type ProposalEventType = (typeof PROPOSAL_EVENT_TYPES)[number];

/** One entry of a proposal's history. */
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

/** A proposal with its history. */
export interface ProposalDetail {
  proposal: Proposal;
  history: ProposalEvent[];
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Review status of a duplicate cluster. */
export type DuplicateStatus = 'open' | 'confirmed' | 'dismissed' | 'stale';

/** A group of applications detected as likely duplicates. */
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

/** How a coordinator classifies an application in an audit. */
export const AUDIT_CLASSIFICATIONS = [
  'keep',
  'make-aplikasi-umum',
  'integrate',
  'merge',
  'retire',
] as const;
/** How a coordinator classifies an application in an audit. */
export type AuditClassification = (typeof AUDIT_CLASSIFICATIONS)[number];

/** A coordinator's audit campaign. */
export interface AuditCampaign {
  id: string;
  coordinator: string;
  title: string;
  deadline: string;
  createdBy: string;
  createdAt: string;
}

/** One application to classify in an audit campaign. */
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

/** Audit progress of one agency. */
export interface AuditProgressRow {
  agency: string | null;
  total: number;
  classified: number;
  byClassification: Partial<Record<AuditClassification, number>>;
}

/** An audit campaign with its progress per agency. */
export interface AuditDetail {
  campaign: AuditCampaign;
  progress: AuditProgressRow[];
}

/** A count grouped by a key. */
export interface CountRow {
  key: string | null;
  count: number;
}

/** The dashboard summary. */
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

/** Phases of the catalog mirror + duplicate rebuild, in order. */
export const SYNC_PHASES = ['catalog', 'index', 'clusters', 'saving'] as const;
export type SyncPhase = (typeof SYNC_PHASES)[number];

/**
 * A long operation (the catalog mirror followed by the duplicate rebuild) as
 * every replica sees it. `done`/`total` count the items of the current phase
 * (`total` absent when the phase cannot count ahead).
 */
export interface OperationStatus {
  id: string;
  state: 'idle' | 'running' | 'succeeded' | 'failed';
  phase?: SyncPhase;
  done: number;
  total?: number;
  requestedBy?: string;
  startedAt?: string;
  updatedAt?: string;
  finishedAt?: string;
  result?: Record<string, unknown>;
  error?: string;
}
