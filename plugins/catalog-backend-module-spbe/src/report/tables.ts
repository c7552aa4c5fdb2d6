import { InventoryRowError } from '@internal/spbe-inventory';
import { ImportReport, ImportStatus, NewImportReport } from './types';

export const IMPORT_REPORTS_TABLE = 'spbe_inventory_import_reports';

/** Row errors kept per report; the count keeps the full number. */
export const MAX_STORED_ROW_ERRORS = 10_000;

export interface ImportReportRow {
  id: number;
  file: string;
  path: string;
  started_at: Date | string | number;
  finished_at: Date | string | number;
  status: string;
  error: string | null;
  rows_total: number;
  rows_imported: number;
  rows_failed: number;
  entities_added: number;
  entities_updated: number;
  entities_removed: number;
  row_errors: string;
  row_error_count: number;
  content_hash: string | null;
}

export function toRow(report: NewImportReport): Omit<ImportReportRow, 'id'> {
  return {
    file: report.file,
    path: report.path,
    started_at: report.startedAt,
    finished_at: report.finishedAt,
    status: report.status,
    error: report.error ?? null,
    rows_total: report.counts.rows,
    rows_imported: report.counts.imported,
    rows_failed: report.counts.errors,
    entities_added: report.counts.added,
    entities_updated: report.counts.updated,
    entities_removed: report.counts.removed,
    row_errors: JSON.stringify(
      report.rowErrors.slice(0, MAX_STORED_ROW_ERRORS),
    ),
    row_error_count: Math.max(report.rowErrorCount, report.rowErrors.length),
    content_hash: report.contentHash ?? null,
  };
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export function fromRow(row: ImportReportRow): ImportReport {
  return {
    id: Number(row.id),
    file: row.file,
    path: row.path,
    startedAt: toDate(row.started_at),
    finishedAt: toDate(row.finished_at),
    status: row.status as ImportStatus,
    error: row.error ?? undefined,
    counts: {
      rows: Number(row.rows_total),
      imported: Number(row.rows_imported),
      errors: Number(row.rows_failed),
      added: Number(row.entities_added),
      updated: Number(row.entities_updated),
      removed: Number(row.entities_removed),
    },
    rowErrors: JSON.parse(row.row_errors) as InventoryRowError[],
    rowErrorCount: Number(row.row_error_count),
    contentHash: row.content_hash ?? undefined,
  };
}
