import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Proposal } from '@internal/plugin-spbe-common';
import { migrateDatabase, rollbackDatabase } from './migrateDatabase';
import { ProposalStore } from './ProposalStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function proposal(id: string, overrides: Partial<Proposal> = {}): Proposal {
  const now = new Date().toISOString();
  return {
    id,
    name: 'SI Kepegawaian',
    description: 'Employee records',
    functions: ['kepegawaian'],
    dataUsed: ['NIP'],
    agency: 'group:default/kemenkeu',
    coordinator: 'group:default/kemenko-perekonomian',
    referenceCodes: ['RAL.02.04'],
    dpiBlocks: [],
    estimatedBudget: 5_000_000_000,
    status: 'draft',
    createdBy: 'user:default/dev',
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('ProposalStore on %p', databaseId => {
  it('stores, updates with a version check, keeps history', async () => {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const store = new ProposalStore(knex);

    await store.insert(proposal('p1'), { type: 'created', actor: 'user:default/dev', toStatus: 'draft' });
    const stored = await store.get('p1');
    expect(stored).toMatchObject({ id: 'p1', functions: ['kepegawaian'], estimatedBudget: 5_000_000_000, version: 1 });

    const updated = await store.update({
      id: 'p1',
      expectedVersion: 1,
      patch: { status: 'submitted' },
      event: { type: 'submitted', actor: 'user:default/dev', fromStatus: 'draft', toStatus: 'submitted' },
    });
    expect(updated).toMatchObject({ status: 'submitted', version: 2 });

    await expect(
      store.update({ id: 'p1', expectedVersion: 1, patch: { status: 'withdrawn' }, event: { type: 'withdrawn', actor: 'x' } }),
    ).rejects.toThrow(ConflictError);
    await expect(
      store.update({ id: 'nope', expectedVersion: 1, patch: {}, event: { type: 'edited', actor: 'x' } }),
    ).rejects.toThrow(NotFoundError);

    await store.addEvent('p1', { type: 'comment', actor: 'user:default/arsitek', text: 'Why not SIASN?' });
    const events = await store.listEvents('p1');
    expect(events.map(e => e.type)).toEqual(['created', 'submitted', 'comment']);
    expect(events[2]).toMatchObject({ text: 'Why not SIASN?', actor: 'user:default/arsitek' });
    expect(Date.parse(events[0].at)).not.toBeNaN();
  });

  it('lets exactly one of two concurrent updates win', async () => {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const store = new ProposalStore(knex);
    await store.insert(proposal('p2', { status: 'in-review' }), { type: 'created', actor: 'x' });
    const results = await Promise.allSettled(
      (['approved', 'rejected-reuse'] as const).map(status =>
        store.update({ id: 'p2', expectedVersion: 1, patch: { status }, event: { type: 'decided', actor: status } }),
      ),
    );
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter(r => r.status === 'rejected') as PromiseRejectedResult[];
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    expect((await store.listEvents('p2')).filter(e => e.type === 'decided')).toHaveLength(1);
  });

  it('lists with agency filter and sums avoided budget', async () => {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const store = new ProposalStore(knex);
    await store.insert(proposal('a', { status: 'rejected-reuse', estimatedBudget: 100 }), { type: 'created', actor: 'x' });
    await store.insert(proposal('b', { agency: 'group:default/kemenkes', status: 'rejected-reuse', estimatedBudget: 50 }), { type: 'created', actor: 'x' });
    await store.insert(proposal('c', { agency: 'group:default/kemenkes' }), { type: 'created', actor: 'x' });
    const kes = await store.list({ criteria: { column: 'agency_ref', values: ['group:default/kemenkes'] }, limit: 10, offset: 0 });
    expect(kes.total).toBe(2);
    expect(kes.items.map(p => p.id).sort()).toEqual(['b', 'c']);
    expect((await store.list({ criteria: { anyOf: [{ column: 'agency_ref', values: [] }] }, limit: 10, offset: 0 })).total).toBe(0);
    const totals = await store.outcomeTotals();
    expect(totals).toEqual({ byStatus: { 'rejected-reuse': 2, draft: 1 }, rejectedReuse: 2, budgetAvoided: 150 });
  });

  it('migrates down and up again', async () => {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    await rollbackDatabase(knex);
    expect(await knex.schema.hasTable('spbe_proposals')).toBe(false);
    await migrateDatabase(knex);
    expect(await knex.schema.hasTable('spbe_proposals')).toBe(true);
  });
});
