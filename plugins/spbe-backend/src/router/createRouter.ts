import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { Router } from 'express';
import { addAuditRoutes } from './auditRoutes';
import { addDashboardRoutes } from './dashboardRoutes';
import { addDuplicateRoutes } from './duplicateRoutes';
import { jsonBody } from './helpers';
import { loadSpec } from './loadSpec';
import { addOperationRoutes } from './operationRoutes';
import { addProposalRoutes } from './proposalRoutes';
import { addReuseRoutes } from './reuseRoutes';
import { RouterDeps } from './types';

type SpecArgument = Parameters<typeof createValidatedOpenApiRouter>[0];

/**
 * The plugin's router: generated from the OpenAPI document so that every
 * request is validated against it (400 with field-level messages) before a
 * handler runs; handlers are thin and call the services.
 */
export async function createRouter(deps: RouterDeps): Promise<Router> {
  const spec = loadSpec() as unknown as SpecArgument;
  const router: Router = createValidatedOpenApiRouter(spec, {
    middleware: [jsonBody()],
    validatorOptions: { validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false, removeAdditional: false } },
  });
  addProposalRoutes(router, deps);
  addReuseRoutes(router, deps);
  addDuplicateRoutes(router, deps);
  addAuditRoutes(router, deps);
  addDashboardRoutes(router, deps);
  addOperationRoutes(router, deps);
  return router;
}
