import type { Entity } from '@backstage/catalog-model';
import type { ReferenceDomain } from './referenceCodes';

/**
 * The one custom kind: a node of a reference architecture taxonomy
 * (RAB, RAD, RAL, RAA, RAI, RAK). No Backstage kind fits a classification code
 * tree; see docs/architecture.md.
 */
export const REFERENCE_API_VERSION = 'spbe.go.id/v1alpha1';
export const REFERENCE_KIND = 'ReferenceArchitecture';

export interface ReferenceArchitectureEntity extends Entity {
  apiVersion: typeof REFERENCE_API_VERSION;
  kind: typeof REFERENCE_KIND;
  spec: {
    /** Normalised code, e.g. `RAL.02.03`. */
    code: string;
    domain: ReferenceDomain;
    level: number;
    /** Code of the parent node; absent on level 1. */
    parent?: string;
  };
}

export function isReferenceArchitectureEntity(
  entity: Entity,
): entity is ReferenceArchitectureEntity {
  return entity.apiVersion === REFERENCE_API_VERSION && entity.kind === REFERENCE_KIND;
}
