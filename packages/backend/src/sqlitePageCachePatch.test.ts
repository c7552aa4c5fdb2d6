/*
 * The portal patches the SQLite that better-sqlite3 bundles
 * (.yarn/patches/better-sqlite3-*.patch): after a b-tree balance swaps two
 * page numbers through the locking page number, the page cache's largest key
 * comes back down instead of staying there, which made every later commit of
 * an in-memory database scan the whole page cache (the catalog's stitching
 * spent most of its time there). The patch changes how the cache bounds its
 * keys, which rollbacks and commits use to drop pages past the end of the
 * database. These tests check that the data stays right through many
 * balances, commits, rollbacks and rolled-back savepoints of an in-memory
 * database, against a model of its rows; the speed-up is measured by
 * bench/catalog-ingest/sqliteCommit.mjs (docs/benchmarks.md), not here.
 */
import Database from 'better-sqlite3';

function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('SQLite page cache patch', () => {
  it.each([1, 2, 3])(
    'keeps an in-memory database equal to its model through balances and rollbacks (seed %i)',
    seed => {
      const db = new Database(':memory:');
      db.exec(`create table rows (id integer primary key, key text not null, value text not null);
      create index rows_key on rows (key);
      create index rows_value on rows (value)`);
      const insert = db.prepare(
        'insert into rows (id, key, value) values (?, ?, ?)',
      );
      const remove = db.prepare('delete from rows where key = ?');
      const next = random(seed);
      const model = new Map<number, { key: string; value: string }>();
      let id = 0;
      const write = (
        pending: Map<number, { key: string; value: string } | undefined>,
      ) => {
        const n = 20 + Math.floor(next() * 200);
        for (let i = 0; i < n; i++) {
          if (next() < 0.25 && model.size > 0) {
            // delete every row of a random key (frees pages, merges siblings)
            const key = `k${Math.floor(next() * 500)}`;
            remove.run(key);
            for (const [rowId, row] of model)
              if (row.key === key) pending.set(rowId, undefined);
            for (const [rowId, row] of pending)
              if (row?.key === key) pending.set(rowId, undefined);
          } else {
            // random keys and long values: splits and balances in every index
            const row = {
              key: `k${Math.floor(next() * 500)}`,
              value: `${next().toString(36)}-${'v'.repeat(
                50 + Math.floor(next() * 400),
              )}`,
            };
            insert.run(++id, row.key, row.value);
            pending.set(id, row);
          }
        }
      };
      const apply = (
        pending: Map<number, { key: string; value: string } | undefined>,
      ) => {
        for (const [rowId, row] of pending) {
          if (row) model.set(rowId, row);
          else model.delete(rowId);
        }
      };
      for (let t = 0; t < 300; t++) {
        const pending = new Map<
          number,
          { key: string; value: string } | undefined
        >();
        db.exec('BEGIN');
        write(pending);
        const roll = next();
        if (roll < 0.3) {
          db.exec('ROLLBACK');
        } else if (roll < 0.5) {
          // a savepoint rolled back inside a committed transaction
          db.exec('SAVEPOINT inner');
          write(new Map());
          db.exec('ROLLBACK TO inner');
          db.exec('RELEASE inner');
          db.exec('COMMIT');
          apply(pending);
        } else {
          db.exec('COMMIT');
          apply(pending);
        }
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db
        .prepare('select id, key, value from rows order by id')
        .all() as Array<{ id: number; key: string; value: string }>;
      expect(stored.length).toBe(model.size);
      expect(stored).toEqual(
        [...model]
          .sort((a, b) => a[0] - b[0])
          .map(([rowId, row]) => ({ id: rowId, ...row })),
      );
      db.close();
    },
  );
});
