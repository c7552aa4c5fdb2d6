import {
  Entity,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  getCompoundEntityRef,
} from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_DPI,
  ANNOTATION_IMPLEMENTS_DPI,
  REFERENCE_KIND,
  RELATION_CONSUMES_DPI,
  RELATION_COORDINATED_BY,
  RELATION_COORDINATES,
  RELATION_DPI_CONSUMED_BY,
  RELATION_DPI_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_DPI,
  RELATION_REFERENCE_USED_BY,
  RELATION_USES_REFERENCE,
  dpiResourceName,
  isDpiBlockId,
  referenceEntityName,
  splitList,
} from '@internal/plugin-spbe-common';
import { SpbeReferenceData } from '../referenceData';
import { CODE_ANNOTATIONS, parseCodeList } from './codeLists';
import { ownerAgency } from './ownerAgency';
import { relationPair } from './relationPair';

const DEFAULT_NAMESPACE = 'default';

function dpiBlockRefs(value: string | undefined) {
  return splitList(value)
    .filter(isDpiBlockId)
    .map(id => ({
      kind: 'resource',
      namespace: DEFAULT_NAMESPACE,
      name: dpiResourceName(id),
    }));
}

/**
 * Relations of an SPBE application: to the reference nodes of its codes (the
 * code's own node, or the deepest ancestor in the taxonomy for agency-defined
 * levels), to its coordinating ministry, and to the DPI blocks it consumes or
 * implements. Values that validation rejects produce no relation.
 */
export function applicationRelations(
  entity: Entity,
  data: SpbeReferenceData,
): EntityRelationSpec[] {
  const self = getCompoundEntityRef(entity);
  const annotations = entity.metadata.annotations ?? {};
  const relations: EntityRelationSpec[] = [];

  const nodes = new Set<string>();
  for (const { annotation, domain } of CODE_ANNOTATIONS) {
    for (const code of parseCodeList(annotations[annotation]).codes) {
      const check =
        code.domain === domain ? data.taxonomy.check(code) : undefined;
      if (check?.known && check.node) nodes.add(check.node);
    }
  }
  for (const node of nodes) {
    relations.push(
      ...relationPair(
        self,
        RELATION_USES_REFERENCE,
        RELATION_REFERENCE_USED_BY,
        {
          kind: REFERENCE_KIND.toLocaleLowerCase('en-US'),
          namespace: DEFAULT_NAMESPACE,
          name: referenceEntityName(node),
        },
      ),
    );
  }

  const owner = ownerAgency(entity, data);
  const coordinator = owner.ok
    ? data.agencies.coordinatorOf(owner.agency.name)
    : undefined;
  if (coordinator) {
    relations.push(
      ...relationPair(self, RELATION_COORDINATED_BY, RELATION_COORDINATES, {
        kind: 'group',
        namespace: DEFAULT_NAMESPACE,
        name: coordinator,
      }),
    );
  }

  for (const block of dpiBlockRefs(annotations[ANNOTATION_DPI])) {
    relations.push(
      ...relationPair(
        self,
        RELATION_CONSUMES_DPI,
        RELATION_DPI_CONSUMED_BY,
        block,
      ),
      ...relationPair(self, RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF, block),
    );
  }
  for (const block of dpiBlockRefs(annotations[ANNOTATION_IMPLEMENTS_DPI])) {
    relations.push(
      ...relationPair(
        self,
        RELATION_IMPLEMENTS_DPI,
        RELATION_DPI_IMPLEMENTED_BY,
        block,
      ),
    );
  }
  return relations;
}
