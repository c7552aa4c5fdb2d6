import { coreComponentsTranslationRef } from '@backstage/core-components';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import { searchTranslationRef } from '@backstage/plugin-search';
import { searchReactTranslationRef } from '@backstage/plugin-search-react';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';
import { orgTranslationRef } from '@backstage/plugin-org';
import { homeTranslationRef } from '@backstage/plugin-home';
import { homeReactTranslationRef } from '@backstage/plugin-home-react';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { catalogGraphTranslationRef } from '@backstage/plugin-catalog-graph';
import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';

/*
 * Indonesian (`id`) translations of the Backstage packages that the portal
 * shows. English needs no resource: it is each ref's default language, so
 * switching to English shows the packages' own messages. Each bundle is a
 * lazily loaded chunk, fetched only when Indonesian is the active language.
 *
 * Every bundle is `full: true`: a key that a Backstage upgrade adds or
 * renames fails `yarn tsc` until it is translated (or set to `null`, which
 * keeps the English default). The `*.id.ts` files name their keys exactly as
 * the packages' translation refs do.
 *
 * Not reachable through translation refs (hard-coded in the packages, as of
 * Backstage 1.55): ErrorPanel's "Error"/"Message"/"Stack Trace" and
 * CopyTextButton's "Copy text" (core-components), @backstage/ui's labels
 * ("1 - 20 of 100", "Next table page"), the catalog table title's word order
 * and English plural ("Owned components"), and entity page tab and nav item
 * titles, which are extension `title` params/config rather than messages.
 */

/** @backstage/core-components: tables, error pages, sign-in, stepper. */
export const coreComponentsTranslation = TranslationBlueprint.make({
  name: 'backstage-core-components',
  params: {
    resource: createTranslationResource({
      ref: coreComponentsTranslationRef,
      translations: { id: () => import('./coreComponents.id') },
    }),
  },
});

/** @backstage/plugin-catalog-react: catalog pickers (kind, type, owner, lifecycle), Owned/Starred/All, entity table columns, entity dialogs. */
export const catalogReactTranslation = TranslationBlueprint.make({
  name: 'backstage-catalog-react',
  params: {
    resource: createTranslationResource({
      ref: catalogReactTranslationRef,
      translations: { id: () => import('./catalogReact.id') },
    }),
  },
});

/** @backstage/plugin-catalog: catalog index page (title, Create), About/Links/Labels cards, relation cards (Has components...), entity context menu. */
export const catalogTranslation = TranslationBlueprint.make({
  name: 'backstage-catalog',
  params: {
    resource: createTranslationResource({
      ref: catalogTranslationRef,
      translations: { id: () => import('./catalog.id') },
    }),
  },
});

/** @backstage/plugin-search: search modal and the search page result types. */
export const searchTranslation = TranslationBlueprint.make({
  name: 'backstage-search',
  params: {
    resource: createTranslationResource({
      ref: searchTranslationRef,
      translations: { id: () => import('./search.id') },
    }),
  },
});

/** @backstage/plugin-search-react: search bar, result filters and pagination. */
export const searchReactTranslation = TranslationBlueprint.make({
  name: 'backstage-search-react',
  params: {
    resource: createTranslationResource({
      ref: searchReactTranslationRef,
      translations: { id: () => import('./searchReact.id') },
    }),
  },
});

/** @backstage/plugin-scaffolder: template list and wizard, form fields, task pages, template editor. */
export const scaffolderTranslation = TranslationBlueprint.make({
  name: 'backstage-scaffolder',
  params: {
    resource: createTranslationResource({
      ref: scaffolderTranslationRef,
      translations: { id: () => import('./scaffolder.id') },
    }),
  },
});

/** @backstage/plugin-scaffolder-react: template cards and the form stepper buttons. */
export const scaffolderReactTranslation = TranslationBlueprint.make({
  name: 'backstage-scaffolder-react',
  params: {
    resource: createTranslationResource({
      ref: scaffolderReactTranslationRef,
      translations: { id: () => import('./scaffolderReact.id') },
    }),
  },
});

/** @backstage/plugin-techdocs/alpha: docs index table, reader page and build states. */
export const techdocsTranslation = TranslationBlueprint.make({
  name: 'backstage-techdocs',
  params: {
    resource: createTranslationResource({
      ref: techdocsTranslationRef,
      translations: { id: () => import('./techdocs.id') },
    }),
  },
});

/** @backstage/plugin-user-settings: settings page (profile, appearance, language, auth providers, feature flags). */
export const userSettingsTranslation = TranslationBlueprint.make({
  name: 'backstage-user-settings',
  params: {
    resource: createTranslationResource({
      ref: userSettingsTranslationRef,
      translations: { id: () => import('./userSettings.id') },
    }),
  },
});

/** @backstage/plugin-org: group and user profile, members and ownership cards. */
export const orgTranslation = TranslationBlueprint.make({
  name: 'backstage-org',
  params: {
    resource: createTranslationResource({
      ref: orgTranslationRef,
      translations: { id: () => import('./org.id') },
    }),
  },
});

/** @backstage/plugin-home: customisable home page and its widgets. */
export const homePluginTranslation = TranslationBlueprint.make({
  name: 'backstage-home',
  params: {
    resource: createTranslationResource({
      ref: homeTranslationRef,
      translations: { id: () => import('./home.id') },
    }),
  },
});

/** @backstage/plugin-home-react: home widget settings. */
export const homeReactTranslation = TranslationBlueprint.make({
  name: 'backstage-home-react',
  params: {
    resource: createTranslationResource({
      ref: homeReactTranslationRef,
      translations: { id: () => import('./homeReact.id') },
    }),
  },
});

/** @backstage/plugin-api-docs: API explorer, API definition and API relation cards. */
export const apiDocsTranslation = TranslationBlueprint.make({
  name: 'backstage-api-docs',
  params: {
    resource: createTranslationResource({
      ref: apiDocsTranslationRef,
      translations: { id: () => import('./apiDocs.id') },
    }),
  },
});

/** @backstage/plugin-catalog-graph: the Relations card of entity pages and the catalog graph page. */
export const catalogGraphTranslation = TranslationBlueprint.make({
  name: 'backstage-catalog-graph',
  params: {
    resource: createTranslationResource({
      ref: catalogGraphTranslationRef,
      translations: { id: () => import('./catalogGraph.id') },
    }),
  },
});

/** Indonesian translations of every Backstage package the portal shows. */
export const backstageTranslations = [
  coreComponentsTranslation,
  catalogReactTranslation,
  catalogTranslation,
  searchTranslation,
  searchReactTranslation,
  scaffolderTranslation,
  scaffolderReactTranslation,
  techdocsTranslation,
  userSettingsTranslation,
  orgTranslation,
  homePluginTranslation,
  homeReactTranslation,
  apiDocsTranslation,
  catalogGraphTranslation,
];
