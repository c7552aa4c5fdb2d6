import { screen, within } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  entityRouteRef,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { spbeCatalogIndexPage, spbeCatalogModule } from './catalogModule';
import { spbeJenisCatalogFilter } from './plugin';
import {
  fullApplication,
  nationalPlatform,
  plainService,
} from './__fixtures__/entities';

describe('spbeCatalogModule', () => {
  it('replaces the catalog index page of the catalog plugin', () => {
    expect(spbeCatalogModule.pluginId).toBe('catalog');
    expect(spbeCatalogIndexPage).toMatchObject({
      kind: 'page',
      name: undefined,
    });
  });

  it('keeps the catalog path', () => {
    const tester = createExtensionTester(spbeCatalogIndexPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/catalog');
  });

  jest.setTimeout(20000);
  it('renders the catalog table with the SPBE columns and the installed filters', async () => {
    const apis = [
      catalogApiMock({
        entities: [fullApplication, nationalPlatform, plainService],
      }),
      [starredEntitiesApiRef, new MockStarredEntitiesApi()],
    ] as const;
    // Outside a plugin the tester names its subject `page:test`.
    const attachTo = { id: 'page:test', input: 'filters' };
    const tester = createExtensionTester(spbeCatalogIndexPage, {
      config: { pagination: false },
    })
      .add(
        catalogPlugin
          .getExtension('catalog-filter:catalog/kind')
          .override({ attachTo }),
      )
      .add(spbeJenisCatalogFilter.override({ attachTo }));

    await renderInTestApp(tester.reactElement(), {
      apis,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: ['/?filters[kind]=component&filters[user]=all'],
    });

    const sipd = (
      await screen.findByText('SIPD')
    ).closest('tr')!;
    const table = sipd.closest('table')!;
    for (const title of [
      'Instansi',
      'Koordinator',
      'Jenis',
      'Kode RAL',
      'Status',
    ]) {
      expect(
        within(table).getByRole('columnheader', { name: new RegExp(title) }),
      ).toBeInTheDocument();
    }
    expect(sipd).toHaveTextContent('kemenko-polkam');
    expect(sipd).toHaveTextContent('Aplikasi khusus');
    expect(sipd).toHaveTextContent('RAL.02.03');
    expect(sipd).toHaveTextContent('Dalam pengembangan');
    // The SPBE filter from the spbe plugin reached the page's filter input
    // (its code is imported lazily by the blueprint's loader, so it may render after the table).
    expect(
      await screen.findByText(
        'Jenis',
        { selector: 'label, label *' },
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
  }, 20000);
});
