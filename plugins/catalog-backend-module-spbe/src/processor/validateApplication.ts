import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_DPI,
  ANNOTATION_IMPLEMENTS_DPI,
  ANNOTATION_JENIS,
  ANNOTATION_STATUS,
  APPLICATION_STATUSES,
  JENIS_VALUES,
  isDpiBlockId,
  splitList,
} from '@internal/plugin-spbe-common';
import { SpbeReferenceData } from '../referenceData';
import { CODE_ANNOTATIONS, parseCodeList } from './codeLists';
import { ownerAgency } from './ownerAgency';

/** One reason an application is rejected; the message names field and value. */
export interface ApplicationProblem {
  field: string;
  value?: string;
  message: string;
}

function annotationProblem(
  annotation: string,
  value: string | undefined,
  detail: string,
): ApplicationProblem {
  return {
    field: annotation,
    value,
    message: `annotation ${annotation} ${detail}`,
  };
}

function validateCodes(
  annotations: Record<string, string>,
  data: SpbeReferenceData,
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  for (const { annotation, domain } of CODE_ANNOTATIONS) {
    const { codes, invalid } = parseCodeList(annotations[annotation]);
    for (const { raw, reason } of invalid) {
      problems.push(
        annotationProblem(
          annotation,
          raw,
          `has unparseable code "${raw}" (${reason})`,
        ),
      );
    }
    for (const code of codes) {
      if (code.domain !== domain) {
        problems.push(
          annotationProblem(
            annotation,
            code.code,
            `has code "${code.code}" of domain ${code.domain}, expected ${domain}`,
          ),
        );
      } else if (!data.taxonomy.check(code).known) {
        problems.push(
          annotationProblem(
            annotation,
            code.code,
            `has unknown code "${code.code}"`,
          ),
        );
      }
    }
  }
  return problems;
}

function validateDpi(
  annotations: Record<string, string>,
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  for (const annotation of [ANNOTATION_DPI, ANNOTATION_IMPLEMENTS_DPI]) {
    for (const id of splitList(annotations[annotation])) {
      if (!isDpiBlockId(id)) {
        problems.push(
          annotationProblem(annotation, id, `has unknown DPI block "${id}"`),
        );
      }
    }
  }
  return problems;
}

function validateJenis(
  annotations: Record<string, string>,
): ApplicationProblem[] {
  const jenis = annotations[ANNOTATION_JENIS];
  const expected = `(expected ${JENIS_VALUES.join(' or ')})`;
  if (jenis === undefined || jenis.trim() === '') {
    return [
      annotationProblem(ANNOTATION_JENIS, undefined, `is missing ${expected}`),
    ];
  }
  if (!(JENIS_VALUES as readonly string[]).includes(jenis)) {
    return [
      annotationProblem(
        ANNOTATION_JENIS,
        jenis,
        `has invalid value "${jenis}" ${expected}`,
      ),
    ];
  }
  return [];
}

function validateStatus(
  annotations: Record<string, string>,
): ApplicationProblem[] {
  const status = annotations[ANNOTATION_STATUS];
  if (
    status === undefined ||
    (APPLICATION_STATUSES as readonly string[]).includes(status)
  ) {
    return [];
  }
  return [
    annotationProblem(
      ANNOTATION_STATUS,
      status,
      `has invalid value "${status}" (expected ${APPLICATION_STATUSES.join(
        ', ',
      )})`,
    ),
  ];
}

function validateOwner(
  entity: Entity,
  data: SpbeReferenceData,
): ApplicationProblem[] {
  const owner = ownerAgency(entity, data);
  if (owner.ok) return [];
  if (owner.owner === undefined) {
    return [
      {
        field: 'spec.owner',
        message: 'spec.owner is missing (expected an agency group)',
      },
    ];
  }
  return [
    {
      field: 'spec.owner',
      value: owner.owner,
      message: `spec.owner "${owner.owner}" is not an agency of the agency directory`,
    },
  ];
}

/**
 * Checks an SPBE application (after normalisation) against the agency
 * directory, the reference taxonomy and the value lists. Pure: no I/O.
 */
export function validateApplication(
  entity: Entity,
  data: SpbeReferenceData,
): ApplicationProblem[] {
  const annotations = entity.metadata.annotations ?? {};
  return [
    ...validateOwner(entity, data),
    ...validateJenis(annotations),
    ...validateStatus(annotations),
    ...validateCodes(annotations, data),
    ...validateDpi(annotations),
  ];
}
