/** Reads a timestamp column the way each engine returns it (Date, ISO or SQLite text, epoch ms). */
export function toIso(value: Date | string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  // SQLite returns 'YYYY-MM-DD HH:MM:SS' for CURRENT_TIMESTAMP-like values
  const text = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

export function parseJson<T>(value: string | null | undefined, fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  return JSON.parse(value) as T;
}

/** Counts come back as number (SQLite) or string (PostgreSQL bigint). */
export function toNumber(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** Knex `update()` answers a count; normalise across engines. */
export function affected(result: number | number[] | unknown): number {
  if (typeof result === 'number') return result;
  if (Array.isArray(result)) return result.length;
  return 0;
}
