export { SpbeCatalogIndexPage } from './SpbeCatalogIndexPage';
