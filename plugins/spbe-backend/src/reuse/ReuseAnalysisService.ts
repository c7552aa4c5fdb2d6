import {
  ReuseAnalysis,
  ReuseCandidate,
  DpiRequirement,
  RecommendedVerdict,
} from '@internal/plugin-spbe-common';
import { ReuseIndex } from './ReuseIndex';
import { ReuseQuery } from './ReuseAnalyzer';

/** Builds the automatic reuse analysis attached to proposals and gate answers. */
export class ReuseAnalysisService {
  constructor(private readonly index: ReuseIndex) {}

  async analyze(query: ReuseQuery, options: { limit?: number } = {}): Promise<ReuseAnalysis> {
    await this.index.refresh();
    const { analyzer } = this.index;
    const ranking = analyzer.rank(query, { limit: options.limit ?? 10 });
    const candidates: ReuseCandidate[] = ranking.matches
      .map(r => {
        const record = this.index.record(r.entityRef);
        return {
          entityRef: r.entityRef,
          name: record?.title ?? record?.name ?? r.entityRef,
          agency: record?.agency,
          platformNasional: record?.platformNasional ?? false,
          score: r.score,
          reasons: r.reasons,
          details: r.details,
        };
      });
    const dpiRequirements: DpiRequirement[] = analyzer.inferDpi(query).map(req => ({
      ...req,
      platforms: this.platformsImplementing(req.block),
    }));
    let recommendedVerdict: RecommendedVerdict = 'approve';
    if (ranking.reuseRecommended && candidates.length > 0) recommendedVerdict = 'reuse';
    else if (candidates.length > 0 || dpiRequirements.length > 0) {
      recommendedVerdict = 'approve-with-conditions';
    }
    return {
      candidates,
      dpiRequirements,
      recommendedVerdict,
      summary: summarize(recommendedVerdict, candidates, dpiRequirements),
      analyzedAt: new Date().toISOString(),
    };
  }

  private platformsImplementing(block: string): string[] {
    const out: string[] = [];
    for (const record of this.index.all()) {
      if (record.implementsDpi.includes(block)) out.push(record.entityRef);
    }
    return out.sort();
  }
}

function summarize(
  verdict: RecommendedVerdict,
  candidates: ReuseCandidate[],
  dpi: DpiRequirement[],
): string {
  const dpiText = dpi.length
    ? ` Must use DPI: ${dpi.map(d => d.block).join(', ')}.`
    : '';
  if (verdict === 'reuse') {
    return `Reuse ${candidates[0].name} (${candidates[0].entityRef}) instead of building a new application.${dpiText}`;
  }
  if (verdict === 'approve-with-conditions') {
    const similar = candidates.length
      ? ` Integrate with similar applications: ${candidates.slice(0, 3).map(c => c.name).join(', ')}.`
      : '';
    return `Approve with conditions.${similar}${dpiText}`;
  }
  return 'No existing application covers this need.';
}
