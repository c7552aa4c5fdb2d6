import { tokenize } from './tokens';

const PLACE_MARKERS = new Set([
  'kabupaten',
  'kab',
  'kota',
  'provinsi',
  'prov',
  'pemkab',
  'pemkot',
  'pemprov',
  'kecamatan',
  'desa',
  'kelurahan',
]);

/**
 * The place words of an agency name ("Dinas Kesehatan Kota Bogor" and
 * "pemkab-bogor" give "bogor"): the words after its last place marker.
 */
export function agencyPlaceWords(agency: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!agency) return out;
  const tokens = tokenize(agency.replace(/[-_]/g, ' ')).map(t => t.lower);
  let start = -1;
  tokens.forEach((t, i) => {
    if (PLACE_MARKERS.has(t)) start = i;
  });
  for (const t of tokens.slice(start + 1)) {
    if (start >= 0 && !PLACE_MARKERS.has(t)) out.add(t);
  }
  return out;
}
