import { Router } from 'express';
import { Entity } from '@backstage/catalog-model';
import {
  spbeProposalCreatePermission,
} from '@internal/plugin-spbe-common';
import { ReuseQuery } from '../reuse/ReuseAnalyzer';
import { RouterDeps } from './types';

/** Stateless reuse check and the gate check (CLI in CI). */
export function addReuseRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer } = deps;

  router.post('/reuse-check', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeProposalCreatePermission);
    const { limit, ...query } = req.body as ReuseQuery & { limit?: number };
    res.json(
      await deps.analysis.analyze(
        { ...query, referenceCodes: query.referenceCodes ?? [], dpiBlocks: query.dpiBlocks ?? [] },
        { limit: limit ?? 10 },
      ),
    );
  });

  router.post('/gate/check', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeProposalCreatePermission);
    res.json(await deps.gate.check((req.body as { entity: Entity }).entity));
  });

}
