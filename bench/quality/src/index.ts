/* eslint-disable no-console */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { ReuseIndex, ReuseApplication, ReuseProposal } from '@internal/spbe-reuse-engine';
import { generateInventory, loadAgencySeeds } from '@internal/spbe-inventory';
import { rowToApplication } from '@internal/spbe-reuse-cli';
import { LunrBaseline } from './lunrBaseline';
import { components, pairwiseScores } from './metrics';
import { acronymTrapMerges } from './trapMerges';
import { DATA, LABELLED_SETS, LabelledProposal, LabelledSetFiles, loadLabelledSet } from './labelledSets';

// eslint-disable-next-line no-restricted-syntax -- run from this checkout, never bundled
const ROOT = resolve(__dirname, '../../..');
const fmt = (x: number) => x.toFixed(3);


function lunrClusters(apps: ReuseApplication[], hitsOf: Map<string, Array<{ ref: string; score: number }>>, tau: number): string[][] {
  const edges: Array<[string, string]> = [];
  for (const a of apps) {
    const hits = hitsOf.get(a.id)!;
    const self = hits.find(h => h.ref === a.id)?.score ?? hits[0]?.score ?? 0;
    for (const h of hits) if (h.ref !== a.id && self > 0 && h.score >= tau * self) edges.push([a.id, h.ref]);
  }
  return components(apps.map(a => a.id), edges);
}

function bestLunrDedupe(apps: ReuseApplication[], gold: string[][]) {
  const lunrIndex = new LunrBaseline(apps);
  const hitsOf = new Map(apps.map(a => [a.id, lunrIndex.search(a).slice(0, 200)]));
  let best = { tau: 0, precision: 0, recall: 0, f1: -1 };
  for (const tau of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const s = pairwiseScores(lunrClusters(apps, hitsOf, tau), gold);
    if (s.f1 > best.f1) best = { tau, ...s };
  }
  return best;
}

function checkScores(
  proposals: LabelledProposal[],
  groups: Array<{ id: string; members: string[] }>,
  rank: (p: ReuseProposal) => string[],
) {
  const expand = (ids: string[]) =>
    new Set(ids.flatMap(e => (e.startsWith('group:') ? groups.find(g => g.id === e.slice(6))!.members : [e])));
  let hits = 0;
  let rr = 0;
  let reuse = 0;
  let novel = 0;
  let falseAlarms = 0;
  const misses: string[] = [];
  for (const p of proposals) {
    const ranked = rank(p);
    if (p.expected.length === 0) {
      novel++;
      if (ranked.length > 0) falseAlarms++;
      continue;
    }
    reuse++;
    const expected = expand(p.expected);
    const first = ranked.findIndex(id => expected.has(id));
    if (first >= 0 && first < 3) hits++;
    else misses.push(p.id);
    if (first >= 0) rr += 1 / (first + 1);
  }
  return { recallAt3: hits / reuse, mrr: rr / reuse, falseAlarmRate: falseAlarms / novel, reuse, novel, misses };
}

async function main() {
  const started = Date.now();
  console.log(`# Reuse engine quality (node ${process.version}, ${cpus().length} x ${cpus()[0]?.model})`);
  // 1. hand-labelled sets (QUALITY_SKIP_HAND=1 skips them, e.g. while tuning on another seed)
  if (process.env.QUALITY_SKIP_HAND !== '1') {
    for (const files of LABELLED_SETS) {
      if (existsSync(join(DATA, files.inventory))) await labelledSet(files);
    }
  }
  await generatedInventory();
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function labelledSet(files: LabelledSetFiles) {
  const { apps, groups, proposals } = await loadLabelledSet(files);
  const index = ReuseIndex.create();
  index.upsertMany(apps);
  const gold = groups.map(g => g.members);
  const engine = pairwiseScores(index.findDuplicates().map(c => c.members), gold);
  const lunrDedupe = bestLunrDedupe(apps, gold);
  const engineCheck = checkScores(proposals, groups, p => index.rankReuse(p, { top: 5 }).matches.map(m => m.id));
  const lunrIndex = new LunrBaseline(apps);
  let lunrCheck = { recallAt3: 0, mrr: 0, falseAlarmRate: 1, reuse: 0, novel: 0, misses: [] as string[], tau: 0 };
  for (const tau of [0, 1, 2, 3, 4, 5, 6, 8, 10]) {
    const s = checkScores(proposals, groups, p => lunrIndex.search(p).filter(h => h.score >= tau).slice(0, 5).map(h => h.ref));
    if (s.recallAt3 - s.falseAlarmRate > lunrCheck.recallAt3 - lunrCheck.falseAlarmRate) lunrCheck = { ...s, tau };
  }
  const trapMerges = acronymTrapMerges(index, apps, groups).length;
  console.log(`\n## ${files.title}: ${apps.length} rows, ${groups.length} labelled groups, ${proposals.length} proposals`);
  console.log('| figure | engine | lunr (best threshold) |');
  console.log('|---|---|---|');
  console.log(`| dedupe pairwise precision | ${fmt(engine.precision)} | ${fmt(lunrDedupe.precision)} |`);
  console.log(`| dedupe pairwise recall | ${fmt(engine.recall)} | ${fmt(lunrDedupe.recall)} |`);
  console.log(`| dedupe pairwise F1 | ${fmt(engine.f1)} | ${fmt(lunrDedupe.f1)} (tau ${lunrDedupe.tau}) |`);
  console.log(`| check recall@3 (${engineCheck.reuse} proposals) | ${fmt(engineCheck.recallAt3)} | ${fmt(lunrCheck.recallAt3)} |`);
  console.log(`| check MRR | ${fmt(engineCheck.mrr)} | ${fmt(lunrCheck.mrr)} |`);
  console.log(`| false alarms on ${engineCheck.novel} novel proposals | ${fmt(engineCheck.falseAlarmRate)} | ${fmt(lunrCheck.falseAlarmRate)} (min score ${lunrCheck.tau}) |`);
  console.log(`| acronym-trap merges (pairs sharing a code name, not labelled together) | ${trapMerges} | - |`);
  if (engineCheck.misses.length) console.log(`\nengine misses at 3: ${engineCheck.misses.join(', ')}`);

}

/** 2. the generator's labelled inventory (QUALITY_SEED, default 1; tune on another seed). */
async function generatedInventory() {
  const size = Number(process.env.QUALITY_GENERATED_SIZE ?? 3000);
  const seeds = await loadAgencySeeds(join(ROOT, 'catalog-info'));
  const seed = Number(process.env.QUALITY_SEED ?? 1);
  const generated = generateInventory({ size, seed, nationalAgencies: seeds });
  const genApps = generated.rows.map(rowToApplication);
  const genIndex = ReuseIndex.create();
  genIndex.upsertMany(genApps);
  const genGold = generated.duplicateGroups.map(g => g.members);
  const genEngine = pairwiseScores(genIndex.findDuplicates().map(c => c.members), genGold);
  const genLunr = bestLunrDedupe(genApps, genGold);
  console.log(`\n## Generated inventory: ${genApps.length} rows (seed ${seed}), ${genGold.length} labelled duplicate groups`);
  console.log('| figure | engine | lunr (best threshold) |');
  console.log('|---|---|---|');
  console.log(`| dedupe pairwise precision | ${fmt(genEngine.precision)} | ${fmt(genLunr.precision)} |`);
  console.log(`| dedupe pairwise recall | ${fmt(genEngine.recall)} | ${fmt(genLunr.recall)} |`);
  console.log(`| dedupe pairwise F1 | ${fmt(genEngine.f1)} | ${fmt(genLunr.f1)} (tau ${genLunr.tau}) |`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
