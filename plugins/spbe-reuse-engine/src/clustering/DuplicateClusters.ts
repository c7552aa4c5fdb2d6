import { averageLinkage, internalSimilarity } from './averageLinkage';
import { codeProfile, functionCodes } from './codeProfile';
import type { NeighbourGraph } from '../graph/NeighbourGraph';
import { byString, VectorNode } from '../model';

/** One duplicate cluster: its applications and vectors (a new object whenever it changes). */
export interface ClusterState {
  members: string[];
  nodes: VectorNode[];
  /** Average pairwise similarity of the members. */
  score: number;
}

/**
 * Duplicate clusters: average-linkage groups over the neighbour graph,
 * recomputed only in the connected parts (blocks) of the graph that an edit
 * touched, so an incremental index gives the clusters of a rebuild.
 */
export class DuplicateClusters {
  private readonly blockOf = new Map<VectorNode, VectorNode[]>();
  private readonly clusterOf = new Map<string, ClusterState>();
  private readonly clusterOfNode = new Map<VectorNode, ClusterState>();
  /** The function code of each term id, null when it is none (term ids are never reused). */
  private readonly codeOfTerm: Array<[string, string] | null | undefined> = [];
  /** Scratch: positions in the block being clustered, by node id. */
  private position = new Int32Array(0);

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

  /** Every cluster, once each. */
  all(): ClusterState[] {
    this.refresh();
    return [...new Set(this.clusterOf.values())];
  }

  /**
   * Re-clusters the connected parts of the neighbour graph that an edit
   * touched (old and new parts), with average linkage inside each part.
   */
  private refresh(): void {
    const dirty = this.graph.dirty;
    if (dirty.size === 0) return;
    const seeds = new Set<VectorNode>();
    const blocks = new Set<VectorNode[]>();
    for (const node of dirty) {
      seeds.add(node);
      const block = this.blockOf.get(node);
      // each block once: an edit dirties many nodes of one block
      if (block && !blocks.has(block)) {
        blocks.add(block);
        for (const m of block) seeds.add(m);
      }
    }
    dirty.clear();
    // the clusters of those blocks, each once (a cluster has many nodes)
    const stale = new Set<ClusterState>();
    for (const node of seeds) {
      this.blockOf.delete(node);
      const old = this.clusterOfNode.get(node);
      if (old) stale.add(old);
      this.clusterOfNode.delete(node);
    }
    for (const old of stale) {
      for (const m of old.members) if (this.clusterOf.get(m) === old) this.clusterOf.delete(m);
    }
    const visited = new Set<VectorNode>();
    for (const seed of seeds) {
      if (seed.docs.size === 0 || visited.has(seed)) continue;
      const block: VectorNode[] = [seed];
      visited.add(seed);
      const visit = (o: VectorNode) => {
        if (visited.has(o)) return;
        visited.add(o);
        block.push(o);
      };
      for (let i = 0; i < block.length; i++) this.graph.forEachAdjacent(block[i], visit);
      block.sort((x, y) => byString(x.key, y.key));
      for (const m of block) this.blockOf.set(m, block);
      this.clusterBlock(block);
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

  private clusterBlock(block: VectorNode[]): void {
    // a vector without links: a cluster only of its own copies, when it would link to itself
    if (block.length === 1 && !this.graph.selfLink(block[0])) return;
    // a vector's position in the block, by node id
    let maxNid = 0;
    for (const n of block) if (n.nid > maxNid) maxNid = n.nid;
    if (this.position.length <= maxNid) this.position = new Int32Array((maxNid + 1) * 2);
    const pos = this.position;
    block.forEach((n, i) => {
      pos[n.nid] = i;
    });
    const items = block.map(n => {
      const vector = new Map<number, number>();
      const m = n.docs.size;
      n.termIds.forEach((t, i) => vector.set(t, n.weights[i] * m));
      const codes = codeProfile(this.functionCodesOf(n), m);
      return { size: m, vector, codes };
    });
    // the links as flat pairs of block positions
    let links = 0;
    for (const n of block) links += n.knn.length;
    const edges = new Int32Array(links * 2);
    let e = 0;
    block.forEach((n, i) => {
      for (const link of n.knn) {
        edges[e++] = i;
        edges[e++] = pos[link[0].nid];
      }
    });
    for (const group of averageLinkage(items, edges, this.threshold, {
      minCodeOverlap: this.minCodeOverlap,
      agreedThreshold: this.agreedThreshold,
      isContent: this.isWord,
    })) {
      const nodes = group.map(i => block[i]);
      // copies of one vector form a cluster only when that vector would link to itself
      if (nodes.length === 1 && !this.graph.selfLink(nodes[0])) continue;
      const members = nodes.flatMap(n => [...n.docs].map(d => d.id)).sort(byString);
      if (members.length < 2) continue;
      const vector = new Map<number, number>();
      for (const i of group) items[i].vector.forEach((w, t) => vector.set(t, (vector.get(t) ?? 0) + w));
      const score = internalSimilarity({ size: members.length, vector });
      const state: ClusterState = { members, nodes, score };
      for (const n of nodes) this.clusterOfNode.set(n, state);
      for (const m of members) this.clusterOf.set(m, state);
    }
  }
}
