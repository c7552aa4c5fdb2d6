import type { InventoryRow } from '../model';
import type { FunctionSpec } from './functions';
import { applicationName, decorate, fillTemplate, messyCode } from './naming';
import type { AgencyProfile } from './profiles';
import { Random } from './random';
import { SINGLETON_DESCRIPTIONS, SINGLETON_FORMS } from './singletons';
import type { TrapVariant } from './traps';

const STATUSES = [
  'aktif',
  'aktif',
  'aktif',
  'aktif',
  'aktif',
  'aktif',
  'aktif',
  'nonaktif',
  'pengembangan',
];

/**
 * Writes rows the way agency inventories do: most optional fields often
 * empty, codes messy, instansi in one of the agency's written forms.
 */
export class RowFactory {
  constructor(private readonly random: Random) {}

  duplicateRow(
    id: string,
    spec: FunctionSpec,
    profile: AgencyProfile,
  ): InventoryRow {
    const random = this.random;
    const nama = applicationName(random, spec, profile.context);
    const isPlatform = spec.platform?.writtenAs.includes(nama) ?? false;
    const row = this.baseRow(id, nama, profile, isPlatform ? 'umum' : 'khusus');
    if (random.chance(0.62)) {
      row.deskripsi = fillTemplate(
        random.pick(spec.descriptions),
        profile.context,
      );
    }
    if (random.chance(0.5)) row.fungsi = random.pick(spec.fungsi);
    if (spec.ral && random.chance(0.45)) row.kode_ral = this.codes(spec.ral);
    if (spec.rab && random.chance(0.4)) row.kode_rab = this.codes(spec.rab);
    if (random.chance(0.35))
      row.kode_raa = messyCode(random, isPlatform ? 'RAA.01.02' : 'RAA.02');
    this.addUrl(row, nama, profile);
    return row;
  }

  localRow(
    id: string,
    combination: { activity: string; object: string },
    profile: AgencyProfile,
  ): InventoryRow {
    const random = this.random;
    const fill = (template: string) =>
      template
        .replace('{activity}', combination.activity)
        .replace('{object}', combination.object)
        .replace('{activityLower}', combination.activity.toLowerCase())
        .replace('{objectLower}', combination.object.toLowerCase())
        .replace('{tempat}', profile.context.place);
    const nama = decorate(
      random,
      fill(random.pick(SINGLETON_FORMS)),
      profile.context,
    );
    const row = this.baseRow(id, nama, profile, 'khusus');
    const deskripsi = fill(random.pick(SINGLETON_DESCRIPTIONS));
    if (deskripsi) row.deskripsi = deskripsi;
    if (random.chance(0.3))
      row.fungsi = `${
        combination.activity
      } ${combination.object.toLowerCase()}`;
    if (random.chance(0.3)) row.kode_raa = messyCode(random, 'RAA.02');
    this.addUrl(row, nama, profile);
    return row;
  }

  trapRow(
    id: string,
    variant: TrapVariant,
    profile: AgencyProfile,
  ): InventoryRow {
    const random = this.random;
    const row = this.baseRow(id, random.pick(variant.names), profile, 'khusus');
    const deskripsi = random.pick(variant.descriptions);
    if (deskripsi) row.deskripsi = deskripsi;
    return row;
  }

  private baseRow(
    id: string,
    nama: string,
    profile: AgencyProfile,
    jenis: string,
  ): InventoryRow {
    const random = this.random;
    const row: InventoryRow = {
      id,
      nama,
      instansi: random.chance(0.35)
        ? profile.seed.title
        : random.pick(profile.instansiForms),
    };
    if (!random.chance(0.02)) row.jenis = jenis;
    if (random.chance(0.92)) row.status = random.pick(STATUSES);
    if (random.chance(0.55)) row.tahun = String(2005 + random.int(20));
    return row;
  }

  /** One code, sometimes with an agency-defined deeper level, sometimes two codes. */
  private codes(codes: readonly string[]): string {
    const random = this.random;
    const code = random.pick(codes);
    const deeper = random.chance(0.15) ? `${code}.0${1 + random.int(3)}` : code;
    const first = messyCode(random, deeper);
    return random.chance(0.08)
      ? `${first}; ${messyCode(random, random.pick(codes))}`
      : first;
  }

  private addUrl(row: InventoryRow, nama: string, profile: AgencyProfile) {
    if (!this.random.chance(0.4)) return;
    const host = nama
      .toLowerCase()
      .replace(/\(.*\)/, '')
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 20);
    row.url = `https://${host || 'app'}.${profile.domain}`;
  }
}
