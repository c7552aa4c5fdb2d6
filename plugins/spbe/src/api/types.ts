/*
 * Request types of the SPBE backend API (plugins/spbe-backend/src/schema/openapi.yaml),
 * as the frontend sends them. The response types and the shared domain values
 * live in @internal/plugin-spbe-common (src/api.ts).
 */
import {
  AuditClassification,
  DecisionOutcome,
} from '@internal/plugin-spbe-common';

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

/** The body of a proposal create or edit (CreateProposalRequest). */
export interface ProposalInput {
  name: string;
  description: string;
  functions: string[];
  dataUsed?: string[];
  /** Entity ref of the agency (instansi) Group. */
  agency: string;
  referenceCodes?: string[];
  /** DPI blocks the application will use. */
  dpiBlocks?: string[];
  /** Estimated budget in rupiah. */
  estimatedBudget?: number;
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
