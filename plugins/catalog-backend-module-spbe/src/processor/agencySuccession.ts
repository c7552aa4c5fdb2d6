import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_PENDAHULU,
  ANNOTATION_PENGGANTI,
  RELATION_SUCCEEDED_BY,
  RELATION_SUCCEEDS,
} from '@internal/plugin-spbe-common';
import { relationPair } from './relationPair';

/** Result of reading a successor/predecessor annotation of an agency. */
export type SuccessionRefs = {
  successor?: CompoundEntityRef;
  predecessor?: CompoundEntityRef;
  invalid: Array<{ annotation: string; value: string }>;
};

function readRef(
  entity: Entity,
  annotation: string,
  invalid: SuccessionRefs['invalid'],
): CompoundEntityRef | undefined {
  const value = entity.metadata.annotations?.[annotation]?.trim();
  if (!value) return undefined;
  try {
    return parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
  } catch {
    invalid.push({ annotation, value });
    return undefined;
  }
}

/** Reads `spbe.go.id/pengganti` and `spbe.go.id/pendahulu` of a Group. */
export function readSuccession(entity: Entity): SuccessionRefs {
  const invalid: SuccessionRefs['invalid'] = [];
  return {
    successor: readRef(entity, ANNOTATION_PENGGANTI, invalid),
    predecessor: readRef(entity, ANNOTATION_PENDAHULU, invalid),
    invalid,
  };
}

/** `succeededBy` / `succeeds` from an agency's successor and predecessor annotations. */
export function successionRelations(
  entity: Entity,
  refs: SuccessionRefs,
): EntityRelationSpec[] {
  const self = getCompoundEntityRef(entity);
  return [
    ...(refs.successor
      ? relationPair(
          self,
          RELATION_SUCCEEDED_BY,
          RELATION_SUCCEEDS,
          refs.successor,
        )
      : []),
    ...(refs.predecessor
      ? relationPair(
          self,
          RELATION_SUCCEEDS,
          RELATION_SUCCEEDED_BY,
          refs.predecessor,
        )
      : []),
  ];
}
