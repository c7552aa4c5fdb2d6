import {
  APPLICATION_COMPONENT_TYPE,
  DPI_RESOURCE_TYPE,
  REFERENCE_KIND,
} from '@internal/plugin-spbe-common';
import {
  SPBE_FILTER_NAMES,
  SpbeFilterName,
  koordinatorRef,
} from './filters/spbeFilters';

/** Filters to preselect on the catalog index page, by filter name. */
export type SpbeCatalogQuery = {
  kind?: string;
  type?: string;
  /** `all` unless given: the catalog otherwise starts on "owned by me". */
  user?: 'all' | 'owned' | 'starred';
} & {
  [K in SpbeFilterName]?: string[];
};

/**
 * Builds the query string (`?filters[kind]=component&...`) that opens the
 * catalog index page with the given filters selected.
 */
export function spbeCatalogQuery(query: SpbeCatalogQuery): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string) =>
    params.append(`filters[${name}]`, value);
  if (query.kind) add('kind', query.kind.toLocaleLowerCase('en-US'));
  if (query.type) add('type', query.type);
  add('user', query.user ?? 'all');
  for (const name of SPBE_FILTER_NAMES) {
    for (const value of query[name] ?? []) {
      add(name, name === 'koordinator' ? koordinatorRef(value) : value);
    }
  }
  return `?${params.toString()}`;
}

/** Ready-made catalog views that the portal links to. */
export const spbeCatalogViews = {
  /** Every SPBE application. */
  applications: { kind: 'component', type: APPLICATION_COMPONENT_TYPE },
  /** National shared platforms. */
  nationalPlatforms: {
    kind: 'component',
    type: APPLICATION_COMPONENT_TYPE,
    platformNasional: ['true'],
  },
  /** Shared applications (aplikasi umum). */
  sharedApplications: {
    kind: 'component',
    type: APPLICATION_COMPONENT_TYPE,
    jenis: ['umum'],
  },
  /** DPI building blocks. */
  dpiBlocks: { kind: 'resource', type: DPI_RESOURCE_TYPE },
  /** Reference architecture nodes (RAB, RAL, RAA, ...). */
  referenceArchitecture: { kind: REFERENCE_KIND },
  /** Agencies (instansi). */
  agencies: { kind: 'group' },
} satisfies Record<string, SpbeCatalogQuery>;
