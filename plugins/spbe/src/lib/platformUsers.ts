import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

export interface PlatformUsers {
  applications: number;
  agencies: Array<{ agency: string; applications: number }>;
}

/** Applications grouped by owning agency, most applications first. */
export function countByOwner(applications: Entity[]): PlatformUsers {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const app of applications) {
    const key = stringifyEntityRef(app);
    if (seen.has(key)) continue;
    seen.add(key);
    const owner = (app.spec as { owner?: unknown } | undefined)?.owner;
    if (typeof owner !== 'string' || !owner) continue;
    const agency = stringifyEntityRef(
      parseEntityRef(owner, { defaultKind: 'group', defaultNamespace: 'default' }),
    );
    counts.set(agency, (counts.get(agency) ?? 0) + 1);
  }
  return {
    applications: seen.size,
    agencies: [...counts.entries()]
      .map(([agency, n]) => ({ agency, applications: n }))
      .sort((a, b) => b.applications - a.applications || a.agency.localeCompare(b.agency)),
  };
}
