/*
 * Preload for the `stock` mode: SQLite as better-sqlite3 releases it. Every
 * database opened through better-sqlite3 (knex's better-sqlite3 dialect) loads
 * the addon at SPBE_BENCH_RELEASED_SQLITE (built by releasedSqlite.mjs from the
 * released source) instead of the portal's patched build, unless the caller
 * chose an addon itself.
 */
const Module = require('node:module');

const binding = process.env.SPBE_BENCH_RELEASED_SQLITE;
if (!binding)
  throw new Error('unpatchedSqlite.cjs: SPBE_BENCH_RELEASED_SQLITE is not set');
const originalLoad = Module._load;
let wrapped;
Module._load = function load(request, parent, isMain) {
  const loaded = originalLoad.call(this, request, parent, isMain);
  if (request !== 'better-sqlite3') return loaded;
  if (!wrapped) {
    wrapped = function Database(filename, options) {
      return new loaded(filename, {
        ...options,
        nativeBinding: options?.nativeBinding ?? binding,
      });
    };
    Object.setPrototypeOf(wrapped, loaded);
    wrapped.prototype = loaded.prototype;
  }
  return wrapped;
};
