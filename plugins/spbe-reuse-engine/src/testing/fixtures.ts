import type { ReuseApplication } from '../types';

/** A small inventory with true duplicates, module families and acronym traps. */
export const FIXTURE_APPS: ReuseApplication[] = [
  // same function, different names and agencies
  { id: 'kab-a-simpeg', name: 'SIMPEG', description: 'Sistem informasi manajemen kepegawaian: data pegawai, riwayat jabatan, pangkat dan pendidikan ASN', agency: 'pemkab-bogor' },
  { id: 'kota-b-sdm', name: 'Sistem Informasi SDM Aparatur', description: 'Pengelolaan data ASN, riwayat pangkat dan jabatan pegawai', agency: 'pemkot-madiun' },
  { id: 'prov-c-epeg', name: 'e-Kepegawaian Online', description: 'Data pegawai negeri sipil, riwayat jabatan dan kenaikan pangkat', agency: 'pemprov-bali' },
  // persuratan
  { id: 'kab-a-surat', name: 'e-Office Persuratan', description: 'Pengelolaan surat masuk, surat keluar dan disposisi naskah dinas', agency: 'pemkab-bogor' },
  { id: 'kota-b-tnd', name: 'SITANDI (Sistem Tata Naskah Dinas)', description: 'Tata naskah dinas elektronik: surat masuk, surat keluar, disposisi', agency: 'pemkot-madiun' },
  // perizinan with spelling variants
  { id: 'kab-a-ijin', name: 'Sistem Perijinan Online', description: 'Pelayanan perijinan usaha dan non usaha terpadu satu pintu', agency: 'pemkab-bogor' },
  { id: 'kota-b-izin', name: 'SiCantik Perizinan', description: 'Pelayanan perizinan usaha dan non-usaha satu pintu secara daring', agency: 'pemkot-madiun' },
  // trap: SIMADE village vs madrasah
  { id: 'kab-d-simade', name: 'SIMADE', description: 'Sistem informasi manajemen desa: profil desa, perangkat desa dan dana desa', agency: 'pemkab-sleman' },
  { id: 'kemenag-simade', name: 'SIMADE', description: 'Sistem informasi madrasah: data siswa madrasah, guru dan akreditasi madrasah', agency: 'kemenag' },
  // trap: SIMPONI Kemenkeu PNBP vs city cooperative monitor
  { id: 'kemenkeu-simponi', name: 'SIMPONI', description: 'Sistem informasi penerimaan negara bukan pajak online: billing dan pembayaran PNBP', agency: 'kemenkeu', nationalPlatform: true, dpi: ['pembayaran'] },
  { id: 'kota-e-simponi', name: 'Simponi', description: 'Sistem monitoring koperasi: laporan keuangan koperasi dan rapat anggota tahunan', agency: 'pemkot-surabaya' },
  // trap: unrelated SMS gateways
  { id: 'kab-f-sms', name: 'SMS Gateway', description: 'SMS gateway untuk pengingat jatuh tempo pajak bumi dan bangunan', agency: 'pemkab-gresik' },
  { id: 'rsud-g-sms', name: 'SMS Gateway', description: 'SMS gateway antrean pasien rawat jalan rumah sakit', agency: 'pemkab-kudus' },
  // module family: same acronym, different modules
  { id: 'kab-h-simda-keu', name: 'SIMDA Keuangan', description: 'Penatausahaan dan akuntansi keuangan daerah', agency: 'pemkab-jember' },
  { id: 'kab-h-simda-bmd', name: 'SIMDA Barang', description: 'Penatausahaan barang milik daerah dan inventaris aset', agency: 'pemkab-jember' },
  // national platforms
  { id: 'srikandi', name: 'SRIKANDI', description: 'Aplikasi umum kearsipan dinamis: persuratan, tata naskah dinas elektronik dan pengelolaan arsip', agency: 'anri', nationalPlatform: true, jenis: 'umum' },
  { id: 'siasn', name: 'SIASN', description: 'Sistem informasi ASN nasional: data kepegawaian, riwayat jabatan dan pangkat pegawai', agency: 'bkn', nationalPlatform: true, jenis: 'umum' },
];
