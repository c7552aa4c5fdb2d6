import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { spbeAllPermissions } from '@internal/plugin-spbe-common';
import { AgencyDirectory } from './catalog/AgencyDirectory';
import { CatalogSync } from './catalog/CatalogSync';
import { readSpbeConfig } from './config';
import { ApplicationStore } from './database/ApplicationStore';
import { AuditStore } from './database/AuditStore';
import { DuplicateStore } from './database/DuplicateStore';
import { migrateDatabase } from './database/migrateDatabase';
import { OperationStore } from './database/OperationStore';
import { ProposalStore } from './database/ProposalStore';
import { SnapshotStore } from './database/SnapshotStore';
import { SpbeAuthorizer } from './permissions/SpbeAuthorizer';
import {
  auditItemResourceRef,
  auditItemRules,
  proposalResourceRef,
  proposalRules,
} from './permissions/rules';
import { ReuseAnalysisService } from './reuse/ReuseAnalysisService';
import { ReuseIndex } from './reuse/ReuseIndex';
import { EngineReuseAnalyzer } from './reuse/EngineReuseAnalyzer';
import { createRouter } from './router/createRouter';
import { AuditService } from './service/AuditService';
import { DashboardService } from './service/DashboardService';
import { DuplicateService } from './service/DuplicateService';
import { GateService } from './service/GateService';
import { ProposalService } from './service/ProposalService';
import { SyncOperation } from './service/SyncOperation';

/**
 * The SPBE backend plugin: proposals and architect review, duplicate review,
 * coordinator audit, dashboard API and the reuse gate.
 *
 * @public
 */
export const spbePlugin = createBackendPlugin({
  pluginId: 'spbe',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, database, scheduler, httpRouter, catalog, auth } = deps;
        const settings = readSpbeConfig(config);
        const knex = await database.getClient();
        if (!database.migrations?.skip) await migrateDatabase(knex);

        const applicationStore = new ApplicationStore(knex);
        const proposalStore = new ProposalStore(knex);
        const duplicateStore = new DuplicateStore(knex);
        const auditStore = new AuditStore(knex);
        const snapshotStore = new SnapshotStore(knex);

        const agencies = new AgencyDirectory({ catalog, auth });
        const index = new ReuseIndex(applicationStore, new EngineReuseAnalyzer());
        const analysis = new ReuseAnalysisService(index);
        const proposals = new ProposalService({ store: proposalStore, agencies, analysis });
        const duplicates = new DuplicateService({ store: duplicateStore, index });
        const audits = new AuditService({ store: auditStore, applications: applicationStore, agencies });
        const dashboard = new DashboardService({
          applications: applicationStore,
          duplicates: duplicateStore,
          audits: auditStore,
          proposals: proposalStore,
          snapshots: snapshotStore,
        });
        const gate = new GateService({ proposals: proposalStore, analysis, mode: settings.enforcementMode });
        const sync = new CatalogSync({ catalog, auth, store: applicationStore, logger });

        const syncOperation = new SyncOperation({
          store: new OperationStore(knex),
          logger,
          run: async report => {
            const synced = await sync.run(report);
            const detected = await duplicates.detect(report);
            return { ...synced, duplicates: detected };
          },
        });
        deps.lifecycle.addShutdownHook(() => syncOperation.whenIdle());

        deps.permissionsRegistry.addResourceType({
          resourceRef: proposalResourceRef,
          permissions: spbeAllPermissions.filter(p => 'resourceType' in p && p.resourceType === proposalResourceRef.resourceType),
          rules: proposalRules,
          getResources: async ids => Promise.all(ids.map(id => proposalStore.get(id))),
        });
        deps.permissionsRegistry.addResourceType({
          resourceRef: auditItemResourceRef,
          permissions: spbeAllPermissions.filter(p => 'resourceType' in p && p.resourceType === auditItemResourceRef.resourceType),
          rules: auditItemRules,
          getResources: async ids =>
            Promise.all(
              ids.map(async id => {
                const [campaignId, itemId] = id.split('#');
                return auditStore.getItem(campaignId, Number(itemId));
              }),
            ),
        });
        deps.permissionsRegistry.addPermissions(spbeAllPermissions.filter(p => !('resourceType' in p)));

        // Scheduled work runs on one replica at a time (scope global); its results live in the database.
        await scheduler.scheduleTask({
          id: 'spbe-catalog-sync',
          frequency: { minutes: settings.syncFrequencyMinutes },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 30 },
          scope: 'global',
          fn: () => syncOperation.runScheduled(),
        });
        // Each replica keeps its in-memory engine index current from the shared table (changed rows only).
        await scheduler.scheduleTask({
          id: 'spbe-index-refresh',
          frequency: { minutes: 1 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 45 },
          scope: 'local',
          fn: () => index.refresh(),
        });
        await scheduler.scheduleTask({
          id: 'spbe-daily-snapshot',
          frequency: { cron: '15 0 * * *' },
          timeout: { minutes: 10 },
          scope: 'global',
          fn: async () => {
            const day = await dashboard.snapshot();
            logger.info(`SPBE dashboard snapshot taken for ${day}`);
          },
        });

        httpRouter.use(
          await createRouter({
            authorizer: new SpbeAuthorizer({ httpAuth: deps.httpAuth, permissions: deps.permissions }),
            proposals,
            analysis,
            gate,
            duplicates,
            audits,
            dashboard,
            syncOperation,
          }),
        );
      },
    });
  },
});
