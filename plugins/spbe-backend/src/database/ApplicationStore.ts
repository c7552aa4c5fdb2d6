import { Knex } from 'knex';
import { CountRow } from '@internal/plugin-spbe-common';
import { ApplicationRecord } from '../service/types';
import { parseJson, toNumber } from './util';

type ApplicationRow = {
  entity_ref: string;
  etag: string;
  name: string;
  title: string | null;
  agency_ref: string | null;
  coordinator_ref: string | null;
  ral: string | null;
  jenis: string | null;
  platform_nasional: boolean | number;
  grandfathered: boolean | number;
  usulan: string | null;
  facts: string;
  revision: number | string;
  deleted: boolean | number;
};

export interface ApplicationChange {
  record: ApplicationRecord;
  etag: string;
}

function toRow(change: ApplicationChange, revision: number): ApplicationRow {
  const r = change.record;
  return {
    entity_ref: r.entityRef,
    etag: change.etag,
    name: r.name,
    title: r.title ?? null,
    agency_ref: r.agency ?? null,
    coordinator_ref: r.coordinator ?? null,
    ral: r.ral ?? null,
    jenis: r.jenis ?? null,
    platform_nasional: r.platformNasional,
    grandfathered: r.grandfathered,
    usulan: r.usulan ?? null,
    facts: JSON.stringify(r),
    revision,
    deleted: false,
  };
}

const BATCH = 200;

/**
 * The plugin's mirror of the catalog's SPBE applications. Each sync run gets a
 * new revision number; changed and deleted rows carry it, so every replica can
 * pull only what changed since the revision it last saw.
 */
export class ApplicationStore {
  constructor(private readonly db: Knex) {}

  /** Entity ref -> etag of every live row. */
  async etags(): Promise<Map<string, string>> {
    const rows = await this.db<ApplicationRow>('spbe_applications')
      .where({ deleted: false })
      .select('entity_ref', 'etag');
    return new Map(rows.map(r => [r.entity_ref, r.etag]));
  }

  async currentRevision(): Promise<number> {
    const row = await this.db('spbe_sync_state').where({ key: 'revision' }).first('value');
    return row ? toNumber(row.value) : 0;
  }

  /** Writes one sync run's changes under a new revision, atomically. */
  async applyChanges(options: {
    upserts: ApplicationChange[];
    deletes: string[];
  }): Promise<number> {
    const { upserts, deletes } = options;
    return this.db.transaction(async tx => {
      const current = await tx('spbe_sync_state').where({ key: 'revision' }).first('value');
      const revision = (current ? toNumber(current.value) : 0) + 1;
      if (current) {
        await tx('spbe_sync_state').where({ key: 'revision' }).update({ value: revision });
      } else {
        await tx('spbe_sync_state').insert({ key: 'revision', value: revision });
      }
      for (let i = 0; i < upserts.length; i += BATCH) {
        const rows = upserts.slice(i, i + BATCH).map(c => toRow(c, revision));
        await tx('spbe_applications').insert(rows).onConflict('entity_ref').merge();
      }
      for (let i = 0; i < deletes.length; i += BATCH) {
        await tx('spbe_applications')
          .whereIn('entity_ref', deletes.slice(i, i + BATCH))
          .update({ deleted: true, revision });
      }
      return revision;
    });
  }

  /** Rows changed after `revision` (live ones as records, deleted ones as refs). */
  async changesSince(revision: number): Promise<{
    upserts: ApplicationRecord[];
    deletes: string[];
    revision: number;
  }> {
    const latest = await this.currentRevision();
    if (latest <= revision) return { upserts: [], deletes: [], revision };
    const rows = await this.db<ApplicationRow>('spbe_applications')
      .where('revision', '>', revision)
      .andWhere('revision', '<=', latest)
      .select('entity_ref', 'facts', 'deleted');
    const upserts: ApplicationRecord[] = [];
    const deletes: string[] = [];
    for (const row of rows) {
      if (row.deleted) deletes.push(row.entity_ref);
      else upserts.push(parseJson<ApplicationRecord>(row.facts, {} as ApplicationRecord));
    }
    return { upserts, deletes, revision: latest };
  }

  async get(entityRef: string): Promise<ApplicationRecord | undefined> {
    const row = await this.db<ApplicationRow>('spbe_applications')
      .where({ entity_ref: entityRef, deleted: false })
      .first('facts');
    return row ? parseJson<ApplicationRecord>(row.facts, {} as ApplicationRecord) : undefined;
  }

  /** Applications whose coordinator is `coordinatorRef` (the scope of an audit). */
  async listByCoordinator(coordinatorRef: string): Promise<ApplicationRecord[]> {
    const rows = await this.db<ApplicationRow>('spbe_applications')
      .where({ coordinator_ref: coordinatorRef, deleted: false })
      .orderBy('entity_ref')
      .select('facts');
    return rows.map(r => parseJson<ApplicationRecord>(r.facts, {} as ApplicationRecord));
  }

  async count(): Promise<number> {
    const [{ count }] = await this.db('spbe_applications')
      .where({ deleted: false })
      .count({ count: '*' });
    return toNumber(count as number);
  }

  /** Counts live applications grouped by one column, largest first. */
  async countBy(column: 'agency_ref' | 'coordinator_ref' | 'ral'): Promise<CountRow[]> {
    const rows = await this.db('spbe_applications')
      .where({ deleted: false })
      .select({ key: column })
      .count({ count: '*' })
      .groupBy(column)
      .orderBy([
        { column: 'count', order: 'desc' },
        { column: 'key', order: 'asc' },
      ]);
    return (rows as { key: string | null; count: number | string }[]).map(r => ({
      key: r.key,
      count: toNumber(r.count),
    }));
  }
}
