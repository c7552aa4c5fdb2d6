#!/usr/bin/env node
/*
 * Browser benchmark of the leadership dashboard (issue 5): with the national-
 * scale inventory loaded, how long until Dasbor Duplikasi shows its first
 * content (the KPI figures) and its complete content (charts and cluster
 * explorer) in Debian's chromium. The baseline, measured in the same run and
 * the same browser, is Backstage's own catalog page (/catalog) showing its
 * first table row over the same 27,000 applications.
 *
 *   node bench/dashboard-browser/run.mjs [--size 27000] [--runs 7] [--port 7207] [--timeout 2400]
 *
 * The portal runs as in the browser tests (built frontend served by the
 * backend, in-memory SQLite, the portal's own app-config.yaml) with the demo
 * inventory of --size applications. Each measured load starts with the
 * browser's HTTP cache cleared, so it includes downloading the app bundle.
 * Times are read in the page (performance.now(): milliseconds since the
 * navigation started) once the element is visible.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
// The browser tests' launcher: Debian's chromium with the flags this machine needs.
import { launch } from '../../e2e/tests/browser.ts';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '27000' },
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: '7207' },
    timeout: { type: 'string', default: '2400' },
    build: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
const port = Number(values.port);
const baseUrl = `http://localhost:${port}`;
const demoDir = join(root, '.data', `demo-${size}`);
const work = join(root, '.data', `bench-dashboard-browser-${size}`);
mkdirSync(work, { recursive: true });

const log = msg => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const yarnJs = join(
  root,
  execFileSync('bash', ['-c', 'ls .yarn/releases/yarn-*.cjs | head -n 1'], { cwd: root, encoding: 'utf8' }).trim(),
);
const yarn = (args, cwd = root) =>
  execFileSync(process.execPath, [yarnJs, ...args], { cwd, stdio: ['ignore', 2, 2] });

// 1. The demo inventory (deterministic, as scripts/start.sh makes it) and the built frontend.
if (!existsSync(join(demoDir, 'inventory.csv'))) {
  log(`generating ${size} applications into ${demoDir}`);
  yarn(['spbe-reuse', 'generate', '--size', String(size), '--seed', '2023', '--out', demoDir]);
}
if (values.build || !existsSync(join(root, 'packages/app/dist/index.html'))) {
  log('building the frontend');
  yarn(['backstage-cli', 'package', 'build'], join(root, 'packages/app'));
}

// 2. The portal's own configuration, pointed at this inventory and port.
const portal = YAML.parse(readFileSync(join(root, 'app-config.yaml'), 'utf8'));
const demoPath = p => p.replace('/.data/demo/', `/.data/demo-${size}/`);
const override = {
  app: { baseUrl },
  backend: { baseUrl, listen: { port }, cors: { origin: baseUrl } },
  catalog: {
    locations: portal.catalog.locations.map(l => ({ ...l, target: demoPath(l.target) })),
  },
  spbe: {
    agencies: { files: portal.spbe.agencies.files.map(demoPath) },
    inventory: { files: portal.spbe.inventory.files.map(demoPath) },
  },
};
const overrideFile = join(work, 'app-config.bench.json');
writeFileSync(overrideFile, JSON.stringify(override, null, 2));

async function getJson(path, headers = {}) {
  try {
    const res = await fetch(`${baseUrl}${path}`, { headers });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

async function tokenOf(user) {
  const session = await getJson('/api/auth/spbeDev/refresh', { 'x-spbe-dev-user': user });
  return session?.backstageIdentity?.token;
}

async function main() {
  log(`starting the portal on ${baseUrl} with ${size} applications`);
  const started = Date.now();
  const backend = spawn(
    process.execPath,
    [
      '--require',
      '@backstage/cli/config/nodeTransform.cjs',
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      overrideFile,
    ],
    {
      cwd: join(root, 'packages/backend'),
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  // The portal goes when the benchmark goes, also when it is interrupted.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      backend.kill('SIGKILL');
      process.exit(130);
    });
  }
  let stderr = '';
  backend.stderr.on('data', d => {
    stderr = (stderr + d).slice(-4000);
  });
  const deadline = started + Number(values.timeout) * 1000;
  const alive = () => {
    if (backend.exitCode !== null) throw new Error(`backend exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error('timed out waiting for the portal');
  };

  let browser;
  try {
    // 3. Wait until the catalog holds the inventory and the SPBE backend has mirrored it.
    let token;
    while (!(token = await tokenOf('pimpinan-kemenpanrb'))) {
      alive();
      await sleep(2000);
    }
    const auth = { authorization: `Bearer ${token}` };
    let catalogCount = -1;
    let stableSince = Date.now();
    for (;;) {
      alive();
      await sleep(5000);
      const page = await getJson(
        '/api/catalog/entities/by-query?filter=kind=component,spec.type=aplikasi&limit=1',
        auth,
      );
      const now = page?.totalItems ?? -1;
      if (now !== catalogCount) {
        catalogCount = now;
        stableSince = Date.now();
        log(`catalog: ${now} applications`);
      }
      // The processor rejects the deliberately broken rows; the rest is in once the count holds for 2 min.
      if (catalogCount > size * 0.9 && Date.now() - stableSince > 120_000) break;
    }
    const ingestSeconds = (stableSince - started) / 1000;
    let summary;
    for (;;) {
      alive();
      summary = await getJson('/api/spbe/dashboard/summary', auth);
      if (summary && summary.applications === catalogCount && summary.applicationsInDuplicateClusters > 0) break;
      await sleep(5000);
    }
    log(`dashboard API: ${summary.applications} applications, ${summary.applicationsInDuplicateClusters} in duplicate clusters`);

    // 4. The browser: sign in once, then measure cold loads of each page.
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(baseUrl);
    await page.getByTestId('dev-user-pimpinan-kemenpanrb').click();
    await page.locator('nav a').first().waitFor({ timeout: 60_000 });

    const targets = {
      dashboard: {
        path: '/dasbor-duplikasi',
        first: p => p.getByTestId('kpi-applications'),
        complete: async p => {
          for (const id of ['chart-coordinator', 'chart-agency', 'chart-function']) {
            await p.getByTestId(id).locator('svg').first().waitFor({ timeout: 60_000 });
          }
          await p.getByTestId('cluster-explorer').locator('tbody tr').first().waitFor({ timeout: 60_000 });
        },
      },
      catalog: {
        path: '/catalog?filters[kind]=component&filters[type]=aplikasi',
        first: p => p.locator('table tbody tr').first(),
      },
    };
    const measure = async target => {
      await cdp.send('Network.clearBrowserCache');
      await page.goto('about:blank');
      await page.goto(`${baseUrl}${target.path}`);
      await target.first(page).waitFor({ timeout: 60_000 });
      const first = await page.evaluate(() => performance.now());
      let complete;
      if (target.complete) {
        await target.complete(page);
        complete = await page.evaluate(() => performance.now());
      }
      return { first, complete };
    };
    const samples = { dashboard: [], catalog: [] };
    // One warm-up load of each (the backend's first request compiles its caches), then alternate.
    await measure(targets.dashboard);
    await measure(targets.catalog);
    for (let i = 0; i < runs; i++) {
      for (const name of ['dashboard', 'catalog']) {
        const s = await measure(targets[name]);
        samples[name].push(s);
        log(`${name} run ${i + 1}: first ${s.first.toFixed(0)} ms${s.complete ? `, complete ${s.complete.toFixed(0)} ms` : ''}`);
      }
    }
    await page.goto(`${baseUrl}/dasbor-duplikasi`);
    await targets.dashboard.complete(page);
    await page.screenshot({ path: join(work, 'dashboard.png'), fullPage: true });
    const shown = Number(await page.getByTestId('kpi-applications').getAttribute('data-value'));
    if (shown !== summary.applications) {
      throw new Error(`dashboard shows ${shown} applications, the API ${summary.applications}`);
    }

    const median = xs => {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.floor((s.length - 1) / 2)];
    };
    const result = {
      date: new Date().toISOString(),
      size,
      applications: summary.applications,
      inDuplicateClusters: summary.applicationsInDuplicateClusters,
      ingestSeconds,
      loadavg: loadavg().map(x => +x.toFixed(2)),
      runs,
      dashboardFirstMs: Math.round(median(samples.dashboard.map(s => s.first))),
      dashboardFirstMaxMs: Math.round(Math.max(...samples.dashboard.map(s => s.first))),
      dashboardCompleteMs: Math.round(median(samples.dashboard.map(s => s.complete))),
      catalogFirstMs: Math.round(median(samples.catalog.map(s => s.first))),
      catalogFirstMaxMs: Math.round(Math.max(...samples.catalog.map(s => s.first))),
      samples,
    };
    result.ratioToCatalog = +(result.dashboardFirstMs / result.catalogFirstMs).toFixed(2);
    writeFileSync(join(work, 'results.json'), JSON.stringify(result, null, 2));
    console.log(`${result.applications} applications, ${result.inDuplicateClusters} in duplicate clusters, load ${result.loadavg.join(' / ')}`);
    console.log('| page | first content, median (max) | complete, median | ratio to catalog |');
    console.log('|---|---|---|---|');
    console.log(
      `| Dasbor Duplikasi | ${result.dashboardFirstMs} ms (${result.dashboardFirstMaxMs}) | ${result.dashboardCompleteMs} ms | ${result.ratioToCatalog} |`,
    );
    console.log(`| catalog (baseline) | ${result.catalogFirstMs} ms (${result.catalogFirstMaxMs}) | - | 1 |`);
  } finally {
    await browser?.close();
    backend.kill('SIGTERM');
    await sleep(2000);
    if (backend.exitCode === null) backend.kill('SIGKILL');
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
