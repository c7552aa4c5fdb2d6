import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PermissionCriteria,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionRule,
} from '@backstage/plugin-permission-node';
import { Request } from 'express';
import { ColumnFilter } from './rules';

/** What a caller may see of a resource type: everything, nothing, or a filter. */
export type Access =
  | { type: 'all' }
  | { type: 'none' }
  | { type: 'filter'; criteria: PermissionCriteria<ColumnFilter> };

/**
 * The one place routes check permissions: basic permissions answer 403 when
 * denied; resource permissions are asked conditionally once and the
 * conditions applied to single resources in memory or to lists in SQL.
 */
export class SpbeAuthorizer {
  constructor(
    private readonly deps: {
      httpAuth: HttpAuthService;
      permissions: PermissionsService;
    },
  ) {}

  credentials(req: Request): Promise<BackstageCredentials> {
    return this.deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  async require(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  async decision(
    credentials: BackstageCredentials,
    permission: ResourcePermission,
  ): Promise<PolicyDecision> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return decision;
  }

  /** Throws 403 unless the decision allows this resource. */
  requireResource<T>(options: {
    decision: PolicyDecision;
    resource: T;
    rules: PermissionRule<T, ColumnFilter, string>[];
    permission: ResourcePermission;
  }): void {
    const allowed = createConditionAuthorizer<T, ColumnFilter>(options.rules)(
      options.decision,
      options.resource,
    );
    if (!allowed) {
      throw new NotAllowedError(`Not allowed: ${options.permission.name}`);
    }
  }

  /** Translates a decision into list access. */
  access<T>(
    decision: PolicyDecision,
    rules: PermissionRule<T, ColumnFilter, string>[],
  ): Access {
    if (decision.result === AuthorizeResult.ALLOW) return { type: 'all' };
    if (decision.result !== AuthorizeResult.CONDITIONAL) return { type: 'none' };
    const transform = createConditionTransformer<ColumnFilter, PermissionRule<T, ColumnFilter, string>[]>(rules);
    return { type: 'filter', criteria: transform(decision.conditions) };
  }
}
