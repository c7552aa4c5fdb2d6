import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { SidebarLogo } from './SidebarLogo';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { navTranslationRef } from './translation';
import { NavItem } from './NavItem';

function SidebarGroupLabel(props: { id: 'search' | 'menu' | 'settings' }) {
  const { t } = useTranslationRef(navTranslationRef);
  return <>{t(props.id)}</>;
}

export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const nav = navItems.withComponent(NavItem);

      // Skipped items
      nav.take('page:search'); // Using search modal instead
      nav.take('page:app-visualizer'); // Developer tool, not for portal users

      return (
        <Sidebar>
          <SidebarLogo />
          <SidebarGroup label={<SidebarGroupLabel id="search" />} icon={<SearchIcon />} to="/search">
            <SidebarSearchModal />
          </SidebarGroup>
          <SidebarDivider />
          <SidebarGroup label={<SidebarGroupLabel id="menu" />} icon={<MenuIcon />}>
            {nav.take('page:home')}
            {nav.take('page:catalog')}
            {nav.take('page:scaffolder')}
            {nav.take('page:techdocs')}
            <SidebarDivider />
            <SidebarScrollWrapper>
              {nav.rest({ sortBy: 'title' })}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <SidebarGroup
            label={<SidebarGroupLabel id="settings" />}
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            {nav.take('page:user-settings')}
          </SidebarGroup>
        </Sidebar>
      );
    },
  },
});
