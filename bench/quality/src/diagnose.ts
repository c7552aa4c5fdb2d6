/* eslint-disable no-console */
/**
 * Error diagnostic for tuning (not part of the report): on a generated
 * inventory (QUALITY_SEED, default 2; QUALITY_GENERATED_SIZE, default 3000),
 * the false-merge pairs and missed pairs by label group, with examples and
 * the features both rows share. QUALITY_OPTIONS takes engine options as JSON.
 * DIAG_SET=<key> (labelledSets.ts) diagnoses a hand-labelled set instead
 * (never the blind one: BLIND_SET in labelledSets.ts).
 */
import { join, resolve } from 'node:path';
import { extractFeatures, ReuseApplication, ReuseIndex } from '@internal/spbe-reuse-engine';
import { generateInventory, loadAgencySeeds } from '@internal/spbe-inventory';
import { rowToApplication } from '@internal/spbe-reuse-cli';
import { pairwiseScores } from './metrics';
import { BLIND_SET, LABELLED_SETS, loadLabelledSet } from './labelledSets';
import { acronymTrapMerges } from './trapMerges';

// eslint-disable-next-line no-restricted-syntax -- run from this checkout, never bundled
const ROOT = resolve(__dirname, '../../..');
const top = Number(process.env.DIAG_TOP ?? 12);

/** The generated inventory (QUALITY_SEED, never the report's seed 1) or a hand-labelled set (DIAG_SET). */
async function loadInventory() {
  const key = process.env.DIAG_SET;
  if (key) {
    if (key === BLIND_SET) throw new Error(`DIAG_SET: ${BLIND_SET} is the blind set; its errors are not read`);
    const files = LABELLED_SETS.find(f => f.key === key);
    if (!files) throw new Error(`DIAG_SET: no set ${key} (${LABELLED_SETS.map(f => f.key).join(', ')})`);
    const set = await loadLabelledSet(files);
    return { apps: set.apps, gold: set.groups, traps: [], title: key };
  }
  const size = Number(process.env.QUALITY_GENERATED_SIZE ?? 3000);
  const seed = Number(process.env.QUALITY_SEED ?? 2);
  if (seed === 1 && process.env.DIAG_ALLOW_SEED1 !== '1') throw new Error('seed 1 is the report seed, tune on another');
  const seeds = await loadAgencySeeds(join(ROOT, 'catalog-info'));
  const generated = generateInventory({ size, seed, nationalAgencies: seeds });
  return {
    apps: generated.rows.map(rowToApplication),
    gold: generated.duplicateGroups,
    traps: generated.traps ?? [],
    title: `seed ${seed}`,
  };
}

async function main() {
  const { apps, gold, traps, title } = await loadInventory();
  const byId = new Map(apps.map(a => [a.id, a]));
  const index = ReuseIndex.create(JSON.parse(process.env.QUALITY_OPTIONS ?? '{}'));
  const t0 = Date.now();
  index.upsertMany(apps);
  const clusters = index.findDuplicates().map(c => c.members);
  const ms = Date.now() - t0;
  const s = pairwiseScores(clusters, gold.map(g => g.members));
  console.log(`${title} size ${apps.length}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${clusters.length} clusters, ${ms} ms)`);
  const clusterIdx = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach(id => clusterIdx.set(id, i)));
  let trapMerges = 0;
  for (const trap of traps) {
    const vs = trap.variants;
    for (let i = 0; i < vs.length; i++) {
      for (let j = i + 1; j < vs.length; j++) {
        for (const a of vs[i].members) {
          for (const b of vs[j].members) {
            if (clusterIdx.has(a) && clusterIdx.get(a) === clusterIdx.get(b)) trapMerges++;
          }
        }
      }
    }
  }
  console.log(`trap pairs merged: ${trapMerges}`);
  if (process.env.DIAG_SET) {
    const pairs = acronymTrapMerges(index, apps, gold);
    console.log(`acronym-trap merges: ${pairs.length}`);
    for (const [a, b] of pairs) console.log(`   ${byId.get(a)!.name} (${a}) + ${byId.get(b)!.name} (${b})`);
  }
  if (process.env.DIAG_SUMMARY === '1') return;
  const label = new Map<string, string>();
  for (const g of gold) for (const m of g.members) label.set(m, g.id);
  const lab = (id: string) => label.get(id) ?? `-`;
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach(id => clusterOf.set(id, i)));

  // false merges: pairs in one predicted cluster with different (or no) labels
  const fp = new Map<string, { n: number; ex: [string, string] }>();
  for (const c of clusters) {
    const byLabel = new Map<string, string[]>();
    for (const id of c) (byLabel.get(lab(id)) ?? byLabel.set(lab(id), []).get(lab(id))!).push(id);
    const ls = [...byLabel.keys()].sort();
    for (let i = 0; i < ls.length; i++) {
      for (let j = i; j < ls.length; j++) {
        const a = byLabel.get(ls[i])!;
        const b = byLabel.get(ls[j])!;
        // unlabelled rows are all different applications: any two of them in one cluster are a false merge
        let n = a.length * b.length;
        if (i === j) n = ls[i] === '-' ? (a.length * (a.length - 1)) / 2 : 0;
        if (n === 0) continue;
        const k = `${ls[i]} + ${ls[j]}`;
        const e = fp.get(k) ?? { n: 0, ex: [a[0], i === j ? a[1] : b[0]] as [string, string] };
        e.n += n;
        fp.set(k, e);
      }
    }
  }
  // missed pairs: same label, different (or no) cluster
  const fn = new Map<string, { n: number; pieces: number[]; ex?: [string, string] }>();
  for (const g of gold) {
    const pieces = new Map<string, string[]>();
    for (const m of g.members) {
      const k = clusterOf.has(m) ? `c${clusterOf.get(m)}` : `s${m}`;
      (pieces.get(k) ?? pieces.set(k, []).get(k)!).push(m);
    }
    const sizes = [...pieces.values()].sort((a, b) => b.length - a.length);
    let n = 0;
    for (let i = 0; i < sizes.length; i++) for (let j = i + 1; j < sizes.length; j++) n += sizes[i].length * sizes[j].length;
    const single = sizes.find(p => p.length === 1 && !clusterOf.has(p[0]));
    fn.set(g.id, { n, pieces: sizes.map(p => p.length), ex: sizes.length > 1 ? [sizes[0][0], (single ?? sizes[1])[0]] : undefined });
  }
  const show = (id: string) => {
    const a = byId.get(id)!;
    return `${id} "${a.name}" | ${a.description ?? ''} | f=${(a.functions ?? []).join(';')} | ral=${(a.codes?.ral ?? []).join(',')}`;
  };
  const feats = (a: ReuseApplication) => new Set(extractFeatures(index.normalizer, a).map(f => f.key));
  const shared = (x: string, y: string) => {
    const fy = feats(byId.get(y)!);
    return [...feats(byId.get(x)!)].filter(k => fy.has(k)).join(' ');
  };
  // how much recall the rows left alone cost, and how many of them carry only a name
  let soloPairs = 0;
  let bare = 0;
  let solo = 0;
  for (const g of gold) {
    const alone = g.members.filter(m => !clusterOf.has(m));
    solo += alone.length;
    bare += alone.filter(m => !byId.get(m)!.description && !(byId.get(m)!.functions ?? []).length && !byId.get(m)!.codes?.ral?.length).length;
    const inCl = g.members.length - alone.length;
    soloPairs += alone.length * inCl + (alone.length * (alone.length - 1)) / 2;
  }
  console.log(`labelled rows left alone: ${solo} (${bare} with name only), missed pairs they cost: ${soloPairs}`);
  if (process.env.DIAG_SOLO) {
    for (const g of gold.filter(x => x.id === process.env.DIAG_SOLO)) {
      for (const m of g.members.filter(x => !clusterOf.has(x))) console.log(`   ${show(m)}`);
      const pieces = new Map<number, string[]>();
      for (const m of g.members.filter(x => clusterOf.has(x))) (pieces.get(clusterOf.get(m)!) ?? pieces.set(clusterOf.get(m)!, []).get(clusterOf.get(m)!)!).push(m);
      const vec = new Map(index.vectors().map(v => [v.id, v]));
      for (const [, p] of pieces) {
        const sum = new Map<string, number>();
        for (const x of p) vec.get(x)!.keys.forEach((k, i) => sum.set(k, (sum.get(k) ?? 0) + vec.get(x)!.weights[i] / p.length));
        const topTerms = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, w]) => `${k}:${w.toFixed(2)}`).join(' ');
        console.log(`  piece ${p.length}: ${p.slice(0, 4).map(x => byId.get(x)!.name).join(' / ')}\n     ${topTerms}`);
      }
    }
  }
  for (const id of (process.env.DIAG_ID ?? '').split(',').filter(Boolean)) {
    const v = index.vectors().find(x => x.id === id)!;
    console.log(`\n${show(id)} [${lab(id)}]\n  vector: ${v.keys.map((k, i) => `${k}:${v.weights[i].toFixed(2)}`).join(' ')}`);
    const node = index.neighbourLinks().find(x => x.id === id);
    for (const l of node?.links ?? []) console.log(`  link ${l.score.toFixed(3)} ${show(l.id)} [${lab(l.id)}]`);
  }
  if (process.env.DIAG_IMPURE) {
    for (const c of clusters) {
      const counts = new Map<string, number>();
      for (const id of c) counts.set(lab(id), (counts.get(lab(id)) ?? 0) + 1);
      if (counts.size < 2) continue;
      console.log(`\ncluster ${c.length}: ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
      const major = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      for (const id of c.filter(x => lab(x) !== major).slice(0, Number(process.env.DIAG_IMPURE))) console.log(`   ${show(id)} [${lab(id)}]`);
    }
  }
  const fpTotal = [...fp.values()].reduce((t, e) => t + e.n, 0);
  const fnTotal = [...fn.values()].reduce((t, e) => t + e.n, 0);
  console.log(`\n## false-merge pairs ${fpTotal} (of ${s.predictedPairs} predicted)`);
  for (const [k, e] of [...fp.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
    console.log(`${e.n}\t${k}\n   ${show(e.ex[0])}\n   ${show(e.ex[1])}\n   shared: ${shared(...e.ex)}`);
  }
  console.log(`\n## missed pairs ${fnTotal} (of ${s.goldPairs} gold)`);
  for (const [k, e] of [...fn.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
    if (!e.n) continue;
    console.log(`${e.n}\t${k} pieces ${e.pieces.slice(0, 12).join(',')}${e.pieces.length > 12 ? `,... (${e.pieces.length})` : ''}`);
    if (e.ex) console.log(`   ${show(e.ex[0])}\n   ${show(e.ex[1])}\n   shared: ${shared(...e.ex)}`);
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
