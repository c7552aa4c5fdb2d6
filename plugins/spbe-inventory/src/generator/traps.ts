import type { AgencyScope } from './functions';

/**
 * Realistic traps for a duplicate detector: one name used for different
 * functions. Variants with a `functionKey` join that function's duplicate
 * group; variants without one are single, unlabelled applications. No two
 * variants of a trap ever share a group.
 */
export interface TrapVariant {
  meaning: string;
  functionKey?: string;
  scope: readonly AgencyScope[];
  /** Prefer these agencies (Group names) when present. */
  preferredAgencies?: readonly string[];
  names: readonly string[];
  descriptions: readonly string[];
}

export interface TrapSpec {
  id: string;
  name: string;
  variants: readonly TrapVariant[];
}

export const TRAPS: readonly TrapSpec[] = [
  {
    id: 'trap-simade',
    name: 'SIMADE',
    variants: [
      {
        meaning: 'Sistem Informasi Manajemen Desa (administrasi desa)',
        functionKey: 'administrasi-desa',
        scope: ['pemkab'],
        names: [
          'SIMADE (Sistem Informasi Manajemen Desa)',
          'SIMADE',
          'Simade Desa',
        ],
        descriptions: [
          'Administrasi pemerintahan desa: data penduduk, surat keterangan dan profil desa.',
          'Manajemen data desa dan kelurahan.',
        ],
      },
      {
        meaning: 'Sistem Informasi Madrasah (data madrasah)',
        scope: ['pusat'],
        preferredAgencies: ['kemenag'],
        names: ['SIMADE (Sistem Informasi Madrasah)'],
        descriptions: [
          'Pendataan madrasah, guru madrasah dan siswa RA/MI/MTs/MA.',
        ],
      },
    ],
  },
  {
    id: 'trap-simponi',
    name: 'SIMPONI',
    variants: [
      {
        meaning: 'Sistem Informasi PNBP Online (Kemenkeu, pembayaran PNBP)',
        functionKey: 'pnbp',
        scope: ['pusat'],
        names: [
          'SIMPONI',
          'SIMPONI (Sistem Informasi PNBP Online)',
          'Simponi Kemenkeu',
        ],
        descriptions: ['Pembayaran PNBP melalui kode billing SIMPONI.', ''],
      },
      {
        meaning: 'Sistem Informasi Monitoring Koperasi (dinas koperasi kota)',
        scope: ['pemkot'],
        names: ['SIMPONI (Sistem Informasi Monitoring Koperasi)'],
        descriptions: [
          'Monitoring kesehatan koperasi dan laporan RAT koperasi di kota.',
        ],
      },
    ],
  },
  {
    id: 'trap-sikd',
    name: 'SIKD',
    variants: [
      {
        meaning: 'Sistem Informasi Kearsipan Dinamis (persuratan)',
        functionKey: 'persuratan',
        scope: ['pusat', 'pemprov', 'pemkab', 'pemkot'],
        names: ['SIKD (Sistem Informasi Kearsipan Dinamis)', 'SIKD'],
        descriptions: ['Pengelolaan arsip dinamis dan naskah dinas.'],
      },
      {
        meaning: 'Sistem Informasi Keuangan Daerah (keuangan daerah)',
        functionKey: 'keuangan-daerah',
        scope: ['pemprov', 'pemkab', 'pemkot'],
        names: ['SIKD (Sistem Informasi Keuangan Daerah)', 'SIKD'],
        descriptions: ['Pengelolaan dan pelaporan keuangan daerah.'],
      },
    ],
  },
  {
    id: 'trap-sms-gateway',
    name: 'SMS Gateway',
    variants: [
      {
        meaning: 'notifikasi tagihan PBB',
        scope: ['pemkab', 'pemkot'],
        names: ['SMS Gateway'],
        descriptions: [
          'Pengiriman SMS pemberitahuan jatuh tempo PBB-P2 kepada wajib pajak.',
        ],
      },
      {
        meaning: 'peringatan dini bencana',
        scope: ['pemkab', 'pemprov'],
        names: ['SMS Gateway BPBD'],
        descriptions: [
          'Penyebaran peringatan dini banjir dan longsor melalui SMS.',
        ],
      },
      {
        meaning: 'pengingat jadwal imunisasi',
        scope: ['pemkab', 'pemkot'],
        names: ['SMS Gateway Dinkes'],
        descriptions: [
          'Pengingat jadwal imunisasi dan posyandu kepada orang tua balita.',
        ],
      },
      {
        meaning: 'kode OTP layanan daring',
        scope: ['pusat'],
        names: ['SMS Gateway'],
        descriptions: ['Pengiriman kode OTP untuk login layanan daring.'],
      },
    ],
  },
];
