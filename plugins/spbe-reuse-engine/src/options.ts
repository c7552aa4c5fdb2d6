import type { ReuseDictionaries } from './dictionaries';

export interface ReuseIndexOptions {
  /** Extra dictionaries merged over the shipped ones (see src/data/README.md). */
  dictionaries?: Array<Partial<ReuseDictionaries>>;
  /** Cosine similarity from which two applications are linked as neighbours. Default 0.4. */
  duplicateThreshold?: number;
  /**
   * Share of a link's similarity that must come from content words (not
   * acronyms, generic technology words or codes). Default 0.6: a shared
   * acronym or "SMS gateway" alone never links two applications.
   */
  minContentShare?: number;
  /**
   * Average pairwise similarity a cluster must keep when two groups merge
   * (average linkage over the neighbour graph). Default 0.3.
   */
  clusterThreshold?: number;
  /**
   * Two groups whose members carry function reference codes (RAL or RAB, at
   * their second level) merge only when the shares of those codes overlap at
   * least this much; 0 turns the check off. Default 0.2.
   */
  minCodeOverlap?: number;
  /**
   * Average pairwise similarity from which two groups merge when their
   * members' function codes agree (RAL / RAB second level, shares overlapping
   * at least 0.8): the official code is evidence of one function that varied
   * names do not show; such a merge also needs three shared content words
   * (clustering/averageLinkage.ts). Default 0.15 (0.2 until 2026-12-07: the
   * hand-labelled sets are the same from 0.15 to 0.2 but the fifth, +0.023,
   * and the generated inventories, +0.005 to +0.009; 0.16 until average
   * linkage became strict, where 0.15 gains up to 0.005 on the generated
   * seeds and loses nothing; the sixth set drops from 0.14); set it to
   * `clusterThreshold` to turn it off.
   */
  agreedClusterThreshold?: number;
  /** Links kept per application (its strongest neighbours). Default 15. */
  neighbours?: number;
  /** Similarity below which a proposal is not told to reuse an application. Default 0.27. */
  relevanceThreshold?: number;
  /** Ranking boost of national platforms: score = similarity * (1 + boost). Default 0.6. */
  platformBoost?: number;
  /**
   * Share of the proposal's weighted content words an application must cover
   * to be relevant (unless it shares `minSharedTerms` content words). A
   * national platform that covers this share is ranked before every local
   * application. Default 0.5.
   */
  minCoverage?: number;
  /** Shared content words that make a match relevant below `minCoverage`. Default 3. */
  minSharedTerms?: number;
  /** Similarity from which a national platform covering the proposal is relevant. Default 0.2. */
  platformRelevanceThreshold?: number;
}

/** The options with their defaults filled in. */
export type ResolvedOptions = Required<Omit<ReuseIndexOptions, 'dictionaries'>>;

export function resolveOptions(options: ReuseIndexOptions): ResolvedOptions {
  return {
    duplicateThreshold: options.duplicateThreshold ?? 0.4,
    minContentShare: options.minContentShare ?? 0.6,
    clusterThreshold: options.clusterThreshold ?? 0.3,
    neighbours: options.neighbours ?? 15,
    minCodeOverlap: options.minCodeOverlap ?? 0.2,
    agreedClusterThreshold: options.agreedClusterThreshold ?? 0.15,
    relevanceThreshold: options.relevanceThreshold ?? 0.27,
    platformBoost: options.platformBoost ?? 0.6,
    minCoverage: options.minCoverage ?? 0.5,
    minSharedTerms: options.minSharedTerms ?? 3,
    platformRelevanceThreshold: options.platformRelevanceThreshold ?? 0.2,
  };
}
