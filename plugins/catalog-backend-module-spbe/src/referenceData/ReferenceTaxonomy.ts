import {
  ReferenceCode,
  ReferenceDomain,
  referenceCodeAncestor,
} from '@internal/plugin-spbe-common';

/** Levels 1 and 2 are national; deeper levels may be agency-defined. */
export const NATIONAL_REFERENCE_LEVELS = 2;

export type ReferenceCodeCheck =
  | {
      known: true;
      /** The code itself when in the taxonomy, else its deepest ancestor that is. */
      node?: string;
    }
  | { known: false };

/**
 * The reference architecture taxonomy (normalised codes of the loaded
 * `ReferenceArchitecture` entities), held in memory.
 */
export class ReferenceTaxonomy {
  private readonly codes: Set<string>;
  private readonly domains: Set<ReferenceDomain>;

  constructor(codes: Iterable<ReferenceCode>) {
    this.codes = new Set();
    this.domains = new Set();
    for (const code of codes) {
      this.codes.add(code.code);
      this.domains.add(code.domain);
    }
  }

  get size(): number {
    return this.codes.size;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** True when at least one code of the domain is loaded. */
  coversDomain(domain: ReferenceDomain): boolean {
    return this.domains.has(domain);
  }

  /**
   * A code is known when it is in the taxonomy, or when it is deeper than the
   * national levels and its level-1 and level-2 ancestors are in the taxonomy
   * (agency-defined levels); its `node` is then the deepest ancestor that is.
   * A domain with no loaded code cannot be checked: its codes count as known,
   * without a node.
   */
  check(code: ReferenceCode): ReferenceCodeCheck {
    if (!this.coversDomain(code.domain)) {
      return { known: true };
    }
    if (this.codes.has(code.code)) {
      return { known: true, node: code.code };
    }
    if (code.level <= NATIONAL_REFERENCE_LEVELS) {
      return { known: false };
    }
    for (let level = 1; level <= NATIONAL_REFERENCE_LEVELS; level++) {
      if (!this.codes.has(referenceCodeAncestor(code, level))) {
        return { known: false };
      }
    }
    for (
      let level = code.level - 1;
      level >= NATIONAL_REFERENCE_LEVELS;
      level--
    ) {
      const ancestor = referenceCodeAncestor(code, level);
      if (this.codes.has(ancestor)) {
        return { known: true, node: ancestor };
      }
    }
    return { known: false };
  }
}
