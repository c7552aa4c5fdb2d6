import type { RawFeature } from '../features';
import type { TermIndex } from '../index/TermIndex';
import type { Doc } from '../model';
import type { ReuseReasonDetail } from '../types';

const normalFunction = (f: string) => f.trim().toLocaleLowerCase('id-ID');

/** Why an application matches a proposal, strongest evidence first. */
export function matchDetails(
  doc: Doc,
  coverage: number,
  query: {
    features: RawFeature[];
    functions?: string[];
    dpiBlocks: string[];
    /** The function both the proposal and this national platform are named for (see PlatformHeads). */
    namedFor?: string;
    /** The proposal's best local match, in one duplicate cluster with this national platform. */
    clusteredWith?: string;
  },
  terms: TermIndex,
): ReuseReasonDetail[] {
  const details: ReuseReasonDetail[] = [];
  if (doc.app.nationalPlatform) details.push({ kind: 'national-platform' });
  details.push({ kind: 'coverage', value: Math.round(coverage * 1e4) / 1e4 });
  const queryKeys = new Map(query.features.map(f => [f.key, f]));
  const node = doc.node;
  const shared = Array.from(node.termIds, (t, i) => ({ key: terms.keys[t], t, w: node.weights[i] }))
    .filter(x => queryKeys.has(x.key) && terms.kinds[x.t] === 'word')
    .sort((a, b) => b.w - a.w)
    .slice(0, 6)
    .map(x => {
      const mine = queryKeys.get(x.key)!.surface;
      return mine === x.key ? x.key : `${x.key} (${mine})`;
    });
  if (shared.length) details.push({ kind: 'shared-terms', values: shared });
  const proposalFns = new Set((query.functions ?? []).map(normalFunction));
  const fns = (doc.app.functions ?? []).filter(f => proposalFns.has(normalFunction(f)));
  if (fns.length) details.push({ kind: 'shared-functions', values: fns });
  const codes = Array.from(node.termIds, t => terms.keys[t])
    .filter((key, i) => terms.kinds[node.termIds[i]] === 'code' && queryKeys.has(key))
    .map(key => key.slice(1));
  if (codes.length) details.push({ kind: 'shared-codes', values: codes });
  if (query.namedFor) details.push({ kind: 'same-function', values: [query.namedFor] });
  if (query.clusteredWith) details.push({ kind: 'same-cluster', values: [query.clusteredWith] });
  if (query.dpiBlocks.length) details.push({ kind: 'dpi', values: query.dpiBlocks });
  return details;
}
