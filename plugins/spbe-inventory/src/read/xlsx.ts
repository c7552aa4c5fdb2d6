import ExcelJS from 'exceljs';
import { InventoryFileError, InventoryReadResult } from '../model';
import { normalizeHeader } from './headers';
import { TabularRecord, tabularToRawRows } from './tabular';
import { validateRows } from './validateRows';

/** Worksheet names (normalised) that hold the application list. */
const INVENTORY_SHEET_HINTS = [
  'aplikasi',
  'inventaris',
  'inventory',
  'application',
];

/**
 * Reads an XLSX inventory: the first worksheet whose name contains "aplikasi"
 * or "inventaris" (e.g. "Daftar Aplikasi"), otherwise the first worksheet. Row
 * numbers are the worksheet's.
 */
export async function parseXlsxInventory(
  content: Buffer | string,
  fileName: string,
): Promise<InventoryReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer =
      typeof content === 'string' ? Buffer.from(content, 'binary') : content;
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new InventoryFileError(
      `${fileName}: not a readable XLSX workbook (${(error as Error).message})`,
    );
  }
  const sheet = pickWorksheet(workbook);
  if (!sheet) {
    throw new InventoryFileError(`${fileName}: the workbook has no worksheet`);
  }
  return validateRows(
    fileName,
    tabularToRawRows(fileName, worksheetRecords(sheet)),
  );
}

function pickWorksheet(
  workbook: ExcelJS.Workbook,
): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  return (
    sheets.find(sheet => {
      const name = normalizeHeader(sheet.name);
      return INVENTORY_SHEET_HINTS.some(hint => name.includes(hint));
    }) ?? sheets[0]
  );
}

function* worksheetRecords(sheet: ExcelJS.Worksheet): Generator<TabularRecord> {
  const records: TabularRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    records.push({ row: rowNumber, cells });
  });
  yield* records;
}

/** The text of a cell value: rich text joined, formulas by result, hyperlinks by text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText.map(part => part.text).join('');
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text;
    return typeof text === 'string'
      ? text
      : cellText(text as ExcelJS.CellValue);
  }
  if ('result' in value)
    return cellText(
      (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue,
    );
  if ('error' in value) return '';
  return '';
}
