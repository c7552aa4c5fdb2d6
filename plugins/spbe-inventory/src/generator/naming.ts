import type { FunctionSpec } from './functions';
import { Random } from './random';

/** What name and description templates need to know about the owning agency. */
export interface AgencyContext {
  /** Place written in names: "Kab. Bandung", "Kota Madiun", "Jabar", "Kemenkeu". */
  placeTag: string;
  /** Place in descriptions: "Kabupaten Bandung", "Kementerian Keuangan". */
  place: string;
  /** Head of the agency: Bupati, Wali Kota, Gubernur, Menteri, Kepala. */
  kepala: string;
}

const SUFFIX_QUALIFIERS = [
  'Online',
  'Daring',
  'Terpadu',
  'Terintegrasi',
  'Mobile',
  'Android',
  'versi 2.0',
  'v3',
  'Desktop',
  'Web',
];
const PREFIX_QUALIFIERS = ['Portal', 'Smart', 'Dashboard', 'Aplikasi'];

/** Misspellings seen in real inventories. */
const TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/Sistem/, 'Sistim'],
  [/Informasi/, 'Infomasi'],
  [/Informasi/, 'Informsi'],
  [/Manajemen/, 'Managemen'],
  [/Manajemen/, 'Menejemen'],
  [/Kepegawaian/, 'Kepegawain'],
  [/Pengaduan/, 'Pengaduaan'],
  [/Terintegrasi/, 'Terintergrasi'],
  [/Elektronik/, 'Elektonik'],
  [/Daerah/, 'Derah'],
  [/ /, '  '],
];

/** Writes an e-prefixed name the ways inventories do: e-Kinerja, E-Kinerja, eKinerja. */
export function ePrefixed(random: Random, stem: string): string {
  const compact = stem.replace(/\s+/g, '');
  switch (random.int(5)) {
    case 0:
      return `E-${stem}`;
    case 1:
      return `e${compact}`;
    case 2:
      return `e-${stem.toLowerCase()}`;
    default:
      return `e-${stem}`;
  }
}

/** izin/ijin and perizinan/perijinan are both written. */
export function izinVariant(random: Random, text: string): string {
  if (!/[iI]zin/.test(text) || !random.chance(0.4)) return text;
  return text.replace(/([iI])zin/g, '$1jin');
}

export function fillTemplate(template: string, agency: AgencyContext): string {
  return template
    .replace('{kepala}', agency.kepala)
    .replace('{tempat}', agency.place)
    .replace('{instansi}', agency.place);
}

/** A messy application name for a function, as one agency would write it. */
export function applicationName(
  random: Random,
  spec: FunctionSpec,
  agency: AgencyContext,
): string {
  let name: string;
  const roll = random.next();
  if (roll < 0.28 && spec.acronyms.length > 0) {
    const [acronym, expansion] = random.pick(spec.acronyms);
    name = `${acronym} (${expansion})`;
  } else if (roll < 0.42 && spec.acronyms.length > 0) {
    name = random.pick(spec.acronyms)[0];
  } else if (roll < 0.5 && spec.acronyms.length > 0) {
    name = random.pick(spec.acronyms)[1];
  } else if (roll < 0.68) {
    name = ePrefixed(random, random.pick(spec.eStems));
  } else if (roll < 0.76 && spec.modules) {
    name = random.pick(spec.modules);
  } else if (roll < 0.79 && spec.platform) {
    return random.pick(spec.platform.writtenAs);
  } else {
    name = fillTemplate(random.pick(spec.phrases), agency);
  }
  return decorate(random, name, agency);
}

/** Adds qualifiers, a place, izin/ijin variants, typos and case noise. */
export function decorate(
  random: Random,
  base: string,
  agency: AgencyContext,
): string {
  let name = base;
  if (random.chance(0.3)) {
    name = random.chance(0.75)
      ? `${name} ${random.pick(SUFFIX_QUALIFIERS)}`
      : `${random.pick(PREFIX_QUALIFIERS)} ${name}`;
  }
  if (random.chance(0.22) && !name.includes(agency.placeTag)) {
    name = `${name} ${agency.placeTag}`;
  }
  name = izinVariant(random, name);
  if (random.chance(0.06)) {
    const [pattern, replacement] = random.pick(TYPOS);
    name = name.replace(pattern, replacement);
  }
  if (random.chance(0.04)) name = name.toUpperCase();
  return name;
}

/** Writes a reference code the messy ways inventories do (ral.2.03, Rab.02.01, RAL 02.03). */
export function messyCode(random: Random, code: string): string {
  const [domain, ...levels] = code.split('.');
  let text = code;
  switch (random.int(8)) {
    case 0:
      text = [domain.toLowerCase(), ...levels.map(l => String(Number(l)))].join(
        '.',
      );
      break;
    case 1:
      text = [domain[0] + domain.slice(1).toLowerCase(), ...levels].join('.');
      break;
    case 2:
      // RAL.2.03.02.01: only the first level unpadded
      text = [domain, String(Number(levels[0])), ...levels.slice(1)].join('.');
      break;
    case 3:
      text = `${domain} ${levels.join('.')}`;
      break;
    default:
      break;
  }
  return text;
}
