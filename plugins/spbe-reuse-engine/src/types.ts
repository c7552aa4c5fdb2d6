/**
 * One application as the engine sees it. The backend maps catalog entities
 * (Component of type `aplikasi` with `spbe.go.id/*` annotations) to this; the
 * CLI maps inventory rows.
 */
export interface ReuseApplication {
  /** Unique id (entity ref or inventory row id). */
  id: string;
  /** Name (nama), with any parenthesised expansion. */
  name: string;
  description?: string;
  /** Functions (fungsi). */
  functions?: string[];
  /** Owning agency (instansi): a Group name or a free-text agency name. */
  agency?: string;
  /** Coordinating ministry (koordinator) of the agency. */
  coordinator?: string;
  /** `umum` or `khusus`. */
  jenis?: string;
  /** Reference architecture codes, messy values allowed (`ral.2.03`). */
  codes?: { ral?: string[]; rab?: string[]; raa?: string[] };
  /** True for a national shared platform (aplikasi umum designated for reuse). */
  nationalPlatform?: boolean;
  /** DPI building blocks this application implements (platforms) or uses. */
  dpi?: string[];
}

/** A proposal (usulan) for a new application. */
export interface ReuseProposal {
  name: string;
  description?: string;
  functions?: string[];
  agency?: string;
  codes?: { ral?: string[]; rab?: string[]; raa?: string[] };
}

/**
 * Why an application matches a proposal, or why applications form a cluster,
 * as data that a user interface can translate:
 * - `national-platform`: the application is a national shared platform (aplikasi umum);
 * - `coverage`: `value` = share (0..1) of the proposal's weighted content words it covers;
 * - `shared-terms`: content words both use (`values`: "key" or "key (surface)");
 * - `shared-functions`: functions (fungsi) both declare;
 * - `shared-codes`: reference architecture codes both carry;
 * - `shared-names`: name codes (acronyms) both use, supporting evidence only;
 * - `same-function`: `values` = the function (head of the name) both the proposal and the application (a national platform, or a local application named for a narrow function) are named for;
 * - `same-cluster`: `values` = the proposal's best local match, which deduplication put in one cluster with this national platform;
 * - `dpi`: DPI building blocks the proposal needs that the platform implements.
 */
export type ReuseReasonKind =
  | 'national-platform'
  | 'coverage'
  | 'shared-terms'
  | 'shared-functions'
  | 'shared-codes'
  | 'shared-names'
  | 'same-function'
  | 'same-cluster'
  | 'dpi';

export interface ReuseReasonDetail {
  kind: ReuseReasonKind;
  values?: string[];
  value?: number;
}

/**
 * Evidence of a cluster: the structured reason plus its Indonesian sentence.
 * For `shared-terms`, `value` is the number of members that share each term
 * (at least half of them, at least 2).
 */
export interface ClusterEvidence extends ReuseReasonDetail {
  kind: 'shared-terms' | 'shared-functions' | 'shared-codes' | 'shared-names';
  /** A sentence a reviewer can read (Bahasa Indonesia). */
  message: string;
  values: string[];
}

/** A group of applications that serve the same government function. */
export interface DuplicateCluster {
  /** Stable id: `dup:` + the smallest member id. */
  id: string;
  /** Application ids, sorted. */
  members: string[];
  /** Mean similarity of the linked pairs, 0..1. */
  score: number;
  /** Distinct agencies among the members. */
  agencies: string[];
  evidence: ClusterEvidence[];
  /** The linked pairs that built the cluster, strongest first. */
  links: Array<{ a: string; b: string; score: number }>;
}

export interface DuplicateStats {
  applications: number;
  clusters: number;
  clusteredApplications: number;
  links: number;
}

export interface ReuseMatch {
  id: string;
  name: string;
  /** Ranking score: similarity, raised for national platforms. */
  score: number;
  /** Plain text similarity, 0..1. */
  similarity: number;
  /** Share of the proposal's weighted content words the application covers, 0..1. */
  coverage: number;
  nationalPlatform: boolean;
  /** Why it matches, one sentence per reason (Bahasa Indonesia), in the order of `details`. */
  reasons: string[];
  /** Why it matches, as data a user interface can translate. */
  details: ReuseReasonDetail[];
}

/** A rule of relevance an application fails for a proposal (see `ReuseIndex.explainMatch`). */
export type ReuseRelevanceRule =
  /** its similarity is below the relevance threshold */
  | 'similarity'
  /** too little of the similarity comes from content words (a shared acronym or generic word) */
  | 'content-share'
  /** it covers too little of the proposal and shares too few content words with it */
  | 'evidence'
  /**
   * a local application without the narrow function the proposal is named
   * for and describes: it shares only the proposal's other words (the
   * domain: "e-Voting RAT koperasi" and a cooperative register)
   */
  | 'named-function';

/**
 * How one application scores against a proposal, whether or not `rankReuse`
 * lists it: for reviewers who ask why an application was (not) suggested.
 */
export interface ReuseMatchExplanation {
  id: string;
  name: string;
  nationalPlatform: boolean;
  /** Cosine of the proposal's and the application's weighted features, 0..1. */
  similarity: number;
  /** The part of `similarity` that comes from content words. */
  contentSimilarity: number;
  /** Share of the proposal's weighted content words the application has, 0..1. */
  coverage: number;
  /** Content words both have, strongest first (`key` or `key (surface in the proposal)`). */
  sharedTerms: string[];
  /** The rules it fails; empty when it is relevant on its own. */
  failed: ReuseRelevanceRule[];
}

export interface DpiRequirement {
  block: string;
  /** Phrases of the proposal that imply the block. */
  evidence: string[];
  /** National platforms in the index that implement the block. */
  platforms: string[];
}

export type ReuseVerdict =
  | 'reuse-national-platform'
  | 'reuse-existing'
  | 'no-relevant-application';

export interface ReuseRanking {
  matches: ReuseMatch[];
  verdict: ReuseVerdict;
  dpi: DpiRequirement[];
}
