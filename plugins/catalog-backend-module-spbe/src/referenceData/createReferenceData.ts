import { ReferenceCode } from '@internal/plugin-spbe-common';
import { buildAgencyResolver } from '@internal/spbe-inventory';
import { AgencyDirectory, AgencyRecord } from './AgencyDirectory';
import { SpbeReferenceData } from './ReferenceData';
import { ReferenceTaxonomy } from './ReferenceTaxonomy';

/** Builds a snapshot from already-read agencies and codes. */
export function createReferenceData(options: {
  agencies: AgencyRecord[];
  codes: Iterable<ReferenceCode>;
  version: string;
}): SpbeReferenceData {
  const directory = new AgencyDirectory(options.agencies);
  const resolveAgency = buildAgencyResolver(
    directory.list().map(agency => ({
      name: agency.name,
      title: agency.title,
      type: agency.type,
      parent: agency.parent,
      aliases: agency.aliases,
    })),
  );
  return {
    agencies: directory,
    taxonomy: new ReferenceTaxonomy(options.codes),
    resolveAgency,
    version: options.version,
  };
}
