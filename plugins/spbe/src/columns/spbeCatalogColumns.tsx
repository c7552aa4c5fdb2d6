import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import {
  CatalogTable,
  CatalogTableColumnsFunc,
  CatalogTableRow,
} from '@backstage/plugin-catalog';
import {
  EntityListContextProps,
  EntityRefLink,
} from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_STATUS,
  APPLICATION_COMPONENT_TYPE,
  SPBE_CATALOG_FIELDS,
  isSpbeApplication,
} from '@internal/plugin-spbe-common';
import { JenisText, StatusText } from '../components/SpbeValues';
import { entityFieldValues } from '../filters/spbeFilters';
import { SpbeColumnTitle } from './SpbeColumnTitle';

const { columns } = CatalogTable;

/** The first value of a catalog field path on the entity, or ''. */
function valueOf(entity: Entity, field: string): string {
  return entityFieldValues(entity, field)[0] ?? '';
}

/** The table row field (material-table) that holds a catalog field path. */
function rowField(field: string): string {
  return field.startsWith('relations.')
    ? 'entity.relations'
    : `entity.${field.split('.').slice(0, 2).join('.')}`;
}

function statusOf(entity: Entity): string {
  return entity.metadata.annotations?.[ANNOTATION_STATUS] ?? '';
}

/**
 * A column on one SPBE catalog field (`SPBE_CATALOG_FIELDS`) with a translated
 * title, sortable and searchable on the field's value.
 */
function fieldColumn(
  field: string,
  title: JSX.Element,
  render?: (value: string) => JSX.Element,
): TableColumn<CatalogTableRow> {
  return {
    title,
    field: rowField(field),
    customSort: (a, b) =>
      valueOf(a.entity, field).localeCompare(valueOf(b.entity, field)),
    customFilterAndSearch: (query: string, row) =>
      valueOf(row.entity, field)
        .toLocaleLowerCase('id')
        .includes(String(query).toLocaleLowerCase('id')),
    render: ({ entity }) => {
      const value = valueOf(entity, field);
      return render ? render(value) : <>{value}</>;
    },
    width: 'auto',
  };
}

/** The SPBE columns: Instansi (owner), Koordinator, Jenis, Kode RAL, Status. */
export function createSpbeColumns(): TableColumn<CatalogTableRow>[] {
  return [
    {
      ...columns.createOwnerColumn(),
      title: <SpbeColumnTitle column="instansi" />,
    },
    fieldColumn(
      SPBE_CATALOG_FIELDS.koordinator,
      <SpbeColumnTitle column="koordinator" />,
      ref => (ref ? <EntityRefLink entityRef={ref} hideIcon /> : <></>),
    ),
    fieldColumn(
      SPBE_CATALOG_FIELDS.jenis,
      <SpbeColumnTitle column="jenis" />,
      value => <JenisText jenis={value} />,
    ),
    fieldColumn(SPBE_CATALOG_FIELDS.ral, <SpbeColumnTitle column="kodeRal" />),
    {
      title: <SpbeColumnTitle column="status" />,
      field: 'entity.metadata.annotations',
      customSort: (a, b) =>
        statusOf(a.entity).localeCompare(statusOf(b.entity)),
      customFilterAndSearch: (query: string, row) =>
        statusOf(row.entity).includes(String(query).toLocaleLowerCase('id')),
      render: ({ entity }) => (
        <StatusText status={statusOf(entity) || undefined} />
      ),
      width: 'auto',
    },
  ];
}

/**
 * True when the table lists SPBE applications: the Component kind, filtered
 * on type `aplikasi` or (without a type filter) holding at least one.
 */
export function listsSpbeApplications(
  context: EntityListContextProps,
): boolean {
  const { filters, entities } = context;
  const kind = filters.kind?.value?.toLocaleLowerCase('en-US');
  if (kind !== 'component') {
    return false;
  }
  const types = filters.type?.getTypes() ?? [];
  if (types.length > 0) {
    return types.includes(APPLICATION_COMPONENT_TYPE);
  }
  return entities.some(isSpbeApplication);
}

/**
 * Catalog table columns of the portal: for SPBE applications the name, the
 * SPBE columns and the description; for any other listing the catalog's
 * default columns.
 */
export const spbeCatalogColumns: CatalogTableColumnsFunc = context => {
  if (!listsSpbeApplications(context)) {
    return CatalogTable.defaultColumnsFunc(context);
  }
  const showTypeColumn = (context.filters.type?.getTypes() ?? []).length === 0;
  return [
    columns.createTitleColumn({ hidden: true }),
    columns.createNameColumn({ defaultKind: 'component' }),
    ...createSpbeColumns(),
    ...(showTypeColumn ? [columns.createSpecTypeColumn()] : []),
    columns.createMetadataDescriptionColumn(),
  ];
};
