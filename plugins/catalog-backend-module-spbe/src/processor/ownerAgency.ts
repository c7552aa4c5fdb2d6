import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { AgencyRecord } from '../referenceData';
import { SpbeReferenceData } from '../referenceData';

export type OwnerAgencyResult =
  | { ok: true; agency: AgencyRecord }
  | { ok: false; owner?: string };

/** Resolves `spec.owner` to an agency of the directory (a Group in the default namespace). */
export function ownerAgency(
  entity: Entity,
  data: SpbeReferenceData,
): OwnerAgencyResult {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string' || !owner.trim()) {
    return { ok: false };
  }
  let ref;
  try {
    ref = parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
  } catch {
    return { ok: false, owner };
  }
  const agency =
    ref.kind.toLocaleLowerCase('en-US') === 'group' &&
    ref.namespace === 'default'
      ? data.agencies.get(ref.name)
      : undefined;
  return agency ? { ok: true, agency } : { ok: false, owner };
}
