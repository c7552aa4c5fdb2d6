import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';

/** The entities of one applied import, by entity ref, with a content hash. */
export type AppliedState = Map<string, { entity: Entity; hash: string }>;

export function toAppliedState(entities: Entity[]): AppliedState {
  const state: AppliedState = new Map();
  for (const entity of entities) {
    const hash = createHash('sha1')
      .update(JSON.stringify(entity))
      .digest('hex');
    state.set(stringifyEntityRef(entity), { entity, hash });
  }
  return state;
}

export interface InventoryDelta {
  /** Entities that are new. */
  added: Entity[];
  /** Entities whose content changed. */
  updated: Entity[];
  /** Entities that are gone. */
  removed: Entity[];
}

/** What changed between the last applied state and the next one. */
export function computeDelta(
  previous: AppliedState,
  next: AppliedState,
): InventoryDelta {
  const delta: InventoryDelta = { added: [], updated: [], removed: [] };
  for (const [ref, item] of next) {
    const before = previous.get(ref);
    if (!before) delta.added.push(item.entity);
    else if (before.hash !== item.hash) delta.updated.push(item.entity);
  }
  for (const [ref, item] of previous) {
    if (!next.has(ref)) delta.removed.push(item.entity);
  }
  return delta;
}
