export * from './AgencyDirectory';
export * from './ReferenceTaxonomy';
export * from './ReferenceData';
export * from './FileReferenceDataLoader';
export * from './createReferenceData';
export * from './parseEntities';
