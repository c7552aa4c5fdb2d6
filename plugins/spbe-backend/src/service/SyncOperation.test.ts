import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { OperationStatus } from '@internal/plugin-spbe-common';
import { migrateDatabase } from '../database/migrateDatabase';
import { OperationStore } from '../database/OperationStore';
import { ProgressReporter, SyncOperation } from './SyncOperation';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/** A run that waits until the test releases it, reporting each step. */
function controllableRun() {
  let release!: (result: Record<string, unknown>) => void;
  let fail!: (error: Error) => void;
  let reporter!: ProgressReporter;
  const run = jest.fn((report: ProgressReporter) => {
    reporter = report;
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
  });
  return {
    run,
    report: (p: Parameters<ProgressReporter>[0]) => reporter(p),
    release: (r: Record<string, unknown>) => release(r),
    fail: (e: Error) => fail(e),
  };
}

async function until(read: () => Promise<OperationStatus>, done: (s: OperationStatus) => boolean) {
  for (let i = 0; i < 200; i++) {
    const status = await read();
    if (done(status)) return status;
    await new Promise(r => setTimeout(r, 10));
  }
  throw new Error('operation did not reach the expected state');
}

describe.each(databases.eachSupportedId())('SyncOperation on %p', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const store = new OperationStore(knex);
    const control = controllableRun();
    const operation = new SyncOperation({
      store,
      run: control.run,
      logger: mockServices.logger.mock(),
      progressIntervalMs: 0,
    });
    return { knex, store, control, operation };
  }

  it('is idle before the first run', async () => {
    const { operation } = await setUp();
    await expect(operation.status()).resolves.toEqual({ id: 'catalog-sync', state: 'idle', done: 0 });
  });

  it('records who started it, its progress and its result', async () => {
    const { operation, control } = await setUp();
    const started = await operation.start('user:default/arsitek-kemenpanrb');
    expect(started).toMatchObject({ state: 'running', requestedBy: 'user:default/arsitek-kemenpanrb', done: 0 });

    control.report({ phase: 'catalog', done: 500, total: 27000 });
    const moving = await until(() => operation.status(), s => s.done === 500);
    expect(moving).toMatchObject({ state: 'running', phase: 'catalog', done: 500, total: 27000 });

    control.report({ phase: 'clusters', done: 0 });
    await until(() => operation.status(), s => s.phase === 'clusters');

    control.release({ seen: 27000, duplicates: { clusters: 12 } });
    const finished = await until(() => operation.status(), s => s.state !== 'running');
    expect(finished).toMatchObject({
      state: 'succeeded',
      result: { seen: 27000, duplicates: { clusters: 12 } },
    });
    expect(finished.finishedAt).toBeDefined();
    await operation.whenIdle();
  });

  it('refuses a second run while one is going, on this replica or another', async () => {
    const { operation, control, store } = await setUp();
    await operation.start('user:default/a');
    await expect(operation.start('user:default/b')).rejects.toThrow(ConflictError);
    await expect(operation.run('user:default/b')).rejects.toThrow(ConflictError);
    // another replica: same table, its own SyncOperation
    const other = new SyncOperation({ store, run: jest.fn(), logger: mockServices.logger.mock() });
    await expect(other.start('user:default/c')).rejects.toThrow(ConflictError);
    await other.runScheduled(); // skipped, not failed
    expect(control.run).toHaveBeenCalledTimes(1);

    control.release({});
    await operation.whenIdle();
    const again = operation.run('user:default/b');
    await until(() => operation.status(), s => s.requestedBy === 'user:default/b');
    control.release({ seen: 1 });
    await expect(again).resolves.toEqual({ seen: 1 });
    expect(control.run).toHaveBeenCalledTimes(2);
  });

  it('records a failure with its message and can run again', async () => {
    const { operation, control } = await setUp();
    const run = operation.run('user:default/a');
    await until(() => operation.status(), s => s.state === 'running');
    control.fail(new Error('catalog unreachable'));
    await expect(run).rejects.toThrow('catalog unreachable');
    await expect(operation.status()).resolves.toMatchObject({ state: 'failed', error: 'catalog unreachable' });
    await operation.start('user:default/a');
    await expect(operation.status()).resolves.toMatchObject({ state: 'running', error: undefined });
    control.release({});
    await operation.whenIdle();
  });

  it('lets a run be claimed again when its replica stopped reporting', async () => {
    const { knex, store } = await setUp();
    const t0 = new Date('2026-11-27T10:00:00Z');
    expect(await store.claim('catalog-sync', 'replica-1', t0)).toBe(true);
    expect(await store.claim('catalog-sync', 'replica-2', new Date(t0.getTime() + 60_000))).toBe(false);
    const stale = new OperationStore(knex, { staleAfterMs: 15 * 60_000 });
    expect(await stale.claim('catalog-sync', 'replica-2', new Date(t0.getTime() + 16 * 60_000))).toBe(true);
    await expect(store.get('catalog-sync')).resolves.toMatchObject({ state: 'running', requestedBy: 'replica-2' });
  });
});
