import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_IMPLEMENTS_DPI,
  LABEL_RAL,
  RELATION_COORDINATED_BY,
  readSpbeApplicationFacts,
  splitList,
} from '@internal/plugin-spbe-common';
import { ApplicationRecord } from '../service/types';

/** Entity fields the sync reads: enough for the engine, the dashboard and the gate. */
export const APPLICATION_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.etag',
  'metadata.annotations',
  'metadata.labels',
  'spec.type',
  'spec.owner',
  'relations',
];

function ownerRef(entity: Entity): string | undefined {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
      }),
    );
  } catch {
    return undefined;
  }
}

/** Reads the SPBE facts of an application entity into the record the plugin stores. */
export function toApplicationRecord(entity: Entity): ApplicationRecord {
  const facts = readSpbeApplicationFacts(entity);
  const coordinator = entity.relations?.find(
    r => r.type === RELATION_COORDINATED_BY,
  )?.targetRef;
  return {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title,
    description: entity.metadata.description,
    agency: ownerRef(entity),
    coordinator,
    ral: entity.metadata.labels?.[LABEL_RAL] ?? facts.kodeRal[0],
    codes: [...facts.kodeRal, ...facts.kodeRab, ...facts.kodeRaa],
    jenis: facts.jenis,
    functions: facts.fungsi,
    data: facts.data,
    dpi: facts.dpi,
    implementsDpi: splitList(entity.metadata.annotations?.[ANNOTATION_IMPLEMENTS_DPI]),
    platformNasional: facts.platformNasional,
    grandfathered: Boolean(facts.inventorySource),
    usulan: facts.usulan,
  };
}
