/* eslint-disable no-console */
/**
 * Compares the engine of two git revisions on this machine in alternating
 * runs (A, B, A, B, ...), each in a fresh process: on a shared machine whose
 * speed drifts, two figures measured minutes apart cannot be compared, two
 * interleaved series can.
 *
 *   yarn workspace @internal/spbe-bench-perf compare <revA> <revB> [size] [rounds]
 *   PERF_COMPARE_CHECK=1 ... also times 2,000 first and 2,000 further rankings
 *
 * Each revision's engine package (its code and dictionaries) is taken from git
 * and compiled with TypeScript into .cache/perf-compare/<rev>; both read the
 * same generated inventory (this checkout's generator, seed 1). Prints the
 * median of each figure and a digest of each side's clusters: equal digests
 * mean that the two revisions find the same clusters.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateInventory, loadAgencySeeds } from '@internal/spbe-inventory';
import { rowToApplication } from '@internal/spbe-reuse-cli';
import { peakRssMb, percentiles } from './measure';

// eslint-disable-next-line no-restricted-syntax -- run from this checkout, never bundled
const ROOT = resolve(__dirname, '../../..');
const ENGINE = 'plugins/spbe-reuse-engine';

/** Compiles a revision's engine into .cache/perf-compare/<sha>; returns the directory of its index.js. */
function buildRevision(rev: string): { sha: string; dir: string } {
  const sha = execFileSync('git', ['rev-parse', '--short=12', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const base = join(ROOT, '.cache/perf-compare', sha);
  const out = join(base, 'js');
  const entry = join(out, 'src/index.js');
  if (existsSync(entry)) return { sha, dir: out };
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  // the revision's engine sources, where the compiled code can resolve this checkout's node_modules
  execFileSync('sh', ['-c', `git archive ${sha} ${ENGINE}/src | tar -x -C "${base}"`], { cwd: ROOT });
  const src = join(base, ENGINE, 'src');
  writeFileSync(
    join(base, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022', module: 'commonjs', moduleResolution: 'node', outDir: out, rootDir: join(base, ENGINE),
        esModuleInterop: true, skipLibCheck: true, resolveJsonModule: true, noCheck: true, sourceMap: false,
      },
      include: [`${src}/**/*.ts`],
      exclude: [`${src}/**/*.test.ts`, `${src}/testing/**`],
    }),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(base, 'tsconfig.json')], { stdio: 'inherit' });
  // the dictionaries are read as JSON modules next to the compiled code
  execFileSync('cp', ['-r', join(src, 'data'), join(out, 'src/')]);
  return { sha, dir: out };
}

/** One measurement of one revision in this (fresh) process. */
async function child(dir: string, size: number, check: boolean) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ReuseIndex } = require(join(dir, 'src/index.js'));
  const seeds = await loadAgencySeeds(join(ROOT, 'catalog-info'));
  const apps = generateInventory({ size, seed: 1, nationalAgencies: seeds }).rows.map(rowToApplication);
  const t0 = performance.now();
  const index = ReuseIndex.create();
  index.upsertMany(apps);
  const t1 = performance.now();
  const clusters: Array<{ members: string[]; score: number }> = index.findDuplicates();
  const t2 = performance.now();
  const result: Record<string, number | string> = {
    buildMs: t1 - t0,
    clusterMs: t2 - t1,
    dedupeMs: t2 - t0,
    peakRssMb: peakRssMb(),
    digest: createHash('sha1').update(JSON.stringify(clusters.map(c => [c.members, c.score]))).digest('hex').slice(0, 12),
  };
  if (check) {
    const at = (k: number) => {
      const a = apps[k % apps.length];
      return { name: a.name, description: a.description, functions: a.functions };
    };
    const time = (offset: number) => {
      const lat: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const proposal = at(i * 7919 + offset);
        const s = performance.now();
        index.rankReuse(proposal, { top: 5 });
        lat.push(performance.now() - s);
      }
      return lat;
    };
    [result.checkP50Ms, result.checkP99Ms] = percentiles(time(0));
    [result.warmP50Ms, result.warmP99Ms] = percentiles(time(12345));
  }
  console.log(JSON.stringify(result));
}

function median(values: number[]): number {
  const v = [...values].sort((x, y) => x - y);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'child') {
    await child(args[0], Number(args[1]), args[2] === 'check');
    return;
  }
  const [revA, revB] = [mode, args[0]];
  if (!revA || !revB) throw new Error('usage: compare <revA> <revB> [size] [rounds]');
  const size = Number(args[1] ?? 27000);
  const rounds = Number(args[2] ?? 5);
  const check = process.env.PERF_COMPARE_CHECK === '1';
  const sides = [buildRevision(revA), buildRevision(revB)];
  const runs: Array<Array<Record<string, number | string>>> = [[], []];
  for (let r = 0; r < rounds; r++) {
    sides.forEach((side, i) => {
      const out = execFileSync(
        process.execPath,
        ['-r', '@backstage/cli/config/nodeTransform.cjs', __filename, 'child', side.dir, String(size), check ? 'check' : ''],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      runs[i].push(JSON.parse(out.trim().split('\n').pop()!));
      console.error(`round ${r + 1}/${rounds} ${side.sha}: ${out.trim().split('\n').pop()}`);
    });
  }
  const figures = Object.keys(runs[0][0]).filter(k => k !== 'digest');
  console.log(`# ${revA} (${sides[0].sha}) vs ${revB} (${sides[1].sha}): ${size} applications, ${rounds} alternating rounds, medians`);
  console.log(`| figure | ${sides[0].sha} | ${sides[1].sha} | B / A |`);
  console.log('|---|---|---|---|');
  for (const f of figures) {
    const a = median(runs[0].map(x => Number(x[f])));
    const b = median(runs[1].map(x => Number(x[f])));
    console.log(`| ${f} | ${a.toFixed(f.endsWith('Ms') && a < 100 ? 2 : 0)} | ${b.toFixed(f.endsWith('Ms') && b < 100 ? 2 : 0)} | ${(b / a).toFixed(3)} |`);
  }
  const digests = runs.map(side => [...new Set(side.map(x => x.digest))].join(', '));
  console.log(`| clusters digest | ${digests[0]} | ${digests[1]} | ${digests[0] === digests[1] ? 'same' : 'different'} |`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
