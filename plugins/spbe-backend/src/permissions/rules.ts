import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  SPBE_AUDIT_ITEM_RESOURCE_TYPE,
  SPBE_PROPOSAL_RESOURCE_TYPE,
  SPBE_RULE_AUDIT_ITEM_UNDER_COORDINATOR,
  SPBE_RULE_PROPOSAL_OF_AGENCY,
  SPBE_RULE_PROPOSAL_UNDER_COORDINATOR,
  AuditItem,
  Proposal,
} from '@internal/plugin-spbe-common';
import { z } from 'zod';

/** A store filter a rule translates to: one column among a set of values. */
export type ColumnFilter = { column: string; values: string[] };

export const proposalResourceRef = createPermissionResourceRef<
  Proposal,
  ColumnFilter
>().with({ pluginId: 'spbe', resourceType: SPBE_PROPOSAL_RESOURCE_TYPE });

export const auditItemResourceRef = createPermissionResourceRef<
  AuditItem,
  ColumnFilter
>().with({ pluginId: 'spbe', resourceType: SPBE_AUDIT_ITEM_RESOURCE_TYPE });

export const proposalOfAgencyRule = createPermissionRule({
  name: SPBE_RULE_PROPOSAL_OF_AGENCY,
  description: 'Allow proposals of the given agencies',
  resourceRef: proposalResourceRef,
  paramsSchema: z.object({
    agencies: z.array(z.string()).describe('Group entity refs of agencies'),
  }),
  apply: (proposal, { agencies }) => agencies.includes(proposal.agency),
  toQuery: ({ agencies }) => ({ column: 'agency_ref', values: agencies }),
});

export const proposalUnderCoordinatorRule = createPermissionRule({
  name: SPBE_RULE_PROPOSAL_UNDER_COORDINATOR,
  description: 'Allow proposals of agencies under the given coordinators',
  resourceRef: proposalResourceRef,
  paramsSchema: z.object({
    coordinators: z.array(z.string()).describe('Group entity refs of Kemenko'),
  }),
  apply: (proposal, { coordinators }) =>
    proposal.coordinator !== undefined && coordinators.includes(proposal.coordinator),
  toQuery: ({ coordinators }) => ({ column: 'coordinator_ref', values: coordinators }),
});

export const auditItemUnderCoordinatorRule = createPermissionRule({
  name: SPBE_RULE_AUDIT_ITEM_UNDER_COORDINATOR,
  description: 'Allow audit items of applications under the given coordinators',
  resourceRef: auditItemResourceRef,
  paramsSchema: z.object({
    coordinators: z.array(z.string()).describe('Group entity refs of Kemenko'),
  }),
  apply: (item, { coordinators }) => coordinators.includes(item.coordinator),
  toQuery: ({ coordinators }) => ({ column: 'coordinator_ref', values: coordinators }),
});

export const proposalRules = [proposalOfAgencyRule, proposalUnderCoordinatorRule];
export const auditItemRules = [auditItemUnderCoordinatorRule];
