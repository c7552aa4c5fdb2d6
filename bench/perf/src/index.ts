/* eslint-disable no-console */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { ReuseIndex } from '@internal/spbe-reuse-engine';
import { generateInventory, loadAgencySeeds } from '@internal/spbe-inventory';
import { rowToApplication } from '@internal/spbe-reuse-cli';
import { editLatency } from './editLatency';
import { exactAllPairs } from './exactAllPairs';
import { peakRssMb, percentiles } from './measure';
// The same pairwise metrics as the quality benchmark.
import { pairwiseScores } from '@internal/spbe-bench-quality/src/metrics';

// eslint-disable-next-line no-restricted-syntax -- run from this checkout, never bundled
const ROOT = resolve(__dirname, '../../..');

/** One measurement in a fresh process, so that peak RSS belongs to it alone. */
async function child(mode: string, size: number) {
  const seeds = await loadAgencySeeds(join(ROOT, 'catalog-info'));
  const generated = generateInventory({ size, seed: 1, nationalAgencies: seeds });
  const apps = generated.rows.map(rowToApplication);
  const gold = generated.duplicateGroups.map(g => g.members);
  const before = peakRssMb();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = ReuseIndex.create();
  index.upsertMany(apps);
  const clusters = index.findDuplicates();
  const dedupeMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // a digest of the clusters and links, to show that a change keeps the results
  const digest = createHash('sha1')
    .update(JSON.stringify(clusters.map(c => [c.members, c.score])))
    .update(JSON.stringify(index.neighbourLinks()))
    .digest('hex')
    .slice(0, 12);
  const result: Record<string, unknown> = {
    size, dedupeMs, cpuMs, digest, clusters: clusters.length, f1: pairwiseScores(clusters.map(c => c.members), gold).f1, peakRssMb: peakRssMb(), rssBeforeIndexMb: before,
  };
  if (mode === 'check') {
    // the proposal made of an indexed application's texts
    const proposalAt = (k: number) => {
      const a = apps[k % apps.length];
      return { name: a.name, description: a.description, functions: a.functions };
    };
    const lat: number[] = [];
    // CPU time per call too: on a shared machine wall-clock tails include time slices lost to other processes
    const cpuLat: number[] = [];
    const rankings = createHash('sha1');
    for (let i = 0; i < 2000; i++) {
      const proposal = proposalAt(i * 7919);
      const c = process.cpuUsage();
      const s = performance.now();
      const ranking = index.rankReuse(proposal, { top: 5 });
      lat.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpuLat.push((used.user + used.system) / 1000);
      rankings.update(JSON.stringify(ranking));
    }
    [result.checkP50Ms, result.checkP99Ms] = percentiles(lat);
    [result.checkCpuP50Ms, result.checkCpuP99Ms] = percentiles(cpuLat);
    result.checkDigest = rankings.digest('hex').slice(0, 12);
    // The same again on 2,000 other proposals, now that the ranking code is
    // compiled and the index's memory has been walked: the latency of a
    // backend that has been answering for a while. The figures above are the
    // first 2,000 queries after the build (cold).
    const warm: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const proposal = proposalAt(i * 7919 + 12345);
      const s = performance.now();
      index.rankReuse(proposal, { top: 5 });
      warm.push(performance.now() - s);
    }
    [result.checkWarmP50Ms, result.checkWarmP99Ms] = percentiles(warm);
  }
  if (mode === 'dedupe' || mode === 'check') {
    // after the other figures: an edit changes the index
    const edits = editLatency(index, apps, 5);
    [result.editUpsertP50Ms] = percentiles(edits.upsertMs);
    [result.editReclusterP50Ms] = percentiles(edits.reclusterMs);
    result.editReclusterMaxMs = Math.max(...edits.reclusterMs);
    result.edits = edits.reclusterMs.length;
  }
  if (mode === 'exact') {
    const t1 = performance.now();
    const exact = exactAllPairs(index);
    result.exactMs = performance.now() - t1;
    result.exactClusters = exact.length;
    result.exactF1 = pairwiseScores(exact, gold).f1;
    result.agreementF1 = pairwiseScores(clusters.map(c => c.members), exact).f1;
    result.exactPeakRssMb = peakRssMb();
  }
  console.log(JSON.stringify(result));
}

function run(mode: string, size: number): Record<string, number | boolean> {
  const out = execFileSync(process.execPath, ['-r', '@backstage/cli/config/nodeTransform.cjs', __filename, 'child', mode, String(size)], {
    encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function main() {
  if (process.argv[2] === 'child') {
    await child(process.argv[3], Number(process.argv[4]));
    return;
  }
  const small = Number(process.env.PERF_SMALL ?? 27000);
  const large = Number(process.env.PERF_LARGE ?? 270000);
  console.log(`# Reuse engine speed (node ${process.version}, ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB)`);
  const exact = run('exact', small);
  console.error(`exact done`);
  const s = run('dedupe', small);
  const l = run('check', large);
  const f = (x: unknown) => Number(x).toFixed(0);
  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(`| dedupe ${small} applications | ${f(s.dedupeMs)} ms, CPU ${f(s.cpuMs)} ms (${s.clusters} clusters, F1 vs labels ${Number(s.f1).toFixed(3)}, peak RSS ${f(s.peakRssMb)} MB, digest ${s.digest}) |`);
  console.log(`| dedupe ${large} applications | ${f(l.dedupeMs)} ms, CPU ${f(l.cpuMs)} ms (${l.clusters} clusters, F1 vs labels ${Number(l.f1).toFixed(3)}, peak RSS ${f(l.peakRssMb)} MB, digest ${l.digest}, rankings digest ${l.checkDigest}) |`);
  console.log(`| check against ${large}: p50 / p99 | ${Number(l.checkP50Ms).toFixed(2)} ms / ${Number(l.checkP99Ms).toFixed(2)} ms (CPU time per call: ${Number(l.checkCpuP50Ms).toFixed(2)} / ${Number(l.checkCpuP99Ms).toFixed(2)} ms); the next 2,000 other proposals: ${Number(l.checkWarmP50Ms).toFixed(2)} ms / ${Number(l.checkWarmP99Ms).toFixed(2)} ms |`);
  console.log(`| exact all-pairs TF-IDF cosine + same clustering, ${small} | ${f(exact.exactMs)} ms after indexing (engine dedupe ${f(exact.dedupeMs)} ms in the same process); F1 vs labels ${Number(exact.exactF1).toFixed(3)} (engine ${Number(exact.f1).toFixed(3)}); engine-vs-exact pairwise F1 ${Number(exact.agreementF1).toFixed(3)}; peak RSS ${f(exact.exactPeakRssMb)} MB |`);
  const edit = (r: Record<string, number | boolean>, size: number) =>
    `${size}: upsert ${Number(r.editUpsertP50Ms).toFixed(1)} ms, re-clustering ${f(r.editReclusterP50Ms)} ms${Number(r.edits) > 1 ? ` (median of ${r.edits}, max ${f(r.editReclusterMaxMs)})` : ''}`;
  console.log(`| one edit (an application takes another's description; then its cluster is asked for) | ${edit(s, small)}; ${edit(l, large)} |`);
  console.log(`| growth ${small} -> ${large} (x${large / small}) | time x${(Number(l.dedupeMs) / Number(s.dedupeMs)).toFixed(1)}, peak RSS x${(Number(l.peakRssMb) / Number(s.peakRssMb)).toFixed(1)} |`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
