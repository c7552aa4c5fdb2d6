import { SPBE_PREFIX } from './annotations';

/**
 * Set by the catalog's SPBE reuse gate in `warn` mode on a new application
 * without an approved proposal: `flagged`.
 */
export const ANNOTATION_GATE_STATUS = `${SPBE_PREFIX}/gate`;
/** The gate's reasons, `;`-separated (what approval is needed, what to reuse). */
export const ANNOTATION_GATE_REASONS = `${SPBE_PREFIX}/gate-reasons`;
/** Label mirroring the gate status for catalog filters. */
export const LABEL_GATE_STATUS = `${SPBE_PREFIX}/gate`;

/** What the catalog does with an application that lacks an approved proposal. */
export type SpbeEnforcementMode = 'off' | 'warn' | 'block';
export const SPBE_ENFORCEMENT_MODES: readonly SpbeEnforcementMode[] = ['off', 'warn', 'block'];

/** The answer of the SPBE backend's `POST /gate/check`. */
export interface SpbeGateResult {
  mode: SpbeEnforcementMode;
  applicable: boolean;
  violation: boolean;
  action: 'none' | 'warn' | 'block';
  reasons: string[];
  requiredApproval?: string;
  reuseCandidates: { entityRef: string; name: string; score: number; reasons: string[] }[];
}
