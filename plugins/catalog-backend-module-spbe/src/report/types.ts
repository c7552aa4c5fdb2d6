import { InventoryRowError } from '@internal/spbe-inventory';

export type ImportStatus = 'ok' | 'parse-failed';

export interface ImportCounts {
  /** Rows read from the file, good and bad. */
  rows: number;
  /** Rows that became entities. */
  imported: number;
  /** Rows rejected (reader errors and unresolvable agencies). */
  errors: number;
  added: number;
  updated: number;
  removed: number;
}

/** The outcome of one import run of one inventory file. */
export interface ImportReport {
  id: number;
  /** File base name; reports are keyed by it. */
  file: string;
  path: string;
  startedAt: Date;
  finishedAt: Date;
  status: ImportStatus;
  /** Why the file could not be parsed (status `parse-failed`). */
  error?: string;
  counts: ImportCounts;
  /** Row errors, at most MAX_STORED_ROW_ERRORS of them. */
  rowErrors: InventoryRowError[];
  /** Number of row errors, also those past the cap. */
  rowErrorCount: number;
  contentHash?: string;
}

export type NewImportReport = Omit<ImportReport, 'id'>;

/** Keeps the import reports. */
export interface ImportReportStore {
  addReport(report: NewImportReport): Promise<ImportReport>;
  /** The latest report of every file, by file name. */
  listLatestReports(): Promise<ImportReport[]>;
  /** The reports of one file, newest first. */
  listReports(options: {
    file: string;
    limit: number;
  }): Promise<ImportReport[]>;
}
