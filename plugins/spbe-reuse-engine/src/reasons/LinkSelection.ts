import { byString } from '../model';

export interface ClusterLink {
  a: string;
  b: string;
  score: number;
}

/** Strongest first, then by the two ids. */
function compareLinks(x: ClusterLink, y: ClusterLink): number {
  return y.score - x.score || byString(x.a, y.a) || byString(x.b, y.b);
}

/**
 * The first `limit` links offered in the order strongest first, then by the
 * ids (the pairs offered are distinct, so this is a total order and the
 * result is the head of a full sort).
 */
export class LinkSelection {
  private readonly kept: ClusterLink[] = [];

  constructor(private readonly limit: number) {}

  offer(link: ClusterLink): void {
    const kept = this.kept;
    if (kept.length === this.limit && compareLinks(link, kept[kept.length - 1]) >= 0) return;
    let i = kept.length;
    while (i > 0 && compareLinks(link, kept[i - 1]) < 0) i--;
    kept.splice(i, 0, link);
    if (kept.length > this.limit) kept.pop();
  }

  sorted(): ClusterLink[] {
    return this.kept.slice();
  }
}
