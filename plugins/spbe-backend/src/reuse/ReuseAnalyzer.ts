import { ReuseReasonDetail } from '@internal/plugin-spbe-common';
import { ApplicationRecord } from '../service/types';

/** What the plugin asks of a reuse engine; the engine package is adapted to it. */
export interface ReuseQuery {
  name: string;
  description?: string;
  functions: string[];
  dataUsed?: string[];
  referenceCodes: string[];
  dpiBlocks?: string[];
  agency?: string;
}

export interface RankedApplication {
  entityRef: string;
  score: number;
  reasons: string[];
  details?: ReuseReasonDetail[];
}

export interface InferredDpiRequirement {
  block: string;
  reason: string;
}

export interface DuplicateCandidate {
  members: string[];
  score: number;
  /** Evidence for reviewers; `pairs` lists the linked pairs `{ a, b, score }`. */
  evidence: Record<string, unknown> & { pairs?: { a: string; b: string; score: number }[] };
}

export interface ReuseAnalyzer {
  upsert(applications: ApplicationRecord[]): void;
  remove(entityRefs: string[]): void;
  size(): number;
  /** Ranked applications and whether the best of them should be reused instead. */
  rank(query: ReuseQuery, options: { limit: number }): {
    matches: RankedApplication[];
    reuseRecommended: boolean;
  };
  inferDpi(query: ReuseQuery): InferredDpiRequirement[];
  /** Clusters of applications that look like the same thing. */
  findDuplicates(): DuplicateCandidate[];
}
