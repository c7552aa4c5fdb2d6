/**
 * The SPBE plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */
import { spbePlugin } from './plugin';

export {
  spbeApi,
  spbeAuditPage,
  spbeDashboardPage,
  spbeImportReportsApi,
  spbeImportReportsPage,
  spbePlatformUsersEntityCard,
  spbeProposalsPage,
  spbeReuseFinderPage,
  spbeSimilarApplicationsEntityCard,
  spbeClassificationEntityCard,
  spbeDpiUsageEntityCard,
  spbeJenisCatalogFilter,
  spbeKoordinatorCatalogFilter,
  spbePlatformNasionalCatalogFilter,
  spbeRalCatalogFilter,
  spbeTranslation,
} from './plugin';
export { spbeCatalogIndexPage, spbeCatalogModule } from './catalogModule';
export * from './index';

export default spbePlugin;
