/**
 * SPBE reuse portal frontend plugin: entity cards, catalog filters and
 * columns for the national e-government (SPBE) architecture.
 *
 * @packageDocumentation
 */
import { spbePlugin } from './plugin';

export { spbePlugin } from './plugin';
export { spbeTranslationRef, spbeTranslations } from './translations';
export {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
  SpbeFieldFilter,
  SPBE_FILTER_NAMES,
} from './filters/spbeFilters';
export type {
  SpbeEntityFilters,
  SpbeFilterName,
} from './filters/spbeFilters';
export {
  createSpbeColumns,
  listsSpbeApplications,
  spbeCatalogColumns,
} from './columns';
export { spbeCatalogQuery, spbeCatalogViews } from './catalogLinks';
export type { SpbeCatalogQuery } from './catalogLinks';

export { HeadlineFigures } from './components/HeadlineFigures';
export { spbeApiRef, SpbeClient } from './api';
export type { SpbeApi } from './api';
export {
  auditRouteRef,
  dashboardRouteRef,
  proposalsRouteRef,
  reuseFinderRouteRef,
} from './routes';

export default spbePlugin;
