import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  coreComponentsTranslationRef,
  Table,
} from '@backstage/core-components';
import {
  appLanguageApiRef,
  TranslationRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
  UserListPicker,
} from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react/testUtils';
import { EntityLinksCard } from '@backstage/plugin-catalog';
import {
  MockSearchApi,
  SearchBar,
  SearchContextProvider,
  searchApiRef,
} from '@backstage/plugin-search-react';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import { searchTranslationRef } from '@backstage/plugin-search';
import { searchReactTranslationRef } from '@backstage/plugin-search-react';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';
import { orgTranslationRef } from '@backstage/plugin-org';
import { homeTranslationRef } from '@backstage/plugin-home';
import { homeReactTranslationRef } from '@backstage/plugin-home-react';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { catalogGraphTranslationRef } from '@backstage/plugin-catalog-graph';
import { languageModule } from '../index';

/** Switches the app language the way the user settings page does. */
function LanguageSwitch() {
  const languageApi = useApi(appLanguageApiRef);
  return (
    <button type="button" onClick={() => languageApi.setLanguage('en')}>
      switch to English
    </button>
  );
}

const rows = Array.from({ length: 12 }, (_, i) => ({
  id: i,
  name: `Aplikasi ${i + 1}`,
}));

function ApplicationsTable() {
  return (
    <>
      <LanguageSwitch />
      <Table
        title="Aplikasi"
        options={{ paging: true, pageSize: 5, search: true }}
        columns={[{ title: 'Nama', field: 'name' }]}
        data={rows}
      />
    </>
  );
}

/** A catalog entity without links: the card shows its empty state. */
const application = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'srikandi', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:arsip' },
};

/** Shows one message of a translation ref, as the package's components do. */
function Message(props: {
  translationRef: TranslationRef<string, { [key in string]: string }>;
  messageKey: string;
}) {
  const { t } = useTranslationRef(props.translationRef);
  return <p>{t(props.messageKey)}</p>;
}

/** One message per package: [package, ref, key, Indonesian, English]. */
const samples: Array<
  [string, TranslationRef<string, any>, string, string, string]
> = [
  [
    '@backstage/core-components',
    coreComponentsTranslationRef,
    'table.pagination.nextTooltip',
    'Halaman berikutnya',
    'Next Page',
  ],
  [
    '@backstage/plugin-catalog-react',
    catalogReactTranslationRef,
    'userListPicker.personalFilter.ownedLabel',
    'Milik saya',
    'Owned',
  ],
  [
    '@backstage/plugin-catalog',
    catalogTranslationRef,
    'aboutCard.viewSource',
    'Lihat sumber',
    'View Source',
  ],
  [
    '@backstage/plugin-search',
    searchTranslationRef,
    'searchModal.viewFullResults',
    'Lihat semua hasil',
    'View Full Results',
  ],
  [
    '@backstage/plugin-search-react',
    searchReactTranslationRef,
    'noResultsDescription',
    'Maaf, tidak ada hasil yang ditemukan',
    'Sorry, no results were found',
  ],
  [
    '@backstage/plugin-scaffolder',
    scaffolderTranslationRef,
    'templateListPage.title',
    'Buat komponen baru',
    'Create a new component',
  ],
  [
    '@backstage/plugin-scaffolder-react',
    scaffolderReactTranslationRef,
    'stepper.reviewButtonText',
    'Tinjau',
    'Review',
  ],
  [
    '@backstage/plugin-techdocs/alpha',
    techdocsTranslationRef,
    'pageWrapper.title',
    'Dokumentasi',
    'Documentation',
  ],
  [
    '@backstage/plugin-user-settings',
    userSettingsTranslationRef,
    'languageToggle.title',
    'Bahasa',
    'Language',
  ],
  [
    '@backstage/plugin-org',
    orgTranslationRef,
    'ownershipCard.title',
    'Kepemilikan',
    'Ownership',
  ],
  [
    '@backstage/plugin-home',
    homeTranslationRef,
    'customHomepageButtons.restoreDefaults',
    'Kembalikan ke bawaan',
    'Restore defaults',
  ],
  [
    '@backstage/plugin-home-react',
    homeReactTranslationRef,
    'settingsModal.closeButtonTitle',
    'Tutup',
    'Close',
  ],
  [
    '@backstage/plugin-api-docs',
    apiDocsTranslationRef,
    'providedApisCard.title',
    'API yang disediakan',
    'Provided APIs',
  ],
  [
    '@backstage/plugin-catalog-graph',
    catalogGraphTranslationRef,
    'catalogGraphCard.title',
    'Relasi',
    'Relations',
  ],
];

describe('Backstage translations', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a core-components table in Indonesian, then in English', async () => {
    renderInTestApp(<ApplicationsTable />, { features: [languageModule] });

    expect(await screen.findAllByText('1-5 dari 12')).not.toHaveLength(0);
    expect(screen.getByPlaceholderText('Saring')).toBeInTheDocument();
    expect(screen.getByText('5 baris')).toBeInTheDocument();

    await userEvent.click(screen.getByText('switch to English'));

    expect(await screen.findAllByText('1-5 of 12')).not.toHaveLength(0);
    expect(screen.getByPlaceholderText('Filter')).toBeInTheDocument();
  });

  it.each(samples)(
    'speaks Indonesian for %s, and English once switched',
    async (_pkg, translationRef, messageKey, indonesian, english) => {
      renderInTestApp(
        <>
          <LanguageSwitch />
          <Message translationRef={translationRef} messageKey={messageKey} />
        </>,
        { features: [languageModule] },
      );

      expect(await screen.findByText(indonesian)).toBeInTheDocument();
      await userEvent.click(screen.getByText('switch to English'));
      expect(await screen.findByText(english)).toBeInTheDocument();
    },
  );

  it('shows a catalog entity card in Indonesian, then in English', async () => {
    renderInTestApp(
      <>
        <LanguageSwitch />
        <EntityProvider entity={application}>
          <EntityLinksCard />
        </EntityProvider>
      </>,
      { features: [languageModule] },
    );

    expect(await screen.findByText('Tautan')).toBeInTheDocument();
    expect(
      screen.getByText(/^Entitas ini belum memiliki tautan\./),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByText('switch to English'));

    expect(await screen.findByText('Links')).toBeInTheDocument();
    expect(
      screen.getByText(/^No links defined for this entity\./),
    ).toBeInTheDocument();
  });

  it('shows the search bar in Indonesian, then in English', async () => {
    renderInTestApp(
      <>
        <LanguageSwitch />
        <SearchContextProvider>
          <SearchBar />
        </SearchContextProvider>
      </>,
      {
        features: [languageModule],
        apis: [[searchApiRef, new MockSearchApi()]],
        config: {
          app: {
            title: 'Portal Guna Ulang SPBE',
            baseUrl: 'http://localhost:3000',
          },
          backend: { baseUrl: 'http://localhost:7007' },
        },
      },
    );

    expect(
      await screen.findByPlaceholderText('Cari di Portal Guna Ulang SPBE'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByText('switch to English'));

    expect(
      await screen.findByPlaceholderText('Search in Portal Guna Ulang SPBE'),
    ).toBeInTheDocument();
  });

  it('shows the catalog owner filter (Milik saya, Berbintang, Semua) in Indonesian, then in English', async () => {
    renderInTestApp(
      <>
        <LanguageSwitch />
        <MockEntityListContextProvider value={{}}>
          <UserListPicker />
        </MockEntityListContextProvider>
      </>,
      {
        features: [languageModule],
        apis: [
          catalogApiMock({ entities: [application] }),
          mockApis.identity({ userEntityRef: 'user:default/budi' }),
          [starredEntitiesApiRef, new MockStarredEntitiesApi()],
        ],
      },
    );

    expect(await screen.findByText('Milik saya')).toBeInTheDocument();
    expect(screen.getByText('Berbintang')).toBeInTheDocument();
    expect(screen.getByText('Pribadi')).toBeInTheDocument();
    expect(screen.getByText('Semua')).toBeInTheDocument();

    await userEvent.click(screen.getByText('switch to English'));

    expect(await screen.findByText('Owned')).toBeInTheDocument();
    expect(screen.getByText('Starred')).toBeInTheDocument();
    expect(screen.getByText('All')).toBeInTheDocument();
  });
});
