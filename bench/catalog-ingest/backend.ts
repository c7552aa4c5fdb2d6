/*
 * The backend the catalog ingestion benchmark starts: the catalog plugin alone
 * ("stock"), or with the SPBE catalog module ("spbe"), chosen by SPBE_BENCH_MODE.
 * Config comes from the --config arguments (see run.mjs).
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
if (process.env.SPBE_BENCH_MODE === 'spbe') {
  backend.add(import('@internal/plugin-catalog-backend-module-spbe'));
}
backend.start();
