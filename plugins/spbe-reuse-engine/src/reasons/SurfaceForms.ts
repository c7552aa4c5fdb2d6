import type { VectorNode } from '../model';

/**
 * The surface forms of the indexed applications' features (for evidence),
 * interned: many applications write the same words, and most copies of a
 * vector write it alike, so they share one array.
 */
export class SurfaceForms {
  private readonly interned = new Map<string, string>();

  /**
   * A row's first surface form of each feature: the array of another row of
   * the same vector when the forms are the same.
   */
  of(features: Array<{ surface: string }>, node: VectorNode): string[] {
    const surfaces = features.map(f => this.intern(f.surface));
    for (const other of node.docs) {
      if (other.surfaces.every((s, i) => s === surfaces[i])) return other.surfaces;
      break;
    }
    return surfaces;
  }

  private intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    this.interned.set(s, s);
    return s;
  }
}
