/** Relations emitted by the SPBE processor (each with its reverse). */
export const RELATION_USES_REFERENCE = 'usesReference';
export const RELATION_REFERENCE_USED_BY = 'referenceUsedBy';
export const RELATION_COORDINATED_BY = 'coordinatedBy';
export const RELATION_COORDINATES = 'coordinates';
export const RELATION_CONSUMES_DPI = 'consumesDpi';
export const RELATION_DPI_CONSUMED_BY = 'dpiConsumedBy';
export const RELATION_IMPLEMENTS_DPI = 'implementsDpi';
export const RELATION_DPI_IMPLEMENTED_BY = 'dpiImplementedBy';
export const RELATION_SUCCEEDED_BY = 'succeededBy';
export const RELATION_SUCCEEDS = 'succeeds';
