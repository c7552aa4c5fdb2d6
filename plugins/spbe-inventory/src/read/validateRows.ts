import {
  InventoryColumn,
  InventoryReadResult,
  InventoryRow,
  InventoryRowError,
  REQUIRED_INVENTORY_COLUMNS,
} from '../model';
import { cleanCell } from './cells';

/** One data row before validation: raw values by column. */
export interface RawInventoryRow {
  row: number;
  values: Partial<Record<InventoryColumn, string>>;
  /** Set when the row itself is broken (for example an unparseable CSV record). */
  error?: { reason: string; column?: string; value?: string };
}

const YEAR_PATTERN = /^(19[5-9]\d|20\d\d|2100)$/;

type FieldCheck = (value: string) => string | undefined;

const FIELD_CHECKS: Partial<Record<InventoryColumn, FieldCheck>> = {
  tahun: value =>
    YEAR_PATTERN.test(value)
      ? undefined
      : `tahun "${value}" is not a year (four digits, 1950-2100)`,
};

/**
 * Validates raw rows: id and nama present, ids unique, field formats. Bad rows
 * become errors with their row number; good rows are returned in file order.
 */
export function validateRows(
  fileName: string,
  rawRows: Iterable<RawInventoryRow>,
): InventoryReadResult {
  const rows: InventoryReadResult['rows'] = [];
  const errors: InventoryRowError[] = [];
  const firstRowById = new Map<string, number>();

  for (const raw of rawRows) {
    if (raw.error) {
      errors.push({ file: fileName, row: raw.row, ...raw.error });
      continue;
    }
    const row: Partial<InventoryRow> & { rowNumber: number } = {
      rowNumber: raw.row,
    };
    let rowError: InventoryRowError | undefined;
    for (const [column, rawValue] of Object.entries(raw.values) as Array<
      [InventoryColumn, string | undefined]
    >) {
      const value = cleanCell(rawValue);
      if (value === undefined) continue;
      const reason = FIELD_CHECKS[column]?.(value);
      if (reason && !rowError) {
        rowError = { file: fileName, row: raw.row, column, value, reason };
      }
      row[column] = value;
    }
    for (const column of REQUIRED_INVENTORY_COLUMNS) {
      if (row[column] === undefined) {
        rowError = {
          file: fileName,
          row: raw.row,
          column,
          reason: `missing ${column}`,
        };
        break;
      }
    }
    if (!rowError) {
      const firstRow = firstRowById.get(row.id!);
      if (firstRow !== undefined) {
        rowError = {
          file: fileName,
          row: raw.row,
          column: 'id',
          value: row.id,
          reason: `duplicate id "${row.id}", first used in row ${firstRow}`,
        };
      }
    }
    if (rowError) {
      errors.push(rowError);
      continue;
    }
    firstRowById.set(row.id!, raw.row);
    rows.push(row as InventoryRow & { rowNumber: number });
  }
  return { file: fileName, rows, errors };
}

/** True when a row holds no value at all (blank lines in a spreadsheet). */
export function isBlankRow(raw: RawInventoryRow): boolean {
  return (
    !raw.error &&
    Object.values(raw.values).every(v => cleanCell(v) === undefined)
  );
}
