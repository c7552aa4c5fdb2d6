import { ApplicationStatus, Jenis } from '@internal/plugin-spbe-common';

const JENIS_VARIANTS: Record<string, Jenis> = {
  umum: 'umum',
  u: 'umum',
  'aplikasi umum': 'umum',
  khusus: 'khusus',
  k: 'khusus',
  'aplikasi khusus': 'khusus',
};

/**
 * Maps the jenis column to `umum` / `khusus` (also "Aplikasi Umum", "U", "K");
 * an unknown value is kept as written so that the processor reports it.
 */
export function mapJenis(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLocaleLowerCase('id-ID').replace(/\s+/g, ' ');
  return JENIS_VARIANTS[key] ?? value;
}

const LIFECYCLE_BY_STATUS: Record<ApplicationStatus, string> = {
  aktif: 'production',
  pengembangan: 'experimental',
  nonaktif: 'deprecated',
};

/** The Backstage lifecycle of a status; empty and unknown statuses give `production`. */
export function lifecycleOf(status: string | undefined): string {
  const key = status?.trim().toLocaleLowerCase('id-ID') as
    | ApplicationStatus
    | undefined;
  return (key ? LIFECYCLE_BY_STATUS[key] : undefined) ?? 'production';
}
