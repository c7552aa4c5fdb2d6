import {
  AuthorizeResult,
  PermissionCondition,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  auditItemUnderCoordinatorCondition,
  proposalOfAgencyCondition,
  proposalUnderCoordinatorCondition,
  spbeAuditClassifyPermission,
  spbeAuditManagePermission,
  spbeAuditReadPermission,
  spbeDashboardReadPermission,
  spbeDuplicateReadPermission,
  spbeDuplicateReviewPermission,
  spbeImportReadPermission,
  spbeProposalCreatePermission,
  spbeProposalDecidePermission,
  spbeProposalReadPermission,
  spbeProposalUpdatePermission,
} from '@internal/plugin-spbe-common';
import { SpbeRoleResolver, SpbeRoles } from './SpbeRoleResolver';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The SPBE permission policy. Roles come from group membership: architects
 * decide proposals, review duplicates, run audits and imports; leadership reads
 * dashboards; members of a team under a Kemenko classify that coordinator's
 * applications; members of a team under an agency act for that agency only.
 * Permissions of other plugins (catalog reads and the rest) are allowed.
 */
export class SpbePermissionPolicy implements PermissionPolicy {
  constructor(private readonly roles: SpbeRoleResolver) {}

  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith('spbe.')) return ALLOW;
    if (!user) return DENY;
    const roles = await this.roles.resolve({
      userEntityRef: user.info.userEntityRef,
      ownershipEntityRefs: user.info.ownershipEntityRefs,
    });
    return decide(permission.name, roles);
  }
}

function proposalScope(roles: SpbeRoles): PolicyDecision {
  const conditions: PermissionCondition[] = [];
  if (roles.agencies.length) conditions.push(proposalOfAgencyCondition({ agencies: roles.agencies }));
  if (roles.coordinators.length) conditions.push(proposalUnderCoordinatorCondition({ coordinators: roles.coordinators }));
  if (!conditions.length) return DENY;
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'spbe',
    resourceType: conditions[0].resourceType,
    conditions: conditions.length === 1 ? conditions[0] : { anyOf: [conditions[0], ...conditions.slice(1)] },
  };
}

function auditScope(roles: SpbeRoles): PolicyDecision {
  if (!roles.coordinators.length) return DENY;
  const condition = auditItemUnderCoordinatorCondition({ coordinators: roles.coordinators });
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'spbe',
    resourceType: condition.resourceType,
    conditions: condition,
  };
}

/** The role matrix, one line per SPBE permission. */
export function decide(permissionName: string, roles: SpbeRoles): PolicyDecision {
  const anyRole = roles.architect || roles.leadership || roles.agencies.length > 0;
  switch (permissionName) {
    case spbeProposalCreatePermission.name:
      return roles.architect || roles.agencies.length > 0 ? ALLOW : DENY;
    case spbeProposalReadPermission.name:
      return roles.architect || roles.leadership ? ALLOW : proposalScope(roles);
    case spbeProposalUpdatePermission.name:
      if (roles.architect) return ALLOW;
      return roles.agencies.length
        ? proposalScope({ ...roles, coordinators: [] })
        : DENY;
    case spbeProposalDecidePermission.name:
    case spbeDuplicateReviewPermission.name:
    case spbeAuditManagePermission.name:
    case spbeImportReadPermission.name:
      return roles.architect ? ALLOW : DENY;
    case spbeDuplicateReadPermission.name:
      return anyRole ? ALLOW : DENY;
    case spbeAuditReadPermission.name:
      return roles.architect || roles.leadership ? ALLOW : auditScope(roles);
    case spbeAuditClassifyPermission.name:
      return auditScope(roles);
    case spbeDashboardReadPermission.name:
      return roles.architect || roles.leadership || roles.coordinators.length > 0 ? ALLOW : DENY;
    default:
      return DENY;
  }
}

