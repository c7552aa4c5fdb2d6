import { Router } from 'express';
import {
  spbeAuditClassifyPermission,
  spbeAuditManagePermission,
  spbeAuditReadPermission,
  AuditCampaign,
  AuditItem,
} from '@internal/plugin-spbe-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { auditItemRules } from '../permissions/rules';
import { actorOf, pageOf } from './helpers';
import { RouterDeps } from './types';

/** Coordinator audit: campaigns, their items and progress, classifications. */
export function addAuditRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer, audits } = deps;

  /** A campaign is readable when its coordinator's items are. */
  async function loadCampaign(id: string, credentials: BackstageCredentials): Promise<AuditCampaign> {
    const campaign = await audits.get(id);
    const decision = await authorizer.decision(credentials, spbeAuditReadPermission);
    authorizer.requireResource({
      decision,
      resource: { coordinator: campaign.coordinator } as AuditItem,
      rules: auditItemRules,
      permission: spbeAuditReadPermission,
    });
    return campaign;
  }

  router.get('/audits', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const access = authorizer.access(
      await authorizer.decision(credentials, spbeAuditReadPermission),
      auditItemRules,
    );
    if (access.type === 'none') {
      res.json({ items: [] });
      return;
    }
    res.json({ items: await audits.list(access.type === 'filter' ? access.criteria : undefined) });
  });

  router.post('/audits', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeAuditManagePermission);
    const campaign = await audits.create({ ...req.body, actor: actorOf(credentials) });
    res.status(201).json({ campaign, progress: await audits.progress(campaign.id) });
  });

  router.get('/audits/:id', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const campaign = await loadCampaign(req.params.id, credentials);
    res.json({ campaign, progress: await audits.progress(campaign.id) });
  });

  router.get('/audits/:id/items', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const campaign = await loadCampaign(req.params.id, credentials);
    const classified = req.query.classified === undefined ? undefined : req.query.classified === 'true';
    res.json(
      await audits.listItems({
        campaignId: campaign.id,
        agency: req.query.agency as string | undefined,
        classified,
        ...pageOf(req.query, 100),
      }),
    );
  });

  router.post('/audits/:id/items/:itemId/classification', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    const item = await audits.getItem(req.params.id, Number(req.params.itemId));
    const decision = await authorizer.decision(credentials, spbeAuditClassifyPermission);
    authorizer.requireResource({ decision, resource: item, rules: auditItemRules, permission: spbeAuditClassifyPermission });
    res.json(await audits.classify({ item, ...req.body, actor: actorOf(credentials) }));
  });
}
