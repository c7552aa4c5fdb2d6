/** Values that inventories write for "nothing". */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '\u2013',
  '\u2014',
  'n/a',
  '#n/a',
  'null',
  'nil',
]);

/** Trims a cell; empty cells and placeholders such as `-` become undefined. */
export function cleanCell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.replace(/^\uFEFF/, '').trim();
  if (!trimmed || PLACEHOLDERS.has(trimmed.toLowerCase())) return undefined;
  return trimmed;
}
