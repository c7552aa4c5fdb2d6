/**
 * Agencies (instansi) are `Group` entities; `spec.type` says which kind of
 * agency, `spec.parent` builds the hierarchy Kemenko > Kementerian and
 * Provinsi > Kabupaten/Kota.
 */
export const AGENCY_TYPES = [
  'kemenko',
  'kementerian',
  'lpnk',
  'lembaga',
  'pemprov',
  'pemkab',
  'pemkot',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

/** The Group `spec.type` that marks a coordinating ministry. */
export const COORDINATOR_AGENCY_TYPE: AgencyType = 'kemenko';

/** Group `spec.type` values that are agencies (as opposed to teams or roles). */
export function isAgencyType(type: unknown): type is AgencyType {
  return (
    typeof type === 'string' && (AGENCY_TYPES as readonly string[]).includes(type)
  );
}

/** Cabinet structures an agency can belong to. */
export const CABINETS = ['indonesia-maju', 'merah-putih'] as const;
export type Cabinet = (typeof CABINETS)[number];
