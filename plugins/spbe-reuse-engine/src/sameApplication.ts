import type { ReuseApplication } from './types';

const sameList = (a?: string[], b?: string[]) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Whether an upsert changes nothing, field by field (no per-application
 * fingerprint string is kept). The same object counts as changed: its
 * caller may have mutated it.
 */
export function sameApplication(a: ReuseApplication, b: ReuseApplication): boolean {
  if (a === b) return false;
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.description === b.description &&
    a.agency === b.agency &&
    a.coordinator === b.coordinator &&
    a.jenis === b.jenis &&
    !!a.nationalPlatform === !!b.nationalPlatform &&
    sameList(a.functions, b.functions) &&
    sameList(a.dpi, b.dpi) &&
    sameList(a.codes?.ral, b.codes?.ral) &&
    sameList(a.codes?.rab, b.codes?.rab) &&
    sameList(a.codes?.raa, b.codes?.raa)
  );
}
