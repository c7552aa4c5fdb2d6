export * from './labelFilters';
export * from './SpbeLabelPickers';
