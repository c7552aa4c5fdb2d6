export { SpbeEntityProcessor } from './SpbeEntityProcessor';
