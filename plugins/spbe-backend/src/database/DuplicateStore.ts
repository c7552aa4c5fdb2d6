import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { DuplicateCluster, DuplicateStatus } from '@internal/plugin-spbe-common';
import { affected, parseJson, toIso, toNumber } from './util';

type ClusterRow = {
  id: string;
  members: string;
  evidence: string;
  score: number;
  status: DuplicateStatus;
  keeper_ref: string | null;
  rationale: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | string | number | null;
  detected_at: Date | string | number;
  version: number;
};

function toCluster(row: ClusterRow): DuplicateCluster {
  return {
    id: row.id,
    members: parseJson<string[]>(row.members, []),
    evidence: parseJson<Record<string, unknown>>(row.evidence, {}),
    score: Number(row.score),
    status: row.status,
    keeper: row.keeper_ref ?? undefined,
    rationale: row.rationale ?? undefined,
    reviewedBy: row.reviewed_by ?? undefined,
    reviewedAt: toIso(row.reviewed_at),
    detectedAt: toIso(row.detected_at)!,
    version: row.version,
  };
}

/** Stable, order-independent key of an application pair. */
export function pairKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Duplicate clusters raised for review and the pairs architects dismissed. */
export class DuplicateStore {
  constructor(private readonly db: Knex) {}

  async get(id: string): Promise<DuplicateCluster | undefined> {
    const row = await this.db<ClusterRow>('spbe_duplicate_clusters').where({ id }).first();
    return row ? toCluster(row) : undefined;
  }

  async list(options: { status?: DuplicateStatus; limit: number; offset: number }) {
    const base = this.db<ClusterRow>('spbe_duplicate_clusters');
    if (options.status) base.where({ status: options.status });
    const [{ count }] = await base.clone().count({ count: '*' });
    const rows = await base
      .clone()
      .orderBy([{ column: 'score', order: 'desc' }, { column: 'id', order: 'asc' }])
      .limit(options.limit)
      .offset(options.offset);
    return { items: rows.map(toCluster), total: toNumber(count as number) };
  }

  async dismissedPairs(): Promise<Set<string>> {
    const rows = await this.db('spbe_dismissed_pairs').select('app_a', 'app_b');
    return new Set(rows.map((r: { app_a: string; app_b: string }) => `${r.app_a}|${r.app_b}`));
  }

  /** Members of open and confirmed clusters (the dashboard's "in duplicate clusters"). */
  async activeMembers(): Promise<{ members: Set<string>; confirmedClusters: number }> {
    const rows = await this.db<ClusterRow>('spbe_duplicate_clusters')
      .whereIn('status', ['open', 'confirmed'])
      .select('members', 'status');
    const members = new Set<string>();
    let confirmedClusters = 0;
    for (const row of rows) {
      for (const m of parseJson<string[]>(row.members, [])) members.add(m);
      if (row.status === 'confirmed') confirmedClusters++;
    }
    return { members, confirmedClusters };
  }

  /**
   * Stores one detection run: new clusters open, known ones untouched, open
   * ones no longer detected become stale. One transaction.
   */
  async applyDetection(
    clusters: { id: string; members: string[]; score: number; evidence: Record<string, unknown> }[],
  ): Promise<{ added: number; staled: number }> {
    return this.db.transaction(async tx => {
      const existing = new Map<string, DuplicateStatus>(
        (await tx<ClusterRow>('spbe_duplicate_clusters').select('id', 'status')).map(r => [r.id, r.status]),
      );
      const now = new Date();
      const fresh = clusters.filter(c => !existing.has(c.id));
      for (let i = 0; i < fresh.length; i += 200) {
        await tx('spbe_duplicate_clusters').insert(
          fresh.slice(i, i + 200).map(c => ({
            id: c.id,
            members: JSON.stringify(c.members),
            evidence: JSON.stringify(c.evidence),
            score: c.score,
            status: 'open',
            detected_at: now,
            version: 1,
          })),
        );
      }
      const detected = new Set(clusters.map(c => c.id));
      const stale = [...existing].filter(([id, status]) => status === 'open' && !detected.has(id)).map(([id]) => id);
      for (let i = 0; i < stale.length; i += 200) {
        await tx('spbe_duplicate_clusters')
          .whereIn('id', stale.slice(i, i + 200))
          .update({ status: 'stale', version: tx.raw('version + 1') });
      }
      // a stale cluster detected again (e.g. after a pair dismissal) is reopened
      const reopened = clusters.filter(c => existing.get(c.id) === 'stale').map(c => c.id);
      if (reopened.length) {
        await tx('spbe_duplicate_clusters')
          .whereIn('id', reopened)
          .update({ status: 'open', version: tx.raw('version + 1') });
      }
      return { added: fresh.length, staled: stale.length };
    });
  }

  /** Records a review (confirm or dismiss) under a version check, with its dismissed pairs. */
  async review(options: {
    id: string;
    expectedVersion: number;
    status: DuplicateStatus;
    keeper?: string;
    rationale: string;
    reviewer: string;
    dismissPairs: [string, string][];
  }): Promise<DuplicateCluster> {
    return this.db.transaction(async tx => {
      const now = new Date();
      const count = affected(
        await tx('spbe_duplicate_clusters')
          .where({ id: options.id, version: options.expectedVersion })
          .update({
            status: options.status,
            keeper_ref: options.keeper ?? null,
            rationale: options.rationale,
            reviewed_by: options.reviewer,
            reviewed_at: now,
            version: options.expectedVersion + 1,
          }),
      );
      if (count !== 1) {
        const current = await tx<ClusterRow>('spbe_duplicate_clusters').where({ id: options.id }).first('version');
        if (!current) throw new NotFoundError(`Duplicate cluster ${options.id} not found`);
        throw new ConflictError(
          `Duplicate cluster ${options.id} was changed by someone else: version ${current.version}, not ${options.expectedVersion}`,
        );
      }
      for (const [a, b] of options.dismissPairs) {
        const [appA, appB] = pairKey(a, b);
        await tx('spbe_dismissed_pairs')
          .insert({ app_a: appA, app_b: appB, cluster_id: options.id, dismissed_by: options.reviewer, dismissed_at: now })
          .onConflict(['app_a', 'app_b'])
          .ignore();
      }
      const row = await tx<ClusterRow>('spbe_duplicate_clusters').where({ id: options.id }).first();
      return toCluster(row!);
    });
  }
}
