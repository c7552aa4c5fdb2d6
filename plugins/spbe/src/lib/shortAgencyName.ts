/**
 * The usual short forms of Indonesian agency name prefixes, longest first
 * ("Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan" ->
 * "Kemenko Pembangunan Manusia dan Kebudayaan", "Pemerintah Kabupaten Bogor"
 * -> "Pemkab Bogor"). For chart axes, where full names are cut and would all
 * start alike; tooltips and tables keep the full name.
 */
const PREFIXES: Array<[RegExp, string]> = [
  [/^Kementerian Koordinator Bidang\s+/i, 'Kemenko '],
  [/^Kementerian Koordinator\s+/i, 'Kemenko '],
  [/^Pemerintah Provinsi\s+/i, 'Pemprov '],
  [/^Pemerintah Kabupaten\s+/i, 'Pemkab '],
  [/^Pemerintah Kota\s+/i, 'Pemkot '],
  [/^Kementerian\s+/i, 'Kem. '],
  [/^Badan\s+/i, 'Bdn. '],
];

export function shortAgencyName(title: string): string {
  for (const [pattern, short] of PREFIXES) {
    if (pattern.test(title)) return title.replace(pattern, short);
  }
  return title;
}
