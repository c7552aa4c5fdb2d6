import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DPI,
  ANNOTATION_IMPLEMENTS_DPI,
  ANNOTATION_JENIS,
  ANNOTATION_KODE_RAL,
  ANNOTATION_PLATFORM_NASIONAL,
  ANNOTATION_STATUS,
  LABEL_INSTANSI,
  LABEL_JENIS,
  LABEL_KOORDINATOR,
  LABEL_PLATFORM_NASIONAL,
  LABEL_RAL,
  JENIS_VALUES,
  referenceCodeAncestor,
} from '@internal/plugin-spbe-common';
import { SpbeReferenceData } from '../referenceData';
import {
  CODE_ANNOTATIONS,
  normalizeCodeList,
  normalizeDpiList,
  parseCodeList,
} from './codeLists';
import { ownerAgency } from './ownerAgency';

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
  for (const annotation of [ANNOTATION_JENIS, ANNOTATION_STATUS]) {
    if (out[annotation] !== undefined) {
      out[annotation] = out[annotation].trim().toLocaleLowerCase('en-US');
    }
  }
  return out;
}

function computeLabels(
  entity: Entity,
  annotations: Record<string, string>,
  data: SpbeReferenceData,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const jenis = annotations[ANNOTATION_JENIS];
  if ((JENIS_VALUES as readonly string[]).includes(jenis)) {
    labels[LABEL_JENIS] = jenis;
  }
  const owner = ownerAgency(entity, data);
  if (owner.ok) {
    labels[LABEL_INSTANSI] = owner.agency.name;
    const coordinator = data.agencies.coordinatorOf(owner.agency.name);
    if (coordinator) labels[LABEL_KOORDINATOR] = coordinator;
  }
  const [firstRal] = parseCodeList(annotations[ANNOTATION_KODE_RAL]).codes;
  if (firstRal) {
    labels[LABEL_RAL] = referenceCodeAncestor(firstRal, RAL_LABEL_LEVEL);
  }
  labels[LABEL_PLATFORM_NASIONAL] = String(
    annotations[ANNOTATION_PLATFORM_NASIONAL]?.trim().toLocaleLowerCase(
      'en-US',
    ) === 'true',
  );
  return labels;
}

const COMPUTED_LABELS = [
  LABEL_JENIS,
  LABEL_INSTANSI,
  LABEL_KOORDINATOR,
  LABEL_RAL,
  LABEL_PLATFORM_NASIONAL,
];

/**
 * Writes the SPBE annotations of an application back in normal form and sets
 * the labels that catalog filters and columns use. Pure: no I/O.
 */
export function normalizeApplication(
  entity: Entity,
  data: SpbeReferenceData,
): Entity {
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
      labels: { ...labels, ...computeLabels(entity, annotations, data) },
    },
  };
}
