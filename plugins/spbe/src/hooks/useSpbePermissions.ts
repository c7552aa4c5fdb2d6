import { usePermission } from '@backstage/plugin-permission-react';
import {
  spbeAuditManagePermission,
  spbeProposalDecidePermission,
} from '@internal/plugin-spbe-common';

/** Whether the user may take proposals into review and decide them (architects). */
export function useCanDecide() {
  return usePermission({ permission: spbeProposalDecidePermission });
}

/** Whether the user may create audit campaigns (architects). */
export function useCanManageAudits() {
  return usePermission({ permission: spbeAuditManagePermission });
}
