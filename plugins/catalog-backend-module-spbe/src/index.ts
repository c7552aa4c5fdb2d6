/**
 * SPBE catalog module: the SPBE processor (validation, normalisation, labels,
 * relations, the ReferenceArchitecture kind), the inventory entity providers
 * and the import report routes.
 *
 * @packageDocumentation
 */
export { catalogModuleSpbe as default } from './module';
export { SpbeEntityProcessor } from './processor';
export { SpbeInventoryEntityProvider } from './provider';
export {
  FileReferenceDataLoader,
  AgencyDirectory,
  ReferenceTaxonomy,
} from './referenceData';
export type {
  SpbeReferenceData,
  SpbeReferenceDataSource,
  AgencyRecord,
} from './referenceData';
export { DatabaseImportReportStore } from './report';
export type {
  ImportReport,
  ImportReportStore,
  ImportCounts,
  ImportStatus,
} from './report';
