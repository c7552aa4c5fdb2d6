import { createPermission } from '@backstage/plugin-permission-common';

/** Resource type of a proposal (usulan aplikasi baru), for conditional decisions per agency. */
export const SPBE_PROPOSAL_RESOURCE_TYPE = 'spbe-proposal';
/** Resource type of an application under audit, for conditional decisions per coordinator. */
export const SPBE_AUDIT_ITEM_RESOURCE_TYPE = 'spbe-audit-item';

/** Submit a new proposal (agency members submit for their own agency). */
export const spbeProposalCreatePermission = createPermission({
  name: 'spbe.proposal.create',
  attributes: { action: 'create' },
});

export const spbeProposalReadPermission = createPermission({
  name: 'spbe.proposal.read',
  attributes: { action: 'read' },
  resourceType: SPBE_PROPOSAL_RESOURCE_TYPE,
});

/** Edit, submit, comment on or withdraw a proposal. */
export const spbeProposalUpdatePermission = createPermission({
  name: 'spbe.proposal.update',
  attributes: { action: 'update' },
  resourceType: SPBE_PROPOSAL_RESOURCE_TYPE,
});

/** Take a proposal into review and decide it (architects). */
export const spbeProposalDecidePermission = createPermission({
  name: 'spbe.proposal.decide',
  attributes: { action: 'update' },
});

/** Confirm or dismiss duplicate clusters (architects). */
export const spbeDuplicateReviewPermission = createPermission({
  name: 'spbe.duplicate.review',
  attributes: { action: 'update' },
});

/** Classify an application in a coordinator audit (coordinators, for their ministries). */
export const spbeAuditClassifyPermission = createPermission({
  name: 'spbe.audit.classify',
  attributes: { action: 'update' },
  resourceType: SPBE_AUDIT_ITEM_RESOURCE_TYPE,
});

/** Create and manage audit campaigns. */
export const spbeAuditManagePermission = createPermission({
  name: 'spbe.audit.manage',
  attributes: { action: 'create' },
});

/** Read the leadership dashboards. */
export const spbeDashboardReadPermission = createPermission({
  name: 'spbe.dashboard.read',
  attributes: { action: 'read' },
});

/** Read inventory import reports and run imports. */
export const spbeImportReadPermission = createPermission({
  name: 'spbe.import.read',
  attributes: { action: 'read' },
});

/** Every SPBE permission, for registration with the permission framework. */
export const spbePermissions = [
  spbeProposalCreatePermission,
  spbeProposalReadPermission,
  spbeProposalUpdatePermission,
  spbeProposalDecidePermission,
  spbeDuplicateReviewPermission,
  spbeAuditClassifyPermission,
  spbeAuditManagePermission,
  spbeDashboardReadPermission,
  spbeImportReadPermission,
];

/** Read audit campaigns and their items (coordinators for their ministries, architects, leadership). */
export const spbeAuditReadPermission = createPermission({
  name: 'spbe.audit.read',
  attributes: { action: 'read' },
  resourceType: SPBE_AUDIT_ITEM_RESOURCE_TYPE,
});

/** Read duplicate clusters (every SPBE role). */
export const spbeDuplicateReadPermission = createPermission({
  name: 'spbe.duplicate.read',
  attributes: { action: 'read' },
});

/** Every SPBE permission including the later additions, for registration. */
export const spbeAllPermissions = [
  ...spbePermissions,
  spbeAuditReadPermission,
  spbeDuplicateReadPermission,
];
