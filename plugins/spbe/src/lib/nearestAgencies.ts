import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { isAgencyType } from '@internal/plugin-spbe-common';

/** Normalises a group ref (`tim-x`, `group:tim-x`) to `group:default/tim-x`. */
export function groupRef(ref: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: DEFAULT_NAMESPACE,
    }),
  );
}

/**
 * The agencies (instansi) a user acts for: each of their groups walked up
 * `spec.parent` to the nearest group whose type is an agency type. The same
 * rule as the backend's permission policy.
 */
export function nearestAgencies(
  memberships: string[],
  groups: Map<string, Entity>,
): string[] {
  const out = new Set<string>();
  for (const membership of memberships) {
    const seen = new Set<string>();
    let current: string | undefined = groupRef(membership);
    while (current && !seen.has(current)) {
      seen.add(current);
      const group = groups.get(current);
      if (!group) break;
      const spec = (group.spec ?? {}) as { type?: unknown; parent?: unknown };
      if (isAgencyType(spec.type)) {
        out.add(current);
        break;
      }
      current =
        typeof spec.parent === 'string' && spec.parent
          ? groupRef(spec.parent)
          : undefined;
    }
  }
  return [...out].sort();
}
