#!/usr/bin/env node
/*
 * Catalog ingestion benchmark (issue 2): time from backend start until all
 * generated applications are processed and queryable through the catalog API,
 * for the stock catalog ingesting one YAML file location and for the SPBE
 * inventory provider + processor ingesting the same inventory, in one run.
 *
 *   node bench/catalog-ingest/run.mjs [--size 27000] [--modes stock,spbe] [--timeout 900]
 *
 * Both backends use in-memory SQLite and the same agencies. Peak memory is the
 * backend process's VmHWM (peak resident set size) read from /proc.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '27000' },
    modes: { type: 'string', default: 'stock,spbe' },
    timeout: { type: 'string', default: '900' },
    port: { type: 'string', default: '7107' },
  },
});
const size = Number(values.size);
const modes = values.modes.split(',');
const port = Number(values.port);
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
const expectedByMode = { stock: counts.stock, spbe: counts.spbe, 'spbe-defaults': counts.spbe };

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
  if (mode === 'stock') {
    locations.push({ type: 'file', target: join(work, 'applications.yaml') });
  }
  const cfg = {
    backend: {
      baseUrl: `http://localhost:${port}`,
      listen: { port },
      database: { client: 'better-sqlite3', connection: ':memory:' },
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
  const child = spawn(
    process.execPath,
    ['--require', '@backstage/cli/config/nodeTransform.cjs', join(here, 'backend.ts'), '--config', cfgFile],
    {
      cwd: here,
      env: { ...process.env, SPBE_BENCH_MODE: mode === 'stock' ? 'stock' : 'spbe', LOG_LEVEL: 'warn' },
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
      last = await count();
      if (last > 0 && firstQueryableMs === undefined) firstQueryableMs = Date.now() - start;
      if (last >= expected) {
        return {
          mode,
          seconds: (Date.now() - start) / 1000,
          firstQueryableSeconds: firstQueryableMs / 1000,
          entities: last,
          peakRssMb: Math.round(peak),
        };
      }
    }
    return { mode, seconds: null, entities: last, peakRssMb: Math.round(peak), timedOut: true };
  } finally {
    child.kill('SIGTERM');
    await new Promise(r => setTimeout(r, 2000));
    if (child.exitCode === null) child.kill('SIGKILL');
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
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
console.log('| mode | applications | seconds to all queryable | ratio to stock | peak RSS (MB) |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.mode} | ${r.entities} | ${r.seconds ?? 'timeout'} | ${r.ratioToStock ?? '-'} | ${r.peakRssMb} |`);
}
