import { createHash } from 'node:crypto';
import { InputError, NotFoundError } from '@backstage/errors';
import { DuplicateCluster, DuplicateStatus } from '@internal/plugin-spbe-common';
import { DuplicateStore, pairKey } from '../database/DuplicateStore';
import { ReuseIndex } from '../reuse/ReuseIndex';
import { ProgressReporter } from './SyncOperation';

type Pair = { a: string; b: string; score: number };

/** Id of a cluster: a hash of its sorted members, stable across detection runs. */
export function clusterId(members: string[]): string {
  return createHash('sha256').update([...members].sort().join('\n')).digest('hex').slice(0, 24);
}

/** Splits the engine's clusters after removing dismissed pairs (connected components). */
export function withoutDismissed(
  candidates: { members: string[]; score: number; evidence: Record<string, unknown> }[],
  dismissed: Set<string>,
): { id: string; members: string[]; score: number; evidence: Record<string, unknown> }[] {
  const out = [];
  for (const candidate of candidates) {
    const pairs = ((candidate.evidence.pairs as Pair[] | undefined) ?? []).filter(
      p => !dismissed.has(pairKey(p.a, p.b).join('|')),
    );
    if (!candidate.evidence.pairs) {
      // an engine without pair evidence: keep the cluster unless all its pairs are dismissed
      const m = candidate.members;
      const open = m.some((a, i) => m.slice(i + 1).some(b => !dismissed.has(pairKey(a, b).join('|'))));
      if (open) out.push({ ...candidate, id: clusterId(m) });
      continue;
    }
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      return root;
    };
    for (const p of pairs) {
      if (!parent.has(p.a)) parent.set(p.a, p.a);
      if (!parent.has(p.b)) parent.set(p.b, p.b);
      parent.set(find(p.a), find(p.b));
    }
    const groups = new Map<string, Pair[]>();
    for (const p of pairs) {
      const root = find(p.a);
      groups.set(root, [...(groups.get(root) ?? []), p]);
    }
    for (const group of groups.values()) {
      const members = [...new Set(group.flatMap(p => [p.a, p.b]))].sort();
      out.push({
        id: clusterId(members),
        members,
        score: Math.max(...group.map(p => p.score)),
        evidence: { ...candidate.evidence, pairs: group },
      });
    }
  }
  return out;
}

/** Turns the engine's clusters into review items and records architects' reviews. */
export class DuplicateService {
  constructor(private readonly deps: { store: DuplicateStore; index: ReuseIndex }) {}

  async detect(
    report: ProgressReporter = () => {},
  ): Promise<{ clusters: number; added: number; staled: number }> {
    report({ phase: 'index', done: 0 });
    await this.deps.index.refresh();
    report({ phase: 'clusters', done: 0 });
    const dismissed = await this.deps.store.dismissedPairs();
    const clusters = withoutDismissed(this.deps.index.analyzer.findDuplicates(), dismissed);
    report({ phase: 'saving', done: 0, total: clusters.length });
    const result = await this.deps.store.applyDetection(clusters);
    report({ phase: 'saving', done: clusters.length, total: clusters.length });
    return { clusters: clusters.length, ...result };
  }

  list(options: { status?: DuplicateStatus; limit: number; offset: number }) {
    return this.deps.store.list(options);
  }

  async get(id: string): Promise<DuplicateCluster> {
    const cluster = await this.deps.store.get(id);
    if (!cluster) throw new NotFoundError(`Duplicate cluster ${id} not found`);
    return cluster;
  }

  async confirm(options: { id: string; version: number; keeper: string; rationale: string; actor: string }) {
    const cluster = await this.get(options.id);
    if (!cluster.members.includes(options.keeper)) {
      throw new InputError(`keeper: ${options.keeper} is not a member of cluster ${cluster.id}`);
    }
    return this.deps.store.review({
      id: cluster.id,
      expectedVersion: options.version,
      status: 'confirmed',
      keeper: options.keeper,
      rationale: options.rationale,
      reviewer: options.actor,
      dismissPairs: [],
    });
  }

  /** Dismisses the whole cluster, or one pair of it (the rest is detected again without it). */
  async dismiss(options: { id: string; version: number; rationale: string; pair?: string[]; actor: string }) {
    const cluster = await this.get(options.id);
    let pairs: [string, string][];
    let status: DuplicateStatus = 'dismissed';
    if (options.pair) {
      const [a, b] = options.pair;
      if (a === b || !cluster.members.includes(a) || !cluster.members.includes(b)) {
        throw new InputError(`pair: both applications must be different members of cluster ${cluster.id}`);
      }
      pairs = [[a, b]];
      if (cluster.members.length > 2) status = 'stale';
    } else {
      const m = cluster.members;
      pairs = m.flatMap((a, i) => m.slice(i + 1).map(b => [a, b] as [string, string]));
    }
    return this.deps.store.review({
      id: cluster.id,
      expectedVersion: options.version,
      status,
      rationale: options.rationale,
      reviewer: options.actor,
      dismissPairs: pairs,
    });
  }
}
