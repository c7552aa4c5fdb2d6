import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';

/** Indonesian labels of the sidebar groups: the portal's default language. */
const messagesId = {
  search: 'Cari',
  menu: 'Menu',
  settings: 'Pengaturan',
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
        messages: { search: 'Search', menu: 'Menu', settings: 'Settings' },
      }),
    }),
  },
});

export const navTranslation = TranslationBlueprint.make({
  name: 'spbe-nav',
  params: { resource: navTranslations },
});
