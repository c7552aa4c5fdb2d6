import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { ImportReportStore } from '../report';
import { requireImportReadPermission } from './requireImportReadPermission';

const DEFAULT_HISTORY = 20;
const MAX_HISTORY = 100;

function parseLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_HISTORY;
  const limit = Number(value);
  if (
    typeof value !== 'string' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_HISTORY
  ) {
    throw new InputError(`limit must be an integer from 1 to ${MAX_HISTORY}`);
  }
  return limit;
}

/**
 * Read-only routes of the import reports, mounted in the catalog plugin:
 * `GET /spbe/import-reports` (latest per file) and
 * `GET /spbe/import-reports/:file` (history of one file, newest first).
 */
export async function createRouter(deps: {
  store: ImportReportStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): Promise<express.Router> {
  const router = Router();
  router.use('/spbe/import-reports', async (req, _res, next) => {
    await requireImportReadPermission(req, deps);
    next();
  });

  router.get('/spbe/import-reports', async (_req, res) => {
    res.json({ items: await deps.store.listLatestReports() });
  });

  router.get('/spbe/import-reports/:file', async (req, res) => {
    const limit = parseLimit(req.query.limit);
    const items = await deps.store.listReports({
      file: req.params.file,
      limit,
    });
    if (items.length === 0) {
      throw new NotFoundError(`No import report for file "${req.params.file}"`);
    }
    res.json({ items });
  });
  return router;
}
