import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_IMPLEMENTS_DPI,
  LABEL_INSTANSI,
  LABEL_KOORDINATOR,
  LABEL_RAL,
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
];

function groupRef(name: string): string {
  return stringifyEntityRef({ kind: 'group', namespace: DEFAULT_NAMESPACE, name });
}

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
  const labels = entity.metadata.labels ?? {};
  const instansi = labels[LABEL_INSTANSI];
  const koordinator = labels[LABEL_KOORDINATOR];
  return {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title,
    description: entity.metadata.description,
    agency: instansi ? groupRef(instansi) : ownerRef(entity),
    coordinator: koordinator ? groupRef(koordinator) : undefined,
    ral: labels[LABEL_RAL] ?? facts.kodeRal[0],
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
