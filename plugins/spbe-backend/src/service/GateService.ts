import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_INVENTORY_SOURCE,
  ANNOTATION_USULAN,
  isSpbeApplication,
  ReuseCandidate,
} from '@internal/plugin-spbe-common';
import { toApplicationRecord } from '../catalog/toApplicationRecord';
import { EnforcementMode } from '../config';
import { ProposalStore } from '../database/ProposalStore';
import { ReuseAnalysisService } from '../reuse/ReuseAnalysisService';
import { isApproved } from './proposalStateMachine';

export interface GateResult {
  mode: EnforcementMode;
  /** False for entities the gate does not look at (not an SPBE application). */
  applicable: boolean;
  /** True when the application lacks an approved proposal. */
  violation: boolean;
  /** What the catalog does: nothing, a warning, or a processing error. */
  action: 'none' | 'warn' | 'block';
  reasons: string[];
  /** What the entity needs to pass. */
  requiredApproval?: string;
  /** Existing applications to reuse instead. */
  reuseCandidates: ReuseCandidate[];
}

/**
 * The reuse gate: an SPBE application that did not come from an inventory
 * import (those are grandfathered) must point to an approved proposal.
 */
export class GateService {
  constructor(
    private readonly deps: {
      proposals: ProposalStore;
      analysis: ReuseAnalysisService;
      mode: EnforcementMode;
    },
  ) {}

  async check(entity: Entity): Promise<GateResult> {
    const { mode } = this.deps;
    const pass = (applicable: boolean, reasons: string[]): GateResult => ({
      mode, applicable, violation: false, action: 'none', reasons, reuseCandidates: [],
    });
    if (!isSpbeApplication(entity)) return pass(false, ['not an SPBE application (Component of type aplikasi)']);
    const annotations = entity.metadata.annotations ?? {};
    if (annotations[ANNOTATION_INVENTORY_SOURCE]) {
      return pass(true, [`grandfathered: imported from inventory ${annotations[ANNOTATION_INVENTORY_SOURCE]}`]);
    }
    const usulan = annotations[ANNOTATION_USULAN]?.trim();
    const reasons: string[] = [];
    if (usulan) {
      const proposal = await this.deps.proposals.get(usulan);
      if (proposal && isApproved(proposal.status)) {
        return pass(true, [`approved proposal ${usulan} (${proposal.status})`]);
      }
      reasons.push(
        proposal
          ? `proposal ${usulan} is ${proposal.status}, not approved`
          : `proposal ${usulan} named by ${ANNOTATION_USULAN} does not exist`,
      );
    } else {
      reasons.push(`no approved proposal: annotation ${ANNOTATION_USULAN} is missing`);
    }
    const record = toApplicationRecord(entity);
    const analysis = await this.deps.analysis.analyze(
      {
        name: record.title ?? record.name,
        description: record.description,
        functions: record.functions,
        dataUsed: record.data,
        referenceCodes: record.codes,
        dpiBlocks: record.dpi,
        agency: record.agency,
      },
      { limit: 5 },
    );
    const candidates = analysis.candidates.filter(c => c.entityRef !== record.entityRef);
    if (candidates.length) {
      reasons.push(`reuse instead: ${candidates.map(c => `${c.name} (${c.entityRef})`).join(', ')}`);
    }
    return {
      mode,
      applicable: true,
      violation: true,
      action: mode === 'off' ? 'none' : mode,
      reasons,
      requiredApproval: `an approved proposal (usulan aplikasi baru) whose id is set in annotation ${ANNOTATION_USULAN}`,
      reuseCandidates: candidates,
    };
  }
}
