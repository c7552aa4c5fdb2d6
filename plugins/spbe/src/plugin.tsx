import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { isSpbeApplication } from '@internal/plugin-spbe-common';
import { spbeTranslations } from './translations';

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

/** Indonesian and English messages of the plugin. */
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
  extensions: [
    spbeClassificationEntityCard,
    spbeDpiUsageEntityCard,
    spbeKoordinatorCatalogFilter,
    spbeJenisCatalogFilter,
    spbeRalCatalogFilter,
    spbePlatformNasionalCatalogFilter,
    spbeTranslation,
  ],
});
