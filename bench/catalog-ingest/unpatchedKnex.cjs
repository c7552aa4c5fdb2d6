/*
 * Preload for the `stock` mode: stock Backstage as released runs knex's own
 * `batchInsert`, which waits for a 1 ms timer before each call (knex 3.3.0,
 * lib/execution/batch-insert.js, MIT licence). The portal ships a yarn patch
 * (.yarn/patches/knex-*.patch) that waits with setImmediate instead; this
 * preload puts the original back for the stock baseline only, so that the
 * baseline is Backstage as everyone runs it. The `stock-patched` mode runs the
 * stock catalog with the patch, to show what the patch alone brings.
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
