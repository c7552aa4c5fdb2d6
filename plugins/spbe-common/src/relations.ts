import type { RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import { APPLICATION_COMPONENT_TYPE } from './annotations';

/**
 * Relations emitted by the SPBE processor.
 *
 * An application's relations to targets that thousands of applications share
 * (its Kemenko, its reference nodes, its DPI blocks) are emitted in one
 * direction only: `usesReference`, `coordinatedBy`, `consumesDpi` (and the
 * standard `dependsOn`). Their reverse would make the catalog re-stitch the
 * shared target, at a cost proportional to all its relations, whenever one of
 * its applications changes. Ask "which applications point at X" with a
 * catalog filter on the forward relation, e.g.
 * `relations.coordinatedBy=group:default/kemenko-pmk` (see
 * `applicationsRelatedToFilter`). Relations between few entities keep both
 * directions: `implementsDpi` / `dpiImplementedBy` (national platforms) and
 * `succeededBy` / `succeeds` (agencies).
 */
export const RELATION_USES_REFERENCE = 'usesReference';
export const RELATION_COORDINATED_BY = 'coordinatedBy';
export const RELATION_CONSUMES_DPI = 'consumesDpi';
export const RELATION_IMPLEMENTS_DPI = 'implementsDpi';
export const RELATION_DPI_IMPLEMENTED_BY = 'dpiImplementedBy';
export const RELATION_SUCCEEDED_BY = 'succeededBy';
export const RELATION_SUCCEEDS = 'succeeds';

/** The relations an application points at a shared target with. */
export type ApplicationForwardRelation =
  | typeof RELATION_USES_REFERENCE
  | typeof RELATION_COORDINATED_BY
  | typeof RELATION_CONSUMES_DPI
  | typeof RELATION_DEPENDS_ON;

/**
 * The catalog filter (for `getEntities` / `queryEntities` of the catalog
 * client, or `filter=` of `/entities/by-query`) that selects every SPBE
 * application with relation `type` to `targetRef`: e.g. all applications
 * under Kemenko PMK are
 * `applicationsRelatedTo(RELATION_COORDINATED_BY, 'group:default/kemenko-pmk')`.
 * It is one indexed query on the catalog's search table, paged by the server.
 */
export function applicationsRelatedTo(
  type: ApplicationForwardRelation,
  targetRef: string,
): Record<string, string> {
  return {
    kind: 'component',
    'spec.type': APPLICATION_COMPONENT_TYPE,
    [`relations.${type}`]: targetRef,
  };
}
