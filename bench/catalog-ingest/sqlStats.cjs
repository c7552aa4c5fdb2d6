/*
 * Diagnostic preload (not used by the measured modes): time and count every
 * better-sqlite3 statement of the backend, grouped by its SQL text with the
 * literal values and placeholder lists folded, and write the table to
 * $SPBE_SQL_STATS (JSON) every 5 s and on exit. Run a benchmark mode with it:
 *
 *   SPBE_SQL_STATS=/tmp/sql-spbe.json NODE_OPTIONS="--require $PWD/bench/catalog-ingest/sqlStats.cjs" \
 *     node bench/catalog-ingest/run.mjs --size 10000 --modes spbe
 *
 * then `node bench/catalog-ingest/sqlStats.cjs /tmp/sql-spbe.json` prints the top statements.
 */
const { writeFileSync, readFileSync } = require('node:fs');

function normalise(sql) {
  return sql
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\b\d+\b/g, 'N')
    .replace(/\(\s*\?(?:\s*,\s*\?)*\s*\)/g, '(?…)')
    .replace(/(?:\(\?…\)\s*,\s*)+\(\?…\)/g, '(?…),…')
    .replace(/\s+/g, ' ')
    .trim();
}

function report(file) {
  const stats = JSON.parse(readFileSync(file, 'utf8'));
  const rows = Object.entries(stats.statements).sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((s, [, v]) => s + v.ms, 0);
  console.log(`statements: ${total.toFixed(0)} ms executing, prepare ${stats.prepare.ms.toFixed(0)} ms (${stats.prepare.count} prepares)`);
  for (const [sql, v] of rows.slice(0, Number(process.argv[3] ?? 25))) {
    console.log(
      `${v.ms.toFixed(0).padStart(8)} ms ${String(v.count).padStart(8)} x ${(v.ms / v.count).toFixed(3).padStart(8)} ms  rows ${String(v.rows).padStart(9)}  ${sql.slice(0, 260)}`,
    );
  }
}

if (require.main === module) {
  report(process.argv[2]);
} else if (process.env.SPBE_SQL_STATS && process.argv.some(a => a.endsWith('backend.ts'))) {
  const out = process.env.SPBE_SQL_STATS;
  let Database;
  try {
    Database = require('better-sqlite3');
  } catch {
    Database = undefined;
  }
  if (Database) {
    const stats = { prepare: { ms: 0, count: 0 }, statements: {} };
    const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1'));
    const keyOf = new WeakMap();
    let firstOfTransaction;
    const prepare = Database.prototype.prepare;
    Database.prototype.prepare = function prepareTimed(sql, ...rest) {
      const t = process.hrtime.bigint();
      const stmt = prepare.call(this, sql, ...rest);
      stats.prepare.ms += Number(process.hrtime.bigint() - t) / 1e6;
      stats.prepare.count++;
      keyOf.set(stmt, normalise(sql));
      return stmt;
    };
    for (const method of ['run', 'get', 'all']) {
      const original = Statement[method];
      Statement[method] = function timed(...args) {
        const t = process.hrtime.bigint();
        const result = original.apply(this, args);
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        let key = keyOf.get(this) ?? normalise(this.source);
        // A transaction's COMMIT is filed under the transaction's first statement.
        if (key === 'BEGIN;') firstOfTransaction = null;
        else if (firstOfTransaction === null) firstOfTransaction = key;
        if (key === 'COMMIT;') key = `COMMIT; (of a transaction starting: ${firstOfTransaction})`;
        const s = (stats.statements[key] ??= { ms: 0, count: 0, rows: 0 });
        s.ms += ms;
        s.count++;
        s.rows += Array.isArray(result) ? result.length : result && method === 'run' ? result.changes : 0;
        return result;
      };
    }
    const flush = () => writeFileSync(out, JSON.stringify(stats));
    setInterval(flush, 5000).unref();
    process.on('exit', flush);
    process.on('SIGTERM', () => {
      flush();
      process.exit(0);
    });
  }
}
