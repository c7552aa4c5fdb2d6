import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  InventoryReadResult,
  InventoryRowError,
  inventoryFormatOf,
  parseInventory,
} from '@internal/spbe-inventory';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SpbeModuleConfig } from '../config';
import { SpbeReferenceDataSource } from '../referenceData';
import { ImportReport, ImportReportStore, NewImportReport } from '../report';
import { AppliedState, computeDelta, toAppliedState } from './inventoryDelta';
import { groupedByOwner } from './mutationOrder';
import { rowsToEntities } from './rowsToEntities';

export interface SpbeInventoryEntityProviderOptions {
  /** Path of the inventory file. */
  path: string;
  logger: LoggerService;
  taskRunner: SchedulerServiceTaskRunner;
  referenceData: SpbeReferenceDataSource;
  reportStore: ImportReportStore;
}

function countRows(result: InventoryReadResult): number {
  const good = new Set(result.rows.map(r => r.rowNumber));
  const bad = new Set(
    result.errors.map(e => e.row).filter(row => !good.has(row)),
  );
  return good.size + bad.size;
}

/**
 * Imports one inventory file (CSV, XLSX, YAML) as SPBE application entities.
 * The first successful read after start applies a `full` mutation, later ones
 * a `delta` against the last applied state; an unchanged file (and unchanged
 * agency directory) is skipped, an unparseable one leaves the previous import
 * in place. Every run that reads a changed file writes an import report.
 */
export class SpbeInventoryEntityProvider implements EntityProvider {
  private readonly options: SpbeInventoryEntityProviderOptions;
  private readonly file: string;
  private readonly logger: LoggerService;
  private connection?: EntityProviderConnection;
  private applied?: AppliedState;
  private lastSeenHash?: string;

  /** One provider per configured inventory file. */
  static fromConfig(
    config: SpbeModuleConfig,
    deps: {
      logger: LoggerService;
      scheduler: SchedulerService;
      referenceData: SpbeReferenceDataSource;
      reportStore: ImportReportStore;
    },
  ): SpbeInventoryEntityProvider[] {
    return config.inventory.files.map(
      path =>
        new SpbeInventoryEntityProvider({
          path,
          logger: deps.logger,
          taskRunner: deps.scheduler.createScheduledTaskRunner(
            config.inventory.schedule,
          ),
          referenceData: deps.referenceData,
          reportStore: deps.reportStore,
        }),
    );
  }

  constructor(options: SpbeInventoryEntityProviderOptions) {
    this.options = options;
    this.file = basename(options.path);
    this.logger = options.logger.child({ target: this.getProviderName() });
  }

  getProviderName(): string {
    return `spbe-inventory:${this.file}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    const id = `${this.getProviderName()}:refresh`;
    await this.options.taskRunner.run({
      id,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          this.logger.error(`${id} failed: ${stringifyError(error)}`);
        }
      },
    });
  }

  /**
   * Reads the file and applies what changed. Resolves to the report of the
   * run, or undefined when the file and agency directory are unchanged.
   */
  async refresh(): Promise<ImportReport | undefined> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected`);
    }
    const startedAt = new Date();
    const data = await this.options.referenceData.get();
    let content: Buffer;
    try {
      content = await readFile(this.options.path);
    } catch (error) {
      const message = `cannot read ${this.options.path}: ${stringifyError(
        error,
      )}`;
      if (this.lastSeenHash === message) return undefined;
      this.lastSeenHash = message;
      return this.fail(startedAt, message);
    }
    const contentHash = createHash('sha256').update(content).digest('hex');
    const runKey = `${contentHash}:${data.version}`;
    if (runKey === this.lastSeenHash) {
      return undefined;
    }
    let read: InventoryReadResult;
    try {
      read = await parseInventory(
        content,
        inventoryFormatOf(this.options.path),
        this.file,
      );
    } catch (error) {
      this.lastSeenHash = runKey;
      return this.fail(startedAt, stringifyError(error), contentHash);
    }

    const { entities, errors } = rowsToEntities(read.rows, {
      file: this.file,
      path: this.options.path,
      resolveAgency: data.resolveAgency,
    });
    const next = toAppliedState(entities);
    const counts = await this.apply(next);
    this.applied = next;
    this.lastSeenHash = runKey;

    const rowErrors: InventoryRowError[] = [...read.errors, ...errors].sort(
      (a, b) => a.row - b.row,
    );
    const rows = countRows(read);
    this.logger.info(
      `Imported ${entities.length} of ${rows} rows (${counts.added} added, ${counts.updated} updated, ${counts.removed} removed, ${rowErrors.length} row errors)`,
    );
    return this.options.reportStore.addReport({
      file: this.file,
      path: this.options.path,
      startedAt,
      finishedAt: new Date(),
      status: 'ok',
      counts: {
        rows,
        imported: entities.length,
        errors: rows - entities.length,
        ...counts,
      },
      rowErrors,
      rowErrorCount: rowErrors.length,
      contentHash,
    });
  }

  private deferred(entity: Entity): DeferredEntity {
    return { entity, locationKey: this.getProviderName() };
  }

  private async apply(
    next: AppliedState,
  ): Promise<{ added: number; updated: number; removed: number }> {
    const connection = this.connection!;
    if (!this.applied) {
      await connection.applyMutation({
        type: 'full',
        entities: groupedByOwner([...next.values()].map(i => i.entity)).map(e =>
          this.deferred(e),
        ),
      });
      return { added: next.size, updated: 0, removed: 0 };
    }
    const delta = computeDelta(this.applied, next);
    if (delta.added.length + delta.updated.length + delta.removed.length > 0) {
      await connection.applyMutation({
        type: 'delta',
        added: groupedByOwner([...delta.added, ...delta.updated]).map(e =>
          this.deferred(e),
        ),
        removed: delta.removed.map(e => this.deferred(e)),
      });
    }
    return {
      added: delta.added.length,
      updated: delta.updated.length,
      removed: delta.removed.length,
    };
  }

  private async fail(
    startedAt: Date,
    error: string,
    contentHash?: string,
  ): Promise<ImportReport> {
    this.logger.warn(`Inventory not imported, previous import kept: ${error}`);
    const report: NewImportReport = {
      file: this.file,
      path: this.options.path,
      startedAt,
      finishedAt: new Date(),
      status: 'parse-failed',
      error,
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
      contentHash,
    };
    return this.options.reportStore.addReport(report);
  }
}
