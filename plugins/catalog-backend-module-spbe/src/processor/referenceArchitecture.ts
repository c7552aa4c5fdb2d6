import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_PARENT_OF,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import {
  REFERENCE_API_VERSION,
  REFERENCE_KIND,
  ReferenceArchitectureEntity,
  parseReferenceCode,
  referenceCodeAncestor,
  referenceEntityName,
} from '@internal/plugin-spbe-common';
import { relationPair } from './relationPair';

/** True when apiVersion and kind are those of the custom kind. */
export function isReferenceArchitectureKind(entity: Entity): boolean {
  return (
    entity.apiVersion === REFERENCE_API_VERSION &&
    entity.kind === REFERENCE_KIND
  );
}

/** Writes `spec.code` and `spec.parent` in normal form when they parse. */
export function normalizeReferenceArchitecture(entity: Entity): Entity {
  const spec = { ...(entity.spec ?? {}) };
  for (const field of ['code', 'parent'] as const) {
    const value = spec[field];
    if (typeof value === 'string') {
      const parsed = parseReferenceCode(value);
      if (parsed.ok) spec[field] = parsed.value.code;
    }
  }
  return { ...entity, spec };
}

/**
 * Validates a `ReferenceArchitecture` entity: a parseable code whose entity
 * name is `metadata.name`, and domain, level and parent that agree with it.
 * Throws an InputError naming the entity, the field and the value.
 */
export function validateReferenceArchitecture(
  entity: Entity,
): asserts entity is ReferenceArchitectureEntity {
  const ref = stringifyEntityRef(entity);
  const invalid = (message: string) => new InputError(`${ref}: ${message}`);
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  if (typeof spec.code !== 'string') {
    throw invalid('spec.code is missing');
  }
  const parsed = parseReferenceCode(spec.code);
  if (!parsed.ok) {
    throw invalid(`spec.code "${spec.code}" is unparseable: ${parsed.reason}`);
  }
  const code = parsed.value;
  const expectedName = referenceEntityName(code.code);
  if (entity.metadata.name !== expectedName) {
    throw invalid(
      `metadata.name "${entity.metadata.name}" does not match spec.code "${code.code}" (expected "${expectedName}")`,
    );
  }
  if (spec.domain !== code.domain) {
    throw invalid(
      `spec.domain "${String(spec.domain)}" does not match spec.code "${
        code.code
      }" (expected "${code.domain}")`,
    );
  }
  if (spec.level !== code.level) {
    throw invalid(
      `spec.level "${String(spec.level)}" does not match spec.code "${
        code.code
      }" (expected ${code.level})`,
    );
  }
  if (code.level === 1) {
    if (spec.parent !== undefined) {
      throw invalid(
        `spec.parent "${String(spec.parent)}" is set on level-1 code "${
          code.code
        }"`,
      );
    }
  } else {
    const expectedParent = referenceCodeAncestor(code, code.level - 1);
    if (spec.parent !== expectedParent) {
      throw invalid(
        `spec.parent "${String(spec.parent ?? '')}" does not match spec.code "${
          code.code
        }" (expected "${expectedParent}")`,
      );
    }
  }
}

/** `childOf` / `parentOf` between a reference node and its parent node. */
export function referenceArchitectureRelations(
  entity: ReferenceArchitectureEntity,
): EntityRelationSpec[] {
  if (!entity.spec.parent) return [];
  return relationPair(
    getCompoundEntityRef(entity),
    RELATION_CHILD_OF,
    RELATION_PARENT_OF,
    {
      kind: REFERENCE_KIND.toLocaleLowerCase('en-US'),
      namespace: entity.metadata.namespace ?? 'default',
      name: referenceEntityName(entity.spec.parent),
    },
  );
}
