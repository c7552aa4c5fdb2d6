import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-spbe-backend',
  'migrations',
);

/** Runs the plugin's migrations (knex takes a lock, so replicas can start together). */
export async function migrateDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: 'spbe_knex_migrations',
  });
}

/** Reverts every migration (tests of the down path). */
export async function rollbackDatabase(knex: Knex): Promise<void> {
  await knex.migrate.rollback(
    { directory: migrationsDir, tableName: 'spbe_knex_migrations' },
    true,
  );
}
