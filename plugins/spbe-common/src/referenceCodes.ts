/**
 * Reference architecture codes of the national SPBE architecture
 * (Perpres 132/2022): `RAx.NN(.NN)*` with x one of B, D, L, A, I, K and two
 * digits per level. Real inventories hold messy variants (`ral.2.03`,
 * `Rab 02-01`, `RAL.2.03.02.01`); `parseReferenceCode` normalises them.
 */
export const REFERENCE_DOMAINS = ['RAB', 'RAD', 'RAL', 'RAA', 'RAI', 'RAK'] as const;
export type ReferenceDomain = (typeof REFERENCE_DOMAINS)[number];

export const REFERENCE_DOMAIN_TITLES: Record<ReferenceDomain, string> = {
  RAB: 'Referensi Arsitektur Proses Bisnis',
  RAD: 'Referensi Arsitektur Data dan Informasi',
  RAL: 'Referensi Arsitektur Layanan',
  RAA: 'Referensi Arsitektur Aplikasi',
  RAI: 'Referensi Arsitektur Infrastruktur',
  RAK: 'Referensi Arsitektur Keamanan',
};

/** Deepest level a code can have (levels 4-7 are agency-defined). */
export const MAX_REFERENCE_LEVEL = 7;

export interface ReferenceCode {
  /** Normalised form, e.g. `RAL.02.03`. */
  code: string;
  domain: ReferenceDomain;
  /** Numbers of each level, e.g. `[2, 3]`. */
  segments: number[];
  /** Number of levels below the domain, e.g. 2 for `RAL.02.03`. */
  level: number;
}

export type ReferenceCodeParseResult =
  | { ok: true; value: ReferenceCode }
  | { ok: false; reason: string };

const CODE_PATTERN = /^(RA[BDLAIK])[\s._-]*((?:\d{1,2})(?:[\s._-]+\d{1,2})*)$/;

/** Parses and normalises one reference code. */
export function parseReferenceCode(raw: string): ReferenceCodeParseResult {
  const text = raw.trim().toUpperCase();
  if (!text) {
    return { ok: false, reason: 'empty code' };
  }
  const match = CODE_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${raw}" is not a reference code of the form RAx.NN(.NN)* with x one of B, D, L, A, I, K`,
    };
  }
  const domain = match[1] as ReferenceDomain;
  const segments = match[2].split(/[\s._-]+/).map(Number);
  if (segments.length > MAX_REFERENCE_LEVEL) {
    return {
      ok: false,
      reason: `"${raw}" has ${segments.length} levels; at most ${MAX_REFERENCE_LEVEL} exist`,
    };
  }
  if (segments.some(s => s === 0)) {
    return { ok: false, reason: `"${raw}" has a level numbered 00` };
  }
  return {
    ok: true,
    value: {
      code: formatReferenceCode(domain, segments),
      domain,
      segments,
      level: segments.length,
    },
  };
}

export function formatReferenceCode(
  domain: ReferenceDomain,
  segments: number[],
): string {
  return [domain, ...segments.map(s => String(s).padStart(2, '0'))].join('.');
}

/** The code of the ancestor at `level` (1-based), or the code itself when shallower. */
export function referenceCodeAncestor(code: ReferenceCode, level: number): string {
  return formatReferenceCode(code.domain, code.segments.slice(0, level));
}

/** Codes of every ancestor, from level 1 down to the code's parent. */
export function referenceCodeAncestors(code: ReferenceCode): string[] {
  const out: string[] = [];
  for (let l = 1; l < code.level; l++) out.push(referenceCodeAncestor(code, l));
  return out;
}

/** Splits a multi-valued field (`;`, `,` or `|` separated) into trimmed non-empty values. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[;,|\n]/)
    .map(v => v.trim())
    .filter(Boolean);
}

/** Entity name of a reference architecture code, e.g. `ral-02-03`. */
export function referenceEntityName(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}
