import { ConflictError, NotFoundError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import {
  Proposal,
  ProposalDecision,
  ProposalEvent,
  ProposalEventType,
  ProposalStatus,
  ReuseAnalysis,
} from '@internal/plugin-spbe-common';
import { applyCriteria } from '../permissions/criteriaToKnex';
import { ColumnFilter } from '../permissions/rules';
import { affected, parseJson, toIso, toNumber } from './util';

type ProposalRow = {
  id: string;
  name: string;
  description: string;
  functions: string;
  data_used: string;
  agency_ref: string;
  coordinator_ref: string | null;
  reference_codes: string;
  dpi_blocks: string;
  estimated_budget: string | number | null;
  status: ProposalStatus;
  analysis: string | null;
  decision: string | null;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
  version: number;
};

type EventRow = {
  id: number;
  proposal_id: string;
  type: ProposalEventType;
  actor: string;
  at: Date | string | number;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus | null;
  text: string | null;
  payload: string | null;
};

export interface NewProposalEvent {
  type: ProposalEventType;
  actor: string;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  text?: string;
  payload?: Record<string, unknown>;
}

export interface ProposalListFilter {
  /** Permission criteria on the proposal columns; undefined means all. */
  criteria?: PermissionCriteria<ColumnFilter>;
  agency?: string;
  status?: ProposalStatus;
  limit: number;
  offset: number;
}

/** Everything of a proposal a write can change. */
export type ProposalPatch = Partial<
  Pick<
    Proposal,
    | 'name'
    | 'description'
    | 'functions'
    | 'dataUsed'
    | 'referenceCodes'
    | 'dpiBlocks'
    | 'estimatedBudget'
    | 'status'
    | 'analysis'
    | 'decision'
  >
>;

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    functions: parseJson<string[]>(row.functions, []),
    dataUsed: parseJson<string[]>(row.data_used, []),
    agency: row.agency_ref,
    coordinator: row.coordinator_ref ?? undefined,
    referenceCodes: parseJson<string[]>(row.reference_codes, []),
    dpiBlocks: parseJson<string[]>(row.dpi_blocks, []),
    estimatedBudget:
      row.estimated_budget === null ? undefined : toNumber(row.estimated_budget),
    status: row.status,
    analysis: parseJson<ReuseAnalysis | undefined>(row.analysis, undefined),
    decision: parseJson<ProposalDecision | undefined>(row.decision, undefined),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    version: row.version,
  };
}

function toEvent(row: EventRow): ProposalEvent {
  return {
    id: row.id,
    type: row.type,
    actor: row.actor,
    at: toIso(row.at)!,
    fromStatus: row.from_status ?? undefined,
    toStatus: row.to_status ?? undefined,
    text: row.text ?? undefined,
    payload: parseJson<Record<string, unknown> | undefined>(
      row.payload,
      undefined,
    ),
  };
}

function patchToRow(patch: ProposalPatch): Partial<ProposalRow> {
  const row: Partial<ProposalRow> = {};
  if (patch.name !== undefined) row.name = patch.name;
  if (patch.description !== undefined) row.description = patch.description;
  if (patch.functions !== undefined) row.functions = JSON.stringify(patch.functions);
  if (patch.dataUsed !== undefined) row.data_used = JSON.stringify(patch.dataUsed);
  if (patch.referenceCodes !== undefined)
    row.reference_codes = JSON.stringify(patch.referenceCodes);
  if (patch.dpiBlocks !== undefined) row.dpi_blocks = JSON.stringify(patch.dpiBlocks);
  if ('estimatedBudget' in patch)
    row.estimated_budget = patch.estimatedBudget ?? null;
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.analysis !== undefined) row.analysis = JSON.stringify(patch.analysis);
  if (patch.decision !== undefined) row.decision = JSON.stringify(patch.decision);
  return row;
}

/** Proposals and their event history (the architecture decision record). */
export class ProposalStore {
  constructor(private readonly db: Knex) {}

  async insert(proposal: Proposal, event: NewProposalEvent): Promise<void> {
    await this.db.transaction(async tx => {
      await tx<ProposalRow>('spbe_proposals').insert({
        id: proposal.id,
        name: proposal.name,
        description: proposal.description,
        functions: JSON.stringify(proposal.functions),
        data_used: JSON.stringify(proposal.dataUsed),
        agency_ref: proposal.agency,
        coordinator_ref: proposal.coordinator ?? null,
        reference_codes: JSON.stringify(proposal.referenceCodes),
        dpi_blocks: JSON.stringify(proposal.dpiBlocks),
        estimated_budget: proposal.estimatedBudget ?? null,
        status: proposal.status,
        analysis: proposal.analysis ? JSON.stringify(proposal.analysis) : null,
        decision: null,
        created_by: proposal.createdBy,
        created_at: new Date(proposal.createdAt),
        updated_at: new Date(proposal.updatedAt),
        version: proposal.version,
      });
      await this.insertEvent(tx, proposal.id, event);
    });
  }

  async get(id: string): Promise<Proposal | undefined> {
    const row = await this.db<ProposalRow>('spbe_proposals').where({ id }).first();
    return row ? toProposal(row) : undefined;
  }

  async list(filter: ProposalListFilter): Promise<{ items: Proposal[]; total: number }> {
    const base = this.db<ProposalRow>('spbe_proposals');
    if (filter.criteria) applyCriteria(base, filter.criteria);
    if (filter.agency) base.where('agency_ref', filter.agency);
    if (filter.status) base.where('status', filter.status);
    const [{ count }] = await base.clone().count({ count: '*' });
    const rows = await base
      .clone()
      .orderBy([
        { column: 'updated_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(filter.limit)
      .offset(filter.offset);
    return { items: rows.map(toProposal), total: toNumber(count as number) };
  }

  /**
   * Applies a patch when the stored version is `expectedVersion`, bumps the
   * version and records the event, all in one transaction. A concurrent change
   * (another version stored) answers 409.
   */
  async update(options: {
    id: string;
    expectedVersion: number;
    patch: ProposalPatch;
    event: NewProposalEvent;
  }): Promise<Proposal> {
    const { id, expectedVersion, patch, event } = options;
    return this.db.transaction(async tx => {
      const updated = affected(
        await tx<ProposalRow>('spbe_proposals')
          .where({ id, version: expectedVersion })
          .update({
            ...patchToRow(patch),
            updated_at: new Date(),
            version: expectedVersion + 1,
          }),
      );
      if (updated !== 1) {
        const current = await tx<ProposalRow>('spbe_proposals')
          .where({ id })
          .first('version');
        if (!current) throw new NotFoundError(`Proposal ${id} not found`);
        throw new ConflictError(
          `Proposal ${id} was changed by someone else: version ${current.version}, not ${expectedVersion}; reload and try again`,
        );
      }
      await this.insertEvent(tx, id, event);
      const row = await tx<ProposalRow>('spbe_proposals').where({ id }).first();
      return toProposal(row!);
    });
  }

  /** Adds an event that does not change the proposal (a comment). */
  async addEvent(id: string, event: NewProposalEvent): Promise<ProposalEvent> {
    return this.db.transaction(async tx => {
      const exists = await tx('spbe_proposals').where({ id }).first('id');
      if (!exists) throw new NotFoundError(`Proposal ${id} not found`);
      const eventId = await this.insertEvent(tx, id, event);
      const row = await tx<EventRow>('spbe_proposal_events')
        .where({ id: eventId })
        .first();
      return toEvent(row!);
    });
  }

  async listEvents(id: string): Promise<ProposalEvent[]> {
    const rows = await this.db<EventRow>('spbe_proposal_events')
      .where({ proposal_id: id })
      .orderBy('id', 'asc');
    return rows.map(toEvent);
  }

  /** Outcome counts and avoided budget for the dashboard. */
  async outcomeTotals(): Promise<{
    byStatus: Partial<Record<ProposalStatus, number>>;
    rejectedReuse: number;
    budgetAvoided: number;
  }> {
    const rows = await this.db('spbe_proposals')
      .select('status')
      .count({ count: '*' })
      .groupBy('status');
    const byStatus: Partial<Record<ProposalStatus, number>> = {};
    for (const r of rows as { status: ProposalStatus; count: number | string }[]) {
      byStatus[r.status] = toNumber(r.count);
    }
    const [budget] = await this.db('spbe_proposals')
      .where({ status: 'rejected-reuse' })
      .sum({ total: 'estimated_budget' });
    return {
      byStatus,
      rejectedReuse: byStatus['rejected-reuse'] ?? 0,
      budgetAvoided: toNumber((budget as { total: number | string | null }).total),
    };
  }

  private async insertEvent(
    tx: Knex.Transaction,
    proposalId: string,
    event: NewProposalEvent,
  ): Promise<number> {
    const [inserted] = await tx('spbe_proposal_events')
      .insert({
        proposal_id: proposalId,
        type: event.type,
        actor: event.actor,
        at: new Date(),
        from_status: event.fromStatus ?? null,
        to_status: event.toStatus ?? null,
        text: event.text ?? null,
        payload: event.payload ? JSON.stringify(event.payload) : null,
      })
      .returning('id');
    return typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
  }
}
