import { AuthService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  COORDINATOR_AGENCY_TYPE,
  isAgencyType,
} from '@internal/plugin-spbe-common';

export interface AgencyInfo {
  ref: string;
  type: string;
  title?: string;
  parent?: string;
  /** The Kemenko above the agency (or the agency itself when it is one). */
  coordinator?: string;
}

const TTL_MS = 5 * 60 * 1000;

/**
 * Agencies (instansi) read from the catalog's Group entities, cached for a few
 * minutes: resolves an agency ref and its coordinator without a catalog round
 * trip per request.
 */
export class AgencyDirectory {
  private cache?: { at: number; agencies: Map<string, AgencyInfo> };

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  async get(ref: string): Promise<AgencyInfo | undefined> {
    const agencies = await this.load();
    return agencies.get(normalizeGroupRef(ref));
  }

  async list(): Promise<AgencyInfo[]> {
    return [...(await this.load()).values()];
  }

  private async load(): Promise<Map<string, AgencyInfo>> {
    if (this.cache && Date.now() - this.cache.at < TTL_MS) return this.cache.agencies;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const groups: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: { kind: 'Group' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title', 'spec.type', 'spec.parent'],
      },
      { credentials },
    )) {
      groups.push(...page);
    }
    const byRef = new Map<string, Entity>(groups.map(g => [stringifyEntityRef(g), g]));
    const agencies = new Map<string, AgencyInfo>();
    for (const [ref, group] of byRef) {
      const spec = (group.spec ?? {}) as { type?: unknown; parent?: unknown };
      if (!isAgencyType(spec.type)) continue;
      const parent = typeof spec.parent === 'string' && spec.parent ? normalizeGroupRef(spec.parent) : undefined;
      agencies.set(ref, {
        ref,
        type: spec.type,
        title: group.metadata.title,
        parent,
        coordinator: coordinatorOf(ref, byRef),
      });
    }
    this.cache = { at: Date.now(), agencies };
    return agencies;
  }
}

export function normalizeGroupRef(ref: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind: 'group', defaultNamespace: DEFAULT_NAMESPACE }),
  );
}

function coordinatorOf(ref: string, groups: Map<string, Entity>): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = ref;
  while (current && !seen.has(current)) {
    seen.add(current);
    const group = groups.get(current);
    if (!group) return undefined;
    const spec = (group.spec ?? {}) as { type?: unknown; parent?: unknown };
    if (spec.type === COORDINATOR_AGENCY_TYPE) return current;
    current = typeof spec.parent === 'string' && spec.parent ? normalizeGroupRef(spec.parent) : undefined;
  }
  return undefined;
}
