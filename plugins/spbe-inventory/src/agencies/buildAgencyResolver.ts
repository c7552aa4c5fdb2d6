import { normalizeAgencyKey } from './normalizeAgencyKey';
import type { AgencySeed } from './types';

/** Lower is stronger: a name beats a title beats an alias when keys collide. */
const PRIORITY = { name: 0, title: 1, alias: 2 } as const;

/**
 * Builds the function that maps an `instansi` text to its Group entity name,
 * through its name, title, singkatan or alias after normalizeAgencyKey. A key
 * that two agencies share at the same strength is ambiguous and resolves to
 * nothing; `group:default/x` refs resolve by their name.
 */
export function buildAgencyResolver(
  agencies: readonly AgencySeed[],
): (instansi: string) => string | undefined {
  const entries = new Map<
    string,
    { name: string | undefined; priority: number }
  >();
  const add = (text: string, name: string, priority: number) => {
    const key = normalizeAgencyKey(text);
    if (!key) return;
    const existing = entries.get(key);
    if (!existing || priority < existing.priority) {
      entries.set(key, { name, priority });
    } else if (priority === existing.priority && existing.name !== name) {
      entries.set(key, { name: undefined, priority });
    }
  };
  for (const agency of agencies) {
    add(agency.name, agency.name, PRIORITY.name);
    add(agency.title, agency.name, PRIORITY.title);
    for (const alias of agency.aliases ?? [])
      add(alias, agency.name, PRIORITY.alias);
  }
  return (instansi: string) => {
    const text = instansi.replace(/^group:/i, '').replace(/^default\//i, '');
    return entries.get(normalizeAgencyKey(text))?.name;
  };
}
