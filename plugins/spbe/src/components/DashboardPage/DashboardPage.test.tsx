import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { entityPresentationApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { usePermission } from '@backstage/plugin-permission-react';
import { DashboardTotals } from '@internal/plugin-spbe-common';
import { spbeApiRef } from '../../api';
import { mockSpbeApi } from '../../__fixtures__/spbeApi';
import { DashboardPage } from './DashboardPage';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(() => ({ loading: false, allowed: false })),
}));

// Charts make the first render slow in jsdom on a loaded machine.
jest.setTimeout(30_000);

// recharts' ResponsiveContainer observes its size; jsdom has no layout, so nothing to observe.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const totals: DashboardTotals = {
  applications: 27000,
  applicationsInDuplicateClusters: 4321,
  confirmedDuplicateClusters: 12,
  byFunction: [
    { key: 'RAL.02.04', count: 900 },
    { key: null, count: 50 },
  ],
  byAgency: [
    { key: 'group:default/kemenkes', count: 310 },
    { key: 'group:default/pemkot-madiun', count: 120 },
  ],
  byCoordinator: [{ key: 'group:default/kemenko-pmk', count: 5000 }],
  consolidation: { auditItems: 100, classified: 40, byClassification: { keep: 10, merge: 20, retire: 10 } },
  proposals: { byStatus: { 'rejected-reuse': 3 }, newApplicationsAvoided: 3, budgetAvoided: 4_500_000_000 },
};

const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, title },
  spec: { type: 'kementerian', children: [] },
});

function render(api: ReturnType<typeof mockSpbeApi>) {
  const catalogApi = catalogApiMock({
    entities: [
      group('kemenkes', 'Kementerian Kesehatan'),
      group('pemkot-madiun', 'Pemerintah Kota Madiun'),
      group('kemenko-pmk', 'Kementerian Koordinator Bidang PMK'),
    ],
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [spbeApiRef, api],
        [entityPresentationApiRef, DefaultEntityPresentationApi.create({ catalogApi })],
      ]}
    >
      <DashboardPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function dashboardApi(overrides: Parameters<typeof mockSpbeApi>[0] = {}) {
  return mockSpbeApi({
    dashboardSummary: async () => totals,
    dashboardTrends: async () => ({ items: [] }),
    listDuplicates: async () => ({ items: [], total: 0 }),
    getSyncOperation: async () => ({ id: 'catalog-sync', state: 'idle', done: 0 }),
    ...overrides,
  });
}

describe('DashboardPage', () => {
  it('shows the API figures as the headline numbers', async () => {
    await render(dashboardApi());
    const applications = await screen.findByTestId('kpi-applications', {}, { timeout: 20_000 });
    expect(applications).toHaveAttribute('data-value', '27000');
    expect(applications).toHaveTextContent('27.000');
    expect(screen.getByTestId('kpi-inDuplicateClusters')).toHaveAttribute('data-value', '4321');
    // consolidated = every classification except keep
    expect(screen.getByTestId('kpi-consolidated')).toHaveAttribute('data-value', '30');
    expect(screen.getByTestId('kpi-newApplicationsAvoided')).toHaveAttribute('data-value', '3');
    expect(screen.getByTestId('kpi-budgetAvoided')).toHaveTextContent('Rp 4.500.000.000');
    expect(screen.getByRole('button', { name: 'Ekspor CSV' })).toBeEnabled();
  });

  it('names agencies and coordinators by their titles in the breakdowns', async () => {
    await render(dashboardApi());
    const agencyChart = await screen.findByTestId('chart-agency', {}, { timeout: 20_000 });
    await userEvent.click(within(agencyChart).getByText('Tampilkan sebagai tabel'));
    expect(await within(agencyChart).findByRole('link', { name: 'Kementerian Kesehatan' })).toHaveAttribute(
      'href',
      '/catalog/default/group/kemenkes',
    );
    expect(within(agencyChart).getByText('310')).toBeInTheDocument();
    const coordinatorChart = screen.getByTestId('chart-coordinator');
    expect(
      await within(coordinatorChart).findByText('Kementerian Koordinator Bidang PMK'),
    ).toBeInTheDocument();
    expect(within(coordinatorChart).queryByText('kemenko-pmk')).not.toBeInTheDocument();
  });

  it('asks which permission may start the duplicate analysis', async () => {
    await render(dashboardApi());
    await screen.findByTestId('kpi-applications');
    expect(await screen.findByText(/Belum dijalankan sejak basis data dibuat/)).toBeInTheDocument();
    expect(jest.mocked(usePermission)).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'spbe.duplicate.review' }),
    });
  });

  it('says what went wrong and retries when the figures cannot be loaded', async () => {
    let calls = 0;
    const api = dashboardApi({
      dashboardSummary: async () => {
        calls += 1;
        if (calls === 1) throw new Error('backend down');
        return totals;
      },
    });
    await render(api);
    expect(
      await screen.findByText(/Data dasbor tidak dapat dimuat/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByTestId('kpi-applications')).toHaveAttribute('data-value', '27000');
  });
});
