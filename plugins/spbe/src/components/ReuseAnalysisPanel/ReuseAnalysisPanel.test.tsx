import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ReuseAnalysis } from '@internal/plugin-spbe-common';
import {
  agencyMailApp,
  emptyAnalysis,
  reuseAnalysis,
  srikandi,
} from '../../__fixtures__/reuse';
import { ReuseAnalysisPanel } from './ReuseAnalysisPanel';

/*
 * The panel renders an analysis it is given; fetching it, with its loading
 * and error states, belongs to its hosts (ProposalForm, ProposalDetail),
 * whose tests cover them.
 */
const renderPanel = (analysis: ReuseAnalysis) =>
  renderInTestApp(<ReuseAnalysisPanel analysis={analysis} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });

/** Candidate entries: list items with a heading (reasons are nested list items). */
const candidateItems = () =>
  screen
    .getAllByRole('listitem')
    .filter(li => within(li).queryByRole('heading'));

describe('ReuseAnalysisPanel', () => {
  it('warns to reuse the top candidate and shows candidates, evidence and DPI needs', async () => {
    await renderPanel(reuseAnalysis);

    const verdict = screen.getAllByRole('alert')[0];
    expect(verdict).toHaveTextContent(
      'Sudah ada layanan untuk kebutuhan ini: gunakan ulang SRIKANDI',
    );
    expect(verdict).toHaveTextContent(reuseAnalysis.summary);
    expect(
      screen.getByText('Kandidat guna ulang dan buktinya'),
    ).toBeInTheDocument();

    const items = candidateItems();
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('heading')).toHaveTextContent(
      '1. SRIKANDI',
    );
    expect(within(items[0]).getByText('Platform nasional')).toBeInTheDocument();
    expect(within(items[0]).getByText('skor 62%')).toBeInTheDocument();
    expect(
      within(items[0]).getByRole('link', { name: 'anri' }),
    ).toHaveAttribute('href', '/catalog/default/group/anri');
    expect(within(items[0]).getByText(srikandi.reasons[0])).toBeInTheDocument();
    expect(within(items[1]).getByRole('heading')).toHaveTextContent(
      '2. E-Office Kemenkeu',
    );
    expect(within(items[1]).queryByText('Platform nasional')).toBeNull();
    for (const reason of agencyMailApp.reasons) {
      expect(within(items[1]).getByText(reason)).toBeInTheDocument();
    }

    expect(
      screen.getByText('Kebutuhan DPI (wajib memakai blok DPI nasional)'),
    ).toBeInTheDocument();
    const dpi = within(screen.getByTestId('dpi-requirements')).getByRole(
      'listitem',
    );
    expect(dpi).toHaveTextContent(
      'identitas-digital: pengguna masuk dengan akun ASN (platform: ina-pas)',
    );
    expect(within(dpi).getByRole('link', { name: 'ina-pas' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ina-pas',
    );
  });

  it('advises integration when similar applications exist', async () => {
    await renderPanel({
      ...reuseAnalysis,
      recommendedVerdict: 'approve-with-conditions',
    });
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Ada aplikasi serupa: integrasikan, jangan membangun ulang',
    );
  });

  it('says when nothing similar exists and no DPI block is required', async () => {
    await renderPanel(emptyAnalysis);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Belum ada aplikasi yang memenuhi kebutuhan ini',
    );
    expect(
      screen.getByText('Tidak ada aplikasi serupa yang ditemukan.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Tidak ada blok DPI yang disyaratkan.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Kandidat guna ulang dan buktinya')).toBeNull();
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
