import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { Entity, RELATION_PROVIDES_API } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ReuseAnalysis } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { proposalsRouteRef } from '../../routes';
import {
  agencyMailApp,
  emptyAnalysis,
  inaDigital,
  srikandi,
} from '../../__fixtures__/reuse';
import { mockSpbeApi, MockSpbeApi } from '../../__fixtures__/spbeApi';
import { ReuseFinderPage } from './ReuseFinderPage';

const srikandiEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'srikandi',
    title: 'SRIKANDI',
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    links: [{ url: 'https://srikandi.go.id', title: 'Situs SRIKANDI' }],
  },
  spec: {
    type: 'aplikasi',
    owner: 'group:default/anri',
    lifecycle: 'production',
  },
  relations: [
    { type: RELATION_PROVIDES_API, targetRef: 'api:default/srikandi-surat' },
  ],
};

const analysis = (candidates: ReuseAnalysis['candidates']): ReuseAnalysis => ({
  ...emptyAnalysis,
  candidates,
});

function renderFinder(spbeApi: MockSpbeApi, initialEntry = '/temukan') {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [spbeApiRef, spbeApi],
        catalogApiMock({ entities: [srikandiEntity] }),
        mockApis.permission(),
      ]}
    >
      <ReuseFinderPage />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/usulan': proposalsRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: [initialEntry],
    },
  );
}

/** The result entries: list items with a heading (reasons are nested list items). */
const candidateItems = (results: HTMLElement) =>
  within(results)
    .getAllByRole('listitem')
    .filter(li => within(li).queryByRole('heading'));

const needBox = () => screen.getByRole('textbox', { name: 'Kebutuhan Anda' });

// A cold test app and typing on a loaded 2-core machine take up to ~13 s.
jest.setTimeout(30_000);

describe('ReuseFinderPage', () => {
  it('ranks national platforms first with reasons, owner and integration links', async () => {
    const spbeApi = mockSpbeApi({
      // The engine orders by score alone; the agency app scores highest.
      reuseCheck: async () => analysis([agencyMailApp, srikandi, inaDigital]),
    });
    await renderFinder(spbeApi);
    expect(
      screen.getByText(/Tulis kebutuhan Anda dalam bahasa sehari-hari/),
    ).toBeInTheDocument();

    await userEvent.type(needBox(), '  surat masuk   dan disposisi {Enter}');

    const results = await screen.findByTestId('finder-results');
    expect(spbeApi.reuseCheck).toHaveBeenCalledTimes(1);
    expect(spbeApi.reuseCheck).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'surat masuk dan disposisi',
        functions: ['surat masuk dan disposisi'],
        limit: 20,
      }),
    );
    expect(
      screen.getByText('3 layanan ditemukan, platform nasional lebih dulu'),
    ).toBeInTheDocument();

    const items = candidateItems(results);
    // National platforms by descending score, then the agency application.
    expect(
      items.map(li => within(li).getByRole('heading').textContent),
    ).toEqual(['1. INA Digital', '2. SRIKANDI', '3. E-Office Kemenkeu']);
    expect(within(items[0]).getByText('Platform nasional')).toBeInTheDocument();
    expect(within(items[1]).getByText('Platform nasional')).toBeInTheDocument();
    expect(within(items[2]).queryByText('Platform nasional')).toBeNull();
    expect(within(items[2]).getByText('skor 91%')).toBeInTheDocument();

    // Why each matched, and who owns it.
    expect(
      within(items[1]).getByText('platform nasional kearsipan dinamis'),
    ).toBeInTheDocument();
    expect(
      within(items[2]).getByText('kode RAL sama: RAL.02.03'),
    ).toBeInTheDocument();
    expect(
      within(items[1]).getByRole('link', { name: 'anri' }),
    ).toHaveAttribute('href', '/catalog/default/group/anri');

    // How to integrate with SRIKANDI: catalog page, API docs, TechDocs, its site.
    const links = within(items[1]);
    expect(
      links.getByRole('link', { name: 'Halaman katalog' }),
    ).toHaveAttribute('href', '/catalog/default/component/srikandi');
    expect(
      links.getByRole('link', { name: 'Dokumentasi API' }),
    ).toHaveAttribute('href', '/catalog/default/api/srikandi-surat/definition');
    expect(links.getByRole('link', { name: 'TechDocs' })).toHaveAttribute(
      'href',
      '/docs/default/component/srikandi',
    );
    expect(links.getByRole('link', { name: /Situs SRIKANDI/ })).toHaveAttribute(
      'href',
      'https://srikandi.go.id',
    );
    // An entity the catalog does not know still links to its catalog page only.
    expect(
      within(items[2]).getByRole('link', { name: 'Halaman katalog' }),
    ).toBeInTheDocument();
    expect(
      within(items[2]).queryByRole('link', { name: 'TechDocs' }),
    ).toBeNull();

    // Still nothing that fits: a proposal can be started from the results.
    expect(screen.getByText('Tidak ada yang cocok?')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mulai usulan' }),
    ).toHaveAttribute(
      'href',
      '/usulan/baru?kebutuhan=surat%20masuk%20%20%20dan%20disposisi',
    );
  });

  it('says nothing fits and offers to start a proposal when no candidate is found', async () => {
    const spbeApi = mockSpbeApi({ reuseCheck: async () => emptyAnalysis });
    await renderFinder(spbeApi, '/temukan?q=pemantauan%20hutan');

    expect(
      await screen.findByText('Belum ada layanan yang cocok'),
    ).toBeInTheDocument();
    expect(spbeApi.reuseCheck).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'pemantauan hutan' }),
    );
    expect(needBox()).toHaveValue('pemantauan hutan');
    expect(
      screen.getByRole('button', { name: 'Mulai usulan' }),
    ).toHaveAttribute('href', '/usulan/baru?kebutuhan=pemantauan%20hutan');
    expect(screen.queryByTestId('finder-results')).toBeNull();
  });

  it('shows an error state when the search fails', async () => {
    const spbeApi = mockSpbeApi({
      reuseCheck: async () => {
        throw new Error('Service Unavailable');
      },
    });
    await renderFinder(spbeApi, '/temukan?q=surat');

    expect(
      await screen.findByText(/Pencarian gagal\. Coba lagi/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('finder-results')).toBeNull();
    expect(screen.queryByText('Belum ada layanan yang cocok')).toBeNull();
  });

  it('searches by keyboard: tab to the need, type, tab to "Cari" and press Enter', async () => {
    const spbeApi = mockSpbeApi({
      reuseCheck: async () => analysis([srikandi]),
    });
    await renderFinder(spbeApi);
    const user = userEvent.setup();

    for (let i = 0; i < 20 && document.activeElement !== needBox(); i++) {
      await user.tab();
    }
    expect(needBox()).toHaveFocus();
    await user.keyboard('arsip dinamis');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cari' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const results = await screen.findByTestId('finder-results');
    expect(within(results).getByText('SRIKANDI')).toBeInTheDocument();
    expect(spbeApi.reuseCheck).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'arsip dinamis' }),
    );
  });
});
