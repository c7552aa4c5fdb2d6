import { InputError } from '@backstage/errors';
import type { ReuseDictionaries } from './dictionaries';
import { extractFeatures, FeatureKind, RawFeature } from './features';
import { inferDpiBlocks } from './inferDpi';
import { Normalizer } from './Normalizer';
import type {
  ClusterEvidence,
  DuplicateCluster,
  DuplicateStats,
  ReuseApplication,
  ReuseMatch,
  ReuseProposal,
  ReuseRanking,
} from './types';
import { collectionBucket, dfBucket, idf, tfWeight } from './weighting';

export interface ReuseIndexOptions {
  /** Extra dictionaries merged over the shipped ones (see src/data/README.md). */
  dictionaries?: Array<Partial<ReuseDictionaries>>;
  /** Cosine similarity from which two applications are linked as duplicates. Default 0.5. */
  duplicateThreshold?: number;
  /**
   * Share of a link's similarity that must come from content words (not
   * acronyms, generic technology words or codes). Default 0.6: a shared
   * acronym or "SMS gateway" alone never links two applications.
   */
  minContentShare?: number;
  /** Similarity below which a proposal is not told to reuse an application. Default 0.3. */
  relevanceThreshold?: number;
  /** Ranking boost of national platforms: score = similarity * (1 + boost). Default 0.6. */
  platformBoost?: number;
  /**
   * Share of the proposal's weighted content words an application must cover
   * to be relevant (unless it shares `minSharedTerms` content words). A
   * national platform that covers this share is ranked before every local
   * application. Default 0.5.
   */
  minCoverage?: number;
  /** Shared content words that make a match relevant below `minCoverage`. Default 3. */
  minSharedTerms?: number;
  /** Similarity from which a national platform covering the proposal is relevant. Default 0.2. */
  platformRelevanceThreshold?: number;
}

interface Doc {
  slot: number;
  id: string;
  app: ReuseApplication;
  fingerprint: string;
  features: RawFeature[];
  /** Term ids in key order (features order). */
  termIds: Int32Array;
  /** Normalised weights in key order. */
  weights: Float64Array;
  /** Term ids sorted ascending, with their weights, for lookups. */
  sortedIds: Int32Array;
  sortedWeights: Float64Array;
  /** Term ids in the prefix index, and the norm of the rest. */
  prefix: Int32Array;
  suffixNorm: number;
  indexed: boolean;
}

interface ClusterState {
  key: string;
  members: string[];
  view?: DuplicateCluster;
}

const EPS = 1e-9;
const round = (x: number, digits = 9) => Math.round(x * 10 ** digits) / 10 ** digits;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The reuse index: applications in, duplicate clusters and reuse rankings out.
 *
 * Candidates come from an inverted index with prefix filtering (only the
 * rarest features of each application that could still reach the duplicate
 * threshold are indexed), so the cost of `findDuplicates` grows close to
 * linearly with the inventory. Upserts and removals update the index, the
 * links and the affected clusters in place; the result is always the one a
 * rebuild from the same applications gives.
 */
export class ReuseIndex {
  readonly normalizer: Normalizer;
  private readonly threshold: number;
  private readonly minContentShare: number;
  private readonly relevance: number;
  private readonly platformBoost: number;
  private readonly minCoverage: number;
  private readonly minSharedTerms: number;
  private readonly platformRelevance: number;

  private readonly docs = new Map<string, Doc>();
  private slots: Array<Doc | undefined> = [];
  private readonly freeSlots: number[] = [];
  private readonly termIdOf = new Map<string, number>();
  private readonly termKeys: string[] = [];
  private readonly termKinds: FeatureKind[] = [];
  private readonly postings: Array<Set<number>> = [];
  private readonly prefixPostings: Array<Map<number, number> | undefined> = [];
  private edges: Array<Map<number, number> | undefined> = [];
  private nBucket = collectionBucket(0);

  private readonly platformsByBlock = new Map<string, Set<string>>();
  private readonly clusterOf = new Map<string, ClusterState>();
  private readonly clusterDirty = new Set<string>();
  private acc = new Float64Array(0);
  private accContent = new Float64Array(0);
  private accCoverage = new Float64Array(0);
  private accShared = new Int32Array(0);

  static create(options?: ReuseIndexOptions): ReuseIndex {
    return new ReuseIndex(options ?? {});
  }

  private constructor(options: ReuseIndexOptions) {
    this.normalizer = Normalizer.create({ dictionaries: options.dictionaries });
    this.threshold = options.duplicateThreshold ?? 0.5;
    this.minContentShare = options.minContentShare ?? 0.6;
    this.relevance = options.relevanceThreshold ?? 0.3;
    this.platformBoost = options.platformBoost ?? 0.6;
    this.minCoverage = options.minCoverage ?? 0.5;
    this.minSharedTerms = options.minSharedTerms ?? 3;
    this.platformRelevance = options.platformRelevanceThreshold ?? 0.2;
  }

  /** Number of applications in the index. */
  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  get(id: string): ReuseApplication | undefined {
    return this.docs.get(id)?.app;
  }

  /** Adds or replaces one application. */
  upsert(app: ReuseApplication): void {
    this.apply([], [app]);
  }

  /** Adds or replaces many applications in one pass (the fast way to build an index). */
  upsertMany(apps: Iterable<ReuseApplication>, onProgress?: (done: number, total: number) => void): void {
    this.apply([], [...apps], onProgress);
  }

  /** Removes one application; returns false when it was not indexed. */
  remove(id: string): boolean {
    if (!this.docs.has(id)) return false;
    this.apply([id], []);
    return true;
  }

  private validate(app: ReuseApplication): void {
    if (!app || typeof app.id !== 'string' || !app.id.trim()) {
      throw new InputError('Application without an id');
    }
    if (typeof app.name !== 'string' || !app.name.trim()) {
      throw new InputError(`Application ${app.id} has no name`);
    }
  }

  private apply(
    removeIds: string[],
    upserts: ReuseApplication[],
    onProgress?: (done: number, total: number) => void,
  ): void {
    const seen = new Set<string>();
    for (const app of upserts) {
      this.validate(app);
      if (seen.has(app.id)) throw new InputError(`Duplicate application id ${app.id}`);
      seen.add(app.id);
    }
    const oldBuckets = new Map<number, number>();
    const touchTerm = (t: number) => {
      if (!oldBuckets.has(t)) oldBuckets.set(t, dfBucket(this.postings[t]?.size ?? 0));
    };
    // removals and replaced applications
    const toAdd: Array<{ app: ReuseApplication; fingerprint: string }> = [];
    for (const app of upserts) {
      const fingerprint = JSON.stringify(app);
      const existing = this.docs.get(app.id);
      if (existing && existing.fingerprint === fingerprint) continue;
      if (existing) this.detach(existing, touchTerm);
      toAdd.push({ app, fingerprint });
    }
    for (const id of removeIds) {
      const existing = this.docs.get(id);
      if (existing) this.detach(existing, touchTerm);
    }
    // additions
    const dirty = new Set<Doc>();
    for (const { app, fingerprint } of toAdd) {
      const features = extractFeatures(this.normalizer, app);
      const slot = this.freeSlots.pop() ?? this.slots.length;
      const termIds = new Int32Array(features.length);
      features.forEach((f, i) => {
        let t = this.termIdOf.get(f.key);
        if (t === undefined) {
          t = this.termKeys.length;
          this.termIdOf.set(f.key, t);
          this.termKeys.push(f.key);
          this.termKinds.push(f.kind);
          this.postings.push(new Set());
          this.prefixPostings.push(undefined);
        }
        touchTerm(t);
        this.postings[t].add(slot);
        termIds[i] = t;
      });
      const doc: Doc = {
        slot,
        id: app.id,
        app,
        fingerprint,
        features,
        termIds,
        weights: new Float64Array(features.length),
        sortedIds: new Int32Array(0),
        sortedWeights: new Float64Array(0),
        prefix: new Int32Array(0),
        suffixNorm: 0,
        indexed: false,
      };
      this.slots[slot] = doc;
      this.docs.set(app.id, doc);
      if (app.nationalPlatform) {
        for (const block of app.dpi ?? []) {
          let set = this.platformsByBlock.get(block);
          if (!set) this.platformsByBlock.set(block, (set = new Set()));
          set.add(app.id);
        }
      }
      dirty.add(doc);
    }
    // which existing documents change weights
    const nBucket = collectionBucket(this.docs.size);
    if (nBucket !== this.nBucket) {
      this.nBucket = nBucket;
      for (const doc of this.docs.values()) dirty.add(doc);
    } else {
      for (const [t, old] of oldBuckets) {
        if (dfBucket(this.postings[t].size) === old) continue;
        for (const s of this.postings[t]) dirty.add(this.slots[s]!);
      }
    }
    this.ensureCapacity();
    for (const doc of dirty) {
      if (doc.indexed) this.unindex(doc);
      this.clusterDirty.add(doc.id);
    }
    for (const doc of dirty) this.computeWeights(doc);
    // probe each dirty document against the indexed ones, then index it
    let done = 0;
    const ordered = [...dirty].sort((a, b) => byString(a.id, b.id));
    for (const doc of ordered) {
      for (const [other, score] of this.probe(doc)) this.link(doc.slot, other, score);
      this.index(doc);
      done++;
      if (onProgress && (done % 5000 === 0 || done === ordered.length)) {
        onProgress(done, ordered.length);
      }
    }
  }

  private ensureCapacity(): void {
    if (this.acc.length < this.slots.length) {
      const n = Math.max(1024, this.slots.length * 2);
      this.acc = new Float64Array(n);
      this.accContent = new Float64Array(n);
      this.accCoverage = new Float64Array(n);
      this.accShared = new Int32Array(n);
    }
  }

  private detach(doc: Doc, touchTerm: (t: number) => void): void {
    if (doc.indexed) this.unindex(doc);
    for (const t of doc.termIds) {
      touchTerm(t);
      this.postings[t].delete(doc.slot);
    }
    this.clusterDirty.add(doc.id);
    for (const block of doc.app.dpi ?? []) this.platformsByBlock.get(block)?.delete(doc.id);
    this.docs.delete(doc.id);
    this.slots[doc.slot] = undefined;
    this.freeSlots.push(doc.slot);
  }

  /** Removes a document's prefix entries and links. */
  private unindex(doc: Doc): void {
    for (const t of doc.prefix) this.prefixPostings[t]?.delete(doc.slot);
    const links = this.edges[doc.slot];
    if (links) {
      for (const other of links.keys()) {
        this.edges[other]?.delete(doc.slot);
        this.clusterDirty.add(this.slots[other]!.id);
      }
      this.edges[doc.slot] = undefined;
    }
    doc.indexed = false;
  }

  private link(a: number, b: number, score: number): void {
    (this.edges[a] ??= new Map()).set(b, score);
    (this.edges[b] ??= new Map()).set(a, score);
    this.clusterDirty.add(this.slots[b]!.id);
  }

  private termWeight(t: number, tf: number): number {
    const df = this.postings[t]?.size ?? 0;
    return tfWeight(tf) * idf(dfBucket(Math.max(1, df)), this.nBucket, this.termKinds[t]);
  }

  private computeWeights(doc: Doc): void {
    const n = doc.features.length;
    let normSq = 0;
    for (let i = 0; i < n; i++) {
      const w = this.termWeight(doc.termIds[i], doc.features[i].tf);
      doc.weights[i] = w;
      normSq += w * w;
    }
    const norm = Math.sqrt(normSq) || 1;
    for (let i = 0; i < n; i++) doc.weights[i] /= norm;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => doc.termIds[a] - doc.termIds[b]);
    doc.sortedIds = Int32Array.from(order, i => doc.termIds[i]);
    doc.sortedWeights = Float64Array.from(order, i => doc.weights[i]);
    // prefix: heaviest features first, while the rest could still reach the threshold
    order.sort((a, b) => doc.weights[b] - doc.weights[a] || byString(doc.features[a].key, doc.features[b].key));
    const suffixSq = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) suffixSq[i] = suffixSq[i + 1] + doc.weights[order[i]] ** 2;
    let p = 0;
    while (p < n && Math.sqrt(suffixSq[p]) >= this.threshold - 1e-6) p++;
    doc.prefix = Int32Array.from(order.slice(0, p), i => doc.termIds[i]);
    doc.suffixNorm = Math.sqrt(suffixSq[p]);
  }

  private index(doc: Doc): void {
    for (const t of doc.prefix) {
      (this.prefixPostings[t] ??= new Map()).set(doc.slot, this.weightOf(doc, t));
    }
    doc.indexed = true;
  }

  private weightOf(doc: Doc, t: number): number {
    const ids = doc.sortedIds;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = ids[mid];
      if (v === t) return doc.sortedWeights[mid];
      if (v < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Exact similarity and its content part, summed in key order so that it does not depend on history. */
  private similarity(a: Doc, b: Doc): { score: number; content: number } {
    let score = 0;
    let content = 0;
    for (let i = 0; i < a.termIds.length; i++) {
      const w = this.weightOf(b, a.termIds[i]);
      if (w === 0) continue;
      const p = a.weights[i] * w;
      score += p;
      if (a.features[i].kind === 'word') content += p;
    }
    return { score: round(score), content: round(content) };
  }

  private isLink(sim: { score: number; content: number }): boolean {
    return (
      sim.score >= this.threshold - EPS &&
      sim.content >= this.minContentShare * sim.score - EPS
    );
  }

  /** All indexed documents linked to `doc`. */
  private probe(doc: Doc): Array<[number, number]> {
    const acc = this.acc;
    const touched: number[] = [];
    for (let i = 0; i < doc.termIds.length; i++) {
      const list = this.prefixPostings[doc.termIds[i]];
      if (!list) continue;
      const w = doc.weights[i];
      for (const [slot, wy] of list) {
        if (acc[slot] === 0) touched.push(slot);
        acc[slot] += w * wy;
      }
    }
    const out: Array<[number, number]> = [];
    for (const slot of touched) {
      const partial = acc[slot];
      acc[slot] = 0;
      const other = this.slots[slot]!;
      if (partial + other.suffixNorm < this.threshold - 1e-6) continue;
      const sim = this.similarity(doc, other);
      if (this.isLink(sim)) out.push([slot, sim.score]);
    }
    return out;
  }

  /**
   * The weighted vectors of all applications (for reference comparisons such
   * as the exact all-pairs benchmark).
   */
  vectors(): Array<{ id: string; keys: string[]; weights: number[]; content: boolean[] }> {
    return [...this.docs.values()].map(d => ({
      id: d.id,
      keys: d.features.map(f => f.key),
      weights: Array.from(d.weights),
      content: d.features.map(f => f.kind === 'word'),
    }));
  }

  /** The link rule in force: similarity threshold and minimal content share. */
  get linkRule(): { threshold: number; minContentShare: number } {
    return { threshold: this.threshold, minContentShare: this.minContentShare };
  }

  // ---------------------------------------------------------------- clusters

  private refreshClusters(): void {
    if (this.clusterDirty.size === 0) return;
    const seeds = new Set<string>();
    for (const id of this.clusterDirty) {
      seeds.add(id);
      const old = this.clusterOf.get(id);
      if (old) for (const m of old.members) seeds.add(m);
    }
    for (const id of seeds) this.clusterOf.delete(id);
    const visited = new Set<number>();
    for (const id of seeds) {
      const doc = this.docs.get(id);
      if (!doc || visited.has(doc.slot)) continue;
      const component: number[] = [doc.slot];
      visited.add(doc.slot);
      for (let i = 0; i < component.length; i++) {
        const links = this.edges[component[i]];
        if (!links) continue;
        for (const other of links.keys()) {
          if (!visited.has(other)) {
            visited.add(other);
            component.push(other);
          }
        }
      }
      if (component.length < 2) continue;
      const members = component.map(s => this.slots[s]!.id).sort(byString);
      const state: ClusterState = { key: members[0], members };
      for (const m of members) this.clusterOf.set(m, state);
    }
    this.clusterDirty.clear();
  }

  /** Clusters of applications that serve the same function, largest first. */
  findDuplicates(): DuplicateCluster[] {
    this.refreshClusters();
    const seen = new Set<ClusterState>();
    const out: DuplicateCluster[] = [];
    for (const state of this.clusterOf.values()) {
      if (seen.has(state)) continue;
      seen.add(state);
      state.view ??= this.describeCluster(state.members);
      out.push(state.view);
    }
    return out.sort((a, b) => b.members.length - a.members.length || byString(a.id, b.id));
  }

  /** The cluster an application belongs to, if any. */
  clusterOfApplication(id: string): DuplicateCluster | undefined {
    this.refreshClusters();
    const state = this.clusterOf.get(id);
    if (!state) return undefined;
    state.view ??= this.describeCluster(state.members);
    return state.view;
  }

  duplicateStats(): DuplicateStats {
    const clusters = this.findDuplicates();
    let links = 0;
    for (const e of this.edges) links += e?.size ?? 0;
    return {
      applications: this.docs.size,
      clusters: clusters.length,
      clusteredApplications: clusters.reduce((n, c) => n + c.members.length, 0),
      links: links / 2,
    };
  }

  private describeCluster(members: string[]): DuplicateCluster {
    const docs = members.map(id => this.docs.get(id)!);
    const slots = new Set(docs.map(d => d.slot));
    const links: Array<{ a: string; b: string; score: number }> = [];
    for (const d of docs) {
      for (const [other, score] of this.edges[d.slot] ?? []) {
        const o = this.slots[other]!;
        if (slots.has(other) && d.id < o.id) links.push({ a: d.id, b: o.id, score: round(score, 3) });
      }
    }
    links.sort((x, y) => y.score - x.score || byString(x.a, y.a) || byString(x.b, y.b));
    const mean = links.reduce((s, l) => s + l.score, 0) / Math.max(1, links.length);
    const need = Math.max(2, Math.ceil(docs.length / 2));
    const shared = (kind: FeatureKind) => {
      const count = new Map<string, { n: number; w: number; surface: string }>();
      for (const d of docs) {
        d.features.forEach((f, i) => {
          if (f.kind !== kind) return;
          const c = count.get(f.key) ?? { n: 0, w: 0, surface: f.surfaces[0] };
          c.n++;
          c.w += d.weights[i];
          if (f.surfaces[0] < c.surface) c.surface = f.surfaces[0];
          count.set(f.key, c);
        });
      }
      return [...count.entries()]
        .filter(([, c]) => c.n >= need)
        .sort((a, b) => b[1].n - a[1].n || b[1].w - a[1].w || byString(a[0], b[0]))
        .map(([key, c]) => ({ key: key.replace(/^[#~@]/, ''), ...c }));
    };
    const evidence: ClusterEvidence[] = [];
    const terms = shared('word').slice(0, 8);
    if (terms.length) {
      const values = terms.map(t => (t.surface === t.key ? t.key : `${t.key} (${t.surface})`));
      evidence.push({
        kind: 'shared-terms',
        message: `At least ${need} of ${docs.length} applications share the terms ${values.join(', ')}`,
        values,
      });
    }
    const fnCount = new Map<string, number>();
    for (const d of docs) {
      const fns = new Set((d.app.functions ?? []).map(f => f.trim().toLocaleLowerCase('id-ID')));
      for (const f of fns) if (f) fnCount.set(f, (fnCount.get(f) ?? 0) + 1);
    }
    const fns = [...fnCount.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
      .slice(0, 5)
      .map(([f]) => f);
    if (fns.length) {
      evidence.push({ kind: 'shared-functions', message: `Shared functions: ${fns.join('; ')}`, values: fns });
    }
    const codes = shared('code').slice(0, 5).map(c => c.key);
    if (codes.length) {
      evidence.push({ kind: 'shared-codes', message: `Shared reference codes: ${codes.join(', ')}`, values: codes });
    }
    const names = shared('acronym').slice(0, 3).map(c => c.key);
    if (names.length) {
      evidence.push({
        kind: 'shared-names',
        message: `Shared name codes (supporting evidence only): ${names.join(', ')}`,
        values: names,
      });
    }
    const agencies = [...new Set(docs.map(d => d.app.agency).filter((a): a is string => !!a))].sort(byString);
    return {
      id: `dup:${members[0]}`,
      members,
      score: round(mean, 3),
      agencies,
      evidence,
      links: links.slice(0, 20),
    };
  }

  // ---------------------------------------------------------------- ranking

  /**
   * Ranks what a proposal should reuse. National platforms are preferred;
   * applications below the relevance threshold are never returned, so a
   * novel proposal gets no matches.
   */
  rankReuse(proposal: ReuseProposal, options?: { top?: number }): ReuseRanking {
    if (!proposal || typeof proposal.name !== 'string' || !proposal.name.trim()) {
      throw new InputError('A proposal needs a name');
    }
    const top = options?.top ?? 5;
    const features = extractFeatures(this.normalizer, proposal);
    const weights = features.map(f => {
      const t = this.termIdOf.get(f.key);
      const df = t === undefined ? 0 : this.postings[t].size;
      const kind = f.kind;
      return tfWeight(f.tf) * idf(dfBucket(Math.max(1, df)), this.nBucket, kind);
    });
    const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
    this.ensureCapacity();
    const acc = this.acc;
    const accC = this.accContent;
    const accCov = this.accCoverage;
    const accN = this.accShared;
    const touched: number[] = [];
    features.forEach((f, i) => {
      const t = this.termIdOf.get(f.key);
      if (t === undefined) return;
      const wq = weights[i] / norm;
      const isContent = f.kind === 'word';
      for (const slot of this.postings[t]) {
        const p = wq * this.weightOf(this.slots[slot]!, t);
        if (acc[slot] === 0 && accC[slot] === 0 && accCov[slot] === 0) touched.push(slot);
        acc[slot] += p;
        if (isContent) {
          accC[slot] += p;
          accCov[slot] += wq * wq;
          accN[slot] += 1;
        }
      }
    });
    const scored: Array<{ doc: Doc; sim: number; score: number; coverage: number; preferred: boolean }> = [];
    for (const slot of touched) {
      const sim = round(acc[slot], 6);
      const content = round(accC[slot], 6);
      const coverage = round(accCov[slot], 6);
      const shared = accN[slot];
      acc[slot] = 0;
      accC[slot] = 0;
      accCov[slot] = 0;
      accN[slot] = 0;
      const doc = this.slots[slot]!;
      const national = !!doc.app.nationalPlatform;
      const covers = coverage >= this.minCoverage - EPS;
      // National platforms describe many functions, which lowers their cosine
      // with a short proposal; when they cover the proposal a lower
      // similarity suffices.
      const threshold = national && covers ? this.platformRelevance : this.relevance;
      if (sim < threshold || content < this.minContentShare * sim) continue;
      // Evidence: the application explains at least `minCoverage` of the
      // proposal's weighted content, or shares several content words with it.
      // One shared topical word (nelayan, seni) is not a reason to reuse.
      if (!covers && shared < this.minSharedTerms) continue;
      const preferred = national && covers;
      const score = round(sim * (national ? 1 + this.platformBoost : 1), 4);
      scored.push({ doc, sim, score, coverage, preferred });
    }
    // National platforms that cover the proposal come first, then the rest by score.
    scored.sort(
      (a, b) =>
        Number(b.preferred) - Number(a.preferred) ||
        b.score - a.score ||
        byString(a.doc.id, b.doc.id),
    );
    const queryKeys = new Map(features.map(f => [f.key, f]));
    const proposalFns = new Set(
      (proposal.functions ?? []).map(f => f.trim().toLocaleLowerCase('id-ID')),
    );
    const dpi = inferDpiBlocks(proposal, this.normalizer.dictionaries.dpiPhrases).map(b => ({
      ...b,
      platforms: this.platformsImplementing(b.block),
    }));
    const matches: ReuseMatch[] = scored.slice(0, top).map(({ doc, sim, score, coverage }) => {
      const reasons: string[] = [];
      if (doc.app.nationalPlatform) reasons.push('National shared platform (aplikasi umum): reuse is preferred');
      reasons.push(`Covers ${Math.round(coverage * 100)}% of the proposal's weighted content words`);
      const shared = doc.features
        .map((f, i) => ({ f, w: doc.weights[i] }))
        .filter(x => queryKeys.has(x.f.key) && x.f.kind === 'word')
        .sort((a, b) => b.w - a.w)
        .slice(0, 6)
        .map(x => {
          const mine = queryKeys.get(x.f.key)!.surfaces[0];
          return mine === x.f.key ? x.f.key : `${x.f.key} (${mine})`;
        });
      if (shared.length) reasons.push(`Shared terms: ${shared.join(', ')}`);
      const fns = (doc.app.functions ?? []).filter(f => proposalFns.has(f.trim().toLocaleLowerCase('id-ID')));
      if (fns.length) reasons.push(`Shared functions: ${fns.join('; ')}`);
      const codes = doc.features.filter(f => f.kind === 'code' && queryKeys.has(f.key)).map(f => f.key.slice(1));
      if (codes.length) reasons.push(`Shared reference codes: ${codes.join(', ')}`);
      const blocks = dpi.filter(b => b.platforms.includes(doc.id)).map(b => b.block);
      if (blocks.length) reasons.push(`Implements DPI building blocks the proposal needs: ${blocks.join(', ')}`);
      return {
        id: doc.id,
        name: doc.app.name,
        score,
        similarity: round(sim, 4),
        coverage: round(coverage, 4),
        nationalPlatform: !!doc.app.nationalPlatform,
        reasons,
      };
    });
    const verdict = matches.length === 0
      ? 'no-relevant-application'
      : matches[0].nationalPlatform
        ? 'reuse-national-platform'
        : 'reuse-existing';
    return { matches, verdict, dpi };
  }

  private platformsImplementing(block: string): string[] {
    return [...(this.platformsByBlock.get(block) ?? [])].sort(byString);
  }
}
