import { ApplicationStatus } from '@internal/plugin-spbe-common';

const LIFECYCLE_BY_STATUS: Record<ApplicationStatus, string> = {
  aktif: 'production',
  pengembangan: 'experimental',
  nonaktif: 'deprecated',
};

/** The Backstage lifecycle of a status; empty and unknown statuses give `production`. */
export function lifecycleOf(status: string | undefined): string {
  const key = status?.trim().toLocaleLowerCase('id-ID') as
    | ApplicationStatus
    | undefined;
  return (key ? LIFECYCLE_BY_STATUS[key] : undefined) ?? 'production';
}
