import { byString, VectorNode } from '../model';

/**
 * The strongest `k` links offered so far, strongest first (ties: smaller
 * key), the order `setNeighbours` uses; in flat arrays, without a tuple per
 * offer.
 */
export class TopLinks {
  size = 0;
  private readonly nodes: VectorNode[] = [];
  private readonly scores: Float64Array;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
  }

  offer(other: VectorNode, score: number): void {
    const k = this.k;
    const nodes = this.nodes;
    const scores = this.scores;
    let i = this.size;
    while (i > 0) {
      const s = scores[i - 1];
      if (s > score || (s === score && byString(nodes[i - 1].key, other.key) < 0)) break;
      i--;
    }
    if (i >= k) return;
    const last = this.size < k ? this.size++ : k - 1;
    for (let j = last; j > i; j--) {
      nodes[j] = nodes[j - 1];
      scores[j] = scores[j - 1];
    }
    nodes[i] = other;
    scores[i] = score;
  }

  nodeAt(i: number): VectorNode {
    return this.nodes[i];
  }

  scoreAt(i: number): number {
    return this.scores[i];
  }

  /** The score of the weakest link kept. */
  weakest(): number {
    return this.scores[this.size - 1];
  }

  toLinks(): Array<[VectorNode, number]> {
    const out: Array<[VectorNode, number]> = [];
    for (let i = 0; i < this.size; i++) out.push([this.nodes[i], this.scores[i]]);
    return out;
  }
}
