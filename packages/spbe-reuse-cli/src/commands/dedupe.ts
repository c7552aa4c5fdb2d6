import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { DuplicateCluster, ReuseIndex } from '@internal/spbe-reuse-engine';
import { CliError } from '../errors';
import { CliIo, createProgress } from '../io';
import { loadInventory } from '../loadInventory';
import { loadPlatforms } from '../loadPlatforms';

export interface DedupeOptions {
  input: string;
  output?: string;
  format?: string;
  threshold?: string;
  /** catalog-info directory whose registered national platforms are recognised (default catalog-info). */
  catalogInfo?: string;
}

function clustersToCsv(clusters: DuplicateCluster[], names: Map<string, { name: string; agency?: string }>): string {
  const rows: string[][] = [['cluster_id', 'cluster_size', 'score', 'id', 'nama', 'instansi', 'evidence']];
  for (const c of clusters) {
    const evidence = c.evidence.map(e => e.message).join(' | ');
    for (const m of c.members) {
      const app = names.get(m);
      rows.push([c.id, String(c.members.length), String(c.score), m, app?.name ?? '', app?.agency ?? '', evidence]);
    }
  }
  return stringify(rows);
}

/** `dedupe`: clusters of duplicated applications of an inventory. */
export async function dedupeCommand(opts: DedupeOptions, io: CliIo): Promise<void> {
  const format = (opts.format ?? (opts.output?.toLowerCase().endsWith('.csv') ? 'csv' : 'json')).toLowerCase();
  if (format !== 'json' && format !== 'csv') {
    throw new CliError(`Unknown --format ${opts.format}: use json or csv`);
  }
  const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    throw new CliError(`--threshold must be a number in (0, 1], got ${opts.threshold}`);
  }
  const started = Date.now();
  io.stderr.write(`Reading ${opts.input}\n`);
  const apps = await loadInventory(opts.input, await loadPlatforms(opts.catalogInfo, io));
  io.stderr.write(`Indexing ${apps.length} applications\n`);
  const index = ReuseIndex.create({ duplicateThreshold: threshold });
  index.upsertMany(apps, createProgress(io, 'Indexed'));
  const clusters = index.findDuplicates();
  const stats = { ...index.duplicateStats(), elapsedMs: Date.now() - started };
  const names = new Map(apps.map(a => [a.id, { name: a.name, agency: a.agency }]));
  const body =
    format === 'csv'
      ? clustersToCsv(clusters, names)
      : `${JSON.stringify({ clusters, stats }, null, 2)}\n`;
  if (opts.output) {
    await writeFile(opts.output, body, 'utf8');
    io.stderr.write(`Wrote ${clusters.length} clusters (${stats.clusteredApplications} applications) to ${opts.output}\n`);
  } else {
    io.stdout.write(body);
  }
}
