import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import { MockSearchApi, searchApiRef } from '@backstage/plugin-search-react';
import { spbeApiRef, SpbeApi } from '@internal/plugin-spbe';
import { SpbeHomePage } from './SpbeHomePage';

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


const mountedRoutes = {
  '/catalog': catalogPlugin.routes.catalogIndex,
  '/search': searchPlugin.routes.root,
};

const apis = [
  [searchApiRef, new MockSearchApi()],
  [spbeApiRef, spbeApi],
] as const;

function renderHome() {
  return renderInTestApp(<SpbeHomePage widgets={[]} />, {
    mountedRoutes,
    apis,
  });
}

const hrefOf = (list: HTMLElement, name: string) =>
  within(list).getByRole('link', { name }).getAttribute('href');

describe('SpbeHomePage', () => {
  it('introduces the portal in Indonesian with a search bar', async () => {
    renderHome();

    expect(
      await screen.findByRole('heading', { name: 'Portal Guna Ulang SPBE' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Sebelum membangun aplikasi baru, temukan layanan yang sudah ada.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByPlaceholderText(
        'Cari aplikasi, layanan, atau platform',
      ),
    ).toBeInTheDocument();
  });

  it('offers catalog shortcuts per role', async () => {
    renderHome();

    const pengembang = await screen.findByRole('list', { name: 'Pengembang' });
    expect(decodeURIComponent(hrefOf(pengembang, 'Katalog aplikasi')!)).toBe(
      '/catalog?filters[kind]=component&filters[type]=aplikasi&filters[user]=all',
    );
    expect(decodeURIComponent(hrefOf(pengembang, 'Platform nasional')!)).toBe(
      '/catalog?filters[kind]=component&filters[type]=aplikasi&filters[user]=all&filters[platformNasional]=true',
    );
    expect(decodeURIComponent(hrefOf(pengembang, 'Blok DPI')!)).toBe(
      '/catalog?filters[kind]=resource&filters[type]=dpi-building-block&filters[user]=all',
    );
    for (const role of ['Arsitek', 'Koordinator', 'Pimpinan']) {
      const links = within(
        screen.getByRole('list', { name: role }),
      ).getAllByRole('link');
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.getAttribute('href')).toMatch(/^\/catalog\?filters/);
      }
    }
  });

  it('shows widgets contributed by other extensions', async () => {
    renderInTestApp(
      <SpbeHomePage
        widgets={[
          {
            node: {} as any,
            name: 'extra',
            component: <div>widget tambahan</div>,
          },
        ]}
      />,
      { mountedRoutes, apis },
    );
    expect(await screen.findByText('widget tambahan')).toBeInTheDocument();
  });
});

describe('SpbeHomePage headline figures', () => {
  it('shows the dashboard figures from the API', async () => {
    await renderHome();
    expect((await screen.findByTestId('kpi-applications')).textContent).toBe(
      (3000).toLocaleString('id-ID'),
    );
    expect(screen.getByTestId('kpi-newApplicationsAvoided').textContent).toBe('2');
  });
});
