#!/usr/bin/env node
/*
 * The cost of a stitch-like transaction on an in-memory SQLite database, with
 * better-sqlite3 as released and with the portal's SQLite patch
 * (.yarn/patches/better-sqlite3-*.patch), alternating in one process:
 *
 *   node bench/catalog-ingest/sqliteCommit.mjs [--entities 27000] [--transactions 3000] [--rounds 3]
 *
 * The database holds `--entities` entities with 20 `search` rows each behind
 * three indexes, like the catalog's `search` table; each transaction deletes
 * one random entity's rows and inserts 20 new ones (what the stitcher does).
 * Prints the mean transaction and COMMIT time of each build and their ratio.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { releasedSqliteBinding } from './releasedSqlite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const Database = createRequire(
  join(root, 'packages', 'backend', 'package.json'),
)('better-sqlite3');
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '27000' },
    transactions: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '3' },
  },
});
const entities = Number(values.entities);
const transactions = Number(values.transactions);

function measure(nativeBinding) {
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  db.exec(`create table entities (id text primary key, body text);
    create table search (entity_id text, key text, original_value text, value text);
    create index search_entity on search (entity_id);
    create index search_key on search (key);
    create index search_value on search (value)`);
  let seed = 1;
  const random = () =>
    (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const insertEntity = db.prepare('insert into entities values (?, ?)');
  const insertRow = db.prepare('insert into search values (?, ?, ?, ?)');
  const deleteRows = db.prepare('delete from search where entity_id = ?');
  const rows = id => {
    for (let k = 0; k < 20; k++) {
      const value = `v${Math.floor(random() * 5000)}-${id}`;
      insertRow.run(id, `key.${k}`, value, value);
    }
  };
  const body = 'x'.repeat(3000);
  db.transaction(() => {
    for (let i = 0; i < entities; i++) {
      insertEntity.run(`component:default/app-${i}`, body);
      rows(`component:default/app-${i}`);
    }
  })();
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  let commitNs = 0n;
  const t0 = process.hrtime.bigint();
  for (let j = 0; j < transactions; j++) {
    const id = `component:default/app-${Math.floor(random() * entities)}`;
    begin.run();
    deleteRows.run(id);
    rows(id);
    const c0 = process.hrtime.bigint();
    commit.run();
    commitNs += process.hrtime.bigint() - c0;
  }
  const totalNs = process.hrtime.bigint() - t0;
  const pages = db.pragma('page_count', { simple: true });
  db.close();
  return {
    transactionMs: Number(totalNs) / 1e6 / transactions,
    commitMs: Number(commitNs) / 1e6 / transactions,
    pages,
  };
}

const released = releasedSqliteBinding();
const results = { released: [], patched: [] };
for (let r = 0; r < Number(values.rounds); r++) {
  results.released.push(measure(released));
  results.patched.push(measure(undefined));
}
const mean = (list, key) => list.reduce((s, x) => s + x[key], 0) / list.length;
const f = x => x.toFixed(3);
console.log(
  `${entities} entities (${results.patched[0].pages} pages of 4 KiB), ${transactions} transactions x ${values.rounds} rounds`,
);
console.log('| build | transaction ms | COMMIT ms |');
console.log('|---|---|---|');
for (const build of ['released', 'patched']) {
  console.log(
    `| ${build} | ${f(mean(results[build], 'transactionMs'))} | ${f(
      mean(results[build], 'commitMs'),
    )} |`,
  );
}
console.log(
  `| patched / released | ${f(
    mean(results.patched, 'transactionMs') /
      mean(results.released, 'transactionMs'),
  )} | ${f(
    mean(results.patched, 'commitMs') / mean(results.released, 'commitMs'),
  )} |`,
);
