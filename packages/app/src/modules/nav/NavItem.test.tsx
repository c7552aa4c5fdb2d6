import { screen } from '@testing-library/react';
import { ReactNode } from 'react';
import { SidebarOpenStateProvider } from '@backstage/core-components';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { AppNode, RouteRef } from '@backstage/frontend-plugin-api';
import { NavContentNavItem } from '@backstage/plugin-app-react';
import { NavItem } from './NavItem';

function item(id: string, title: string): NavContentNavItem {
  return {
    node: { spec: { id } } as unknown as AppNode,
    href: '/somewhere',
    title,
    icon: <span />,
    routeRef: {} as RouteRef,
  };
}

/** An open sidebar: item labels are drawn only then. */
const OpenSidebar = ({ children }: { children: ReactNode }) => (
  <SidebarOpenStateProvider value={{ isOpen: true, setOpen: () => {} }}>{children}</SidebarOpenStateProvider>
);

describe('NavItem', () => {
  it('labels known pages in Indonesian, short enough for the sidebar', async () => {
    await renderInTestApp(
      <OpenSidebar>
        <NavItem {...item('page:catalog', 'Catalog')} />
        <NavItem {...item('page:spbe/dasbor-duplikasi', 'Dasbor Duplikasi')} />
        <NavItem {...item('page:other-plugin', 'Other plugin')} />
      </OpenSidebar>,
    );
    expect(screen.getByText('Katalog')).toBeInTheDocument();
    expect(screen.getByText('Duplikasi')).toBeInTheDocument();
    expect(screen.getByText('Other plugin')).toBeInTheDocument();
    expect(screen.queryByText('Catalog')).not.toBeInTheDocument();
  });
});
