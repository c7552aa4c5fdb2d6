export * from './spbeFilters';
export * from './SpbePickers';
