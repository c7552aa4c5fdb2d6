import {
  ANNOTATION_DATA,
  ANNOTATION_DPI,
  ANNOTATION_FUNGSI,
  ANNOTATION_JENIS,
  ANNOTATION_KODE_RAA,
  ANNOTATION_KODE_RAB,
  ANNOTATION_KODE_RAL,
  ANNOTATION_STATUS,
  ANNOTATION_TAHUN,
  ANNOTATION_URL,
  APPLICATION_COMPONENT_TYPE,
} from '@internal/plugin-spbe-common';
import type { InventoryColumn } from '../model';

/** Inventory columns read from the SPBE annotations of an application entity. */
const ANNOTATION_COLUMNS: ReadonlyArray<[string, InventoryColumn]> = [
  [ANNOTATION_FUNGSI, 'fungsi'],
  [ANNOTATION_JENIS, 'jenis'],
  [ANNOTATION_KODE_RAL, 'kode_ral'],
  [ANNOTATION_KODE_RAB, 'kode_rab'],
  [ANNOTATION_KODE_RAA, 'kode_raa'],
  [ANNOTATION_STATUS, 'status'],
  [ANNOTATION_TAHUN, 'tahun'],
  [ANNOTATION_URL, 'url'],
  [ANNOTATION_DATA, 'data'],
  [ANNOTATION_DPI, 'dpi'],
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a YAML document looks like a catalog entity. */
export function isEntityDocument(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    typeof value.apiVersion === 'string' &&
    typeof value.kind === 'string'
  );
}

/** True for a Component of type `aplikasi`. */
export function isApplicationEntity(entity: JsonObject): boolean {
  const spec = isObject(entity.spec) ? entity.spec : {};
  return (
    String(entity.kind).toLowerCase() === 'component' &&
    spec.type === APPLICATION_COMPONENT_TYPE
  );
}

/** Strips `group:` and `default/` from an owner ref, leaving the agency name. */
function ownerName(owner: unknown): string | undefined {
  if (typeof owner !== 'string') return undefined;
  return owner.replace(/^group:/i, '').replace(/^default\//i, '');
}

/**
 * Maps an application entity to inventory values: metadata.name -> id,
 * title (or name) -> nama, description -> deskripsi, spec.owner -> instansi,
 * SPBE annotations -> the remaining columns.
 */
export function entityToValues(
  entity: JsonObject,
): Partial<Record<InventoryColumn, unknown>> {
  const metadata = isObject(entity.metadata) ? entity.metadata : {};
  const spec = isObject(entity.spec) ? entity.spec : {};
  const annotations = isObject(metadata.annotations)
    ? metadata.annotations
    : {};
  const values: Partial<Record<InventoryColumn, unknown>> = {
    id: metadata.name,
    nama: metadata.title ?? metadata.name,
    deskripsi: metadata.description,
    instansi: ownerName(spec.owner),
  };
  for (const [annotation, column] of ANNOTATION_COLUMNS) {
    if (annotations[annotation] !== undefined)
      values[column] = annotations[annotation];
  }
  return values;
}
