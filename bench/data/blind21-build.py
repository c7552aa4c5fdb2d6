#!/usr/bin/env python3
"""Blind set 21: education, religion, culture and human-development inventory
(Kemenko PMK coordinator + provincial Bappeda merge).

Written by hand without reading the detector, its code, docs, dictionaries or
tests.  Inputs read: /work/shared/domain/spbe-reference.md; the file-name
listings of catalog-info, catalog-info/agencies and bench/data; the agency and
DPI ids (grep "^  name:"); the first 3 lines of blind18-inventory.csv and the
JSON top-level formats of blind18-groups.json / blind18-proposals.json.

Run from /work/main/bench/data:  python3 blind21-build.py
Writes blind21-inventory.csv, blind21-groups.json, blind21-proposals.json.

Labelling decisions (kept consistently):
- school student/school master data (Dapodik family) is kept apart from madrasah
  data (EMIS family) and from pesantren/dayah data: different registries and
  owners.  Teacher master data rows ("data pokok PTK") count as Dapodik family.
- madrasah admission is the same function as school admission (PPDB group);
  university admission is a separate group.
- teacher certification / professional allowance is apart from teacher
  attendance; madrasah and PAI teachers' certification is in the same group.
- BOS, BOS madrasah (RKAM) and BOP PAUD are one function (operational funds).
- school facilities (sarpras) is apart from regional BMD accounting and from
  central BMN (SAKTI family).
- hajj registration/quota apart from umrah/PIHK travel licensing.
- zakat collection/distribution apart from government social aid (DTKS).
- waqf apart from zakat.
- heritage registry (tangible) apart from intangible heritage (WBTB), museum
  collection inventory and museum ticketing.
- library catalogue/automation apart from e-book lending apps and from static
  archives; dynamic archives/correspondence belong to SRIKANDI.
- athlete data apart from sports-facility booking; youth organisation registry
  apart from scouting and youth awards.
- institutional performance accountability (SAKIP) apart from individual
  employee daily performance (e-Kinerja).
- higher-education accreditation apart from school/madrasah accreditation.
"""
import csv
import json
import random

random.seed(212121)

PREFIX = "b21"

# ---------------------------------------------------------------- helpers
def R(nama, desc, inst, **kw):
    d = dict(nama=nama, desc=desc, inst=inst)
    d.update(kw)
    return d


GROUPS = []   # dicts: key, rab, ral, raa, fungsi(list), rows, trap
SINGLES = []  # rows not in any group


def G(key, rab, ral, raa, fungsi, rows, trap=False):
    GROUPS.append(dict(key=key, rab=rab, ral=ral, raa=raa, fungsi=fungsi,
                       rows=rows, trap=trap))


# =============================================================== GENERAL
G("srikandi", "RAB.09.07", "RAL.02.06", "RAA.01.02",
  ["Persuratan", "Tata naskah dinas elektronik", "Administrasi surat masuk dan keluar",
   "kearsipan dinamis", "Disposisi surat"],
  [R("SRIKANDI", "Aplikasi umum bidang kearsipan untuk tata naskah dinas elektronik, surat masuk-keluar, disposisi dan pengelolaan arsip dinamis.",
     "anri", jenis="umum", url="https://srikandi.arsip.go.id", tag="srikandi"),
   R("e-Office Kemenag", "Surat menyurat elektronik di lingkungan Kementerian Agama termasuk disposisi pimpinan dan tanda tangan elektronik.", "kemenag"),
   R("TNDE Disdikbud Sulteng", "", "prov-sulawesi-tengah"),
   R("NADINE (Naskah Dinas Elektronik) Dispora", "", "prov-jawa-timur"),
   R("Si-Surat Kankemenag Kab. Bantul", "Pencatatan agenda surat masuk dan surat keluar kantor.", "kemenag"),
   R("Persuratan Online MAN 1 Kota Malang", "", "kemenag"),
   R("e-Disposisi Dinas Pendidikan", "Aplikasi disposisi surat berjenjang dari kepala dinas sampai staf pelaksana.", "prov-kalimantan-selatan"),
   R("Aplikasi Persuratan Terpadu BKKBN", "", "bkkbn"),
   R("Mail Tracking System Kemenko PMK", "Tracking of incoming letters, memos and dispositions between deputies.", "kemenko-pmk"),
   ])

G("lapor", "RAB.09.03", "RAL.01.45", "RAA.01.01",
  ["Pengaduan masyarakat", "Pengelolaan pengaduan", "Layanan aspirasi dan pengaduan", "Penanganan keluhan publik"],
  [R("SP4N-LAPOR!", "Kanal pengaduan pelayanan publik nasional yang terhubung ke seluruh instansi pusat dan daerah.", "kemenpanrb",
     jenis="umum", url="https://www.lapor.go.id"),
   R("Layanan Pengaduan Masyarakat (DUMAS) Kemenag", "", "kemenag"),
   R("Pengaduan Online Disdik Sumut", "Warga melaporkan pungutan liar dan keluhan pelayanan sekolah negeri.", "prov-sumatera-utara"),
   R("SAPA DIKBUD", "Kanal aduan dan aspirasi masyarakat bidang pendidikan dan kebudayaan.", "prov-nusa-tenggara-barat"),
   R("e-Lapor Kanwil Kemenag Jateng", "", "kemenag"),
   R("ULT Kemendikbudristek - Pengaduan", "Unit layanan terpadu yang menerima pertanyaan dan pengaduan masyarakat melalui web.", "kemendikbudristek"),
   R("Aduan Pemuda dan Olahraga", "", "kemenpora"),
   R("SIPENGADU Dispusip", "", "prov-bengkulu"),
   ])

G("siasn", "RAB.09.06", "RAL.02.04", "RAA.01.02",
  ["Kepegawaian", "Manajemen ASN", "Administrasi kepegawaian", "Pengelolaan data pegawai"],
  [R("SIASN", "Sistem informasi ASN nasional untuk pengelolaan data dan layanan kepegawaian.", "bkn", jenis="umum",
     url="https://siasn.bkn.go.id"),
   R("MyASN", "Aplikasi layanan mandiri pegawai untuk melihat dan memperbarui data kepegawaian.", "bkn", jenis="umum"),
   R("SIMPEG Kemenag", "", "kemenag"),
   R("SIMPEG Dispora Prov. Kaltim", "Data pegawai, riwayat pangkat, jabatan dan pendidikan.", "prov-kalimantan-timur"),
   R("SIKEP (Sistem Informasi Kepegawaian) Disdikbud", "", "prov-maluku", trap=True),
   R("SIMPEG v2.1 KemenPPPA", "Pengelolaan kepegawaian: kenaikan pangkat, mutasi, cuti dan pensiun.", "kemenpppa"),
   R("HRIS BKKBN", "Human resource information system for staff records, leave and promotion.", "bkkbn"),
   R("Si-KAPAN (Kenaikan Pangkat Online) Disdik", "Usulan kenaikan pangkat guru ASN dan pegawai dinas secara daring.", "prov-jawa-tengah"),
   ])

G("spse", "RAB.09.02", "RAL.02.06", "RAA.01.02",
  ["Pengadaan barang/jasa", "e-Procurement", "Tender elektronik", "Pengadaan"],
  [R("SPSE", "Sistem pengadaan secara elektronik untuk tender dan seleksi penyedia.", "lkpp", jenis="umum",
     url="https://spse.inaproc.id"),
   R("LPSE Kemenag", "", "kemenag"),
   R("LPSE Kemendikbudristek", "", "kemendikbudristek"),
   R("e-Procurement Dispora Banten", "", "prov-banten"),
   R("e-Tendering Kemenpora", "Tender pengadaan pembangunan dan renovasi venue olahraga.", "kemenpora"),
   R("SIPBJ Disdikbud Papua", "Sistem informasi pengadaan barang jasa dinas.", "prov-papua"),
   ])

G("sipd", "RAB.09.05", "RAL.02.03", "RAA.01.02",
  ["Perencanaan dan penganggaran daerah", "Perencanaan", "Keuangan daerah", "Penyusunan RKA"],
  [R("SIPD", "Sistem informasi pemerintahan daerah untuk perencanaan, penganggaran dan penatausahaan keuangan daerah.",
     "kemendagri", jenis="umum", url="https://sipd.kemendagri.go.id", tag="sipd"),
   R("e-Planning Disdik Jabar", "Penyusunan rencana kerja dan anggaran dinas pendidikan.", "prov-jawa-barat"),
   R("SIMRENDA (Sistem Informasi Perencanaan Daerah)", "", "prov-sulawesi-selatan"),
   R("e-Budgeting Dinas Pendidikan DKI", "", "prov-dki-jakarta"),
   R("Musrenbang Online Bidang PMK", "Usulan musrenbang bidang pendidikan, agama dan kebudayaan dari kecamatan.", "prov-jambi"),
   R("SIMDA Perencanaan", "", "prov-lampung"),
   R("SIMDA Keuangan Disdikbud", "", "prov-sulawesi-barat"),
   ])

G("sakti", "RAB.09.02", "RAL.02.02", "RAA.01.02",
  ["Keuangan satker", "Pengelolaan anggaran", "Akuntansi dan pelaporan keuangan", "Pelaksanaan anggaran"],
  [R("SAKTI", "Sistem aplikasi keuangan tingkat instansi dari perencanaan hingga pelaporan keuangan satuan kerja.",
     "kemenkeu", jenis="umum"),
   R("Aplikasi RKAKL-DIPA Kemenag", "", "kemenag"),
   R("SAS (Sistem Aplikasi Satker) Kemenpora", "", "kemenpora"),
   R("SIMAK-BMN Perpusnas", "Akuntansi barang milik negara tingkat satuan kerja.", "perpusnas", trap=True),
   R("SAIBA MAN 3 Jakarta", "", "kemenag"),
   R("GPP (Gaji Pokok PNS) Kankemenag Kab. Gowa", "Penghitungan gaji induk dan gaji susulan pegawai satker.", "kemenag"),
   R("Aplikasi Keuangan Satker BKKBN", "", "bkkbn"),
   ])

G("esakip", "RAB.09.06", "RAL.02.07", "RAA.01.02",
  ["Akuntabilitas kinerja", "SAKIP", "Pelaporan kinerja instansi"],
  [R("e-SAKIP", "Aplikasi sistem akuntabilitas kinerja instansi pemerintah.", "kemenpanrb", jenis="umum"),
   R("SAKIP Kemenag", "", "kemenag"),
   R("e-Performance Dinas Pendidikan Bali", "Pelaporan capaian indikator kinerja utama dan LKjIP dinas.", "prov-bali"),
   R("Aplikasi LKjIP Disbudpar", "", "prov-sumatera-selatan"),
   R("SAKI (Sistem Akuntabilitas Kinerja) Kemenpora", "", "kemenpora"),
   R("e-SAKIP Kemendikbudristek", "", "kemendikbudristek"),
   R("Lapkin Online BKKBN", "Laporan kinerja triwulanan dan tahunan satuan kerja.", "bkkbn"),
   ])

G("ekinerja", "RAB.09.06", "RAL.02.04", "RAA.02.02",
  ["Kinerja pegawai", "Aktivitas harian pegawai", "Penilaian SKP"],
  [R("e-Kinerja Pemprov Kaltara", "Catatan aktivitas harian pegawai sebagai dasar perhitungan TPP.", "prov-kalimantan-utara"),
   R("SIKERJA Kanwil Kemenag NTT", "", "kemenag"),
   R("e-SKP Kemenpora", "Penyusunan dan penilaian sasaran kinerja pegawai.", "kemenpora"),
   R("Laporan Kinerja Harian (LKH) Perwakilan BKKBN", "", "bkkbn"),
   ], trap=True)

G("satudata", "RAB.09.03", "RAL.02.09", "RAA.01.02",
  ["Portal data", "Data terbuka", "Statistik sektoral", "Katalog data"],
  [R("Satu Data Indonesia (data.go.id)", "Portal katalog data terbuka nasional.", "bappenas", jenis="umum",
     url="https://data.go.id"),
   R("Satu Data Kemenag", "", "kemenag"),
   R("Portal Data Pendidikan Disdik Jatim", "Publikasi dataset pendidikan terbuka per kabupaten/kota dalam format CSV.", "prov-jawa-timur"),
   R("Open Data Kemenpora", "", "kemenpora"),
   R("Satu Data Kebudayaan Disbud DIY", "", "prov-di-yogyakarta"),
   R("SDI PMK (Satu Data Pembangunan Manusia)", "Integrasi dan publikasi data indikator pembangunan manusia lintas K/L.", "kemenko-pmk"),
   R("SIGA (Sistem Informasi Gender dan Anak)", "Penyajian data terpilah gender dan anak untuk perencanaan.", "kemenpppa", trap=True),
   ])

G("ppid", "RAB.09.03", "RAL.01.45", "RAA.01.01",
  ["Keterbukaan informasi publik", "Layanan PPID", "Permohonan informasi"],
  [R("e-PPID Kemenag", "Permohonan informasi publik secara daring beserta keberatan.", "kemenag"),
   R("PPID Kemendikbudristek", "", "kemendikbudristek"),
   R("PPID Dispora Jateng", "", "prov-jawa-tengah"),
   R("e-PID Disdikbud Kaltim", "", "prov-kalimantan-timur"),
   R("PPID BKKBN Online", "Daftar informasi publik dan formulir permintaan informasi.", "bkkbn"),
   ])

G("jdih", "RAB.09.01", "RAL.02.08", "RAA.01.02",
  ["Dokumentasi hukum", "JDIH", "Produk hukum"],
  [R("JDIHN", "Jaringan dokumentasi dan informasi hukum nasional.", "kemenkumham", jenis="umum",
     url="https://jdihn.go.id"),
   R("JDIH Kemenag", "", "kemenag"),
   R("JDIH Kemendikbudristek", "Kumpulan permendikbud, kepmen, surat edaran dan putusan.", "kemendikbudristek"),
   R("Produk Hukum Daerah Biro Hukum Papua Barat", "", "prov-papua-barat"),
   ])

G("sso", "RAB.09.03", "RAL.02.09", "RAA.01.02",
  ["Single sign on", "Autentikasi", "Identitas digital"],
  [R("INApas", "Single sign-on dan dompet identitas digital untuk layanan pemerintah.", "ina-digital", jenis="umum",
     dpi="dpi-identitas-digital"),
   R("Akun Tunggal Kemenag (SSO)", "", "kemenag"),
   R("SSO Kemendikbudristek", "Satu akun untuk masuk ke aplikasi-aplikasi kementerian.", "kemendikbudristek"),
   R("Single Sign On Pemprov Jabar", "", "prov-jawa-barat"),
   R("Login Terpadu Dispora Kalsel", "", "prov-kalimantan-selatan", dpi="identitas digital"),
   ])

G("ikd", "RAB.03.07", "RAL.01.07", "RAA.01.01",
  ["Identitas kependudukan", "KTP digital"],
  [R("IKD (Identitas Kependudukan Digital)", "KTP digital di ponsel yang diterbitkan Dukcapil.", "kemendagri", jenis="umum",
     dpi="dpi-identitas-digital"),
   R("Aktivasi KTP Digital Prov. NTB", "", "prov-nusa-tenggara-barat"),
   R("Identitas Digital Penduduk Papua Tengah", "Pendampingan aktivasi identitas digital penduduk di distrik.", "prov-papua-tengah", dpi="dpi-identitas-digital"),
   ])

G("splp", "RAB.09.03", "RAL.02.09", "RAA.01.02",
  ["Interoperabilitas", "Integrasi data", "API gateway", "Pertukaran data"],
  [R("SPLP", "Sistem penghubung layanan pemerintah sebagai hub API antar instansi.", "komdigi", jenis="umum",
     dpi="dpi-pertukaran-data"),
   R("API Gateway Kemenag", "", "kemenag"),
   R("Bus Data Pendidikan Disdik Jateng", "Pertukaran data antar aplikasi pendidikan memakai web service.", "prov-jawa-tengah"),
   R("ESB Kemendikbudristek", "", "kemendikbudristek", dpi="pertukaran data"),
   R("Gerbang Data Pemprov Sulut", "", "prov-sulawesi-utara"),
   ])

G("simponi", "RAB.09.02", "RAL.02.02", "RAA.01.02",
  ["Pembayaran PNBP", "Penerimaan negara bukan pajak", "Billing"],
  [R("SIMPONI", "Sistem informasi PNBP online untuk pembayaran penerimaan negara bukan pajak.", "kemenkeu", jenis="umum",
     dpi="dpi-pembayaran", tag="simponi"),
   R("e-PNBP Kemenag", "Pembayaran PNBP layanan, termasuk biaya nikah di luar kantor KUA.", "kemenag"),
   R("PNBP Online Perpusnas", "", "perpusnas"),
   R("Billing PNBP ANRI", "", "anri", dpi="pembayaran"),
   R("e-Billing PNBP Kemenpora", "", "kemenpora"),
   ])

# =============================================================== SCHOOLS
G("dapodik", "RAB.06.01", "RAL.01.06", "RAA.01.01",
  ["Data peserta didik", "Data pokok pendidikan", "Pendataan sekolah dan siswa", "Basis data pendidikan"],
  [R("Dapodik", "Data pokok pendidikan: satuan pendidikan, peserta didik, PTK dan rombongan belajar.",
     "kemendikbudristek", jenis="umum", url="https://dapo.kemdikbud.go.id"),
   R("SAKOLA DATA (Data Pokok Pendidikan Jawa Barat)", "", "prov-jawa-barat"),
   R("SIPD - Sistem Informasi Peserta Didik", "Database siswa SMA, SMK dan SLB se-provinsi.", "prov-kepulauan-bangka-belitung", trap=True),
   R("Data Siswa Online Disdikbud Sultra", "", "prov-sulawesi-tenggara"),
   R("Verval PD (NISN)", "Verifikasi dan validasi nomor induk siswa nasional.", "kemendikbudristek"),
   R("SIDATA Pelajar Aceh", "", "prov-aceh"),
   R("Student Information System Dinas Pendidikan DKI", "Central student records for public schools.", "prov-dki-jakarta"),
   R("e-Siswa UPTD SMA", "", "prov-maluku-utara"),
   R("Basis Data Pendidikan (BDP) Papua Tengah", "", "prov-papua-tengah"),
   R("Data Pokok PTK Disdik Sumbar", "Data pendidik dan tenaga kependidikan sekolah negeri dan swasta.", "prov-sumatera-barat"),
   ])

G("sertifikasi", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Sertifikasi guru", "Tunjangan profesi", "Pengembangan profesi guru"],
  [R("SIMPKB", "Sistem informasi manajemen pengembangan keprofesian berkelanjutan, termasuk PPG dan sertifikasi guru.", "kemendikbudristek"),
   R("PPG Daljab Kemenag", "Pendidikan profesi guru dalam jabatan untuk guru madrasah dan PAI.", "kemenag"),
   R("Sertifikasi Guru Madrasah Kanwil Kemenag Jabar", "", "kemenag"),
   R("e-TPG (Tunjangan Profesi Guru) Disdik Jatim", "Verifikasi berkas dan pembayaran tunjangan profesi guru bersertifikat.", "prov-jawa-timur"),
   R("SIMTUN Disdikbud", "", "prov-sulawesi-selatan"),
   R("SIMGAPAI", "Pengelolaan sertifikasi dan tunjangan profesi guru PAI di sekolah umum.", "kemenag"),
   R("Teacher Certification Monitoring Disdik Bali", "", "prov-bali"),
   ])

G("absensi_guru", "RAB.06.01", "RAL.02.04", "RAA.02.02",
  ["Presensi guru", "Kehadiran pendidik", "Absensi"],
  [R("Presensi Guru Online Disdik Jateng", "Absensi guru berbasis lokasi dan swafoto di sekolah.", "prov-jawa-tengah"),
   R("e-Presensi GTK", "", "prov-kalimantan-tengah"),
   R("Absen Guru MTsN 1 Pekanbaru", "", "kemenag"),
   R("HAGU (Hadir Guru)", "", "prov-nusa-tenggara-timur"),
   R("Teacher Attendance App", "Face recognition attendance for teachers in provincial high schools.", "prov-banten"),
   ], trap=True)

G("ppdb", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Penerimaan peserta didik baru", "PPDB", "Seleksi siswa baru"],
  [R("PPDB Online Jatim", "Pendaftaran dan seleksi peserta didik baru SMA/SMK negeri jalur zonasi, afirmasi dan prestasi.", "prov-jawa-timur"),
   R("PPDB Jabar", "", "prov-jawa-barat"),
   R("SPMB (Sistem Penerimaan Murid Baru) DKI", "", "prov-dki-jakarta"),
   R("e-PPDB Disdikbud Kalbar", "", "prov-kalimantan-barat"),
   R("PPDB Madrasah Negeri Kota", "Pendaftaran siswa baru MI, MTs dan MA negeri secara daring.", "kemenag"),
   R("Pendaftran Siswa Baru SLB", "", "prov-riau"),
   R("New Student Admission Bali", "", "prov-bali"),
   ])

G("erapor", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Penilaian hasil belajar", "Rapor", "Pengolahan nilai"],
  [R("e-Rapor SMA", "Penyusunan nilai dan cetak rapor kurikulum merdeka.", "kemendikbudristek"),
   R("eRapor Madrasah", "", "kemenag"),
   R("Rapor Digital Disdik Sulteng", "", "prov-sulawesi-tengah"),
   R("Raport Online SLB", "", "prov-jambi"),
   R("ANR (Aplikasi Nilai dan Rapor) MAN 2 Kendari", "", "kemenag"),
   R("Buku Laporan Hasil Belajar Elektronik", "Pengisian nilai oleh guru mapel dan wali kelas serta pencetakan laporan semester.", "prov-kepulauan-riau"),
   ])

G("bos", "RAB.06.01", "RAL.02.02", "RAA.02.01",
  ["Dana BOS", "Perencanaan dan pelaporan anggaran sekolah", "Bantuan operasional sekolah"],
  [R("ARKAS", "Aplikasi rencana kegiatan dan anggaran sekolah; penyusunan RKAS dan pelaporan penggunaan dana BOS.", "kemendikbudristek"),
   R("BOS Salur", "", "kemendikbudristek"),
   R("Pelaporan Dana BOS Disdik Jabar", "", "prov-jawa-barat"),
   R("e-RKAM (Rencana Kegiatan dan Anggaran Madrasah)", "Perencanaan dan pertanggungjawaban BOS madrasah.", "kemenag"),
   R("SIMBOS Kalsel", "", "prov-kalimantan-selatan"),
   R("Monitoring BOSDA (BOS Daerah)", "", "prov-dki-jakarta"),
   R("Aplikasi BOP PAUD", "Pelaporan bantuan operasional penyelenggaraan PAUD.", "kemendikbudristek"),
   ])

G("sarpras", "RAB.06.01", "RAL.02.06", "RAA.02.02",
  ["Sarana prasarana sekolah", "Inventaris sekolah", "Pemetaan kondisi sekolah"],
  [R("Sistem Informasi Sarpras Sekolah", "Pemetaan kondisi ruang kelas, laboratorium dan kebutuhan rehabilitasi sekolah.", "prov-jawa-tengah"),
   R("e-Sarpras Disdik NTB", "", "prov-nusa-tenggara-barat"),
   R("Pendataan Kerusakan Ruang Kelas", "", "prov-sulawesi-tengah"),
   R("SARPRAS Madrasah", "Data kondisi gedung dan kebutuhan rehab madrasah negeri.", "kemenag"),
   R("School Infrastructure Mapping", "", "kemendikbudristek"),
   R("SIMAS - Sistem Informasi Manajemen Aset Sekolah", "Inventaris meja, kursi, komputer dan ruang per sekolah.", "prov-bengkulu", trap=True),
   ])

G("bmd", "RAB.09.02", "RAL.02.02", "RAA.01.02",
  ["Barang milik daerah", "Penatausahaan aset", "Aset daerah"],
  [R("SIMDA BMD Disdikbud", "", "prov-kalimantan-tengah"),
   R("e-Aset Pemprov Gorontalo", "Penatausahaan barang milik daerah: KIB, mutasi dan penyusutan.", "prov-gorontalo"),
   R("SIMBADA Dispora", "", "prov-jawa-timur"),
   R("SIBMD (Sistem Informasi Barang Milik Daerah)", "", "prov-sumatera-utara"),
   R("Aset Daerah Online UPTD Museum", "", "prov-sumatera-selatan"),
   ])

G("cbt", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Asesmen berbasis komputer", "Ujian daring", "Penyelenggaraan ujian"],
  [R("ANBK", "Asesmen nasional berbasis komputer untuk literasi, numerasi dan survei karakter.", "kemendikbudristek"),
   R("AKMI (Asesmen Kompetensi Madrasah Indonesia)", "", "kemenag"),
   R("CBT Ujian Sekolah Disdik Jabar", "", "prov-jawa-barat"),
   R("UM-CBT Madrasah", "", "kemenag"),
   R("Computer Based Test SMK", "Server ujian lokal untuk ujian semester dan ujian sekolah.", "prov-sumatera-utara"),
   ])

G("akred_sekolah", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Akreditasi sekolah", "Penjaminan mutu"],
  [R("Sispena-S/M", "Sistem penilaian akreditasi sekolah/madrasah BAN-S/M.", "kemendikbudristek"),
   R("Akreditasi Madrasah Online", "", "kemenag"),
   R("Akreditasi BAP-S/M Provinsi Sulsel", "", "prov-sulawesi-selatan"),
   R("e-Akreditasi PAUD", "", "kemendikbudristek"),
   ], trap=True)

# =============================================================== HIGHER ED
G("pmb", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Penerimaan mahasiswa baru", "Seleksi masuk perguruan tinggi"],
  [R("SNPMB", "Seleksi nasional penerimaan mahasiswa baru PTN jalur SNBP dan SNBT.", "kemendikbudristek",
     url="https://snpmb.bppp.kemdikbud.go.id"),
   R("SPAN-PTKIN", "Seleksi prestasi akademik nasional masuk perguruan tinggi keagamaan Islam negeri.", "kemenag", trap=True),
   R("UM-PTKIN", "", "kemenag"),
   R("PMB Online UIN Alauddin", "", "kemenag"),
   R("e-Admission PTN", "Online admission for undergraduate and postgraduate programmes.", "kemendikbudristek"),
   R("Pendaftaran Mahasiswa Baru Politeknik Daerah Kaltim", "", "prov-kalimantan-timur"),
   ])

G("siakad", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Sistem akademik", "Administrasi akademik", "KRS dan nilai"],
  [R("SIAKAD UIN", "Sistem akademik: KRS, jadwal kuliah, nilai dan transkrip mahasiswa.", "kemenag"),
   R("Sistem Informasi Akademik Politeknik", "", "kemendikbudristek"),
   R("SIAKAD Cloud STAIN", "", "kemenag"),
   R("Academic Information System (AIS) IAIN", "Course registration, grading and transcripts.", "kemenag"),
   R("SIMAK (Sistem Informasi Manajemen Akademik) Poltekkes", "", "kemenkes", trap=True),
   R("SIAKAD Akademi Komunitas Babel", "", "prov-kepulauan-bangka-belitung"),
   ])

G("dosen", "RAB.06.01", "RAL.02.04", "RAA.02.01",
  ["Data dosen", "Beban kerja dosen", "Sumber daya dosen"],
  [R("SISTER", "Sumber daya terintegrasi: data dosen, riwayat pendidikan dan beban kerja dosen.", "kemendikbudristek"),
   R("SIMDOS UIN", "", "kemenag"),
   R("BKD Online (Beban Kerja Dosen)", "", "kemenag"),
   R("Data Dosen Politeknik", "", "kemendikbudristek"),
   R("Lecturer Profile System", "", "kemenag"),
   ])

G("akred_pt", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Akreditasi perguruan tinggi", "Akreditasi program studi"],
  [R("SAPTO", "Sistem akreditasi perguruan tinggi online BAN-PT.", "kemendikbudristek"),
   R("SIMAKRED LAM", "", "kemendikbudristek"),
   R("Pengajuan Akreditasi Prodi PTKI", "", "kemenag"),
   R("e-Akreditasi LAMDIK", "", "kemendikbudristek"),
   R("Akreditasi LAM-PTKes", "", "kemenkes"),
   ])

G("beasiswa", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Beasiswa", "Bantuan biaya pendidikan", "Seleksi penerima beasiswa"],
  [R("KIP Kuliah", "Bantuan biaya pendidikan bagi mahasiswa dari keluarga tidak mampu.", "kemendikbudristek"),
   R("Beasiswa Kaltim Tuntas", "", "prov-kalimantan-timur"),
   R("SIBEA (Sistem Informasi Beasiswa)", "", "prov-jawa-tengah"),
   R("PBSB (Beasiswa Santri Berprestasi)", "", "kemenag"),
   R("Scholarship Portal Pemprov Riau", "Online application and selection for provincial scholarships.", "prov-riau"),
   R("Beasiswa Otsus Papua", "", "prov-papua"),
   R("Bandikmahasiswa Babel", "Bantuan pendidikan mahasiswa asal daerah di perguruan tinggi.", "prov-kepulauan-bangka-belitung"),
   ])

# =============================================================== RELIGION
G("emis", "RAB.08.01", "RAL.01.06", "RAA.02.01",
  ["Data madrasah", "Pendataan lembaga madrasah", "Basis data pendidikan madrasah"],
  [R("EMIS Madrasah", "Education management information system: data lembaga, siswa dan guru madrasah.", "kemenag"),
   R("EMIS 4.0 Kanwil Kemenag Jatim", "", "kemenag"),
   R("Data Madrasah Kankemenag Kab. Garut", "", "kemenag"),
   R("SIDAMAR (Sistem Data Madrasah)", "Rekap data siswa dan rombel madrasah ibtidaiyah hingga aliyah di provinsi.", "kemenag", trap=True),
   R("Sistem Data Madrasah Terpadu Aceh", "", "prov-aceh"),
   R("Madrasah Information System (MIS)", "Records of madrasah, students and teachers for Kanwil reporting.", "kemenag"),
   ])

G("pesantren", "RAB.08.01", "RAL.01.06", "RAA.02.01",
  ["Data pesantren", "Pendataan pondok pesantren", "Registrasi pesantren"],
  [R("SIPONTREN", "Data pondok pesantren, santri, kyai dan izin operasional.", "kemenag"),
   R("Pendataan Pesantren Jabar", "", "prov-jawa-barat"),
   R("Izin Operasional Pesantren Online", "", "kemenag"),
   R("Database Dayah dan Santri Aceh", "Data dayah, santri dan teungku dayah se-Aceh.", "prov-aceh"),
   R("e-Pesantren Jatim", "", "prov-jawa-timur"),
   R("Pondok Pesantren Registry Banten", "", "prov-banten"),
   ])

G("ngaji", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Insentif guru ngaji", "Pendataan guru mengaji"],
  [R("Insentif Guru Ngaji Sumsel", "Pendataan dan penyaluran insentif bagi guru mengaji TPA/TPQ.", "prov-sumatera-selatan"),
   R("SIGANJI (Sistem Informasi Guru Ngaji)", "", "prov-banten", trap=True),
   R("Data Guru TPQ Kankemenag", "", "kemenag"),
   R("Bisyarah Guru Ngaji Jabar", "Honor bulanan guru ngaji yang terverifikasi desa dan kecamatan.", "prov-jawa-barat"),
   R("Registrasi Ustadz/Ustadzah Al-Quran Kalsel", "", "prov-kalimantan-selatan"),
   R("Insentif Guru Mengaji Riau", "", "prov-riau"),
   ])

G("haji", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Pendaftaran haji", "Kuota dan porsi haji", "Penyelenggaraan haji"],
  [R("SISKOHAT", "Sistem komputerisasi haji terpadu: pendaftaran, nomor porsi dan kuota jemaah haji.", "kemenag"),
   R("Siskohat Kanwil Kemenag Sulsel", "", "kemenag"),
   R("Pendaftaran Haji Reguler Kankemenag", "", "kemenag"),
   R("Info Porsi & Estimasi Keberangkatan Haji", "", "kemenag"),
   R("Sistem Kuota Haji Provinsi", "Pembagian dan pemantauan kuota haji per kabupaten/kota.", "kemenag"),
   R("Pendaftaran Jemaah Haji Khusus", "", "kemenag"),
   ])

G("umrah", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Perizinan PPIU", "Pengawasan penyelenggara umrah", "Izin travel umrah"],
  [R("SIPATUH", "Sistem informasi pengawasan terpadu umrah dan haji khusus: perizinan dan pelaporan PPIU/PIHK.", "kemenag"),
   R("Perizinan PPIU Online", "", "kemenag"),
   R("Akreditasi dan Izin Travel Umroh", "", "kemenag"),
   R("Umrah Watch (Monitoring Penyelenggara Umrah)", "Pemantauan kepatuhan biro perjalanan umrah berizin.", "kemenag"),
   ], trap=True)

G("nikah", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Pencatatan nikah", "Layanan KUA", "Administrasi pernikahan"],
  [R("SIMKAH", "Sistem informasi manajemen nikah: pendaftaran, pemeriksaan dan akta nikah di KUA.", "kemenag"),
   R("SIMKAH Web 4", "", "kemenag"),
   R("Pendaftaran Nikah Online KUA", "", "kemenag"),
   R("e-Nikah Kankemenag Kab. Sleman", "", "kemenag"),
   R("Layanan Pencatatan Perkawinan Digital", "", "kemenag"),
   R("Kartu Nikah Digital", "Penerbitan kartu nikah elektronik pasangan yang menikah di KUA.", "kemenag"),
   ])

G("halal", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Sertifikasi halal", "Jaminan produk halal"],
  [R("SIHALAL", "Layanan pengajuan sertifikasi halal BPJPH.", "kemenag"),
   R("SEHATI (Sertifikasi Halal Gratis) Jatim", "", "prov-jawa-timur"),
   R("PTSP Halal Kanwil", "", "kemenag"),
   R("Halal Certification Tracking", "", "kemenag"),
   R("Pendaftaran Sertifikat Halal UMKM Pangan", "Pengajuan self declare produk pangan UMKM ke BPJPH.", "prov-sumatera-barat"),
   ])

G("zakat", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Pengelolaan zakat", "Penghimpunan ZIS", "Pendistribusian zakat"],
  [R("SIMBA BAZNAS", "Sistem informasi manajemen BAZNAS: penghimpunan dan pendistribusian zakat, infak, sedekah.", "kemenag"),
   R("e-Zakat Pemprov Kalsel", "", "prov-kalimantan-selatan"),
   R("ZIS Online Baitul Mal Aceh", "", "prov-aceh"),
   R("Penghimpunan ZIS Digital Sumbar", "", "prov-sumatera-barat"),
   R("Zakat Management System", "", "prov-riau"),
   R("Tasyaruf Zakat Mustahik", "Penyaluran zakat kepada mustahik berdasarkan delapan asnaf.", "prov-jawa-barat"),
   ])

G("wakaf", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Pengelolaan wakaf", "Pendataan tanah wakaf"],
  [R("SIWAK (Sistem Informasi Wakaf)", "Pendataan dan sertifikasi tanah wakaf.", "kemenag", trap=True),
   R("Data Tanah Wakaf Kanwil", "", "kemenag"),
   R("Ikrar Wakaf Online", "Pencatatan akta ikrar wakaf dan nazhir di KUA.", "kemenag"),
   R("Sertifikasi Tanah Wakaf Pemprov Jatim", "", "prov-jawa-timur"),
   ])

G("bansos", "RAB.04.01", "RAL.01.30", "RAA.01.01",
  ["Bantuan sosial", "Data terpadu kesejahteraan sosial"],
  [R("SIKS-NG", "Sistem informasi kesejahteraan sosial: pengelolaan DTKS dan usulan bantuan sosial.", "kemensos", jenis="umum"),
   R("DTKS Daerah Dinsos Jateng", "", "prov-jawa-tengah"),
   R("e-Bansos Pemprov Banten", "Penyaluran bantuan sosial daerah bagi keluarga miskin.", "prov-banten"),
   R("Bansos Tunai Terpadu", "", "prov-sulawesi-utara"),
   R("SIBANSOS Maluku", "", "prov-maluku"),
   ])

G("ibadah", "RAB.08.01", "RAL.01.38", "RAA.02.01",
  ["Data rumah ibadah", "Pendataan masjid", "Registrasi rumah ibadah"],
  [R("SIMAS (Sistem Informasi Masjid)", "Pendataan masjid dan musala: profil, takmir dan kegiatan.", "kemenag", trap=True),
   R("Data Rumah Ibadah Kanwil", "", "kemenag"),
   R("Pendataan Gereja Bimas Kristen", "", "kemenag"),
   R("SIPURA - Data Pura Bimas Hindu", "", "kemenag"),
   R("Profil Masjid dan Musala Sumbar", "", "prov-sumatera-barat"),
   R("House of Worship Registry", "Registry of mosques, churches and temples by district.", "prov-sulawesi-utara"),
   ])

G("penyuluh", "RAB.08.01", "RAL.01.38", "RAA.02.02",
  ["Penyuluhan agama", "Kinerja penyuluh agama"],
  [R("e-Penyuluh Agama Islam", "Laporan kegiatan dan kinerja penyuluh agama Islam non-PNS.", "kemenag"),
   R("SI Penyuluh Kanwil Kemenag Sultra", "", "kemenag"),
   R("BIMLUH (Bimbingan dan Penyuluhan Agama)", "", "kemenag"),
   R("Penyuluh Agama Kristen Online", "", "kemenag"),
   R("Laporan Penyuluh Agama Hindu", "", "kemenag"),
   ])

# =============================================================== CULTURE
G("cagar", "RAB.08.02", "RAL.01.39", "RAA.02.01",
  ["Registrasi cagar budaya", "Pelestarian cagar budaya", "Inventarisasi situs"],
  [R("Registrasi Nasional Cagar Budaya", "Pendaftaran, verifikasi dan penetapan objek cagar budaya.", "kemendikbudristek"),
   R("SIM Cagar Budaya Jateng", "", "prov-jawa-tengah"),
   R("Data ODCB Disbudpar Sulsel", "", "prov-sulawesi-selatan"),
   R("Heritage Inventory Bali", "", "prov-bali"),
   R("Pendataan Situs Sejarah Malut", "Inventarisasi benteng, makam raja dan situs sejarah.", "prov-maluku-utara"),
   R("SIREKA (Sistem Registrasi Cagar Budaya Kabupaten)", "", "prov-jawa-timur"),
   ])

G("wbtb", "RAB.08.02", "RAL.01.39", "RAA.02.01",
  ["Warisan budaya takbenda"],
  [R("Pencatatan Warisan Budaya Takbenda", "Pencatatan tradisi lisan, adat istiadat dan seni pertunjukan untuk penetapan WBTB.", "kemendikbudristek"),
   R("WBTB Sumbar", "", "prov-sumatera-barat"),
   ], trap=True)

G("museum_tiket", "RAB.08.02", "RAL.01.39", "RAA.02.01",
  ["Tiket museum", "Reservasi kunjungan"],
  [R("Tiket Museum Nasional Online", "Pemesanan tiket masuk museum secara daring dengan kode QR.", "kemendikbudristek"),
   R("e-Ticketing Museum Provinsi Jabar", "", "prov-jawa-barat"),
   R("Reservasi Kunjungan Museum Sonobudoyo", "", "prov-di-yogyakarta"),
   R("Museum Booking System Kaltim", "", "prov-kalimantan-timur"),
   R("Tiket Taman Budaya & Museum UPTD", "", "prov-sumatera-utara"),
   ])

G("koleksi_museum", "RAB.08.02", "RAL.01.39", "RAA.02.02",
  ["Koleksi museum"],
  [R("Inventaris Koleksi Museum", "Registrasi dan katalogisasi benda koleksi museum daerah.", "prov-nusa-tenggara-timur"),
   R("SIMUSEUM Koleksi", "", "kemendikbudristek"),
   ], trap=True)

G("seniman", "RAB.08.02", "RAL.01.39", "RAA.02.01",
  ["Pendataan seniman", "Registrasi pelaku seni"],
  [R("Registrasi Pelaku Seni (Nomor Induk Seniman)", "", "prov-jawa-timur"),
   R("Data Pelaku Seni & Budaya Disbud Bali", "Pendataan seniman, sekaa dan sanggar seni.", "prov-bali"),
   R("SIKESENIAN Kalbar", "", "prov-kalimantan-barat"),
   R("Database Seniman Betawi", "", "prov-dki-jakarta"),
   R("Pendataan Sanggar Seni Aceh", "", "prov-aceh"),
   R("Kartu Seniman Digital", "Kartu identitas seniman yang terdaftar di dinas kebudayaan.", "prov-jawa-tengah"),
   ])

G("event_budaya", "RAB.08.02", "RAL.01.39", "RAA.02.01",
  ["Kalender event", "Agenda budaya"],
  [R("Kalender Event Budaya", "", "prov-di-yogyakarta"),
   R("Agenda Kesenian Bali", "", "prov-bali"),
   R("Jadwal Festival & Pagelaran Jabar", "Informasi jadwal festival, pagelaran dan lomba seni.", "prov-jawa-barat"),
   R("Kharisma Event Nusantara Calendar", "Calendar of curated cultural and tourism events.", "kemenparekraf"),
   R("Info Pagelaran Seni Budaya Sumbar", "", "prov-sumatera-barat"),
   ])

# =============================================================== LIBRARIES & ARCHIVES
G("katalog", "RAB.08.02", "RAL.01.40", "RAA.01.01",
  ["Otomasi perpustakaan", "Katalog perpustakaan", "Sirkulasi"],
  [R("INLISLite", "Aplikasi otomasi perpustakaan: katalog, sirkulasi dan keanggotaan.", "perpusnas", jenis="umum"),
   R("OPAC Dispusip Jabar", "", "prov-jawa-barat"),
   R("SLiMS Perpustakaan MAN 1", "", "kemenag"),
   R("Katalog Online Perpusda Kalteng", "", "prov-kalimantan-tengah"),
   R("Sistem Otomasi Perpustakaan UIN", "", "kemenag"),
   R("Library Management System Dispusip Kaltara", "", "prov-kalimantan-utara"),
   R("INLIS Lite v3.2 Perpusda Sultra", "", "prov-sulawesi-tenggara"),
   R("e-Katalog Perpustakaan Sekolah", "Penelusuran koleksi buku perpustakaan sekolah.", "prov-lampung", trap=True),
   ])

G("perpus_digital", "RAB.08.02", "RAL.01.40", "RAA.02.01",
  ["Perpustakaan digital", "Peminjaman e-book"],
  [R("iPusnas", "Aplikasi perpustakaan digital untuk meminjam buku elektronik.", "perpusnas"),
   R("e-Pustaka DKI", "", "prov-dki-jakarta"),
   R("Perpustakaan Digital Jatim", "", "prov-jawa-timur"),
   R("Pustaka Digital Madrasah", "", "kemenag"),
   R("Sulsel Digital Library", "", "prov-sulawesi-selatan"),
   ])

G("arsip_statis", "RAB.09.07", "RAL.02.06", "RAA.01.02",
  ["Arsip statis", "Layanan kearsipan", "Akses arsip"],
  [R("SIKN/JIKN", "Sistem informasi kearsipan nasional: akses arsip statis dan daftar arsip.", "anri", jenis="umum"),
   R("Arsip Statis Dispusip Jateng", "", "prov-jawa-tengah"),
   R("SIDAMAR (Sistem Informasi Data Arsip dan Manuskrip) Riau", "", "prov-riau", trap=True),
   R("Khazanah Arsip Sumbar", "Digitalisasi dan penelusuran khazanah arsip statis daerah.", "prov-sumatera-barat"),
   R("Khazanah Arsip Kemenag", "", "kemenag"),
   ])

# =============================================================== YOUTH & SPORTS
G("atlet", "RAB.08.03", "RAL.01.41", "RAA.02.01",
  ["Data atlet", "Pembinaan prestasi olahraga"],
  [R("SIMORA (Sistem Informasi Manajemen Olahraga Prestasi)", "Pendataan atlet dan catatan prestasi.", "kemenpora"),
   R("SI Atlet Dispora Jabar", "", "prov-jawa-barat"),
   R("Data Atlet KONI Prov. Kaltim", "", "prov-kalimantan-timur"),
   R("e-Atlet Sulsel", "", "prov-sulawesi-selatan"),
   R("Pembinaan Atlet Pelajar (PPLP) Aceh", "", "prov-aceh"),
   R("Athlete Performance Database", "Training loads, test results and competition records of national athletes.", "kemenpora"),
   ])

G("booking_or", "RAB.08.03", "RAL.01.41", "RAA.02.01",
  ["Sewa sarana olahraga", "Booking venue"],
  [R("Booking GOR Online", "Pemesanan jadwal penggunaan gedung olahraga.", "prov-jawa-tengah"),
   R("Sewa Stadion & Lapangan", "", "prov-kalimantan-selatan"),
   R("Reservasi Venue Olahraga Kemenpora", "", "kemenpora"),
   R("e-Sewa Sarana Olahraga UPTD", "", "prov-sumatera-utara"),
   ], trap=True)

G("okp", "RAB.08.03", "RAL.01.41", "RAA.02.01",
  ["Organisasi kepemudaan", "Pendataan OKP"],
  [R("SIKEP (Sistem Informasi Kepemudaan)", "Pendataan organisasi kepemudaan dan pengurusnya.", "prov-sulawesi-tenggara", trap=True),
   R("Registrasi OKP Dispora Jatim", "", "prov-jawa-timur"),
   R("Data Organisasi Kepemudaan Kemenpora", "", "kemenpora"),
   R("Youth Organization Registry", "", "prov-bali"),
   R("Verifikasi OKP Online", "", "prov-jambi"),
   ])

# =============================================================== PAUD, PPPA, KB
G("paud", "RAB.06.01", "RAL.01.06", "RAA.02.01",
  ["Tumbuh kembang anak usia dini", "PAUD holistik integratif"],
  [R("PAUD HI Monitoring", "Pemantauan tumbuh kembang anak di lembaga PAUD terintegrasi posyandu.", "kemendikbudristek"),
   R("SDIDTK PAUD Online", "", "prov-nusa-tenggara-timur"),
   R("Kartu Kembang Anak Digital", "", "prov-jawa-barat"),
   R("Tumbuh Kembang Anak Usia Dini Sumut", "", "prov-sumatera-utara"),
   ])

G("simfoni", "RAB.04.02", "RAL.01.31", "RAA.01.01",
  ["Pencatatan kasus kekerasan", "Perlindungan perempuan dan anak", "Layanan korban kekerasan"],
  [R("SIMFONI-PPA", "Sistem informasi online perlindungan perempuan dan anak: pencatatan dan pelaporan kasus kekerasan.", "kemenpppa", trap=True),
   R("SAPA 129 (Lapor Kekerasan)", "", "kemenpppa"),
   R("Pengaduan Kekerasan Perempuan UPTD PPA Jabar", "", "prov-jawa-barat"),
   R("Sistem Pencatatan Kasus UPTD PPA", "", "prov-nusa-tenggara-barat"),
   R("Case Management Kekerasan Anak", "Case intake, referral and follow-up of child abuse victims.", "prov-dki-jakarta"),
   R("Lapor Kekerasan Seksual di Madrasah dan Pesantren", "", "kemenag", trap=True),
   R("SIMFONI-PPA Dinas P3A Papua Selatan", "", "prov-papua-selatan"),
   ])

G("siga_kb", "RAB.03.07", "RAL.01.07", "RAA.02.01",
  ["Pendataan keluarga", "Pelaporan pelayanan KB"],
  [R("SIGA (Sistem Informasi Keluarga)", "Pencatatan dan pelaporan program Bangga Kencana: pendataan keluarga dan pelayanan KB.", "bkkbn", trap=True),
   R("New SIGA", "", "bkkbn"),
   R("Pendataan Keluarga PK21", "", "bkkbn"),
   R("Laporan Pelayanan KB Online", "", "prov-jawa-timur"),
   R("Data Keluarga Berencana DP3AKB", "", "prov-papua-barat-daya"),
   ])

# =============================================================== SINGLETONS
T = dict(trap=True)
SINGLES += [
    # generic names in unrelated agencies
    R("SMS Gateway", "Pengiriman notifikasi jadwal keberangkatan kloter ke jemaah haji.", "kemenag", f="Notifikasi", **T),
    R("SMS Gateway Disdik", "Broadcast pengumuman kelulusan ke orang tua siswa.", "prov-lampung", **T),
    R("SMS Gateway", "", "bkkbn", **T),
    R("SMS Blast Dispora", "", "prov-jawa-barat", **T),
    R("SMS Gateway Dinas Perpustakaan", "Notifikasi undangan rapat kepada pegawai.", "prov-jambi", f="Komunikasi internal", **T),
    R("Dashboard Pendidikan", "Visualisasi indikator APK, APM dan angka putus sekolah untuk pimpinan daerah.", "prov-jawa-tengah", f="Dashboard eksekutif", **T),
    R("Dashboard Eksekutif Kemenko PMK", "", "kemenko-pmk", **T),
    R("Dashboard Haji", "Pemantauan kedatangan dan kepulangan kloter jemaah haji.", "kemenag", **T),
    R("Dashboard", "", "kemenpora", **T),
    R("Dashboard Stunting", "", "prov-nusa-tenggara-timur", f="Monitoring", **T),
    R("Dashboard Bangga Kencana", "", "prov-kalimantan-selatan", **T),
    R("Website Resmi Kemenag", "", "kemenag", f="Portal informasi", **T),
    R("Website Resmi Dispora", "", "prov-sulawesi-tengah", **T),
    R("Website Resmi MAN 2 Kota Padang", "", "kemenag", **T),
    R("Website Perpustakaan Nasional", "", "perpusnas", f="Informasi publik", **T),
    R("Portal Resmi Disbudpar Maluku", "Profil dinas, berita dan pengumuman.", "prov-maluku", **T),
    R("Website Museum Negeri NTB", "", "prov-nusa-tenggara-barat", **T),
    R("Aplikasi Mobile Kemenag", "", "kemenag", **T),
    R("Aplikasi Mobile Disdik", "Aplikasi informasi sekolah untuk orang tua.", "prov-sumatera-selatan", **T),
    R("Aplikasi Mobile Pemuda", "", "kemenpora", **T),
    R("Aplikasi Mobile KemenPPPA", "", "kemenpppa", f="Layanan informasi", **T),
    R("Helpdesk TIK Kemenag", "", "kemenag", f="Dukungan TIK"),
    R("Video Conference Kemenko PMK", "", "kemenko-pmk"),
    R("Email Dinas Disdikbud", "", "prov-maluku-utara"),
    # same acronym, unrelated function
    R("SPAN", "Sistem perbendaharaan dan anggaran negara.", "kemenkeu", jenis="umum", f="Perbendaharaan",
      rab="RAB.09.02", **T),
    R("SIPATUH (Sistem Informasi Pelanggaran Tata Tertib Siswa)", "Pencatatan poin pelanggaran dan pembinaan disiplin siswa.", "prov-kalimantan-tengah", **T),
    R("SISTER (Sistem Informasi Rujukan Terpadu)", "", "kemenkes", f="Rujukan pasien", **T),
    R("SIMBA (Sistem Informasi Manajemen Bahasa)", "Pendaftaran dan hasil uji kemahiran berbahasa Indonesia (UKBI).", "kemendikbudristek", **T),
    R("SIWAK (Sistem Informasi Wawasan Kebangsaan)", "", "bpip", f="Pembinaan ideologi", **T),
    R("SIGANJI (Sistem Informasi Gaji dan Insentif) Dispora", "", "prov-sulawesi-utara", **T),
    # neighbouring functions that stay apart
    R("Whistleblowing System (WBS) Itjen Kemenag", "Pelaporan pelanggaran dan dugaan korupsi oleh pegawai secara rahasia.", "kemenag",
      f="Pengawasan internal", tag="wbs", **T),
    R("SiRUP", "Sistem informasi rencana umum pengadaan.", "lkpp", jenis="umum", tag="sirup", rab="RAB.09.02", **T),
    R("ATS (Anak Tidak Sekolah) Tracking", "Pendataan dan penjangkauan anak usia sekolah yang putus sekolah.", "prov-jawa-barat", **T),
    R("Absensi Siswa Digital", "Presensi siswa harian dengan kartu RFID.", "prov-kepulauan-riau", f="Presensi siswa", **T),
    R("Rapor Pendidikan", "Platform evaluasi mutu satuan pendidikan berbasis hasil asesmen nasional.", "kemendikbudristek", **T),
    R("Manasik Haji Digital", "Materi dan jadwal bimbingan manasik bagi calon jemaah.", "kemenag", f="Bimbingan jemaah", **T),
    R("Izin Biro Perjalanan Wisata", "", "prov-bali", f="Perizinan usaha pariwisata", **T),
    R("Bimwin (Bimbingan Perkawinan) Online", "", "kemenag", **T),
    R("Elsimil", "Aplikasi pendampingan calon pengantin: skrining kesehatan siap nikah dan siap hamil.", "bkkbn",
      tag="elsimil", **T),
    R("Wisata Halal NTB", "Direktori destinasi, restoran dan hotel ramah muslim.", "prov-nusa-tenggara-barat", **T),
    R("Hibah Rumah Ibadah", "Pengajuan proposal hibah pembangunan dan renovasi rumah ibadah.", "prov-sumatera-utara", f="Hibah", **T),
    R("e-Visum Penyuluh KB", "", "bkkbn", **T),
    R("Data Sarana dan Prasarana Olahraga", "Inventarisasi lapangan, GOR dan stadion milik daerah.", "prov-jawa-tengah", **T),
    R("e-PPGBM", "", "kemenkes", f="Gizi dan stunting", **T),
    R("Izin Operasional PAUD", "", "prov-jawa-timur", f="Perizinan", **T),
    R("KIA (Kartu Identitas Anak) Online", "", "prov-kepulauan-riau", **T),
    R("Bonus Atlet Berprestasi", "Penyaluran bonus bagi atlet dan pelatih peraih medali.", "kemenpora", **T),
    R("Penghargaan Pemuda Pelopor", "", "kemenpora", **T),
    R("Data Anggota Pramuka Kwarda", "", "prov-sulawesi-utara", f="Kepramukaan", **T),
    R("Kalender Pendidikan Disdik Jatim", "Penetapan hari efektif belajar dan libur sekolah.", "prov-jawa-timur", **T),
    R("Taman Bacaan Masyarakat (TBM) Registry", "", "prov-kalimantan-barat", **T),
    R("OJS Jurnal UIN", "", "kemenag", f="Publikasi jurnal ilmiah", **T),
    R("SKPI UIN", "Surat keterangan pendamping ijazah lulusan.", "kemenag", **T),
    R("Porprov Registration", "Pendaftaran kontingen dan atlet Pekan Olahraga Provinsi.", "prov-jawa-barat", **T),
    R("Penilaian Sekolah Adiwiyata", "", "prov-jawa-tengah", f="Lingkungan hidup sekolah"),
    # other rows with no duplicate in the inventory
    R("Sistem Informasi Penghayat Kepercayaan", "Pendataan organisasi penghayat kepercayaan terhadap Tuhan YME.", "kemendikbudristek"),
    R("Kamus Daring Bahasa Daerah", "", "prov-sulawesi-selatan", f="Kebahasaan"),
    R("Pengelolaan Asrama Haji Embarkasi", "", "kemenag"),
    R("e-Monev DAK Fisik Pendidikan", "Pemantauan realisasi fisik dan keuangan DAK bidang pendidikan.", "kemendikbudristek"),
    R("Diklat Guru Online", "", "prov-jawa-tengah", f="Pelatihan guru"),
    R("Layanan Bimbingan Konseling Siswa", "", "prov-dki-jakarta"),
    R("Sistem Informasi Asrama Mahasiswa Daerah", "Penempatan dan iuran asrama mahasiswa asal daerah di kota studi.", "prov-papua-pegunungan"),
    R("Gerakan Literasi Daerah", "", "prov-kalimantan-timur"),
    R("SIKUB (Sistem Informasi Kerukunan Umat Beragama)", "Pemetaan potensi konflik dan kegiatan FKUB.", "kemenag", f="Kerukunan umat beragama"),
    R("Fasilitasi Produksi Film Daerah", "", "prov-jawa-barat"),
    R("Sistem Informasi Desa Wisata", "", "kemenparekraf", f="Pariwisata"),
    R("Pengelolaan Kawasan Transmigrasi", "", "kemendes-pdtt"),
    R("Indeks Desa Membangun (IDM)", "Pengukuran status perkembangan desa berdasarkan indeks komposit.", "kemendes-pdtt"),
    R("SIPEMDES (Pemberdayaan Masyarakat Desa)", "", "kemendes-pdtt"),
    R("Progres ATENSI (Rehabilitasi Sosial)", "", "kemensos", f="Rehabilitasi sosial"),
    R("Sistem Penanggulangan Kemiskinan Daerah", "", "prov-gorontalo"),
    R("SLRT (Sistem Layanan Rujukan Terpadu)", "", "kemensos"),
    R("Bahan Ajar Keagamaan Buddha Digital", "", "kemenag"),
    R("e-Sertifikat Pelatihan Pemuda", "", "kemenpora"),
    R("Pencatatan Mualaf", "Pencatatan ikrar masuk Islam dan pembinaan mualaf.", "kemenag"),
    R("Pendidikan Keagamaan Kristen (SIPAKRIS)", "", "kemenag"),
    R("Aplikasi Pelaporan Gratifikasi", "", "kemendikbudristek", f="Pengendalian gratifikasi"),
    R("Sistem Informasi Sekolah Inklusi", "Pendataan anak berkebutuhan khusus dan guru pendamping di sekolah inklusi.", "prov-jawa-timur"),
    R("Pemilihan Duta Baca Daerah", "", "prov-sumatera-selatan"),
    R("Sistem Informasi Lembaga Kursus dan Pelatihan", "", "prov-lampung", f="Pendidikan nonformal"),
    R("Layanan Rekomendasi Paspor Umrah/Haji", "", "kemenag"),
    R("Penerjemahan Bahasa Isyarat Digital", "", "kemensos"),
    R("Sistem Pengawasan Sekolah (e-Supervisi)", "Jadwal dan laporan kunjungan pengawas ke sekolah binaan.", "prov-sulawesi-tenggara"),
    R("Pojok Statistik BPS", "", "bps"),
    R("Sistem Informasi Riset Kebudayaan", "", "brin"),
    R("Seleksi Paskibraka", "Pendaftaran dan seleksi calon anggota pasukan pengibar bendera.", "kemenpora"),
    R("e-Learning Madrasah", "", "kemenag", f="Pembelajaran daring"),
    R("Rumah Belajar", "Portal sumber belajar dan kelas maya untuk siswa dan guru.", "kemendikbudristek"),
    R("Sistem Informasi Jabatan Fungsional Pamong Budaya", "", "kemendikbudristek"),
]

# =============================================================== PROPOSALS
# ("reuse", group key | ("row", tag), nama, deskripsi) / ("novel", None, nama, deskripsi)
PROPOSALS = [
    ("reuse", "srikandi", "Aplikasi Nota Dinas dan Disposisi Elektronik",
     "Kami perlu mengganti buku agenda kertas: nota dinas dibuat, diparaf dan diteruskan ke pejabat secara elektronik, lalu tersimpan sebagai arsip aktif."),
    ("reuse", "lapor", "Kanal Keluhan Layanan Madrasah",
     "Orang tua dan masyarakat dapat menyampaikan keluhan atas layanan madrasah dan memantau tindak lanjutnya."),
    ("reuse", "siasn", "Sistem Data Kepegawaian Balai",
     "Menyimpan riwayat jabatan, golongan dan pendidikan pegawai balai serta memproses usulan mutasi."),
    ("reuse", "spse", "Lelang Elektronik Rehab Gedung Sekolah",
     "Pemilihan kontraktor rehabilitasi gedung sekolah secara daring, mulai pengumuman sampai penetapan pemenang."),
    ("reuse", "sipd", "Penyusunan Rencana Kerja dan Anggaran Dinas",
     "Dinas kebudayaan provinsi ingin menyusun renja, RKA dan DPA secara elektronik yang tersambung dengan APBD."),
    ("reuse", "sakti", "Aplikasi Keuangan Satuan Kerja Balai Diklat Keagamaan",
     "Pengelolaan DIPA, pembuatan SPM, akuntansi dan laporan keuangan satker vertikal."),
    ("reuse", "esakip", "Pelaporan LKjIP Dinas",
     "Menyusun perjanjian kinerja, mengukur capaian IKU dan menghasilkan laporan kinerja instansi tahunan."),
    ("reuse", "ekinerja", "Catatan Kerja Harian ASN untuk TPP",
     "Pegawai mengisi aktivitas harian yang disetujui atasan sebagai dasar tambahan penghasilan."),
    ("reuse", "satudata", "Open Data Sektor Kebudayaan",
     "Publish datasets on cultural affairs with metadata so the public and other agencies can download them."),
    ("reuse", "dapodik", "Basis Data Siswa Sekolah Menengah Provinsi",
     "Menghimpun identitas peserta didik, rombel dan sekolah negeri/swasta di provinsi sebagai data induk."),
    ("reuse", "emis", "Pendataan Lembaga dan Siswa Madrasah",
     "Rekap jumlah madrasah, peserta didik dan guru per jenjang RA sampai MA di wilayah kanwil."),
    ("reuse", "pesantren", "Registrasi Pondok Pesantren dan Santri",
     "Mencatat profil pondok, jumlah santri mukim dan pengasuh, serta status tanda daftar pesantren."),
    ("reuse", "sertifikasi", "Layanan Sertifikasi dan Tunjangan Profesi Pendidik",
     "Mengelola peserta pendidikan profesi guru, penerbitan sertifikat pendidik dan verifikasi pembayaran tunjangan profesi."),
    ("reuse", "absensi_guru", "Absensi Kehadiran Guru Berbasis GPS",
     "Guru mencatat jam datang dan pulang di sekolah melalui ponsel dengan validasi lokasi."),
    ("reuse", "ppdb", "Pendaftaran Murid Baru Sistem Zonasi",
     "Calon murid SMP/SMA mendaftar daring, sistem menghitung jarak rumah ke sekolah dan mengumumkan hasil seleksi."),
    ("reuse", "erapor", "Aplikasi Pengolahan Nilai Semester",
     "Guru memasukkan nilai sumatif dan formatif, wali kelas mencetak laporan hasil belajar siswa."),
    ("reuse", "bos", "Perencanaan dan Laporan Dana Operasional Sekolah",
     "Sekolah menyusun rencana belanja dana operasional dan melaporkan realisasinya per tahap penyaluran."),
    ("reuse", "pmb", "Seleksi Masuk Kampus Keagamaan",
     "Pendaftaran calon mahasiswa, ujian seleksi dan pengumuman kelulusan masuk perguruan tinggi."),
    ("reuse", "siakad", "Student Academic Records for Polytechnic",
     "Manage course enrolment, class schedules, grades and transcripts for students."),
    ("reuse", "beasiswa", "Pendaftaran Bantuan Biaya Kuliah Daerah",
     "Mahasiswa asal provinsi mendaftar bantuan biaya kuliah, panitia menyeleksi dan menetapkan penerima."),
    ("reuse", "haji", "Pendaftaran dan Nomor Porsi Calon Jemaah Haji",
     "Mencatat setoran awal BPIH, menerbitkan nomor porsi dan memperkirakan tahun keberangkatan jemaah."),
    ("reuse", "umrah", "Perizinan Penyelenggara Perjalanan Ibadah Umrah",
     "Biro perjalanan mengajukan izin PPIU, kanwil memverifikasi dan mengawasi laporan keberangkatan."),
    ("reuse", "nikah", "Pencatatan Pernikahan di KUA",
     "Calon pengantin mendaftarkan kehendak nikah, penghulu memeriksa berkas dan KUA menerbitkan akta nikah."),
    ("reuse", "zakat", "Aplikasi Penghimpunan dan Penyaluran Zakat Daerah",
     "Muzaki membayar zakat profesi dan infak secara daring, dana disalurkan ke mustahik dan dilaporkan."),
    ("reuse", "ibadah", "Pendataan Masjid, Gereja, Pura dan Vihara",
     "Inventarisasi profil dan pengurus rumah ibadah per kecamatan."),
    ("reuse", "cagar", "Register Benda dan Situs Cagar Budaya Daerah",
     "Mendaftarkan objek diduga cagar budaya, hasil kajian tim ahli dan penetapannya."),
    ("reuse", "museum_tiket", "Pembelian Tiket Masuk Museum Daring",
     "Pengunjung memesan dan membayar tiket kunjungan museum lalu memindai kode di pintu masuk."),
    ("reuse", "katalog", "Otomasi Perpustakaan Daerah",
     "Katalogisasi koleksi buku, peminjaman dan pengembalian serta keanggotaan perpustakaan."),
    ("reuse", "atlet", "Database Prestasi Atlet Daerah",
     "Mencatat biodata atlet binaan, cabang olahraga dan riwayat medali di kejuaraan."),
    ("reuse", "simfoni", "Pelaporan Kasus Kekerasan terhadap Anak",
     "Petugas layanan mencatat laporan kekerasan terhadap perempuan dan anak serta penanganan korbannya."),
    ("reuse", ("row", "elsimil"), "Skrining Kesehatan Calon Pengantin",
     "Calon pengantin mengisi status gizi dan kesehatan tiga bulan sebelum menikah, lalu didampingi kader."),
    ("reuse", ("row", "wbs"), "Pengaduan Pelanggaran Internal Pegawai",
     "Saluran rahasia bagi pegawai untuk melaporkan dugaan korupsi dan pelanggaran kode etik kepada inspektorat."),
    # ---- novel
    ("novel", None, "Penjadwalan Imam dan Khatib Salat Jumat",
     "Takmir menyusun jadwal khatib dan imam Jumat per masjid dan mengirim pengingat kepada khatib."),
    ("novel", None, "Pelaporan Hasil Rukyatul Hilal",
     "Tim rukyat di titik pengamatan melaporkan hasil pengamatan hilal awal bulan kamariah secara langsung."),
    ("novel", None, "Pemesanan dan Distribusi Hewan Kurban",
     "Warga memesan hewan kurban, panitia mencatat penyembelihan dan pembagian daging."),
    ("novel", None, "Srikandi Muda: Mentoring Wirausaha Pemudi",
     "Program pendampingan usaha bagi perempuan muda berupa kelas daring dan pemantauan omzet peserta."),
    ("novel", None, "Penentuan Arah Kiblat Masjid",
     "Layanan pengukuran dan penerbitan sertifikat arah kiblat untuk masjid dan musala."),
    ("novel", None, "e-Katalog Buku Teks Pelajaran",
     "Penilaian kelayakan naskah buku teks pelajaran oleh tim penilai sebelum ditetapkan layak pakai."),
    ("novel", None, "Pendaftaran Olimpiade Sains Siswa",
     "Sekolah mendaftarkan siswa peserta olimpiade sains tingkat kabupaten sampai nasional dan mengunggah hasil lomba."),
    ("novel", None, "Pemeriksaan Kesehatan Jemaah Haji",
     "Puskesmas mencatat hasil pemeriksaan kesehatan dan istitaah calon jemaah haji sebelum pelunasan."),
    ("novel", None, "Alumni Tracer Study Platform",
     "Survey graduates about their employment, waiting time for a first job and relevance of their study programme."),
    ("novel", None, "Satuan Pendidikan Aman Bencana",
     "Penilaian kesiapsiagaan sekolah menghadapi bencana dan pencatatan simulasi evakuasi."),
    ("novel", None, "Bank Sampah Sekolah",
     "Siswa menyetor sampah terpilah dan mendapat saldo tabungan yang tercatat di aplikasi."),
    ("novel", None, "Museum Audio Guide",
     "Audio guide and augmented-reality storytelling for visitors walking through museum galleries."),
    ("novel", None, "SIMPONI Seni: Pencatatan Hak Cipta Lagu Daerah",
     "Inventarisasi lagu daerah beserta pencipta dan pengajuan pencatatan hak ciptanya."),
    ("novel", None, "Pemantauan Revitalisasi Bahasa Daerah",
     "Memantau jumlah penutur muda dan kegiatan pembelajaran bahasa daerah yang terancam punah di sekolah."),
    ("novel", None, "Sertifikasi Kompetensi Juru Sembelih Halal",
     "Pelatihan, uji kompetensi dan penerbitan sertifikat bagi juru sembelih hewan di rumah potong."),
    ("novel", None, "Penempatan Mahasiswa KKN Tematik",
     "Membagi mahasiswa KKN ke desa sasaran, memantau program kerja dan menilai laporan akhir."),
]


# Descriptions added by hand to rows that were first written name-only
# (keeps the share of rows without a description near 40%).
EXTRA_DESC = {
    "e-Sarpras Disdik NTB": "Input kondisi bangunan sekolah oleh operator dan verifikasi oleh bidang sarpras.",
    "SIREKA (Sistem Registrasi Cagar Budaya Kabupaten)": "Registrasi cagar budaya tingkat kabupaten sebelum diusulkan ke provinsi.",
    "Pendataan Keluarga PK21": "Pendataan keluarga lima tahunan oleh kader: anggota keluarga, kesertaan KB, kesejahteraan.",
    "API Gateway Kemenag": "Gerbang API untuk berbagi pakai data antar aplikasi satker Kemenag.",
    "Data Keluarga Berencana DP3AKB": "rekap peserta KB aktif dan keluarga sasaran per distrik",
    "Database Seniman Betawi": "Direktori seniman, grup lenong, gambang kromong dan ondel-ondel.",
    "e-Budgeting Dinas Pendidikan DKI": "Penganggaran elektronik kegiatan dinas pendidikan sesuai KUA-PPAS.",
    "Data Siswa Online Disdikbud Sultra": "pendataan siswa SMA SMK per sekolah",
    "PPID Dispora Jateng": "Layanan permohonan informasi publik dinas kepemudaan dan olahraga.",
    "Akreditasi dan Izin Travel Umroh": "Pengajuan izin dan perpanjangan akreditasi biro travel umroh.",
    "e-Ticketing Museum Provinsi Jabar": "Penjualan tiket masuk museum provinsi secara non tunai.",
    "SIMTUN Disdikbud": "Sistem informasi tunjangan profesi dan tunjangan khusus guru.",
    "SIMDA Perencanaan": "Modul perencanaan SIMDA untuk RKPD dan renja SKPD.",
    "Akreditasi Madrasah Online": "Pengisian instrumen akreditasi dan visitasi asesor untuk madrasah.",
    "SIPURA - Data Pura Bimas Hindu": "Data pura, pengempon dan kegiatan keagamaan Hindu.",
    "NADINE (Naskah Dinas Elektronik) Dispora": "Pembuatan naskah dinas, paraf dan tanda tangan elektronik.",
    "SIMAKRED LAM": "Sistem informasi manajemen akreditasi program studi oleh lembaga akreditasi mandiri.",
    "Akreditasi BAP-S/M Provinsi Sulsel": "Jadwal visitasi dan hasil akreditasi sekolah oleh badan akreditasi provinsi.",
    "OPAC Dispusip Jabar": "Online public access catalogue koleksi perpustakaan daerah.",
    "Penyuluh Agama Kristen Online": "Pelaporan kegiatan bimbingan penyuluh agama Kristen.",
    "BOS Salur": "Informasi penyaluran dana BOS reguler per tahap ke rekening sekolah.",
    "Aktivasi KTP Digital Prov. NTB": "Layanan jemput bola aktivasi identitas kependudukan digital.",
    "Izin Operasional Pesantren Online": "Pengajuan tanda daftar dan izin operasional pondok pesantren baru.",
    "SIMRENDA (Sistem Informasi Perencanaan Daerah)": "Penyusunan RPJMD, RKPD dan renstra perangkat daerah.",
    "CBT Ujian Sekolah Disdik Jabar": "Ujian sekolah berbasis komputer untuk SMA dan SMK.",
    "Reservasi Kunjungan Museum Sonobudoyo": "Reservasi tiket kunjungan rombongan dan malam museum.",
    "Halal Certification Tracking": "Track status of halal certificate applications from submission to issuance.",
    "Monitoring BOSDA (BOS Daerah)": "Pemantauan penggunaan bantuan operasional sekolah dari APBD.",
    "ANR (Aplikasi Nilai dan Rapor) MAN 2 Kendari": "Pengolahan nilai harian, PTS, PAS dan cetak rapor.",
    "Data Madrasah Kankemenag Kab. Garut": "Data MI, MTs, MA negeri dan swasta se-kabupaten.",
    "SIPENGADU Dispusip": "Pengaduan layanan perpustakaan dan kearsipan.",
    "Pembinaan Atlet Pelajar (PPLP) Aceh": "Data atlet pelajar binaan PPLP dan hasil tes fisik.",
    "Data Tanah Wakaf Kanwil": "Rekap bidang tanah wakaf bersertifikat dan belum bersertifikat.",
    "SI Atlet Dispora Jabar": "sistem informasi atlet daerah dan prestasinya",
    "SIBMD (Sistem Informasi Barang Milik Daerah)": "Pencatatan inventaris dan kartu inventaris barang SKPD.",
    "JDIH Kemenag": "Dokumentasi peraturan menteri agama dan keputusan menteri agama.",
    "ZIS Online Baitul Mal Aceh": "Pembayaran zakat, infak dan sedekah ke Baitul Mal secara daring.",
    "Rapor Digital Disdik Sulteng": "Rapor digital untuk SMA negeri se-provinsi.",
    "Pendaftaran Mahasiswa Baru Politeknik Daerah Kaltim": "Pendaftaran calon mahasiswa politeknik milik pemprov.",
    "Pendataan Gereja Bimas Kristen": "Pendataan gereja, jemaat dan pendeta per kabupaten.",
    "New Student Admission Bali": "Online enrolment and selection for public senior high schools.",
    "BKD Online (Beban Kerja Dosen)": "Pelaporan tridharma dan beban kerja dosen tiap semester.",
    "Perpustakaan Digital Jatim": "Pinjam e-book perpustakaan daerah lewat aplikasi android.",
    "Verifikasi OKP Online": "Verifikasi administrasi dan faktual organisasi kepemudaan.",
    "SAKIP Kemenag": "Penyusunan perjanjian kinerja dan laporan kinerja satker.",
    "Satu Data Kebudayaan Disbud DIY": "Portal data terbuka sektor kebudayaan dan keistimewaan.",
    "Data Atlet KONI Prov. Kaltim": "Basis data atlet per cabang olahraga KONI provinsi.",
    "e-Pesantren Jatim": "Pendataan pesantren, santri dan ustadz untuk program bantuan provinsi.",
    "Siskohat Kanwil Kemenag Sulsel": "Layanan pendaftaran haji dan pembatalan di tingkat kanwil.",
    "SAPA 129 (Lapor Kekerasan)": "Layanan pengaduan kekerasan perempuan dan anak via telepon 129 dan WhatsApp.",
    "SAKOLA DATA (Data Pokok Pendidikan Jawa Barat)": "Data pokok SMA, SMK, SLB: siswa, rombel dan PTK.",
    "Registrasi OKP Dispora Jatim": "Pendaftaran organisasi kepemudaan dan penerbitan tanda daftar.",
    "SIMDOS UIN": "Data dosen tetap dan tidak tetap, jabatan akademik dan riwayat.",
    "eRapor Madrasah": "Aplikasi rapor untuk MI, MTs dan MA.",
    "Sertifikasi Guru Madrasah Kanwil Kemenag Jabar": "Penetapan peserta sertifikasi dan verifikasi berkas guru madrasah.",
    "e-PPDB Disdikbud Kalbar": "Pendaftaran siswa baru SMA SMK negeri jalur zonasi dan prestasi.",
    "Reservasi Venue Olahraga Kemenpora": "Peminjaman lapangan dan gedung olahraga milik kementerian.",
    "Sistem Pencatatan Kasus UPTD PPA": "Pencatatan kasus dan pendampingan korban di UPTD PPA.",
    "e-Nikah Kankemenag Kab. Sleman": "Daftar nikah daring dan cek jadwal akad di KUA.",
    "PBSB (Beasiswa Santri Berprestasi)": "Program beasiswa santri berprestasi ke perguruan tinggi mitra.",
    "SIMUSEUM Koleksi": "Database benda koleksi museum: nomor registrasi, kondisi dan lokasi simpan.",
    "SIMBOS Kalsel": "Sistem informasi manajemen BOS: RKAS dan laporan realisasi sekolah.",
    "EMIS 4.0 Kanwil Kemenag Jatim": "Pemutakhiran data madrasah tiap semester oleh operator.",
    "UM-PTKIN": "Ujian masuk perguruan tinggi keagamaan Islam negeri berbasis komputer.",
    "Profil Masjid dan Musala Sumbar": "Data masjid, surau dan musala per nagari.",
    "Data Guru TPQ Kankemenag": "Data ustadz/ustadzah TPQ dan jumlah santri.",
    "Arsip Statis Dispusip Jateng": "Layanan penelusuran dan reproduksi arsip statis.",
    "Pendaftaran Nikah Online KUA": "Pendaftaran kehendak nikah dan unggah dokumen persyaratan.",
    "Aplikasi RKAKL-DIPA Kemenag": "Penyusunan RKA-K/L dan revisi DIPA satker.",
    "SIMDA BMD Disdikbud": "Penatausahaan barang milik daerah pada dinas.",
    "SEHATI (Sertifikasi Halal Gratis) Jatim": "Fasilitasi pendaftaran sertifikat halal gratis untuk pelaku usaha mikro.",
    "Perizinan PPIU Online": "Permohonan izin penyelenggara perjalanan ibadah umrah.",
    "Pendaftaran Haji Reguler Kankemenag": "Pendaftaran calon jemaah haji reguler dan penerbitan bukti setoran awal.",
    "Beasiswa Kaltim Tuntas": "Beasiswa pemprov untuk mahasiswa S1 sampai S3.",
    "e-Zakat Pemprov Kalsel": "Pemotongan zakat profesi ASN dan pelaporan ke BAZNAS.",
    "DTKS Daerah Dinsos Jateng": "Verifikasi dan validasi data terpadu kesejahteraan sosial di daerah.",
    "Data ODCB Disbudpar Sulsel": "Inventarisasi objek diduga cagar budaya.",
    "Registrasi Pelaku Seni (Nomor Induk Seniman)": "Penerbitan nomor induk bagi seniman dan kelompok seni.",
    "Pelaporan Dana BOS Disdik Jabar": "Rekap laporan realisasi BOS SMA/SMK/SLB.",
    "Heritage Inventory Bali": "Inventory of temples, puri and traditional sites proposed as heritage.",
    "SDIDTK PAUD Online": "Stimulasi, deteksi dan intervensi dini tumbuh kembang anak di PAUD.",
    "SIM Cagar Budaya Jateng": "Pengelolaan data cagar budaya dan zonasi situs.",
    "e-Sewa Sarana Olahraga UPTD": "Sewa lapangan, kolam renang dan GOR milik UPTD secara daring.",
    "Agenda Kesenian Bali": "Jadwal pementasan dan festival seni di Bali.",
    "Registrasi Ustadz/Ustadzah Al-Quran Kalsel": "Pendataan guru Al-Quran untuk pemberian insentif.",
    "Tiket Taman Budaya & Museum UPTD": "Penjualan tiket pertunjukan dan tiket museum di UPTD.",
    "Data Organisasi Kepemudaan Kemenpora": "Basis data OKP tingkat nasional.",
    "Sistem Otomasi Perpustakaan UIN": "Pengolahan bahan pustaka, OPAC dan sirkulasi perpustakaan kampus.",
    "Sistem Data Madrasah Terpadu Aceh": "Data madrasah dan siswa untuk bantuan pemerintah Aceh.",
    "PMB Online UIN Alauddin": "Pendaftaran mahasiswa baru jalur mandiri.",
    "Data Dosen Politeknik": "pengelolaan data dosen politeknik",
    "Kalender Event Budaya": "Agenda tahunan event budaya dan upacara adat.",
}

# =============================================================== BUILD
JENIS = ["Khusus"] * 7 + ["Aplikasi Khusus"] * 4 + ["khusus"] * 2 + [""] * 4 + ["Umum"] * 2 + ["Aplikasi Umum"]
STATUS = ["aktif"] * 10 + ["Aktif"] * 3 + [""] * 3 + ["tidak aktif"] * 2 + ["dalam pengembangan"] + ["nonaktif"]
DOMAIN = {
    "kemenag": "kemenag.go.id", "kemendikbudristek": "kemdikbud.go.id", "kemenpora": "kemenpora.go.id",
    "kemenpppa": "kemenpppa.go.id", "bkkbn": "bkkbn.go.id", "perpusnas": "perpusnas.go.id",
    "prov-jawa-barat": "jabarprov.go.id", "prov-jawa-timur": "jatimprov.go.id", "prov-jawa-tengah": "jatengprov.go.id",
    "prov-dki-jakarta": "jakarta.go.id", "prov-bali": "baliprov.go.id", "prov-aceh": "acehprov.go.id",
}


def messy(code):
    if not code:
        return ""
    parts = code.split(".")
    if random.random() < 0.3:
        parts = parts + ["%02d" % random.randint(1, 9)]
    r = random.random()
    if r < 0.45:
        return ".".join(parts)
    if r < 0.58:
        return ".".join(parts).lower()
    if r < 0.68:
        return parts[0].capitalize() + "." + ".".join(parts[1:])
    if r < 0.80:
        return parts[0] + "." + ".".join(str(int(p)) for p in parts[1:])
    if r < 0.90:
        return ".".join(parts[1:])
    return parts[0] + " " + ".".join(parts[1:])


def slug(nama):
    s = "".join(c.lower() if c.isalnum() else " " for c in nama).split()
    return "".join(s[:2])[:20] or "app"


def make(row, rab, ral, raa, fungsi_choices):
    if "f" in row:
        fungsi = row["f"]
    elif fungsi_choices and random.random() < 0.58:
        fungsi = random.choice(fungsi_choices)
    else:
        fungsi = ""
    jenis = row.get("jenis", random.choice(JENIS))
    rab = row.get("rab", rab)
    ral = row.get("ral", ral)
    raa = row.get("raa", raa)
    k_ral = messy(ral) if random.random() < 0.45 else ""
    k_rab = messy(rab) if random.random() < 0.55 else ""
    k_raa = messy(raa) if random.random() < 0.5 else ""
    status = row.get("status", random.choice(STATUS))
    tahun = row.get("tahun", str(random.randint(2008, 2024)) if random.random() < 0.8 else "")
    url = row.get("url")
    if url is None:
        url = ""
        if random.random() < 0.25:
            dom = DOMAIN.get(row["inst"], row["inst"].replace("prov-", "") + ".go.id")
            url = "https://%s.%s" % (slug(row["nama"]), dom)
    return dict(nama=row["nama"], deskripsi=row["desc"] or EXTRA_DESC.get(row["nama"], ""), fungsi=fungsi, instansi=row["inst"], jenis=jenis,
                kode_ral=k_ral, kode_rab=k_rab, kode_raa=k_raa, status=status, tahun=tahun, url=url,
                dpi=row.get("dpi", ""), _trap=row.get("trap", False), _tag=row.get("tag"))


built = []  # (groupkey|None, rowdict)
for g in GROUPS:
    for r in g["rows"]:
        d = make(r, g["rab"], g["ral"], g["raa"], g["fungsi"])
        if g["trap"]:
            d["_trap"] = True
        built.append((g["key"], d))
for r in SINGLES:
    built.append((None, make(r, r.get("rab", ""), r.get("ral", ""), r.get("raa", ""), None)))

random.shuffle(built)
members = {}
tags = {}
rows = []
for i, (gk, d) in enumerate(built, 1):
    rid = "%s-%04d" % (PREFIX, i)
    d["id"] = rid
    rows.append(d)
    if gk:
        members.setdefault(gk, []).append(rid)
    if d["_tag"]:
        tags[d["_tag"]] = rid

HEADER = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
          "status", "tahun", "url", "dpi"]
with open("blind21-inventory.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(HEADER)
    for d in rows:
        w.writerow([d[h] for h in HEADER])

READ = ("/work/shared/domain/spbe-reference.md (fully); name-only listings of /work/main/catalog-info, "
        "/work/main/catalog-info/agencies and /work/main/bench/data; agency and DPI ids via "
        "grep '^  name:' on catalog-info/agencies/* and catalog-info/dpi/*; the first 3 lines of "
        "blind18-inventory.csv; the top-level keys, source and first group of blind18-groups.json; the top-level "
        "keys, source, first proposal and first novel proposal of blind18-proposals.json. Nothing else.")
THEME = ("education, religion, culture and human-development inventory of central and regional applications "
         "as a Kemenko PMK coordinator and a provincial Bappeda would merge it")

gkeys = [g["key"] for g in GROUPS]
groups_out = [{"id": "g%02d" % (i + 1), "members": sorted(members[k])} for i, k in enumerate(gkeys)]
with open("blind21-groups.json", "w", encoding="utf-8") as fh:
    json.dump({"source": "Blind set 21: %s, written by hand in blind21-build.py (seed 212121) without reading the "
                         "detector. Read: %s" % (THEME, READ),
               "duplicateGroups": groups_out}, fh, ensure_ascii=False, indent=1)

props = []
for i, (kind, target, nama, desk) in enumerate(PROPOSALS, 1):
    if kind == "novel":
        exp = []
    elif isinstance(target, tuple):
        exp = [tags[target[1]]]
    else:
        exp = sorted(members[target])
    props.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desk, "expected": exp})
with open("blind21-proposals.json", "w", encoding="utf-8") as fh:
    json.dump({"source": "Blind set 21 proposals (reuse and novel) against blind21-inventory.csv; theme: %s; written "
                         "by hand in blind21-build.py (seed 212121) without reading the detector. Read: %s"
                         % (THEME, READ),
               "proposals": props}, fh, ensure_ascii=False, indent=1)

# summary (counts only)
n_trap = sum(1 for d in rows if d["_trap"])
print("rows", len(rows), "agencies", len({d["instansi"] for d in rows}), "groups", len(groups_out),
      "group rows", sum(len(g["members"]) for g in groups_out), "trap rows", n_trap,
      "no desc", sum(1 for d in rows if not d["deskripsi"]), "no fungsi", sum(1 for d in rows if not d["fungsi"]),
      "proposals reuse", sum(1 for p in props if p["expected"]), "novel", sum(1 for p in props if not p["expected"]))
