import {
  TestDatabaseId,
  TestDatabases,
  mockServices,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseImportReportStore } from './DatabaseImportReportStore';
import { NewImportReport } from './types';

jest.setTimeout(60_000);

/**
 * PostgreSQL runs when BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING is
 * set (the package's `yarn test` sets it to the local server); SQLite always.
 */
const ids: TestDatabaseId[] = [
  'SQLITE_3',
  ...(process.env.BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING
    ? (['POSTGRES_16'] as const)
    : []),
];
const databases = TestDatabases.create({ ids });

function report(overrides: Partial<NewImportReport> = {}): NewImportReport {
  return {
    file: 'kemenkes.csv',
    path: '/data/kemenkes.csv',
    startedAt: new Date('2026-11-01T10:00:00.000Z'),
    finishedAt: new Date('2026-11-01T10:00:02.500Z'),
    status: 'ok',
    counts: {
      rows: 3,
      imported: 2,
      errors: 1,
      added: 2,
      updated: 0,
      removed: 0,
    },
    rowErrors: [
      {
        file: 'kemenkes.csv',
        row: 3,
        column: 'instansi',
        value: 'X',
        reason: 'unknown agency',
      },
    ],
    rowErrorCount: 1,
    contentHash: 'abc',
    ...overrides,
  };
}

async function createStore(knex: Knex, retainPerFile?: number) {
  return DatabaseImportReportStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
    retainPerFile,
  });
}

describe.each(databases.eachSupportedId())(
  'DatabaseImportReportStore on %s',
  databaseId => {
    it('stores and reads back a report', async () => {
      const knex = await databases.init(databaseId);
      const store = await createStore(knex);
      const stored = await store.addReport(report());
      expect(stored).toEqual({ id: expect.any(Number), ...report() });
      expect(
        await store.listReports({ file: 'kemenkes.csv', limit: 10 }),
      ).toEqual([stored]);
    });

    it('keeps a parse failure with its error', async () => {
      const knex = await databases.init(databaseId);
      const store = await createStore(knex);
      const failed = report({
        status: 'parse-failed',
        error: 'no id column',
        counts: {
          rows: 0,
          imported: 0,
          errors: 0,
          added: 0,
          updated: 0,
          removed: 0,
        },
        rowErrors: [],
        rowErrorCount: 0,
        contentHash: undefined,
      });
      const stored = await store.addReport(failed);
      expect(stored).toEqual({ id: expect.any(Number), ...failed });
    });

    it('lists the latest report of each file and the history of one file', async () => {
      const knex = await databases.init(databaseId);
      const store = await createStore(knex);
      const a1 = await store.addReport(report({ file: 'a.csv' }));
      const b1 = await store.addReport(report({ file: 'b.xlsx' }));
      const a2 = await store.addReport(
        report({ file: 'a.csv', counts: { ...report().counts, updated: 5 } }),
      );
      expect(await store.listLatestReports()).toEqual([a2, b1]);
      expect(await store.listReports({ file: 'a.csv', limit: 10 })).toEqual([
        a2,
        a1,
      ]);
      expect(await store.listReports({ file: 'a.csv', limit: 1 })).toEqual([
        a2,
      ]);
      expect(await store.listReports({ file: 'none.csv', limit: 10 })).toEqual(
        [],
      );
    });

    it('caps the stored row errors but keeps their count', async () => {
      const knex = await databases.init(databaseId);
      const store = await createStore(knex);
      const rowErrors = Array.from({ length: 10_050 }, (_, i) => ({
        file: 'big.csv',
        row: i + 2,
        reason: 'missing nama',
      }));
      const stored = await store.addReport(
        report({ file: 'big.csv', rowErrors, rowErrorCount: 10_050 }),
      );
      expect(stored.rowErrors).toHaveLength(10_000);
      expect(stored.rowErrors[9_999].row).toBe(10_001);
      expect(stored.rowErrorCount).toBe(10_050);
    });

    it('prunes old reports of a file beyond the retention', async () => {
      const knex = await databases.init(databaseId);
      const store = await createStore(knex, 2);
      await store.addReport(report({ file: 'a.csv', contentHash: '1' }));
      await store.addReport(report({ file: 'b.csv' }));
      await store.addReport(report({ file: 'a.csv', contentHash: '2' }));
      await store.addReport(report({ file: 'a.csv', contentHash: '3' }));
      const history = await store.listReports({ file: 'a.csv', limit: 10 });
      expect(history.map(r => r.contentHash)).toEqual(['3', '2']);
      expect(
        await store.listReports({ file: 'b.csv', limit: 10 }),
      ).toHaveLength(1);
    });

    it('uses its own migrations table, and migrates down cleanly', async () => {
      const knex = await databases.init(databaseId);
      await createStore(knex);
      expect(await knex.schema.hasTable('spbe_inventory_knex_migrations')).toBe(
        true,
      );
      expect(await knex.schema.hasTable('knex_migrations')).toBe(false);
      await createStore(knex);
      await knex.migrate.rollback(
        {
          directory: `${__dirname}/../../migrations`,
          tableName: 'spbe_inventory_knex_migrations',
        },
        true,
      );
      expect(await knex.schema.hasTable('spbe_inventory_import_reports')).toBe(
        false,
      );
    });
  },
);
