import { AgencyDirectory } from './AgencyDirectory';
import { ReferenceTaxonomy } from './ReferenceTaxonomy';

/** One consistent snapshot of the agency directory and the reference taxonomy. */
export interface SpbeReferenceData {
  agencies: AgencyDirectory;
  taxonomy: ReferenceTaxonomy;
  /** Resolves an inventory `instansi` text to an agency Group name. */
  resolveAgency(instansi: string): string | undefined;
  /** Changes whenever the files behind the snapshot change. */
  version: string;
}

/** Gives the current snapshot; cheap enough to call once per entity. */
export interface SpbeReferenceDataSource {
  get(): Promise<SpbeReferenceData>;
}
