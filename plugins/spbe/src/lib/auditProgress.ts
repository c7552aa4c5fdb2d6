import { AuditCampaign, AuditProgressRow } from '@internal/plugin-spbe-common';

export interface AuditProgressSummary {
  total: number;
  classified: number;
  /** Classified share, 0..100. */
  percent: number;
  /** Share of the time from creation to deadline that has passed, 0..100. */
  timeElapsedPercent: number;
  /** Whole days until the end of the deadline day (negative when past). */
  daysLeft: number;
  /** Classification keeps pace with the time that has passed. */
  onTrack: boolean;
}

const DAY_MS = 86_400_000;

export function auditProgress(
  campaign: AuditCampaign,
  rows: AuditProgressRow[],
  now: Date = new Date(),
): AuditProgressSummary {
  const total = rows.reduce((s, r) => s + r.total, 0);
  const classified = rows.reduce((s, r) => s + r.classified, 0);
  const percent = total ? (classified / total) * 100 : 100;
  const start = new Date(campaign.createdAt).getTime();
  const end = new Date(`${campaign.deadline}T23:59:59.999Z`).getTime();
  const span = Math.max(end - start, 1);
  const timeElapsedPercent = Math.min(
    100,
    Math.max(0, ((now.getTime() - start) / span) * 100),
  );
  const daysLeft = Math.ceil((end - now.getTime()) / DAY_MS) - 1;
  return {
    total,
    classified,
    percent,
    timeElapsedPercent,
    daysLeft,
    onTrack: percent >= timeElapsedPercent,
  };
}
