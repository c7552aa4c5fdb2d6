import { TestDatabases } from '@backstage/backend-test-utils';
import { ApplicationStore } from '../database/ApplicationStore';
import { AuditStore } from '../database/AuditStore';
import { DuplicateStore } from '../database/DuplicateStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { ProposalStore } from '../database/ProposalStore';
import { SnapshotStore } from '../database/SnapshotStore';
import { DashboardService } from './DashboardService';
import { ApplicationRecord } from './types';

jest.setTimeout(60_000);
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

function app(name: string, agency: string): ApplicationRecord {
  return {
    entityRef: `component:default/${name}`, name, agency, coordinator: 'group:default/kemenko-pmk', ral: 'RAL.02.04',
    codes: [], functions: [], data: [], dpi: [], implementsDpi: [], platformNasional: false, grandfathered: true,
  };
}

describe.each(databases.eachSupportedId())('DashboardService on %p', databaseId => {
  it('keeps one snapshot per day and returns trends oldest first', async () => {
    const knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    const applications = new ApplicationStore(knex);
    const service = new DashboardService({
      applications, duplicates: new DuplicateStore(knex), audits: new AuditStore(knex),
      proposals: new ProposalStore(knex), snapshots: new SnapshotStore(knex),
    });
    await applications.applyChanges({ upserts: [{ record: app('a', 'group:default/kemenkes'), etag: '1' }], deletes: [] });
    await service.snapshot(new Date('2026-11-01T10:00:00Z'));
    await applications.applyChanges({ upserts: [{ record: app('b', 'group:default/kemenkes'), etag: '1' }], deletes: [] });
    await service.snapshot(new Date('2026-11-02T10:00:00Z'));
    await applications.applyChanges({ upserts: [], deletes: ['component:default/a'] });
    await service.snapshot(new Date('2026-11-02T23:00:00Z')); // same day again: later figures win

    const trends = await service.trends(7, new Date('2026-11-03T00:00:00Z'));
    expect(trends.map(t => [t.day, t.totals.applications])).toEqual([['2026-11-01', 1], ['2026-11-02', 1]]);
    expect((await service.trends(1, new Date('2026-11-02T12:00:00Z'))).map(t => t.day)).toEqual(['2026-11-02']);

    const totals = await service.totals();
    expect(totals.byAgency).toEqual([{ key: 'group:default/kemenkes', count: 1 }]);
    expect(totals.byFunction).toEqual([{ key: 'RAL.02.04', count: 1 }]);

    // incremental mirror: a replica at revision 0 sees b live and a deleted
    const changes = await applications.changesSince(0);
    expect(changes.upserts.map(r => r.entityRef)).toEqual(['component:default/b']);
    expect(changes.deletes).toEqual(['component:default/a']);
    expect(await applications.changesSince(changes.revision)).toEqual({ upserts: [], deletes: [], revision: changes.revision });
  });
});
