import { InputError, NotFoundError } from '@backstage/errors';
import { DuplicateClusters } from './clustering/DuplicateClusters';
import { extractFeatures } from './features';
import { NeighbourGraph } from './graph/NeighbourGraph';
import { TermIndex } from './index/TermIndex';
import { withCapacity } from './index/withCapacity';
import { AcronymLexicon } from './lexicon/AcronymLexicon';
import { byString, Doc, VectorNode } from './model';
import { Normalizer } from './Normalizer';
import { ReuseIndexOptions, ResolvedOptions, resolveOptions } from './options';
import { NationalPlatforms } from './ranking/NationalPlatforms';
import { Ranker } from './ranking/Ranker';
import { addToRankDocs, removeFromRankDocs } from './ranking/rankDocs';
import { describeCluster } from './reasons/describeCluster';
import { SurfaceForms } from './reasons/SurfaceForms';
import { sameApplication } from './sameApplication';
import type {
  DuplicateCluster,
  DuplicateStats,
  ReuseApplication,
  ReuseMatchExplanation,
  ReuseProposal,
  ReuseRanking,
} from './types';
import { collectionBucket, dfBucket } from './weighting';

export type { ReuseIndexOptions } from './options';

/**
 * The reuse index: applications in, duplicate clusters and reuse rankings out.
 *
 * Applications with the same normalised features share one vector. Candidate
 * neighbours come from an inverted index with prefix filtering (only the
 * rarest features of each vector that could still reach the duplicate
 * threshold are indexed), so the cost of `findDuplicates` grows close to
 * linearly with the inventory. Upserts and removals update the index, the
 * links and the affected clusters in place; the result is always the one a
 * rebuild from the same applications gives.
 */
export class ReuseIndex {
  readonly normalizer: Normalizer;
  private readonly options: ResolvedOptions;
  private readonly terms: TermIndex;
  private readonly graph: NeighbourGraph;
  private readonly clusters: DuplicateClusters;
  private readonly ranker: Ranker;
  private readonly lexicon: AcronymLexicon;
  /** National platforms by the function they are named for and the DPI blocks they implement. */
  private readonly platforms: NationalPlatforms;

  private readonly docs = new Map<string, Doc>();
  private readonly slots: Array<Doc | undefined> = [];
  private readonly freeSlots: number[] = [];
  private readonly nodes = new Map<string, VectorNode>();
  private readonly freeNids: number[] = [];
  private nextNid = 0;
  private readonly surfaces = new SurfaceForms();
  private readonly views = new WeakMap<object, DuplicateCluster>();
  /** Per term id: the serial of the last edit that touched it (see `apply`). */
  private touchMark = new Int32Array(1024);
  private touchSerial = 0;

  static create(options?: ReuseIndexOptions): ReuseIndex {
    return new ReuseIndex(options ?? {});
  }

  private constructor(options: ReuseIndexOptions) {
    this.normalizer = Normalizer.create({ dictionaries: options.dictionaries });
    this.options = resolveOptions(options);
    this.lexicon = new AcronymLexicon(this.normalizer);
    this.platforms = new NationalPlatforms(this.normalizer);
    const o = this.options;
    this.terms = new TermIndex(o.duplicateThreshold);
    this.graph = new NeighbourGraph(this.terms, {
      threshold: o.duplicateThreshold,
      minContentShare: o.minContentShare,
      k: o.neighbours,
    });
    this.clusters = new DuplicateClusters(
      this.graph,
      o.clusterThreshold,
      t => this.terms.keys[t],
      o.minCodeOverlap,
      o.agreedClusterThreshold,
      t => this.terms.isWord[t] === 1,
    );
    this.ranker = new Ranker(
      this.terms,
      this.normalizer,
      o,
      block => this.platforms.implementing(block),
      acronym => this.lexicon.expansion(acronym),
      (a, b) => {
        const cluster = this.clusters.ofNode(a);
        return !!cluster && cluster === this.clusters.ofNode(b);
      },
      head => this.platforms.named(head),
      node => this.clusters.nationalNodesOf(node),
    );
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
    const terms = this.terms;
    // terms whose document frequency changes, in first-touch order, with their old bucket
    const touchedTerms: number[] = [];
    const oldBuckets: number[] = [];
    const serial = ++this.touchSerial;
    const touchTerm = (t: number) => {
      if (t >= this.touchMark.length) this.touchMark = withCapacity(this.touchMark, t + 1);
      if (this.touchMark[t] === serial) return;
      this.touchMark[t] = serial;
      touchedTerms.push(t);
      oldBuckets.push(dfBucket(terms.df[t]));
    };
    /** Vectors whose applications change. */
    const changed = new Set<VectorNode>();
    const detach = (doc: Doc) => {
      const node = doc.node;
      node.docs.delete(doc);
      removeFromRankDocs(node, doc);
      if (doc.app.nationalPlatform) node.nationals--;
      changed.add(node);
      const ids = node.termIds;
      for (let i = 0; i < ids.length; i++) {
        touchTerm(ids[i]);
        terms.df[ids[i]]--;
      }
      this.platforms.delete(doc.id);
      this.docs.delete(doc.id);
      this.slots[doc.slot] = undefined;
      this.freeSlots.push(doc.slot);
    };
    const lexicon = this.lexicon;
    lexicon.begin();
    const toAdd: ReuseApplication[] = [];
    for (const app of upserts) {
      const existing = this.docs.get(app.id);
      if (existing && sameApplication(existing.app, app)) continue;
      if (existing) detach(existing);
      toAdd.push(app);
      lexicon.set(app.id, lexicon.factsOf(app.name));
    }
    for (const id of removeIds) {
      const existing = this.docs.get(id);
      if (!existing) continue;
      detach(existing);
      lexicon.delete(id);
    }
    // Applications that use an acronym whose learned expansion changed are read again.
    const reading = new Set(toAdd.map(app => app.id));
    for (const acronym of lexicon.end()) {
      for (const id of lexicon.usersOf(acronym)) {
        const doc = this.docs.get(id);
        if (!doc || reading.has(id)) continue;
        reading.add(id);
        detach(doc);
        toAdd.push(doc.app);
      }
    }
    const learned = (acronym: string) => lexicon.expansion(acronym);
    for (const app of toAdd) {
      const features = extractFeatures(this.normalizer, app, learned);
      const key = features.map(f => `${f.key}\u0001${f.tf}${f.inText ? '\u0001' : ''}`).join('\u0002');
      let node = this.nodes.get(key);
      if (!node) {
        node = {
          nid: this.freeNids.pop() ?? this.nextNid++,
          key,
          docs: new Set(),
          nationals: 0,
          termIds: Int32Array.from(features, f => terms.intern(f)),
          postingAt: new Int32Array(features.length).fill(-1),
          tf: Float64Array.from(features, f => f.tf),
          inText: Uint8Array.from(features, f => (f.inText ? 1 : 0)),
          described: features.some(f => f.inText && f.kind === 'word'),
          weights: new Float64Array(features.length),
          sortedIds: new Int32Array(0),
          sortedWeights: new Float64Array(0),
          prefix: new Int32Array(0),
          prefixWeights: new Float64Array(0),
          suffixNorm: 0,
          knn: [],
          reverse: new Set(),
          rankDocs: undefined,
        };
        this.nodes.set(key, node);
      }
      const ids = node.termIds;
      for (let i = 0; i < ids.length; i++) {
        touchTerm(ids[i]);
        terms.df[ids[i]]++;
      }
      const slot = this.freeSlots.pop() ?? this.slots.length;
      const doc: Doc = { slot, id: app.id, app, node, surfaces: this.surfaces.of(features, node) };
      node.docs.add(doc);
      addToRankDocs(node, doc);
      if (app.nationalPlatform) node.nationals++;
      changed.add(node);
      this.slots[slot] = doc;
      this.docs.set(app.id, doc);
      this.platforms.add(app);
    }
    // vectors whose weights change: a term or the collection changed bucket
    const reweigh = new Set<VectorNode>(changed);
    const nBucket = collectionBucket(this.docs.size);
    if (nBucket !== terms.nBucket) {
      terms.nBucket = nBucket;
      for (const node of this.nodes.values()) reweigh.add(node);
    } else {
      for (let i = 0; i < touchedTerms.length; i++) {
        const t = touchedTerms[i];
        if (dfBucket(terms.df[t]) === oldBuckets[i]) continue;
        for (const node of terms.postings[t].nodes) reweigh.add(node);
      }
    }
    const alive: VectorNode[] = [];
    for (const node of reweigh) {
      if (node.docs.size === 0) {
        terms.unpost(node);
        this.graph.drop(node);
        this.nodes.delete(node.key);
        this.freeNids.push(node.nid);
      } else {
        terms.weigh(node);
        alive.push(node);
      }
    }
    const total = alive.reduce((n, node) => n + node.docs.size, 0);
    let reported = 0;
    this.graph.update(alive, this.nextNid, done => {
      if (onProgress && done - reported >= 5000) {
        reported = done;
        onProgress(done, total);
      }
    });
    if (onProgress && total) onProgress(total, total);
  }

  // ---------------------------------------------------------------- duplicates

  /** Clusters of applications that serve the same function, largest first. */
  findDuplicates(): DuplicateCluster[] {
    return this.clusters
      .all()
      .map(state => this.describe(state))
      .sort((a, b) => b.members.length - a.members.length || byString(a.id, b.id));
  }

  /** The cluster an application belongs to, if any. */
  clusterOfApplication(id: string): DuplicateCluster | undefined {
    const state = this.clusters.of(id);
    return state && this.describe(state);
  }

  private describe(state: Parameters<typeof describeCluster>[0]): DuplicateCluster {
    let view = this.views.get(state);
    if (!view) {
      view = describeCluster(state, id => this.docs.get(id)!, this.terms);
      this.views.set(state, view);
    }
    return view;
  }

  duplicateStats(): DuplicateStats {
    const clusters = this.findDuplicates();
    return {
      applications: this.docs.size,
      clusters: clusters.length,
      clusteredApplications: clusters.reduce((n, c) => n + c.members.length, 0),
      links: this.graph.linkCount(this.nodes.values()),
    };
  }

  /**
   * The weighted vectors of all applications (for reference comparisons such
   * as the exact all-pairs benchmark).
   */
  vectors(): Array<{
    id: string;
    keys: string[];
    weights: number[];
    content: boolean[];
    inText: boolean[];
    described: boolean;
  }> {
    return [...this.docs.values()].map(d => ({
      id: d.id,
      keys: Array.from(d.node.termIds, t => this.terms.keys[t]),
      weights: Array.from(d.node.weights),
      content: Array.from(d.node.termIds, t => this.terms.isWord[t] === 1),
      inText: Array.from(d.node.inText, x => x === 1),
      described: d.node.described,
    }));
  }

  /**
   * The neighbour graph: each distinct application vector (by its first
   * application id) with its strongest links, sorted. For tests and diagnostics.
   */
  neighbourLinks(): Array<{ id: string; links: Array<{ id: string; score: number }> }> {
    return this.graph.links(this.nodes.values());
  }

  /** The link rule in force: similarity threshold and minimal content share. */
  get linkRule(): { threshold: number; minContentShare: number; clusterThreshold: number } {
    const o = this.options;
    return { threshold: o.duplicateThreshold, minContentShare: o.minContentShare, clusterThreshold: o.clusterThreshold };
  }

  // ---------------------------------------------------------------- ranking

  /**
   * Ranks what a proposal should reuse. National platforms are preferred;
   * applications below the relevance threshold are never returned, so a
   * novel proposal gets no matches. Each match has its reasons as data
   * (`details`) and as Indonesian sentences (`reasons`). A national platform
   * in the duplicate cluster of the proposal's best local match is listed
   * with it, so a ranking may first bring the clusters of edited parts of
   * the graph up to date (as `findDuplicates` does).
   */
  rankReuse(proposal: ReuseProposal, options?: { top?: number }): ReuseRanking {
    this.validateProposal(proposal);
    return this.ranker.rank(proposal, options?.top ?? 5, this.nextNid);
  }

  /**
   * How one indexed application scores against a proposal under the ranking's
   * relevance rules, and the rules it fails: why it was, or was not, suggested.
   */
  explainMatch(proposal: ReuseProposal, id: string): ReuseMatchExplanation {
    this.validateProposal(proposal);
    const doc = this.docs.get(id);
    if (!doc) throw new NotFoundError(`No application ${id} in the index`);
    return this.ranker.explain(proposal, doc);
  }

  private validateProposal(proposal: ReuseProposal): void {
    if (!proposal || typeof proposal.name !== 'string' || !proposal.name.trim()) {
      throw new InputError('A proposal needs a name');
    }
  }

}
