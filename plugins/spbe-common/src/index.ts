/**
 * Shared SPBE catalog model for the portal's frontend and backend packages.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './catalogFields';
export * from './agencies';
export * from './kabupatenKota';
export * from './dpi';
export * from './relations';
export * from './referenceCodes';
export * from './kinds';
export * from './entities';
export * from './jenis';
export * from './permissions';
export * from './permissionRules';
export * from './gate';
export * from './api';
