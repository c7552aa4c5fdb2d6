import { Router } from 'express';
import { spbeDashboardReadPermission } from '@internal/plugin-spbe-common';
import { RouterDeps } from './types';

/** Dashboard totals and recorded daily trends. */
export function addDashboardRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer, dashboard } = deps;

  router.get('/dashboard/summary', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDashboardReadPermission);
    res.json(await dashboard.totals());
  });

  router.get('/dashboard/trends', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDashboardReadPermission);
    const days = Math.min(Math.max(Number(req.query.days ?? 90), 1), 3650);
    res.json({ items: await dashboard.trends(days) });
  });
}
