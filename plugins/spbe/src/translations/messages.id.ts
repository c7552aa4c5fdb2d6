/**
 * Indonesian messages: the portal's default language. Kept in a plain object
 * so that the translation ref (default messages) and the explicit `id`
 * translation (see ./id.ts) share one source.
 */
export const spbeMessagesId = {
  jenis: {
    umum: 'Aplikasi umum',
    khusus: 'Aplikasi khusus',
  },
  status: {
    aktif: 'Aktif',
    pengembangan: 'Dalam pengembangan',
    nonaktif: 'Nonaktif',
  },
  klasifikasiCard: {
    title: 'Klasifikasi SPBE',
    jenis: 'Jenis',
    instansi: 'Instansi',
    koordinator: 'Koordinator',
    kodeRal: 'Kode RAL',
    kodeRab: 'Kode RAB',
    kodeRaa: 'Kode RAA',
    status: 'Status',
    tahun: 'Tahun',
    url: 'URL',
    fungsi: 'Fungsi',
    sumber: 'Sumber',
    notSet: 'Belum diisi',
    platformNasional: 'Platform nasional',
    sourceInventory: 'Diimpor dari berkas inventaris {{source}}',
    sourceUsulan: 'Usulan disetujui {{usulan}}',
    sourceUnknown: 'Tidak tercatat',
  },
  dpiCard: {
    title: 'Penggunaan DPI',
    consumes: 'Blok DPI yang digunakan',
    implements: 'Blok DPI yang diimplementasikan platform ini',
    unknownBlock: 'blok DPI tidak dikenal: {{id}}',
    emptyTitle: 'Tidak ada blok DPI yang dideklarasikan',
    emptyDescription:
      'Aplikasi ini tidak tercatat memakai identitas digital, pembayaran, atau pertukaran data nasional. Jika aplikasi membangun fungsi itu sendiri, pertimbangkan untuk memakai ulang blok DPI yang sudah ada.',
  },
  filters: {
    koordinator: 'Koordinator',
    jenis: 'Jenis',
    ral: 'Kode RAL',
    platformNasional: 'Platform nasional',
    platformNasionalOption: 'Ya, platform nasional',
  },
  columns: {
    instansi: 'Instansi',
    koordinator: 'Koordinator',
    jenis: 'Jenis',
    kodeRal: 'Kode RAL',
    status: 'Status',
  },
} as const;
