import {
  defaultDictionaries,
  dpiBlockId,
  inferDpiBlocks,
  ReuseApplication,
  ReuseIndex as EngineIndex,
  ReuseIndexOptions,
  ReuseProposal,
} from '@internal/spbe-reuse-engine';
import { ApplicationRecord } from '../service/types';
import {
  DuplicateCandidate,
  InferredDpiRequirement,
  RankedApplication,
  ReuseAnalyzer,
  ReuseQuery,
} from './ReuseAnalyzer';

function splitCodes(codes: string[]): { ral: string[]; rab: string[]; raa: string[] } {
  const out = { ral: [] as string[], rab: [] as string[], raa: [] as string[] };
  for (const code of codes) {
    const prefix = code.trim().slice(0, 3).toLowerCase();
    if (prefix === 'ral' || prefix === 'rab' || prefix === 'raa') out[prefix].push(code);
  }
  return out;
}

/** Maps a mirrored catalog application to the engine's input. */
export function toEngineApplication(record: ApplicationRecord): ReuseApplication {
  return {
    id: record.entityRef,
    name: record.title ?? record.name,
    description: record.description,
    functions: record.functions,
    agency: record.agency,
    coordinator: record.coordinator,
    jenis: record.jenis,
    codes: splitCodes(record.codes),
    nationalPlatform: record.platformNasional,
    dpi: record.implementsDpi,
  };
}

function toProposal(query: ReuseQuery): ReuseProposal {
  return {
    name: query.name,
    description: query.description,
    functions: query.functions,
    agency: query.agency,
    codes: splitCodes(query.referenceCodes),
  };
}

/** The plugin's analyzer: the Indonesian-aware engine (`@internal/spbe-reuse-engine`). */
export class EngineReuseAnalyzer implements ReuseAnalyzer {
  private readonly index: EngineIndex;
  private readonly dpiPhrases = defaultDictionaries().dpiPhrases;
  private count = 0;

  constructor(options?: ReuseIndexOptions) {
    this.index = EngineIndex.create(options);
  }

  upsert(applications: ApplicationRecord[]): void {
    // One batched pass: while the catalog imports a national inventory, each
    // sync brings thousands of new applications, and adding them one by one
    // re-links the neighbour graph thousands of times (minutes of blocked
    // event loop at 27,000). The engine's batch update equals a rebuild.
    this.index.upsertMany(applications.map(toEngineApplication));
    this.count = this.index.size;
  }

  remove(entityRefs: string[]): void {
    for (const ref of entityRefs) this.index.remove(ref);
    this.count = this.index.size;
  }

  size(): number {
    return this.count;
  }

  rank(query: ReuseQuery, options: { limit: number }): { matches: RankedApplication[]; reuseRecommended: boolean } {
    const ranking = this.index.rankReuse(toProposal(query), { top: options.limit });
    return {
      matches: ranking.matches.map(m => ({
        entityRef: m.id,
        score: Math.round(m.score * 1000) / 1000,
        reasons: m.reasons,
        details: m.details,
      })),
      reuseRecommended: ranking.verdict !== 'no-relevant-application',
    };
  }

  inferDpi(query: ReuseQuery): InferredDpiRequirement[] {
    const inferred = inferDpiBlocks(query, this.dpiPhrases).map(d => ({
      block: d.block,
      reason: `implied by: ${d.evidence.join(', ')}`,
    }));
    for (const declared of query.dpiBlocks ?? []) {
      const block = dpiBlockId(declared);
      if (!inferred.some(d => d.block === block)) inferred.push({ block, reason: 'declared by the proposal' });
    }
    return inferred;
  }

  findDuplicates(): DuplicateCandidate[] {
    return this.index.findDuplicates().map(c => ({
      members: c.members,
      score: c.score,
      evidence: { engineClusterId: c.id, agencies: c.agencies, evidence: c.evidence, pairs: c.links },
    }));
  }
}
