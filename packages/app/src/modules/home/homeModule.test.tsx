import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import { MockSearchApi, searchApiRef } from '@backstage/plugin-search-react';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { HomePageLayoutBlueprint } from '@backstage/plugin-home-react/alpha';
import homePlugin from '@backstage/plugin-home/alpha';
import {
  disabledDemoWidgetIds,
  homeModule,
  homeTranslation,
  spbeHomePageLayout,
} from './homeModule';
import { homeTranslations } from './translation';
import { spbeApiRef, SpbeApi } from '@internal/plugin-spbe';

/** A dashboard summary as the SPBE backend returns it. */
const summary = {
  applications: 3000,
  applicationsInDuplicateClusters: 420,
  confirmedDuplicateClusters: 0,
  byFunction: [],
  byAgency: [],
  byCoordinator: [],
  consolidation: { auditItems: 0, classified: 0, byClassification: {} },
  proposals: { byStatus: {}, newApplicationsAvoided: 2, budgetAvoided: 0 },
};
const spbeApi = { dashboardSummary: jest.fn(async () => summary) } as unknown as SpbeApi;


describe('homeModule', () => {
  it('belongs to the home plugin', () => {
    expect(homeModule.pluginId).toBe('home');
  });

  it('installs the SPBE home page as the layout of page:home', async () => {
    expect(spbeHomePageLayout).toMatchObject({
      attachTo: { id: 'page:home', input: 'layout' },
    });
    const Layout = createExtensionTester(spbeHomePageLayout).get(
      HomePageLayoutBlueprint.dataRefs.component,
    );
    expect(typeof Layout).toBe('function');
  });

  it('renders the SPBE home page without any demo widget', async () => {
    renderTestApp({
      features: [homePlugin, homeModule],
      initialRouteEntries: ['/home'],
      apis: [
        [searchApiRef, new MockSearchApi()],
        [spbeApiRef, spbeApi],
      ],
      mountedRoutes: {
        '/catalog': catalogPlugin.routes.catalogIndex,
        '/search': searchPlugin.routes.root,
      },
    });

    expect(
      await screen.findByRole('heading', { name: 'Portal Guna Ulang SPBE' }),
    ).toBeInTheDocument();
    for (const demoTitle of [
      'Toolkit',
      'Your Starred Entities',
      'Random Joke',
      'Most Visited',
      'Recently Visited',
      'World Clocks',
      'Getting Started',
    ]) {
      expect(screen.queryByText(demoTitle)).not.toBeInTheDocument();
    }
  });

  it('names only extensions that the home plugin ships', () => {
    for (const id of disabledDemoWidgetIds) {
      expect(homePlugin.getExtension(id)).toBeDefined();
    }
  });

  it('registers the home page translations', () => {
    expect(
      createExtensionTester(homeTranslation).get(
        TranslationBlueprint.dataRefs.translation,
      ),
    ).toBe(homeTranslations);
  });
});
