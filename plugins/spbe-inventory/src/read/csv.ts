import { parse } from 'csv-parse/sync';
import { InventoryReadResult } from '../model';
import { decodeText } from './decode';
import { detectDelimiter } from './delimiter';
import { TabularRecord, tabularToRawRows } from './tabular';
import { validateRows } from './validateRows';

/**
 * Reads a CSV inventory: BOM, `,`/`;`/tab delimiter, quoted multi-line fields,
 * stray quotes inside unquoted fields. A record that cannot be parsed becomes a
 * row error; row numbers count records as a spreadsheet shows them (header = 1).
 */
export function parseCsvInventory(
  content: Buffer | string,
  fileName: string,
): InventoryReadResult {
  const text = decodeText(content);
  const skipped: Array<{ afterRecords: number; reason: string }> = [];
  const parsed = parse(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: err => {
      skipped.push({
        afterRecords: Number(err?.records ?? 0),
        reason: err
          ? `unparseable CSV record: ${err.message}`
          : 'unparseable CSV record',
      });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { records: number } }>;
  return validateRows(
    fileName,
    tabularToRawRows(fileName, mergeRecords(parsed, skipped), {
      strictCellCount: true,
    }),
  );
}

/**
 * Puts skipped records back in file order so that row numbers stay those of
 * the file: csv-parse counts only the records it returns.
 */
function* mergeRecords(
  parsed: Array<{ record: string[]; info: { records: number } }>,
  skipped: Array<{ afterRecords: number; reason: string }>,
): Generator<TabularRecord> {
  let s = 0;
  for (const { record, info } of parsed) {
    while (s < skipped.length && skipped[s].afterRecords < info.records) {
      yield {
        row: skipped[s].afterRecords + s + 1,
        cells: [],
        error: skipped[s].reason,
      };
      s++;
    }
    yield { row: info.records + s, cells: record };
  }
  for (; s < skipped.length; s++) {
    yield {
      row: skipped[s].afterRecords + s + 1,
      cells: [],
      error: skipped[s].reason,
    };
  }
}
