import { ANNOTATION_ALIASES, KABUPATEN_KOTA } from '@internal/plugin-spbe-common';
import type { AgencySeed } from '../agencies/types';
import { PROVINCES } from '../data/provinces';

/** A Group entity of an agency, as written to agencies.yaml. */
export interface AgencyGroupEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Group';
  metadata: {
    name: string;
    title: string;
    description?: string;
    annotations: Record<string, string>;
  };
  spec: { type: string; parent?: string; children: string[] };
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function provinceGroupName(slug: string): string {
  return `prov-${slug}`;
}

/**
 * Province seeds for every province that `existing` lacks (all 38 when the
 * agency files hold none yet).
 */
export function missingProvinceSeeds(
  existing: readonly AgencySeed[],
): AgencySeed[] {
  const names = new Set(existing.map(a => a.name));
  return PROVINCES.filter(p => !names.has(provinceGroupName(p.slug))).map(
    p => ({
      name: provinceGroupName(p.slug),
      title: `Pemerintah Provinsi ${p.name}`,
      type: 'pemprov',
      aliases: [
        `Pemprov ${p.name}`,
        `Provinsi ${p.name}`,
        ...(p.singkatan
          ? [`Pemprov ${p.singkatan}`, `Provinsi ${p.singkatan}`]
          : []),
      ],
    }),
  );
}

/** Kabupaten and kota seeds (pemkab/pemkot), `spec.parent` their province. */
export function localGovernmentSeeds(): AgencySeed[] {
  const seeds: AgencySeed[] = [];
  for (const [provinceSlug, { kab, kota }] of Object.entries(KABUPATEN_KOTA)) {
    const parent = provinceGroupName(provinceSlug);
    for (const place of kab) {
      seeds.push({
        name: `kab-${slugify(place)}`,
        title: `Pemerintah Kabupaten ${place}`,
        type: 'pemkab',
        parent,
        aliases: [
          `Kabupaten ${place}`,
          `Kab. ${place}`,
          `Pemkab ${place}`,
          `Pemda Kab. ${place}`,
        ],
      });
    }
    for (const place of kota) {
      seeds.push({
        name: `kota-${slugify(place)}`,
        title: `Pemerintah Kota ${place}`,
        type: 'pemkot',
        parent,
        aliases: [`Kota ${place}`, `Pemkot ${place}`, `Pemda Kota ${place}`],
      });
    }
  }
  return seeds;
}

/** The Group entity of a generated agency seed. */
export function agencyGroupEntity(seed: AgencySeed): AgencyGroupEntity {
  const annotations: Record<string, string> = {};
  if (seed.aliases?.length)
    annotations[ANNOTATION_ALIASES] = seed.aliases.join('; ');
  const entity: AgencyGroupEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: seed.name, title: seed.title, annotations },
    spec: { type: seed.type, children: [] },
  };
  if (seed.parent) entity.spec.parent = seed.parent;
  return entity;
}
