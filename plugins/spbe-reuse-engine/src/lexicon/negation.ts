/**
 * Clauses that say what an application is not ("Bukan aplikasi perizinan.",
 * "Tidak terkait pengadaan", "Tidak mengelola keuangan desa"): inventory
 * clerks write them to tell a code name or a shared word apart, and read as
 * words they would say the opposite. The clause runs from the negation to the
 * next punctuation. "Tidak" negates a clause only before a verb of relation
 * ("tidak aktif", "tidak mampu", "tidak layak huni" name a state or a
 * function), and "bukan pajak" is part of non-tax revenue (PNBP).
 */
const NEGATED_CLAUSE =
  /(?<![\p{L}\p{N}])(?:bukan(?!\s+pajak(?![\p{L}\p{N}]))|tidak\s+(?:terkait|berkaitan|mengelola|untuk|termasuk|melayani|menangani|berhubungan))(?![\p{L}\p{N}])[^.,;:!?()[\]\n]*/giu;

/** The text without its negated clauses (see above). */
export function withoutNegatedClauses(text: string): string {
  return /bukan|tidak/i.test(text) ? text.replace(NEGATED_CLAUSE, ' ') : text;
}
