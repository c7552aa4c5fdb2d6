import { InputError } from '@backstage/errors';
import type { ReuseDictionaries } from './dictionaries';
import { extractFeatures, FeatureKind, RawFeature } from './features';
import { averageLinkage, internalSimilarity } from './averageLinkage';
import { PrefixList } from './PrefixList';
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
  /** Cosine similarity from which two applications are linked as neighbours. Default 0.4. */
  duplicateThreshold?: number;
  /**
   * Share of a link's similarity that must come from content words (not
   * acronyms, generic technology words or codes). Default 0.6: a shared
   * acronym or "SMS gateway" alone never links two applications.
   */
  minContentShare?: number;
  /**
   * Average pairwise similarity a cluster must keep when two groups merge
   * (average linkage over the neighbour graph). Default 0.3.
   */
  clusterThreshold?: number;
  /** Links kept per application (its strongest neighbours). Default 10. */
  neighbours?: number;
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
  prefixWeights: Float64Array;
  suffixNorm: number;
  indexed: boolean;
  /** Key of the features (documents with equal keys are one node). */
  vectorKey: string;
  node?: GraphNode;
}

/**
 * Documents with the same normalised features share one node of the
 * neighbour graph: they are compared once, whatever the number of copies.
 */
interface GraphNode {
  nid: number;
  key: string;
  docs: Set<Doc>;
  /** A member; all members have the same features and weights. */
  rep: Doc;
  /** The strongest links (at most `neighbours`), strongest first. */
  knn: Array<[GraphNode, number]>;
  /** Nodes whose `knn` contains this node. */
  reverse: Set<GraphNode>;
  /** Term ids under which the node is in the prefix index. */
  indexedPrefix?: Int32Array;
}

interface ClusterState {
  key: string;
  members: string[];
  nodes: GraphNode[];
  /** Average pairwise similarity of the members. */
  score: number;
  view?: DuplicateCluster;
}

const EPS = 1e-9;
const round = (x: number, digits = 9) => {
  const scale = digits === 9 ? 1e9 : 10 ** digits;
  return Math.round(x * scale) / scale;
};
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
  private readonly clusterThreshold: number;
  private readonly k: number;
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
  /** 1 for content words (by term id). */
  private termIsWord = new Uint8Array(0);
  /** Upper bound of each feature's normalised weight in any application (never lowered). */
  private readonly maxWeight: number[] = [];
  /** Slots of the applications with each feature, with their normalised weights. */
  private readonly postings: Array<Map<number, number>> = [];
  private readonly prefixPostings: Array<PrefixList<GraphNode> | undefined> = [];
  private readonly nodes = new Map<string, GraphNode>();
  private readonly freeNids: number[] = [];
  private nextNid = 0;
  private readonly blockOf = new Map<GraphNode, GraphNode[]>();
  private readonly graphDirty = new Set<GraphNode>();
  private nBucket = collectionBucket(0);

  private readonly platformsByBlock = new Map<string, Set<string>>();
  private readonly clusterOf = new Map<string, ClusterState>();
  private readonly clusterOfNode = new Map<GraphNode, ClusterState>();
  private acc = new Float64Array(0);
  /** 1 for the slots of national platforms (ranking without touching the documents). */
  private nationalSlot = new Uint8Array(0);
  private nodeAcc = new Float64Array(0);
  private accContent = new Float64Array(0);
  private accCoverage = new Float64Array(0);
  private accShared = new Int32Array(0);

  static create(options?: ReuseIndexOptions): ReuseIndex {
    return new ReuseIndex(options ?? {});
  }

  private constructor(options: ReuseIndexOptions) {
    this.normalizer = Normalizer.create({ dictionaries: options.dictionaries });
    this.threshold = options.duplicateThreshold ?? 0.4;
    this.minContentShare = options.minContentShare ?? 0.6;
    this.clusterThreshold = options.clusterThreshold ?? 0.3;
    this.k = options.neighbours ?? 10;
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
          if (this.termIsWord.length <= t) {
            const grown = new Uint8Array(Math.max(1024, t * 2));
            grown.set(this.termIsWord);
            this.termIsWord = grown;
          }
          this.termIsWord[t] = f.kind === 'word' ? 1 : 0;
          this.maxWeight.push(0);
          this.postings.push(new Map());
          this.prefixPostings.push(undefined);
        }
        touchTerm(t);
        this.postings[t].set(slot, 0);
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
        prefixWeights: new Float64Array(0),
        suffixNorm: 0,
        indexed: false,
        vectorKey: features.map(f => `${f.key}\u0001${f.tf}`).join('\u0002'),
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
        for (const s of this.postings[t].keys()) dirty.add(this.slots[s]!);
      }
    }
    this.ensureCapacity();
    // nodes whose weights or membership change
    const dirtyNodes = new Set<GraphNode>(this.pendingNodes);
    this.pendingNodes.clear();
    for (const doc of dirty) {
      this.computeWeights(doc);
      let node = doc.node;
      if (!node) {
        node = this.nodes.get(doc.vectorKey);
        if (!node) {
          node = { nid: this.freeNids.pop() ?? this.nextNid++, key: doc.vectorKey, docs: new Set(), rep: doc, knn: [], reverse: new Set() };
          this.nodes.set(node.key, node);
        }
        node.docs.add(doc);
        doc.node = node;
      }
      dirtyNodes.add(node);
    }
    this.ensureCapacity();
    for (const node of dirtyNodes) this.unindexNode(node);
    const alive = [...dirtyNodes].filter(n => n.docs.size > 0);
    for (const node of dirtyNodes) {
      if (node.docs.size === 0) this.dropNode(node);
    }
    for (const node of alive) {
      if (!node.docs.has(node.rep)) node.rep = node.docs.values().next().value!;
    }
    // every node that may gain or lose one of the changed nodes as a neighbour
    const recompute = new Set<GraphNode>([...alive, ...this.pendingRecompute]);
    this.pendingRecompute.clear();
    for (const node of alive) for (const r of node.reverse) recompute.add(r);
    const ordered = alive.sort((a, b) => byString(a.key, b.key));
    const linksOf = new Map<GraphNode, Array<[GraphNode, number]>>(ordered.map(n => [n, []]));
    // Each changed node probes the unchanged nodes and the changed nodes
    // indexed before it, then joins the index: every pair is scored once.
    // Only the strongest `k` links of each changed node are kept.
    let done = 0;
    for (const node of ordered) {
      const mine = linksOf.get(node)!;
      this.probe(node, (other, score) => {
        this.offerLink(mine, other, score);
        const theirs = linksOf.get(other);
        if (theirs) this.offerLink(theirs, node, score);
        else recompute.add(other);
      });
      this.indexNode(node);
      done += node.docs.size;
      if (onProgress && (done % 5000 < node.docs.size || done === this.docs.size)) {
        onProgress(Math.min(done, dirty.size), dirty.size);
      }
    }
    for (const node of recompute) {
      if (node.docs.size === 0) continue;
      this.setNeighbours(node, linksOf.get(node) ?? this.probeAll(node));
    }
    if (onProgress && dirty.size) onProgress(dirty.size, dirty.size);
  }

  private readonly pendingNodes = new Set<GraphNode>();

  private indexNode(node: GraphNode): void {
    const doc = node.rep;
    doc.prefix.forEach((t, i) => {
      (this.prefixPostings[t] ??= new PrefixList()).set(node, doc.prefixWeights[i]);
    });
    node.indexedPrefix = doc.prefix;
  }

  private unindexNode(node: GraphNode): void {
    for (const t of node.indexedPrefix ?? []) this.prefixPostings[t]?.delete(node);
    node.indexedPrefix = undefined;
  }

  private dropNode(node: GraphNode): void {
    this.setNeighbours(node, []);
    for (const r of [...node.reverse]) {
      this.pendingRecompute.add(r);
    }
    this.markGraph(node);
    this.nodes.delete(node.key);
    this.freeNids.push(node.nid);
  }

  private readonly pendingRecompute = new Set<GraphNode>();

  private markGraph(node: GraphNode): void {
    this.graphDirty.add(node);
  }

  /** Replaces a node's neighbour list (the strongest `k` links). */
  private setNeighbours(node: GraphNode, links: Array<[GraphNode, number]>): void {
    const top = links
      .filter(([o]) => o !== node)
      .sort((a, b) => b[1] - a[1] || byString(a[0].key, b[0].key))
      .slice(0, this.k);
    const same =
      top.length === node.knn.length && top.every(([o, s], i) => node.knn[i][0] === o && node.knn[i][1] === s);
    this.markGraph(node);
    if (same) return;
    for (const [o] of node.knn) {
      o.reverse.delete(node);
      this.markGraph(o);
    }
    node.knn = top;
    for (const [o] of top) {
      o.reverse.add(node);
      this.markGraph(o);
    }
  }

  private ensureCapacity(): void {
    if (this.nodeAcc.length < this.nextNid) this.nodeAcc = new Float64Array(Math.max(1024, this.nextNid * 2));
    if (this.acc.length < this.slots.length) {
      const n = Math.max(1024, this.slots.length * 2);
      const national = new Uint8Array(n);
      national.set(this.nationalSlot);
      this.nationalSlot = national;
      this.acc = new Float64Array(n);
      this.accContent = new Float64Array(n);
      this.accCoverage = new Float64Array(n);
      this.accShared = new Int32Array(n);
    }
  }

  private detach(doc: Doc, touchTerm: (t: number) => void): void {
    const node = doc.node!;
    this.unindexNode(node);
    node.docs.delete(doc);
    if (node.rep === doc && node.docs.size) {
      node.rep = node.docs.values().next().value!;
    }
    this.pendingNodes.add(node);
    for (const t of doc.termIds) {
      touchTerm(t);
      this.postings[t].delete(doc.slot);
    }
    for (const block of doc.app.dpi ?? []) this.platformsByBlock.get(block)?.delete(doc.id);
    this.docs.delete(doc.id);
    this.slots[doc.slot] = undefined;
    this.freeSlots.push(doc.slot);
  }

  private termWeight(t: number, tf: number): number {
    const df = this.postings[t]?.size ?? 0;
    return tfWeight(tf) * idf(dfBucket(Math.max(1, df)), this.nBucket, this.termKinds[t]);
  }

  private computeWeights(doc: Doc): void {
    this.nationalSlot[doc.slot] = doc.app.nationalPlatform ? 1 : 0;
    const n = doc.features.length;
    let normSq = 0;
    for (let i = 0; i < n; i++) {
      const w = this.termWeight(doc.termIds[i], doc.features[i].tf);
      doc.weights[i] = w;
      normSq += w * w;
    }
    const norm = Math.sqrt(normSq) || 1;
    for (let i = 0; i < n; i++) {
      doc.weights[i] /= norm;
      const t = doc.termIds[i];
      this.postings[t].set(doc.slot, doc.weights[i]);
      if (doc.weights[i] > this.maxWeight[t]) this.maxWeight[t] = doc.weights[i];
    }
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => doc.termIds[a] - doc.termIds[b]);
    doc.sortedIds = Int32Array.from(order, i => doc.termIds[i]);
    doc.sortedWeights = Float64Array.from(order, i => doc.weights[i]);
    // Prefix filtering (AllPairs) with one global feature order, rarest first
    // (document-frequency bucket, then key): the prefix is the shortest head
    // of that order whose tail cannot reach the threshold on its own. Two
    // documents whose cosine reaches the threshold then share a feature in
    // both prefixes, so the index holds prefixes only and probes use them only.
    // The order changes only when a bucket changes, and then every document
    // with that feature is re-weighted and re-indexed anyway.
    const bucket = Int32Array.from(doc.termIds, t => dfBucket(this.postings[t].size));
    order.sort((a, b) => bucket[a] - bucket[b] || byString(doc.features[a].key, doc.features[b].key));
    const suffixSq = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) suffixSq[i] = suffixSq[i + 1] + doc.weights[order[i]] ** 2;
    let p = 0;
    while (p < n && Math.sqrt(suffixSq[p]) >= this.threshold - 1e-6) p++;
    doc.prefix = Int32Array.from(order.slice(0, p), i => doc.termIds[i]);
    doc.prefixWeights = Float64Array.from(order.slice(0, p), i => doc.weights[i]);
    doc.suffixNorm = Math.sqrt(suffixSq[p]);
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

  /** Content part of the last `similarity` result. */
  private lastContent = 0;

  /** Dense weights of the probing document by term id (zero elsewhere). */
  private dense = new Float64Array(0);

  private scatter(doc: Doc): void {
    if (this.dense.length < this.termKeys.length) this.dense = new Float64Array(this.termKeys.length * 2);
    for (let i = 0; i < doc.termIds.length; i++) this.dense[doc.termIds[i]] = doc.weights[i];
  }

  private unscatter(doc: Doc): void {
    for (let i = 0; i < doc.termIds.length; i++) this.dense[doc.termIds[i]] = 0;
  }

  /**
   * Exact similarity of the scattered document and `b` (its content part goes
   * to `lastContent`), summed over the shared features in key order, so that
   * it does not depend on history.
   */
  private similarityToScattered(b: Doc): number {
    const dense = this.dense;
    const word = this.termIsWord;
    let score = 0;
    let content = 0;
    for (let i = 0; i < b.termIds.length; i++) {
      const t = b.termIds[i];
      const a = dense[t];
      if (a === 0) continue;
      const p = a * b.weights[i];
      score += p;
      if (word[t] === 1) content += p;
    }
    this.lastContent = round(content);
    return round(score);
  }

  private isLink(score: number, content: number): boolean {
    return score >= this.threshold - EPS && content >= this.minContentShare * score - EPS;
  }

  /** The strongest `k` links of a node to the indexed nodes. */
  private probeAll(node: GraphNode): Array<[GraphNode, number]> {
    const out: Array<[GraphNode, number]> = [];
    this.probe(node, (other, score) => this.offerLink(out, other, score));
    return out;
  }

  /**
   * Keeps `list` the strongest `k` links, strongest first (ties: smaller key),
   * the order `setNeighbours` uses.
   */
  private offerLink(list: Array<[GraphNode, number]>, other: GraphNode, score: number): void {
    const k = this.k;
    let i = list.length;
    while (i > 0) {
      const [o, s] = list[i - 1];
      if (s > score || (s === score && byString(o.key, other.key) < 0)) break;
      i--;
    }
    if (i >= k) return;
    list.splice(i, 0, [other, score]);
    if (list.length > k) list.pop();
  }

  /** Calls `sink` for every indexed node linked to `node` (candidates share a prefix feature). */
  private probe(node: GraphNode, sink: (other: GraphNode, score: number) => void): void {
    const doc = node.rep;
    const acc = this.nodeAcc;
    const touched: GraphNode[] = [];
    for (let i = 0; i < doc.prefix.length; i++) {
      const list = this.prefixPostings[doc.prefix[i]];
      if (!list) continue;
      const w = doc.prefixWeights[i];
      const nids = list.nids;
      const weights = list.weights;
      for (let j = 0, n = list.size; j < n; j++) {
        const nid = nids[j];
        if (acc[nid] === 0) touched.push(list.nodes[j]);
        acc[nid] += w * weights[j];
      }
    }
    // the features outside both prefixes add at most the two suffix norms
    const bound = this.threshold - doc.suffixNorm - 1e-6;
    this.scatter(doc);
    for (const other of touched) {
      const partial = acc[other.nid];
      acc[other.nid] = 0;
      if (other === node) continue;
      if (partial + other.rep.suffixNorm < bound) continue;
      const score = this.similarityToScattered(other.rep);
      if (this.isLink(score, this.lastContent)) sink(other, score);
    }
    this.unscatter(doc);
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

  /**
   * The neighbour graph: each distinct application vector (by its first
   * application id) with its strongest links, sorted. For tests and diagnostics.
   */
  neighbourLinks(): Array<{ id: string; links: Array<{ id: string; score: number }> }> {
    const firstId = (n: GraphNode) => [...n.docs].map(d => d.id).sort(byString)[0];
    return [...this.nodes.values()]
      .map(n => ({ id: firstId(n), links: n.knn.map(([o, score]) => ({ id: firstId(o), score })) }))
      .sort((a, b) => byString(a.id, b.id));
  }

  /** The link rule in force: similarity threshold and minimal content share. */
  get linkRule(): { threshold: number; minContentShare: number; clusterThreshold: number } {
    return { threshold: this.threshold, minContentShare: this.minContentShare, clusterThreshold: this.clusterThreshold };
  }

  // ---------------------------------------------------------------- clusters

  /** Undirected neighbours of a node in the graph of strongest links. */
  private adjacent(node: GraphNode): GraphNode[] {
    return [...node.knn.map(([o]) => o), ...node.reverse];
  }

  /**
   * Re-clusters the connected parts of the neighbour graph that an edit
   * touched (old and new parts), with average linkage inside each part.
   */
  private refreshClusters(): void {
    if (this.graphDirty.size === 0) return;
    const seeds = new Set<GraphNode>();
    for (const node of this.graphDirty) {
      seeds.add(node);
      const block = this.blockOf.get(node);
      if (block) for (const m of block) seeds.add(m);
    }
    this.graphDirty.clear();
    for (const node of seeds) {
      this.blockOf.delete(node);
      const old = this.clusterOfNode.get(node);
      if (old) for (const m of old.members) this.clusterOf.delete(m);
      this.clusterOfNode.delete(node);
    }
    const visited = new Set<GraphNode>();
    for (const seed of seeds) {
      if (seed.docs.size === 0 || visited.has(seed)) continue;
      const block: GraphNode[] = [seed];
      visited.add(seed);
      for (let i = 0; i < block.length; i++) {
        for (const o of this.adjacent(block[i])) {
          if (!visited.has(o)) {
            visited.add(o);
            block.push(o);
          }
        }
      }
      block.sort((x, y) => byString(x.key, y.key));
      for (const m of block) this.blockOf.set(m, block);
      this.clusterBlock(block);
    }
  }

  private clusterBlock(block: GraphNode[]): void {
    const pos = new Map(block.map((n, i) => [n, i]));
    const items = block.map(n => {
      const vector = new Map<number, number>();
      const m = n.docs.size;
      n.rep.termIds.forEach((t, i) => vector.set(t, n.rep.weights[i] * m));
      return { size: m, vector };
    });
    const edges: Array<[number, number]> = [];
    block.forEach((n, i) => {
      for (const [o] of n.knn) edges.push([i, pos.get(o)!]);
    });
    for (const group of averageLinkage(items, edges, this.clusterThreshold)) {
      const nodes = group.map(i => block[i]);
      // copies of one vector form a cluster only when that vector would link to itself
      if (nodes.length === 1 && !this.selfLink(nodes[0])) continue;
      const members = nodes.flatMap(n => [...n.docs].map(d => d.id)).sort(byString);
      if (members.length < 2) continue;
      const vector = new Map<number, number>();
      for (const i of group) for (const [t, w] of items[i].vector) vector.set(t, (vector.get(t) ?? 0) + w);
      const score = internalSimilarity({ size: members.length, vector });
      const state: ClusterState = { key: members[0], members, nodes, score };
      for (const n of nodes) this.clusterOfNode.set(n, state);
      for (const m of members) this.clusterOf.set(m, state);
    }
  }

  private selfLink(node: GraphNode): boolean {
    const d = node.rep;
    let content = 0;
    d.features.forEach((f, i) => {
      if (f.kind === 'word') content += d.weights[i] ** 2;
    });
    return this.isLink(1, round(content));
  }

  /** Clusters of applications that serve the same function, largest first. */
  findDuplicates(): DuplicateCluster[] {
    this.refreshClusters();
    const seen = new Set<ClusterState>();
    const out: DuplicateCluster[] = [];
    for (const state of this.clusterOf.values()) {
      if (seen.has(state)) continue;
      seen.add(state);
      state.view ??= this.describeCluster(state);
      out.push(state.view);
    }
    return out.sort((a, b) => b.members.length - a.members.length || byString(a.id, b.id));
  }

  /** The cluster an application belongs to, if any. */
  clusterOfApplication(id: string): DuplicateCluster | undefined {
    this.refreshClusters();
    const state = this.clusterOf.get(id);
    if (!state) return undefined;
    state.view ??= this.describeCluster(state);
    return state.view;
  }

  duplicateStats(): DuplicateStats {
    const clusters = this.findDuplicates();
    let links = 0;
    for (const n of this.nodes.values()) links += n.knn.length;
    return {
      applications: this.docs.size,
      clusters: clusters.length,
      clusteredApplications: clusters.reduce((n, c) => n + c.members.length, 0),
      links,
    };
  }

  private describeCluster(state: ClusterState): DuplicateCluster {
    const members = state.members;
    const docs = members.map(id => this.docs.get(id)!);
    const inCluster = new Set(state.nodes);
    const idsOf = new Map(state.nodes.map(n => [n, [...n.docs].map(d => d.id).sort(byString)]));
    const firstId = (n: GraphNode) => idsOf.get(n)![0];
    const links: Array<{ a: string; b: string; score: number }> = [];
    for (const n of state.nodes) {
      const ids = idsOf.get(n)!;
      for (const other of ids.slice(1, 20)) links.push({ a: ids[0], b: other, score: 1 });
      for (const [o, score] of n.knn) {
        if (!inCluster.has(o)) continue;
        const [a, b] = [firstId(n), firstId(o)].sort(byString);
        links.push({ a, b, score: round(score, 3) });
      }
    }
    const uniq = new Map(links.map(l => [`${l.a}\u0000${l.b}`, l]));
    const sorted = [...uniq.values()].sort((x, y) => y.score - x.score || byString(x.a, y.a) || byString(x.b, y.b));
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
      score: round(state.score, 3),
      agencies,
      evidence,
      links: sorted.slice(0, 20),
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
    // Candidates (max-score pruning): the most common proposal features
    // whose summed upper bound stays below every relevance threshold cannot
    // make an application relevant on their own, so their long posting lists
    // are not scanned; candidates come from the other features. Every
    // candidate is then scored exactly over all the features.
    const termOf = features.map(f => this.termIdOf.get(f.key));
    const wq = weights.map(w => w / norm);
    const present = features
      .map((_, i) => i)
      .filter(i => termOf[i] !== undefined)
      .sort((a, b) => this.postings[termOf[b]!].size - this.postings[termOf[a]!].size || a - b);
    const floor = Math.min(this.relevance, this.platformRelevance) - 1e-6;
    let tailBound = 0;
    let pruned = 0;
    while (pruned < present.length) {
      const i = present[pruned];
      const bound = wq[i] * this.maxWeight[termOf[i]!];
      if (tailBound + bound >= floor) break;
      tailBound += bound;
      pruned++;
    }
    const touched: number[] = [];
    const isHead = new Uint8Array(features.length);
    for (const i of present.slice(pruned)) isHead[i] = 1;
    features.forEach((f, i) => {
      if (!isHead[i]) return;
      const q = wq[i];
      const isContent = f.kind === 'word';
      this.postings[termOf[i]!].forEach((w, slot) => {
        const p = q * w;
        if (acc[slot] === 0 && accC[slot] === 0 && accCov[slot] === 0) touched.push(slot);
        acc[slot] += p;
        if (isContent) {
          accC[slot] += p;
          accCov[slot] += q * q;
          accN[slot] += 1;
        }
      });
    });
    // the pruned features count for the candidates only
    const tail = present.slice(0, pruned);
    if (tail.length) {
      for (const slot of touched) {
        const doc = this.slots[slot]!;
        for (const i of tail) {
          const w = this.weightOf(doc, termOf[i]!);
          if (w === 0) continue;
          const p = wq[i] * w;
          acc[slot] += p;
          if (features[i].kind === 'word') {
            accC[slot] += p;
            accCov[slot] += wq[i] * wq[i];
            accN[slot] += 1;
          }
        }
      }
    }
    type Scored = { doc: Doc; sim: number; score: number; coverage: number; preferred: boolean };
    // National platforms that cover the proposal come first, then the rest by score.
    const rankBefore = (a: Scored, b: Scored) =>
      (Number(b.preferred) - Number(a.preferred) || b.score - a.score || byString(a.doc.id, b.doc.id)) < 0;
    const scored: Scored[] = [];
    for (const slot of touched) {
      if (acc[slot] < floor - 1e-6) {
        // below every relevance threshold
        acc[slot] = 0;
        accC[slot] = 0;
        accCov[slot] = 0;
        accN[slot] = 0;
        continue;
      }
      const sim = round(acc[slot], 6);
      const content = round(accC[slot], 6);
      const coverage = round(accCov[slot], 6);
      const shared = accN[slot];
      acc[slot] = 0;
      accC[slot] = 0;
      accCov[slot] = 0;
      accN[slot] = 0;
      const national = this.nationalSlot[slot] === 1;
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
      // keep the best `top`, in ranking order
      const last = scored.length >= top ? scored[scored.length - 1] : undefined;
      if (
        last &&
        (Number(last.preferred) > Number(preferred) ||
          (last.preferred === preferred && last.score > score))
      ) {
        continue;
      }
      const item = { doc: this.slots[slot]!, sim, score, coverage, preferred };
      let i = scored.length;
      while (i > 0 && rankBefore(item, scored[i - 1])) i--;
      if (i < top) {
        scored.splice(i, 0, item);
        if (scored.length > top) scored.pop();
      }
    }
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
