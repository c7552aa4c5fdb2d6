import { createFrontendModule } from '@backstage/frontend-plugin-api';
import appPlugin from '@backstage/plugin-app';

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

export const languageModule = createFrontendModule({
  pluginId: 'app',
  extensions: [appLanguageApi],
});
