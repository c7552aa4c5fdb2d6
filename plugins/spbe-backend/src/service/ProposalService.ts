import { randomUUID } from 'node:crypto';
import { InputError, NotFoundError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isDpiBlockId,
  parseReferenceCode,
  DecisionOutcome,
  Proposal,
  ProposalEvent,
  ProposalStatus,
} from '@internal/plugin-spbe-common';
import { AgencyDirectory } from '../catalog/AgencyDirectory';
import { ProposalStore } from '../database/ProposalStore';
import { ColumnFilter } from '../permissions/rules';
import { ReuseAnalysisService } from '../reuse/ReuseAnalysisService';
import {
  assertCommentable,
  assertEditable,
  nextStatus,
  ProposalTransition,
} from './proposalStateMachine';
import { ProposalInput } from './types';

export interface DecisionInput {
  outcome: DecisionOutcome;
  rationale: string;
  conditions?: string[];
  reuseTarget?: string;
}

/** Proposals (usulan aplikasi baru): validation, analysis, state machine, history. */
export class ProposalService {
  constructor(
    private readonly deps: {
      store: ProposalStore;
      agencies: AgencyDirectory;
      analysis: ReuseAnalysisService;
    },
  ) {}

  /** Validates and normalises input; resolves the agency's coordinator. */
  async prepare(input: ProposalInput): Promise<ProposalInput & { coordinator?: string }> {
    const agency = await this.deps.agencies.get(input.agency);
    if (!agency) {
      throw new InputError(`agency: ${input.agency} is not a known agency (instansi) Group`);
    }
    const codes: string[] = [];
    const badCodes: string[] = [];
    for (const raw of input.referenceCodes) {
      const parsed = parseReferenceCode(raw);
      if (parsed.ok) codes.push(parsed.value.code);
      else badCodes.push(parsed.reason);
    }
    if (badCodes.length) {
      throw new InputError(`referenceCodes: ${badCodes.join('; ')}`);
    }
    const badDpi = input.dpiBlocks.filter(b => !isDpiBlockId(b));
    if (badDpi.length) {
      throw new InputError(`dpiBlocks: unknown DPI block ${badDpi.join(', ')}`);
    }
    return {
      ...input,
      agency: agency.ref,
      coordinator: agency.coordinator,
      referenceCodes: [...new Set(codes)],
      dpiBlocks: [...new Set(input.dpiBlocks)],
    };
  }

  async create(options: {
    input: ProposalInput & { coordinator?: string };
    submit: boolean;
    actor: string;
  }): Promise<Proposal> {
    const { input, submit, actor } = options;
    const now = new Date().toISOString();
    const analysis = await this.deps.analysis.analyze(input);
    const proposal: Proposal = {
      ...input,
      id: randomUUID(),
      status: 'draft',
      analysis,
      createdBy: actor,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.deps.store.insert(proposal, {
      type: 'created',
      actor,
      toStatus: 'draft',
      payload: { recommendedVerdict: analysis.recommendedVerdict },
    });
    if (!submit) return proposal;
    return this.transition({ proposal, transition: 'submit', actor });
  }

  async get(id: string): Promise<Proposal> {
    const proposal = await this.deps.store.get(id);
    if (!proposal) throw new NotFoundError(`Proposal ${id} not found`);
    return proposal;
  }

  history(id: string): Promise<ProposalEvent[]> {
    return this.deps.store.listEvents(id);
  }

  list(options: {
    criteria?: PermissionCriteria<ColumnFilter>;
    status?: ProposalStatus;
    agency?: string;
    limit: number;
    offset: number;
  }) {
    return this.deps.store.list(options);
  }

  /** Edits a draft and re-runs the analysis. */
  async edit(options: {
    proposal: Proposal;
    expectedVersion: number;
    input: ProposalInput & { coordinator?: string };
    actor: string;
  }): Promise<Proposal> {
    const { proposal, expectedVersion, input, actor } = options;
    assertEditable(proposal.status);
    if (input.agency !== proposal.agency) {
      throw new InputError('agency: a proposal cannot move to another agency');
    }
    const analysis = await this.deps.analysis.analyze(input);
    return this.deps.store.update({
      id: proposal.id,
      expectedVersion,
      patch: {
        name: input.name,
        description: input.description,
        functions: input.functions,
        dataUsed: input.dataUsed,
        referenceCodes: input.referenceCodes,
        dpiBlocks: input.dpiBlocks,
        estimatedBudget: input.estimatedBudget,
        analysis,
      },
      event: { type: 'edited', actor, payload: { recommendedVerdict: analysis.recommendedVerdict } },
    });
  }

  /** Submit, start review or withdraw (with an optional rationale). */
  async transition(options: {
    proposal: Proposal;
    expectedVersion?: number;
    transition: Exclude<ProposalTransition, 'decide'>;
    actor: string;
    rationale?: string;
  }): Promise<Proposal> {
    const { proposal, transition, actor, rationale } = options;
    const { to, event } = nextStatus({ from: proposal.status, transition });
    return this.deps.store.update({
      id: proposal.id,
      expectedVersion: options.expectedVersion ?? proposal.version,
      patch: { status: to },
      event: { type: event, actor, fromStatus: proposal.status, toStatus: to, text: rationale },
    });
  }

  /** An architect's decision; it is kept with its rationale as the proposal's decision record. */
  async decide(options: {
    proposal: Proposal;
    expectedVersion: number;
    decision: DecisionInput;
    actor: string;
  }): Promise<Proposal> {
    const { proposal, expectedVersion, decision, actor } = options;
    const { to, event } = nextStatus({
      from: proposal.status,
      transition: 'decide',
      outcome: decision.outcome,
    });
    const conditions = decision.conditions ?? [];
    if (decision.outcome === 'approved-with-conditions' && conditions.length === 0) {
      throw new InputError('conditions: an approval with conditions needs at least one condition');
    }
    if (decision.outcome === 'rejected-reuse' && !decision.reuseTarget) {
      throw new InputError('reuseTarget: a rejection for reuse must name the application to reuse');
    }
    if (decision.outcome !== 'rejected-reuse' && decision.reuseTarget) {
      throw new InputError('reuseTarget: only a rejection for reuse names an application to reuse');
    }
    const record = {
      outcome: decision.outcome,
      rationale: decision.rationale,
      conditions,
      reuseTarget: decision.reuseTarget,
      reviewer: actor,
      decidedAt: new Date().toISOString(),
    };
    return this.deps.store.update({
      id: proposal.id,
      expectedVersion,
      patch: { status: to, decision: record },
      event: {
        type: event,
        actor,
        fromStatus: proposal.status,
        toStatus: to,
        text: decision.rationale,
        payload: { conditions, reuseTarget: decision.reuseTarget },
      },
    });
  }

  async comment(options: { proposal: Proposal; text: string; actor: string }): Promise<ProposalEvent> {
    assertCommentable(options.proposal.status);
    return this.deps.store.addEvent(options.proposal.id, {
      type: 'comment',
      actor: options.actor,
      text: options.text,
    });
  }
}
