import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';

/** Targets of the entity's relations of one type, in catalog order, without duplicates. */
export function relationTargets(
  entity: Entity,
  relationType: string,
): CompoundEntityRef[] {
  const seen = new Set<string>();
  const out: CompoundEntityRef[] = [];
  for (const relation of entity.relations ?? []) {
    if (relation.type !== relationType || seen.has(relation.targetRef)) {
      continue;
    }
    seen.add(relation.targetRef);
    out.push(parseEntityRef(relation.targetRef));
  }
  return out;
}
