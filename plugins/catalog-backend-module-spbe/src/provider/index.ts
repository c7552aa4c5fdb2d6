export { SpbeInventoryEntityProvider } from './SpbeInventoryEntityProvider';
export type { SpbeInventoryEntityProviderOptions } from './SpbeInventoryEntityProvider';
