import {
  InventoryColumn,
  InventoryFileError,
  REQUIRED_INVENTORY_COLUMNS,
} from '../model';
import { mapHeaders } from './headers';
import { RawInventoryRow, isBlankRow } from './validateRows';

/** One record of a CSV file or worksheet: its row number and cell texts. */
export interface TabularRecord {
  row: number;
  cells: string[];
  /** Set when the record could not be parsed. */
  error?: string;
}

/** How many leading records may hold a title before the header row. */
const HEADER_SEARCH_LIMIT = 10;

/**
 * Turns records into raw rows: finds the header row (the first record among the
 * first few that names both id and nama, so a title row above the table is
 * fine), maps headers to columns and drops blank rows. Throws
 * InventoryFileError naming the missing column when no header row is found.
 */
export function* tabularToRawRows(
  fileName: string,
  records: Iterable<TabularRecord>,
  options: { strictCellCount?: boolean } = {},
): Generator<RawInventoryRow> {
  let columns: Array<InventoryColumn | undefined> | undefined;
  let headerCellCount = 0;
  let firstHeaderCandidate: string[] | undefined;
  let searched = 0;

  for (const record of records) {
    if (!columns) {
      if (record.error || record.cells.every(c => !c.trim())) continue;
      const mapped = mapHeaders(record.cells);
      if (REQUIRED_INVENTORY_COLUMNS.every(c => mapped.includes(c))) {
        columns = mapped;
        headerCellCount = record.cells.length;
        continue;
      }
      firstHeaderCandidate ??= record.cells;
      searched += 1;
      if (searched >= HEADER_SEARCH_LIMIT) break;
      continue;
    }
    if (record.error) {
      yield { row: record.row, values: {}, error: { reason: record.error } };
      continue;
    }
    const values: Partial<Record<InventoryColumn, string>> = {};
    for (let index = 0; index < record.cells.length; index++) {
      const column = columns[index];
      if (column) values[column] = record.cells[index];
    }
    const raw: RawInventoryRow = { row: record.row, values };
    if (isBlankRow(raw)) continue;
    const extra = record.cells.slice(headerCellCount).filter(c => c.trim());
    if (options.strictCellCount && extra.length > 0) {
      yield {
        row: record.row,
        values,
        error: {
          reason: `row has ${record.cells.length} cells but the header has ${headerCellCount}; a delimiter or quote is probably misplaced`,
          value: extra[0],
        },
      };
      continue;
    }
    yield raw;
  }

  if (!columns) {
    throw missingColumnsError(fileName, firstHeaderCandidate);
  }
}

function missingColumnsError(fileName: string, header: string[] | undefined) {
  if (!header) {
    return new InventoryFileError(
      `${fileName}: the file holds no header row (it is empty)`,
    );
  }
  const mapped = mapHeaders(header);
  const missing = REQUIRED_INVENTORY_COLUMNS.filter(c => !mapped.includes(c));
  return new InventoryFileError(
    `${fileName}: missing column ${missing.join(
      ' and ',
    )}; the header row has ${header.map(h => `"${h}"`).join(', ')}`,
  );
}
