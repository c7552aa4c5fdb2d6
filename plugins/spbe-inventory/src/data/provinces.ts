/**
 * The 38 provinces of Indonesia, in the order of the Kemendagri regional code
 * list, with their common short forms.
 *
 * Source: Keputusan Menteri Dalam Negeri Nomor 100.1.1-6117 Tahun 2022 tentang
 * Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan
 * Pulau; the four Papua provinces formed in 2022 (Papua Selatan, Papua Tengah,
 * Papua Pegunungan, Papua Barat Daya).
 *
 * Used only when the agency files hold no province (pemprov) Group; names match
 * catalog-info/agencies/provinsi.yaml (`prov-<slug>`).
 */
export interface ProvinceData {
  slug: string;
  name: string;
  singkatan?: string;
}

export const PROVINCES: readonly ProvinceData[] = [
  { slug: 'aceh', name: 'Aceh' },
  { slug: 'sumatera-utara', name: 'Sumatera Utara', singkatan: 'Sumut' },
  { slug: 'sumatera-barat', name: 'Sumatera Barat', singkatan: 'Sumbar' },
  { slug: 'riau', name: 'Riau' },
  { slug: 'jambi', name: 'Jambi' },
  { slug: 'sumatera-selatan', name: 'Sumatera Selatan', singkatan: 'Sumsel' },
  { slug: 'bengkulu', name: 'Bengkulu' },
  { slug: 'lampung', name: 'Lampung' },
  {
    slug: 'kepulauan-bangka-belitung',
    name: 'Kepulauan Bangka Belitung',
    singkatan: 'Babel',
  },
  { slug: 'kepulauan-riau', name: 'Kepulauan Riau', singkatan: 'Kepri' },
  { slug: 'dki-jakarta', name: 'DKI Jakarta' },
  { slug: 'jawa-barat', name: 'Jawa Barat', singkatan: 'Jabar' },
  { slug: 'jawa-tengah', name: 'Jawa Tengah', singkatan: 'Jateng' },
  {
    slug: 'di-yogyakarta',
    name: 'Daerah Istimewa Yogyakarta',
    singkatan: 'DIY',
  },
  { slug: 'jawa-timur', name: 'Jawa Timur', singkatan: 'Jatim' },
  { slug: 'banten', name: 'Banten' },
  { slug: 'bali', name: 'Bali' },
  {
    slug: 'nusa-tenggara-barat',
    name: 'Nusa Tenggara Barat',
    singkatan: 'NTB',
  },
  {
    slug: 'nusa-tenggara-timur',
    name: 'Nusa Tenggara Timur',
    singkatan: 'NTT',
  },
  { slug: 'kalimantan-barat', name: 'Kalimantan Barat', singkatan: 'Kalbar' },
  {
    slug: 'kalimantan-tengah',
    name: 'Kalimantan Tengah',
    singkatan: 'Kalteng',
  },
  {
    slug: 'kalimantan-selatan',
    name: 'Kalimantan Selatan',
    singkatan: 'Kalsel',
  },
  { slug: 'kalimantan-timur', name: 'Kalimantan Timur', singkatan: 'Kaltim' },
  { slug: 'kalimantan-utara', name: 'Kalimantan Utara', singkatan: 'Kaltara' },
  { slug: 'sulawesi-utara', name: 'Sulawesi Utara', singkatan: 'Sulut' },
  { slug: 'sulawesi-tengah', name: 'Sulawesi Tengah', singkatan: 'Sulteng' },
  { slug: 'sulawesi-selatan', name: 'Sulawesi Selatan', singkatan: 'Sulsel' },
  { slug: 'sulawesi-tenggara', name: 'Sulawesi Tenggara', singkatan: 'Sultra' },
  { slug: 'gorontalo', name: 'Gorontalo' },
  { slug: 'sulawesi-barat', name: 'Sulawesi Barat', singkatan: 'Sulbar' },
  { slug: 'maluku', name: 'Maluku' },
  { slug: 'maluku-utara', name: 'Maluku Utara', singkatan: 'Malut' },
  { slug: 'papua', name: 'Papua' },
  { slug: 'papua-barat', name: 'Papua Barat' },
  { slug: 'papua-selatan', name: 'Papua Selatan' },
  { slug: 'papua-tengah', name: 'Papua Tengah' },
  { slug: 'papua-pegunungan', name: 'Papua Pegunungan' },
  { slug: 'papua-barat-daya', name: 'Papua Barat Daya' },
];
