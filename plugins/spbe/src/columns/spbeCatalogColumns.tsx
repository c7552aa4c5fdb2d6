import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import {
  CatalogTable,
  CatalogTableColumnsFunc,
  CatalogTableRow,
} from '@backstage/plugin-catalog';
import { EntityListContextProps } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_STATUS,
  APPLICATION_COMPONENT_TYPE,
  LABEL_JENIS,
  LABEL_KOORDINATOR,
  LABEL_RAL,
  isSpbeApplication,
} from '@internal/plugin-spbe-common';
import { JenisText, StatusText } from '../components/SpbeValues';
import { SpbeColumnTitle } from './SpbeColumnTitle';

const { columns } = CatalogTable;

function labelOf(entity: Entity, label: string): string {
  return entity.metadata.labels?.[label] ?? '';
}

function statusOf(entity: Entity): string {
  return entity.metadata.annotations?.[ANNOTATION_STATUS] ?? '';
}

/** A label column with a translated title, sortable and searchable on the label value. */
function labelColumn(
  label: string,
  title: JSX.Element,
  render?: (value: string) => JSX.Element,
): TableColumn<CatalogTableRow> {
  return {
    title,
    field: `entity.metadata.labels`,
    customSort: (a, b) =>
      labelOf(a.entity, label).localeCompare(labelOf(b.entity, label)),
    customFilterAndSearch: (query: string, row) =>
      labelOf(row.entity, label)
        .toLocaleLowerCase('id')
        .includes(String(query).toLocaleLowerCase('id')),
    render: ({ entity }) => {
      const value = labelOf(entity, label);
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
    labelColumn(LABEL_KOORDINATOR, <SpbeColumnTitle column="koordinator" />),
    labelColumn(LABEL_JENIS, <SpbeColumnTitle column="jenis" />, value => (
      <JenisText jenis={value} />
    )),
    labelColumn(LABEL_RAL, <SpbeColumnTitle column="kodeRal" />),
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
