import { screen, within } from '@testing-library/react';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ReuseCandidate } from '@internal/plugin-spbe-common';
import { fullApplication } from '../../__fixtures__/entities';
import {
  agencyMailApp,
  emptyAnalysis,
  inaDigital,
  srikandi,
} from '../../__fixtures__/reuse';
import {
  mockSpbeApi,
  MockSpbeApi,
  pending,
  responseError,
} from '../../__fixtures__/spbeApi';
import { renderSpbePage } from '../../__testUtils__/renderPage';
import { SimilarApplicationsCard } from './SimilarApplicationsCard';

function renderCard(spbeApi: MockSpbeApi) {
  return renderSpbePage(
    <EntityProvider entity={fullApplication}>
      <SimilarApplicationsCard />
    </EntityProvider>,
    { spbeApi, path: '/' },
  );
}

const withCandidates = (candidates: ReuseCandidate[]) =>
  mockSpbeApi({
    reuseCheck: async () => ({ ...emptyAnalysis, candidates }),
  });

/** The application itself, as the engine returns it among its matches. */
const self: ReuseCandidate = {
  entityRef: 'component:default/sipd-kemendagri',
  name: 'SIPD',
  agency: 'group:default/kemendagri',
  platformNasional: false,
  score: 1,
  reasons: ['nama sama'],
};

const others = (n: number): ReuseCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    ...agencyMailApp,
    entityRef: `component:default/aplikasi-${i + 1}`,
    name: `Aplikasi ${i + 1}`,
  }));

describe('SimilarApplicationsCard', () => {
  it('shows progress while the engine answers', async () => {
    await renderCard(mockSpbeApi({ reuseCheck: () => pending() }));
    expect(screen.getByText('Aplikasi serupa')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('lists similar applications without the application itself', async () => {
    const spbeApi = withCandidates([self, agencyMailApp, srikandi]);
    await renderCard(spbeApi);

    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]).getByRole('link', { name: 'E-Office Kemenkeu' }),
    ).toHaveAttribute('href', '/catalog/default/component/e-office-kemenkeu');
    expect(items[0]).toHaveTextContent('kemenkeu · fungsi sama: surat masuk');
    expect(within(items[0]).getByText('skor 91%')).toBeInTheDocument();
    expect(
      within(items[1]).getByRole('link', { name: 'SRIKANDI' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'SIPD' })).toBeNull();

    // Asked with the application's own facts.
    expect(spbeApi.reuseCheck).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'SIPD',
        functions: ['Perencanaan daerah', 'Penganggaran daerah'],
        limit: 8,
      }),
    );
  });

  it('shows at most six', async () => {
    await renderCard(withCandidates([inaDigital, ...others(7)]));
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(
      within(list).getByRole('link', { name: 'INA Digital' }),
    ).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Aplikasi 6' })).toBeNull();
  });

  it('says when nothing similar exists', async () => {
    await renderCard(withCandidates([self]));
    expect(
      await screen.findByText('Tidak ada aplikasi serupa'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('tells a user without access that the analysis is restricted', async () => {
    const error = await responseError(403, 'NotAllowedError', 'Unauthorized');
    await renderCard(
      mockSpbeApi({
        reuseCheck: async () => {
          throw error;
        },
      }),
    );
    expect(
      await screen.findByText(
        'Analisis kemiripan hanya tersedia bagi pengembang instansi dan arsitek.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows other failures as an error', async () => {
    const error = await responseError(500, 'Error', 'engine exploded');
    await renderCard(
      mockSpbeApi({
        reuseCheck: async () => {
          throw error;
        },
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /engine exploded/,
    );
    expect(screen.queryByText(/Analisis kemiripan hanya tersedia/)).toBeNull();
  });
});
