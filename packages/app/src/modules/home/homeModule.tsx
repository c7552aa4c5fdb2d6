import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import homePlugin from '@backstage/plugin-home/alpha';
import { HomePageLayoutBlueprint } from '@backstage/plugin-home-react/alpha';
import { homeTranslations } from './translation';

/** The SPBE home page, installed as the home plugin's layout. */
export const spbeHomePageLayout = HomePageLayoutBlueprint.make({
  name: 'spbe',
  params: {
    loader: async () => (await import('./SpbeHomePage')).SpbeHomePage,
  },
});

/** Indonesian and English home page messages. */
export const homeTranslation = TranslationBlueprint.make({
  name: 'spbe-home',
  params: { resource: homeTranslations },
});

/**
 * Demo widgets that the home plugin ships; the portal's home page has its
 * own content, so they are switched off here rather than in app-config.
 */
export const disabledDemoWidgetIds = [
  'home-page-widget:home/toolkit',
  'home-page-widget:home/starred-entities',
  'home-page-widget:home/random-joke',
  'home-page-widget:home/most-visited',
  'home-page-widget:home/recently-visited',
  'home-page-widget:home/world-clock',
] as const;

const disabledDemoWidgets = disabledDemoWidgetIds.map(id =>
  homePlugin.getExtension(id).override({ disabled: true }),
);

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [spbeHomePageLayout, ...disabledDemoWidgets],
});
