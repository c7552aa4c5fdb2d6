import { CountRow, DashboardTotals } from '@internal/plugin-spbe-common';
import { stringify } from 'csv-stringify/browser/esm/sync';

/** The headline figures of the leadership dashboard. */
export interface Kpis {
  applications: number;
  inDuplicateClusters: number;
  /** Audit items classified to be consolidated (everything but "keep"). */
  consolidated: number;
  newApplicationsAvoided: number;
  budgetAvoided: number;
}

export const KPI_KEYS: ReadonlyArray<keyof Kpis> = [
  'applications',
  'inDuplicateClusters',
  'consolidated',
  'newApplicationsAvoided',
  'budgetAvoided',
];

export function kpis(totals: DashboardTotals): Kpis {
  const consolidated = Object.entries(
    totals.consolidation.byClassification,
  ).reduce((sum, [key, count]) => (key === 'keep' ? sum : sum + (count ?? 0)), 0);
  return {
    applications: totals.applications,
    inDuplicateClusters: totals.applicationsInDuplicateClusters,
    consolidated,
    newApplicationsAvoided: totals.proposals.newApplicationsAvoided,
    budgetAvoided: totals.proposals.budgetAvoided,
  };
}

/** The largest `n` rows, biggest first; the rest summed into one "other" row. */
export function topRows(
  rows: CountRow[],
  n: number,
  otherLabel: string,
): Array<{ key: string; count: number }> {
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  const top = sorted.slice(0, n).map(r => ({ key: r.key ?? '-', count: r.count }));
  const rest = sorted.slice(n).reduce((sum, r) => sum + r.count, 0);
  return rest > 0 ? [...top, { key: otherLabel, count: rest }] : top;
}

/**
 * The dashboard as CSV: one row per figure (`section,key,count`), the
 * headline figures first, then every row of each breakdown.
 */
export function dashboardCsv(totals: DashboardTotals): string {
  const figures = kpis(totals);
  const records: Array<[string, string, number]> = [
    ...KPI_KEYS.map(key => ['kpi', key, figures[key]] as [string, string, number]),
  ];
  const sections: Array<[string, CountRow[]]> = [
    ['coordinator', totals.byCoordinator],
    ['agency', totals.byAgency],
    ['function', totals.byFunction],
  ];
  for (const [section, rows] of sections) {
    for (const row of rows) records.push([section, row.key ?? '', row.count]);
  }
  for (const [status, count] of Object.entries(totals.proposals.byStatus)) {
    records.push(['proposal-status', status, count ?? 0]);
  }
  return stringify(records, { header: true, columns: ['section', 'key', 'count'] });
}
