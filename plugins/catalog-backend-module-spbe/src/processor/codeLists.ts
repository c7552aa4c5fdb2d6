import {
  ANNOTATION_KODE_RAA,
  ANNOTATION_KODE_RAB,
  ANNOTATION_KODE_RAL,
  ReferenceCode,
  ReferenceDomain,
  parseReferenceCode,
  splitList,
} from '@internal/plugin-spbe-common';

/** The code annotations of an application and the domain each one holds. */
export const CODE_ANNOTATIONS: ReadonlyArray<{
  annotation: string;
  domain: ReferenceDomain;
}> = [
  { annotation: ANNOTATION_KODE_RAL, domain: 'RAL' },
  { annotation: ANNOTATION_KODE_RAB, domain: 'RAB' },
  { annotation: ANNOTATION_KODE_RAA, domain: 'RAA' },
];

/** Separator of multi-valued annotations as the processor writes them back. */
export const LIST_SEPARATOR = ';';

export interface ParsedCodeList {
  codes: ReferenceCode[];
  invalid: Array<{ raw: string; reason: string }>;
}

/** Parses a `;`/`,`-separated list of reference codes; duplicates are dropped. */
export function parseCodeList(value: string | undefined): ParsedCodeList {
  const seen = new Set<string>();
  const result: ParsedCodeList = { codes: [], invalid: [] };
  for (const raw of splitList(value)) {
    const parsed = parseReferenceCode(raw);
    if (!parsed.ok) {
      result.invalid.push({ raw, reason: parsed.reason });
    } else if (!seen.has(parsed.value.code)) {
      seen.add(parsed.value.code);
      result.codes.push(parsed.value);
    }
  }
  return result;
}

/**
 * Rewrites a code list in normal form (`ral.2.03, RAL.1` -> `RAL.02.03;RAL.01`).
 * Values that do not parse are kept as written so that validation can name them.
 */
export function normalizeCodeList(value: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of splitList(value)) {
    const parsed = parseReferenceCode(raw);
    const text = parsed.ok ? parsed.value.code : raw;
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out.join(LIST_SEPARATOR);
}

/** Normal form of one DPI block id: lower case, dashes, without a `dpi-` prefix. */
export function normalizeDpiId(raw: string): string {
  return raw
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[\s_]+/g, '-')
    .replace(/^dpi-/, '');
}

/** Rewrites a DPI block list in normal form, duplicates dropped. */
export function normalizeDpiList(value: string): string {
  return [...new Set(splitList(value).map(normalizeDpiId))].join(
    LIST_SEPARATOR,
  );
}
