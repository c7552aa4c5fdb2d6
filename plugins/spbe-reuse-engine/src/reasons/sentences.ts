import type { ReuseReasonDetail } from '../types';

/**
 * The Indonesian sentence of a reason (the product speaks Indonesian first;
 * the CLI and API text are read by coordinators). User interfaces translate
 * `details` themselves.
 */
export function reasonSentence(detail: ReuseReasonDetail): string {
  const list = (detail.values ?? []).join(', ');
  switch (detail.kind) {
    case 'national-platform':
      return 'Platform nasional (aplikasi umum): pakai ulang diutamakan';
    case 'coverage':
      return `Mencakup ${Math.round((detail.value ?? 0) * 100)}% kata kunci berbobot usulan`;
    case 'shared-terms':
      return `Istilah yang sama: ${list}`;
    case 'shared-functions':
      return `Fungsi yang sama: ${(detail.values ?? []).join('; ')}`;
    case 'shared-codes':
      return `Kode referensi yang sama: ${list}`;
    case 'shared-names':
      return `Kode nama yang sama (hanya bukti pendukung): ${list}`;
    case 'same-function':
      return `Dinamai untuk fungsi yang sama dengan usulan: ${list}`;
    case 'same-cluster':
      return `Satu klaster duplikasi dengan ${list}: salinan lokal dikonsolidasikan ke platform ini`;
    case 'dpi':
      return `Menyediakan blok DPI yang dibutuhkan usulan: ${list}`;
    default:
      return list;
  }
}

/** The sentence of a cluster's shared terms: "at least `need` of `size` applications use ...". */
export function clusterTermsSentence(need: number, size: number, values: string[]): string {
  return `Sedikitnya ${need} dari ${size} aplikasi memakai istilah ${values.join(', ')}`;
}
