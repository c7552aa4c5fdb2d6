import type { InventoryColumn } from '../model';

/**
 * Header names seen in agency inventories, by column. Matching ignores case,
 * spaces, underscores and punctuation (`Nama Aplikasi` = `nama_aplikasi`).
 */
const HEADER_ALIASES: Record<InventoryColumn, readonly string[]> = {
  id: ['id', 'id aplikasi', 'kode aplikasi', 'app id', 'application id'],
  nama: [
    'nama',
    'nama aplikasi',
    'aplikasi',
    'nama sistem',
    'name',
    'title',
    'judul',
  ],
  deskripsi: [
    'deskripsi',
    'deskripsi aplikasi',
    'keterangan',
    'uraian',
    'penjelasan',
    'description',
  ],
  fungsi: ['fungsi', 'fungsi aplikasi', 'kegunaan', 'function'],
  instansi: [
    'instansi',
    'nama instansi',
    'instansi pemilik',
    'pemilik',
    'pemilik aplikasi',
    'produsen aplikasi',
    'opd',
    'owner',
    'agency',
    'kementerian lembaga',
    'pemerintah daerah',
  ],
  jenis: ['jenis', 'jenis aplikasi', 'klasifikasi', 'type'],
  kode_ral: ['kode ral', 'ral', 'referensi arsitektur layanan'],
  kode_rab: ['kode rab', 'rab', 'referensi arsitektur proses bisnis'],
  kode_raa: ['kode raa', 'raa', 'referensi arsitektur aplikasi'],
  status: ['status', 'status aplikasi', 'status aktif', 'kondisi'],
  tahun: [
    'tahun',
    'tahun pembuatan',
    'tahun pembangunan',
    'tahun dibangun',
    'tahun anggaran',
    'year',
  ],
  url: [
    'url',
    'link',
    'tautan',
    'alamat url',
    'alamat aplikasi',
    'website',
    'situs',
  ],
  data: ['data', 'data yang digunakan', 'data digunakan'],
  dpi: ['dpi', 'blok dpi', 'dpi block'],
};

/** Reduces a header to lower-case letters and digits: `Nama_Aplikasi ` -> `namaaplikasi`. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_LOOKUP: ReadonlyMap<string, InventoryColumn> = new Map(
  (
    Object.entries(HEADER_ALIASES) as Array<
      [InventoryColumn, readonly string[]]
    >
  ).flatMap(([column, aliases]) =>
    aliases.map(alias => [normalizeHeader(alias), column] as const),
  ),
);

/** The inventory column a header names, or undefined for an unknown column. */
export function resolveHeader(header: string): InventoryColumn | undefined {
  return HEADER_LOOKUP.get(normalizeHeader(header));
}

/**
 * Maps each header cell to its column. When two headers name the same column
 * the first wins, so a later `Keterangan` does not overwrite `Deskripsi`.
 */
export function mapHeaders(
  headers: readonly string[],
): Array<InventoryColumn | undefined> {
  const seen = new Set<InventoryColumn>();
  return headers.map(header => {
    const column = resolveHeader(header);
    if (!column || seen.has(column)) return undefined;
    seen.add(column);
    return column;
  });
}
