import {
  ANNOTATION_ALIASES,
  ANNOTATION_SINGKATAN,
  isAgencyType,
} from '@internal/plugin-spbe-common';
import { join } from 'path';
import type { AgencySeed } from './types';
import { groupRefName, readCatalogDocuments } from '../read/catalogEntities';

/**
 * Reads the agency Group entities under `<catalogInfoDir>/agencies` (all
 * `.yaml`/`.yml` files, recursively, multi-document). Groups whose spec.type is
 * an agency type become seeds; singkatan and `;`-separated aliases become
 * aliases. A missing directory yields no seeds; invalid YAML throws.
 */
export async function loadAgencySeeds(
  catalogInfoDir: string,
): Promise<AgencySeed[]> {
  const seeds: AgencySeed[] = [];
  for (const value of await readCatalogDocuments(join(catalogInfoDir, 'agencies'))) {
    const seed = groupToSeed(value);
    if (seed) seeds.push(seed);
  }
  return seeds;
}

/** A Group entity of an agency type as a seed; anything else is undefined. */
export function groupToSeed(value: unknown): AgencySeed | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entity = value as {
    kind?: unknown;
    metadata?: {
      name?: unknown;
      title?: unknown;
      annotations?: Record<string, unknown>;
    };
    spec?: { type?: unknown; parent?: unknown };
  };
  if (String(entity.kind).toLowerCase() !== 'group') return undefined;
  const name = entity.metadata?.name;
  const type = entity.spec?.type;
  if (typeof name !== 'string' || !isAgencyType(type)) return undefined;
  const annotations = entity.metadata?.annotations ?? {};
  const aliases = [
    annotations[ANNOTATION_SINGKATAN],
    annotations[ANNOTATION_ALIASES],
  ]
    .filter((v): v is string => typeof v === 'string')
    .flatMap(v => v.split(';'))
    .map(v => v.trim())
    .filter(Boolean);
  const seed: AgencySeed = {
    name,
    title:
      typeof entity.metadata?.title === 'string' ? entity.metadata.title : name,
    type,
  };
  const parent = groupRefName(entity.spec?.parent);
  if (parent) seed.parent = parent;
  if (aliases.length > 0) seed.aliases = aliases;
  return seed;
}
