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

export interface ClusterEvidence {
  kind: 'shared-terms' | 'shared-functions' | 'shared-codes' | 'shared-names';
  /** A sentence a reviewer can read. */
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
  reasons: string[];
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
