import { createFrontendModule } from '@backstage/frontend-plugin-api';
import appPlugin from '@backstage/plugin-app';
import { spbeTranslation } from '@internal/plugin-spbe/alpha';
import { homeTranslation } from '../home/homeModule';
import { navTranslation } from '../nav/translation';
import { backstageTranslations } from './backstage';

/** The portal speaks Bahasa Indonesia first and English second. */
export const DEFAULT_LANGUAGE = 'id';
export const AVAILABLE_LANGUAGES = ['id', 'en'];

/**
 * The app's language API with Indonesian as the default language and
 * English available. `app.extensions` config for `api:app/app-language`
 * (`defaultLanguage`, `availableLanguages`) still takes precedence.
 */
export const appLanguageApi = appPlugin
  .getExtension('api:app/app-language')
  .override({
    factory(originalFactory, { config }) {
      return originalFactory({
        config: {
          defaultLanguage: config.defaultLanguage ?? DEFAULT_LANGUAGE,
          availableLanguages: config.availableLanguages ?? AVAILABLE_LANGUAGES,
        },
      });
    },
  });

/**
 * Language and translations: translation resources attach to the app plugin,
 * so they are installed here (as extensions of other plugins they are ignored).
 */
export const languageModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    appLanguageApi,
    spbeTranslation,
    homeTranslation,
    navTranslation,
    ...backstageTranslations,
  ],
});
