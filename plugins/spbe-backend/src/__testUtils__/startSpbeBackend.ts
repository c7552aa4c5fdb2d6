import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { spbePlugin } from '../plugin';
import { entities as defaultEntities } from './fixtures';
import { policyPermissionsFactory } from './policyPermissionsFactory';

/**
 * Starts a test backend with the SPBE plugin, permissions decided by the SPBE
 * policy, an in-memory catalog and the given database.
 */
export async function startSpbeBackend(options: {
  knex?: Knex;
  entities?: Entity[];
  mode?: 'off' | 'warn' | 'block';
} = {}) {
  const backend = await startTestBackend({
    features: [
      spbePlugin,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          spbe: { enforcement: { mode: options.mode ?? 'block' } },
        },
      }),
      catalogServiceMock.factory({ entities: options.entities ?? defaultEntities }),
      ...(options.knex ? [mockServices.database.factory({ knex: options.knex })] : []),
      policyPermissionsFactory,
    ],
  });
  return backend;
}
