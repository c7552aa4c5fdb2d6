export { spbeApiRef } from './SpbeApi';
export type { SpbeApi } from './SpbeApi';
export { SpbeClient } from './SpbeClient';
export * from './types';
export { importReportsApiRef, ImportReportsClient } from './importReports';
export type {
  ImportCounts,
  ImportReport,
  ImportReportsApi,
  ImportRowError,
  ImportStatus,
} from './importReports';
