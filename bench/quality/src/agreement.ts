/* eslint-disable no-console */
/**
 * How far the hand-labelled sets agree with each other: the ceiling of any
 * engine's pairwise F1 against several independent labellers.
 *
 * Several sets contain applications with the same name (SP4N-LAPOR!,
 * e-BPHTB, e-PBB, SIMDA Keuangan, e-Planning...). For every two sets, the
 * applications whose name occurs once in each are matched, each set's
 * duplicate groups are cut down to those applications, and the pairwise F1 of
 * one labelling against the other is computed (it is symmetric), next to the
 * engine's F1 against each labelling on the same applications (the engine
 * run on that set's whole inventory). The blind seventh set is left out: its
 * labels are read by nothing but the report.
 *
 * Run: yarn workspace @internal/spbe-bench-quality agreement
 */
import { ReuseIndex } from '@internal/spbe-reuse-engine';
import { BLIND_SET, LABELLED_SETS, loadLabelledSet } from './labelledSets';
import { pairwiseScores } from './metrics';

/** A name as the sets may write it differently: lower case, letters and digits only. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase('id-ID').replace(/[^\p{L}\p{N}]/gu, '');
}

export interface Labelling {
  key: string;
  /** Application id by name key, for the names that occur once in the set. */
  idOfName: Map<string, string>;
  /** Duplicate group of each labelled application. */
  groupOf: Map<string, string>;
  /** The engine's cluster of each clustered application. */
  clusterOf: Map<string, string>;
}

/** Groups of `names` by `label` (names without a label are left out: each is its own application). */
export function groupsOf(names: string[], label: (name: string) => string | undefined): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const l = label(name);
    if (l !== undefined) (groups.get(l) ?? groups.set(l, []).get(l)!).push(name);
  }
  return [...groups.values()];
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Scores `predicted` against `gold` and adds the pair counts to `c`. */
function add(c: Counts, predicted: string[][], gold: string[][]) {
  const s = pairwiseScores(predicted, gold);
  c.tp += s.precision * s.predictedPairs;
  c.predicted += s.predictedPairs;
  c.gold += s.goldPairs;
  return s;
}

const f1 = (c: Counts) => (c.predicted + c.gold ? (2 * c.tp) / (c.predicted + c.gold) : 0);

/**
 * The applications two labellings share by name, and each labelling's groups
 * (and the engine's clusters) cut down to them.
 */
export function shared(a: Labelling, b: Labelling) {
  const names = [...a.idOfName.keys()].filter(n => b.idOfName.has(n)).sort();
  const on = (l: Labelling, of: Map<string, string>) => groupsOf(names, n => of.get(l.idOfName.get(n)!));
  return {
    names,
    groupsA: on(a, a.groupOf),
    groupsB: on(b, b.groupOf),
    clustersA: on(a, a.clusterOf),
    clustersB: on(b, b.clusterOf),
  };
}

async function labelling(files: (typeof LABELLED_SETS)[number]): Promise<Labelling> {
  const set = await loadLabelledSet(files);
  const counts = new Map<string, number>();
  for (const a of set.apps) counts.set(nameKey(a.name), (counts.get(nameKey(a.name)) ?? 0) + 1);
  const idOfName = new Map(set.apps.filter(a => counts.get(nameKey(a.name)) === 1).map(a => [nameKey(a.name), a.id]));
  const groupOf = new Map<string, string>();
  for (const g of set.groups) for (const m of g.members) groupOf.set(m, g.id);
  const index = ReuseIndex.create();
  index.upsertMany(set.apps);
  const clusterOf = new Map<string, string>();
  for (const c of index.findDuplicates()) for (const m of c.members) clusterOf.set(m, c.id);
  return { key: files.key, idOfName, groupOf, clusterOf };
}

async function main() {
  const sets = await Promise.all(LABELLED_SETS.filter(s => s.key !== BLIND_SET && !s.developerWritten).map(labelling));
  const labellers: Counts = { tp: 0, predicted: 0, gold: 0 };
  const engine: Counts = { tp: 0, predicted: 0, gold: 0 };
  console.log('| sets | shared applications | pairs grouped by the first / second / both | labeller vs labeller F1 | engine vs first / second F1 |');
  console.log('|---|---|---|---|---|');
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i];
      const b = sets[j];
      const { names, groupsA, groupsB, clustersA, clustersB } = shared(a, b);
      const s = add(labellers, groupsB, groupsA);
      const both = Math.round(s.precision * s.predictedPairs);
      const engineA = add(engine, clustersA, groupsA).f1;
      const engineB = add(engine, clustersB, groupsB).f1;
      console.log(
        `| ${a.key} / ${b.key} | ${names.length} | ${s.goldPairs} / ${s.predictedPairs} / ${both} | ${s.f1.toFixed(3)} | ${engineA.toFixed(3)} / ${engineB.toFixed(3)} |`,
      );
    }
  }
  console.log(`| all pairs of sets (pooled) | | | **${f1(labellers).toFixed(3)}** | **${f1(engine).toFixed(3)}** |`);
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exitCode = 1;
  });
}
