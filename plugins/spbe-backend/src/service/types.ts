/*
 * Backend-only types. The types of the HTTP API's responses and the shared
 * domain values live in @internal/plugin-spbe-common (src/api.ts).
 */

/** The editable content of a proposal, as the backend stores it (lists normalized to arrays). */
export interface ProposalInput {
  name: string;
  description: string;
  functions: string[];
  dataUsed: string[];
  /** Entity ref of the agency (instansi) Group. */
  agency: string;
  referenceCodes: string[];
  /** DPI blocks the application will use. */
  dpiBlocks: string[];
  /** Estimated budget in rupiah. */
  estimatedBudget?: number;
}

/** An SPBE application as mirrored from the catalog. */
export interface ApplicationRecord {
  entityRef: string;
  name: string;
  title?: string;
  description?: string;
  agency?: string;
  coordinator?: string;
  ral?: string;
  codes: string[];
  jenis?: string;
  functions: string[];
  data: string[];
  dpi: string[];
  implementsDpi: string[];
  platformNasional: boolean;
  grandfathered: boolean;
  usulan?: string;
}
