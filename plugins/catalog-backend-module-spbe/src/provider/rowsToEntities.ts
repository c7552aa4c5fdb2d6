import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  ANNOTATION_DATA,
  ANNOTATION_DPI,
  ANNOTATION_FUNGSI,
  ANNOTATION_INVENTORY_SOURCE,
  ANNOTATION_JENIS,
  ANNOTATION_KODE_RAA,
  ANNOTATION_KODE_RAB,
  ANNOTATION_KODE_RAL,
  ANNOTATION_STATUS,
  ANNOTATION_TAHUN,
  ANNOTATION_URL,
  APPLICATION_COMPONENT_TYPE,
  mapJenis,
} from '@internal/plugin-spbe-common';
import { InventoryRow, InventoryRowError } from '@internal/spbe-inventory';
import { EntityNamer } from './entityNames';
import { lifecycleOf } from './rowMappings';

export interface RowsToEntitiesOptions {
  /** File base name, used in reports and `inventory-source`. */
  file: string;
  /** Configured path, used in the managed-by location. */
  path: string;
  resolveAgency(instansi: string): string | undefined;
}

export interface RowsToEntitiesResult {
  entities: Entity[];
  errors: InventoryRowError[];
}

function annotationsOf(
  row: InventoryRow,
  options: RowsToEntitiesOptions,
): Record<string, string> {
  const location = `spbe-inventory:${options.path}`;
  const values: Array<[string, string | undefined]> = [
    [ANNOTATION_LOCATION, location],
    [ANNOTATION_ORIGIN_LOCATION, location],
    [ANNOTATION_INVENTORY_SOURCE, `${options.file}#${row.id}`],
    [ANNOTATION_JENIS, mapJenis(row.jenis)],
    [ANNOTATION_KODE_RAL, row.kode_ral],
    [ANNOTATION_KODE_RAB, row.kode_rab],
    [ANNOTATION_KODE_RAA, row.kode_raa],
    [ANNOTATION_STATUS, row.status?.trim().toLocaleLowerCase('id-ID')],
    [ANNOTATION_TAHUN, row.tahun],
    [ANNOTATION_URL, row.url],
    [ANNOTATION_FUNGSI, row.fungsi],
    [ANNOTATION_DATA, row.data],
    [ANNOTATION_DPI, row.dpi],
  ];
  return Object.fromEntries(
    values.filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/**
 * Turns inventory rows into `Component` entities of type `aplikasi`. A row
 * whose instansi resolves to no agency becomes a row error; the others land.
 * Pure: no I/O.
 */
export function rowsToEntities(
  rows: ReadonlyArray<InventoryRow & { rowNumber: number }>,
  options: RowsToEntitiesOptions,
): RowsToEntitiesResult {
  const namer = new EntityNamer();
  const entities: Entity[] = [];
  const errors: InventoryRowError[] = [];
  for (const row of rows) {
    const instansi = row.instansi?.trim();
    if (!instansi) {
      errors.push({
        file: options.file,
        row: row.rowNumber,
        column: 'instansi',
        reason: 'instansi is empty',
      });
      continue;
    }
    const agency = options.resolveAgency(instansi);
    if (!agency) {
      errors.push({
        file: options.file,
        row: row.rowNumber,
        column: 'instansi',
        value: instansi,
        reason: `instansi "${instansi}" matches no agency of the agency directory`,
      });
      continue;
    }
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: namer.nameFor(agency, row.id),
        title: row.nama,
        ...(row.deskripsi ? { description: row.deskripsi } : {}),
        annotations: annotationsOf(row, options),
      },
      spec: {
        type: APPLICATION_COMPONENT_TYPE,
        lifecycle: lifecycleOf(row.status),
        owner: `group:default/${agency}`,
      },
    });
  }
  return { entities, errors };
}
