import { InputError } from '@backstage/errors';

/** One application (aplikasi) of an agency inventory. */
export interface InventoryRow {
  id: string;
  nama: string;
  deskripsi?: string;
  fungsi?: string;
  instansi?: string;
  jenis?: string;
  kode_ral?: string;
  kode_rab?: string;
  kode_raa?: string;
  status?: string;
  tahun?: string;
  url?: string;
  /** Data used (data yang digunakan), `;`-separated. */
  data?: string;
  /** DPI building blocks consumed, `;`-separated block ids. */
  dpi?: string;
}

/** A column of the inventory, in the order the writer puts them. */
export type InventoryColumn = keyof InventoryRow;

/** Columns every inventory file writes, in order. */
export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  'id',
  'nama',
  'deskripsi',
  'fungsi',
  'instansi',
  'jenis',
  'kode_ral',
  'kode_rab',
  'kode_raa',
  'status',
  'tahun',
  'url',
];

/** Optional extra columns, written only when some row has a value. */
export const EXTRA_INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  'data',
  'dpi',
];

/** Columns without which a file cannot be read. */
export const REQUIRED_INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  'id',
  'nama',
];

/** A row that could not be read; the rest of the file still is. */
export interface InventoryRowError {
  file: string;
  /** Row number as a spreadsheet shows it (header row = 1); YAML: item position. */
  row: number;
  column?: string;
  value?: string;
  reason: string;
}

export interface InventoryReadResult {
  file: string;
  rows: Array<InventoryRow & { rowNumber: number }>;
  errors: InventoryRowError[];
}

export type InventoryFormat = 'csv' | 'xlsx' | 'yaml';

/** A whole file could not be read: unparseable, or without an id/nama column. */
export class InventoryFileError extends InputError {}
