import type { TermIndex } from '../index/TermIndex';
import { Doc, EPS, round } from '../model';
import type { ResolvedOptions } from '../options';
import type { ReuseMatchExplanation, ReuseRelevanceRule } from '../types';
import { QueryVector, scoreParts } from './queryVector';

/**
 * How one application scores against a proposal under the ranking's
 * relevance rules (see Ranker): the same similarity, content share, coverage
 * and shared content words, summed over every feature of the proposal, and
 * the rules it fails. A national platform that fails them can still be
 * listed when it is linked to the proposal's best local match or in its
 * duplicate cluster (Ranker). A national platform implementing a DPI
 * building block the proposal needs, or named for the function the proposal
 * is named for and describes, has its evidence in that need; so has an
 * application named for the same narrow function as the proposal. A local
 * application without that narrow function is not relevant.
 */
export function explainMatch(
  query: QueryVector,
  doc: Doc,
  terms: TermIndex,
  options: ResolvedOptions,
  /**
   * Whether the application is a national platform backed by the proposal's
   * need: it implements a DPI block the proposal needs, or both are named for
   * the function the proposal describes.
   */
  backedByNeed = false,
  /**
   * Whether the application is named for the function the proposal is named
   * for and describes, a narrow one that no national platform is named for,
   * with its other known name words in the proposal (Ranker).
   */
  namedAlike = false,
  /**
   * Whether the application lacks the narrow function the proposal is named
   * for and describes (a local application is then not relevant, Ranker).
   */
  lacksNamedFunction = false,
): ReuseMatchExplanation {
  const shared: Array<{ label: string; p: number }> = [];
  const { raw, content, coverage } = scoreParts(query, doc.node, terms, (feature, p) => {
    const { key, surface } = feature;
    shared.push({ label: surface === key ? key : `${key} (${surface})`, p });
  });
  const similarity = round(raw, 6);
  const contentSimilarity = round(content, 6);
  const covered = round(coverage, 6);
  const covers = covered >= options.minCoverage - EPS;
  const national = !!doc.app.nationalPlatform;
  const evidence = covers || shared.length >= options.minSharedTerms;
  const backed = !evidence && national && backedByNeed;
  const alike = !evidence && !backed && namedAlike && similarity >= options.relevanceThreshold;
  const threshold = national && (covers || backedByNeed) ? options.platformRelevanceThreshold : options.relevanceThreshold;
  const failed: ReuseRelevanceRule[] = [];
  if (similarity < threshold) failed.push('similarity');
  if (contentSimilarity < options.minContentShare * similarity) failed.push('content-share');
  if (!evidence && !backed && !alike) failed.push('evidence');
  if (lacksNamedFunction && !national) failed.push('named-function');
  return {
    id: doc.id,
    name: doc.app.name,
    nationalPlatform: national,
    similarity: round(similarity, 4),
    contentSimilarity: round(contentSimilarity, 4),
    coverage: round(covered, 4),
    sharedTerms: shared.sort((a, b) => b.p - a.p).map(s => s.label),
    failed,
  };
}
