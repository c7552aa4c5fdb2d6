import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createSpbeReuseCheckAction } from './actions/reuseCheck';

/**
 * Scaffolder module: the `spbe:reuse-check` action.
 *
 * @public
 */
export const scaffolderModuleSpbe = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'spbe',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, discovery, auth }) {
        scaffolder.addActions(createSpbeReuseCheckAction({ discovery, auth }));
      },
    });
  },
});
