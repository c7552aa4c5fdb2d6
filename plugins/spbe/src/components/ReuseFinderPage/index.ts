export { ReuseFinderPage } from './ReuseFinderPage';
