import { LinkageGraph, MergeLog, runLinkage } from './averageLinkage';
import { codeProfile, functionCodes } from './codeProfile';
import { internalAverage, unitVector } from './GroupVector';
import type { NeighbourGraph } from '../graph/NeighbourGraph';
import { byString, VectorNode } from '../model';

/**
 * National platform vectors of a cluster that a query compares with the
 * proposal (ranking/clusterPlatforms): a generated inventory's cluster holds
 * hundreds of agencies' copies of one platform, and the most used are enough.
 */
const CLUSTER_PLATFORM_VECTORS = 8;

/** One duplicate cluster: its applications and vectors (a new object whenever it changes). */
export interface ClusterState {
  members: string[];
  nodes: VectorNode[];
  /** Average pairwise similarity of the members. */
  score: number;
}

/**
 * Duplicate clusters: average-linkage groups over the neighbour graph. After
 * an edit only the groups it can change are recomputed: the other merges are
 * replayed from the previous run's log (see runLinkage), so an incremental
 * index gives the clusters of a rebuild at the cost of the part that changed.
 */
export class DuplicateClusters {
  private readonly clusterOf = new Map<string, ClusterState>();
  private readonly clusterOfNode = new Map<VectorNode, ClusterState>();
  private readonly nationalNodes = new WeakMap<ClusterState, VectorNode[]>();
  /** The function code of each term id, null when it is none (term ids are never reused). */
  private readonly codeOfTerm: Array<[string, string] | null | undefined> = [];
  /** The vectors by node id, as of the last refresh (a node id is reused only by a node marked dirty). */
  private nodeOf: Array<VectorNode | undefined> = [];
  /** The previous run's merges, by the node id of each group's first vector. */
  private log: { xs: Int32Array; ys: Int32Array; sims: number[] } | undefined;

  constructor(
    private readonly graph: NeighbourGraph,
    private readonly threshold: number,
    /** Feature key of a term id (to read the function codes of a vector). */
    private readonly keyOf: (termId: number) => string,
    private readonly minCodeOverlap: number,
    /** Average similarity from which groups with agreeing function codes merge. */
    private readonly agreedThreshold: number,
    /** Whether a term id is a content word (not an acronym, generic word or code). */
    private readonly isWord: (termId: number) => boolean,
  ) {}

  /** The cluster of an application, after bringing the clusters up to date. */
  of(id: string): ClusterState | undefined {
    this.refresh();
    return this.clusterOf.get(id);
  }

  /** The cluster of a vector, after bringing the clusters up to date. */
  ofNode(node: VectorNode): ClusterState | undefined {
    this.refresh();
    return this.clusterOfNode.get(node);
  }

  /**
   * The vectors holding national platforms in a vector's cluster, those with
   * the most national platforms first (then by key), at most
   * CLUSTER_PLATFORM_VECTORS (a cluster's state is replaced whenever its
   * vectors' applications change, so the list is made once per state).
   */
  nationalNodesOf(node: VectorNode): readonly VectorNode[] | undefined {
    const state = this.ofNode(node);
    if (!state) return undefined;
    let nodes = this.nationalNodes.get(state);
    if (!nodes) {
      nodes = state.nodes
        .filter(n => n.nationals > 0)
        .sort((a, b) => b.nationals - a.nationals || byString(a.key, b.key))
        .slice(0, CLUSTER_PLATFORM_VECTORS);
      this.nationalNodes.set(state, nodes);
    }
    return nodes;
  }

  /** Every cluster, once each. */
  all(): ClusterState[] {
    this.refresh();
    return [...new Set(this.clusterOf.values())];
  }

  /**
   * Recomputes the groups of the vectors an edit touched (new, changed or
   * removed vectors, and those whose links changed) and whatever their change
   * reaches; replays the rest of the previous run.
   */
  private refresh(): void {
    const dirty = this.graph.dirty;
    if (dirty.size === 0) return;
    const fresh: number[] = [];
    const gone: VectorNode[] = [];
    for (const node of dirty) if (node.docs.size === 0) gone.push(node);
    // a removed vector is not kept (its id may already be a new vector's)
    for (const node of gone) if (this.nodeOf[node.nid] === node) this.nodeOf[node.nid] = undefined;
    for (const node of dirty) {
      if (node.docs.size === 0) continue;
      while (this.nodeOf.length <= node.nid) this.nodeOf.push(undefined);
      this.nodeOf[node.nid] = node;
      fresh.push(node.nid);
    }
    dirty.clear();
    // every id the run meets (fresh, logged or linked) is a live vector's
    const nodeOf = this.nodeOf as VectorNode[];
    const graph: LinkageGraph = {
      size: nodeOf.length,
      order: (a, b) => byString(nodeOf[a].key, nodeOf[b].key),
      count: a => nodeOf[a].docs.size,
      vector: a => unitVector(nodeOf[a].sortedIds, nodeOf[a].sortedWeights, nodeOf[a].docs.size),
      codes: a => codeProfile(this.functionCodesOf(nodeOf[a]), nodeOf[a].docs.size),
      forEachAdjacent: (a, visit) => this.graph.forEachAdjacent(nodeOf[a], o => visit(o.nid)),
    };
    // the log names vectors by node id: a removed vector's id (perhaps reused since by a new one) is gone
    let replay: MergeLog | undefined;
    if (this.log) {
      const goneNid = new Uint8Array(nodeOf.length);
      for (const node of gone) goneNid[node.nid] = 1;
      const xs = Int32Array.from(this.log.xs);
      const ys = Int32Array.from(this.log.ys);
      for (let e = 0; e < xs.length; e++) {
        if (goneNid[xs[e]]) xs[e] = -1;
        if (goneNid[ys[e]]) ys[e] = -1;
      }
      replay = { xs, ys, sims: this.log.sims };
    }
    const { log, groups } = runLinkage(
      graph,
      fresh,
      this.threshold,
      { minCodeOverlap: this.minCodeOverlap, agreedThreshold: this.agreedThreshold, isContent: this.isWord },
      replay,
    );
    this.log = { xs: Int32Array.from(log.xs), ys: Int32Array.from(log.ys), sims: log.sims };
    // the clusters of the recomputed (and removed) vectors are replaced
    const stale = new Set<ClusterState>();
    const forget = (node: VectorNode) => {
      const old = this.clusterOfNode.get(node);
      if (!old) return;
      stale.add(old);
      this.clusterOfNode.delete(node);
    };
    for (const node of gone) forget(node);
    for (const group of groups) for (const m of group.members) forget(nodeOf[m]);
    for (const old of stale) {
      for (const m of old.members) if (this.clusterOf.get(m) === old) this.clusterOf.delete(m);
    }
    for (const group of groups) {
      const nodes = group.members.map(m => nodeOf[m]).sort((x, y) => byString(x.key, y.key));
      // copies of one vector form a cluster only when that vector would link to itself
      if (nodes.length === 1 && (nodes[0].docs.size < 2 || !this.graph.selfLink(nodes[0]))) continue;
      const members = nodes.flatMap(n => [...n.docs].map(d => d.id)).sort(byString);
      const state: ClusterState = { members, nodes, score: internalAverage(group.vector, group.size) };
      for (const n of nodes) this.clusterOfNode.set(n, state);
      for (const m of members) this.clusterOf.set(m, state);
    }
  }

  /** The function codes of a vector (functionCodes of its keys, read once per term). */
  private functionCodesOf(node: VectorNode): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const known = this.codeOfTerm;
    for (const t of node.termIds) {
      while (known.length <= t) known.push(undefined);
      let code = known[t];
      if (code === undefined) {
        code = functionCodes([this.keyOf(t)])[0] ?? null;
        known[t] = code;
      }
      if (code) out.push(code);
    }
    return out;
  }
}
