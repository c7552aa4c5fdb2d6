import {
  CompoundEntityRef,
  Entity,
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
  RELATION_DPI_IMPLEMENTED_BY,
  RELATION_IMPLEMENTS_DPI,
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
 * A relation from the application only, with no reverse relation on the
 * target. Used for targets that thousands of applications point at (a Kemenko,
 * a reference node, a DPI block): a reverse relation would make the catalog
 * re-stitch that hot entity, at a cost proportional to all its relations,
 * every time one of its applications changes. "Which applications point at X"
 * is a catalog filter on the forward relation instead
 * (`relations.coordinatedBy=group:default/kemenko-pmk`), see
 * docs/architecture.md.
 */
function forward(
  source: CompoundEntityRef,
  type: string,
  target: CompoundEntityRef,
): EntityRelationSpec {
  return { source, type, target };
}

/**
 * Relations of an SPBE application: to the reference nodes of its codes (the
 * code's own node, or the deepest ancestor in the taxonomy for agency-defined
 * levels), to its coordinating ministry, and to the DPI blocks it consumes
 * (forward only: these targets are shared by thousands of applications) or
 * implements (both directions: only national platforms implement a block).
 * Values that validation rejects produce no relation.
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
      forward(self, RELATION_USES_REFERENCE, {
        kind: REFERENCE_KIND.toLocaleLowerCase('en-US'),
        namespace: DEFAULT_NAMESPACE,
        name: referenceEntityName(node),
      }),
    );
  }

  const owner = ownerAgency(entity, data);
  const coordinator = owner.ok
    ? data.agencies.coordinatorOf(owner.agency.name)
    : undefined;
  if (coordinator) {
    relations.push(
      forward(self, RELATION_COORDINATED_BY, {
        kind: 'group',
        namespace: DEFAULT_NAMESPACE,
        name: coordinator,
      }),
    );
  }

  for (const block of dpiBlockRefs(annotations[ANNOTATION_DPI])) {
    relations.push(
      forward(self, RELATION_CONSUMES_DPI, block),
      forward(self, RELATION_DEPENDS_ON, block),
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
