#!/usr/bin/env node
/*
 * Catalog ingestion benchmark (issue 2): time from backend start until all
 * generated applications are processed and queryable through the catalog API,
 * for the stock catalog ingesting one YAML file location and for the SPBE
 * inventory provider + processor ingesting the same inventory, in one run.
 *
 *   node bench/catalog-ingest/run.mjs [--size 27000] [--modes stock,spbe] [--timeout 900]
 *     [--db sqlite|pg]     in-memory SQLite (default) or the PostgreSQL at
 *                          127.0.0.1:5432 (a fresh database per mode, dropped after)
 *     [--cpu-prof <dir>]   V8 CPU profiles of each backend (one per thread) in <dir>/<mode>-<size>/
 *
 * Both backends use in-memory SQLite and the same agencies. Peak memory is the
 * backend process's VmHWM (peak resident set size) read from /proc.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { releasedSqliteBinding } from './releasedSqlite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '27000' },
    modes: { type: 'string', default: 'stock,spbe' },
    timeout: { type: 'string', default: '900' },
    port: { type: 'string', default: '7107' },
    'cpu-prof': { type: 'string' },
    db: { type: 'string', default: 'sqlite' },
  },
});
const size = Number(values.size);
const modes = values.modes.split(',');
const port = Number(values.port);
if (!['sqlite', 'pg'].includes(values.db)) throw new Error(`--db ${values.db}: sqlite or pg`);
const pgConnection = { host: '127.0.0.1', port: 5432, user: 'postgres' };
// Databases of one mode's backend on PostgreSQL: `<prefix>catalog`, ...
const pgPrefix = mode => `bench_ingest_${mode.replace(/-/g, '_')}_${process.pid}_`;

async function dropPgDatabases(prefix) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ ...pgConnection, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
const work = join(root, '.data', `bench-ingest-${size}`);
mkdirSync(work, { recursive: true });

function yarn(args) {
  const yarnJs = execFileSync('bash', ['-c', 'ls .yarn/releases/yarn-*.cjs | head -n 1'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  execFileSync(process.execPath, [yarnJs, ...args], { cwd: root, stdio: 'inherit' });
}

// 1. The inventory (deterministic) and, for the stock run, the same
//    application entities in one YAML file.
if (!existsSync(join(work, 'inventory.csv'))) {
  yarn(['spbe-reuse', 'generate', '--size', String(size), '--seed', '2023', '--out', work]);
}
if (!existsSync(join(work, 'applications.count.json'))) {
  execFileSync(
    process.execPath,
    ['--require', '@backstage/cli/config/nodeTransform.cjs', join(here, 'toYaml.ts'), work],
    { cwd: here, stdio: 'inherit' },
  );
}
const counts = JSON.parse(readFileSync(join(work, 'applications.count.json'), 'utf8'));
const expectedByMode = {
  stock: counts.stock,
  'stock-patched': counts.stock,
  spbe: counts.spbe,
  'spbe-defaults': counts.spbe,
};
const isStock = mode => mode === 'stock' || mode === 'stock-patched';
// better-sqlite3's addon built from the released source, for the stock mode
const releasedSqlite = modes.includes('stock') ? releasedSqliteBinding() : undefined;

// The portal's catalog settings (app-config.yaml), used by the `spbe` mode.
// `spbe-defaults` runs the SPBE module with Backstage's default settings, to
// show what the settings bring.
const portalCatalogSettings = {
  stitchingStrategy: { pollingInterval: { seconds: 1 }, stitchTimeout: { minutes: 5 } },
  processingInterval: { minutes: 30 },
};

function config(mode) {
  const catalogInfo = join(root, 'catalog-info');
  const locations = [
    { type: 'file', target: join(catalogInfo, 'agencies', 'all.yaml') },
    { type: 'file', target: join(catalogInfo, 'reference', 'all.yaml') },
    { type: 'file', target: join(catalogInfo, 'dpi', 'dpi.yaml') },
    { type: 'file', target: join(work, 'agencies.yaml') },
  ];
  if (isStock(mode)) {
    locations.push({ type: 'file', target: join(work, 'applications.yaml') });
  }
  const cfg = {
    backend: {
      baseUrl: `http://localhost:${port}`,
      listen: { port },
      database:
        values.db === 'pg'
          ? { client: 'pg', connection: pgConnection, prefix: pgPrefix(mode) }
          : { client: 'better-sqlite3', connection: ':memory:' },
      auth: { dangerouslyDisableDefaultAuthPolicy: true },
    },
    catalog: {
      rules: [{ allow: ['Component', 'Group', 'Location', 'Resource', 'ReferenceArchitecture'] }],
      locations,
      ...(mode === 'spbe' ? portalCatalogSettings : {}),
    },
    spbe: {
      catalogInfoDir: catalogInfo,
      agencies: { files: [join(work, 'agencies.yaml')] },
      inventory: { files: [join(work, 'inventory.csv')] },
    },
  };
  const file = join(work, `app-config.${mode}.json`);
  writeFileSync(file, JSON.stringify(cfg, null, 2));
  return file;
}

// CPU seconds (user + system) the backend process used so far: with the wall
// time, how much of the run the backend was busy rather than waiting.
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function count() {
  const url = `http://localhost:${port}/api/catalog/entities/by-query?filter=kind=component,spec.type=aplikasi&limit=1`;
  try {
    const res = await fetch(url);
    if (!res.ok) return -1;
    return (await res.json()).totalItems;
  } catch {
    return -1;
  }
}

async function runMode(mode) {
  const expected = expectedByMode[mode];
  const cfgFile = config(mode);
  const start = Date.now();
  const profile = values['cpu-prof']
    ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'], `${mode}-${size}`)]
    : [];
  const loadAtStart = loadAverage();
  const child = spawn(
    process.execPath,
    [
      ...profile,
      // Stock Backstage as released: knex, the catalog backend and SQLite
      // without the portal's yarn patches (see unpatchedKnex.cjs,
      // unpatchedCatalog.cjs, unpatchedSqlite.cjs).
      ...(mode === 'stock'
        ? [
            '--require',
            join(here, 'unpatchedKnex.cjs'),
            '--require',
            join(here, 'unpatchedCatalog.cjs'),
            '--require',
            join(here, 'unpatchedSqlite.cjs'),
          ]
        : []),
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      join(here, 'backend.ts'),
      '--config',
      cfgFile,
    ],
    {
      cwd: here,
      env: {
        ...process.env,
        SPBE_BENCH_MODE: isStock(mode) ? 'stock' : 'spbe',
        LOG_LEVEL: 'warn',
        ...(mode === 'stock' ? { SPBE_BENCH_RELEASED_SQLITE: releasedSqlite } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', d => {
    stderr = (stderr + d).slice(-4000);
  });
  let peak = 0;
  let last = 0;
  let firstQueryableMs;
  const deadline = start + Number(values.timeout) * 1000;
  try {
    while (Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 1000));
      if (child.exitCode !== null) throw new Error(`backend exited: ${stderr}`);
      peak = Math.max(peak, peakRssMb(child.pid));
      const cpu = cpuSeconds(child.pid);
      last = await count();
      if (last > 0 && firstQueryableMs === undefined) firstQueryableMs = Date.now() - start;
      if (last >= expected) {
        return {
          mode,
          seconds: (Date.now() - start) / 1000,
          firstQueryableSeconds: firstQueryableMs / 1000,
          entities: last,
          peakRssMb: Math.round(peak),
          backendCpuSeconds: cpu,
          load: `${loadAtStart} -> ${loadAverage()}`,
        };
      }
    }
    return {
      mode,
      seconds: null,
      entities: last,
      peakRssMb: Math.round(peak),
      backendCpuSeconds: cpuSeconds(child.pid),
      load: `${loadAtStart} -> ${loadAverage()}`,
      timedOut: true,
    };
  } finally {
    child.kill('SIGTERM');
    // A profiled backend writes its profile on exit, after a graceful stop.
    const grace = values['cpu-prof'] ? 20000 : 2000;
    for (let waited = 0; waited < grace && child.exitCode === null; waited += 250) {
      await new Promise(r => setTimeout(r, 250));
    }
    if (child.exitCode === null) child.kill('SIGKILL');
    if (values.db === 'pg') {
      await new Promise(r => setTimeout(r, 500));
      await dropPgDatabases(pgPrefix(mode));
    }
  }
}

const results = [];
for (const mode of modes) {
  process.stderr.write(`running ${mode} (${expectedByMode[mode]} applications)...\n`);
  const r = await runMode(mode);
  process.stderr.write(`${JSON.stringify(r)}\n`);
  results.push(r);
}
const stock = results.find(r => r.mode === 'stock');
for (const r of results) {
  r.ratioToStock = stock?.seconds && r.seconds ? +(r.seconds / stock.seconds).toFixed(3) : null;
}
writeFileSync(join(work, `results.${values.db}.json`), JSON.stringify(results, null, 2));
console.log(`database: ${values.db === 'pg' ? 'PostgreSQL 127.0.0.1:5432' : 'in-memory SQLite'}`);
console.log('| mode | applications | seconds to all queryable | ratio to stock | peak RSS (MB) | backend CPU s | load avg (start -> end) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.mode} | ${r.entities} | ${r.seconds ?? 'timeout'} | ${r.ratioToStock ?? '-'} | ${r.peakRssMb} | ${r.backendCpuSeconds} | ${r.load} |`,
  );
}
