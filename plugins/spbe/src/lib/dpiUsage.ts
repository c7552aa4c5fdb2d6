import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_IMPLEMENTS_DPI,
  DpiBlockId,
  RELATION_CONSUMES_DPI,
  RELATION_IMPLEMENTS_DPI,
  dpiResourceName,
  isDpiBlockId,
  isNationalPlatform,
  readSpbeApplicationFacts,
  splitList,
} from '@internal/plugin-spbe-common';
import { relationTargets } from './entityRelations';

/** A DPI building block an application refers to. */
export type DpiBlockUsage =
  /** A known block, linked to its `Resource` entity. */
  | { kind: 'block'; entityRef: CompoundEntityRef }
  /** An id in an annotation that is no known DPI block (the processor reports it too). */
  | { kind: 'unknown'; id: string };

/** What the "Penggunaan DPI" card shows. */
export interface DpiUsage {
  consumes: DpiBlockUsage[];
  /** Blocks a national platform implements; always empty for other applications. */
  implements: DpiBlockUsage[];
  isNationalPlatform: boolean;
}

function dpiBlockRef(id: DpiBlockId): CompoundEntityRef {
  return { kind: 'resource', namespace: 'default', name: dpiResourceName(id) };
}

/**
 * Merges the processor's relations with the raw annotation ids. Relations come
 * first; an annotation id adds a block only when no relation already points to
 * it, so an entity processed before the SPBE module existed still shows its
 * declared blocks.
 */
function mergeUsages(
  relationRefs: CompoundEntityRef[],
  annotationIds: string[],
): DpiBlockUsage[] {
  const seen = new Set<string>();
  const out: DpiBlockUsage[] = [];
  const addBlock = (ref: CompoundEntityRef) => {
    const key = stringifyEntityRef(ref);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ kind: 'block', entityRef: ref });
    }
  };
  relationRefs.forEach(addBlock);
  for (const raw of annotationIds) {
    const id = raw.toLocaleLowerCase('en-US');
    if (isDpiBlockId(id)) {
      addBlock(dpiBlockRef(id));
    } else if (!seen.has(`unknown:${id}`)) {
      seen.add(`unknown:${id}`);
      out.push({ kind: 'unknown', id: raw });
    }
  }
  return out;
}

/** Reads which DPI building blocks an application consumes and, for a national platform, implements. */
export function readDpiUsage(entity: Entity): DpiUsage {
  const platform = isNationalPlatform(entity);
  const consumes = mergeUsages(
    relationTargets(entity, RELATION_CONSUMES_DPI),
    readSpbeApplicationFacts(entity).dpi,
  );
  const implementsBlocks = platform
    ? mergeUsages(
        relationTargets(entity, RELATION_IMPLEMENTS_DPI),
        splitList(entity.metadata.annotations?.[ANNOTATION_IMPLEMENTS_DPI]),
      )
    : [];
  return {
    consumes,
    implements: implementsBlocks,
    isNationalPlatform: platform,
  };
}
