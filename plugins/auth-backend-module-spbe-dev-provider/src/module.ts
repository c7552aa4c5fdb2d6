import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { DevUserResult, devUserAuthenticator } from './authenticator';

/** Provider id, configured as `auth.providers.spbeDev: {}` in development only. */
export const DEV_PROVIDER_ID = 'spbeDev';

/**
 * Development sign-in: signs in as the catalog User named by the request, with
 * its group memberships as ownership, so the permission policy sees real roles.
 */
export const authModuleSpbeDevProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'spbe-dev-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: DEV_PROVIDER_ID,
          factory: createProxyAuthProviderFactory<DevUserResult>({
            authenticator: devUserAuthenticator,
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: { kind: 'User', name: result.userName },
              });
            },
          }),
        });
      },
    });
  },
});
