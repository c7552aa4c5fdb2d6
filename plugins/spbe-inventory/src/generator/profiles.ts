import type { AgencySeed } from '../agencies/types';
import type { AgencyScope } from './functions';
import type { AgencyContext } from './naming';

/** What the generator knows about one agency. */
export interface AgencyProfile {
  seed: AgencySeed;
  scope: AgencyScope;
  context: AgencyContext;
  /** How rows write the agency; each resolves back to it. */
  instansiForms: string[];
  /** Relative number of applications. */
  weight: number;
  /** Domain of its application URLs. */
  domain: string;
}

const WEIGHT_BY_TYPE: Record<string, number> = {
  kemenko: 1,
  kementerian: 4,
  lpnk: 2,
  lembaga: 1.5,
  pemprov: 3,
  pemkab: 1.4,
  pemkot: 1.6,
};

const KEPALA_BY_TYPE: Record<string, string> = {
  kemenko: 'Menko',
  kementerian: 'Menteri',
  pemprov: 'Gubernur',
  pemkab: 'Bupati',
  pemkot: 'Wali Kota',
};

export function scopeOf(type: string): AgencyScope {
  if (type === 'pemprov' || type === 'pemkab' || type === 'pemkot') return type;
  return 'pusat';
}

/** The place of a local government: "Pemerintah Kabupaten Bandung" -> "Bandung". */
function placeOf(seed: AgencySeed): string {
  return seed.title
    .replace(/^Pemerintah (Daerah )?(Provinsi|Kabupaten|Kota)\s+/i, '')
    .trim();
}

/** Shortest alias, taken as the singkatan when the agency files give one. */
function shortName(seed: AgencySeed): string {
  const aliases = (seed.aliases ?? []).filter(a => a.length <= 24);
  return aliases.length > 0
    ? aliases.reduce((a, b) => (b.length < a.length ? b : a))
    : seed.title;
}

/**
 * Builds the profile of each agency. `resolve` is the resolver of all
 * agencies: only written forms that resolve back to the agency are kept.
 */
export function buildProfiles(
  agencies: readonly AgencySeed[],
  resolve: (instansi: string) => string | undefined,
): AgencyProfile[] {
  return agencies.map(seed => {
    const scope = scopeOf(seed.type);
    const place = placeOf(seed);
    const short = shortName(seed);
    let context: AgencyContext;
    let candidates: string[];
    let domain: string;
    const compact = place.toLowerCase().replace(/[^a-z0-9]/g, '');
    switch (seed.type) {
      case 'pemkab':
        context = {
          placeTag: `Kab. ${place}`,
          place: `Kabupaten ${place}`,
          kepala: 'Bupati',
        };
        candidates = [
          `Kabupaten ${place}`,
          `Pemkab ${place}`,
          `KAB. ${place.toUpperCase()}`,
          `Pemerintah Kab. ${place}`,
          `Kab ${place}`,
        ];
        domain = `${compact}kab.go.id`;
        break;
      case 'pemkot':
        context = {
          placeTag: `Kota ${place}`,
          place: `Kota ${place}`,
          kepala: 'Wali Kota',
        };
        candidates = [
          `Kota ${place}`,
          `Pemkot ${place}`,
          `PEMKOT ${place.toUpperCase()}`,
          `Pemerintah Kota ${place}`,
        ];
        domain = `${compact}kota.go.id`;
        break;
      case 'pemprov':
        context = {
          placeTag: short,
          place: `Provinsi ${place}`,
          kepala: 'Gubernur',
        };
        candidates = [
          `Pemprov ${place}`,
          `Provinsi ${place}`,
          `Pemerintah Provinsi ${place}`,
        ];
        domain = `${compact}prov.go.id`;
        break;
      default:
        context = {
          placeTag: short,
          place: seed.title,
          kepala: KEPALA_BY_TYPE[seed.type] ?? 'Kepala',
        };
        candidates = [
          short.toUpperCase(),
          `${short.toUpperCase()} RI`,
          `${seed.title} Republik Indonesia`,
          seed.title.toUpperCase(),
        ];
        domain = `${seed.name.replace(/[^a-z0-9]/g, '')}.go.id`;
    }
    const forms = [seed.title, ...(seed.aliases ?? []), ...candidates];
    const instansiForms = [...new Set(forms)].filter(
      form => resolve(form) === seed.name,
    );
    return {
      seed,
      scope,
      context,
      instansiForms: instansiForms.length > 0 ? instansiForms : [seed.name],
      weight: WEIGHT_BY_TYPE[seed.type] ?? 1,
      domain,
    };
  });
}
