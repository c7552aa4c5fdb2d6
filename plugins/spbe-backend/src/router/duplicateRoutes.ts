import { Router } from 'express';
import {
  spbeDuplicateReadPermission,
  spbeDuplicateReviewPermission,
  DuplicateStatus,
} from '@internal/plugin-spbe-common';
import { actorOf, pageOf } from './helpers';
import { RouterDeps } from './types';

/** Duplicate review: list clusters, confirm one (naming the keeper), dismiss a cluster or pair. */
export function addDuplicateRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer, duplicates } = deps;

  router.get('/duplicates', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDuplicateReadPermission);
    res.json(
      await duplicates.list({ ...pageOf(req.query), status: req.query.status as DuplicateStatus | undefined }),
    );
  });

  router.post('/duplicates/:id/confirm', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await duplicates.get(req.params.id);
    await authorizer.require(credentials, spbeDuplicateReviewPermission);
    res.json(
      await duplicates.confirm({ id: req.params.id, ...req.body, actor: actorOf(credentials) }),
    );
  });

  router.post('/duplicates/:id/dismiss', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await duplicates.get(req.params.id);
    await authorizer.require(credentials, spbeDuplicateReviewPermission);
    res.json(
      await duplicates.dismiss({ id: req.params.id, ...req.body, actor: actorOf(credentials) }),
    );
  });
}
