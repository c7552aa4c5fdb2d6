import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { OperationStatus, SyncPhase } from '@internal/plugin-spbe-common';
import { OperationStore } from '../database/OperationStore';

/** Progress of one phase: items done out of `total` (absent when unknown). */
export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total?: number;
}

export type ProgressReporter = (progress: SyncProgress) => void;

/**
 * The catalog mirror followed by the duplicate rebuild, as one long operation
 * that records its progress in the database: a user can start it and watch
 * it, the scheduler runs it, and never two at once on any replica.
 */
export class SyncOperation {
  static readonly ID = 'catalog-sync';
  private running?: Promise<unknown>;

  constructor(
    private readonly deps: {
      store: OperationStore;
      run: (report: ProgressReporter) => Promise<Record<string, unknown>>;
      logger: LoggerService;
      /** Minimum time between two progress writes of the same phase. */
      progressIntervalMs?: number;
    },
  ) {}

  status(): Promise<OperationStatus> {
    return this.deps.store.get(SyncOperation.ID);
  }

  /** Starts the operation in the background and answers its state; ConflictError while it runs. */
  async start(requestedBy: string): Promise<OperationStatus> {
    await this.claim(requestedBy);
    this.execute().catch(error =>
      this.deps.logger.error(`SPBE sync started by ${requestedBy} failed: ${error}`),
    );
    return this.status();
  }

  /** Resolves when this replica's run (if any) has finished: for a graceful shutdown. */
  async whenIdle(): Promise<void> {
    await this.running?.catch(() => {});
  }

  /** Runs the operation and answers its result; ConflictError while it runs elsewhere. */
  async run(requestedBy: string): Promise<Record<string, unknown>> {
    await this.claim(requestedBy);
    return this.execute();
  }

  /** The scheduled run: skipped when a user's run is still going. */
  async runScheduled(): Promise<void> {
    if (!(await this.deps.store.claim(SyncOperation.ID, 'scheduler'))) {
      this.deps.logger.info('SPBE sync skipped: a run is in progress');
      return;
    }
    await this.execute();
  }

  private async claim(requestedBy: string): Promise<void> {
    if (!(await this.deps.store.claim(SyncOperation.ID, requestedBy))) {
      throw new ConflictError('The catalog sync and duplicate rebuild is already running');
    }
  }

  private execute(): Promise<Record<string, unknown>> {
    const run = this.runPhases();
    this.running = run;
    return run;
  }

  private async runPhases(): Promise<Record<string, unknown>> {
    const { store } = this.deps;
    const interval = this.deps.progressIntervalMs ?? 500;
    let lastPhase: SyncPhase | undefined;
    let lastWrite = 0;
    // Writes go one after the other, so the stored progress never goes back.
    let writes: Promise<void> = Promise.resolve();
    const report: ProgressReporter = progress => {
      const now = Date.now();
      if (progress.phase === lastPhase && now - lastWrite < interval) return;
      lastPhase = progress.phase;
      lastWrite = now;
      writes = writes.then(() => store.progress(SyncOperation.ID, progress)).catch(() => {});
    };
    try {
      const result = await this.deps.run(report);
      await writes;
      await store.finish(SyncOperation.ID, { result });
      return result;
    } catch (error) {
      await writes;
      await store.finish(SyncOperation.ID, { error: String((error as Error)?.message ?? error) });
      throw error;
    }
  }
}
