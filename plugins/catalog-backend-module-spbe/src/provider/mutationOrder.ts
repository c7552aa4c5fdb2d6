import { Entity } from '@backstage/catalog-model';

function ownerOf(entity: Entity): string {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  return typeof owner === 'string' ? owner : '';
}

/**
 * The entities of one mutation grouped by owner agency (stable within an
 * agency). The catalog processes entities that became due at the same time in
 * insertion order, and every processed application marks its owner agency for
 * stitching (its `ownerOf` relation). Marks that arrive while the agency is
 * still queued merge into one stitch, so an agency's applications processed
 * one after the other re-stitch it a few times instead of once per
 * application, as happens when the file interleaves agencies.
 */
export function groupedByOwner(entities: Entity[]): Entity[] {
  const groups = new Map<string, Entity[]>();
  for (const entity of entities) {
    const owner = ownerOf(entity);
    const group = groups.get(owner);
    if (group) group.push(entity);
    else groups.set(owner, [entity]);
  }
  return [...groups.values()].flat();
}
