/**
 * Annotation and label names of the SPBE catalog model.
 *
 * Applications (aplikasi SPBE) are `Component` entities of type `aplikasi`; the
 * SPBE facts live in `metadata.annotations` (free text, lists as `;`-separated
 * values), normalised by the SPBE catalog processor. Catalog filters read them
 * where they are (see `catalogFields.ts`); the processor adds one label only,
 * for a fact that is not written anywhere as such (the level-2 RAL code).
 */
export const SPBE_PREFIX = 'spbe.go.id';

/** Component `spec.type` of an SPBE application. */
export const APPLICATION_COMPONENT_TYPE = 'aplikasi';

// --- application annotations (input, written by authors or the inventory import)
/** `umum` (aplikasi umum, shared) or `khusus` (agency-specific). Required. */
export const ANNOTATION_JENIS = `${SPBE_PREFIX}/jenis`;
/** Reference codes, `;`- or `,`-separated, normalised by the processor. */
export const ANNOTATION_KODE_RAL = `${SPBE_PREFIX}/kode-ral`;
export const ANNOTATION_KODE_RAB = `${SPBE_PREFIX}/kode-rab`;
export const ANNOTATION_KODE_RAA = `${SPBE_PREFIX}/kode-raa`;
/** `aktif`, `pengembangan` or `nonaktif`. */
export const ANNOTATION_STATUS = `${SPBE_PREFIX}/status`;
/** Year the application was built or registered. */
export const ANNOTATION_TAHUN = `${SPBE_PREFIX}/tahun`;
/** Application URL. */
export const ANNOTATION_URL = `${SPBE_PREFIX}/url`;
/** Functions (fungsi), `;`-separated. */
export const ANNOTATION_FUNGSI = `${SPBE_PREFIX}/fungsi`;
/** Data used (data yang digunakan), `;`-separated. */
export const ANNOTATION_DATA = `${SPBE_PREFIX}/data`;
/** DPI building blocks consumed, `;`- or `,`-separated DPI block ids (see dpi.ts). */
export const ANNOTATION_DPI = `${SPBE_PREFIX}/dpi`;
/** Set on national shared platforms (`"true"`, normalised by the processor). */
export const ANNOTATION_PLATFORM_NASIONAL = `${SPBE_PREFIX}/platform-nasional`;
/** DPI block ids this platform implements (on platform components). */
export const ANNOTATION_IMPLEMENTS_DPI = `${SPBE_PREFIX}/implements-dpi`;
/** Set by the inventory import: `<file>#<row id>`; marks grandfathered applications. */
export const ANNOTATION_INVENTORY_SOURCE = `${SPBE_PREFIX}/inventory-source`;
/** Id of the approved proposal (usulan) that allowed a new application. */
export const ANNOTATION_USULAN = `${SPBE_PREFIX}/usulan`;

// --- agency (instansi) annotations, on Group entities
/** Cabinet structure the agency belongs to, e.g. `indonesia-maju`, `merah-putih`. */
export const ANNOTATION_KABINET = `${SPBE_PREFIX}/kabinet`;
/** Official abbreviation, e.g. `Kemenkeu`. */
export const ANNOTATION_SINGKATAN = `${SPBE_PREFIX}/singkatan`;
/** Other names an inventory may use for this agency, `;`-separated. */
export const ANNOTATION_ALIASES = `${SPBE_PREFIX}/alias`;
/** Entity ref of the agency that replaced this one (rename or merge). */
export const ANNOTATION_PENGGANTI = `${SPBE_PREFIX}/pengganti`;
/** Entity ref of the agency this one replaced. */
export const ANNOTATION_PENDAHULU = `${SPBE_PREFIX}/pendahulu`;

// --- labels, computed by the SPBE processor
/** Level-2 RAL code of the first RAL code, e.g. `RAL.02.03`. */
export const LABEL_RAL = `${SPBE_PREFIX}/ral`;
/**
 * Labels that earlier versions of the processor computed and that it now
 * removes: each duplicated a fact the entity already carries (the jenis and
 * platform annotations, `spec.owner`, the `coordinatedBy` relation) and cost
 * every application a row of the catalog's search table.
 */
export const RETIRED_LABELS: readonly string[] = [
  `${SPBE_PREFIX}/jenis`,
  `${SPBE_PREFIX}/koordinator`,
  `${SPBE_PREFIX}/instansi`,
  `${SPBE_PREFIX}/platform-nasional`,
  `${SPBE_PREFIX}/provinsi`,
];
