import type { PermissionCondition } from '@backstage/plugin-permission-common';
import {
  SPBE_AUDIT_ITEM_RESOURCE_TYPE,
  SPBE_PROPOSAL_RESOURCE_TYPE,
} from './permissions';

/**
 * Names and parameters of the SPBE permission rules. The rules themselves are
 * registered by the SPBE backend; policies build conditions with the helpers
 * below so that both sides agree on names and parameter shapes.
 */
export const SPBE_RULE_PROPOSAL_OF_AGENCY = 'IS_PROPOSAL_OF_AGENCY';
export const SPBE_RULE_PROPOSAL_UNDER_COORDINATOR = 'IS_PROPOSAL_UNDER_COORDINATOR';
export const SPBE_RULE_AUDIT_ITEM_UNDER_COORDINATOR = 'IS_AUDIT_ITEM_UNDER_COORDINATOR';

/** Condition: the proposal belongs to one of these agencies (Group entity refs). */
export function proposalOfAgencyCondition(params: {
  agencies: string[];
}): PermissionCondition<typeof SPBE_PROPOSAL_RESOURCE_TYPE, { agencies: string[] }> {
  return {
    resourceType: SPBE_PROPOSAL_RESOURCE_TYPE,
    rule: SPBE_RULE_PROPOSAL_OF_AGENCY,
    params,
  };
}

/** Condition: the proposal's agency is under one of these coordinators (Kemenko Group refs). */
export function proposalUnderCoordinatorCondition(params: {
  coordinators: string[];
}): PermissionCondition<typeof SPBE_PROPOSAL_RESOURCE_TYPE, { coordinators: string[] }> {
  return {
    resourceType: SPBE_PROPOSAL_RESOURCE_TYPE,
    rule: SPBE_RULE_PROPOSAL_UNDER_COORDINATOR,
    params,
  };
}

/** Condition: the audited application is under one of these coordinators. */
export function auditItemUnderCoordinatorCondition(params: {
  coordinators: string[];
}): PermissionCondition<typeof SPBE_AUDIT_ITEM_RESOURCE_TYPE, { coordinators: string[] }> {
  return {
    resourceType: SPBE_AUDIT_ITEM_RESOURCE_TYPE,
    rule: SPBE_RULE_AUDIT_ITEM_UNDER_COORDINATOR,
    params,
  };
}
