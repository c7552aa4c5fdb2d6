import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  coreExtensionData,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  catalogApiMock,
  createTestEntityPage,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react/testUtils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  spbeClassificationEntityCard,
  spbeDpiUsageEntityCard,
  spbeJenisCatalogFilter,
  spbeKoordinatorCatalogFilter,
  spbePlatformNasionalCatalogFilter,
  spbePlugin,
  spbeRalCatalogFilter,
  spbeTranslation,
} from './plugin';
import { spbeTranslations } from './translations';
import {
  fullApplication,
  nationalPlatform,
  plainService,
} from './__fixtures__/entities';

describe('spbe plugin', () => {
  it('is the spbe plugin', () => {
    expect(spbePlugin.pluginId).toBe('spbe');
  });

  const cards: Array<[string, ExtensionDefinition<any>, string | undefined]> = [
    ['klasifikasi', spbeClassificationEntityCard, 'info'],
    ['dpi', spbeDpiUsageEntityCard, undefined],
  ];
  describe.each(cards)('entity card %s', (_name, card, type) => {
    it('attaches to the entity overview page', () => {
      expect(card).toMatchObject({
        attachTo: { id: 'entity-content:catalog/overview', input: 'cards' },
      });
    });

    it('is shown only for SPBE applications', () => {
      const tester = createExtensionTester(card);
      const filter = tester.get(
        EntityCardBlueprint.dataRefs.filterFunction,
      ) as (entity: Entity) => boolean;
      expect(filter(fullApplication)).toBe(true);
      expect(filter(nationalPlatform)).toBe(true);
      expect(filter(plainService)).toBe(false);
      expect(filter({ ...plainService, kind: 'Resource' })).toBe(false);
    });

    it('declares its card type', () => {
      const tester = createExtensionTester(card);
      expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe(type);
    });
  });

  it('renders the cards on the page of an SPBE application', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: nationalPlatform }),
        spbeClassificationEntityCard,
        spbeDpiUsageEntityCard,
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    // The first render lazy-loads both card modules; allow for a cold cache.
    expect(
      await screen.findByText('Klasifikasi SPBE'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Penggunaan DPI')).toBeInTheDocument();
  });

  it('leaves the cards off the page of other components', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: plainService }),
        spbeClassificationEntityCard,
        spbeDpiUsageEntityCard,
        EntityCardBlueprint.make({
          name: 'always',
          params: { loader: async () => <div>kartu lain</div> },
        }),
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    // Once an unfiltered card has rendered, the SPBE cards would have too.
    expect(await screen.findByText('kartu lain')).toBeInTheDocument();
    expect(screen.queryByText('Klasifikasi SPBE')).not.toBeInTheDocument();
    expect(screen.queryByText('Penggunaan DPI')).not.toBeInTheDocument();
  });

  const filters: Array<[string, ExtensionDefinition<any>]> = [
    ['koordinator', spbeKoordinatorCatalogFilter],
    ['jenis', spbeJenisCatalogFilter],
    ['ral', spbeRalCatalogFilter],
    ['platform-nasional', spbePlatformNasionalCatalogFilter],
  ];
  it.each(filters)(
    'installs the %s filter on the catalog index page',
    (name, filter) => {
      expect(filter).toMatchObject({
        kind: 'catalog-filter',
        name,
        attachTo: { id: 'page:catalog', input: 'filters' },
      });
      const tester = createExtensionTester(filter);
      expect(tester.get(coreExtensionData.reactElement)).toBeDefined();
    },
  );

  it('registers the Indonesian and English translations', () => {
    const tester = createExtensionTester(spbeTranslation);
    expect(tester.get(TranslationBlueprint.dataRefs.translation)).toBe(
      spbeTranslations,
    );
  });

  it('lazy-loads the picker behind a filter extension', async () => {
    const tester = createExtensionTester(spbeRalCatalogFilter);
    const catalogApi = catalogApiMock.mock({
      getEntityFacets: jest.fn(async () => ({
        facets: {
          'metadata.labels.spbe.go.id/ral': [{ value: 'RAL.02.03', count: 1 }],
        },
      })),
    });
    await renderInTestApp(
      <MockEntityListContextProvider value={{ updateFilters: jest.fn() }}>
        {tester.reactElement()}
      </MockEntityListContextProvider>,
      { apis: [catalogApi] },
    );
    expect(await screen.findByText('Kode RAL')).toBeInTheDocument();
  });
});
