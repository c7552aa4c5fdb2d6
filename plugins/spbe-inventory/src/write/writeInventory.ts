import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { createWriteStream } from 'fs';
import { extname } from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { InventoryColumn, InventoryFileError, InventoryRow } from '../model';
import { columnsFor } from './columns';

/** Name of the worksheet the XLSX writer creates (the reader looks for it). */
export const INVENTORY_SHEET_NAME = 'Aplikasi';

/**
 * Writes rows to a `.csv` (UTF-8 with BOM so that Excel shows Indonesian text
 * right, `,` delimiter, header row) or `.xlsx` file (worksheet "Aplikasi").
 * Both stream, so large inventories are not held twice in memory.
 */
export async function writeInventoryFile(
  path: string,
  rows: InventoryRow[],
): Promise<void> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return writeCsv(path, rows);
  if (extension === '.xlsx') return writeXlsx(path, rows);
  throw new InventoryFileError(
    `${path}: can only write .csv or .xlsx inventories`,
  );
}

async function writeCsv(path: string, rows: InventoryRow[]): Promise<void> {
  const columns = columnsFor(rows);
  await pipeline(
    Readable.from(cellRows(rows, columns)),
    stringify({ header: true, columns, bom: true, record_delimiter: 'unix' }),
    createWriteStream(path),
  );
}

async function writeXlsx(path: string, rows: InventoryRow[]): Promise<void> {
  const columns = columnsFor(rows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(INVENTORY_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(column => ({
    header: column,
    key: column,
    width: widthOf(column),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) {
    sheet.addRow(columns.map(column => row[column] ?? null)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

function* cellRows(
  rows: readonly InventoryRow[],
  columns: readonly InventoryColumn[],
) {
  for (const row of rows) yield columns.map(column => row[column] ?? '');
}

function widthOf(column: string): number {
  if (column === 'nama' || column === 'deskripsi' || column === 'fungsi')
    return 40;
  if (column === 'instansi' || column === 'url') return 30;
  return 14;
}
