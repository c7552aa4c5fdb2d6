/**
 * Reference-code profiles of clusters: which function codes (RAL layanan,
 * RAB bisnis, at their second level, e.g. `RAL.02.04`) the members carry.
 * Two groups whose members both carry codes of a domain but (almost) never
 * the same ones serve different functions, whatever words they share
 * ("kinerja" in SAKIP, RAL.02.07, and in e-Kinerja pegawai, RAL.02.04).
 */

/** Counts by key: `RAL` = members with a RAL code, `RAL.02.04` = members with that code. */
export type CodeProfile = Map<string, number>;

const FUNCTION_CODE = /^@(RAL|RAB)\.\d+\.\d+$/;

/**
 * Coded members each side needs before a domain can veto. A RAL layanan code
 * names one function, so one member is enough; RAB sub-codes vary inside one
 * function (RAB.06.01 / RAB.06.02 for school data), so one RAB-coded member
 * per side is not evidence of two functions (generator seeds 2-7: F1 +0.01 to
 * +0.02 against 1).
 */
const MIN_SUPPORT: Record<string, number> = { RAL: 1, RAB: 2 };

/** The function codes among a vector's feature keys (`@RAL.02.04`), as `[domain, code]`. */
export function functionCodes(keys: Iterable<string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const key of keys) {
    const m = FUNCTION_CODE.exec(key);
    if (m) out.push([m[1], key.slice(1)]);
  }
  return out;
}

/** The profile of `size` applications that share one vector with these codes. */
export function codeProfile(codes: Array<[string, string]>, size: number): CodeProfile | undefined {
  if (codes.length === 0) return undefined;
  const profile: CodeProfile = new Map();
  for (const [domain, code] of codes) {
    profile.set(domain, size);
    profile.set(code, size);
  }
  return profile;
}

/** Adds `b` into `a` (or a copy of `b` when `a` is empty). */
export function addProfile(a: CodeProfile | undefined, b: CodeProfile | undefined): CodeProfile | undefined {
  if (!b) return a;
  const out = a ?? new Map<string, number>();
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/**
 * The profile with its codes in key order: a group's profile is then the same
 * map whichever order its members were added in, and the overlaps below sum
 * in one order.
 */
export function sortedProfile(p: CodeProfile | undefined): CodeProfile | undefined {
  if (!p) return undefined;
  // keys are codes and domain names (ASCII): code unit order
  return new Map([...p].sort((a, b) => Number(a[0] > b[0]) - Number(a[0] < b[0])));
}

/** Share of function codes two groups must have in common to agree. */
const AGREEMENT = 0.8;

const DOMAINS = ['RAL', 'RAB'];
const CODE_PREFIX: Record<string, string> = { RAL: 'RAL.', RAB: 'RAB.' };

/** Histogram intersection of the shares of a domain's codes, or undefined when a side has none. */
function overlapIn(domain: string, a: CodeProfile, b: CodeProfile): number | undefined {
  const na = a.get(domain);
  const nb = b.get(domain);
  if (!na || !nb) return undefined;
  let overlap = 0;
  const prefix = CODE_PREFIX[domain];
  // over the smaller profile (the intersection is the same)
  const aSmaller = a.size <= b.size;
  const small = aSmaller ? a : b;
  const large = aSmaller ? b : a;
  for (const code of small.keys()) {
    if (!code.startsWith(prefix)) continue;
    const other = large.get(code);
    if (!other) continue;
    const c = small.get(code)!;
    overlap += aSmaller ? Math.min(c / na, other / nb) : Math.min(other / na, c / nb);
  }
  return overlap;
}

/**
 * Whether two groups carry the same function codes: both have coded members
 * in some domain, and in every domain where both do, the shares of their
 * codes overlap at least 0.8 (both layanan kepegawaian, RAL.02.04).
 */
export function codesAgree(a: CodeProfile | undefined, b: CodeProfile | undefined): boolean {
  if (!a || !b) return false;
  let coded = false;
  for (const domain of DOMAINS) {
    const overlap = overlapIn(domain, a, b);
    if (overlap === undefined) continue;
    if (overlap < AGREEMENT - 1e-9) return false;
    coded = true;
  }
  return coded;
}

/**
 * Whether two groups carry conflicting function codes: in some domain both
 * have coded members and the shares of their codes overlap (histogram
 * intersection) less than `minOverlap`.
 */
export function codesConflict(a: CodeProfile | undefined, b: CodeProfile | undefined, minOverlap: number): boolean {
  if (!a || !b || minOverlap <= 0) return false;
  for (const domain of DOMAINS) {
    const na = a.get(domain);
    const nb = b.get(domain);
    if (!na || !nb || na < MIN_SUPPORT[domain] || nb < MIN_SUPPORT[domain]) continue;
    if (overlapIn(domain, a, b)! < minOverlap - 1e-9) return true;
  }
  return false;
}
