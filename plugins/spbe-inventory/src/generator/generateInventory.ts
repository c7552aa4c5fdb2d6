import { buildAgencyResolver } from '../agencies/buildAgencyResolver';
import type { AgencySeed } from '../agencies/types';
import type { InventoryRow } from '../model';
import { FUNCTIONS, FunctionSpec } from './functions';
import {
  AgencyGroupEntity,
  agencyGroupEntity,
  localGovernmentSeeds,
  missingProvinceSeeds,
  slugify,
} from './localGovernments';
import { AgencyProfile, buildProfiles } from './profiles';
import { Random, cumulativeWeights, pickWeighted } from './random';
import { TRAPS } from './traps';
import { singletonCombination, SINGLETON_COMBINATIONS } from './singletons';
import { RowFactory } from './rowFactory';

export interface DuplicateGroup {
  id: string;
  /** The government function; `platform: X` when a national platform does it. */
  function: string;
  /** Row ids. */
  members: string[];
}

export interface TrapLabel {
  id: string;
  name: string;
  variants: Array<{ meaning: string; group?: string; members: string[] }>;
}

export interface GeneratedInventory {
  rows: InventoryRow[];
  /** Generated Group entities (kabupaten/kota, and provinces the agency files lack). */
  agencies: object[];
  duplicateGroups: DuplicateGroup[];
  /** Same-name traps: variants that must not be grouped together. */
  traps?: TrapLabel[];
}

export interface GenerateInventoryOptions {
  size: number;
  seed?: number;
  nationalAgencies: AgencySeed[];
}

export const DEFAULT_INVENTORY_SIZE = 27_000;
export const DEFAULT_INVENTORY_SEED = 20230612;
/** Share of rows that are agency-specific applications. */
const LOCAL_SHARE = 0.15;

const enum Kind {
  Duplicate = 0,
  Local = 1,
  Trap = 2,
}

/**
 * Generates a national-scale inventory: `size` rows across the national
 * agencies given and all kabupaten/kota, with labelled duplicate groups and
 * traps. Same options, same output.
 */
export function generateInventory(
  options: GenerateInventoryOptions,
): GeneratedInventory {
  const { size, seed = DEFAULT_INVENTORY_SEED, nationalAgencies } = options;
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`size must be a positive integer, got ${size}`);
  }
  const random = new Random(seed);
  const generatedSeeds = [
    ...missingProvinceSeeds(nationalAgencies),
    ...localGovernmentSeeds(),
  ];
  const allSeeds = [...nationalAgencies, ...generatedSeeds];
  const profiles = buildProfiles(allSeeds, buildAgencyResolver(allSeeds));
  const profileByName = new Map(profiles.map((p, i) => [p.seed.name, i]));

  const eligible = FUNCTIONS.map(spec =>
    profiles.flatMap((p, i) => (spec.scope.includes(p.scope) ? [i] : [])),
  );
  const eligibleWeights = eligible.map(list =>
    cumulativeWeights(list.map(i => profiles[i].weight)),
  );
  const pickAgency = (f: number) =>
    eligible[f][pickWeighted(random, eligibleWeights[f])];
  // Agency-specific (local) applications belong to local governments.
  const localAgencies = profiles.flatMap((p, i) =>
    p.scope === 'pusat' ? [] : [i],
  );
  const localWeights = cumulativeWeights(
    localAgencies.map(i => profiles[i].weight),
  );
  const pickLocalAgency = () =>
    localAgencies[pickWeighted(random, localWeights)];

  // The plan: one entry per row (kind, detail, agency), shuffled before rows are written.
  const kinds = new Uint8Array(size);
  const details = new Int32Array(size);
  const agencyOf = new Int32Array(size);
  let n = 0;
  const add = (kind: Kind, detail: number, agency: number) => {
    kinds[n] = kind;
    details[n] = detail;
    agencyOf[n] = agency;
    n++;
  };

  // Traps: variants with a group get several rows, the others one.
  const trapVariants = TRAPS.flatMap((trap, t) =>
    trap.variants.map((variant, v) => ({ t, v, variant })),
  );
  const perGroupedVariant = Math.max(2, Math.round(size / 10_000));
  const trapBudget = trapVariants.reduce(
    (sum, tv) => sum + (tv.variant.functionKey ? perGroupedVariant : 1),
    0,
  );
  if (size >= trapBudget * 4) {
    trapVariants.forEach(({ variant }, index) => {
      const candidates = profiles.flatMap((p, i) =>
        variant.scope.includes(p.scope) ? [i] : [],
      );
      const preferred = (variant.preferredAgencies ?? [])
        .map(name => profileByName.get(name))
        .filter((i): i is number => i !== undefined);
      if (candidates.length === 0 && preferred.length === 0) return;
      const count = variant.functionKey ? perGroupedVariant : 1;
      const used = new Set<number>();
      for (let k = 0; k < count; k++) {
        let agency = preferred[k] ?? random.pick(candidates);
        for (let tries = 0; used.has(agency) && tries < 10; tries++)
          agency = random.pick(candidates);
        used.add(agency);
        add(Kind.Trap, index, agency);
      }
    });
  }

  // Agency-specific applications: each combination once, then repeats.
  const localCount = Math.min(
    Math.round(size * LOCAL_SHARE),
    Math.round(SINGLETON_COMBINATIONS * 1.25),
    size - n,
  );
  const combinationOrder = random.shuffle(
    Int32Array.from({ length: SINGLETON_COMBINATIONS }, (_, i) => i),
  );
  const holders = new Map<number, Set<number>>();
  for (let k = 0; k < localCount; k++) {
    const combination =
      k < SINGLETON_COMBINATIONS
        ? combinationOrder[k]
        : random.int(SINGLETON_COMBINATIONS);
    const held = holders.get(combination) ?? new Set<number>();
    let agency = pickLocalAgency();
    for (let tries = 0; held.has(agency) && tries < 10; tries++)
      agency = pickLocalAgency();
    if (held.has(agency)) continue;
    held.add(agency);
    holders.set(combination, held);
    add(Kind.Local, combination, agency);
  }

  // Duplicates: two agencies per function first, then by weight.
  const functionWeights = cumulativeWeights(FUNCTIONS.map(f => f.weight));
  FUNCTIONS.forEach((_, f) => {
    if (eligible[f].length < 2 || size - n < 2) return;
    const first = pickAgency(f);
    let second = pickAgency(f);
    while (second === first) second = pickAgency(f);
    add(Kind.Duplicate, f, first);
    add(Kind.Duplicate, f, second);
  });
  while (n < size) {
    const f = pickWeighted(random, functionWeights);
    if (eligible[f].length === 0) continue;
    add(Kind.Duplicate, f, pickAgency(f));
  }

  // Rows in shuffled order; ids count per agency.
  const order = random.shuffle(Int32Array.from({ length: n }, (_, i) => i));
  const factory = new RowFactory(random);
  const counters = new Int32Array(profiles.length);
  const rows: InventoryRow[] = new Array(n);
  const groupMembers = new Map<
    string,
    { fn: string; members: string[]; agencies: Set<number> }
  >();
  const trapMembers = trapVariants.map(() => [] as string[]);
  const join = (key: string, fn: string, id: string, agency: number) => {
    let group = groupMembers.get(key);
    if (!group) {
      group = { fn, members: [], agencies: new Set() };
      groupMembers.set(key, group);
    }
    group.members.push(id);
    group.agencies.add(agency);
  };

  for (let r = 0; r < n; r++) {
    const p = order[r];
    const agency = agencyOf[p];
    const profile = profiles[agency];
    counters[agency] += 1;
    const id = `${profile.seed.name}-${String(counters[agency]).padStart(
      4,
      '0',
    )}`;
    const kind = kinds[p] as Kind;
    if (kind === Kind.Duplicate) {
      const spec = FUNCTIONS[details[p]];
      rows[r] = factory.duplicateRow(id, spec, profile);
      join(groupId(spec), groupFunction(spec), id, agency);
    } else if (kind === Kind.Local) {
      const combination = singletonCombination(details[p]);
      rows[r] = factory.localRow(id, combination, profile);
      join(
        `dup-lokal-${slugify(`${combination.activity} ${combination.object}`)}`,
        `${combination.activity} ${combination.object}`.toLowerCase(),
        id,
        agency,
      );
    } else {
      const { variant } = trapVariants[details[p]];
      rows[r] = factory.trapRow(id, variant, profile);
      trapMembers[details[p]].push(id);
      const spec = variant.functionKey
        ? FUNCTIONS.find(f => f.key === variant.functionKey)
        : undefined;
      if (spec) join(groupId(spec), groupFunction(spec), id, agency);
    }
  }

  const duplicateGroups: DuplicateGroup[] = [...groupMembers.entries()]
    .filter(([, g]) => g.agencies.size >= 2)
    .map(([id, g]) => ({ id, function: g.fn, members: g.members }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const traps: TrapLabel[] = TRAPS.map((trap, t) => ({
    id: trap.id,
    name: trap.name,
    variants: trapVariants
      .map((tv, index) => ({ tv, index }))
      .filter(({ tv }) => tv.t === t)
      .map(({ tv, index }) => {
        const spec = tv.variant.functionKey
          ? FUNCTIONS.find(f => f.key === tv.variant.functionKey)
          : undefined;
        return {
          meaning: tv.variant.meaning,
          ...(spec ? { group: groupId(spec) } : {}),
          members: trapMembers[index],
        };
      }),
  })).filter(trap => trap.variants.some(v => v.members.length > 0));

  return {
    rows,
    agencies: generatedSeeds.map(agencyGroupEntity) as AgencyGroupEntity[],
    duplicateGroups,
    traps,
  };
}

function groupId(spec: FunctionSpec): string {
  return `dup-${spec.key}`;
}

function groupFunction(spec: FunctionSpec): string {
  return spec.platform
    ? `${spec.label}; platform: ${spec.platform.name}`
    : spec.label;
}

export type { AgencyProfile };
