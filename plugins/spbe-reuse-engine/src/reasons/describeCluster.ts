import type { ClusterState } from '../clustering/DuplicateClusters';
import type { FeatureKind } from '../features';
import type { TermIndex } from '../index/TermIndex';
import { byString, Doc, idsOf, round, VectorNode } from '../model';
import type { ClusterEvidence, DuplicateCluster } from '../types';
import { clusterTermsSentence, reasonSentence } from './sentences';

const normalFunction = (f: string) => f.trim().toLocaleLowerCase('id-ID');

/** A cluster as reviewers see it: members, score, agencies, evidence and the links that built it. */
export function describeCluster(state: ClusterState, docOf: (id: string) => Doc, terms: TermIndex): DuplicateCluster {
  const members = state.members;
  const docs = members.map(docOf);
  const inCluster = new Set(state.nodes);
  const ids = new Map<VectorNode, string[]>(state.nodes.map(n => [n, idsOf(n)]));
  const links: Array<{ a: string; b: string; score: number }> = [];
  for (const n of state.nodes) {
    const mine = ids.get(n)!;
    for (const other of mine.slice(1, 20)) links.push({ a: mine[0], b: other, score: 1 });
    for (const [o, score] of n.knn) {
      if (!inCluster.has(o)) continue;
      const [a, b] = [mine[0], ids.get(o)![0]].sort(byString);
      links.push({ a, b, score: round(score, 3) });
    }
  }
  const uniq = new Map(links.map(l => [`${l.a}\u0000${l.b}`, l]));
  const sorted = [...uniq.values()].sort((x, y) => y.score - x.score || byString(x.a, y.a) || byString(x.b, y.b));
  const need = Math.max(2, Math.ceil(docs.length / 2));
  // one pass over the members' features counts every kind (words, codes, acronyms)
  const count = new Map<number, { n: number; w: number; surface: string }>();
  for (const d of docs) {
    const node = d.node;
    const tids = node.termIds;
    for (let i = 0; i < tids.length; i++) {
      const t = tids[i];
      const surface = d.surfaces[i];
      const c = count.get(t);
      if (!c) {
        count.set(t, { n: 1, w: node.weights[i], surface });
        continue;
      }
      c.n++;
      c.w += node.weights[i];
      if (surface < c.surface) c.surface = surface;
    }
  }
  const frequent = [...count.entries()].filter(([, c]) => c.n >= need);
  const shared = (kind: FeatureKind) =>
    frequent
      .filter(([t]) => terms.kinds[t] === kind)
      .map(([t, c]) => ({ key: terms.keys[t], ...c }))
      .sort((a, b) => b.n - a.n || b.w - a.w || byString(a.key, b.key))
      .map(c => ({ ...c, key: c.key.replace(/^[#~@]/, '') }));
  const evidence: ClusterEvidence[] = [];
  const terms8 = shared('word').slice(0, 8);
  if (terms8.length) {
    const values = terms8.map(t => (t.surface === t.key ? t.key : `${t.key} (${t.surface})`));
    evidence.push({ kind: 'shared-terms', value: need, values, message: clusterTermsSentence(need, docs.length, values) });
  }
  const fnCount = new Map<string, number>();
  for (const d of docs) {
    const fns = new Set((d.app.functions ?? []).map(normalFunction));
    for (const f of fns) if (f) fnCount.set(f, (fnCount.get(f) ?? 0) + 1);
  }
  const fns = [...fnCount.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
    .slice(0, 5)
    .map(([f]) => f);
  const push = (kind: ClusterEvidence['kind'], values: string[]) => {
    if (values.length) evidence.push({ kind, values, message: reasonSentence({ kind, values }) });
  };
  push('shared-functions', fns);
  push('shared-codes', shared('code').slice(0, 5).map(c => c.key));
  push('shared-names', shared('acronym').slice(0, 3).map(c => c.key));
  const agencies = [...new Set(docs.map(d => d.app.agency).filter((a): a is string => !!a))].sort(byString);
  return {
    id: `dup:${members[0]}`,
    members,
    score: round(state.score, 3),
    agencies,
    evidence,
    links: sorted.slice(0, 20),
  };
}
