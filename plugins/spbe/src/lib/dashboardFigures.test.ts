import { DashboardTotals } from '@internal/plugin-spbe-common';
import { dashboardCsv, kpis, topRows } from './dashboardFigures';

const totals: DashboardTotals = {
  applications: 3000,
  applicationsInDuplicateClusters: 420,
  confirmedDuplicateClusters: 3,
  byFunction: [{ key: 'RAL.02.06', count: 12 }],
  byAgency: [{ key: 'group:default/kemenkes', count: 40 }, { key: null, count: 2 }],
  byCoordinator: [{ key: 'group:default/kemenko-pmk', count: 300 }],
  consolidation: {
    auditItems: 300,
    classified: 7,
    byClassification: { keep: 3, merge: 2, retire: 1, integrate: 1 },
  },
  proposals: {
    byStatus: { 'rejected-reuse': 2, submitted: 1 },
    newApplicationsAvoided: 2,
    budgetAvoided: 3_500_000_000,
  },
};

describe('dashboard figures', () => {
  it('counts consolidated applications as classified other than keep', () => {
    expect(kpis(totals)).toEqual({
      applications: 3000,
      inDuplicateClusters: 420,
      consolidated: 4,
      newApplicationsAvoided: 2,
      budgetAvoided: 3_500_000_000,
    });
  });

  it('keeps the top rows and sums the rest', () => {
    expect(
      topRows(
        [
          { key: 'a', count: 1 },
          { key: 'b', count: 5 },
          { key: 'c', count: 3 },
          { key: null, count: 2 },
        ],
        2,
        'lainnya',
      ),
    ).toEqual([
      { key: 'b', count: 5 },
      { key: 'c', count: 3 },
      { key: 'lainnya', count: 3 },
    ]);
  });

  it('exports every figure as CSV', () => {
    const lines = dashboardCsv(totals).trim().split('\n');
    expect(lines[0]).toBe('section,key,count');
    expect(lines).toContain('kpi,applications,3000');
    expect(lines).toContain('kpi,budgetAvoided,3500000000');
    expect(lines).toContain('agency,group:default/kemenkes,40');
    expect(lines).toContain('agency,,2');
    expect(lines).toContain('proposal-status,rejected-reuse,2');
    expect(lines).toHaveLength(1 + 5 + 1 + 2 + 1 + 2);
  });
});
