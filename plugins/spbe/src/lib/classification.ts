import {
  CompoundEntityRef,
  Entity,
  RELATION_OWNED_BY,
  parseEntityRef,
} from '@backstage/catalog-model';
import {
  REFERENCE_KIND,
  RELATION_COORDINATED_BY,
  SpbeApplicationFacts,
  readSpbeApplicationFacts,
  referenceEntityName,
} from '@internal/plugin-spbe-common';
import { relationTargets } from './entityRelations';

/** A reference architecture code and the `ReferenceArchitecture` entity that describes it. */
export interface ReferenceCodeLink {
  code: string;
  entityRef: CompoundEntityRef;
}

/** Where the application entered the catalog. */
export type ApplicationSource =
  | { type: 'inventory'; value: string }
  | { type: 'usulan'; value: string }
  | { type: 'unknown' };

/** Everything the "Klasifikasi SPBE" card shows, read from one entity. */
export interface SpbeClassification {
  facts: SpbeApplicationFacts;
  /** The owning agency (instansi). */
  instansi?: CompoundEntityRef;
  /** The coordinating ministry (Kemenko), from the `coordinatedBy` relation. */
  koordinator?: CompoundEntityRef;
  kodeRal: ReferenceCodeLink[];
  kodeRab: ReferenceCodeLink[];
  kodeRaa: ReferenceCodeLink[];
  source: ApplicationSource;
}

function toReferenceLinks(codes: string[]): ReferenceCodeLink[] {
  return codes.map(code => ({
    code,
    entityRef: {
      kind: REFERENCE_KIND,
      namespace: 'default',
      name: referenceEntityName(code),
    },
  }));
}

function readInstansi(entity: Entity): CompoundEntityRef | undefined {
  const [owner] = relationTargets(entity, RELATION_OWNED_BY);
  if (owner) {
    return owner;
  }
  const specOwner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof specOwner !== 'string' || !specOwner) {
    return undefined;
  }
  try {
    return parseEntityRef(specOwner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
  } catch {
    return undefined;
  }
}

function readSource(facts: SpbeApplicationFacts): ApplicationSource {
  if (facts.usulan) {
    return { type: 'usulan', value: facts.usulan };
  }
  if (facts.inventorySource) {
    return { type: 'inventory', value: facts.inventorySource };
  }
  return { type: 'unknown' };
}

/** Reads the SPBE classification of an application entity. */
export function readSpbeClassification(entity: Entity): SpbeClassification {
  const facts = readSpbeApplicationFacts(entity);
  const [koordinator] = relationTargets(entity, RELATION_COORDINATED_BY);
  return {
    facts,
    instansi: readInstansi(entity),
    koordinator,
    kodeRal: toReferenceLinks(facts.kodeRal),
    kodeRab: toReferenceLinks(facts.kodeRab),
    kodeRaa: toReferenceLinks(facts.kodeRaa),
    source: readSource(facts),
  };
}
