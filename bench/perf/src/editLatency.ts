import type { ReuseApplication, ReuseIndex } from '@internal/spbe-reuse-engine';

/**
 * The cost of one edit in a built index: an application takes another's
 * description (what it says changes), then its cluster is asked for, which
 * brings the clusters up to date (the groups the edit reaches are clustered
 * again, the other merges replayed). Per edit: the upsert and that
 * re-clustering, in ms.
 */
export function editLatency(
  index: ReuseIndex,
  apps: ReuseApplication[],
  edits: number,
): { upsertMs: number[]; reclusterMs: number[] } {
  const upsertMs: number[] = [];
  const reclusterMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const app = apps[(i * 7919 + 17) % apps.length];
    const other = apps[(i * 104729 + 1) % apps.length];
    const t0 = performance.now();
    index.upsert({ ...app, description: other.description });
    const t1 = performance.now();
    index.clusterOfApplication(app.id);
    reclusterMs.push(performance.now() - t1);
    upsertMs.push(t1 - t0);
  }
  return { upsertMs, reclusterMs };
}
