import { Knex } from 'knex';
import { DashboardTotals } from '@internal/plugin-spbe-common';
import { parseJson, toIso } from './util';

export interface DailySnapshot {
  day: string;
  takenAt: string;
  totals: DashboardTotals;
}

/** One row of dashboard totals per day: trends are recorded history. */
export class SnapshotStore {
  constructor(private readonly db: Knex) {}

  async put(day: string, totals: DashboardTotals): Promise<void> {
    await this.db('spbe_daily_snapshots')
      .insert({ day, totals: JSON.stringify(totals), taken_at: new Date() })
      .onConflict('day')
      .merge();
  }

  /** Snapshots from `since` (YYYY-MM-DD) on, oldest first. */
  async since(since: string): Promise<DailySnapshot[]> {
    const rows = await this.db('spbe_daily_snapshots').where('day', '>=', since).orderBy('day', 'asc');
    return rows.map((r: { day: string; totals: string; taken_at: Date | string | number }) => ({
      day: r.day,
      takenAt: toIso(r.taken_at)!,
      totals: parseJson<DashboardTotals>(r.totals, {} as DashboardTotals),
    }));
  }
}
