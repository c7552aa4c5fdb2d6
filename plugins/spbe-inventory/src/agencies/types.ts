/** An agency (instansi) as the generator and resolvers need it. */
export interface AgencySeed {
  /** Group entity name, e.g. `kemenkeu`, `kab-bandung`. */
  name: string;
  /** Official title, e.g. `Kementerian Keuangan`. */
  title: string;
  /** Group `spec.type`: kemenko, kementerian, lpnk, lembaga, pemprov, pemkab, pemkot. */
  type: string;
  /** Parent Group name (Kemenko of a ministry, province of a kabupaten/kota). */
  parent?: string;
  /** Singkatan and other written forms. */
  aliases?: string[];
}
