/**
 * SPBE reuse gate for the catalog.
 *
 * @packageDocumentation
 */
export { catalogModuleSpbeGate as default } from './module';
export { SpbeGateProcessor, SpbeGateBlockedError } from './SpbeGateProcessor';
export { SpbeGateClient } from './SpbeGateClient';
export type { SpbeGateChecker } from './SpbeGateClient';
