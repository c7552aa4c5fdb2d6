import type { ClusterState } from '../clustering/DuplicateClusters';
import type { FeatureKind } from '../features';
import type { TermIndex } from '../index/TermIndex';
import { byString, Doc, round, VectorNode } from '../model';
import { LinkSelection } from './LinkSelection';
import type { ClusterEvidence, DuplicateCluster } from '../types';
import { clusterTermsSentence, reasonSentence } from './sentences';

const normalFunction = (f: string) => f.trim().toLocaleLowerCase('id-ID');

/** A cluster as reviewers see it: members, score, agencies, evidence and the links that built it. */
export function describeCluster(state: ClusterState, docOf: (id: string) => Doc, terms: TermIndex): DuplicateCluster {
  const members = state.members;
  const docs = members.map(docOf);
  // the first 20 application ids of each vector (members are sorted)
  const ids = new Map<VectorNode, string[]>();
  for (const d of docs) {
    let mine = ids.get(d.node);
    if (!mine) ids.set(d.node, (mine = []));
    if (mine.length < 20) mine.push(d.id);
  }
  const links = new LinkSelection(20);
  for (const n of state.nodes) {
    const mine = ids.get(n)!;
    for (let i = 1; i < mine.length; i++) links.offer(mine[0], mine[i], 1);
    for (const link of n.knn) {
      const o = link[0];
      const score = link[1];
      const theirs = ids.get(o);
      if (!theirs) continue;
      // a link both ways (cosine is symmetric) is offered once, from its smaller node id
      if (o.nid < n.nid && n.reverse.has(o)) continue;
      const a = mine[0] < theirs[0] ? mine[0] : theirs[0];
      const b = a === mine[0] ? theirs[0] : mine[0];
      links.offer(a, b, round(score, 3));
    }
  }
  const need = Math.max(2, Math.ceil(docs.length / 2));
  // one pass over the vectors' features counts every kind (words, codes, acronyms):
  // the copies of a vector count alike, their surface forms (smallest first) per distinct set of forms
  const count = new Map<number, { n: number; w: number; surface: string }>();
  const forms = new Set<string[]>();
  for (const node of state.nodes) {
    const m = node.docs.size;
    const tids = node.termIds;
    const weights = node.weights;
    forms.clear();
    for (const d of node.docs) forms.add(d.surfaces);
    for (let i = 0; i < tids.length; i++) {
      let c = count.get(tids[i]);
      if (!c) count.set(tids[i], (c = { n: 0, w: 0, surface: '' }));
      for (const surfaces of forms) if (c.n === 0 || surfaces[i] < c.surface) c.surface = surfaces[i];
      c.n += m;
      c.w += weights[i] * m;
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
  const normalised = new Map<string, string>();
  const normal = (f: string) => {
    let n = normalised.get(f);
    if (n === undefined) normalised.set(f, (n = normalFunction(f)));
    return n;
  };
  for (const d of docs) {
    const written = d.app.functions;
    if (!written || written.length === 0) continue;
    const fns = written.length === 1 ? [normal(written[0])] : new Set(written.map(normal));
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
    links: links.sorted(),
  };
}
