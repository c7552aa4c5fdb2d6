import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { SpbePermissionPolicy } from './SpbePermissionPolicy';
import { SpbeRoleResolver } from './SpbeRoleResolver';

/**
 * Installs the SPBE permission policy in the permission backend.
 *
 * @public
 */
export const permissionModuleSpbePolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'spbe-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, catalog, auth }) {
        policy.setPolicy(new SpbePermissionPolicy(new SpbeRoleResolver({ catalog, auth })));
      },
    });
  },
});
