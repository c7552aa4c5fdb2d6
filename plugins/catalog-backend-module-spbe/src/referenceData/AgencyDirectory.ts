import {
  AgencyType,
  COORDINATOR_AGENCY_TYPE,
} from '@internal/plugin-spbe-common';

/** One agency (instansi) as read from a Group entity of the agency files. */
export interface AgencyRecord {
  /** Group entity name, e.g. `kemenkes`. */
  name: string;
  title: string;
  type: AgencyType;
  /** Group entity name of the parent agency. */
  parent?: string;
  /** Abbreviations and other names an inventory may use. */
  aliases: string[];
}

const LOCAL_GOVERNMENT_TYPES: ReadonlySet<AgencyType> = new Set([
  'pemprov',
  'pemkab',
  'pemkot',
]);
const PROVINCE_TYPE: AgencyType = 'pemprov';

/** True for provincial, regency and city governments (Pemda). */
export function isLocalGovernmentType(type: AgencyType): boolean {
  return LOCAL_GOVERNMENT_TYPES.has(type);
}

/**
 * In-memory index of the agency directory: lookups by Group name and the walk up
 * the hierarchy to the coordinating ministry (Kemenko) or the province.
 * Walk results are memoised, so each lookup is O(1) after the first.
 */
export class AgencyDirectory {
  private readonly byName: Map<string, AgencyRecord>;
  private readonly coordinators = new Map<string, string | undefined>();
  private readonly provinces = new Map<string, string | undefined>();

  constructor(agencies: Iterable<AgencyRecord>) {
    this.byName = new Map();
    for (const agency of agencies) {
      this.byName.set(agency.name, agency);
    }
  }

  get size(): number {
    return this.byName.size;
  }

  get(name: string): AgencyRecord | undefined {
    return this.byName.get(name);
  }

  list(): AgencyRecord[] {
    return [...this.byName.values()];
  }

  /**
   * The Kemenko that coordinates a central agency (the agency itself when it
   * is a Kemenko); undefined for local governments and unknown agencies.
   */
  coordinatorOf(name: string): string | undefined {
    const agency = this.byName.get(name);
    if (!agency || isLocalGovernmentType(agency.type)) {
      return undefined;
    }
    return this.memoisedWalk(this.coordinators, name, COORDINATOR_AGENCY_TYPE);
  }

  /**
   * The province (Pemprov) of a local government (itself for a Pemprov);
   * undefined for central agencies and unknown agencies.
   */
  provinceOf(name: string): string | undefined {
    const agency = this.byName.get(name);
    if (!agency || !isLocalGovernmentType(agency.type)) {
      return undefined;
    }
    return this.memoisedWalk(this.provinces, name, PROVINCE_TYPE);
  }

  private memoisedWalk(
    memo: Map<string, string | undefined>,
    name: string,
    type: AgencyType,
  ): string | undefined {
    if (memo.has(name)) {
      return memo.get(name);
    }
    const found = this.walkUp(name, type);
    memo.set(name, found);
    return found;
  }

  private walkUp(name: string, type: AgencyType): string | undefined {
    const seen = new Set<string>();
    let current = this.byName.get(name);
    while (current && !seen.has(current.name)) {
      if (current.type === type) {
        return current.name;
      }
      seen.add(current.name);
      current = current.parent ? this.byName.get(current.parent) : undefined;
    }
    return undefined;
  }
}
