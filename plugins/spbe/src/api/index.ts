export { spbeApiRef } from './SpbeApi';
export type { SpbeApi } from './SpbeApi';
export { SpbeClient } from './SpbeClient';
export * from './types';
