import { AuditClassification, DashboardTotals } from '@internal/plugin-spbe-common';
import { ApplicationStore } from '../database/ApplicationStore';
import { AuditStore } from '../database/AuditStore';
import { DuplicateStore } from '../database/DuplicateStore';
import { ProposalStore } from '../database/ProposalStore';
import { SnapshotStore } from '../database/SnapshotStore';

/** Dashboard totals computed with a handful of grouped queries, and the daily snapshots. */
export class DashboardService {
  constructor(
    private readonly deps: {
      applications: ApplicationStore;
      duplicates: DuplicateStore;
      audits: AuditStore;
      proposals: ProposalStore;
      snapshots: SnapshotStore;
    },
  ) {}

  async totals(): Promise<DashboardTotals> {
    const { applications, duplicates, audits, proposals } = this.deps;
    const [count, byFunction, byAgency, byCoordinator, dup, progress, outcomes] = await Promise.all([
      applications.count(),
      applications.countBy('ral'),
      applications.countBy('agency_ref'),
      applications.countBy('coordinator_ref'),
      duplicates.activeMembers(),
      audits.progress(),
      proposals.outcomeTotals(),
    ]);
    const byClassification: Partial<Record<AuditClassification, number>> = {};
    let auditItems = 0;
    let classified = 0;
    for (const row of progress) {
      auditItems += row.total;
      classified += row.classified;
      for (const [k, v] of Object.entries(row.byClassification) as [AuditClassification, number][]) {
        byClassification[k] = (byClassification[k] ?? 0) + v;
      }
    }
    return {
      applications: count,
      applicationsInDuplicateClusters: dup.members.size,
      confirmedDuplicateClusters: dup.confirmedClusters,
      byFunction,
      byAgency,
      byCoordinator,
      consolidation: { auditItems, classified, byClassification },
      proposals: {
        byStatus: outcomes.byStatus,
        newApplicationsAvoided: outcomes.rejectedReuse,
        budgetAvoided: outcomes.budgetAvoided,
      },
    };
  }

  /** Records today's totals (UTC day); running it twice a day keeps the later figures. */
  async snapshot(now: Date = new Date()): Promise<string> {
    const day = now.toISOString().slice(0, 10);
    await this.deps.snapshots.put(day, await this.totals());
    return day;
  }

  async trends(days: number, now: Date = new Date()) {
    const since = new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return this.deps.snapshots.since(since);
  }
}
