import { screen } from '@testing-library/react';
import { DashboardTotals } from '@internal/plugin-spbe-common';
import { dashboardTotals } from '../../__fixtures__/reuse';
import {
  mockSpbeApi,
  MockSpbeApi,
  pending,
  responseError,
} from '../../__fixtures__/spbeApi';
import { renderSpbePage } from '../../__testUtils__/renderPage';
import { HeadlineFigures } from './HeadlineFigures';

function renderFigures(spbeApi: MockSpbeApi) {
  return renderSpbePage(<HeadlineFigures />, { spbeApi, path: '/' });
}

/** The figure of a KPI card; its title must be shown too. */
function figure(title: string, key: string) {
  expect(screen.getByText(title)).toBeInTheDocument();
  return screen.getByTestId(`kpi-${key}`);
}

const failing = (error: Error) =>
  mockSpbeApi({
    dashboardSummary: async () => {
      throw error;
    },
  });

describe('HeadlineFigures', () => {
  it('shows progress while the summary loads', async () => {
    await renderFigures(mockSpbeApi({ dashboardSummary: () => pending() }));
    expect(screen.getByText('Angka utama')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the headline figures in Indonesian number format with a link to the dashboard', async () => {
    await renderFigures(
      mockSpbeApi({ dashboardSummary: async () => dashboardTotals }),
    );

    expect(await screen.findByText('27.431')).toBeInTheDocument();
    expect(figure('Aplikasi', 'applications')).toHaveTextContent('27.431');
    expect(
      figure('Dalam klaster duplikat', 'inDuplicateClusters'),
    ).toHaveTextContent('8.120');
    // Everything classified except "keep": 50 merge + 30 retire.
    expect(figure('Dikonsolidasi', 'consolidated')).toHaveTextContent(/^80$/);
    expect(
      figure('Aplikasi baru dicegah', 'newApplicationsAvoided'),
    ).toHaveTextContent(/^17$/);
    expect(figure('Anggaran dihemat', 'budgetAvoided')).toHaveTextContent(
      'Rp 2.500.000.000',
    );
    expect(
      screen.getByRole('link', { name: /Buka Dasbor Duplikasi/ }),
    ).toHaveAttribute('href', '/dasbor');
  });

  it('shows zeros before anything was counted', async () => {
    const empty: DashboardTotals = {
      ...dashboardTotals,
      applications: 0,
      applicationsInDuplicateClusters: 0,
      consolidation: { auditItems: 0, classified: 0, byClassification: {} },
      proposals: { byStatus: {}, newApplicationsAvoided: 0, budgetAvoided: 0 },
    };
    await renderFigures(mockSpbeApi({ dashboardSummary: async () => empty }));
    expect(await screen.findByText('Rp 0')).toBeInTheDocument();
    expect(figure('Aplikasi', 'applications')).toHaveTextContent(/^0$/);
    expect(figure('Dikonsolidasi', 'consolidated')).toHaveTextContent(/^0$/);
  });

  it('tells users who may not read the dashboard who can', async () => {
    await renderFigures(
      failing(await responseError(403, 'NotAllowedError', 'Unauthorized')),
    );
    expect(
      await screen.findByText(
        /Angka utama ditampilkan untuk pimpinan, arsitek, dan koordinator\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows other failures as an error', async () => {
    await renderFigures(
      failing(
        await responseError(503, 'ServiceUnavailableError', 'database down'),
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/database down/);
    expect(screen.queryByText('Aplikasi')).toBeNull();
  });
});
