import { Knex } from 'knex';
import { OperationStatus, SyncPhase } from '@internal/plugin-spbe-common';
import { affected, parseJson, toIso } from './util';

const TABLE = 'spbe_operations';

interface OperationRow {
  id: string;
  state: OperationStatus['state'];
  phase: SyncPhase | null;
  done: number | string;
  total: number | string | null;
  requested_by: string;
  started_at: Date | string | number;
  updated_at: Date | string | number;
  finished_at: Date | string | number | null;
  result: string | null;
  error: string | null;
}

/**
 * Long operations and their progress, one row per operation id. The row is
 * also the lock: a replica claims it with one conditional update, so two
 * replicas (or a user and the scheduler) never run the same operation at once.
 * A running row that has not moved for `staleAfterMs` (a replica that died)
 * can be claimed again.
 */
export class OperationStore {
  constructor(
    private readonly db: Knex,
    private readonly options: { staleAfterMs: number } = { staleAfterMs: 15 * 60_000 },
  ) {}

  /** Marks the operation running for `requestedBy`; false when it is running already. */
  async claim(id: string, requestedBy: string, now = new Date()): Promise<boolean> {
    await this.db(TABLE)
      .insert({
        id,
        state: 'idle',
        done: 0,
        requested_by: requestedBy,
        started_at: now,
        updated_at: now,
      })
      .onConflict('id')
      .ignore();
    const staleBefore = new Date(now.getTime() - this.options.staleAfterMs);
    const claimed = await this.db(TABLE)
      .where({ id })
      .andWhere(q => q.whereNot('state', 'running').orWhere('updated_at', '<', staleBefore))
      .update({
        state: 'running',
        phase: null,
        done: 0,
        total: null,
        requested_by: requestedBy,
        started_at: now,
        updated_at: now,
        finished_at: null,
        result: null,
        error: null,
      });
    return affected(claimed) === 1;
  }

  async progress(id: string, progress: { phase: SyncPhase; done: number; total?: number }): Promise<void> {
    await this.db(TABLE)
      .where({ id, state: 'running' })
      .update({
        phase: progress.phase,
        done: progress.done,
        total: progress.total ?? null,
        updated_at: new Date(),
      });
  }

  async finish(id: string, outcome: { result: Record<string, unknown> } | { error: string }): Promise<void> {
    const now = new Date();
    await this.db(TABLE)
      .where({ id, state: 'running' })
      .update(
        'error' in outcome
          ? { state: 'failed', error: outcome.error.slice(0, 4000), updated_at: now, finished_at: now }
          : { state: 'succeeded', result: JSON.stringify(outcome.result), updated_at: now, finished_at: now },
      );
  }

  async get(id: string): Promise<OperationStatus> {
    const row: OperationRow | undefined = await this.db(TABLE).where({ id }).first();
    if (!row || row.state === 'idle') return { id, state: 'idle', done: 0 };
    return {
      id,
      state: row.state,
      phase: row.phase ?? undefined,
      done: Number(row.done),
      total: row.total === null ? undefined : Number(row.total),
      requestedBy: row.requested_by,
      startedAt: toIso(row.started_at),
      updatedAt: toIso(row.updated_at),
      finishedAt: toIso(row.finished_at),
      result: row.result ? parseJson<Record<string, unknown>>(row.result, {}) : undefined,
      error: row.error ?? undefined,
    };
  }
}
