import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import { MockSearchApi, searchApiRef } from '@backstage/plugin-search-react';
import { SpbeHomePage } from './SpbeHomePage';

const mountedRoutes = {
  '/catalog': catalogPlugin.routes.catalogIndex,
  '/search': searchPlugin.routes.root,
};

const apis = [[searchApiRef, new MockSearchApi()]] as const;

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
