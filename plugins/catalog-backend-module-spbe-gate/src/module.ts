import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { Grandfathering } from './grandfathering';
import { readGateMode } from './readGateMode';
import { SpbeGateClient } from './SpbeGateClient';
import { SpbeGateProcessor } from './SpbeGateProcessor';

/**
 * Catalog module: the SPBE reuse gate (`spbe.enforcement.mode`).
 *
 * @public
 */
export const catalogModuleSpbeGate = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'spbe-gate',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({ catalog, config, discovery, auth, logger }) {
        const mode = readGateMode(config);
        catalog.addProcessor(
          new SpbeGateProcessor({
            mode,
            checker: new SpbeGateClient({ discovery, auth }),
            logger,
            grandfathering: Grandfathering.fromConfig(config),
          }),
        );
      },
    });
  },
});
