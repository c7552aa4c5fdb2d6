/**
 * SPBE backend plugin: proposals (usulan), duplicate review, coordinator
 * audit, dashboard API and the reuse gate.
 *
 * @packageDocumentation
 */
export { spbePlugin as default } from './plugin';
export type { GateResult } from './service/GateService';
export type {
  Proposal,
  ProposalStatus,
  ReuseAnalysis,
  ReuseCandidate,
  DashboardTotals,
} from '@internal/plugin-spbe-common';
