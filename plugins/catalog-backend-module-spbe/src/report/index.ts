export * from './types';
export { DatabaseImportReportStore } from './DatabaseImportReportStore';
export { MAX_STORED_ROW_ERRORS } from './tables';
