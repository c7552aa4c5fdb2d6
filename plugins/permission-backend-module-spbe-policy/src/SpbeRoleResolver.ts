import { AuthService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { COORDINATOR_AGENCY_TYPE, isAgencyType } from '@internal/plugin-spbe-common';

/** Group whose members are SPBE architects (they decide proposals and review duplicates). */
export const ARCHITECT_GROUP = 'group:default/spbe-arsitek';
/** Group whose members are leadership (they read the dashboards). */
export const LEADERSHIP_GROUP = 'group:default/spbe-pimpinan';

export interface SpbeRoles {
  architect: boolean;
  leadership: boolean;
  /** Agencies (instansi) the user acts for: the nearest agency above each of their groups. */
  agencies: string[];
  /** Kemenko whose audit the user takes part in (agencies among `agencies` of type kemenko). */
  coordinators: string[];
}

const GROUP_TTL_MS = 5 * 60 * 1000;
const USER_TTL_MS = 60 * 1000;

function groupRef(ref: string): string {
  return stringifyEntityRef(parseEntityRef(ref, { defaultKind: 'group', defaultNamespace: DEFAULT_NAMESPACE }));
}

/**
 * Works out a user's SPBE roles from group membership in the catalog: the
 * sign-in's ownership refs plus the User entity's memberOf relations, each
 * group walked up its `spec.parent` chain to the nearest agency.
 */
export class SpbeRoleResolver {
  private groups?: { at: number; byRef: Map<string, Entity> };
  private readonly users = new Map<string, { at: number; roles: SpbeRoles }>();

  constructor(private readonly deps: { catalog: CatalogService; auth: AuthService }) {}

  async resolve(user: { userEntityRef: string; ownershipEntityRefs: string[] }): Promise<SpbeRoles> {
    const cached = this.users.get(user.userEntityRef);
    if (cached && Date.now() - cached.at < USER_TTL_MS) return cached.roles;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const userEntity = await this.deps.catalog.getEntityByRef(user.userEntityRef, { credentials });
    const memberships = new Set<string>(
      user.ownershipEntityRefs.filter(r => r.startsWith('group:')).map(groupRef),
    );
    for (const rel of userEntity?.relations ?? []) {
      if (rel.type === RELATION_MEMBER_OF) memberships.add(groupRef(rel.targetRef));
    }
    const byRef = await this.loadGroups();
    const agencies = new Set<string>();
    for (const ref of memberships) {
      const agency = this.nearestAgency(ref, byRef);
      if (agency) agencies.add(agency);
    }
    const coordinators = [...agencies].filter(
      a => (byRef.get(a)?.spec as { type?: unknown } | undefined)?.type === COORDINATOR_AGENCY_TYPE,
    );
    const roles: SpbeRoles = {
      architect: memberships.has(ARCHITECT_GROUP),
      leadership: memberships.has(LEADERSHIP_GROUP),
      agencies: [...agencies].sort(),
      coordinators: coordinators.sort(),
    };
    this.users.set(user.userEntityRef, { at: Date.now(), roles });
    return roles;
  }

  private nearestAgency(ref: string, byRef: Map<string, Entity>): string | undefined {
    const seen = new Set<string>();
    let current: string | undefined = ref;
    while (current && !seen.has(current)) {
      seen.add(current);
      const group = byRef.get(current);
      if (!group) return undefined;
      const spec = (group.spec ?? {}) as { type?: unknown; parent?: unknown };
      if (isAgencyType(spec.type)) return current;
      current = typeof spec.parent === 'string' && spec.parent ? groupRef(spec.parent) : undefined;
    }
    return undefined;
  }

  private async loadGroups(): Promise<Map<string, Entity>> {
    if (this.groups && Date.now() - this.groups.at < GROUP_TTL_MS) return this.groups.byRef;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const byRef = new Map<string, Entity>();
    for await (const page of this.deps.catalog.streamEntities(
      { filter: { kind: 'Group' }, fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.type', 'spec.parent'] },
      { credentials },
    )) {
      for (const g of page) byRef.set(stringifyEntityRef(g), g);
    }
    this.groups = { at: Date.now(), byRef };
    return byRef;
  }
}
