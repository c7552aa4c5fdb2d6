import { ResponseError } from '@backstage/errors';
import {
  createApiRef,
  type DiscoveryApi,
  type FetchApi,
} from '@backstage/frontend-plugin-api';

/**
 * Types and client of the inventory import reports, served by the catalog
 * module `catalog-backend-module-spbe` under `/api/catalog/spbe/import-reports`
 * (permission `spbe.import.read`). Dates arrive as ISO strings.
 */

/** `ok`, or `parse-failed` when the file could not be read at all. */
export type ImportStatus = 'ok' | 'parse-failed';

/** @public */
export interface ImportCounts {
  /** Rows read from the file, good and bad. */
  rows: number;
  /** Rows that became entities. */
  imported: number;
  /** Rows rejected. */
  errors: number;
  added: number;
  updated: number;
  removed: number;
}

/** @public */
export interface ImportRowError {
  file: string;
  /** Row number as a spreadsheet shows it (header row = 1); YAML: item position. */
  row: number;
  column?: string;
  value?: string;
  reason: string;
}

/** The outcome of one import run of one inventory file. @public */
export interface ImportReport {
  id: number;
  file: string;
  path: string;
  startedAt: string;
  finishedAt: string;
  status: ImportStatus;
  /** Why the file could not be parsed (status `parse-failed`). */
  error?: string;
  counts: ImportCounts;
  /** Row errors, capped by the backend. */
  rowErrors: ImportRowError[];
  /** Number of row errors, also those past the cap. */
  rowErrorCount: number;
  contentHash?: string;
}

/** @public */
export interface ImportReportsApi {
  /** The latest report of every inventory file. */
  listLatestImportReports(): Promise<ImportReport[]>;
  /** The reports of one file, newest first. */
  listImportReports(
    file: string,
    options?: { limit?: number },
  ): Promise<ImportReport[]>;
}

/** @public */
export const importReportsApiRef = createApiRef<ImportReportsApi>({
  id: 'plugin.spbe.import-reports',
});

/**
 * Client of the import report routes of the catalog backend.
 *
 * @public
 */
export class ImportReportsClient implements ImportReportsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  private async get(path: string): Promise<ImportReport[]> {
    const baseUrl = await this.discoveryApi.getBaseUrl('catalog');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/spbe/import-reports${path}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const body = (await response.json()) as { items: ImportReport[] };
    return body.items;
  }

  listLatestImportReports(): Promise<ImportReport[]> {
    return this.get('');
  }

  listImportReports(
    file: string,
    options?: { limit?: number },
  ): Promise<ImportReport[]> {
    const query = options?.limit !== undefined ? `?limit=${options.limit}` : '';
    return this.get(`/${encodeURIComponent(file)}${query}`);
  }
}
