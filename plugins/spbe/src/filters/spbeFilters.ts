import { Entity } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import {
  LABEL_JENIS,
  LABEL_KOORDINATOR,
  LABEL_PLATFORM_NASIONAL,
  LABEL_RAL,
} from '@internal/plugin-spbe-common';

/** Catalog field path of a label, as used by catalog filters and facets. */
export function labelFieldPath(label: string): string {
  return `metadata.labels.${label}`;
}

/**
 * Keeps entities whose label has one of the selected values. The catalog
 * backend does the filtering (`getCatalogFilters`), so it works with the
 * paginated catalog table; `filterEntity` applies the same rule client-side.
 */
export class SpbeLabelFilter implements EntityFilter {
  constructor(readonly label: string, readonly values: string[]) {}

  getCatalogFilters(): Record<string, string[]> {
    return { [labelFieldPath(this.label)]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const value = entity.metadata.labels?.[this.label];
    return value !== undefined && this.values.includes(value);
  }

  toQueryValue(): string[] {
    return this.values;
  }
}

/** Coordinating ministry (label `spbe.go.id/koordinator`). */
export class KoordinatorFilter extends SpbeLabelFilter {
  constructor(values: string[]) {
    super(LABEL_KOORDINATOR, values);
  }
}

/** Application kind, umum or khusus (label `spbe.go.id/jenis`). */
export class JenisFilter extends SpbeLabelFilter {
  constructor(values: string[]) {
    super(LABEL_JENIS, values);
  }
}

/** Level-2 RAL code (label `spbe.go.id/ral`). */
export class RalFilter extends SpbeLabelFilter {
  constructor(values: string[]) {
    super(LABEL_RAL, values);
  }
}

/** National shared platforms (label `spbe.go.id/platform-nasional`). */
export class PlatformNasionalFilter extends SpbeLabelFilter {
  constructor(values: string[]) {
    super(LABEL_PLATFORM_NASIONAL, values);
  }
}

/** Names of the SPBE label filters, as they appear in the catalog URL. */
export const SPBE_LABEL_FILTER_NAMES = [
  'koordinator',
  'jenis',
  'ral',
  'platformNasional',
] as const;
export type SpbeLabelFilterName = (typeof SPBE_LABEL_FILTER_NAMES)[number];

/**
 * The catalog's entity filters plus the SPBE ones. The keys are the filter
 * names in the catalog URL (`?filters[koordinator]=...`).
 */
export type SpbeEntityFilters = DefaultEntityFilters & {
  koordinator?: KoordinatorFilter;
  jenis?: JenisFilter;
  ral?: RalFilter;
  platformNasional?: PlatformNasionalFilter;
} & { [K in SpbeLabelFilterName]?: SpbeLabelFilter };
