/*
 * The SPBE reuse portal backend: stock Backstage plugins plus the SPBE modules.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Development sign-in as any demo user (enabled only where auth.providers.spbeDev is configured)
backend.add(import('@internal/plugin-auth-backend-module-spbe-dev-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// SPBE: processor (validation, labels, relations), inventory import, import reports
backend.add(import('@internal/plugin-catalog-backend-module-spbe'));
// SPBE enforcement: new applications need an approved proposal (spbe.enforcement.mode)
backend.add(import('@internal/plugin-catalog-backend-module-spbe-gate'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
// spbe:reuse-check action for the "Usulan aplikasi baru" template
backend.add(import('@internal/plugin-scaffolder-backend-module-spbe'));
backend.add(import('@backstage/plugin-techdocs-backend'));

backend.add(import('@backstage/plugin-permission-backend'));
// SPBE roles from group membership: architects, leadership, coordinators, agency members
backend.add(import('@internal/plugin-permission-backend-module-spbe-policy'));

// SPBE: proposals, duplicate review, coordinator audit, dashboards, enforcement API
backend.add(import('@internal/plugin-spbe-backend'));

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

backend.add(import('@backstage/plugin-user-settings-backend'));

backend.start();
