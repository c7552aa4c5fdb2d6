import type { Jenis } from './entities';

const JENIS_VARIANTS: Record<string, Jenis> = {
  umum: 'umum',
  u: 'umum',
  'aplikasi umum': 'umum',
  khusus: 'khusus',
  k: 'khusus',
  'aplikasi khusus': 'khusus',
};

/**
 * Maps an inventory's jenis column to `umum` / `khusus` (also "Aplikasi Umum",
 * "U", "K"); an unknown value is kept as written so that its reader can report it.
 */
export function mapJenis(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLocaleLowerCase('id-ID').replace(/\s+/g, ' ');
  return JENIS_VARIANTS[key] ?? value;
}
