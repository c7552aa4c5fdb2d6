/*
 * Preload for the `stock` mode: stock Backstage as released runs knex as
 * released (knex 3.3.0, MIT licence). The portal ships a yarn patch of knex
 * (.yarn/patches/knex-*.patch): `batchInsert` waits with setImmediate instead
 * of a 1 ms timer (lib/execution/batch-insert.js), and the better-sqlite3
 * dialect reuses prepared statements (lib/dialects/better-sqlite3/index.js).
 * This preload puts both originals back for the stock baseline only, so that
 * the baseline is Backstage as everyone runs it. The `stock-patched` mode runs
 * the stock catalog with the portal's patches, to show what they alone bring.
 */
const Module = require('node:module');
const { dirname, join } = require('node:path');

const backendDefaults = dirname(require.resolve('@backstage/backend-defaults/package.json'));
const knexDir = dirname(require.resolve('knex/package.json', { paths: [backendDefaults] }));
const file = join(knexDir, 'lib', 'execution', 'batch-insert.js');
const knexRequire = Module.createRequire(file);
const chunk = knexRequire('lodash/chunk');
const flatten = knexRequire('lodash/flatten');
const delay = knexRequire('./internal/delay');
const { isNumber } = knexRequire('../util/is');

// knex 3.3.0's batchInsert, unchanged.
function batchInsert(client, tableName, batch, chunkSize = 1000) {
  let returning = undefined;
  let transaction = null;
  if (!isNumber(chunkSize) || chunkSize < 1) {
    throw new TypeError(`Invalid chunkSize: ${chunkSize}`);
  }
  if (!Array.isArray(batch)) {
    throw new TypeError(`Invalid batch: Expected array, got ${typeof batch}`);
  }
  const chunks = chunk(batch, chunkSize);
  const runInTransaction = cb => (transaction ? cb(transaction) : client.transaction(cb));
  return Object.assign(
    Promise.resolve().then(async () => {
      await delay(1);
      return runInTransaction(async tr => {
        const chunksResults = [];
        for (const items of chunks) {
          chunksResults.push(await tr(tableName).insert(items, returning));
        }
        return flatten(chunksResults);
      });
    }),
    {
      returning(columns) {
        returning = columns;
        return this;
      },
      transacting(tr) {
        transaction = tr;
        return this;
      },
    },
  );
}

const original = new Module(file, module);
original.filename = file;
original.loaded = true;
original.exports = batchInsert;
require.cache[file] = original;

// knex 3.3.0's better-sqlite3 `_query`, unchanged: it prepares every statement
// anew (the portal's patch reuses prepared statements per connection).
const Client_BetterSQLite3 = knexRequire('../dialects/better-sqlite3');
Client_BetterSQLite3.prototype._query = async function _query(connection, obj) {
  if (!obj.sql) throw new Error('The query is empty');

  if (!connection) {
    throw new Error('No connection provided');
  }

  const statement = connection.prepare(obj.sql);

  const safeIntegers = this._optSafeIntegers(obj.options);
  if (safeIntegers !== undefined) {
    statement.safeIntegers(safeIntegers);
  }

  const bindings = this._formatBindings(obj.bindings);

  if (statement.reader) {
    const response = await statement.all(bindings);
    obj.response = response;
    return obj;
  }

  const response = await statement.run(bindings);
  obj.response = response;
  obj.context = {
    lastID: response.lastInsertRowid,
    changes: response.changes,
  };

  return obj;
};
