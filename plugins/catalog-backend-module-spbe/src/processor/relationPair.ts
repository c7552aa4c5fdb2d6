import { CompoundEntityRef } from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';

/** A relation and its reverse, as the catalog stores both directions. */
export function relationPair(
  source: CompoundEntityRef,
  type: string,
  reverseType: string,
  target: CompoundEntityRef,
): EntityRelationSpec[] {
  return [
    { source, type, target },
    { source: target, type: reverseType, target: source },
  ];
}
