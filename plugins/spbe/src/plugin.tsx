import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import SearchIcon from '@material-ui/icons/Search';
import AssignmentIcon from '@material-ui/icons/Assignment';
import DashboardIcon from '@material-ui/icons/Dashboard';
import FactCheckIcon from '@material-ui/icons/PlaylistAddCheck';
import DescriptionIcon from '@material-ui/icons/Description';
import {
  ImportReportsClient,
  importReportsApiRef,
  SpbeClient,
  spbeApiRef,
} from './api';
import {
  auditRouteRef,
  dashboardRouteRef,
  importReportsRouteRef,
  proposalRouteRef,
  proposalsRouteRef,
  reuseFinderRouteRef,
} from './routes';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  isNationalPlatform,
  isSpbeApplication,
} from '@internal/plugin-spbe-common';
import { spbeTranslations } from './translations';

/** The client of the SPBE backend. */
export const spbeApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: spbeApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SpbeClient({ discoveryApi, fetchApi }),
    }),
});

/** The client of the inventory import reports (catalog backend). */
export const spbeImportReportsApi = ApiBlueprint.make({
  name: 'import-reports',
  params: defineParams =>
    defineParams({
      api: importReportsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ImportReportsClient({ discoveryApi, fetchApi }),
    }),
});

/** Temukan Layanan: the reuse finder for developers. */
export const spbeReuseFinderPage = PageBlueprint.make({
  name: 'temukan-layanan',
  params: {
    path: '/temukan-layanan',
    title: 'Temukan Layanan',
    icon: <SearchIcon />,
    routeRef: reuseFinderRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/ReuseFinderPage').then(m => <m.ReuseFinderPage />),
  },
});

/** Usulan: proposals, their live reuse analysis and the architect's review. */
export const spbeProposalsPage = PageBlueprint.make({
  name: 'usulan',
  params: {
    path: '/usulan',
    title: 'Usulan',
    icon: <AssignmentIcon />,
    routeRef: proposalsRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/ProposalsPage').then(m => <m.ProposalsPage />),
  },
});

/** Dasbor Duplikasi: the leadership dashboard. */
export const spbeDashboardPage = PageBlueprint.make({
  name: 'dasbor-duplikasi',
  params: {
    path: '/dasbor-duplikasi',
    title: 'Dasbor Duplikasi',
    icon: <DashboardIcon />,
    routeRef: dashboardRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/DashboardPage').then(m => <m.DashboardPage />),
  },
});

/** Audit Koordinator: classification of applications per coordinator. */
export const spbeAuditPage = PageBlueprint.make({
  name: 'audit-koordinator',
  params: {
    path: '/audit-koordinator',
    title: 'Audit Koordinator',
    icon: <FactCheckIcon />,
    routeRef: auditRouteRef,
    noHeader: true,
    loader: () => import('./components/AuditPage').then(m => <m.AuditPage />),
  },
});

/** Laporan Impor: the inventory import reports, for admins. */
export const spbeImportReportsPage = PageBlueprint.make({
  name: 'laporan-impor',
  params: {
    path: '/laporan-impor',
    title: 'Laporan Impor',
    icon: <DescriptionIcon />,
    routeRef: importReportsRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/ImportReportsPage').then(m => (
        <m.ImportReportsPage />
      )),
  },
});

/** "Klasifikasi SPBE" on the overview page of SPBE applications. */
export const spbeClassificationEntityCard = EntityCardBlueprint.make({
  name: 'klasifikasi',
  params: {
    type: 'info',
    filter: isSpbeApplication,
    loader: () =>
      import('./components/SpbeClassificationCard').then(m => (
        <m.SpbeClassificationCard />
      )),
  },
});

/** "Penggunaan DPI" on the overview page of SPBE applications. */
export const spbeDpiUsageEntityCard = EntityCardBlueprint.make({
  name: 'dpi',
  params: {
    filter: isSpbeApplication,
    loader: () =>
      import('./components/DpiUsageCard').then(m => <m.DpiUsageCard />),
  },
});

/** "Aplikasi serupa": similar applications with their scores. */
export const spbeSimilarApplicationsEntityCard = EntityCardBlueprint.make({
  name: 'aplikasi-serupa',
  params: {
    filter: isSpbeApplication,
    loader: () =>
      import('./components/SimilarApplicationsCard').then(m => (
        <m.SimilarApplicationsCard />
      )),
  },
});

/** "Instansi pengguna": agencies that reuse a national platform. */
export const spbePlatformUsersEntityCard = EntityCardBlueprint.make({
  name: 'instansi-pengguna',
  params: {
    filter: (entity: Entity) =>
      isSpbeApplication(entity) && isNationalPlatform(entity),
    loader: () =>
      import('./components/PlatformUsersCard').then(m => (
        <m.PlatformUsersCard />
      )),
  },
});

/** Catalog filter: coordinating ministry. */
export const spbeKoordinatorCatalogFilter = CatalogFilterBlueprint.make({
  name: 'koordinator',
  params: {
    loader: () => import('./filters').then(m => <m.KoordinatorPicker />),
  },
});

/** Catalog filter: jenis (umum/khusus). */
export const spbeJenisCatalogFilter = CatalogFilterBlueprint.make({
  name: 'jenis',
  params: {
    loader: () => import('./filters').then(m => <m.JenisPicker />),
  },
});

/** Catalog filter: level-2 RAL code. */
export const spbeRalCatalogFilter = CatalogFilterBlueprint.make({
  name: 'ral',
  params: {
    loader: () => import('./filters').then(m => <m.RalPicker />),
  },
});

/** Catalog filter: national shared platforms. */
export const spbePlatformNasionalCatalogFilter = CatalogFilterBlueprint.make({
  name: 'platform-nasional',
  params: {
    loader: () => import('./filters').then(m => <m.PlatformNasionalPicker />),
  },
});

/**
 * Indonesian and English messages of the plugin. Translation resources attach
 * to the app plugin, so the app installs this through an app module (see
 * packages/app/src/modules/language), not as an extension of this plugin.
 */
export const spbeTranslation = TranslationBlueprint.make({
  params: { resource: spbeTranslations },
});

/**
 * The SPBE plugin: entity cards and catalog filters for the national
 * e-government architecture.
 *
 * @public
 */
export const spbePlugin = createFrontendPlugin({
  pluginId: 'spbe',
  title: 'SPBE',
  info: { packageJson: () => import('../package.json') },
  routes: {
    reuseFinder: reuseFinderRouteRef,
    proposals: proposalsRouteRef,
    proposal: proposalRouteRef,
    dashboard: dashboardRouteRef,
    audit: auditRouteRef,
    importReports: importReportsRouteRef,
  },
  extensions: [
    spbeApi,
    spbeReuseFinderPage,
    spbeProposalsPage,
    spbeDashboardPage,
    spbeAuditPage,
    spbeImportReportsApi,
    spbeImportReportsPage,
    spbeClassificationEntityCard,
    spbeDpiUsageEntityCard,
    spbeSimilarApplicationsEntityCard,
    spbePlatformUsersEntityCard,
    spbeKoordinatorCatalogFilter,
    spbeJenisCatalogFilter,
    spbeRalCatalogFilter,
    spbePlatformNasionalCatalogFilter,
  ],
});
