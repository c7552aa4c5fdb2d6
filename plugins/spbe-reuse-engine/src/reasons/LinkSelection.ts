import { byString } from '../model';

export interface ClusterLink {
  a: string;
  b: string;
  score: number;
}

/** Strongest first, then by the two ids. */
function compare(score: number, a: string, b: string, y: ClusterLink): number {
  return y.score - score || byString(a, y.a) || byString(b, y.b);
}

/**
 * The first `limit` links offered in the order strongest first, then by the
 * ids (the pairs offered are distinct, so this is a total order and the
 * result is the head of a full sort). A link that would not be kept costs
 * one comparison and no allocation: a large cluster offers every link of its
 * vectors.
 */
export class LinkSelection {
  private readonly kept: ClusterLink[] = [];

  constructor(private readonly limit: number) {}

  offer(a: string, b: string, score: number): void {
    const kept = this.kept;
    if (kept.length === this.limit && compare(score, a, b, kept[kept.length - 1]) >= 0) return;
    let i = kept.length;
    while (i > 0 && compare(score, a, b, kept[i - 1]) < 0) i--;
    kept.splice(i, 0, { a, b, score });
    if (kept.length > this.limit) kept.pop();
  }

  sorted(): ClusterLink[] {
    return this.kept.slice();
  }
}
