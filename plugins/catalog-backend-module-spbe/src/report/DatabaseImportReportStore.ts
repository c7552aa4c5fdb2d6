import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  IMPORT_REPORTS_TABLE,
  ImportReportRow,
  fromRow,
  toRow,
} from './tables';
import { ImportReport, ImportReportStore, NewImportReport } from './types';

const MIGRATIONS_TABLE = 'spbe_inventory_knex_migrations';

/** Reports kept per file; older ones are pruned on insert. */
const DEFAULT_RETAIN_PER_FILE = 100;

const migrationsDir = resolvePackagePath(
  '@internal/plugin-catalog-backend-module-spbe',
  'migrations',
);

/** Import reports in the catalog plugin's database, in their own table. */
export class DatabaseImportReportStore implements ImportReportStore {
  static async create(options: {
    database: DatabaseService;
    retainPerFile?: number;
  }): Promise<DatabaseImportReportStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({
        directory: migrationsDir,
        tableName: MIGRATIONS_TABLE,
      });
    }
    return new DatabaseImportReportStore(
      client,
      options.retainPerFile ?? DEFAULT_RETAIN_PER_FILE,
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly retainPerFile: number,
  ) {}

  async addReport(report: NewImportReport): Promise<ImportReport> {
    const [inserted] = await this.db<ImportReportRow>(IMPORT_REPORTS_TABLE)
      .insert(toRow(report))
      .returning('id');
    const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
    await this.prune(report.file);
    const row = await this.db<ImportReportRow>(IMPORT_REPORTS_TABLE)
      .where({ id })
      .first();
    if (!row) {
      throw new Error(`Import report ${id} vanished after insert`);
    }
    return fromRow(row);
  }

  async listLatestReports(): Promise<ImportReport[]> {
    const latest = this.db(IMPORT_REPORTS_TABLE)
      .max('id as id')
      .groupBy('file');
    const rows = await this.db<ImportReportRow>(IMPORT_REPORTS_TABLE)
      .whereIn('id', latest)
      .orderBy('file', 'asc');
    return rows.map(fromRow);
  }

  async listReports(options: {
    file: string;
    limit: number;
  }): Promise<ImportReport[]> {
    const rows = await this.db<ImportReportRow>(IMPORT_REPORTS_TABLE)
      .where({ file: options.file })
      .orderBy('id', 'desc')
      .limit(options.limit);
    return rows.map(fromRow);
  }

  private async prune(file: string): Promise<void> {
    const keep = this.db(IMPORT_REPORTS_TABLE)
      .select('id')
      .where({ file })
      .orderBy('id', 'desc')
      .limit(this.retainPerFile);
    // Wrapped once more: MySQL rejects LIMIT directly inside IN.
    await this.db(IMPORT_REPORTS_TABLE)
      .where({ file })
      .whereNotIn('id', this.db.select('id').from(keep.as('keep')))
      .delete();
  }
}
