import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { spbeImportReadPermission } from '@internal/plugin-spbe-common';
import { readSpbeModuleConfig } from './config';
import { SpbeEntityProcessor } from './processor';
import { SpbeInventoryEntityProvider } from './provider';
import { FileReferenceDataLoader } from './referenceData';
import { DatabaseImportReportStore } from './report';
import { createRouter } from './router';

/**
 * The SPBE catalog module: processor, inventory entity providers and the
 * import report routes.
 */
export const catalogModuleSpbe = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'spbe',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init(deps) {
        const config = readSpbeModuleConfig(deps.config);
        const referenceData = FileReferenceDataLoader.create({
          catalogInfoDir: config.catalogInfoDir,
          agencyFiles: config.agencyFiles,
          logger: deps.logger,
        });
        const store = await DatabaseImportReportStore.create({
          database: deps.database,
        });

        deps.catalog.addProcessor(new SpbeEntityProcessor({ referenceData }));
        deps.catalog.addEntityProvider(
          SpbeInventoryEntityProvider.fromConfig(config, {
            logger: deps.logger,
            scheduler: deps.scheduler,
            referenceData,
            reportStore: store,
          }),
        );
        deps.permissionsRegistry.addPermissions([spbeImportReadPermission]);
        deps.httpRouter.use(
          await createRouter({
            store,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
          }),
        );
      },
    });
  },
});
