import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_ALIASES,
  ANNOTATION_SINGKATAN,
  ReferenceCode,
  isAgencyType,
  isReferenceArchitectureEntity,
  parseReferenceCode,
} from '@internal/plugin-spbe-common';
import { parseAllDocuments } from 'yaml';
import { AgencyRecord } from './AgencyDirectory';

function isEntityLike(value: unknown): value is Entity {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Entity>;
  return (
    typeof candidate.apiVersion === 'string' &&
    typeof candidate.kind === 'string' &&
    typeof candidate.metadata?.name === 'string'
  );
}

/** Parses a (multi-document) YAML file into the entities it holds. */
export function parseEntityDocuments(content: string, file: string): Entity[] {
  const entities: Entity[] = [];
  for (const document of parseAllDocuments(content)) {
    if (document.errors.length > 0) {
      throw new InputError(
        `${file}: invalid YAML: ${document.errors[0].message}`,
      );
    }
    const value: unknown = document.toJS();
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (isEntityLike(item)) entities.push(item);
    }
  }
  return entities;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** An agency record from a Group entity whose `spec.type` is an agency type. */
export function agencyFromEntity(entity: Entity): AgencyRecord | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') !== 'group') return undefined;
  const spec = (entity.spec ?? {}) as {
    type?: unknown;
    parent?: unknown;
    profile?: { displayName?: unknown };
  };
  if (!isAgencyType(spec.type)) return undefined;
  const parentRef = stringField(spec.parent);
  const annotations = entity.metadata.annotations ?? {};
  const aliases = [
    annotations[ANNOTATION_SINGKATAN],
    ...(annotations[ANNOTATION_ALIASES]?.split(/[;\n]/) ?? []),
  ]
    .map(alias => alias?.trim())
    .filter((alias): alias is string => Boolean(alias));
  return {
    name: entity.metadata.name,
    title:
      stringField(entity.metadata.title) ??
      stringField(spec.profile?.displayName) ??
      entity.metadata.name,
    type: spec.type,
    parent: parentRef
      ? parseEntityRef(parentRef, { defaultKind: 'group' }).name
      : undefined,
    aliases,
  };
}

/** The normalised code of a `ReferenceArchitecture` entity, if parseable. */
export function referenceCodeFromEntity(
  entity: Entity,
): ReferenceCode | undefined {
  if (!isReferenceArchitectureEntity(entity)) return undefined;
  const raw = (entity.spec as { code?: unknown } | undefined)?.code;
  if (typeof raw !== 'string') return undefined;
  const parsed = parseReferenceCode(raw);
  return parsed.ok ? parsed.value : undefined;
}
