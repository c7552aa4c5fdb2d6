import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { spbeTranslationRef } from './ref';

export { spbeTranslationRef } from './ref';

/**
 * Translations of the SPBE plugin: Indonesian (`id`, also the default
 * messages) and English (`en`). Installed by the plugin through a
 * `TranslationBlueprint` extension.
 *
 * @public
 */
export const spbeTranslations = createTranslationResource({
  ref: spbeTranslationRef,
  translations: {
    id: () => import('./id'),
    en: () => import('./en'),
  },
});
