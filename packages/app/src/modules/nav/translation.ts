import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';

/** Indonesian labels of the sidebar (groups and items): the portal's default language. */
const messagesId = {
  search: 'Cari',
  menu: 'Menu',
  settings: 'Pengaturan',
  'items.home': 'Beranda',
  'items.catalog': 'Katalog',
  'items.create': 'Buat',
  'items.docs': 'Dokumentasi',
  'items.apis': 'API',
  'items.catalogGraph': 'Graf Katalog',
  'items.settings': 'Pengaturan',
  'items.reuseFinder': 'Cari Layanan',
  'items.proposals': 'Usulan',
  'items.dashboard': 'Duplikasi',
  'items.audit': 'Audit',
  'items.importReports': 'Laporan Impor',
} as const;

/** Labels of the portal's sidebar groups; Indonesian by default. */
export const navTranslationRef = createTranslationRef({
  id: 'spbe-nav',
  messages: messagesId,
});

/** Indonesian (`id`) and English (`en`) sidebar labels (see homeTranslations for why `id` is explicit). */
export const navTranslations = createTranslationResource({
  ref: navTranslationRef,
  translations: {
    id: async () => ({
      default: createTranslationMessages({ ref: navTranslationRef, full: true, messages: messagesId }),
    }),
    en: async () => ({
      default: createTranslationMessages({
        ref: navTranslationRef,
        full: true,
        messages: {
          search: 'Search',
          menu: 'Menu',
          settings: 'Settings',
          'items.home': 'Home',
          'items.catalog': 'Catalog',
          'items.create': 'Create',
          'items.docs': 'Docs',
          'items.apis': 'APIs',
          'items.catalogGraph': 'Catalog Graph',
          'items.settings': 'Settings',
          'items.reuseFinder': 'Find services',
          'items.proposals': 'Proposals',
          'items.dashboard': 'Duplication',
          'items.audit': 'Audit',
          'items.importReports': 'Import reports',
        },
      }),
    }),
  },
});

export const navTranslation = TranslationBlueprint.make({
  name: 'spbe-nav',
  params: { resource: navTranslations },
});
