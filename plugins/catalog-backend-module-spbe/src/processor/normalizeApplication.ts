import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DPI,
  ANNOTATION_IMPLEMENTS_DPI,
  ANNOTATION_JENIS,
  ANNOTATION_KODE_RAL,
  ANNOTATION_PLATFORM_NASIONAL,
  ANNOTATION_STATUS,
  LABEL_RAL,
  RETIRED_LABELS,
  referenceCodeAncestor,
} from '@internal/plugin-spbe-common';
import {
  CODE_ANNOTATIONS,
  normalizeCodeList,
  normalizeDpiList,
  parseCodeList,
} from './codeLists';

/** Level of the RAL code mirrored in the `spbe.go.id/ral` label. */
const RAL_LABEL_LEVEL = 2;

function normalizeAnnotations(
  annotations: Record<string, string>,
): Record<string, string> {
  const out = { ...annotations };
  for (const { annotation } of CODE_ANNOTATIONS) {
    if (out[annotation] !== undefined) {
      out[annotation] = normalizeCodeList(out[annotation]);
    }
  }
  for (const annotation of [ANNOTATION_DPI, ANNOTATION_IMPLEMENTS_DPI]) {
    if (out[annotation] !== undefined) {
      out[annotation] = normalizeDpiList(out[annotation]);
    }
  }
  for (const annotation of [
    ANNOTATION_JENIS,
    ANNOTATION_STATUS,
    ANNOTATION_PLATFORM_NASIONAL,
  ]) {
    if (out[annotation] !== undefined) {
      out[annotation] = out[annotation].trim().toLocaleLowerCase('en-US');
    }
  }
  return out;
}

/**
 * The labels the processor sets. Only the level-2 RAL code: every other fact
 * that catalog filters and columns use is read where the entity already
 * carries it (`SPBE_CATALOG_FIELDS`), since each label is one more row of the
 * catalog's search table for every application.
 */
function computeLabels(
  annotations: Record<string, string>,
): Record<string, string> {
  const [firstRal] = parseCodeList(annotations[ANNOTATION_KODE_RAL]).codes;
  return firstRal
    ? { [LABEL_RAL]: referenceCodeAncestor(firstRal, RAL_LABEL_LEVEL) }
    : {};
}

const COMPUTED_LABELS = [LABEL_RAL, ...RETIRED_LABELS];

/**
 * Writes the SPBE annotations of an application back in normal form, sets the
 * level-2 RAL label and drops the labels earlier versions computed. Pure: no
 * I/O.
 */
export function normalizeApplication(entity: Entity): Entity {
  const annotations = normalizeAnnotations(entity.metadata.annotations ?? {});
  const labels = Object.fromEntries(
    Object.entries(entity.metadata.labels ?? {}).filter(
      ([key]) => !COMPUTED_LABELS.includes(key),
    ),
  );
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations,
      labels: { ...labels, ...computeLabels(annotations) },
    },
  };
}
