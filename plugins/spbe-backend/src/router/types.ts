import { SpbeAuthorizer } from '../permissions/SpbeAuthorizer';
import { AuditService } from '../service/AuditService';
import { DashboardService } from '../service/DashboardService';
import { DuplicateService } from '../service/DuplicateService';
import { GateService } from '../service/GateService';
import { ProposalService } from '../service/ProposalService';
import { SyncOperation } from '../service/SyncOperation';
import { ReuseAnalysisService } from '../reuse/ReuseAnalysisService';

export interface RouterDeps {
  authorizer: SpbeAuthorizer;
  proposals: ProposalService;
  analysis: ReuseAnalysisService;
  gate: GateService;
  duplicates: DuplicateService;
  audits: AuditService;
  dashboard: DashboardService;
  /** The catalog sync followed by duplicate detection, with its progress. */
  syncOperation: SyncOperation;
}
