#!/usr/bin/env python3
"""Build blind benchmark set 25 (KemenPANRB-style audit of central-government applications).

Provenance: written by hand in blind25-build.py (seed 252525) by a worker blind to the engine,
having read only: /work/shared/domain/spbe-reference.md; name-only listings of catalog-info,
catalog-info/agencies and bench/data; the agency and DPI ids (grep of '  name:' in
catalog-info/agencies and catalog-info/dpi); the first 3 lines of blind18-inventory.csv and the
format of blind18-groups.json and blind18-proposals.json (as given in the brief); nothing else
(no detector code, no other benchmark data, no docs).

Outputs (next to this script): blind25-inventory.csv, blind25-groups.json, blind25-proposals.json.
Python standard library only; deterministic (random.seed(252525)).
"""
import csv
import json
import os
import random

random.seed(252525)
HERE = os.path.dirname(os.path.abspath(__file__))

PROVENANCE = (
    "written by hand in blind25-build.py (seed 252525) by a worker blind to the engine, having read "
    "only: /work/shared/domain/spbe-reference.md; name-only listings of catalog-info, "
    "catalog-info/agencies and bench/data; the agency and DPI ids (grep of '  name:' in "
    "catalog-info/agencies and catalog-info/dpi); the first 3 lines of blind18-inventory.csv and the "
    "format of blind18-groups.json and blind18-proposals.json (as given in the brief); nothing else "
    "(no detector code, no other benchmark data, no docs)."
)

# Agency entity ids (from the grep of catalog-info/agencies); only these may appear in `instansi`.
AGENCY_IDS = set("""
kemenko-polkam kemenko-kumham-imipas kemenko-pangan kemenko-ipk kemenko-pm kemenko-polhukam
kemenko-perekonomian kemenko-pmk kemenko-marves kemendagri kemlu kemhan kemenkumham kominfo
kemenpanrb kemenkeu kemnaker kemenperin kemendag kementan atr-bpn kementerian-bumn kemenkopukm
kemenag kemendikbudristek kemenkes kemensos kemenpppa kemenpora kemendes-pdtt kesdm kemenpupr
kemenhub kkp klhk kemenparekraf kementerian-investasi kemensetneg bappenas komdigi peruri
ina-digital bkn bps bssn brin lkpp anri lan bpkp bpom bmkg bnpb bnpt bnn big bkkbn basarnas
perpusnas bsn bapeten bakamla lemhannas bin bpip
""".split())
DPI_IDS = {"dpi-identitas-digital", "dpi-pembayaran", "dpi-pertukaran-data"}

# Reference-code bases (RAL, RAB, RAA) per kind of function.
C = {
    "hr": ("RAL.02.04.01", "RAB.09.06.01", "RAA.01.02"),
    "hr2": ("RAL.02.04.02", "RAB.09.06.02", "RAA.01.02"),
    "fin": ("RAL.02.02.01", "RAB.09.02.02", "RAA.01.02"),
    "fin2": ("RAL.02.02.03", "RAB.09.02.03", "RAA.01.02"),
    "plan": ("RAL.02.03.02", "RAB.09.05.01", "RAA.01.02"),
    "proc": ("RAL.02.06.03", "RAB.09.02.04", "RAA.01.02"),
    "asset": ("RAL.02.06.04", "RAB.09.02.05", "RAA.01.02"),
    "corr": ("RAL.02.05.01", "RAB.09.07.01", "RAA.01.02"),
    "acct": ("RAL.02.07.01", "RAB.09.06.03", "RAA.01.02"),
    "audit": ("RAL.02.08.02", "RAB.09.06.04", "RAA.01.02"),
    "legal": ("RAL.02.08.01", "RAB.09.01.03", "RAA.02.02"),
    "info": ("RAL.02.09.01", "RAB.09.03.01", "RAA.01.01"),
    "pubsvc": ("RAL.01.44.01", "RAB.09.06.05", "RAA.01.01"),
    "comm": ("RAL.02.09.02", "RAB.09.04.01", "RAA.01.02"),
    "ops": ("RAL.02.06.01", "RAB.09.07.02", "RAA.01.02"),
    "infra": ("RAL.02.09.03", "RAB.09.04.02", "RAA.01.02"),
    "econ": ("RAL.01.20.01", "RAB.02.03.01", "RAA.02.01"),
    "trade": ("RAL.01.22.02", "RAB.02.04.01", "RAA.02.01"),
    "agri": ("RAL.01.25.01", "RAB.07.02.01", "RAA.02.01"),
    "edu": ("RAL.01.05.02", "RAB.06.01.02", "RAA.02.01"),
    "labour": ("RAL.01.07.01", "RAB.06.02.01", "RAA.02.01"),
    "health": ("RAL.01.03.01", "RAB.04.02.01", "RAA.02.01"),
    "social": ("RAL.01.06.01", "RAB.04.01.01", "RAA.02.01"),
    "transport": ("RAL.01.15.02", "RAB.03.05.01", "RAA.02.01"),
    "env": ("RAL.01.11.01", "RAB.07.01.01", "RAA.02.01"),
    "geo": ("RAL.01.40.01", "RAB.03.02.01", "RAA.02.01"),
    "law": ("RAL.01.02.03", "RAB.05.02.01", "RAA.02.01"),
    "security": ("RAL.01.01.02", "RAB.05.01.02", "RAA.02.02"),
    "research": ("RAL.01.33.01", "RAB.06.03.01", "RAA.02.01"),
    "land": ("RAL.01.18.01", "RAB.03.03.01", "RAA.02.01"),
    "religion": ("RAL.01.29.01", "RAB.08.02.01", "RAA.02.01"),
    "energy": ("RAL.01.24.01", "RAB.07.03.01", "RAA.02.01"),
    "marine": ("RAL.01.26.01", "RAB.07.04.01", "RAA.02.01"),
    "disaster": ("RAL.01.38.01", "RAB.05.03.01", "RAA.02.01"),
    "tourism": ("RAL.01.30.01", "RAB.02.05.01", "RAA.02.01"),
    "village": ("RAL.01.36.01", "RAB.03.06.01", "RAA.02.01"),
    "id": ("RAL.01.19.01", "RAB.03.07.01", "RAA.02.01"),
}

GROUPS = []      # dicts: key, fungsi (list of phrases), codes, dpi, rows, trapgroup
SINGLES = []     # dicts: key, nama, instansi, deskripsi, fungsi, codes, trap, dpi


def grp(key, fungsi, codes, rows, dpi="", trapgroup=False):
    """rows: (nama, instansi, deskripsi[, 'T' = row that resembles another group by its words])."""
    GROUPS.append(dict(key=key, fungsi=fungsi, codes=C[codes], dpi=dpi, rows=rows, trapgroup=trapgroup))


def single(nama, instansi, deskripsi, fungsi, codes, trap=True, dpi="", key=None):
    SINGLES.append(dict(key=key, nama=nama, instansi=instansi, deskripsi=deskripsi, fungsi=fungsi,
                        codes=C[codes], trap=trap, dpi=dpi))


# ---------------------------------------------------------------------------------------------
# PERSONNEL
# ---------------------------------------------------------------------------------------------
grp("presensi", ["Pencatatan kehadiran pegawai", "Presensi harian ASN", "Rekap absensi pegawai",
                 "Employee attendance"], "hr", [
    ("SIAP - Sistem Informasi Absensi Pegawai", "kemenkumham", "Absensi pegawai berbasis fingerprint dan GPS untuk kantor pusat dan kanwil."),
    ("Kanwil Kemenag Prov. Jawa Tengah - Presensi Online", "kemenag", ""),
    ("e-Presensi", "kemenkeu", "Pencatatan kehadiran harian pegawai DJPb melalui aplikasi mobile dengan geotagging."),
    ("Absensi Online BMKG v2", "bmkg", ""),
    ("Attendance Face Recognition", "bpom", "Employee clock-in/clock-out using face recognition at BBPOM offices."),
    ("Presensi Mobile Pegawai - BBWS Citarum", "kemenpupr", ""),
    ("SIPRESTASI (Sistem Presensi Terintegrasi)", "brin", "Presensi pegawai dan periset termasuk WFA/WFO, terhubung ke mesin absen."),
    ("Absen Online Satker", "kemenhub", ""),
    ("E-Absensi", "lkpp", "Rekap kehadiran pegawai untuk dasar potongan tunjangan kinerja."),
    ("KEHADIRAN - Aplikasi Kehadiran Pegawai", "kemnaker", ""),
])
grp("hadir-acara", ["Daftar hadir kegiatan", "Presensi peserta rapat"], "ops", [
    ("Daftar Hadir Rapat Online", "kemenko-perekonomian", "Daftar hadir peserta rapat koordinasi dan undangan eksternal dengan QR code."),
    ("e-Absensi Kegiatan / Presensi Acara", "bappenas", "Presensi peserta kegiatan, sosialisasi dan webinar; sertifikat otomatis."),
    ("Absensi Peserta Bimtek", "kemendes-pdtt", "Kehadiran peserta bimbingan teknis pendamping desa, termasuk peserta daring."),
], trapgroup=True)
single("SIAKAD Absensi Taruna - Politeknik Ilmu Pelayaran", "kemenhub",
       "Presensi taruna per mata kuliah dan jadwal perkuliahan.", "Akademik sekolah kedinasan", "edu")
single("SIAPkerja - Karirhub", "kemnaker",
       "Pencocokan lowongan kerja dan pencari kerja (bursa kerja online).", "Penempatan tenaga kerja", "labour")

grp("simpeg", ["Pengelolaan data kepegawaian", "Database pegawai", "Manajemen data ASN",
               "Personnel records"], "hr", [
    ("SIMPEG (Sistem Informasi Manajemen Kepegawaian)", "kemendagri", "Database riwayat jabatan, pangkat, pendidikan dan keluarga pegawai."),
    ("Simpeg Kemenag", "kemenag", "Data induk pegawai Kementerian Agama pusat, kanwil dan kankemenag."),
    ("SIMPEG versi 3.1", "klhk", ""),
    ("SIKEP - Sistem Informasi Kepegawaian", "kemenkeu", "Pengelolaan data pegawai Kementerian Keuangan, terintegrasi HRIS."),
    ("HRIS Kementerian BUMN", "kementerian-bumn", "Human resource information system for ministry staff: personal data, positions, family."),
    ("SIASN - Sistem Informasi ASN", "bkn", "Sistem informasi ASN nasional; data induk pegawai seluruh instansi."),
    ("MyASN", "bkn", "Layanan mandiri bagi pegawai untuk melihat dan memutakhirkan data kepegawaiannya."),
    ("e-Personalia Pusdatin", "kemenkes", ""),
    ("SIMPEG BSSN", "bssn", "Pengelolaan data dan riwayat kepegawaian."),
    ("Database Kepegawain - Biro SDM", "kkp", "Data pegawai, mutasi, riwayat hidup."),
    ("Sistem Informasi SDM (SISDM)", "brin", ""),
    ("Kanwil BPN Prov. Sumatera Utara - Aplikasi Data Pegawai", "atr-bpn", ""),
])
single("Data Direksi dan Komisaris BUMN", "kementerian-bumn",
       "Database pengurus BUMN (direksi, dewan komisaris) dan talent pool untuk penunjukan.", "Pembinaan BUMN", "econ")
single("Dapodik - Data PTK", "kemendikbudristek",
       "Data pendidik dan tenaga kependidikan di satuan pendidikan seluruh Indonesia.", "Data pokok pendidikan", "edu")
single("SISDMK - Sistem Informasi SDM Kesehatan", "kemenkes",
       "Registrasi dan pemetaan tenaga kesehatan di fasilitas pelayanan kesehatan nasional.", "Perencanaan tenaga kesehatan", "health")
single("TKA Online", "kemnaker",
       "Pengesahan RPTKA dan notifikasi penggunaan tenaga kerja asing oleh pemberi kerja.", "Perizinan tenaga kerja asing", "labour")

grp("cuti", ["Pengajuan cuti pegawai", "Layanan cuti ASN", "Leave management"], "hr", [
    ("e-Cuti", "kemensetneg", "Pengajuan dan persetujuan cuti pegawai secara daring."),
    ("SICUTI Online", "kemenpupr", ""),
    ("Aplikasi Cuti Pegawai Kanwil Kemenkumham DKI Jakarta", "kemenkumham", ""),
    ("Leave Management System", "kemlu", "Leave requests and approvals for HQ and overseas mission staff."),
    ("Sistem Infomasi Cuti & Ijin Pegawai", "bps", ""),
])
grp("integrasi-wbp", ["Integrasi warga binaan", "Pembebasan bersyarat"], "law", [
    ("SDP - Cuti Bersyarat dan Pembebasan Bersyarat", "kemenkumham", "Pengusulan program integrasi warga binaan: PB, CB, CMK."),
    ("e-Integrasi Lapas Kelas I Surabaya (CB/PB online)", "kemenkumham", "Usulan cuti bersyarat narapidana dan anak binaan secara online."),
], trapgroup=True)
single("Kalender Libur Nasional dan Cuti Bersama", "kemenpanrb",
       "Informasi hari libur nasional dan cuti bersama untuk masyarakat.", "Informasi publik", "info")

grp("skp", ["Penilaian kinerja pegawai", "Sasaran Kinerja Pegawai (SKP)", "Employee performance appraisal"], "hr2", [
    ("e-Kinerja BKN", "bkn", "Penyusunan SKP, penilaian kinerja dan predikat kinerja pegawai sesuai PermenPANRB 6/2022."),
    ("E-Kinerja", "kemenag", "Penilaian kinerja pegawai berbasis SKP dan laporan kinerja harian."),
    ("SKP Online", "kemendikbudristek", "Sasaran kinerja pegawai."),
    ("SIKAP - Sistem Informasi Kinerja Aparatur Pegawai", "kemensos", ""),
    ("Aplikasi Penilaian Prestasi Kerja PNS", "bnpb", ""),
    ("e-Performance", "kemenperin", "Individual performance targets and appraisal for ministry employees."),
    ("SIMKINERJA v2", "basarnas", "Laporan kinerja harian dan bulanan pegawai/rescuer untuk penilaian SKP."),
    ("Kinerja Harian Pegawai (LKH)", "bnn", ""),
    ("KPP Pratama - e-SKP", "kemenkeu", ""),
])
single("Dashboard Kinerja Ekspor", "kemendag",
       "Monitoring nilai ekspor nonmigas per komoditas dan negara tujuan.", "Analisis perdagangan", "trade")
single("KPI BUMN", "kementerian-bumn",
       "Pemantauan key performance indicator dan kinerja keuangan perusahaan BUMN.", "Pembinaan BUMN", "econ")
single("SIKaP - Sistem Informasi Kinerja Penyedia", "lkpp",
       "Data kualifikasi dan riwayat kinerja penyedia barang/jasa pemerintah.", "Pengadaan barang/jasa", "proc")

grp("diklat", ["Pengembangan kompetensi pegawai", "Diklat ASN", "Pelatihan pegawai (LMS)"], "hr2", [
    ("ASN Unggul - LMS", "lan", "Learning management system pengembangan kompetensi ASN."),
    ("e-Learning Corpu Kemenkeu", "kemenkeu", "Kemenkeu Learning Center; pelatihan daring pegawai."),
    ("SIMDIKLAT", "kemenkumham", "Sistem informasi manajemen pendidikan dan pelatihan pegawai BPSDM Hukum dan HAM."),
    ("Sistem Informasi Diklat Aparatur - BPSDM", "kemendagri", "Pendaftaran, jadwal, dan sertifikat diklat aparatur."),
    ("LMS Pusdiklat KESDM", "kesdm", ""),
    ("Training Management System", "kemlu", ""),
    ("e-Diklat", "bpkp", "Diklat JFA auditor dan pegawai."),
    ("Moodle Pusbangkom", "kementan", ""),
])
grp("pelatihan-publik", ["Pelatihan keterampilan masyarakat"], "labour", [
    ("Pelatihan Vokasi Online - BBPVP", "kemnaker", "Pendaftaran pelatihan kerja berbasis kompetensi bagi pencari kerja dan masyarakat umum."),
    ("Digital Talent Scholarship", "kominfo", "Program pelatihan keterampilan digital gratis bagi masyarakat umum, mahasiswa dan pencari kerja."),
], trapgroup=True)

grp("kenaikan-pangkat", ["Usul kenaikan pangkat", "Layanan kepangkatan"], "hr", [
    ("SI Kenaikan Pangkat (e-KP)", "kemenag", "Usulan kenaikan pangkat pegawai ke BKN secara elektronik."),
    ("Layanan Kenaikan Pangkat Onlin", "kemenhub", ""),
    ("SIKAPAN - Sistem Kenaikan Pangkat", "kemensos", ""),
    ("Usul KP Biro Kepegawaian", "kkp", "Verifikasi berkas usul kenaikan pangkat reguler dan pilihan."),
])
single("Wonderful Indonesia CMS - Promosi Wisata", "kemenparekraf",
       "Konten promosi destinasi wisata untuk pasar mancanegara.", "Pemasaran pariwisata", "tourism")
single("Inaexport - Promosi Ekspor", "kemendag",
       "Platform B2B promosi produk ekspor dan pertemuan dengan buyer mancanegara.", "Pengembangan ekspor", "trade")

grp("gaji", ["Penggajian pegawai", "Tunjangan kinerja", "Payroll"], "fin", [
    ("Aplikasi GPP (Gaji Pegawai Pusat)", "kemenkeu", "Penghitungan gaji induk, gaji susulan, dan kekurangan gaji satker."),
    ("SITUKIN - Sistem Informasi Tunjangan Kinerja", "kemenkumham", "Perhitungan tunjangan kinerja berdasarkan presensi dan capaian kinerja."),
    ("e-Tukin", "bnpb", "perhitungan tukin bulanan pegawai"),
    ("Aplikasi Gaji dan Tunjangan (SIGATU)", "kemendag", ""),
    ("Payroll System", "bssn", "Monthly salary, allowances and deductions for employees."),
    ("Tukin Online - Balai Besar Karantina Pertanian", "kementan", ""),
    ("SIGAP - Sistem Informasi Gaji Pegawai", "big", ""),
    ("Perhitungan Uang Makan & Lembur v2", "atr-bpn", ""),
])
grp("tunjangan-guru", ["Tunjangan profesi guru"], "edu", [
    ("Info GTK - Tunjangan Profesi", "kemendikbudristek", "Informasi SKTP dan pembayaran tunjangan profesi guru."),
    ("SIMPATIKA", "kemenag", "Sistem informasi pendidik dan tenaga kependidikan madrasah; SKMT dan tunjangan profesi guru madrasah."),
], trapgroup=True)
single("SIGAP - Sistem Informasi Gawat Darurat dan Pencarian", "basarnas",
       "Pelaporan kejadian kecelakaan dan permintaan bantuan SAR oleh masyarakat.", "Operasi SAR", "disaster")

# ---------------------------------------------------------------------------------------------
# PLANNING, BUDGET, FINANCE
# ---------------------------------------------------------------------------------------------
grp("perencanaan-anggaran", ["Perencanaan dan penganggaran", "Penyusunan RKA-K/L", "Planning and budgeting"], "plan", [
    ("KRISNA", "bappenas", "Kolaborasi perencanaan dan informasi kinerja anggaran: Renja dan RKA-K/L."),
    ("e-Planning", "kemenpupr", "Penyusunan program, kegiatan, dan usulan anggaran tahunan."),
    ("SIRENBANG", "kkp", "Sistem informasi perencanaan dan penganggaran: usulan program, pagu indikatif, RKA."),
    ("Aplikasi RKAKL-DIPA", "kemenkeu", "Penyusunan RKA-K/L dan DIPA satuan kerja."),
    ("SIMRENJA - Sistem Informasi Rencana Kerja", "kementan", ""),
    ("e-Budgeting Perencanaan & Penganggaran", "kemendikbudristek", ""),
    ("E-Renggar", "kemenpora", "Rencana kerja dan anggaran unit kerja."),
    ("Biro Perencanaan - Aplikasi Usulan Anggaran", "kemenhub", ""),
])
single("SIPD - Sistem Informasi Pemerintahan Daerah", "kemendagri",
       "Perencanaan, penganggaran, dan penatausahaan keuangan pemerintah daerah.", "Keuangan daerah", "village")
single("RDTR Interaktif", "atr-bpn",
       "Penyusunan dan konsultasi rencana detail tata ruang untuk KKPR.", "Penataan ruang", "land")
single("Sistem Informasi Desa - Perencanaan RPJMDes", "kemendes-pdtt",
       "Penyusunan RPJM Desa dan RKP Desa oleh pemerintah desa.", "Pembangunan desa", "village")

grp("monev-anggaran", ["Monitoring realisasi anggaran", "Pemantauan penyerapan anggaran", "Budget execution monitoring"], "fin2", [
    ("OM SPAN - Online Monitoring SPAN", "kemenkeu", "Monitoring realisasi belanja dan penerimaan satker secara online."),
    ("Dashboard Realisasi Anggaran", "kemenag", ""),
    ("e-Monev Anggaran Biro Keuangan", "kemenparekraf", ""),
    ("SIMONA - Sistem Monitoring Anggaran", "bnpt", "Pemantauan penyerapan anggaran per satker dan per bulan."),
    ("Budget Execution Dashboard", "kemenkopukm", "Daily absorption (penyerapan) of the DIPA by work unit."),
    ("Monitoring Penyerapan Angaran Satker Vertikal", "kemenhub", ""),
])

grp("bendahara", ["Penatausahaan bendahara", "Buku kas umum bendahara", "Treasurer bookkeeping"], "fin", [
    ("SILABI - Sistem Laporan Bendahara Instansi", "kemenkeu", "Penyusunan LPJ bendahara pengeluaran dan penerimaan."),
    ("BKU Online Bendahara", "kemenkumham", ""),
    ("Aplikasi Bendahara Pengeluaran (SIBENDA)", "bkkbn", "Buku kas umum, buku pembantu, dan LPJ bulanan bendahara."),
    ("e-Bendahara", "kemensos", "Penatausahaan kas bendahara satker dan pembuatan LPJ."),
    ("Stasiun Klimatologi - Pembukuan Bendahara Satker", "bmkg", ""),
])
single("Siskeudes", "bpkp",
       "Aplikasi tata kelola keuangan desa: penatausahaan dan pelaporan APBDes.", "Keuangan desa", "village")

grp("akuntansi", ["Akuntansi dan pelaporan keuangan", "Laporan keuangan berbasis akrual", "Financial statements"], "fin2", [
    ("SAIBA - Sistem Akuntansi Instansi Berbasis Akrual", "kemenkeu", "Penyusunan laporan keuangan satker berbasis akrual."),
    ("e-Rekon & LK", "kemenkeu", "Rekonsiliasi dan penyusunan laporan keuangan K/L."),
    ("Aplikasi Laporan Keuangan (SIMAK-LK)", "kemendikbudristek", ""),
    ("Accrual Accounting Reporting Tool", "kesdm", ""),
    ("SIA - Sistem Informasi Akuntansi", "bpom", ""),
])
single("Akuntansi Koperasi Online (SAK EP)", "kemenkopukm",
       "Aplikasi pembukuan dan laporan keuangan bagi koperasi.", "Pemberdayaan koperasi", "econ")

grp("simak-bmn", ["Akuntansi BMN", "Pembukuan barang milik negara", "Laporan BMN"], "asset", [
    ("SIMAK-BMN", "kemenag", "Sistem informasi manajemen dan akuntansi barang milik negara; pembukuan dan laporan BMN."),
    ("SIMAK BMN versi 19", "kemenpora", "Aplikasi akuntansi BMN untuk laporan barang semesteran dan tahunan."),
    ("SIMAK-BMN Satker BBPOM Makassar", "bpom", ""),
    ("Akuntansi BMN (modul Aset Tetap SAKTI)", "kemenkeu", "Pencatatan aset tetap, penyusutan, dan laporan BMN dalam SAKTI."),
    ("SABMN - Sistem Akuntansi Barang Milik Negara", "bnn", ""),
    ("Laporan BMN Semesteran", "lemhannas", ""),
])
single("Daftar Aset Kripto - Bappebti", "kemendag",
       "Daftar aset kripto yang dapat diperdagangkan di pasar fisik aset kripto.", "Pengawasan perdagangan berjangka", "trade")
single("Sistem Inventarisasi Aset Desa", "kemendes-pdtt",
       "Pencatatan aset milik desa oleh pemerintah desa.", "Pembangunan desa", "village")

grp("persediaan", ["Pengelolaan persediaan", "Barang persediaan / ATK", "Consumables stock"], "asset", [
    ("Aplikasi Persediaan (ATK)", "kemenpppa", "Pencatatan barang persediaan: alat tulis kantor dan bahan habis pakai."),
    ("SIPERSEDIAAN", "kemenko-pmk", ""),
    ("e-Gudang / Stock Opname Persediaan", "bsn", ""),
    ("Inventory Consumables Request", "kemlu", "Staff requests for office supplies from the warehouse, with stock card."),
    ("Permintaan ATK Online Biro Umum", "kemenko-marves", ""),
])
grp("stok-pangan", ["Pemantauan harga dan stok pangan"], "agri", [
    ("Panel Harga dan Stok Pangan", "kementan", "Pemantauan harga dan ketersediaan stok komoditas pangan strategis."),
    ("SP2KP - Sistem Pemantauan Pasar Kebutuhan Pokok", "kemendag", "Harga dan stok bahan pokok di pasar rakyat."),
], trapgroup=True)
single("SMILE - Sistem Monitoring Imunisasi dan Logistik Elektronik", "kemenkes",
       "Pencatatan stok dan distribusi vaksin serta logistik imunisasi.", "Imunisasi", "health")

grp("pnbp", ["Billing PNBP", "Penerimaan negara bukan pajak", "Non-tax revenue billing"], "fin", dpi="dpi-pembayaran", rows=[
    ("SIMPONI", "kemenkeu", "Sistem informasi PNBP online: pembuatan kode billing dan pembayaran PNBP."),
    ("e-PNBP", "kemenhub", "Billing PNBP layanan perhubungan, integrasi SIMPONI."),
    ("Kanwil Kemenkumham Bali - Billing PNBP Layanan", "kemenkumham", ""),
    ("SIPNBP - Sistem Informasi PNBP", "kesdm", "Penghitungan dan penagihan PNBP minerba dan royalti."),
    ("E-Billing PNBP Tarif Layanan Laboratorium", "bsn", ""),
    ("PNBP Online - Pungutan Hasil Perikanan", "kkp", "Billing PNBP pungutan hasil perikanan untuk kapal."),
    ("Billing PNBP Layanan Informasi Geospasial", "big", ""),
    ("Sistem Pembayaran PNBP Kantah", "atr-bpn", "Pembuatan SPS dan kode billing layanan pertanahan."),
])
single("Digipay Satu", "kemenkeu",
       "Pembayaran non-tunai belanja satker kepada vendor melalui Kartu Kredit Pemerintah dan CMS.",
       "Pembayaran belanja pemerintah", "fin", dpi="dpi-pembayaran")
single("SIMPONI - Sistem Monitoring Koperasi", "kemenkopukm",
       "Monitoring kesehatan dan laporan tahunan (RAT) koperasi.", "Pengawasan koperasi", "econ")
single("e-Billing Pajak (DJP Online)", "kemenkeu",
       "Pembuatan kode billing setoran pajak oleh wajib pajak.", "Perpajakan", "econ", dpi="dpi-pembayaran")

# ---------------------------------------------------------------------------------------------
# PROCUREMENT AND ASSETS
# ---------------------------------------------------------------------------------------------
grp("lpse", ["Pengadaan secara elektronik", "e-Tender", "e-Procurement"], "proc", [
    ("SPSE - Sistem Pengadaan Secara Elektronik", "lkpp", "Aplikasi e-procurement nasional untuk tender dan seleksi."),
    ("LPSE Kementerian Pertanian", "kementan", "Layanan pengadaan secara elektronik; tender dan non-tender."),
    ("LPSE Kemenkeu", "kemenkeu", ""),
    ("e-Tendering", "kemenpupr", "Tender pekerjaan konstruksi secara elektronik melalui LPSE."),
    ("LPSE Kemhan", "kemhan", ""),
    ("Sistem Pengadaan Elektronik (LPSE) - BRIN", "brin", ""),
    ("E-Proc v4.2", "kemenhub", ""),
    ("LPSE Kemenlu", "kemlu", "Layanan pengadaan secara elektronik."),
    ("Biro Umum - Pengadaan Barang/Jasa Online", "bnpb", ""),
    ("e-Tender LPSE Bakamla", "bakamla", ""),
])
single("Lelang.go.id - Lelang Online KPKNL", "kemenkeu",
       "Lelang eksekusi dan lelang barang milik negara secara daring oleh KPKNL.", "Pelayanan lelang", "asset")
single("Seleksi Pengguna Pita Frekuensi Radio (Lelang Frekuensi)", "kominfo",
       "Seleksi/auction pita frekuensi radio untuk penyelenggara telekomunikasi.", "Pengelolaan spektrum", "infra")
single("e-Auction Wilayah Kerja Migas", "kesdm",
       "Penawaran wilayah kerja minyak dan gas bumi kepada calon kontraktor KKKS.", "Hulu migas", "energy")

grp("ekatalog", ["e-Purchasing", "Katalog elektronik pengadaan"], "proc", [
    ("e-Katalog LKPP", "lkpp", "Katalog elektronik untuk e-purchasing barang/jasa pemerintah."),
    ("Katalog Sektoral Kemenkes (e-Katalog Alkes)", "kemenkes", "Katalog sektoral alat kesehatan untuk pembelian langsung satker."),
    ("Bela Pengadaan", "lkpp", "Belanja langsung pengadaan dari UMKM melalui marketplace."),
    ("E-Purchasing Kemhan", "kemhan", ""),
])
single("e-Katalog TKDN Produk Dalam Negeri", "kemenperin",
       "Daftar produk bersertifikat TKDN (tingkat komponen dalam negeri).", "Peningkatan penggunaan produk dalam negeri", "econ")

grp("sirup", ["Rencana umum pengadaan", "Procurement planning"], "proc", [
    ("SiRUP", "lkpp", "Sistem informasi rencana umum pengadaan."),
    ("Aplikasi RUP Satker", "kemensos", ""),
    ("Rencana Pengadaan Barang Jasa - Biro Umum", "kemenko-pmk", "Penyusunan rencana dan jadwal paket pengadaan sebelum diumumkan di SiRUP."),
    ("RUP Online", "bapeten", ""),
])
single("RUPS Online BUMN", "kementerian-bumn",
       "Penyelenggaraan rapat umum pemegang saham BUMN secara elektronik.", "Pembinaan BUMN", "econ")

grp("siman", ["Pengelolaan BMN", "Manajemen aset negara", "Asset management"], "asset", [
    ("SIMAN - Sistem Informasi Manajemen Aset Negara", "kemenkeu", "Pengelolaan BMN: perencanaan kebutuhan, penetapan status, pemanfaatan, penghapusan."),
    ("Aplikasi Labelisasi Aset (QR BMN)", "kemenpupr", "Pelabelan QR code dan inventarisasi fisik BMN."),
    ("Manajemen Aset TI & BMN", "bps", ""),
    ("e-Aset", "kemenko-polhukam", ""),
    ("SIMA - Sistem Informasi Manajemen Aset", "kementerian-investasi", ""),
    ("Asset Management System Perwakilan RI", "kemlu", "Managing state assets (buildings, equipment) of overseas missions: use, maintenance, disposal."),
])
single("ePAKSI - Manajemen Aset Irigasi", "kemenpupr",
       "Inventarisasi dan penilaian kondisi jaringan irigasi.", "Sumber daya air", "geo")

# ---------------------------------------------------------------------------------------------
# CORRESPONDENCE, ARCHIVES, LIBRARY
# ---------------------------------------------------------------------------------------------
grp("persuratan", ["Tata naskah dinas elektronik", "Persuratan dan disposisi", "Kearsipan dinamis",
                   "Official correspondence"], "corr", [
    ("SRIKANDI", "anri", "Sistem informasi kearsipan dinamis terintegrasi; tata naskah dinas elektronik."),
    ("e-Office", "kemendag", "Surat masuk, surat keluar, disposisi elektronik."),
    ("TNDE - Tata Naskah Dinas Elektronik", "kemenkes", "Pembuatan, pengiriman, dan pengarsipan naskah dinas secara elektronik."),
    ("Persuratan Online (e-Surat)", "kemenag", ""),
    ("SIMAK - Sistem Informasi Manajemen Arsip dan Korespondensi", "kominfo", "Pengelolaan surat dinas, nota dinas, dan arsip aktif unit kerja.", "T"),
    ("NADINE - Naskah Dinas Elektronik", "kemenkeu", "Tata naskah dinas elektronik Kemenkeu."),
    ("Sistem Informasi Kearsipan Dinamis (SIKD)", "kemenpora", ""),
    ("e-Disposisi Pimpinan", "kemenko-marves", "Disposisi surat masuk oleh pimpinan dan pelacakan tindak lanjutnya."),
    ("Aplikasi Surat Menyurat Kanwil Kemenkumham Jabar", "kemenkumham", ""),
    ("Mail Management & Records (e-Office v2)", "klhk", "Incoming/outgoing official letters, dispositions and active records."),
    ("SIPAS - Sistem Informasi Pengelolaan Arsip dan Surat", "kemnaker", ""),
    ("Srikandi Integrasi", "lan", ""),
    ("Korespondensi Dinas Elektronik", "bkkbn", ""),
    ("Biro Umum - e-Persuratan", "kemenkopukm", ""),
])
single("e-SKA Surat Keterangan Asal", "kemendag",
       "Penerbitan surat keterangan asal (certificate of origin) barang ekspor.", "Fasilitasi ekspor", "trade")
single("e-SIPI - Surat Izin Penangkapan Ikan", "kkp",
       "Penerbitan SIPI dan SIKPI bagi kapal perikanan.", "Perizinan kapal perikanan", "marine")
single("Surat Keterangan Hasil Pemeriksaan Narkotika (SKHPN) Online", "bnn",
       "Pendaftaran tes urine dan penerbitan SKHPN untuk masyarakat.", "Layanan rehabilitasi dan tes narkoba", "health")

grp("arsip-statis", ["Akses arsip statis", "Katalog arsip", "Archival description"], "corr", [
    ("SIKN - JIKN", "anri", "Sistem informasi kearsipan nasional / jaringan informasi kearsipan nasional; akses arsip statis."),
    ("Katalog Arsip Statis Kepresidenan", "kemensetneg", "Daftar arsip statis dan khazanah arsip kepresidenan."),
    ("Arsip Sejarah Diplomasi", "kemlu", ""),
    ("AtoM Archival Description", "brin", "Deskripsi dan akses arsip statis hasil penelitian lembaga."),
])

grp("perpustakaan", ["Otomasi perpustakaan", "Katalog perpustakaan (OPAC)", "Library"], "info", [
    ("INLISLite", "perpusnas", "Integrated library system; katalogisasi dan sirkulasi perpustakaan."),
    ("OPAC Perpustakaan Kemenkeu", "kemenkeu", ""),
    ("SLiMS Perpustakaan BPS", "bps", "Katalog online koleksi buku dan publikasi perpustakaan."),
    ("Library Catalogue - Pusat Informasi dan Perpustakaan", "bappenas", ""),
    ("E-Library BMKG", "bmkg", ""),
    ("Sistem Perpustakaan Kanwil Kemenag", "kemenag", ""),
    ("Perpustakaan Digital Lemhannas", "lemhannas", "Katalog dan sirkulasi koleksi perpustakaan, termasuk koleksi digital."),
])
single("iPusnas", "perpusnas",
       "Aplikasi peminjaman buku elektronik untuk masyarakat umum.", "Layanan perpustakaan digital publik", "edu")
single("RAMA - Repositori Tugas Akhir Mahasiswa", "kemendikbudristek",
       "Repositori nasional skripsi, tesis dan disertasi mahasiswa.", "Pendidikan tinggi", "edu")

# ---------------------------------------------------------------------------------------------
# ACCOUNTABILITY, OVERSIGHT, RISK
# ---------------------------------------------------------------------------------------------
grp("sakip", ["Akuntabilitas kinerja instansi", "SAKIP", "Laporan kinerja organisasi"], "acct", [
    ("e-SAKIP", "kemenpanrb", "Aplikasi pelaporan akuntabilitas kinerja instansi pemerintah."),
    ("SAKIP Online", "kemensos", ""),
    ("Aplikasi LKj dan Perjanjian Kinerja", "kemenperin", "Penyusunan perjanjian kinerja dan laporan kinerja unit organisasi."),
    ("SIMPEL - Sistem Informasi Manajemen Pelaporan Kinerja", "kemenpppa", "Pelaporan capaian IKU dan laporan kinerja instansi."),
    ("SiAKIP", "klhk", "Sistem informasi akuntabilitas kinerja instansi pemerintah."),
    ("Sistem Monev Kinerja Organisasi", "bkkbn", ""),
    ("E-SAKIP Basarnas", "basarnas", ""),
    ("Pengukuran Kinerja Unit Eselon II", "kemenko-perekonomian", ""),
])
grp("kunjungan-wbp", ["Layanan kunjungan warga binaan"], "law", [
    ("SIMPEL Lapas - Pendaftaran Kunjungan", "kemenkumham", "Pendaftaran online kunjungan keluarga warga binaan, tatap muka maupun video call."),
    ("Kunjungan Online Video Call WBP", "kemenkumham", "Layanan kunjungan keluarga melalui video call di rutan dan lapas."),
], trapgroup=True)

grp("audit-internal", ["Pengawasan intern", "Audit internal", "Manajemen audit inspektorat"], "audit", [
    ("e-Audit Inspektorat Jenderal", "kemenag", "Perencanaan audit, kertas kerja, dan laporan hasil audit."),
    ("SIWAS Itjen", "kemenkumham", "Sistem informasi pengawasan inspektorat jenderal: program kerja audit dan LHA."),
    ("Aplikasi Pengawasan Internal (APIP)", "kemenpupr", ""),
    ("SIMWAS", "bpkp", "Manajemen pengawasan: PKPT, penugasan, kertas kerja, tindak lanjut."),
    ("Audit Management System", "kemenkes", "Internal audit planning, working papers and follow-up of findings."),
    ("TLHP Online - Tindak Lanjut Hasil Pemeriksaan", "kemendikbudristek", "Monitoring tindak lanjut temuan BPK dan Itjen."),
    ("e-Was", "kemenhub", ""),
])
single("Audit Energi Online", "kesdm",
       "Pelaporan audit energi dan manajemen energi oleh industri dan bangunan gedung.", "Konservasi energi", "energy")
single("e-Pengawasan Obat dan Makanan Beredar", "bpom",
       "Pengawasan post-market produk obat dan makanan di peredaran.", "Pengawasan obat dan makanan", "health")
single("Wasnaker - Pengawasan Ketenagakerjaan", "kemnaker",
       "Pemeriksaan norma ketenagakerjaan oleh pengawas di perusahaan.", "Pengawasan ketenagakerjaan", "labour")

grp("wbs", ["Whistleblowing system", "Pelaporan pelanggaran"], "audit", [
    ("WBS - Whistleblowing System", "kemenkeu", "Pelaporan dugaan pelanggaran oleh pegawai secara rahasia."),
    ("Whistleblowing System Itjen Kemendikbudristek", "kemendikbudristek", ""),
    ("WBS Online", "kemendag", ""),
    ("Sistem Pelaporan Pelanggaran (Whistle Blower)", "bnn", ""),
])

grp("gratifikasi", ["Pengendalian gratifikasi", "Pelaporan gratifikasi"], "audit", [
    ("Pelaporan Gratifikasi Online (UPG)", "kemenag", "Pelaporan penerimaan/penolakan gratifikasi pegawai ke UPG."),
    ("e-Gratifikasi", "kemenpupr", ""),
    ("Sistem Pengendalian Grativikasi", "atr-bpn", ""),
    ("UPG Online", "kemenhub", ""),
])
single("LHKASN - Laporan Harta Kekayaan ASN", "kemenpanrb",
       "Penyampaian laporan harta kekayaan aparatur sipil negara.", "Pencegahan korupsi", "hr")

grp("risiko", ["Manajemen risiko", "Register risiko", "Risk management"], "audit", [
    ("Aplikasi Manajemen Risiko (SIMR)", "kemenkeu", "Register risiko, penilaian, dan mitigasi risiko organisasi."),
    ("e-Risk", "bpkp", "Identifikasi, analisis dan pemantauan risiko unit kerja."),
    ("SIMRISK", "bsn", ""),
    ("Risk Register Online", "kemenparekraf", "Unit risk registers and quarterly monitoring of mitigation."),
    ("Manajemen Risiko SPIP", "kemenko-marves", ""),
])
single("InaRISK", "bnpb",
       "Kajian risiko bencana dan peta bahaya untuk masyarakat.", "Pengurangan risiko bencana", "disaster")
single("CEISA - Manajemen Risiko Kepabeanan", "kemenkeu",
       "Profil risiko importir dan penjaluran dokumen impor.", "Kepabeanan", "trade")

# ---------------------------------------------------------------------------------------------
# LEGAL, INFORMATION, COMPLAINTS
# ---------------------------------------------------------------------------------------------
grp("jdih", ["Dokumentasi dan informasi hukum", "JDIH", "Database peraturan"], "legal", [
    ("JDIHN", "kemenkumham", "Portal jaringan dokumentasi dan informasi hukum nasional (BPHN)."),
    ("JDIH Kemenkeu", "kemenkeu", "Jaringan dokumentasi dan informasi hukum Kementerian Keuangan."),
    ("JDIH Kementerian Perhubungan", "kemenhub", "Database peraturan menteri perhubungan."),
    ("Sistem Informasi Peraturan (Database Peraturan)", "kemensetneg", ""),
    ("JDIH BPOM", "bpom", ""),
    ("Legal Documentation and Information Network (JDIH) - KLHK", "klhk", ""),
    ("e-JDIH", "kemnaker", ""),
    ("JDIH Bapeten", "bapeten", "Dokumentasi peraturan ketenaganukliran."),
    ("Produk Hukum Onlie", "kemendes-pdtt", ""),
    ("JDIH BNPT", "bnpt", ""),
])
grp("legal-drafting", ["Penyusunan peraturan perundang-undangan", "Harmonisasi rancangan peraturan"], "legal", [
    ("e-Harmonisasi", "kemenkumham", "Permohonan dan proses harmonisasi rancangan peraturan perundang-undangan."),
    ("Legal Drafting Workflow - Biro Hukum", "kemenkes", "Drafting, review and approval workflow of draft ministerial regulations."),
    ("e-Legislasi Rancangan Permen", "kemendagri", "Penyusunan dan pembahasan rancangan peraturan menteri."),
], trapgroup=True)
single("Bantuan Hukum Online (SIDBANKUM)", "kemenkumham",
       "Layanan bantuan hukum bagi masyarakat miskin melalui organisasi bantuan hukum.", "Bantuan hukum", "law")

grp("ppid", ["Layanan informasi publik", "Permohonan informasi (PPID)", "Public information requests"], "info", [
    ("e-PPID", "kominfo", "Permohonan informasi publik dan keberatan secara online."),
    ("PPID Kemendagri", "kemendagri", ""),
    ("Pusdatin - Sistem Informasi PPID", "kemensos", ""),
    ("PPID Online BPS", "bps", ""),
    ("Portal PPID Kemenkes", "kemenkes", "Daftar informasi publik dan formulir permohonan informasi."),
    ("SIPPID (Sistem Informasi PPID) v1.2", "kemenpora", ""),
    ("e-PPID Kementan", "kementan", ""),
    ("Public Information Request Portal", "kemlu", "Requests for public information under Law 14/2008."),
    ("PPID Pelaksana Kanwil ATR/BPN", "atr-bpn", ""),
    ("PPID Basarnas", "basarnas", ""),
])
single("PST Online - Pelayanan Statistik Terpadu", "bps",
       "Konsultasi statistik dan permintaan data mikro/tabulasi BPS.", "Diseminasi statistik", "research")
single("Layanan Data Online MKKuG", "bmkg",
       "Permohonan data meteorologi, klimatologi dan geofisika (berbayar PNBP).", "Layanan data MKG", "research")

grp("pengaduan", ["Pengelolaan pengaduan masyarakat", "Pengaduan pelayanan publik", "Public complaints"], "pubsvc", [
    ("SP4N-LAPOR!", "kemenpanrb", "Sistem pengelolaan pengaduan pelayanan publik nasional."),
    ("Pengaduan Masyarakat (Dumas) Online", "kemenkumham", ""),
    ("Kemenag Pengaduan - Integrasi LAPOR", "kemenag", ""),
    ("e-Pengaduan", "kemenhub", "Layanan pengaduan masyarakat terkait pelayanan perhubungan."),
    ("Halo Kemnaker - Pengaduan", "kemnaker", "Pengaduan dan informasi layanan Kemnaker untuk masyarakat."),
    ("SIPEMAS - Sistem Pengaduan Masyarakat", "klhk", ""),
    ("Public Complaint Handling", "kemenparekraf", ""),
    ("Layanan Pengaduan Kemensos", "kemensos", "Pengaduan bansos dan pelayanan publik Kemensos."),
    ("SIPEDULI", "kemendes-pdtt", ""),
    ("Dumas Online Itjen", "kemendikbudristek", "Pengaduan masyarakat atas layanan kementerian."),
])
single("Pengaduan Konsumen - SIMPKTN", "kemendag",
       "Pengaduan konsumen atas barang/jasa dari pelaku usaha.", "Perlindungan konsumen", "trade")

grp("skm", ["Survei kepuasan masyarakat", "Indeks kepuasan masyarakat (IKM)"], "pubsvc", [
    ("Survei Kepuasan Masyarakat (SKM) Online", "kemenpanrb", "Survei indeks kepuasan masyarakat atas layanan publik."),
    ("e-SKM", "atr-bpn", "Survei kepuasan masyarakat di kantor pertanahan."),
    ("IKM Online Kantor Imigrasi", "kemenkumham", ""),
    ("Customer Satisfaction Survey", "bpom", ""),
    ("Survey Kepuasan Layanan", "bmkg", ""),
    ("SIKEMAS", "kemendag", ""),
    ("Aplikasi Survei IKM - Kantor Pelayanan Pajak", "kemenkeu", ""),
])
single("Susenas CAPI", "bps",
       "Pengumpulan data survei sosial ekonomi nasional dengan CAPI.", "Statistik sosial", "research")

grp("helpdesk", ["Layanan bantuan TIK", "Helpdesk internal", "IT service desk"], "infra", [
    ("Helpdesk TIK Pusdatin", "kemendikbudristek", "Tiket gangguan jaringan, email dan aplikasi untuk pegawai."),
    ("Service Desk", "kemenkeu", "Layanan bantuan TIK bagi pengguna internal."),
    ("e-Helpdesk versi 2.0", "kemenag", ""),
    ("IT Support Ticketing", "bappenas", "Internal ticketing for staff IT issues."),
    ("SIHELP", "kesdm", ""),
    ("Helpdesk SIMPEG & Aplikasi", "bnn", "", "T"),
])
single("Contact Center 119 Kesehatan", "kemenkes",
       "Layanan informasi kesehatan dan kegawatdaruratan untuk masyarakat.", "Pelayanan kesehatan", "health")

grp("csirt", ["Penanganan insiden siber", "CSIRT"], "infra", [
    ("Pelaporan Insiden Siber - BSSN", "bssn", "Pelaporan dan penanganan insiden keamanan siber."),
    ("CSIRT Kemenkes", "kemenkes", ""),
    ("CSIRT Kementan - Aduan Siber", "kementan", ""),
])
single("Aduan Konten", "kominfo",
       "Pelaporan konten negatif dan hoaks di internet oleh masyarakat.", "Pengendalian konten internet", "infra")

# ---------------------------------------------------------------------------------------------
# WEB, DATA, COMMUNICATION, IDENTITY
# ---------------------------------------------------------------------------------------------
grp("website", ["Website resmi instansi", "Portal informasi instansi", "Official website"], "comm", [
    ("Website Resmi Kemendagri", "kemendagri", ""),
    ("Portal Kemenko PMK", "kemenko-pmk", "Situs web berita dan informasi kementerian."),
    ("CMS Website Satker", "kemenkeu", "Content management system untuk situs web unit."),
    ("Website BNPT", "bnpt", ""),
    ("Web Profil Balai Besar POM", "bpom", ""),
    ("kemenpppa.go.id", "kemenpppa", ""),
    ("Official Website", "bakamla", ""),
    ("Laman Resmi Bapeten", "bapeten", ""),
    ("Website Kanwil Kemenag Provinsi (multisite)", "kemenag", ""),
    ("Portal Berita Lemhannas", "lemhannas", ""),
])
single("Regalkes - Portal Perizinan Alat Kesehatan", "kemenkes",
       "Registrasi izin edar alat kesehatan dan PKRT.", "Perizinan alat kesehatan", "health")
single("TrustPositif - Database Situs Diblokir", "kominfo",
       "Daftar situs web bermuatan negatif yang diblokir.", "Pengendalian konten internet", "infra")

grp("satu-data", ["Portal data terbuka", "Satu Data", "Open data catalogue"], "info", [
    ("Satu Data Indonesia (data.go.id)", "bappenas", "Portal data terbuka nasional."),
    ("Portal Satu Data Kemenkes", "kemenkes", ""),
    ("Open Data Kementan", "kementan", "Katalog dataset sektoral pertanian yang dapat diunduh."),
    ("Satu Data Kemnaker", "kemnaker", ""),
    ("Portal Data KKP", "kkp", "Portal satu data kelautan dan perikanan."),
    ("Satu Data Pendidikan", "kemendikbudristek", ""),
    ("Pusdatin - Data Portal KLHK", "klhk", ""),
    ("SatuData Kemenhub", "kemenhub", ""),
])
single("DTKS - Data Terpadu Kesejahteraan Sosial", "kemensos",
       "Basis data calon penerima bantuan sosial dan pemutakhiran oleh daerah.", "Data kesejahteraan sosial", "social")

grp("geoportal", ["Geoportal / WebGIS", "Penyebarluasan informasi geospasial"], "geo", [
    ("Ina-Geoportal", "big", "Simpul jaringan informasi geospasial nasional; peta dasar dan tematik."),
    ("Geoportal KLHK (SIGAP)", "klhk", "", "T"),
    ("Geoportal ESDM", "kesdm", "Peta geologi, wilayah kerja, dan infrastruktur energi."),
    ("GISTARU", "atr-bpn", "Peta rencana tata ruang dan WebGIS pertanahan."),
    ("KKP Geoportal (One Map KP)", "kkp", ""),
    ("WebGIS PUPR - SIGI", "kemenpupr", "Peta infrastruktur jalan, jembatan, bendungan."),
])

grp("anjab", ["Analisis jabatan dan beban kerja", "Peta jabatan"], "hr2", [
    ("Aplikasi Anjab dan ABK", "kemendagri", "Analisis jabatan dan beban kerja untuk penyusunan peta jabatan."),
    ("Peta Jabatan Online", "kemenpora", "", "T"),
    ("SI Analisis Jabatan", "kemenag", ""),
    ("Job Analysis & Workload (ABK)", "lan", ""),
])

grp("vicon", ["Video conference", "Rapat virtual"], "infra", [
    ("Vicon Kemenkeu (Webex)", "kemenkeu", ""),
    ("Video Conference Server (Jitsi)", "bssn", "Self-hosted video conferencing for internal meetings."),
    ("Sistem Video Conference Kanwil", "kemenag", ""),
    ("Layanan Konferensi Video", "kominfo", "Layanan video conference untuk instansi pemerintah."),
    ("e-Meeting / Virtual Meeting Room", "kemensetneg", ""),
])
single("Temenin - Telemedicine Indonesia", "kemenkes",
       "Konsultasi kesehatan jarak jauh (video) antar fasilitas pelayanan kesehatan.", "Pelayanan kesehatan", "health")

grp("email", ["Email dinas", "Surat elektronik pegawai", "Mail server"], "infra", [
    ("Mail Server Zimbra", "kemenkumham", "Layanan surel dinas pegawai."),
    ("Email Dinas @kemendag.go.id", "kemendag", ""),
    ("Surat Elektronik Pegawai (Surel)", "kemendes-pdtt", "Surat elektronik (email) resmi pegawai.", "T"),
    ("Webmail", "bkkbn", "Email kedinasan pegawai."),
    ("Government Email Service (mail.go.id)", "kominfo", "Layanan email pemerintah untuk instansi."),
    ("Microsoft Exchange", "kemlu", ""),
])
single("Newsletter Peluang Investasi (Email Blast)", "kementerian-investasi",
       "Distribusi newsletter peluang investasi kepada calon investor.", "Promosi investasi", "econ")

grp("tte", ["Tanda tangan elektronik", "Sertifikat elektronik", "Digital signature"], "infra", dpi="dpi-identitas-digital", rows=[
    ("BSrE - Balai Sertifikasi Elektronik", "bssn", "Penerbitan sertifikat elektronik dan layanan tanda tangan elektronik."),
    ("Tanda Tangan Elektronik (TTE) Pusdatin", "kemenpupr", ""),
    ("e-Sign", "kemenperin", ""),
    ("Aplikasi TTE Dokumen", "bnpb", ""),
    ("Digital Signature Service", "kemenko-polhukam", ""),
])
single("Sertipikat Tanah Elektronik", "atr-bpn",
       "Penerbitan sertipikat hak atas tanah dalam bentuk dokumen elektronik.", "Pendaftaran tanah", "land")
single("SIHALAL - Sertifikasi Halal", "kemenag",
       "Pengajuan sertifikat halal bagi pelaku usaha.", "Jaminan produk halal", "religion")

grp("sso", ["Single sign-on", "Manajemen identitas pengguna"], "infra", dpi="dpi-identitas-digital", rows=[
    ("SSO Kemenag", "kemenag", "Login tunggal untuk seluruh aplikasi internal pegawai."),
    ("Single Sign On (SSO) Kemnaker", "kemnaker", ""),
    ("IAM - Identity & Access Management", "kemenkes", "Central identity provider (Keycloak) for internal applications."),
    ("Portal Akun Terpadu", "bpkp", ""),
    ("Portal SSO Pegawai (Keycloak)", "kemenkopukm", "Satu akun pegawai untuk masuk ke semua aplikasi internal kementerian."),
])
single("IKD - Identitas Kependudukan Digital", "kemendagri",
       "KTP digital di ponsel warga.", "Administrasi kependudukan", "id", dpi="dpi-identitas-digital")
single("Kartu Identitas Pegawai (ID Card Printing)", "bsn",
       "Pencetakan kartu identitas pegawai dan kartu akses.", "Kerumahtanggaan", "ops")

grp("api-gateway", ["Interoperabilitas / API gateway", "Integrasi layanan antarsistem"], "infra", dpi="dpi-pertukaran-data", rows=[
    ("SPLP - Sistem Penghubung Layanan Pemerintah", "kominfo", "API gateway dan interoperabilitas antarinstansi."),
    ("Enterprise Service Bus", "kemenperin", "Integration bus between internal and external systems."),
    ("WSO2 API Gateway", "bps", ""),
    ("Integrasi Layanan (Simpul SPLP)", "kemensos", ""),
])
single("Hak Akses Data Kependudukan", "kemendagri",
       "Pemberian akses verifikasi NIK bagi lembaga pengguna berdasarkan perjanjian kerja sama.",
       "Pemanfaatan data kependudukan", "id", dpi="dpi-identitas-digital")
single("SATUSEHAT Platform", "kemenkes",
       "Interoperabilitas data rekam medis fasilitas pelayanan kesehatan.", "Transformasi digital kesehatan", "health",
       dpi="dpi-pertukaran-data")

# ---------------------------------------------------------------------------------------------
# OFFICE SERVICES
# ---------------------------------------------------------------------------------------------
grp("ruang-rapat", ["Peminjaman ruang rapat", "Reservasi ruangan", "Room booking"], "ops", [
    ("Peminjaman Ruang Rapat", "kemenko-perekonomian", "Reservasi ruang rapat dan fasilitas pendukung."),
    ("Room Booking System", "bappenas", "Booking of meeting rooms in the Bappenas complex."),
    ("SIRUANG", "kemenpanrb", ""),
    ("Booking Ruang Meeting Online", "brin", ""),
    ("e-Ruang", "bsn", ""),
])
single("Reservasi Kawasan GBK", "kemensetneg",
       "Penyewaan venue olahraga dan area Gelora Bung Karno untuk publik.", "Pengelolaan kawasan GBK", "tourism")
single("Kunjungan Istana untuk Umum", "kemensetneg",
       "Pendaftaran kunjungan masyarakat ke Istana Kepresidenan.", "Layanan istana", "pubsvc")
single("ELSA - E-Layanan Sains", "brin",
       "Pemesanan layanan laboratorium, alat riset, dan kapal riset oleh peneliti dan publik.", "Infrastruktur riset", "research")

grp("kendaraan", ["Pengelolaan kendaraan dinas", "Kendaraan operasional"], "ops", [
    ("Pemesanan Kendaraan Dinas", "kemendikbudristek", "Permintaan dan penjadwalan kendaraan operasional."),
    ("SIKENDIS - Sistem Informasi Kendaraan Dinas", "kemensos", ""),
    ("Fleet Management", "kesdm", "GPS tracking, fuel and servicing of official vehicles."),
    ("e-Kendaraan Biro Umum", "lemhannas", ""),
    ("Biro Umum - Pool Kendaraan Online", "bsn", ""),
])
single("BLUe - Bukti Lulus Uji Elektronik", "kemenhub",
       "Pengujian berkala kendaraan bermotor dan kartu uji elektronik.", "Keselamatan lalu lintas", "transport")
single("Konversi Kendaraan Listrik", "kesdm",
       "Pendaftaran bengkel dan motor konversi ke listrik.", "Energi baru terbarukan", "energy")

grp("buku-tamu", ["Buku tamu", "Registrasi pengunjung kantor"], "ops", [
    ("Buku Tamu Digital", "kemenpanrb", "Registrasi tamu di lobi dengan foto dan KTP."),
    ("e-Guestbook", "kemenko-polhukam", ""),
    ("Visitor Management System", "kemlu", "Front desk visitor registration and badges."),
    ("Buku Tamu Online Kanwil BPN", "atr-bpn", ""),
    ("SITAMU", "bnn", "Sistem informasi tamu kantor."),
    ("Aplikasi Tamu", "kemenko-marves", ""),
])

grp("antrian", ["Antrian layanan", "Reservasi jadwal layanan tatap muka"], "pubsvc", [
    ("Antrian Online Kantor Imigrasi", "kemenkumham", "Pengambilan nomor antrian layanan paspor."),
    ("Kunjung Pajak", "kemenkeu", "Reservasi jadwal kunjungan ke KPP."),
    ("Antrian Loket Kantah", "atr-bpn", ""),
    ("e-Antrian BBPOM", "bpom", ""),
    ("Sistem Antrean Layanan Terpadu", "bkn", ""),
])
single("Cek Antrean Keberangkatan Haji", "kemenag",
       "Cek nomor porsi dan estimasi keberangkatan jemaah haji.", "Penyelenggaraan haji", "religion")

grp("agenda-pimpinan", ["Agenda pimpinan", "Jadwal kegiatan pejabat"], "ops", [
    ("Agenda Pimpinan", "kemenko-perekonomian", "Jadwal kegiatan menteri dan pejabat eselon I."),
    ("e-Agenda", "kemenpora", ""),
    ("Leader's Schedule", "kemlu", ""),
    ("Jadwal Kegiatan Pejabat", "kemendag", ""),
])
single("Kharisma Event Nusantara - Kalender Event", "kemenparekraf",
       "Agenda event pariwisata nasional untuk wisatawan.", "Pemasaran pariwisata", "tourism")

grp("media-monitoring", ["Pemantauan media", "Media monitoring"], "comm", [
    ("Media Monitoring", "kominfo", "Pemantauan pemberitaan media online dan sosial."),
    ("Sistem Monitoring Berita", "kemensetneg", ""),
    ("Media Intelligence Dashboard", "kemenko-marves", ""),
    ("Kliping Berita Online", "kemenperin", ""),
])
single("Patroli Siber Konten Radikal", "bnpt",
       "Pemantauan dan pelaporan konten radikal terorisme di internet.", "Pencegahan terorisme", "security")

grp("kms", ["Manajemen pengetahuan", "Knowledge management"], "info", [
    ("Knowledge Management System", "kemenkeu", "Berbagi pengetahuan, dokumen best practice, dan forum pegawai."),
    ("KMS Pusdatin", "bpkp", ""),
    ("SIPENA - Sistem Pengelolaan Pengetahuan", "lan", ""),
    ("Kemenkes KMS", "kemenkes", ""),
])
single("Kekayaan Intelektual Komunal (Pengetahuan Tradisional)", "kemenkumham",
       "Inventarisasi kekayaan intelektual komunal: pengetahuan tradisional dan ekspresi budaya.", "Kekayaan intelektual", "law")

grp("katalog-aplikasi", ["Inventarisasi aplikasi", "Arsitektur dan katalog aplikasi SPBE"], "infra", [
    ("SIA SPBE - Sistem Informasi Arsitektur SPBE", "kemenpanrb", "Arsitektur SPBE: proses bisnis, layanan, data, dan inventaris aplikasi.", "T"),
    ("Katalog Aplikasi Pemerintah", "kominfo", "Inventarisasi aplikasi instansi pusat dan daerah."),
    ("Inventarisasi Aplikasi TIK Internal", "kementan", ""),
])

grp("seleksi-jpt", ["Seleksi terbuka JPT", "Manajemen talenta"], "hr2", [
    ("Seleksi Terbuka Jabatan Pimpinan Tinggi", "kemendagri", "Pendaftaran dan seleksi calon pejabat pimpinan tinggi."),
    ("Lelang Jabatan Online", "kkp", "", "T"),
    ("Talent Pool & Open Bidding", "bkkbn", ""),
])
single("SSCASN - Seleksi CASN", "bkn",
       "Pendaftaran seleksi calon ASN nasional.", "Pengadaan ASN", "hr")

# ---------------------------------------------------------------------------------------------
# SECTOR SERVICES
# ---------------------------------------------------------------------------------------------
grp("beasiswa", ["Pengelolaan beasiswa", "Scholarship management"], "edu", [
    ("LPDP Beasiswa", "kemenkeu", "Pendaftaran dan seleksi beasiswa LPDP."),
    ("Beasiswa Indonesia Bangkit", "kemenag", ""),
    ("Beasiswa Unggulan", "kemendikbudristek", "Pendaftaran, seleksi, dan pembayaran beasiswa unggulan."),
    ("BSBI - Indonesian Arts and Culture Scholarship", "kemlu", "Scholarship registration and selection for foreign students."),
    ("Beasiswa Atlet Berprestasi", "kemenpora", ""),
])
single("SITUBEL - Tugas Belajar Pegawai", "kemenkes",
       "Pengajuan izin dan tugas belajar pegawai.", "Pengembangan pegawai", "hr2")

grp("hibah-riset", ["Pendanaan riset", "Hibah penelitian"], "research", [
    ("BIMA - Basis Informasi Penelitian dan Pengabdian", "kemendikbudristek", "Pengusulan dan pengelolaan hibah penelitian dosen."),
    ("Litapdimas", "kemenag", ""),
    ("RIIM - Pendanaan Riset dan Inovasi", "brin", "Pendaftaran proposal pendanaan riset."),
    ("KP4S - Kerja Sama Penelitian", "kementan", "Hibah kompetitif penelitian kerja sama."),
])
single("Hibah Daerah Online", "kemenkeu",
       "Pengelolaan hibah pemerintah pusat kepada pemerintah daerah.", "Transfer ke daerah", "fin")

grp("perizinan", ["Perizinan berusaha", "Business licensing (OSS)"], "econ", [
    ("OSS-RBA", "kementerian-investasi", "Perizinan berusaha terintegrasi secara elektronik berbasis risiko."),
    ("SIMPEL - Sistem Informasi Perizinan Elektronik", "kesdm", "Perizinan usaha sektor ESDM terintegrasi OSS.", "T"),
    ("SIINas Perizinan Industri", "kemenperin", ""),
    ("e-Perizinan Pertanian", "kementan", "Izin usaha dan rekomendasi teknis sektor pertanian via OSS."),
    ("Perizinan Berusaha Sektor Perhubungan", "kemenhub", ""),
    ("SIPP - Sistem Informasi Perizinan Pariwisata", "kemenparekraf", ""),
])
single("Izin Tinggal Online (e-Visa)", "kemenkumham",
       "Permohonan visa dan izin tinggal bagi warga negara asing.", "Keimigrasian", "law")

grp("sertifikasi-kompetensi", ["Sertifikasi kompetensi kerja"], "labour", [
    ("SIKI-LPJK - Sertifikasi Kompetensi Kerja Konstruksi", "kemenpupr", ""),
    ("Sertifikasi Kompetensi Pariwisata", "kemenparekraf", "Pendaftaran uji kompetensi tenaga kerja pariwisata."),
    ("Sertifikasi Kompetensi Kerja - BNSP/LSP", "kemnaker", ""),
    ("Sertifikasi Kompetensi Pelaut", "kemenhub", "Ujian keahlian dan penerbitan sertifikat pelaut."),
])

grp("cuaca", ["Informasi cuaca", "Prakiraan cuaca"], "disaster", [
    ("Info BMKG", "bmkg", "Prakiraan cuaca, gempa, dan peringatan dini."),
    ("SI-Cuaca Pertanian", "kementan", "Informasi prakiraan cuaca dan iklim harian untuk petani."),
    ("Info Cuaca Pelabuhan", "kemenhub", "Prakiraan cuaca dan gelombang di pelabuhan."),
])
single("KATAM - Kalender Tanam Terpadu", "kementan",
       "Rekomendasi waktu tanam dan varietas per kecamatan.", "Produksi tanaman pangan", "agri")

# Ordinary one-of-a-kind sector applications (not traps).
single("MAGMA Indonesia", "kesdm", "Informasi aktivitas dan status gunung api serta peringatan dini erupsi.",
       "Mitigasi bencana geologi", "disaster", trap=False, key="magma")
single("SIMFONI-PPA", "kemenpppa", "Pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak.",
       "Perlindungan perempuan dan anak", "social", trap=False, key="simfoni")
single("SIPONGI - Karhutla Monitoring", "klhk", "Pemantauan titik panas kebakaran hutan dan lahan.",
       "Pengendalian kebakaran hutan", "env", trap=False)
single("VMS - Vessel Monitoring System", "kkp", "", "Pengawasan kapal perikanan", "marine", trap=False)
single("Inaportnet", "kemenhub", "Layanan kapal dan barang di pelabuhan secara elektronik.", "Kepelabuhanan",
       "transport", trap=False)
single("SISPK - Sistem Informasi Standardisasi", "bsn", "Perumusan dan penetapan SNI.", "Standardisasi", "research",
       trap=False)
single("IQFAST Karantina", "kementan", "", "Karantina hewan dan tumbuhan", "agri", trap=False)
single("IMIC - Indonesia Maritime Information Centre", "bakamla", "", "Keamanan laut", "security", trap=False)
single("SIPORA - Data Atlet dan Pelatih", "kemenpora", "Basis data atlet, pelatih dan prestasi olahraga.",
       "Keolahragaan", "edu", trap=False)
single("Labkurtannas - Pengukuran Ketahanan Nasional", "lemhannas", "", "Kajian ketahanan nasional", "security",
       trap=False)
single("SIDERA - Database Deradikalisasi", "bnpt", "Data peserta program deradikalisasi.", "Deradikalisasi",
       "security", trap=False)

# ---------------------------------------------------------------------------------------------
# PROPOSALS: (nama, deskripsi, target) with target = group key, "single:<key>", or None (novel)
# ---------------------------------------------------------------------------------------------
PROPOSALS = [
    ("Aplikasi absensi pegawai berbasis lokasi", "Pegawai absen masuk dan pulang lewat HP dengan GPS; rekap kehadiran bulanan untuk bagian kepegawaian.", "presensi"),
    ("Daftar hadir digital peserta kegiatan", "Peserta webinar dan rapat koordinasi memindai QR untuk mengisi daftar hadir; panitia mengunduh rekap.", "hadir-acara"),
    ("HR database", "We need a system to store our employee records: positions, ranks, education history and family data.", "simpeg"),
    ("e-Leave", "Annual leave requests approved by the supervisor online.", "cuti"),
    ("SIKINERJA", "Penyusunan SKP dan penilaian kinerja individu pegawai setiap tahun.", "skp"),
    ("Learning platform for civil servant training", "Online courses, class schedules and training certificates for our staff (pengembangan kompetensi ASN).", "diklat"),
    ("Usul naik pangkat online", "Pengusulan kenaikan pangkat PNS dan verifikasi berkas.", "kenaikan-pangkat"),
    ("Aplikasi hitung tukin", "Menghitung gaji, tunjangan kinerja dan potongan pegawai tiap bulan.", "gaji"),
    ("Sistem penyusunan Renja dan RKA", "Usulan program dan kegiatan unit kerja serta penyusunan rencana kerja dan anggaran tahunan.", "perencanaan-anggaran"),
    ("Dashboard penyerapan anggaran", "Memantau realisasi belanja satker terhadap pagu DIPA secara harian.", "monev-anggaran"),
    ("Buku kas bendahara", "BKU dan laporan pertanggungjawaban bendahara pengeluaran.", "bendahara"),
    ("Payment code generator for service fees", "Our laboratory and licensing services charge non-tax fees; users need a billing code to pay into the state treasury.", "pnbp"),
    ("Portal tender elektronik", "Pelaksanaan tender dan seleksi penyedia barang/jasa secara elektronik.", "lpse"),
    ("Rencana pengadaan tahunan", "Mengumumkan rencana umum paket pengadaan satker sebelum tender.", "sirup"),
    ("e-Office", "Naskah dinas, surat masuk/keluar, disposisi, dan arsip aktif unit kerja.", "persuratan"),
    ("Katalog online perpustakaan", "Katalogisasi koleksi buku dan sirkulasi peminjaman di perpustakaan kantor.", "perpustakaan"),
    ("Aplikasi LKjIP", "Penyusunan perjanjian kinerja dan laporan akuntabilitas kinerja instansi.", "sakip"),
    ("Internal audit management", "Annual audit plan, assignments, working papers and follow-up of findings for the inspectorate.", "audit-internal"),
    ("Database produk hukum", "Pencarian peraturan menteri dan produk hukum lain, terhubung ke JDIHN.", "jdih"),
    ("Layanan permohonan informasi publik", "Permohonan informasi dan keberatan sesuai UU KIP.", "ppid"),
    ("Kanal aduan masyarakat", "Menerima dan menindaklanjuti pengaduan masyarakat atas layanan kami; terhubung ke LAPOR.", "pengaduan"),
    ("Survei IKM", "Kuesioner kepuasan pengguna layanan publik dan perhitungan indeksnya.", "skm"),
    ("IT ticketing for staff", "Employees report problems with their laptop, network or email; technicians track tickets.", "helpdesk"),
    ("Portal open data sektoral", "Publikasi dataset sektoral yang dapat diunduh masyarakat.", "satu-data"),
    ("WebGIS peta tematik", "Menampilkan dan membagikan peta tematik dan data spasial unit.", "geoportal"),
    ("Tanda tangan digital", "TTE untuk naskah dinas dengan sertifikat elektronik.", "tte"),
    ("Booking meeting rooms", "Staff reserve meeting rooms and see room availability.", "ruang-rapat"),
    ("Manajemen mobil dinas", "Peminjaman mobil dinas, jadwal sopir, BBM dan servis kendaraan.", "kendaraan"),
    ("Buku tamu elektronik", "Pencatatan tamu yang datang ke lobi kantor.", "buku-tamu"),
    ("Aplikasi harmonisasi rancangan peraturan", "Alur penyusunan, pembahasan, dan harmonisasi rancangan peraturan menteri.", "legal-drafting"),
    ("Info status gunung api", "Informasi level aktivitas gunung api dan peringatan dini erupsi untuk masyarakat.", "single:magma"),
    ("Pencatatan kasus kekerasan anak", "Pelaporan dan pencatatan kasus kekerasan terhadap perempuan dan anak dari unit layanan.", "single:simfoni"),
    # novel: share words, but no row serves the function
    ("SPPD Online", "Surat perintah perjalanan dinas pegawai, pemesanan tiket dan laporan perjalanan.", None),
    ("Aplikasi parkir kendaraan pegawai dan tamu", "Pengaturan slot parkir dan stiker kendaraan pegawai serta tamu kantor.", None),
    ("Daycare enrollment for employees' children", "Registration and daily attendance of children at the office daycare.", None),
    ("e-Voting pengurus Korpri", "Pemungutan suara elektronik untuk pemilihan pengurus Korpri unit kerja.", None),
    ("Bank sampah kantor", "Pencatatan setoran sampah terpilah dari unit kerja dan tabungan sampah pegawai.", None),
    ("Lost and found", "Pencatatan barang tertinggal di gedung kantor dan pengembaliannya kepada pemilik.", None),
    ("Employee wellbeing survey", "Annual anonymous survey of staff engagement and wellbeing, results per unit.", None),
    ("Jadwal piket satpam", "Penjadwalan piket petugas keamanan dan laporan patroli gedung.", None),
    ("Layanan penerjemah rapat internasional", "Permintaan juru bahasa dan penerjemahan dokumen untuk rapat dengan delegasi asing.", None),
    ("Rekam medis klinik pegawai", "Rekam medis dan resep obat di poliklinik kantor untuk pegawai.", None),
    ("Lomba inovasi pelayanan publik", "Pendaftaran dan penjurian kompetisi inovasi pelayanan publik antarunit kerja.", None),
    ("Cleaning checklist", "Checklist harian petugas kebersihan dan monitoring kondisi toilet serta ruang kerja.", None),
    ("Tracking of DPR hearing commitments", "Follow-up of commitments the minister made in parliamentary hearings (rapat dengar pendapat).", None),
    ("Pendaftaran magang mahasiswa", "Pendaftaran dan seleksi mahasiswa magang di unit kerja, termasuk sertifikat magang.", None),
    ("Indeks literasi digital", "Pengukuran indeks literasi digital masyarakat per provinsi.", None),
    ("Donasi bencana pegawai", "Pengumpulan dan penyaluran sumbangan pegawai untuk korban bencana.", None),
]

# === OUTPUT ===================================================================================
JENIS = ["Aplikasi Umum", "Aplikasi Khusus", "Khusus", "umum", "Umum", "khusus", "Aplikasi khusus", ""]
STATUS = ["aktif", "aktif", "Aktif", "aktif", "tidak aktif", "dalam pengembangan", "", ""]


def scramble(code, kind):
    r = random.random()
    if r < 0.30:
        return ""
    if r < 0.55:
        return code
    parts = code.split(".")
    head, nums = parts[0], parts[1:]
    r2 = random.random()
    if r2 < 0.2:
        return head.capitalize() + "." + ".".join(nums)
    if r2 < 0.4:
        return head + "." + ".".join(str(int(n)) for n in nums)
    if r2 < 0.6:
        return head + "." + ".".join(nums[:2])
    if r2 < 0.8:
        return ".".join(nums)
    return head.lower() + "." + ".".join(nums)


def url_for(nama, instansi):
    slug = "".join(ch for ch in nama.split(" ")[0].lower() if ch.isalnum()) or "app"
    dom = instansi.replace("-", "") + ".go.id"
    return "https://%s.%s" % (slug, dom)


def make_row(nama, instansi, deskripsi, fungsi_opts, codes, dpi, umum_bias):
    fungsi = random.choice(fungsi_opts) if (fungsi_opts and random.random() < 0.5) else ""
    if umum_bias:
        jenis = random.choice(JENIS[:1] * 3 + JENIS)
    else:
        jenis = random.choice(JENIS[1:3] * 2 + JENIS)
    ral = scramble(codes[0], "ral")
    rab = scramble(codes[1], "rab")
    raa = scramble(codes[2], "raa")
    status = random.choice(STATUS)
    tahun = str(random.randint(2009, 2024)) if random.random() < 0.75 else ""
    url = url_for(nama, instansi) if random.random() < 0.25 else ""
    d = dpi if (dpi and random.random() < 0.65) else ""
    return dict(nama=nama, deskripsi=deskripsi, fungsi=fungsi, instansi=instansi, jenis=jenis,
                kode_ral=ral, kode_rab=rab, kode_raa=raa, status=status, tahun=tahun, url=url, dpi=d)


def build():
    records = []  # (record, group_key or None, trap flag, single key)
    for g in GROUPS:
        umum = g["codes"][2].startswith("RAA.01")
        for row in g["rows"]:
            nama, inst, desk = row[0], row[1], row[2]
            trap = g["trapgroup"] or (len(row) > 3 and row[3] == "T")
            rec = make_row(nama, inst, desk, g["fungsi"], g["codes"], g["dpi"], umum)
            records.append((rec, g["key"], trap, None))
    for s in SINGLES:
        umum = s["codes"][2].startswith("RAA.01")
        rec = make_row(s["nama"], s["instansi"], s["deskripsi"], [s["fungsi"]], s["codes"], s["dpi"], umum)
        records.append((rec, None, s["trap"], s["key"]))
    random.shuffle(records)
    ids_by_group, id_by_single = {}, {}
    out = []
    for i, (rec, gk, trap, sk) in enumerate(records, 1):
        rid = "b25-%04d" % i
        rec["id"] = rid
        out.append((rec, gk, trap))
        if gk:
            ids_by_group.setdefault(gk, []).append(rid)
        if sk:
            id_by_single[sk] = rid

    # checks
    ids = [r["id"] for r, _, _ in out]
    assert len(ids) == len(set(ids))
    for r, _, _ in out:
        assert r["instansi"] in AGENCY_IDS, r["instansi"]
        assert r["dpi"] == "" or r["dpi"] in DPI_IDS
    keys = [g["key"] for g in GROUPS]
    assert len(keys) == len(set(keys)), "duplicate group key"

    cols = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
            "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind25-inventory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r, _, _ in out:
            w.writerow([r[c] for c in cols])

    groups = []
    gid_by_key = {}
    for n, g in enumerate(GROUPS, 1):
        members = sorted(ids_by_group[g["key"]])
        assert 2 <= len(members) <= 14, g["key"]
        gid_by_key[g["key"]] = "g%02d" % n
        groups.append({"id": "g%02d" % n, "members": members})
    with open(os.path.join(HERE, "blind25-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": PROVENANCE, "duplicateGroups": groups}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    props = []
    n_group = n_single = n_novel = 0
    for n, (nama, desk, target) in enumerate(PROPOSALS, 1):
        if target is None:
            exp = []
            n_novel += 1
        elif target.startswith("single:"):
            exp = [id_by_single[target[7:]]]
            n_single += 1
        else:
            exp = sorted(ids_by_group[target])
            n_group += 1
        props.append({"id": "p%02d" % n, "nama": nama, "deskripsi": desk, "expected": exp})
    all_ids = set(ids)
    for p in props:
        for e in p["expected"]:
            assert e in all_ids
    with open(os.path.join(HERE, "blind25-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": PROVENANCE, "proposals": props}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    sizes = [len(g["members"]) for g in groups]
    stats = dict(
        rows=len(out),
        agencies=len({r["instansi"] for r, _, _ in out}),
        groups=len(groups), size_min=min(sizes), size_max=max(sizes),
        trap_groups=sum(1 for g in GROUPS if g["trapgroup"]),
        trap_rows=sum(1 for _, _, t in out if t),
        no_desc=sum(1 for r, _, _ in out if not r["deskripsi"]),
        no_fungsi=sum(1 for r, _, _ in out if not r["fungsi"]),
        no_jenis=sum(1 for r, _, _ in out if not r["jenis"]),
        singletons=sum(1 for _, g, _ in out if not g),
        proposals=len(props), reuse_group=n_group, reuse_single=n_single, novel=n_novel,
    )
    print(json.dumps(stats))
    return stats


if __name__ == "__main__":
    build()
