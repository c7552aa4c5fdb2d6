import {
  ANNOTATION_JENIS,
  ANNOTATION_PLATFORM_NASIONAL,
  LABEL_RAL,
} from './annotations';
import { RELATION_COORDINATED_BY } from './relations';

/**
 * Catalog field paths of the SPBE facts that the catalog pages filter on and
 * count (`filter=` of `/entities/by-query`, `getEntityFacets`). Each fact is
 * read where the entity carries it, so no label duplicates it.
 */
export const SPBE_CATALOG_FIELDS = {
  /** `umum` or `khusus` (lower case after processing). */
  jenis: `metadata.annotations.${ANNOTATION_JENIS}`,
  /** `true` on national shared platforms; absent elsewhere. */
  platformNasional: `metadata.annotations.${ANNOTATION_PLATFORM_NASIONAL}`,
  /** Level-2 RAL code. */
  ral: `metadata.labels.${LABEL_RAL}`,
  /** Entity ref of the coordinating ministry (Kemenko), e.g. `group:default/kemenko-pmk`. */
  koordinator: `relations.${RELATION_COORDINATED_BY}`,
} as const;
