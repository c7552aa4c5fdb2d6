import { ReuseApplication, ReuseIndex } from '@internal/spbe-reuse-engine';

/**
 * Pairs of applications whose names share a code name (acronym) or are the
 * same name, but that are not labelled as one function, merged into one
 * predicted cluster: SIMADE for desa with SIMADE for madrasah, two unrelated
 * "SMS Gateway"s.
 */
export function acronymTrapMerges(
  index: ReuseIndex,
  apps: ReuseApplication[],
  groups: Array<{ id: string; members: string[] }>,
): Array<[string, string]> {
  const label = new Map<string, string>();
  for (const g of groups) for (const m of g.members) label.set(m, g.id);
  const codeNames = new Map(
    apps.map(a => [
      a.id,
      new Set([
        ...index.normalizer.normalizeName(a.name).terms.filter(t => t.kind === 'acronym').map(t => t.term),
        `name:${a.name.trim().toLowerCase()}`,
      ]),
    ]),
  );
  const merges: Array<[string, string]> = [];
  for (const c of index.findDuplicates()) {
    for (let i = 0; i < c.members.length; i++) {
      for (let j = i + 1; j < c.members.length; j++) {
        const [a, b] = [c.members[i], c.members[j]];
        if (label.has(a) && label.get(a) === label.get(b)) continue;
        const names = codeNames.get(b)!;
        if ([...codeNames.get(a)!].some(t => names.has(t))) merges.push([a, b]);
      }
    }
  }
  return merges;
}

