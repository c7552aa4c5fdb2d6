import { Router } from 'express';
import {
  spbeDuplicateReadPermission,
  spbeDuplicateReviewPermission,
} from '@internal/plugin-spbe-common';
import { actorOf } from './helpers';
import { RouterDeps } from './types';

/**
 * The catalog mirror + duplicate rebuild: run it now and wait (scripts,
 * tests), start it in the background, or watch its progress.
 */
export function addOperationRoutes(router: Router, deps: RouterDeps): void {
  const { authorizer, syncOperation } = deps;

  router.post('/sync', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDuplicateReviewPermission);
    res.json(await syncOperation.run(actorOf(credentials)));
  });

  router.get('/operations/sync', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDuplicateReadPermission);
    res.json(await syncOperation.status());
  });

  router.post('/operations/sync', async (req, res) => {
    const credentials = await authorizer.credentials(req);
    await authorizer.require(credentials, spbeDuplicateReviewPermission);
    res.status(202).json(await syncOperation.start(actorOf(credentials)));
  });
}
