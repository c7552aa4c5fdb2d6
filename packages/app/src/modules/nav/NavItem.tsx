import { SidebarItem } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { NavContentNavItem } from '@backstage/plugin-app-react';
import { navTranslationRef } from './translation';

/**
 * Sidebar labels of the pages the portal knows, by page extension id; short
 * enough for the sidebar (the page keeps its full title, e.g. "Dasbor
 * Duplikasi"). Pages not listed keep their own title.
 */
export const NAV_ITEM_KEYS = {
  'page:home': 'items.home',
  'page:catalog': 'items.catalog',
  'page:scaffolder': 'items.create',
  'page:techdocs': 'items.docs',
  'page:api-docs': 'items.apis',
  'page:catalog-graph': 'items.catalogGraph',
  'page:user-settings': 'items.settings',
  'page:spbe/temukan-layanan': 'items.reuseFinder',
  'page:spbe/usulan': 'items.proposals',
  'page:spbe/dasbor-duplikasi': 'items.dashboard',
  'page:spbe/audit-koordinator': 'items.audit',
  'page:spbe/laporan-impor': 'items.importReports',
} as const;

/** A sidebar item labelled in the portal language. */
export function NavItem(item: NavContentNavItem) {
  const { t } = useTranslationRef(navTranslationRef);
  const key = NAV_ITEM_KEYS[item.node.spec.id as keyof typeof NAV_ITEM_KEYS];
  return <SidebarItem icon={() => item.icon} to={item.href} text={key ? t(key) : item.title} />;
}
