export { SpbeClassificationCard } from './SpbeClassificationCard';
