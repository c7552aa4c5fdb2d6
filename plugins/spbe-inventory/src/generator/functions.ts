/**
 * Government functions that many agencies each build their own application
 * for: the labelled duplicate groups of the generated inventory. Names,
 * acronyms and descriptions follow patterns seen in published agency
 * inventories (see /docs and the SPBE reference notes); acronyms are
 * illustrative, not a registry of real applications.
 */

/** Which agencies run an application of a function. */
export type AgencyScope = 'pusat' | 'pemprov' | 'pemkab' | 'pemkot';

export const ALL_SCOPES: readonly AgencyScope[] = [
  'pusat',
  'pemprov',
  'pemkab',
  'pemkot',
];
const PEMDA: readonly AgencyScope[] = ['pemprov', 'pemkab', 'pemkot'];
const KABKOTA: readonly AgencyScope[] = ['pemkab', 'pemkot'];

export interface NationalPlatform {
  /** Name as the platform is known, e.g. `SRIKANDI`. */
  name: string;
  /** How inventories that list the platform itself write it. */
  writtenAs: readonly string[];
}

export interface FunctionSpec {
  key: string;
  /** The government function, as the duplicate group's `function` label. */
  label: string;
  scope: readonly AgencyScope[];
  /** Relative share of duplicate rows. */
  weight: number;
  /** `[acronym, expansion]`, written "ACR (Expansion)", "ACR" or "Expansion". */
  acronyms: ReadonlyArray<readonly [string, string]>;
  /** Stems written with an e- prefix: e-Kinerja, eBPHTB, E-Office. */
  eStems: readonly string[];
  /** Descriptive names. `{kepala}` is the head of the agency (Bupati, Menteri...). */
  phrases: readonly string[];
  /** Module families: SIMDA Keuangan, SIMPADA Parkir. */
  modules?: readonly string[];
  descriptions: readonly string[];
  fungsi: readonly string[];
  ral?: readonly string[];
  rab?: readonly string[];
  platform?: NationalPlatform;
}

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    key: 'kepegawaian',
    label: 'kepegawaian (manajemen ASN)',
    scope: ALL_SCOPES,
    weight: 10,
    acronyms: [
      ['SIMPEG', 'Sistem Informasi Manajemen Kepegawaian'],
      ['SIMASN', 'Sistem Informasi Manajemen Aparatur Sipil Negara'],
      ['SIKEP', 'Sistem Informasi Kepegawaian'],
      ['SIDAPEG', 'Sistem Informasi Data Pegawai'],
      ['SIPEKA', 'Sistem Informasi Pegawai dan Karier'],
      ['SIMANTAP', 'Sistem Informasi Manajemen Aparatur Terpadu'],
    ],
    eStems: ['Pegawai', 'Kepegawaian', 'SDM', 'ASN', 'Mutasi'],
    phrases: [
      'Sistem Informasi Kepegawaian',
      'Aplikasi Data Pegawai',
      'Database ASN',
      'Sistem Informasi Sumber Daya Manusia',
      'HRIS',
      'Aplikasi Layanan Kepegawaian',
      'Aplikasi Kenaikan Pangkat dan Mutasi',
      'Manajemen Talenta ASN',
    ],
    descriptions: [
      'Pengelolaan data induk pegawai, riwayat jabatan, pangkat dan pendidikan ASN di lingkungan {instansi}.',
      'Aplikasi layanan administrasi kepegawaian: kenaikan pangkat, mutasi, cuti dan pensiun.',
      'Database pegawai negeri sipil dan PPPK.',
      'Sistem informasi SDM aparatur untuk mendukung manajemen karier dan talenta.',
      'Menyimpan profil ASN dan dokumen kepegawaian secara digital (arsip elektronik pegawai).',
    ],
    fungsi: [
      'Manajemen kepegawaian',
      'Pengelolaan data ASN',
      'Layanan administrasi kepegawaian',
      'kepegawaian',
    ],
    ral: ['RAL.02.04'],
    rab: ['RAB.09.06'],
    platform: {
      name: 'SIASN',
      writtenAs: ['SIASN', 'SIASN BKN', 'Aplikasi SIASN', 'MyASN'],
    },
  },
  {
    key: 'persuratan',
    label: 'persuratan dan naskah dinas',
    scope: ALL_SCOPES,
    weight: 9,
    acronyms: [
      ['SIMASDIN', 'Sistem Informasi Manajemen Surat Dinas'],
      ['SIPAS', 'Sistem Informasi Persuratan dan Arsip'],
      ['TNDE', 'Tata Naskah Dinas Elektronik'],
      ['SIKD', 'Sistem Informasi Kearsipan Dinamis'],
      ['SURADI', 'Surat Digital'],
      ['SIMONA', 'Sistem Informasi Monitoring Naskah'],
    ],
    eStems: ['Office', 'Surat', 'Persuratan', 'Disposisi', 'Naskah'],
    phrases: [
      'Aplikasi Persuratan Elektronik',
      'Tata Naskah Dinas Elektronik',
      'Sistem Disposisi Surat',
      'Aplikasi Surat Masuk dan Surat Keluar',
      'Agenda Surat',
      'Kantor Tanpa Kertas (Paperless Office)',
      'Aplikasi Tanda Tangan Elektronik Naskah Dinas',
    ],
    descriptions: [
      'Pencatatan surat masuk dan surat keluar serta disposisi pimpinan secara elektronik.',
      'Tata naskah dinas elektronik dengan tanda tangan elektronik tersertifikasi.',
      'Aplikasi e-office untuk mengurangi penggunaan kertas di {instansi}.',
      'Mengelola korespondensi dinas, nomor surat otomatis dan arsip dinamis.',
      'Distribusi nota dinas dan undangan rapat antar unit kerja.',
    ],
    fungsi: [
      'Persuratan',
      'Tata naskah dinas',
      'Administrasi surat menyurat',
      'kearsipan dinamis',
    ],
    ral: ['RAL.02.06'],
    rab: ['RAB.09.07'],
    platform: {
      name: 'SRIKANDI',
      writtenAs: ['SRIKANDI', 'Srikandi', 'Aplikasi Srikandi', 'SRIKANDI ANRI'],
    },
  },
  {
    key: 'pengaduan',
    label: 'pengaduan masyarakat',
    scope: ALL_SCOPES,
    weight: 7,
    acronyms: [
      ['SIPELAMAS', 'Sistem Informasi Pelayanan Pengaduan Masyarakat'],
      ['SIPMAS', 'Sistem Informasi Pengaduan Masyarakat'],
      ['SAPA', 'Sarana Pengaduan dan Aspirasi'],
      ['LAKSA', 'Layanan Aspirasi dan Keluhan Masyarakat'],
    ],
    eStems: ['Lapor', 'Pengaduan', 'Aduan', 'Aspirasi'],
    phrases: [
      'Aplikasi Pengaduan Masyarakat',
      'Kanal Pengaduan Publik',
      'Sistem Pengelolaan Pengaduan Pelayanan Publik',
      'Aduan Warga',
      'Lapor {kepala}',
      'Halo {kepala}',
      'Layanan Aspirasi Masyarakat',
    ],
    descriptions: [
      'Menampung pengaduan, aspirasi dan keluhan masyarakat atas pelayanan publik.',
      'Warga dapat melaporkan masalah layanan dan memantau tindak lanjutnya.',
      'Kanal aduan masyarakat yang ditindaklanjuti oleh perangkat daerah terkait.',
      'Penanganan keluhan pelayanan publik {instansi} secara daring.',
    ],
    fungsi: [
      'Pengelolaan pengaduan',
      'Pengaduan masyarakat',
      'Aspirasi dan pengaduan',
    ],
    ral: ['RAL.02.08'],
    rab: ['RAB.09.06'],
    platform: {
      name: 'SP4N-LAPOR!',
      writtenAs: ['SP4N-LAPOR!', 'SP4N LAPOR', 'LAPOR!', 'Lapor SP4N'],
    },
  },
  {
    key: 'ppid',
    label: 'layanan informasi publik (PPID)',
    scope: ALL_SCOPES,
    weight: 6,
    acronyms: [
      [
        'SIPPID',
        'Sistem Informasi Pejabat Pengelola Informasi dan Dokumentasi',
      ],
      ['SIKIP', 'Sistem Informasi Keterbukaan Informasi Publik'],
    ],
    eStems: ['PPID', 'Informasi'],
    phrases: [
      'Portal PPID',
      'Layanan Informasi Publik',
      'Permohonan Informasi Publik',
      'Website PPID',
      'Daftar Informasi Publik',
      'Sistem Keterbukaan Informasi Publik',
    ],
    descriptions: [
      'Layanan permohonan informasi publik sesuai UU Keterbukaan Informasi Publik.',
      'Portal PPID untuk publikasi daftar informasi publik dan permohonan informasi.',
      'Masyarakat mengajukan permohonan informasi dan keberatan secara online.',
      'Pengelolaan dokumentasi dan informasi publik {instansi}.',
    ],
    fungsi: ['Pelayanan informasi publik', 'PPID', 'Keterbukaan informasi'],
    ral: ['RAL.02.09'],
    rab: ['RAB.09.03'],
  },
  {
    key: 'portal-data',
    label: 'portal data (satu data)',
    scope: ALL_SCOPES,
    weight: 5,
    acronyms: [
      ['SIDATA', 'Sistem Informasi Data'],
      ['SIMDATA', 'Sistem Informasi Manajemen Data'],
      ['SATRIA DATA', 'Satu Data Terintegrasi'],
    ],
    eStems: ['Data', 'Statistik'],
    phrases: [
      'Portal Satu Data',
      'Open Data',
      'Portal Data Terbuka',
      'Satu Data {tempat}',
      'Katalog Data',
      'Statistik Sektoral',
      'Dashboard Data Pembangunan',
    ],
    descriptions: [
      'Portal data terbuka berisi dataset sektoral {instansi}.',
      'Katalog data dan metadata untuk mendukung kebijakan Satu Data Indonesia.',
      'Penyajian data statistik sektoral dalam bentuk tabel dan grafik.',
      'Integrasi data antar perangkat daerah dalam satu portal.',
    ],
    fungsi: [
      'Penyediaan data',
      'Satu data',
      'Statistik sektoral',
      'Data dan informasi',
    ],
    ral: ['RAL.02.09'],
    rab: ['RAB.09.03'],
  },
  {
    key: 'perizinan',
    label: 'perizinan',
    scope: ALL_SCOPES,
    weight: 6,
    acronyms: [
      ['SIMPATI', 'Sistem Informasi Manajemen Perizinan Terpadu'],
      ['SIPINTER', 'Sistem Perizinan Terintegrasi'],
      ['SIPADU', 'Sistem Perizinan Terpadu'],
      ['SIMPEL', 'Sistem Informasi Manajemen Perizinan Elektronik'],
    ],
    eStems: ['Izin', 'Perizinan', 'Licensing'],
    phrases: [
      'Pelayanan Perizinan Terpadu Satu Pintu',
      'Perizinan Online',
      'Aplikasi Izin Usaha',
      'Sistem Pelayanan Izin Mendirikan Bangunan',
      'Layanan Perizinan Non-Berusaha',
      'Izin Praktik Tenaga Kesehatan',
      'Mal Pelayanan Publik Digital',
    ],
    descriptions: [
      'Pelayanan perizinan dan non-perizinan secara elektronik di DPMPTSP.',
      'Pengajuan izin usaha, tracking berkas dan penerbitan izin secara online.',
      'Aplikasi pengurusan izin bagi pelaku usaha di {tempat}.',
      'Penerbitan izin dengan tanda tangan elektronik dan QR code.',
    ],
    fungsi: ['Pelayanan perizinan', 'Perizinan', 'Izin usaha'],
    rab: ['RAB.02'],
    platform: { name: 'OSS-RBA', writtenAs: ['OSS', 'OSS RBA', 'OSS-RBA'] },
  },
  {
    key: 'keuangan-daerah',
    label: 'keuangan daerah (penganggaran dan penatausahaan)',
    scope: PEMDA,
    weight: 7,
    acronyms: [
      ['SIMKEUDA', 'Sistem Informasi Manajemen Keuangan Daerah'],
      ['SIPKD', 'Sistem Informasi Pengelolaan Keuangan Daerah'],
      ['SIKD', 'Sistem Informasi Keuangan Daerah'],
      ['SIMAKDA', 'Sistem Informasi Manajemen Akuntansi Daerah'],
    ],
    eStems: ['Budgeting', 'Penatausahaan', 'SPJ', 'Keuangan'],
    modules: ['SIMDA Keuangan', 'SIMDA Penatausahaan'],
    phrases: [
      'Aplikasi Penatausahaan Keuangan Daerah',
      'Sistem Akuntansi Pemerintah Daerah',
      'General Ledger Pemda',
      'Aplikasi SPJ',
      'Sistem Informasi Anggaran',
      'Aplikasi Pencairan SP2D',
    ],
    descriptions: [
      'Penyusunan anggaran, penatausahaan dan pertanggungjawaban keuangan daerah.',
      'Penerbitan SPP, SPM dan SP2D serta pembukuan kas daerah.',
      'Akuntansi dan pelaporan keuangan pemerintah daerah berbasis akrual.',
      'Pengelolaan APBD {tempat} dari perencanaan anggaran sampai laporan keuangan.',
    ],
    fungsi: [
      'Pengelolaan keuangan daerah',
      'Penatausahaan keuangan',
      'Akuntansi pemerintahan',
    ],
    ral: ['RAL.02.02'],
    rab: ['RAB.09.02'],
    platform: {
      name: 'SIPD',
      writtenAs: ['SIPD', 'SIPD Kemendagri', 'SIPD RI', 'Aplikasi SIPD'],
    },
  },
  {
    key: 'perencanaan',
    label: 'perencanaan pembangunan',
    scope: ALL_SCOPES,
    weight: 5,
    acronyms: [
      ['SIPPD', 'Sistem Informasi Perencanaan Pembangunan Daerah'],
      ['SIRENBANG', 'Sistem Informasi Perencanaan Pembangunan'],
      ['SIMRENDA', 'Sistem Informasi Manajemen Perencanaan Daerah'],
    ],
    eStems: ['Planning', 'Musrenbang', 'Renstra', 'RKPD'],
    phrases: [
      'Aplikasi Musrenbang',
      'Sistem Perencanaan Pembangunan Daerah',
      'Aplikasi Penyusunan RKPD',
      'Pokir DPRD Online',
      'Monitoring dan Evaluasi Pembangunan',
    ],
    descriptions: [
      'Penyusunan dokumen perencanaan RPJMD, Renstra dan RKPD.',
      'Usulan musrenbang dari tingkat desa/kelurahan sampai kabupaten.',
      'Sinkronisasi program dan kegiatan antar perangkat daerah.',
      'Pemantauan capaian rencana pembangunan {instansi}.',
    ],
    fungsi: ['Perencanaan pembangunan', 'Perencanaan', 'Musrenbang'],
    ral: ['RAL.02.03', 'RAL.02.03.02'],
    rab: ['RAB.09.05'],
  },
  {
    key: 'aset',
    label: 'pengelolaan aset (BMD/BMN)',
    scope: ALL_SCOPES,
    weight: 5,
    acronyms: [
      ['SIMBADA', 'Sistem Informasi Manajemen Barang Daerah'],
      ['SIMASET', 'Sistem Informasi Manajemen Aset'],
      ['SIPBMD', 'Sistem Informasi Pengelolaan Barang Milik Daerah'],
    ],
    eStems: ['Aset', 'BMD', 'Inventaris'],
    modules: ['SIMDA Barang', 'SIMDA BMD'],
    phrases: [
      'Aplikasi Inventarisasi Barang Milik Daerah',
      'Sistem Pengelolaan Aset Daerah',
      'Kartu Inventaris Barang',
      'Aplikasi Persediaan Barang',
      'Aplikasi Barang Milik Negara',
    ],
    descriptions: [
      'Inventarisasi, penatausahaan dan penghapusan barang milik daerah.',
      'Pencatatan aset tetap dan persediaan beserta penyusutannya.',
      'Kartu inventaris barang (KIB A-F) dan laporan mutasi barang.',
      'Pengelolaan BMN/BMD {instansi}.',
    ],
    fungsi: ['Pengelolaan aset', 'Barang milik daerah', 'Inventarisasi aset'],
    ral: ['RAL.02.02'],
    rab: ['RAB.09.02'],
  },
  {
    key: 'kinerja-pegawai',
    label: 'kinerja pegawai (e-Kinerja, TPP)',
    scope: ALL_SCOPES,
    weight: 6,
    acronyms: [
      ['SIKAP', 'Sistem Informasi Kinerja Aparatur Pemerintah'],
      ['SIKERJA', 'Sistem Informasi Kinerja Pegawai'],
      ['SIMTPP', 'Sistem Informasi Manajemen Tambahan Penghasilan Pegawai'],
    ],
    eStems: ['Kinerja', 'TPP', 'SKP', 'LKH'],
    phrases: [
      'Aplikasi Penilaian Kinerja Pegawai',
      'Sasaran Kinerja Pegawai',
      'Laporan Kinerja Harian',
      'Tambahan Penghasilan Pegawai Berbasis Kinerja',
    ],
    descriptions: [
      'Pencatatan aktivitas harian dan penilaian SKP pegawai.',
      'Perhitungan TPP berdasarkan capaian kinerja dan disiplin pegawai.',
      'Penilaian kinerja ASN oleh atasan langsung secara berjenjang.',
      'Laporan kinerja harian pegawai {instansi}.',
    ],
    fungsi: [
      'Penilaian kinerja pegawai',
      'Kinerja ASN',
      'Tambahan penghasilan pegawai',
    ],
    ral: ['RAL.02.04'],
    rab: ['RAB.09.06'],
  },
  {
    key: 'sakip',
    label: 'akuntabilitas kinerja instansi (SAKIP)',
    scope: ALL_SCOPES,
    weight: 4,
    acronyms: [
      ['SAKIP', 'Sistem Akuntabilitas Kinerja Instansi Pemerintah'],
      ['SIPAKIN', 'Sistem Informasi Pengukuran Akuntabilitas Kinerja'],
      [
        'SIMAKIP',
        'Sistem Informasi Manajemen Akuntabilitas Kinerja Instansi Pemerintah',
      ],
    ],
    eStems: ['SAKIP', 'LKjIP', 'Monev Kinerja'],
    phrases: [
      'Aplikasi Akuntabilitas Kinerja Instansi',
      'Pengukuran Kinerja Perangkat Daerah',
      'Sistem Pelaporan LKjIP',
      'Dashboard Capaian Kinerja',
      'Cascading Kinerja',
    ],
    descriptions: [
      'Penyusunan perjanjian kinerja, pengukuran dan laporan kinerja instansi pemerintah.',
      'Pelaporan LKjIP dan evaluasi akuntabilitas kinerja perangkat daerah.',
      'Cascading sasaran strategis sampai indikator kinerja program dan kegiatan.',
      'Monitoring capaian indikator kinerja utama {instansi}.',
    ],
    fungsi: ['Akuntabilitas kinerja', 'SAKIP', 'Pengukuran kinerja instansi'],
    ral: ['RAL.02.07'],
    rab: ['RAB.09.06'],
    platform: {
      name: 'e-SAKIP',
      writtenAs: ['e-SAKIP', 'eSAKIP', 'E-SAKIP KemenPANRB'],
    },
  },
  {
    key: 'pengadaan',
    label: 'pengadaan barang/jasa',
    scope: ALL_SCOPES,
    weight: 4,
    acronyms: [
      ['LPSE', 'Layanan Pengadaan Secara Elektronik'],
      ['SIMPBJ', 'Sistem Informasi Manajemen Pengadaan Barang/Jasa'],
      ['SIPAKAT', 'Sistem Informasi Pengadaan Terpadu'],
    ],
    eStems: ['Procurement', 'Pengadaan', 'Katalog Lokal', 'Tendering'],
    phrases: [
      'Layanan Pengadaan Secara Elektronik',
      'Sistem Pengadaan Barang dan Jasa',
      'Aplikasi Pengadaan Langsung',
      'Toko Daring Lokal',
      'Monitoring Pengadaan',
    ],
    descriptions: [
      'Pelaksanaan tender dan seleksi pengadaan barang/jasa secara elektronik.',
      'Pengadaan langsung dan e-purchasing produk lokal.',
      'Pemantauan realisasi paket pengadaan {instansi}.',
      'Layanan pengadaan secara elektronik bagi penyedia dan pokja pemilihan.',
    ],
    fungsi: ['Pengadaan barang/jasa', 'Pengadaan', 'e-Procurement'],
    ral: ['RAL.02.06'],
    rab: ['RAB.09.02'],
    platform: {
      name: 'SPSE',
      writtenAs: ['SPSE', 'SPSE LKPP', 'SPSE v4.5', 'LPSE/SPSE'],
    },
  },
  {
    key: 'gaji',
    label: 'penggajian (payroll)',
    scope: ALL_SCOPES,
    weight: 4,
    acronyms: [
      ['SIGAPE', 'Sistem Informasi Gaji dan Pegawai'],
      ['SIMGAJI', 'Sistem Informasi Manajemen Gaji'],
      ['SIGAJI', 'Sistem Informasi Penggajian'],
    ],
    eStems: ['Gaji', 'Payroll', 'Slip Gaji'],
    phrases: [
      'Aplikasi Penggajian Pegawai',
      'Daftar Gaji',
      'Slip Gaji Elektronik',
      'Sistem Penggajian ASN dan PPPK',
      'Payroll System',
    ],
    descriptions: [
      'Perhitungan gaji, tunjangan dan potongan pegawai setiap bulan.',
      'Penerbitan daftar gaji dan slip gaji elektronik.',
      'Pengelolaan gaji induk, gaji susulan dan kekurangan gaji.',
      'Payroll pegawai {instansi}.',
    ],
    fungsi: ['Penggajian', 'Gaji pegawai', 'Administrasi gaji'],
    ral: ['RAL.02.02'],
    rab: ['RAB.09.02'],
  },
  {
    key: 'keuangan-desa',
    label: 'keuangan desa',
    scope: ['pemkab'],
    weight: 4,
    acronyms: [
      ['SIMKEUDES', 'Sistem Informasi Manajemen Keuangan Desa'],
      ['SIKDES', 'Sistem Informasi Keuangan Desa'],
    ],
    eStems: ['APBDes', 'Dana Desa', 'Monev Dana Desa'],
    phrases: [
      'Aplikasi Pengelolaan Keuangan Desa',
      'Monitoring Dana Desa',
      'Sistem Informasi APBDes',
      'Transparansi Anggaran Desa',
    ],
    descriptions: [
      'Penatausahaan dan pelaporan keuangan desa (APBDes).',
      'Pemantauan penyaluran dan penggunaan dana desa di {tempat}.',
      'Penyusunan APBDes, SPP desa dan laporan realisasi.',
    ],
    fungsi: ['Keuangan desa', 'Pengelolaan dana desa'],
    rab: ['RAB.03'],
    platform: {
      name: 'Siskeudes',
      writtenAs: ['Siskeudes', 'SISKEUDES', 'Siskeudes BPKP'],
    },
  },
  {
    key: 'administrasi-desa',
    label: 'administrasi dan profil desa',
    scope: ['pemkab'],
    weight: 3,
    acronyms: [
      ['SID', 'Sistem Informasi Desa'],
      ['SIDEKA', 'Sistem Informasi Desa dan Kawasan'],
      ['SIKADES', 'Sistem Informasi Kantor Desa'],
    ],
    eStems: ['Desa', 'Village'],
    phrases: [
      'Profil Desa',
      'Sistem Informasi Desa',
      'Layanan Administrasi Desa',
      'Desa Digital',
      'Aplikasi Surat Keterangan Desa',
    ],
    descriptions: [
      'Profil desa, data penduduk desa dan layanan surat keterangan.',
      'Website dan administrasi pemerintahan desa se-{tempat}.',
      'Layanan administrasi desa secara daring untuk warga.',
    ],
    fungsi: ['Administrasi desa', 'Pemerintahan desa'],
    rab: ['RAB.09.01'],
  },
  {
    key: 'data-pendidikan',
    label: 'data sekolah dan pendidikan',
    scope: PEMDA,
    weight: 4,
    acronyms: [
      ['SIMDIK', 'Sistem Informasi Manajemen Pendidikan'],
      ['SIDIK', 'Sistem Informasi Data Pendidikan'],
      ['SIMSEKOLAH', 'Sistem Informasi Manajemen Sekolah'],
    ],
    eStems: ['Sekolah', 'Rapor', 'Pendidikan'],
    phrases: [
      'Data Pokok Pendidikan Daerah',
      'Aplikasi Data Sekolah',
      'Sistem Informasi Pendidikan',
      'Profil Sekolah',
      'Dashboard Pendidikan',
    ],
    descriptions: [
      'Pendataan sekolah, guru dan peserta didik di {tempat}.',
      'Data pokok pendidikan untuk perencanaan dinas pendidikan.',
      'Profil satuan pendidikan dan sarana prasarana sekolah.',
    ],
    fungsi: ['Data pendidikan', 'Pendataan sekolah'],
    rab: ['RAB.06'],
    platform: {
      name: 'Dapodik',
      writtenAs: ['Dapodik', 'DAPODIK', 'Aplikasi Dapodik'],
    },
  },
  {
    key: 'ppdb',
    label: 'penerimaan peserta didik baru (PPDB)',
    scope: PEMDA,
    weight: 3,
    acronyms: [['SIPPDB', 'Sistem Informasi Penerimaan Peserta Didik Baru']],
    eStems: ['PPDB', 'Daftar Sekolah'],
    phrases: [
      'PPDB Online',
      'Penerimaan Peserta Didik Baru',
      'Pendaftaran Sekolah',
      'Zonasi PPDB',
      'SPMB Daring',
    ],
    descriptions: [
      'Pendaftaran dan seleksi peserta didik baru jalur zonasi, afirmasi dan prestasi.',
      'Penerimaan murid baru SD/SMP secara daring.',
      'Seleksi penerimaan siswa baru berbasis jarak domisili.',
    ],
    fungsi: ['Penerimaan peserta didik', 'PPDB'],
    rab: ['RAB.06'],
  },
  {
    key: 'kesehatan',
    label: 'layanan kesehatan dan rekam medis',
    scope: PEMDA,
    weight: 4,
    acronyms: [
      ['SIMRS', 'Sistem Informasi Manajemen Rumah Sakit'],
      ['SIMPUS', 'Sistem Informasi Manajemen Puskesmas'],
      ['SIKDA', 'Sistem Informasi Kesehatan Daerah'],
      ['SIMKES', 'Sistem Informasi Manajemen Kesehatan'],
    ],
    eStems: ['Puskesmas', 'Health', 'Rekam Medis', 'Medis'],
    phrases: [
      'Rekam Medis Elektronik',
      'Aplikasi Pendaftaran Pasien',
      'Sistem Informasi Puskesmas',
      'Antrean Rumah Sakit',
      'Electronic Medical Record',
    ],
    descriptions: [
      'Pendaftaran pasien, rekam medis elektronik dan resep di puskesmas.',
      'Sistem informasi rumah sakit daerah: rawat jalan, rawat inap, farmasi dan billing.',
      'Rekam medis pasien yang terhubung dengan BPJS Kesehatan.',
      'Antrean dan pelayanan pasien RSUD {tempat}.',
    ],
    fungsi: ['Pelayanan kesehatan', 'Rekam medis', 'Manajemen rumah sakit'],
    rab: ['RAB.04'],
  },
  {
    key: 'bansos',
    label: 'bantuan sosial dan data kesejahteraan sosial',
    scope: ALL_SCOPES,
    weight: 3,
    acronyms: [
      ['SIMBANSOS', 'Sistem Informasi Manajemen Bantuan Sosial'],
      ['SIDAKSOS', 'Sistem Informasi Data Kesejahteraan Sosial'],
    ],
    eStems: ['Bansos', 'DTKS', 'Sosial'],
    phrases: [
      'Aplikasi Penyaluran Bantuan Sosial',
      'Data Terpadu Kesejahteraan Sosial Daerah',
      'Verifikasi Validasi DTKS',
      'Pendataan Warga Miskin',
      'Sistem Informasi Kemiskinan Daerah',
    ],
    descriptions: [
      'Pendataan dan verifikasi penerima bantuan sosial.',
      'Pengelolaan data terpadu kesejahteraan sosial di {tempat}.',
      'Penyaluran bansos tepat sasaran berbasis NIK.',
    ],
    fungsi: ['Bantuan sosial', 'Perlindungan sosial', 'Data kemiskinan'],
    rab: ['RAB.04'],
    platform: {
      name: 'SIKS-NG',
      writtenAs: ['SIKS-NG', 'SIKS NG', 'SIKS-NG Kemensos'],
    },
  },
  {
    key: 'pajak-daerah',
    label: 'pajak daerah (PBB-P2, BPHTB)',
    scope: KABKOTA,
    weight: 4,
    acronyms: [
      ['SISMIOP', 'Sistem Manajemen Informasi Objek Pajak'],
      ['SIMPATDA', 'Sistem Informasi Manajemen Pajak Daerah'],
      ['SIPADA', 'Sistem Informasi Pajak Daerah'],
    ],
    eStems: ['BPHTB', 'PBB', 'SPPT', 'Pajak', 'Tax'],
    modules: ['SIMPADA PBB', 'SIMPADA Reklame', 'SIMPADA BPHTB'],
    phrases: [
      'Pajak Daerah Online',
      'Pembayaran PBB-P2',
      'Pelaporan Pajak Hotel dan Restoran',
      'Validasi BPHTB',
      'Sistem Pajak Daerah',
    ],
    descriptions: [
      'Pendataan, penetapan dan pembayaran PBB-P2.',
      'Pelaporan dan validasi BPHTB oleh PPAT secara daring.',
      'Self assessment pajak hotel, restoran dan hiburan.',
      'Pengelolaan pendapatan asli daerah dari pajak daerah {tempat}.',
    ],
    fungsi: ['Pajak daerah', 'Pendapatan daerah', 'PBB dan BPHTB'],
    ral: ['RAL.02.02'],
    rab: ['RAB.09.02'],
  },
  {
    key: 'retribusi',
    label: 'retribusi dan parkir',
    scope: KABKOTA,
    weight: 3,
    acronyms: [
      ['SIMRETDA', 'Sistem Informasi Manajemen Retribusi Daerah'],
      ['SIPARKIR', 'Sistem Informasi Parkir'],
    ],
    eStems: ['Retribusi', 'Parkir', 'Retribusi Pasar'],
    modules: ['SIMPADA Parkir', 'SIMPADA Retribusi'],
    phrases: [
      'Retribusi Pasar',
      'Parkir Non Tunai',
      'Sistem Retribusi Daerah',
      'Pembayaran Retribusi Sampah',
      'Smart Parking',
    ],
    descriptions: [
      'Penagihan dan pembayaran retribusi daerah non tunai.',
      'Pengelolaan parkir tepi jalan umum dengan pembayaran QRIS.',
      'Retribusi pasar, sampah dan terminal di {tempat}.',
    ],
    fungsi: ['Retribusi daerah', 'Parkir', 'Pendapatan daerah'],
    rab: ['RAB.09.02'],
  },
  {
    key: 'presensi',
    label: 'presensi pegawai',
    scope: ALL_SCOPES,
    weight: 4,
    acronyms: [
      ['SIAP', 'Sistem Informasi Absensi Pegawai'],
      ['SIPRESENSI', 'Sistem Informasi Presensi'],
    ],
    eStems: ['Absensi', 'Presensi', 'Absen'],
    phrases: [
      'Absensi Online',
      'Presensi Pegawai Berbasis Lokasi',
      'Absensi Finger Print',
      'Kehadiran ASN',
      'Absen Wajah',
    ],
    descriptions: [
      'Presensi pegawai dengan GPS dan swafoto.',
      'Rekap kehadiran pegawai dari mesin sidik jari.',
      'Kehadiran ASN sebagai dasar perhitungan tunjangan.',
    ],
    fungsi: ['Presensi pegawai', 'Kehadiran', 'Absensi'],
    ral: ['RAL.02.04'],
    rab: ['RAB.09.06'],
  },
  {
    key: 'pnbp',
    label: 'pembayaran PNBP',
    scope: ['pusat'],
    weight: 2,
    acronyms: [
      ['SIPNBP', 'Sistem Informasi Penerimaan Negara Bukan Pajak'],
      ['SIMPNBP', 'Sistem Informasi Manajemen PNBP'],
    ],
    eStems: ['PNBP', 'Billing'],
    phrases: [
      'Aplikasi Billing PNBP',
      'Layanan Pembayaran Tarif PNBP',
      'Sistem Penerimaan Negara Bukan Pajak',
    ],
    descriptions: [
      'Penerbitan kode billing dan rekonsiliasi penerimaan negara bukan pajak.',
      'Pembayaran tarif layanan PNBP {instansi}.',
      'Monitoring setoran PNBP per satuan kerja.',
    ],
    fungsi: ['Penerimaan negara bukan pajak', 'Pembayaran PNBP'],
    ral: ['RAL.02.02'],
    rab: ['RAB.09.02'],
    platform: {
      name: 'SIMPONI',
      writtenAs: ['SIMPONI', 'SIMPONI Kemenkeu', 'Simponi PNBP'],
    },
  },
  {
    key: 'perpustakaan',
    label: 'perpustakaan digital',
    scope: ALL_SCOPES,
    weight: 2,
    acronyms: [
      ['SLiMS', 'Senayan Library Management System'],
      ['SIPUSDA', 'Sistem Informasi Perpustakaan Daerah'],
    ],
    eStems: ['Library', 'Perpus', 'Pustaka'],
    phrases: [
      'Perpustakaan Digital',
      'Katalog Perpustakaan',
      'Pustaka Digital {tempat}',
    ],
    descriptions: [
      'Katalog koleksi dan peminjaman buku perpustakaan daerah.',
      'Perpustakaan digital dengan koleksi e-book.',
      'Keanggotaan dan sirkulasi perpustakaan {instansi}.',
    ],
    fungsi: ['Perpustakaan', 'Layanan perpustakaan'],
    rab: ['RAB.06'],
  },
  {
    key: 'jdih',
    label: 'dokumentasi dan informasi hukum (JDIH)',
    scope: ALL_SCOPES,
    weight: 3,
    acronyms: [
      ['JDIH', 'Jaringan Dokumentasi dan Informasi Hukum'],
      ['SIPUKUM', 'Sistem Informasi Produk Hukum'],
    ],
    eStems: ['Perda', 'Produk Hukum', 'Legislasi'],
    phrases: [
      'Database Peraturan Daerah',
      'Produk Hukum Online',
      'Aplikasi Penyusunan Produk Hukum Daerah',
    ],
    descriptions: [
      'Publikasi peraturan daerah, peraturan kepala daerah dan keputusan.',
      'Dokumentasi produk hukum {instansi} yang terhubung ke JDIHN.',
      'Penyusunan dan harmonisasi rancangan produk hukum.',
    ],
    fungsi: ['Dokumentasi hukum', 'Produk hukum', 'JDIH'],
    rab: ['RAB.09.01'],
  },
];
