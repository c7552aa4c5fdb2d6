import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import { SPBE_CATALOG_FIELDS } from '@internal/plugin-spbe-common';

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/**
 * Values of a catalog field path on an entity, as the catalog's search table
 * holds them: an annotation or label (`metadata.annotations.<key>`,
 * `metadata.labels.<key>`) or the targets of a relation (`relations.<type>`).
 */
export function entityFieldValues(entity: Entity, field: string): string[] {
  const [head, ...rest] = field.split('.');
  if (head === 'relations') {
    const type = lower(rest.join('.'));
    return (entity.relations ?? [])
      .filter(r => lower(r.type) === type)
      .map(r => r.targetRef);
  }
  if (head === 'metadata' && (rest[0] === 'annotations' || rest[0] === 'labels')) {
    const value = entity.metadata[rest[0]]?.[rest.slice(1).join('.')];
    return value === undefined ? [] : [value];
  }
  throw new Error(`Unsupported SPBE filter field "${field}"`);
}

/**
 * Keeps entities whose field has one of the selected values. The catalog
 * backend does the filtering (`getCatalogFilters`), so it works with the
 * paginated catalog table; `filterEntity` applies the same rule client-side
 * (case-insensitive, as the catalog compares).
 */
export class SpbeFieldFilter implements EntityFilter {
  constructor(readonly field: string, readonly values: string[]) {}

  getCatalogFilters(): Record<string, string[]> {
    return { [this.field]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const wanted = new Set(this.values.map(lower));
    return entityFieldValues(entity, this.field).some(v => wanted.has(lower(v)));
  }

  toQueryValue(): string[] {
    return this.values;
  }
}

/**
 * The entity ref of a coordinating ministry, from a ref or a bare group name
 * (`kemenko-pmk`, as links written before the relation-based filter carry).
 */
export function koordinatorRef(value: string): string {
  return stringifyEntityRef(
    parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: DEFAULT_NAMESPACE,
    }),
  );
}

/** Coordinating ministry (relation `coordinatedBy`). */
export class KoordinatorFilter extends SpbeFieldFilter {
  constructor(values: string[]) {
    super(SPBE_CATALOG_FIELDS.koordinator, values.map(koordinatorRef));
  }
}

/** Application kind, umum or khusus (annotation `spbe.go.id/jenis`). */
export class JenisFilter extends SpbeFieldFilter {
  constructor(values: string[]) {
    super(SPBE_CATALOG_FIELDS.jenis, values);
  }
}

/** Level-2 RAL code (label `spbe.go.id/ral`). */
export class RalFilter extends SpbeFieldFilter {
  constructor(values: string[]) {
    super(SPBE_CATALOG_FIELDS.ral, values);
  }
}

/** National shared platforms (annotation `spbe.go.id/platform-nasional`). */
export class PlatformNasionalFilter extends SpbeFieldFilter {
  constructor(values: string[]) {
    super(SPBE_CATALOG_FIELDS.platformNasional, values);
  }
}

/** Names of the SPBE filters, as they appear in the catalog URL. */
export const SPBE_FILTER_NAMES = [
  'koordinator',
  'jenis',
  'ral',
  'platformNasional',
] as const;
export type SpbeFilterName = (typeof SPBE_FILTER_NAMES)[number];

/**
 * The catalog's entity filters plus the SPBE ones. The keys are the filter
 * names in the catalog URL (`?filters[koordinator]=...`).
 */
export type SpbeEntityFilters = DefaultEntityFilters & {
  koordinator?: KoordinatorFilter;
  jenis?: JenisFilter;
  ral?: RalFilter;
  platformNasional?: PlatformNasionalFilter;
} & { [K in SpbeFilterName]?: SpbeFieldFilter };
