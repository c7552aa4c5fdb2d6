import { SpbeCatalogQuery, spbeCatalogViews } from '@internal/plugin-spbe';

/** Message keys of the shortcut links (see translation.ts). */
export type ShortcutLinkKey =
  | 'links.applications'
  | 'links.nationalPlatforms'
  | 'links.dpiBlocks'
  | 'links.referenceArchitecture'
  | 'links.sharedApplications'
  | 'links.agencies';

export type RoleKey = 'pengembang' | 'arsitek' | 'koordinator' | 'pimpinan';

/** One shortcut: a catalog view with filters preselected. */
export interface RoleShortcut {
  label: ShortcutLinkKey;
  catalogQuery: SpbeCatalogQuery;
}

/** Message keys of the SPBE pages (see translation.ts). */
export type PageKey = 'reuseFinder' | 'proposals' | 'dashboard' | 'audit';

/** The SPBE pages each role starts from, before the catalog shortcuts. */
export const rolePages: Readonly<Record<RoleKey, PageKey[]>> = {
  pengembang: ['reuseFinder', 'proposals'],
  arsitek: ['proposals', 'dashboard'],
  koordinator: ['audit', 'dashboard'],
  pimpinan: ['dashboard'],
};

/** Catalog shortcuts per role: catalog views with filters preselected. */
export const roleShortcuts: ReadonlyArray<{
  role: RoleKey;
  shortcuts: RoleShortcut[];
}> = [
  {
    role: 'pengembang',
    shortcuts: [
      {
        label: 'links.applications',
        catalogQuery: spbeCatalogViews.applications,
      },
      {
        label: 'links.nationalPlatforms',
        catalogQuery: spbeCatalogViews.nationalPlatforms,
      },
      { label: 'links.dpiBlocks', catalogQuery: spbeCatalogViews.dpiBlocks },
    ],
  },
  {
    role: 'arsitek',
    shortcuts: [
      {
        label: 'links.referenceArchitecture',
        catalogQuery: spbeCatalogViews.referenceArchitecture,
      },
      {
        label: 'links.sharedApplications',
        catalogQuery: spbeCatalogViews.sharedApplications,
      },
    ],
  },
  {
    role: 'koordinator',
    shortcuts: [
      { label: 'links.agencies', catalogQuery: spbeCatalogViews.agencies },
      {
        label: 'links.applications',
        catalogQuery: spbeCatalogViews.applications,
      },
    ],
  },
  {
    role: 'pimpinan',
    shortcuts: [
      {
        label: 'links.nationalPlatforms',
        catalogQuery: spbeCatalogViews.nationalPlatforms,
      },
      {
        label: 'links.sharedApplications',
        catalogQuery: spbeCatalogViews.sharedApplications,
      },
    ],
  },
];
