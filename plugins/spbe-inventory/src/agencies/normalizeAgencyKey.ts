/**
 * Word forms that mean the same in agency names, rewritten to one form so that
 * "Pemerintah Kabupaten Bandung", "Pemkab Bandung" and "PEMKAB. BANDUNG" meet.
 * Applied in order to the lower-cased, space-separated text.
 */
const CANONICAL_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\b(pemerintah daerah|pemerintah|pemda) (kabupaten|kab)\b/g, 'pemkab'],
  [/\b(pemerintah daerah|pemerintah|pemda) kota\b/g, 'pemkot'],
  [
    /\b(pemerintah daerah|pemerintah|pemda) (provinsi|propinsi|prov)\b/g,
    'pemprov',
  ],
  [/\bkabupaten\b/g, 'kab'],
  [/\b(provinsi|propinsi)\b/g, 'prov'],
  [/\bkementrian\b/g, 'kementerian'],
  // "Kementerian Keuangan Republik Indonesia", "KEMENKEU RI"
  [/ (republik indonesia|ri)$/, ''],
];

/**
 * The key under which an agency name is looked up: lower case, accents and
 * punctuation removed, whitespace collapsed, common word variants made one
 * (kabupaten = kab, pemerintah kota = pemkot, trailing "RI" dropped).
 * The inventory reader, generator and catalog import all resolve through it.
 */
export function normalizeAgencyKey(text: string): string {
  let key = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of CANONICAL_FORMS) {
    key = key.replace(pattern, replacement);
  }
  return key.trim();
}
