import { coreServices, createServiceFactory, PermissionsService } from '@backstage/backend-plugin-api';
import { AuthorizeResult, PolicyDecision } from '@backstage/plugin-permission-common';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { SpbePermissionPolicy, SpbeRoleResolver } from '@internal/plugin-permission-backend-module-spbe-policy';

/**
 * A permissions service that asks the SPBE policy in-process, as the
 * permission backend would. (The permission backend refuses resource
 * permissions without a resourceRef from mock tokens, which lack the
 * on-behalf-of actor that real plugin tokens carry.)
 */
export const policyPermissionsFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: { catalog: catalogServiceRef, auth: coreServices.auth, userInfo: coreServices.userInfo },
  factory({ catalog, auth, userInfo }): PermissionsService {
    const policy = new SpbePermissionPolicy(new SpbeRoleResolver({ catalog, auth }));
    const evaluate = async (
      permissions: { permission: Parameters<SpbePermissionPolicy['handle']>[0]['permission'] }[],
      credentials: Parameters<PermissionsService['authorize']>[1]['credentials'],
    ): Promise<PolicyDecision[]> => {
      if (auth.isPrincipal(credentials, 'service')) {
        return permissions.map(() => ({ result: AuthorizeResult.ALLOW }));
      }
      if (!auth.isPrincipal(credentials, 'user')) {
        return permissions.map(() => ({ result: AuthorizeResult.DENY }));
      }
      const info = await userInfo.getUserInfo(credentials);
      return Promise.all(permissions.map(p => policy.handle({ permission: p.permission }, { credentials, info })));
    };
    return {
      async authorize(requests, { credentials }) {
        const decisions = await evaluate(requests, credentials);
        return decisions.map(d => {
          if (d.result === AuthorizeResult.CONDITIONAL) {
            throw new Error('authorize() with a conditional decision: use authorizeConditional');
          }
          return { result: d.result };
        });
      },
      async authorizeConditional(requests, { credentials }) {
        return evaluate(requests, credentials) as ReturnType<PermissionsService['authorizeConditional']>;
      },
    };
  },
});
