import { appLanguageApiRef } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { appLanguageApi, languageModule } from './index';

function createLanguageApi(config?: {
  defaultLanguage?: string;
  availableLanguages?: string[];
}) {
  const factory = createExtensionTester(appLanguageApi, { config }).get(
    ApiBlueprint.dataRefs.factory,
  );
  expect(factory.api).toBe(appLanguageApiRef);
  return factory.factory({}) as typeof appLanguageApiRef.T;
}

describe('languageModule', () => {
  beforeEach(() => window.localStorage.clear());

  it('overrides the app plugin', () => {
    expect(languageModule.pluginId).toBe('app');
  });

  it('speaks Indonesian first, English second', () => {
    const api = createLanguageApi();
    expect(api.getLanguage()).toEqual({ language: 'id' });
    expect(api.getAvailableLanguages()).toEqual({ languages: ['id', 'en'] });
  });

  it('lets app-config choose otherwise', () => {
    const api = createLanguageApi({
      defaultLanguage: 'en',
      availableLanguages: ['en', 'id'],
    });
    expect(api.getLanguage()).toEqual({ language: 'en' });
  });
});
