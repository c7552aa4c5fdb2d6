/**
 * SPBE scaffolder actions.
 *
 * @packageDocumentation
 */
export { scaffolderModuleSpbe as default } from './module';
export { createSpbeReuseCheckAction } from './actions/reuseCheck';
export { SpbeApiClient } from './SpbeApi';
export type { SpbeApi } from './SpbeApi';
