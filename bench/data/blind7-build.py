#!/usr/bin/env python3
# blind7-build.py - builds the "blind7" hand-labelled test set for SPBE application duplicate detection.
#
# SOURCE / PROVENANCE
#   Invented by hand from general knowledge of Indonesian government (SPBE) application inventories
#   plus the reference file /work/shared/domain/spbe-reference.md. Written BLIND to the engine.
#   Exactly what was read while writing it:
#     - /work/shared/domain/spbe-reference.md (full text);
#     - directory listings (file names only) of /work/main/catalog-info (and its subfolders
#       agencies/, platforms/, dpi/, org/, reference/, templates/) and /work/main/bench/data;
#     - agency ids from `grep -h "^  name:" /work/main/catalog-info/agencies/*.yaml` (metadata.name values).
#   Nothing else in /work/main was read or run (no engine, plugins, packages, docs, tests, benchmarks,
#   other bench data files, build scripts or git history).
#   The agency list holds K/L, kemenko and the 38 provinces but no kab-/kota- ids, so every row uses an
#   existing K/L or provincial id; local-government functions are represented by provincial apps.
#
# CONVENTIONS
#   - Fixed seed 7707; stdlib only; writes blind7-inventory.csv, blind7-groups.json,
#     blind7-proposals.json next to this script (LF line endings).
#   - A duplicate group = rows serving the SAME government function in different agencies
#     (consolidation candidates), with the national platform / aplikasi umum as a member when one exists.
#   - Traps are kept apart: same acronym/brand for different functions, generic "SMS Gateway",
#     "Dashboard", "Website" rows, and neighbouring functions a careful architect separates
#     (e.g. budget planning vs treasury, SIMRS vs puskesmas, e-Katalog vs SiRUP vs SPSE).
#   - Name-only rows (no deskripsi, no fungsi, no codes) still belong to a group when the name says
#     what they do.
#   - RAL/RAB/RAA codes are illustrative (level 1-2 from the reference file, deeper levels invented)
#     and deliberately messy: often missing, lower case, spaces, dropped zeros, truncated.
#   - URLs are invented, plausible-looking addresses; they are not real endpoints.

import csv
import json
import os
import random

SEED = 7707
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "blind7: invented by hand (not generated from any engine output) from general knowledge of Indonesian "
    "government application inventories and /work/shared/domain/spbe-reference.md. Written blind to the "
    "engine. Files read: /work/shared/domain/spbe-reference.md; file-name listings of /work/main/catalog-info "
    "and /work/main/bench/data; agency ids via grep -h '^  name:' /work/main/catalog-info/agencies/*.yaml "
    "(no kab-/kota- ids exist there, so only K/L, kemenko and provincial ids are used). Nothing else in "
    "/work/main was read or run. Built by blind7-build.py (Python stdlib, random seed 7707: row order "
    "shuffle and the messy optional columns). Conventions: a group = same government function in different "
    "agencies (consolidation candidates), national platform/aplikasi umum included as member when it exists; "
    "traps (same acronym/brand for different functions, generic SMS Gateway/Dashboard/Website rows, "
    "neighbouring functions such as budget planning vs treasury, SIMRS vs puskesmas, SPSE vs SiRUP vs "
    "e-Katalog, personnel records vs recruitment vs payroll, complaints vs whistleblowing vs satisfaction "
    "surveys) are kept apart; name-only rows are grouped when the name states the function; RAL/RAB/RAA "
    "codes are illustrative and deliberately messy; URLs are invented."
)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------------
# Groups. Each member: (key, nama, deskripsi, instansi, opts)
# opts: p=national platform (jenis umum), dpi, n=name-only, st=status, th=tahun, u=url, j=jenis,
#       f=explicit fungsi ('' forces empty)
# --------------------------------------------------------------------------------------------------
GROUPS = []


def G(gid, function, rab, ral, fungsi, members):
    GROUPS.append(dict(gid=gid, function=function, rab=rab, ral=ral, fungsi=fungsi, members=members))


P = dict(p=True)
N = dict(n=True)

G("G01", "Sistem informasi kepegawaian: data dan layanan administrasi ASN (riwayat, pangkat, mutasi, pensiun)",
  "RAB.09.06", "RAL.02.04", ["Kepegawaian", "Manajemen ASN", "Kepegawaian;Administrasi Pemerintahan", "Manajemen SDM Aparatur"], [
      ("siasn", "SIASN (Sistem Informasi ASN)", "Sistem informasi ASN nasional untuk pengelolaan data dan layanan kepegawaian seluruh instansi pusat dan daerah.", "bkn", dict(p=True, u="https://siasn.bkn.go.id", th=2021)),
      ("myasn", "MyASN", "Aplikasi layanan mandiri bagi ASN untuk melihat dan memperbarui data kepegawaian pribadi yang tersambung ke SIASN.", "bkn", dict(p=True, th=2021)),
      ("simpeg_kemenag", "SIMPEG Kemenag", "Sistem informasi manajemen pegawai di lingkungan Kementerian Agama, mencakup riwayat jabatan, pangkat dan pendidikan pegawai.", "kemenag", {}),
      ("simpeg_jambi", "SIMPEG", "", "prov-jambi", N),
      ("simasn_sumbar", "SIMASN Sumbar (Sistem Informasi Manajemen ASN)", "Pengelolaan basis data ASN Pemprov: data pribadi, kenaikan pangkat, mutasi dan pensiun.", "prov-sumatera-barat", {}),
      ("simsdm_kemenperin", "SIMSDM (Sistem Informasi Manajemen SDM Aparatur)", "Mengelola data sumber daya manusia aparatur Kemenperin mulai dari mutasi, promosi jabatan hingga usulan pensiun.", "kemenperin", {}),
      ("simpegda_kalsel", "Sistem Informasi Kepegawaian Daerah (SIMPEGDA) Provinsi Kalimantan Selatan", "Basis data pegawai negeri sipil daerah dan layanan usul kenaikan pangkat.", "prov-kalimantan-selatan", {}),
      ("sipegawai_kemenpora", "si-pegawai versi 2.0", "Pencatatan riwayat kepegawaian, cuti dan kenaikan gaji berkala pegawai Kemenpora.", "kemenpora", {}),
      ("epersonalia_basarnas", "e-Personalia", "Sistem pengelolaan administrasi personel Basarnas termasuk data jabatan fungsional rescuer.", "basarnas", {}),
  ])

G("G02", "Tata naskah dinas / persuratan elektronik dan kearsipan dinamis (SRIKANDI)",
  "RAB.09.07", "RAL.02.06", ["Kearsipan", "Persuratan;Kearsipan", "Tata Usaha", "Administrasi Perkantoran"], [
      ("srikandi", "SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "Aplikasi umum kearsipan dinamis untuk pembuatan, pengiriman, disposisi dan penyimpanan naskah dinas elektronik.", "anri", dict(p=True, th=2020, u="https://srikandi.arsip.go.id")),
      ("srikandi_sulbar", "Srikandi", "Aplikasi umum bidang kearsipan yang digunakan perangkat daerah untuk surat-menyurat dinas.", "prov-sulawesi-barat", dict(j="umum", th=2022)),
      ("eoffice_jateng", "e-Office", "Tata naskah dinas elektronik: surat masuk, surat keluar, disposisi dan tanda tangan elektronik.", "prov-jawa-tengah", {}),
      ("tnde_kumham", "TNDE (Tata Naskah Dinas Elektronik)", "Pengelolaan naskah dinas dan nota dinas antar unit kerja secara elektronik.", "kemenkumham", {}),
      ("esurat_bengkulu", "e-Surat", "", "prov-bengkulu", N),
      ("nadine_kemenkeu", "Nadine (Naskah Dinas Elektronik)", "Pengelolaan naskah dinas dan disposisi elektronik di lingkungan kementerian.", "kemenkeu", {}),
      ("sikd_ntt", "SIKD (Sistem Informasi Kearsipan Dinamis)", "Aplikasi kearsipan dinamis untuk registrasi naskah masuk/keluar dan penyusutan arsip.", "prov-nusa-tenggara-timur", dict(st="tidak aktif", th=2016)),
      ("edisposisi_bnn", "e-Disposisi", "Disposisi surat masuk pimpinan secara elektronik dan pemantauan tindak lanjutnya.", "bnn", {}),
  ])

G("G03", "Pengelolaan pengaduan / aduan / keluhan masyarakat atas pelayanan publik (SP4N-LAPOR!)",
  "RAB.09.06", "RAL.01.09", ["Pelayanan Publik", "Pengaduan Masyarakat", "Pelayanan Publik;Pengawasan", "Komunikasi Publik"], [
      ("lapor", "SP4N-LAPOR! (Layanan Aspirasi dan Pengaduan Online Rakyat)", "Kanal nasional pengelolaan pengaduan pelayanan publik yang terhubung dengan seluruh instansi pemerintah.", "kemenpanrb", dict(p=True, u="https://www.lapor.go.id")),
      ("crm_jakarta", "CRM Aduan Warga Jakarta", "Kanal aduan warga dari berbagai saluran (aplikasi, media sosial, SMS) yang diteruskan ke SKPD untuk ditindaklanjuti.", "prov-dki-jakarta", {}),
      ("laporgub_jateng", "LaporGub!", "Saluran pengaduan masyarakat kepada Gubernur melalui web, SMS dan media sosial.", "prov-jawa-tengah", {}),
      ("pengaduan_gorontalo", "Aplikasi Pengaduan Masyarakat", "", "prov-gorontalo", N),
      ("eaduan_sulsel", "e-Aduan Sulsel", "Masyarakat menyampaikan keluhan pelayanan publik dan memantau status penanganannya.", "prov-sulawesi-selatan", {}),
      ("sipemas_kemenhub", "SIPEMAS (Sistem Informasi Pengaduan Masyarakat)", "Menampung keluhan pengguna jasa transportasi dan meneruskannya ke unit pelaksana teknis.", "kemenhub", {}),
      ("pengaduan_kemdikbud", "Kanal Pengaduan Kemendikbudristek", "Menampung pengaduan masyarakat atas layanan pendidikan dan menyalurkannya ke unit kerja terkait.", "kemendikbudristek", {}),
      ("ntbcare", "NTB Care", "Warga melaporkan permasalahan layanan publik dan infrastruktur; laporan diteruskan ke OPD terkait.", "prov-nusa-tenggara-barat", {}),
  ])

G("G04", "Pengadaan barang/jasa secara elektronik: tender dan seleksi penyedia (SPSE/LPSE)",
  "RAB.09.02", "RAL.02.06", ["Pengadaan Barang dan Jasa", "Pengadaan", "Pengadaan;Keuangan"], [
      ("spse", "SPSE (Sistem Pengadaan Secara Elektronik)", "Aplikasi e-procurement nasional untuk tender, seleksi dan pengadaan langsung yang dijalankan LPSE di setiap instansi.", "lkpp", dict(p=True)),
      ("lpse_jatim", "LPSE Provinsi Jawa Timur", "Layanan pengadaan secara elektronik untuk tender dan seleksi penyedia di lingkungan Pemprov.", "prov-jawa-timur", {}),
      ("lpse_pupr", "LPSE Kementerian PUPR", "", "kemenpupr", dict(f="Pengadaan")),
      ("eproc_riau", "e-Proc Riau", "Aplikasi lelang elektronik pengadaan barang/jasa pemerintah provinsi.", "prov-riau", dict(st="tidak aktif", th=2011)),
      ("eproc_kemhan", "Sistem e-Procurement Kemhan", "Pelaksanaan tender barang/jasa non-rahasia secara elektronik di lingkungan Kementerian Pertahanan.", "kemhan", {}),
  ])

G("G05", "Perencanaan pengadaan: penyusunan dan pengumuman rencana umum pengadaan (SiRUP)",
  "RAB.09.02", "RAL.02.06", ["Pengadaan", "Perencanaan Pengadaan"], [
      ("sirup", "SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "Pengumuman rencana umum pengadaan barang/jasa seluruh K/L/PD sebelum proses pemilihan penyedia.", "lkpp", dict(p=True, u="https://sirup.lkpp.go.id")),
      ("erenja_pbj_sumsel", "Aplikasi Perencanaan Pengadaan Barang/Jasa (e-Renja PBJ)", "Menyusun dan mengumumkan rencana umum pengadaan tiap perangkat daerah sebelum tender.", "prov-sumatera-selatan", {}),
      ("sipp_kemenag", "SIPP (Sistem Informasi Perencanaan Pengadaan)", "Penyusunan rencana kebutuhan dan rencana umum pengadaan satuan kerja.", "kemenag", {}),
      ("monrup_kepri", "Monitoring RUP", "Pemantauan input RUP perangkat daerah dan rekap paket pengadaan yang direncanakan.", "prov-kepulauan-riau", {}),
  ])

G("G06", "E-purchasing: katalog elektronik / toko daring belanja pemerintah",
  "RAB.09.02", "RAL.02.06", ["Pengadaan", "Pengadaan Barang dan Jasa;E-Purchasing"], [
      ("ekatalog", "e-Katalog (Katalog Elektronik)", "Katalog elektronik nasional untuk pembelian barang/jasa pemerintah secara e-purchasing.", "lkpp", dict(p=True, u="https://e-katalog.lkpp.go.id")),
      ("ekatalog_bali", "e-Katalog Lokal Bali", "Etalase produk barang/jasa penyedia lokal untuk e-purchasing oleh perangkat daerah.", "prov-bali", {}),
      ("siplah", "SIPLah (Sistem Informasi Pengadaan di Sekolah)", "Marketplace pengadaan barang/jasa oleh satuan pendidikan menggunakan dana BOS.", "kemendikbudristek", {}),
      ("ebelanja_kaltim", "e-Belanja Kaltim", "Pembelian langsung barang kebutuhan kantor secara elektronik dari penyedia terdaftar.", "prov-kalimantan-timur", dict(st="pengembangan", th=2024)),
  ])

G("G07", "Perencanaan pembangunan dan penganggaran daerah (RPJMD, RKPD, musrenbang, KUA-PPAS, RKA/APBD)",
  "RAB.09.05", "RAL.02.03", ["Perencanaan Pembangunan", "Perencanaan;Penganggaran", "Perencanaan Pembangunan Daerah"], [
      ("sipd_renc", "SIPD RI - Perencanaan dan Penganggaran", "Sistem informasi pemerintahan daerah untuk penyusunan RPJMD, RKPD, KUA-PPAS dan RKA/APBD secara terintegrasi.", "kemendagri", dict(p=True, u="https://sipd.kemendagri.go.id")),
      ("eplanning_jabar", "e-Planning Jabar", "Penyusunan rencana kerja perangkat daerah dan RKPD provinsi.", "prov-jawa-barat", {}),
      ("ebudgeting_dki", "e-Budgeting", "Penyusunan RKA SKPD dan rancangan APBD secara elektronik.", "prov-dki-jakarta", {}),
      ("emusrenbang_sulteng", "e-Musrenbang", "Penjaringan usulan musyawarah perencanaan pembangunan dari kabupaten/kota hingga provinsi.", "prov-sulawesi-tengah", {}),
      ("simral_banten", "SIMRAL (Sistem Informasi Manajemen Perencanaan, Penganggaran dan Pelaporan)", "Integrasi perencanaan program, penganggaran dan pelaporan capaian pembangunan daerah.", "prov-banten", {}),
  ])

G("G08", "Penatausahaan dan akuntansi keuangan daerah / perbendaharaan daerah (SPD, SPP, SPM, SP2D, SPJ bendahara)",
  "RAB.09.02", "RAL.02.02", ["Keuangan Daerah", "Perbendaharaan", "Keuangan;Akuntansi"], [
      ("sipd_tu", "SIPD Penatausahaan Keuangan Daerah", "Modul SIPD untuk SPD, SPP, SPM, SP2D, pembukuan bendahara dan laporan keuangan pemerintah daerah.", "kemendagri", dict(p=True)),
      ("simda_keu", "SIMDA Keuangan", "Aplikasi pengelolaan keuangan daerah (penatausahaan, akuntansi dan pelaporan) yang dikembangkan BPKP.", "bpkp", dict(st="tidak aktif", th=2009)),
      ("esp2d_lampung", "e-SP2D", "Penerbitan SP2D online dan pemantauan pencairan dana oleh BUD.", "prov-lampung", {}),
      ("sipben_aceh", "Aplikasi Penatausahaan Bendahara (SIPBEN)", "Buku kas umum, SPJ dan pertanggungjawaban bendahara pengeluaran OPD.", "prov-aceh", {}),
      ("espj_sultra", "e-SPJ", "", "prov-sulawesi-tenggara", N),
  ])

G("G09", "Pengelolaan anggaran, keuangan dan BMN satuan kerja pemerintah pusat (SAKTI dan aplikasi lama yang diserapnya)",
  "RAB.09.02", "RAL.02.02", ["Keuangan", "Penganggaran;Akuntansi", "Keuangan Negara"], [
      ("sakti", "SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "Aplikasi keuangan satker dari perencanaan anggaran, pelaksanaan hingga pertanggungjawaban dan pelaporan.", "kemenkeu", dict(p=True, th=2019)),
      ("rkakl_kemenpppa", "Aplikasi RKAKL-DIPA", "Penyusunan RKA-K/L dan revisi DIPA satuan kerja.", "kemenpppa", dict(st="tidak aktif", th=2014)),
      ("saiba_bapeten", "SAIBA (Sistem Akuntansi Instansi Berbasis Akrual)", "Akuntansi dan pelaporan keuangan satker berbasis akrual.", "bapeten", dict(st="tidak aktif", th=2015)),
      ("simkeu_brin", "SIMKEU BRIN", "Pengelolaan anggaran, realisasi belanja dan pertanggungjawaban keuangan satuan kerja BRIN.", "brin", {}),
      ("simakbmn_lemhannas", "SIMAK-BMN", "Penatausahaan dan pelaporan barang milik negara satuan kerja.", "lemhannas", dict(st="tidak aktif", th=2013)),
  ])

G("G10", "Pengelolaan barang milik daerah (BMD): inventarisasi, mutasi, penghapusan dan laporan aset pemda",
  "RAB.09.02", "RAL.02.02", ["Pengelolaan Aset", "Barang Milik Daerah", "Aset Daerah"], [
      ("simda_bmd", "SIMDA BMD (Barang Milik Daerah)", "Pengelolaan barang milik daerah: pengadaan, inventarisasi, penghapusan dan laporan aset.", "bpkp", {}),
      ("simbada_jatim", "SIMBADA (Sistem Informasi Manajemen Barang Daerah)", "Pencatatan kartu inventaris barang dan laporan mutasi aset tiap perangkat daerah.", "prov-jawa-timur", {}),
      ("easet_kaltara", "e-Aset", "", "prov-kalimantan-utara", dict(f="Pengelolaan BMD")),
      ("simbmd_sumut", "SIM-BMD Sumut", "Inventarisasi dan penilaian aset tetap milik pemerintah provinsi (KIB A-F).", "prov-sumatera-utara", {}),
      ("aibd_papua", "Aplikasi Inventaris Barang Daerah (AIBD)", "", "prov-papua", dict(f="Aset Daerah")),
  ])

G("G11", "Manajemen kinerja pegawai ASN: SKP, capaian kinerja dan penilaian pegawai (e-Kinerja)",
  "RAB.09.06", "RAL.02.04", ["Kepegawaian", "Manajemen Kinerja ASN", "Kepegawaian;Kinerja"], [
      ("ekinerja_bkn", "e-Kinerja BKN", "Aplikasi pengelolaan kinerja ASN nasional: SKP, evaluasi kinerja dan predikat kinerja pegawai.", "bkn", dict(p=True, th=2022)),
      ("ekinerja_jabar", "e-Kinerja", "Penilaian SKP dan laporan aktivitas harian pegawai sebagai dasar pembayaran TPP.", "prov-jawa-barat", {}),
      ("skponline_bali", "SKP Online", "Penyusunan sasaran kinerja pegawai dan penilaian oleh atasan langsung.", "prov-bali", {}),
      ("ekinerja_kemensos", "e-Kinerja ASN", "", "kemensos", N),
      ("sikap_sulut", "SIKAP (Sistem Informasi Kinerja Aparatur Pemprov)", "Pencatatan kinerja harian ASN dan perhitungan tambahan penghasilan berbasis kinerja.", "prov-sulawesi-utara", {}),
      ("eperformance_kemenkeu", "e-Performance", "Pengelolaan kontrak kinerja, IKU dan nilai kinerja pegawai.", "kemenkeu", {}),
  ])

G("G12", "Akuntabilitas kinerja instansi pemerintah (SAKIP: perjanjian kinerja, LKjIP, evaluasi)",
  "RAB.09.06", "RAL.02.07", ["Akuntabilitas Kinerja", "Perencanaan;Akuntabilitas Kinerja"], [
      ("esakip", "e-SAKIP", "Aplikasi pelaporan sistem akuntabilitas kinerja instansi pemerintah (perjanjian kinerja, LKjIP) dan evaluasinya.", "kemenpanrb", dict(p=True)),
      ("esakip_jambi", "e-Sakip Jambi", "Penyusunan renstra, perjanjian kinerja dan LKjIP perangkat daerah.", "prov-jambi", {}),
      ("siakip_kemendes", "Aplikasi Akuntabilitas Kinerja (SIAKIP)", "Pengukuran capaian indikator kinerja dan penyusunan laporan kinerja unit.", "kemendes-pdtt", {}),
      ("sakip_babel", "Sistem Informasi Akuntabilitas Kinerja Instansi Pemerintah", "", "prov-kepulauan-bangka-belitung", N),
      ("sakiponline_kkp", "SAKIP Online", "Perjanjian kinerja dan pelaporan kinerja unit eselon I dan II.", "kkp", {}),
  ])

G("G13", "Presensi / absensi kehadiran pegawai",
  "RAB.09.06", "RAL.02.04", ["Kepegawaian", "Kehadiran Pegawai"], [
      ("epresensi_banten", "e-Presensi", "Presensi pegawai berbasis lokasi GPS dan swafoto melalui ponsel.", "prov-banten", {}),
      ("siap_ntb", "SIAP (Sistem Informasi Absensi Pegawai)", "Rekap kehadiran pegawai dari mesin sidik jari seluruh OPD.", "prov-nusa-tenggara-barat", {}),
      ("absensi_kemenkop", "Absensi Online", "", "kemenkopukm", N),
      ("presensiwajah_kalsel", "Presensi Wajah ASN", "Absen masuk dan pulang menggunakan pengenalan wajah di ponsel pegawai.", "prov-kalimantan-selatan", {}),
      ("sihadir_perpusnas", "SIHADIR", "Pencatatan kehadiran, izin dan keterlambatan pegawai.", "perpusnas", {}),
  ])

G("G14", "Layanan informasi publik PPID: daftar informasi publik, permohonan informasi dan keberatan",
  "RAB.09.03", "RAL.02.09", ["Keterbukaan Informasi Publik", "Informasi Publik", "Komunikasi;Informasi Publik"], [
      ("eppid_kementan", "e-PPID Kementerian Pertanian", "Layanan permohonan informasi publik dan pengajuan keberatan secara daring.", "kementan", {}),
      ("ppid_jatim", "PPID Online", "", "prov-jawa-timur", dict(f="Keterbukaan Informasi Publik")),
      ("ppid_aceh", "Sistem Informasi PPID Provinsi Aceh", "Daftar informasi publik dan pelayanan permintaan informasi.", "prov-aceh", {}),
      ("eppid_bps", "e-PPID", "", "bps", N),
      ("eppid_bnpt", "e-PPID BNPT", "Permohonan informasi publik, keberatan dan sengketa informasi.", "bnpt", {}),
  ])

G("G15", "Dokumentasi dan informasi hukum: publikasi produk hukum (JDIH/JDIHN)",
  "RAB.09.07", "RAL.02.08", ["Hukum", "Dokumentasi Hukum", "Hukum;Informasi Publik"], [
      ("jdihn", "JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "Portal nasional yang mengintegrasikan dokumen hukum dari anggota jaringan JDIH.", "kemenkumham", dict(p=True, u="https://jdihn.go.id")),
      ("jdih_bengkulu", "JDIH Provinsi Bengkulu", "", "prov-bengkulu", N),
      ("siphd_diy", "Sistem Informasi Produk Hukum Daerah (SIPHD)", "Pencarian peraturan daerah, peraturan gubernur dan keputusan gubernur.", "prov-di-yogyakarta", {}),
      ("ejdih_kemenperin", "e-JDIH Kemenperin", "Dokumentasi peraturan menteri dan produk hukum internal kementerian.", "kemenperin", {}),
      ("portalhukum_kalbar", "Portal Hukum Kalbar", "Pusat dokumentasi produk hukum daerah yang terhubung ke JDIHN.", "prov-kalimantan-barat", {}),
  ])

G("G16", "Portal data terbuka / Satu Data: katalog dataset dan metadata",
  "RAB.09.03", "RAL.02.09", ["Data dan Informasi", "Satu Data", "Statistik Sektoral;Data"], [
      ("sdi", "Portal Satu Data Indonesia (data.go.id)", "Portal data terbuka nasional untuk katalog dataset dan metadata instansi pusat dan daerah.", "bappenas", dict(p=True, dpi="dpi-pertukaran-data", u="https://data.go.id")),
      ("opendata_jabar", "Open Data Jabar", "Portal data terbuka berisi dataset sektoral perangkat daerah.", "prov-jawa-barat", {}),
      ("satudata_sumsel", "Satu Data Sumsel", "Katalog dataset dan metadata statistik sektoral provinsi.", "prov-sumatera-selatan", {}),
      ("satudata_kemnaker", "Satu Data Ketenagakerjaan", "Portal publikasi data ketenagakerjaan dalam format terbuka.", "kemnaker", {}),
  ])

G("G17", "Pengelolaan keuangan desa: APBDes, penatausahaan dan pelaporan (Siskeudes)",
  "RAB.09.01", "RAL.02.01", ["Pemerintahan Desa", "Keuangan Desa", "Pemberdayaan Masyarakat Desa;Keuangan"], [
      ("siskeudes", "Siskeudes (Sistem Keuangan Desa)", "Aplikasi pengelolaan keuangan desa dari perencanaan, penganggaran, penatausahaan hingga pelaporan.", "bpkp", dict(p=True)),
      ("sikedes_kalteng", "Sistem Informasi Keuangan Desa (SIKEDES)", "Pencatatan APBDes, penatausahaan dan laporan realisasi keuangan desa.", "prov-kalimantan-tengah", {}),
      ("edesa_sulbar", "e-Desa Keuangan", "Pengelolaan keuangan desa dari perencanaan hingga pertanggungjawaban untuk pendampingan desa.", "prov-sulawesi-barat", {}),
      ("keudesa_pateng", "Aplikasi Keuangan Desa", "", "prov-papua-tengah", N),
  ])

G("G18", "Sistem informasi / rekam medis elektronik puskesmas (pelayanan kesehatan primer)",
  "RAB.04.01", "RAL.01.04", ["Kesehatan", "Pelayanan Kesehatan Primer"], [
      ("simpus_babel", "SIMPUS (Sistem Informasi Manajemen Puskesmas)", "Pendaftaran pasien, rekam medis dan pelaporan LB1 di puskesmas.", "prov-kepulauan-bangka-belitung", {}),
      ("epuskesmas_sumut", "e-Puskesmas", "", "prov-sumatera-utara", dict(f="Kesehatan")),
      ("rmep_lampung", "Rekam Medis Elektronik Puskesmas (RME-P)", "Rekam medis elektronik pelayanan rawat jalan puskesmas yang terhubung ke SATUSEHAT.", "prov-lampung", dict(st="pengembangan", th=2024)),
      ("sipuskesmas_papsel", "Sistem Informasi Puskesmas", "", "prov-papua-selatan", N),
  ])

G("G19", "Sistem informasi manajemen rumah sakit (SIMRS)",
  "RAB.04.01", "RAL.01.04", ["Kesehatan", "Pelayanan Rumah Sakit"], [
      ("simrs_gos", "SIMRS GOS (Generic Open Source)", "SIMRS generik open source yang disediakan Kementerian Kesehatan untuk rumah sakit pemerintah.", "kemenkes", {}),
      ("simrs_rsuza", "SIMRS RSUD dr. Zainoel Abidin", "Pendaftaran, rawat inap, farmasi, billing dan klaim BPJS rumah sakit.", "prov-aceh", {}),
      ("simrs_aws", "SIMRS RSUD A. Wahab Sjahranie", "", "prov-kalimantan-timur", N),
      ("his_rsjd", "HIS RSJD Dr. Amino Gondohutomo", "Sistem informasi pelayanan pasien rumah sakit jiwa daerah.", "prov-jawa-tengah", {}),
      ("simrs_rspad", "SIMRS RSPAD Gatot Soebroto", "Sistem informasi manajemen rumah sakit pusat TNI AD.", "kemhan", {}),
  ])

G("G20", "Otomasi perpustakaan: katalogisasi, sirkulasi dan katalog online (OPAC)",
  "RAB.08.03", "RAL.01.30", ["Perpustakaan", "Perpustakaan;Kearsipan"], [
      ("inlislite", "INLISLite", "Perangkat lunak otomasi perpustakaan: katalogisasi, sirkulasi dan OPAC.", "perpusnas", dict(p=True)),
      ("opac_sumbar", "OPAC Dinas Perpustakaan dan Kearsipan Prov. Sumbar", "Katalog online koleksi perpustakaan daerah.", "prov-sumatera-barat", {}),
      ("slims_lan", "Katalog Perpustakaan LAN (SLiMS)", "Pengelolaan koleksi dan peminjaman buku perpustakaan.", "lan", {}),
      ("simpus_gorontalo", "SIMPUS (Sistem Informasi Manajemen Perpustakaan)", "Pengolahan bahan pustaka, keanggotaan dan sirkulasi di perpustakaan daerah.", "prov-gorontalo", {}),
      ("ekatalog_perpus_malut", "e-Katalog Perpustakaan Daerah", "Penelusuran koleksi buku perpustakaan daerah secara daring.", "prov-maluku-utara", {}),
  ])

G("G21", "Perpustakaan digital: peminjaman dan baca buku elektronik (e-book)",
  "RAB.08.03", "RAL.01.30", ["Perpustakaan", "Literasi;Perpustakaan Digital"], [
      ("ipusnas", "iPusnas", "Aplikasi perpustakaan digital untuk meminjam dan membaca buku elektronik.", "perpusnas", dict(p=True)),
      ("ijakarta", "iJakarta", "", "prov-dki-jakarta", dict(f="Perpustakaan Digital")),
      ("ijateng", "iJateng", "Peminjaman e-book perpustakaan daerah melalui aplikasi mobile.", "prov-jawa-tengah", {}),
      ("epustaka_kalsel", "e-Pustaka Kalsel", "Koleksi buku digital yang dapat dipinjam dan dibaca anggota perpustakaan.", "prov-kalimantan-selatan", {}),
  ])

G("G22", "Pelaporan dan pendataan kejadian bencana (kejadian, korban, kerusakan)",
  "RAB.05.02", "RAL.01.12", ["Penanggulangan Bencana", "Kebencanaan;Ketertiban Umum"], [
      ("dibi", "DIBI (Data dan Informasi Bencana Indonesia)", "Basis data kejadian bencana, korban dan kerusakan di seluruh Indonesia.", "bnpb", dict(p=True)),
      ("laporbencana_sumbar", "Lapor Bencana Sumbar", "Pelaporan kejadian bencana dan kaji cepat dampak oleh petugas BPBD.", "prov-sumatera-barat", {}),
      ("sibencana_sulteng", "SIBENCANA Sulteng", "Pencatatan kejadian bencana, pengungsi dan kebutuhan logistik darurat.", "prov-sulawesi-tengah", {}),
      ("pusdalops_jatim", "Pusdalops Online", "Laporan situasi harian dan laporan kejadian bencana dari Pusdalops PB.", "prov-jawa-timur", {}),
      ("lapkejadian_maluku", "Aplikasi Laporan Kejadian Bencana", "", "prov-maluku", N),
  ])

G("G23", "Pemantauan dan publikasi harga bahan pokok / komoditas pangan di pasar",
  "RAB.02.03", "RAL.01.20", ["Perdagangan", "Perdagangan;Ketahanan Pangan", "Stabilisasi Harga"], [
      ("sp2kp", "SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "Pemantauan harga dan pasokan barang kebutuhan pokok di pasar seluruh Indonesia.", "kemendag", {}),
      ("siskaperbapo", "Siskaperbapo", "Sistem informasi ketersediaan dan perkembangan harga bahan pokok di Jawa Timur.", "prov-jawa-timur", {}),
      ("dashharga_kemenkopangan", "Dashboard Harga Pangan", "Memantau harga harian komoditas pangan strategis di tingkat produsen dan konsumen.", "kemenko-pangan", dict(th=2025, st="pengembangan")),
      ("infoharga_bengkulu", "Info Harga Pasar Bengkulu", "", "prov-bengkulu", N),
      ("hargabapok_kepri", "Kepri Harga Bapok", "Publikasi harga bahan pokok harian dari pasar-pasar di kabupaten/kota.", "prov-kepulauan-riau", {}),
  ])

G("G24", "Perizinan kapal penangkap ikan / usaha perikanan tangkap (SIUP, SIPI, SIKPI)",
  "RAB.07.03", "RAL.01.38", ["Kelautan dan Perikanan", "Perizinan Perikanan"], [
      ("silat", "SILAT (Sistem Informasi Izin Layanan Cepat)", "Penerbitan perizinan berusaha subsektor penangkapan ikan (SIUP, SIPI, SIKPI) untuk kapal di atas 30 GT.", "kkp", {}),
      ("izinikan_sulut", "e-Perizinan Perikanan Tangkap Sulut", "Izin usaha perikanan tangkap dan SIPI kapal 5-30 GT kewenangan provinsi.", "prov-sulawesi-utara", {}),
      ("simkada_maluku", "SIMKADA (Sistem Informasi Kapal Daerah)", "Pendataan dan perizinan kapal perikanan daerah.", "prov-maluku", {}),
      ("ijinkapal_sultra", "Ijin Kapal Ikan Online", "", "prov-sulawesi-tenggara", N),
  ])

G("G25", "Perizinan berusaha dan nonperizinan terpadu satu pintu (PTSP / OSS)",
  "RAB.02.05", "RAL.01.21", ["Perizinan", "Penanaman Modal;Perizinan", "Pelayanan Terpadu Satu Pintu"], [
      ("ossrba", "OSS-RBA (Online Single Submission Berbasis Risiko)", "Perizinan berusaha berbasis risiko terintegrasi secara elektronik untuk seluruh sektor.", "kementerian-investasi", dict(p=True, u="https://oss.go.id")),
      ("sicantik", "SiCantik Cloud", "Aplikasi perizinan dan nonperizinan untuk DPMPTSP daerah berbasis cloud.", "kominfo", dict(j="umum")),
      ("eperizinan_jabar", "e-Perizinan DPMPTSP Jabar", "Pelayanan perizinan dan nonperizinan terpadu satu pintu secara online.", "prov-jawa-barat", {}),
      ("simpatik_sumut", "SIMPATIK (Sistem Informasi Pelayanan Perizinan Terpadu)", "", "prov-sumatera-utara", dict(f="Perizinan;Penanaman Modal")),
      ("ijinonline_jambi", "Ijin Online Provinsi Jambi", "Permohonan ijin usaha dan pelacakan status berkas perizinan.", "prov-jambi", {}),
      ("eizin_industri", "e-Izin Industri", "Penerbitan izin usaha industri dan izin perluasan secara elektronik.", "kemenperin", dict(st="tidak aktif", th=2017)),
  ])

G("G26", "Data terpadu kesejahteraan sosial (DTKS): pendataan, verifikasi dan pemutakhiran data fakir miskin",
  "RAB.04.02", "RAL.01.06", ["Perlindungan Sosial", "Sosial;Penanggulangan Kemiskinan"], [
      ("siksng", "SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "Pengolahan dan pemutakhiran Data Terpadu Kesejahteraan Sosial (DTKS) oleh daerah.", "kemensos", dict(p=True)),
      ("sidakin_bali", "Sistem Informasi Data Kemiskinan (SIDAKIN)", "Basis data keluarga miskin dan rentan untuk penetapan penerima bantuan.", "prov-bali", {}),
      ("dtks_diy", "DTKS Online", "", "prov-di-yogyakarta", N),
      ("sikst_kaltim", "Sistem Informasi Kesejahteraan Sosial Terpadu (SIKST)", "Verifikasi dan validasi data fakir miskin serta usulan perubahan DTKS kabupaten/kota.", "prov-kalimantan-timur", {}),
  ])

G("G27", "Autentikasi tunggal (single sign-on) dan akun identitas digital pengguna layanan pemerintah",
  "RAB.09.03", "RAL.02.09", ["Identitas Digital", "Keamanan Informasi;Autentikasi"], [
      ("inapas", "INApas", "Layanan identitas digital dan single sign-on untuk mengakses layanan digital pemerintah.", "ina-digital", dict(p=True, dpi="dpi-identitas-digital", th=2024)),
      ("sso_sumsel", "SSO Pemprov Sumsel", "Satu akun login untuk seluruh aplikasi Pemprov.", "prov-sumatera-selatan", {}),
      ("kalbarid", "Kalbar ID", "Autentikasi tunggal warga dan ASN untuk layanan digital provinsi.", "prov-kalimantan-barat", {}),
      ("satuakun_riau", "Riau Satu Akun", "", "prov-riau", dict(f="Autentikasi")),
  ])

G("G28", "Interoperabilitas: gateway API dan pertukaran data antar aplikasi pemerintah (SPLP)",
  "RAB.09.03", "RAL.02.09", ["Interoperabilitas", "Integrasi Data", "Infrastruktur SPBE"], [
      ("splp", "SPLP (Sistem Penghubung Layanan Pemerintah)", "Hub API nasional untuk interoperabilitas dan pertukaran data antar aplikasi instansi pusat dan daerah.", "komdigi", dict(p=True, dpi="dpi-pertukaran-data")),
      ("apigw_kepri", "Kepri API Gateway", "Pengelolaan API dan pertukaran data antar aplikasi perangkat daerah.", "prov-kepulauan-riau", {}),
      ("esb_kementan", "Enterprise Service Bus (ESB) Kementerian Pertanian", "Integrasi dan pertukaran data antar sistem unit eselon I.", "kementan", {}),
      ("spld_diy", "Sistem Penghubung Layanan Daerah (SPLD)", "", "prov-di-yogyakarta", dict(f="Interoperabilitas")),
  ])

G("G29", "Penagihan dan pembayaran penerimaan negara bukan pajak (PNBP): kode billing dan setoran",
  "RAB.09.02", "RAL.02.02", ["Penerimaan Negara", "Keuangan;PNBP"], [
      ("simponi", "SIMPONI (Sistem Informasi PNBP Online)", "Pembuatan kode billing dan pembayaran penerimaan negara bukan pajak.", "kemenkeu", dict(p=True, dpi="dpi-pembayaran-digital")),
      ("billing_kemenhub", "Billing PNBP Online", "Pembuatan kode billing dan pembayaran PNBP layanan perhubungan.", "kemenhub", {}),
      ("sipnbp_bpom", "SIPNBP BPOM", "Penerbitan tagihan dan pembayaran PNBP registrasi dan sertifikasi produk.", "bpom", {}),
      ("epayment_big", "e-Payment PNBP", "Pembayaran PNBP layanan data dan peta geospasial.", "big", {}),
      ("pnbp_atr", "Aplikasi PNBP Online", "", "atr-bpn", N),
  ])

G("G30", "Pembayaran pajak kendaraan bermotor dan pengesahan STNK (Samsat daerah)",
  "RAB.09.02", "RAL.01.41", ["Pendapatan Daerah", "Pajak Daerah;Pendapatan"], [
      ("sambara", "Sambara (Samsat Mobile Jawa Barat)", "Info dan pembayaran pajak kendaraan bermotor tahunan lewat ponsel.", "prov-jawa-barat", {}),
      ("newsakpole", "New Sakpole", "", "prov-jawa-tengah", dict(f="Pendapatan Daerah;Pajak Kendaraan")),
      ("esamsat_jatim", "e-Samsat Jatim", "", "prov-jawa-timur", N),
      ("samsat_bali", "Samsat Online Bali", "Pengesahan STNK tahunan dan pembayaran PKB secara daring.", "prov-bali", {}),
      ("sipkb_lampung", "SIPKB (Sistem Informasi Pajak Kendaraan Bermotor)", "Pendataan objek, penetapan dan pembayaran PKB serta BBNKB.", "prov-lampung", {}),
  ])

G("G31", "Pendataan kebutuhan dan penyaluran pupuk bersubsidi bagi kelompok tani",
  "RAB.02.01", "RAL.01.16", ["Pertanian", "Pertanian;Sarana Produksi"], [
      ("erdkk", "e-RDKK", "Penyusunan rencana definitif kebutuhan kelompok tani untuk alokasi pupuk bersubsidi.", "kementan", {}),
      ("kartutani", "Kartu Tani", "Pendataan petani dan penebusan pupuk bersubsidi menggunakan kartu.", "prov-jawa-tengah", {}),
      ("sipupuk_sulsel", "SIPUPUK (Sistem Informasi Pupuk Bersubsidi)", "", "prov-sulawesi-selatan", dict(f="Pertanian")),
      ("pupuk_ntb", "Alokasi Pupuk Bersubsidi NTB", "Rekap kebutuhan dan realisasi penyaluran pupuk subsidi per kecamatan.", "prov-nusa-tenggara-barat", {}),
  ])

G("G32", "Portal promosi destinasi pariwisata",
  "RAB.02.06", "RAL.01.25", ["Pariwisata", "Pariwisata;Ekonomi Kreatif"], [
      ("indonesiatravel", "Indonesia.travel", "Portal promosi destinasi wisata Indonesia bagi wisatawan mancanegara.", "kemenparekraf", {}),
      ("flobamora_ntt", "NTT Tourism Portal (Flobamora)", "Informasi destinasi, event dan akomodasi wisata NTT.", "prov-nusa-tenggara-timur", {}),
      ("visitingjogja", "Visiting Jogja", "Aplikasi informasi objek wisata, kuliner dan agenda budaya DIY.", "prov-di-yogyakarta", {}),
      ("destinasi_babel", "Sistem Informasi Destinasi Wisata Babel", "Promosi destinasi dan paket wisata Bangka Belitung.", "prov-kepulauan-bangka-belitung", {}),
  ])

G("G33", "Basis data pelaku usaha mikro, kecil dan menengah (UMKM)",
  "RAB.02.04", "RAL.01.23", ["Koperasi dan UMKM", "UMKM;Pemberdayaan Ekonomi"], [
      ("sidtumkm", "Satu Data UMKM (SIDT-UMKM)", "Basis data tunggal pelaku usaha mikro, kecil dan menengah nasional.", "kemenkopukm", dict(th=2023)),
      ("siduma_aceh", "Data UMKM Aceh (SIDUMA)", "Pendataan profil usaha, omzet dan tenaga kerja UMKM.", "prov-aceh", {}),
      ("siumik_kalbar", "Sistem Informasi Usaha Mikro Kalbar", "", "prov-kalimantan-barat", N),
      ("dbukm_banten", "Database UKM Prov Banten", "Registrasi dan pemutakhiran data pelaku UKM binaan.", "prov-banten", {}),
  ])

G("G34", "Pengelolaan hibah dan bantuan sosial dari APBD (proposal, verifikasi, pencairan, laporan)",
  "RAB.09.02", "RAL.02.02", ["Keuangan Daerah", "Hibah dan Bantuan Sosial"], [
      ("ehibah_jatim", "e-Hibah Jatim", "Pengajuan, verifikasi dan pelaporan hibah dan bantuan sosial dari APBD provinsi.", "prov-jawa-timur", {}),
      ("sihibah_sumut", "SIHIBAH", "Pengelolaan proposal hibah dan bansos dari lembaga masyarakat.", "prov-sumatera-utara", {}),
      ("ehibah_dki", "e-Hibah Bansos", "", "prov-dki-jakarta", dict(f="Hibah dan Bantuan Sosial")),
      ("simhiba_riau", "Aplikasi Hibah Daerah (SIMHIBA)", "", "prov-riau", N),
  ])

G("G35", "Whistleblowing system: pelaporan pelanggaran / dugaan korupsi oleh pegawai",
  "RAB.09.06", "RAL.02.08", ["Pengawasan Internal", "Integritas;Pengawasan"], [
      ("wise_kemenkeu", "WiSe (Whistleblowing System) Kemenkeu", "Pelaporan dugaan pelanggaran oleh pegawai secara rahasia.", "kemenkeu", {}),
      ("wbs_pupr", "WBS Kementerian PUPR", "", "kemenpupr", dict(f="Pengawasan Internal")),
      ("wbs_jateng", "Whistle Blowing System", "", "prov-jawa-tengah", N),
      ("wbs_kemenkes", "WBS Itjen Kemenkes", "Pengaduan dugaan korupsi, gratifikasi dan pelanggaran kode etik pegawai Kemenkes.", "kemenkes", {}),
  ])

G("G36", "Pengembangan kompetensi ASN: e-learning, pelatihan dan administrasi diklat",
  "RAB.09.06", "RAL.02.04", ["Pengembangan SDM", "Kepegawaian;Pendidikan dan Pelatihan"], [
      ("mooc_lan", "MOOC Pusat Pembelajaran ASN", "Platform pembelajaran daring dan pelatihan jarak jauh bagi ASN.", "lan", {}),
      ("klc_kemenkeu", "Kemenkeu Learning Center (KLC)", "e-Learning dan manajemen pelatihan pegawai Kemenkeu.", "kemenkeu", {}),
      ("elearning_sulsel", "e-Learning BPSDM Sulsel", "Pelatihan daring, ujian dan sertifikat elektronik bagi ASN daerah.", "prov-sulawesi-selatan", {}),
      ("diklat_bnn", "Diklat Online Pegawai", "", "bnn", N),
  ])

G("G37", "Geoportal: berbagi pakai data dan peta tematik geospasial (simpul jaringan informasi geospasial)",
  "RAB.09.03", "RAL.02.09", ["Informasi Geospasial", "Data;Geospasial"], [
      ("inageoportal", "Ina-Geoportal", "Portal berbagi pakai data dan informasi geospasial nasional (Jaringan Informasi Geospasial Nasional).", "big", {}),
      ("geoportal_kaltim", "Geoportal Kaltim", "", "prov-kalimantan-timur", dict(f="Informasi Geospasial")),
      ("simpuljig_sulteng", "SIMPUL JIG Prov. Sulteng", "Simpul jaringan informasi geospasial provinsi untuk publikasi peta tematik.", "prov-sulawesi-tengah", {}),
      ("sigap_klhk", "SIGAP KLHK", "Portal peta tematik kehutanan dan lingkungan hidup.", "klhk", {}),
  ])

G("G38", "Pencatatan dan pelaporan status gizi / pertumbuhan balita (stunting) berbasis posyandu",
  "RAB.04.01", "RAL.01.04", ["Kesehatan", "Gizi Masyarakat;Kesehatan"], [
      ("eppgbm", "e-PPGBM (Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat)", "Pencatatan status gizi balita hasil penimbangan posyandu secara by name by address.", "kemenkes", {}),
      ("sigizi_ntt", "SIGIZI NTT", "Pencatatan hasil pengukuran balita dan status gizi per posyandu.", "prov-nusa-tenggara-timur", {}),
      ("sipanting_pp", "Aplikasi Pencatatan Gizi Balita (SIPANTING)", "", "prov-papua-pegunungan", dict(f="Kesehatan")),
      ("abs_aceh", "Aceh Bebas Stunting (ABS)", "Pendataan balita dan pengukuran tumbuh kembang oleh kader posyandu.", "prov-aceh", {}),
  ])

G("G39", "Penerimaan peserta didik baru (PPDB / SPMB) jenjang SMA/SMK",
  "RAB.06.01", "RAL.01.02", ["Pendidikan", "Pendidikan Menengah"], [
      ("ppdb_sumbar", "PPDB Online SMA/SMK Prov. Sumbar", "", "prov-sumatera-barat", N),
      ("ppdb_jabar", "PPDB Jabar", "Pendaftaran peserta didik baru SMA, SMK dan SLB negeri jalur zonasi, afirmasi dan prestasi.", "prov-jawa-barat", {}),
      ("spmb_kaltara", "SPMB (Sistem Penerimaan Murid Baru) Kaltara", "Seleksi penerimaan murid baru jenjang SMA/SMK.", "prov-kalimantan-utara", dict(th=2025)),
      ("ppdb_pabar", "PPDB Online", "", "prov-papua-barat", dict(f="Pendidikan")),
      ("eppdb_bengkulu", "e-PPDB Bengkulu", "Pendaftaran dan pengumuman hasil seleksi siswa baru SMA negeri.", "prov-bengkulu", {}),
  ])

G("G40", "Pemantauan titik panas dan kebakaran hutan dan lahan (karhutla)",
  "RAB.07.02", "RAL.01.36", ["Lingkungan Hidup dan Kehutanan", "Kebencanaan;Kehutanan"], [
      ("sipongi", "SiPongi (Sistem Pemantauan Karhutla)", "Pemantauan titik panas dan luas kebakaran hutan dan lahan.", "klhk", {}),
      ("sikarhutla_riau", "SIKARHUTLA Riau", "", "prov-riau", dict(f="Kehutanan")),
      ("karhutla_kalteng", "Sistem Peringatan Dini Kebakaran Lahan Kalteng", "Pemantauan hotspot dan patroli pencegahan kebakaran lahan gambut.", "prov-kalimantan-tengah", {}),
      ("hotspot_kalbar", "Hotspot Monitoring Kalbar", "", "prov-kalimantan-barat", N),
  ])

G("G41", "Tanda tangan elektronik dan sertifikat elektronik untuk dokumen dinas",
  "RAB.09.03", "RAL.02.06", ["Keamanan Informasi", "Persandian;Tanda Tangan Elektronik"], [
      ("bsre", "BSrE - Layanan Tanda Tangan Elektronik", "Penerbitan sertifikat elektronik dan layanan tanda tangan elektronik bagi ASN dan instansi.", "bssn", {}),
      ("sitte_jambi", "SiTTE (Sistem Tanda Tangan Elektronik)", "Penandatanganan dokumen dinas secara elektronik menggunakan sertifikat BSrE.", "prov-jambi", {}),
      ("perurisign", "PeruriSign", "Layanan tanda tangan digital tersertifikasi untuk dokumen elektronik.", "peruri", {}),
      ("tte_bali", "Tanda Tangan Elektronik (TTE) Pemprov Bali", "", "prov-bali", N),
  ])

G("G42", "Survei kepuasan masyarakat (SKM/IKM) atas unit pelayanan publik",
  "RAB.09.06", "RAL.02.07", ["Pelayanan Publik", "Reformasi Birokrasi;Pelayanan Publik"], [
      ("eskm_sulsel", "e-SKM (Survei Kepuasan Masyarakat)", "Survei kepuasan masyarakat atas unit pelayanan publik sesuai ketentuan PermenPANRB.", "prov-sulawesi-selatan", {}),
      ("survei_kumham", "Survei Kepuasan Layanan Online", "Pengisian kuesioner indeks kepuasan masyarakat di unit layanan.", "kemenkumham", {}),
      ("ikm_kalsel", "Aplikasi IKM Online", "", "prov-kalimantan-selatan", dict(f="Pelayanan Publik")),
      ("skm_atr", "SKM Online", "", "atr-bpn", N),
  ])

G("G43", "Layanan pasar kerja: lowongan, pendaftaran pencari kerja (AK/I) dan penempatan",
  "RAB.06.02", "RAL.01.08", ["Ketenagakerjaan", "Penempatan Tenaga Kerja"], [
      ("karirhub", "SIAPkerja - Karirhub", "Layanan pencarian lowongan kerja dan penempatan tenaga kerja nasional.", "kemnaker", {}),
      ("bantenkerja", "Banten Kerja", "", "prov-banten", dict(f="Ketenagakerjaan")),
      ("sibuker_pabar", "SIBUKER (Sistem Informasi Bursa Kerja)", "Informasi lowongan kerja dan pendaftaran pencari kerja (AK/I).", "prov-papua-barat", {}),
      ("bursakerja_jambi", "Bursa Kerja Jambi", "", "prov-jambi", N),
  ])

G("G44", "Perizinan angkutan jalan / izin trayek angkutan umum",
  "RAB.03.04", "RAL.01.15", ["Perhubungan", "Perhubungan Darat;Perizinan"], [
      ("spionam", "SPIONAM (Sistem Perizinan Online Angkutan dan Multimoda)", "Perizinan angkutan orang dan barang lintas provinsi secara daring.", "kemenhub", {}),
      ("etrayek_sumsel", "e-Trayek AKDP", "Izin trayek angkutan antar kota dalam provinsi.", "prov-sumatera-selatan", {}),
      ("izinangkutan_sulsel", "Izin Angkutan Online Sulsel", "", "prov-sulawesi-selatan", dict(f="Perhubungan")),
  ])

G("G45", "Informasi rencana tata ruang wilayah (RTRW/RDTR) untuk publik",
  "RAB.03.02", "RAL.01.14", ["Penataan Ruang", "Tata Ruang;Pertanahan"], [
      ("gistaru", "GISTARU", "Informasi rencana tata ruang wilayah secara geospasial bagi publik.", "atr-bpn", {}),
      ("simtaru_jabar", "SIMTARU Jabar", "Informasi RTRW dan rencana pola ruang provinsi dalam peta interaktif.", "prov-jawa-barat", {}),
      ("tataruang_kalsel", "e-Tata Ruang Kalsel", "", "prov-kalimantan-selatan", dict(f="Penataan Ruang")),
  ])

G("G46", "Pendataan rumah ibadah dan profil kegiatannya",
  "RAB.08.01", "RAL.01.32", ["Agama", "Keagamaan"], [
      ("simas", "SIMAS (Sistem Informasi Masjid)", "Pendataan masjid dan musala seluruh Indonesia beserta profil dan kegiatannya.", "kemenag", {}),
      ("rumahibadah_sulut", "Sistem Informasi Rumah Ibadah Sulut", "Database gereja, masjid, pura, vihara dan klenteng se-provinsi.", "prov-sulawesi-utara", {}),
      ("meunasah_aceh", "SIM Meunasah dan Masjid Aceh", "", "prov-aceh", dict(f="Keagamaan")),
  ])

# --------------------------------------------------------------------------------------------------
# Singletons: (key, nama, deskripsi, instansi, rab, ral, fungsi, trap_note or None, opts)
# trap_note says which group / row the row must NOT be grouped with.
# --------------------------------------------------------------------------------------------------
S = []


def s(key, nama, desc, inst, rab, ral, fungsi="", trap=None, **opts):
    S.append(dict(key=key, nama=nama, desc=desc, inst=inst, rab=rab, ral=ral, fungsi=fungsi, trap=trap, opts=opts))


# --- traps: same acronym / brand / generic name, different function ---
s("ekinerja_kontraktor", "e-Kinerja", "Pemantauan progres fisik dan keuangan paket pekerjaan kontraktor pada proyek jalan dan jembatan.", "kemenpupr", "RAB.03.01", "RAL.01.13", "Pengawasan Konstruksi", trap="e-Kinerja name, but contractor project progress, not ASN performance (G11)")
s("sms_pajak_jatim", "SMS Gateway", "Pengiriman SMS notifikasi jatuh tempo pajak kendaraan kepada wajib pajak.", "prov-jawa-timur", "RAB.09.02", "", "", trap="generic SMS Gateway (notification tool)")
s("sms_bpbd_sumbar", "SMS Gateway BPBD", "Penyebaran pesan peringatan dini bencana ke nomor ponsel warga di daerah rawan.", "prov-sumatera-barat", "RAB.05.02", "", "Kebencanaan", trap="generic SMS Gateway; early-warning broadcast, not disaster event reports (G22)")
s("sms_bkkbn", "SMS Gateway", "", "bkkbn", "", "", "", trap="generic SMS Gateway, name only, unrelated to other SMS gateways")
s("dash_eksekutif_sulteng", "Dashboard Eksekutif", "Ringkasan indikator makro pembangunan daerah untuk pimpinan.", "prov-sulawesi-tengah", "RAB.09.05", "", "", trap="generic Dashboard")
s("dash_marves", "Dashboard Pimpinan", "Tampilan indikator kemaritiman: produksi perikanan, kunjungan wisman dan realisasi investasi.", "kemenko-marves", "RAB.09.05", "", "", trap="generic Dashboard")
s("dash_covid_banten", "Dashboard COVID-19", "Publikasi data kasus COVID-19 harian.", "prov-banten", "RAB.04.01", "", "Kesehatan", trap="generic Dashboard", st="tidak aktif", th=2020)
s("dash_kumhamimipas", "Dashboard Koordinasi Layanan Keimigrasian dan Pemasyarakatan", "Rekap kinerja layanan keimigrasian dan kapasitas lapas per wilayah.", "kemenko-kumham-imipas", "RAB.01.01", "", "", trap="generic Dashboard", th=2025, st="pengembangan")
s("web_maluku", "Website Resmi Pemprov Maluku", "Portal berita dan profil pemerintah provinsi.", "prov-maluku", "RAB.09.04", "", "Komunikasi Publik", trap="generic Website")
s("web_bpip", "Website BPIP", "Publikasi berita dan kegiatan pembinaan ideologi Pancasila.", "bpip", "RAB.09.04", "", "", trap="generic Website")
s("web_bakamla", "Website", "", "bakamla", "", "", "", trap="generic Website, name only")
s("web_papsel", "Website Resmi Provinsi Papua Selatan", "", "prov-papua-selatan", "", "", "Kehumasan", trap="generic Website", th=2023)
s("simadu_desa", "SIMADU (Sistem Informasi Manajemen Desa Terpadu)", "Profil desa, data penduduk desa dan potensi desa untuk pemerintah desa.", "prov-nusa-tenggara-barat", "RAB.09.01", "RAL.02.01", "Pemerintahan Desa", trap="SIMADU acronym shared with madrasah app; village profile, not village finance (G17)")
s("simadu_madrasah", "SIMADU (Sistem Informasi Madrasah Terpadu)", "Administrasi akademik madrasah: data siswa, nilai rapor dan jadwal pelajaran.", "kemenag", "RAB.06.01", "RAL.01.02", "Pendidikan Madrasah", trap="SIMADU acronym shared with village app")
s("sipeg_gambut", "SIPEG (Sistem Informasi Pengelolaan Ekosistem Gambut)", "Pemetaan dan pemantauan restorasi ekosistem gambut.", "klhk", "RAB.07.02", "", "Lingkungan Hidup", trap="SIPEG looks like a personnel app (G01) but is peat restoration")
s("simponi_damkar", "SIMPONI (Sistem Informasi Monitoring Pos Pemadam dan Inventaris)", "Pemantauan kesiapan pos pemadam kebakaran, armada dan peralatan.", "prov-dki-jakarta", "RAB.05.01", "", "Pemadam Kebakaran", trap="SIMPONI acronym shared with Kemenkeu PNBP platform (G29)")
s("silapor_humas", "SiLapor", "Pelaporan dokumentasi kegiatan kehumasan dan liputan kegiatan pimpinan.", "prov-kepulauan-riau", "RAB.09.04", "", "Kehumasan", trap="'Lapor' in the name, not a complaints channel (G03)")
s("aduan_konten", "Aduan Konten", "Pelaporan konten negatif internet (hoaks, pornografi, judi online) untuk ditindaklanjuti dengan pemblokiran.", "komdigi", "RAB.09.04", "RAL.01.10", "Pengendalian Konten Internet", trap="content takedown reports, not public-service complaints (G03)")
s("siap_pesisir", "SIAP (Sistem Informasi Ancaman Pesisir)", "Peringatan banjir rob dan gelombang tinggi untuk masyarakat pesisir.", "bmkg", "RAB.05.02", "", "Meteorologi", trap="SIAP acronym shared with attendance app (G13)")
s("srikandi_ppa", "Srikandi Sahabat Perempuan", "Layanan konseling daring dan rujukan bagi perempuan korban kekerasan.", "kemenpppa", "RAB.04.02", "RAL.01.07", "Perlindungan Perempuan dan Anak", trap="Srikandi brand, not the ANRI correspondence platform (G02)")
s("siga_pppa", "SIGA (Sistem Informasi Gender dan Anak)", "Data terpilah gender dan anak untuk perencanaan pembangunan responsif gender.", "kemenpppa", "RAB.04.02", "", "Pemberdayaan Perempuan", trap="SIGA acronym shared with BKKBN family data app")
s("siga_bkkbn", "SIGA (Sistem Informasi Keluarga)", "Pencatatan hasil pendataan keluarga dan pelayanan keluarga berencana.", "bkkbn", "RAB.04.03", "", "Keluarga Berencana", trap="SIGA acronym shared with KemenPPPA gender data app")
s("ekatalog_umkm_sulsel", "e-Katalog UMKM", "Etalase daring produk unggulan UMKM untuk promosi kepada konsumen.", "prov-sulawesi-selatan", "RAB.02.04", "", "UMKM;Pemasaran", trap="e-Katalog name but product promotion, not government e-purchasing (G06) nor the UMKM register (G33)")
s("presensi_siswa_diy", "e-Presensi Siswa", "Kehadiran siswa SMA/SMK negeri melalui kartu RFID dan notifikasi ke orang tua.", "prov-di-yogyakarta", "RAB.06.01", "", "Pendidikan", trap="attendance of pupils, not employee attendance (G13)")
s("bursa_inovasi_desa", "Bursa Inovasi Desa", "Pertukaran gagasan dan praktik baik inovasi pembangunan desa.", "kemendes-pdtt", "RAB.09.01", "", "Pembangunan Desa", trap="'Bursa' but not a job market (G43)")
s("rumah_belajar", "Rumah Belajar", "Portal sumber belajar daring untuk siswa dan guru.", "kemendikbudristek", "RAB.06.01", "RAL.01.02", "Pendidikan", trap="e-learning for pupils, not ASN training (G36)")
s("pendanaan_riset", "Sistem Pendanaan Riset (e-Pendanaan)", "Pengajuan, seleksi dan monitoring hibah pendanaan riset dan inovasi.", "brin", "RAB.06.03", "", "Riset dan Inovasi", trap="research grants, not APBD hibah/bansos (G34)")
s("sensus_capi", "Sensus dan Survei CAPI", "Pencacahan survei dan sensus berbasis tablet oleh petugas lapangan.", "bps", "RAB.09.03", "", "Statistik Dasar", trap="statistical survey, not satisfaction survey (G42)")
s("bhumi_znt", "Bhumi ATR/BPN - Peta Zona Nilai Tanah", "Informasi zona nilai tanah dan bidang tanah terdaftar.", "atr-bpn", "RAB.03.03", "", "Pertanahan", trap="land value map: not commodity prices (G23), not geoportal (G37) or spatial plan (G45)")
s("paskecil_kemenhub", "Pendaftaran Kapal dan Pas Kecil Online", "Penerbitan surat ukur, pas kecil dan pendaftaran kapal berbendera Indonesia.", "kemenhub", "RAB.03.04", "", "Perhubungan Laut", trap="ship registration/measurement, not fishing licence (G24)")
s("ereg_bpom", "e-Registration Obat dan Makanan", "Pendaftaran dan penerbitan izin edar obat dan makanan.", "bpom", "RAB.04.01", "", "Pengawasan Obat dan Makanan", trap="product marketing authorisation, not business licensing (G25)")
s("kartu_prakerja", "Kartu Prakerja", "Program bantuan biaya pelatihan dan insentif bagi pencari kerja dan pekerja.", "kemenko-perekonomian", "RAB.06.02", "", "Ketenagakerjaan", trap="training subsidy, not job matching (G43)")
s("wlkp", "WLKP (Wajib Lapor Ketenagakerjaan di Perusahaan)", "Pelaporan data ketenagakerjaan oleh perusahaan secara daring.", "kemnaker", "RAB.06.02", "", "Ketenagakerjaan", trap="company manpower reporting, not job matching (G43)")
s("simluhtan", "SIMLUHTAN", "Data penyuluh pertanian, kelembagaan petani dan programa penyuluhan.", "kementan", "RAB.02.01", "", "Pertanian", trap="agricultural extension, neighbour of subsidised fertiliser (G31)")
s("sipades", "SIPADES (Sistem Pengelolaan Aset Desa)", "Pencatatan aset desa dan laporan kekayaan milik desa.", "kemendagri", "RAB.09.01", "RAL.02.01", "Pemerintahan Desa", trap="village assets: neighbour of village finance (G17) and regional assets (G10)", j="umum")
s("inarisk", "InaRISK", "Portal kajian risiko bencana: peta bahaya, kerentanan dan kapasitas.", "bnpb", "RAB.05.02", "", "Penanggulangan Bencana", trap="risk assessment, not disaster event reporting (G22)")
s("jikn", "JIKN (Jaringan Informasi Kearsipan Nasional)", "Layanan penelusuran arsip statis dan khazanah arsip nasional.", "anri", "RAB.09.07", "", "Kearsipan", trap="static archives, not dynamic correspondence (G02)")
s("span", "SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "Sistem perbendaharaan negara untuk pencairan dana, manajemen kas dan akuntansi pemerintah pusat.", "kemenkeu", "RAB.09.02", "RAL.02.02", "Perbendaharaan Negara", trap="central treasury back end, neighbour of SAKTI (G09)", p=True)
s("krisna", "KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "Kolaborasi perencanaan dan penganggaran berbasis kinerja K/L (Renja K/L, pagu dan RKA-K/L).", "bappenas", "RAB.09.05", "RAL.02.03", "Perencanaan;Penganggaran", trap="national K/L planning platform, neighbour of SAKTI (G09) and SIPD planning (G07)", p=True)
s("sscasn", "SSCASN (Sistem Seleksi Calon ASN)", "Pendaftaran dan seleksi calon ASN dan PPPK secara nasional.", "bkn", "RAB.09.06", "RAL.02.04", "Pengadaan ASN", trap="recruitment, neighbour of personnel records (G01)", p=True)
s("ikd", "IKD (Identitas Kependudukan Digital)", "KTP digital di ponsel yang diaktivasi dari data kependudukan Dukcapil.", "kemendagri", "RAB.03.07", "", "Kependudukan", trap="digital ID document, neighbour of SSO (G27)", p=True, dpi="dpi-identitas-digital")
s("monev_stunting", "Sistem Monitoring Percepatan Penurunan Stunting", "Pemantauan capaian intervensi percepatan penurunan stunting lintas kementerian dan daerah.", "kemenko-pmk", "RAB.04.01", "", "Kesehatan;Koordinasi", trap="programme monitoring, not child growth records (G38)")
s("sirs_online", "SIRS Online", "Pelaporan data rumah sakit (tempat tidur, ketenagaan, kunjungan) ke Kementerian Kesehatan.", "kemenkes", "RAB.04.01", "", "Kesehatan", trap="hospital reporting to ministry, not hospital management (G19)")
s("silabkesda", "SILABKESDA (Sistem Informasi Laboratorium Kesehatan Daerah)", "Registrasi sampel, hasil uji dan pelaporan laboratorium kesehatan daerah.", "prov-sumatera-selatan", "RAB.04.01", "", "", trap="lab information system, neighbour of SIMRS (G19) and puskesmas (G18)")
s("sigatun_kaltim", "SIGATUN (Sistem Informasi Gaji dan Tunjangan)", "Perhitungan gaji, TPP dan potongan pegawai setiap bulan.", "prov-kalimantan-timur", "RAB.09.02", "", "Keuangan;Kepegawaian", trap="payroll, neighbour of personnel records (G01) and performance (G11)")
s("rancangan_setneg", "Aplikasi Pengelolaan Rancangan Peraturan Perundang-undangan", "Penyampaian, harmonisasi dan penelusuran status RUU dan RPP.", "kemensetneg", "RAB.09.07", "", "Hukum", trap="law drafting workflow, not legal documentation (G15)")
s("ahu_online", "AHU Online", "Pendaftaran badan hukum PT, yayasan, perkumpulan dan jaminan fidusia.", "kemenkumham", "RAB.09.07", "", "Administrasi Hukum Umum", trap="legal-entity registration, not business licensing (G25)")
s("inatrade", "INATRADE", "Perizinan ekspor dan impor secara elektronik yang terhubung dengan INSW.", "kemendag", "RAB.02.03", "", "Perdagangan Luar Negeri", trap="export/import permits, not general PTSP licensing (G25)")
s("sihalal", "SIHALAL", "Pengajuan sertifikasi halal produk oleh pelaku usaha.", "kemenag", "RAB.08.01", "", "Jaminan Produk Halal", trap="halal certification, not business licensing (G25)")
s("balis", "B@LIS (Perizinan Pemanfaatan Tenaga Nuklir)", "Perizinan pemanfaatan sumber radiasi pengion dan bahan nuklir.", "bapeten", "RAB.07.04", "", "Pengawasan Tenaga Nuklir", trap="nuclear licensing, not general PTSP licensing (G25)")
s("simbg", "SIMBG (Sistem Informasi Manajemen Bangunan Gedung)", "Penerbitan persetujuan bangunan gedung (PBG) dan sertifikat laik fungsi.", "kemenpupr", "RAB.03.01", "", "Bangunan Gedung", trap="building approval, not PTSP business licensing (G25)")
s("eeppd", "e-EPPD", "Evaluasi penyelenggaraan pemerintahan daerah dan penyusunan LPPD.", "kemendagri", "RAB.09.01", "RAL.02.07", "Otonomi Daerah", trap="local-government performance evaluation, neighbour of SAKIP (G12)")
s("pasarlelang_bengkulu", "Sistem Informasi Pasar Lelang Komoditas", "Jadwal dan hasil pasar lelang forward komoditas pertanian.", "prov-bengkulu", "RAB.02.03", "", "Perdagangan", trap="commodity auctions, not market price monitoring (G23)")
s("inapas_like_portal", "Portal Layanan Publik Terpadu (INAku)", "Portal satu pintu layanan digital pemerintah bagi warga.", "ina-digital", "RAB.09.03", "", "Pelayanan Publik", trap="citizen service portal, neighbour of INApas SSO (G27)", th=2025, st="pengembangan")

# --- other singletons: unique functions, sectoral and administrative ---
s("siak", "SIAK Terpusat (Sistem Informasi Administrasi Kependudukan)", "Pencatatan biodata penduduk, kartu keluarga, KTP-el dan akta pencatatan sipil.", "kemendagri", "RAB.03.07", "", "Kependudukan;Pencatatan Sipil", p=True)
s("satusehat", "SATUSEHAT", "Platform interoperabilitas data kesehatan yang menghubungkan fasilitas pelayanan kesehatan dan sistem informasi kesehatan.", "kemenkes", "RAB.04.01", "", "Kesehatan;Interoperabilitas", p=True, dpi="dpi-pertukaran-data")
s("pdn", "Pusat Data Nasional (PDN) - Layanan Cloud Pemerintah", "Layanan komputasi awan dan penyimpanan bersama untuk instansi pusat dan daerah.", "komdigi", "RAB.09.03", "", "Infrastruktur SPBE", p=True)
s("dapodik", "Dapodik (Data Pokok Pendidikan)", "Pendataan satuan pendidikan, peserta didik, pendidik, tenaga kependidikan dan sarana prasarana.", "kemendikbudristek", "RAB.06.01", "RAL.01.02", "Pendidikan")
s("pddikti", "PDDikti", "Pangkalan data pendidikan tinggi: perguruan tinggi, program studi, dosen dan mahasiswa.", "kemendikbudristek", "RAB.06.01", "", "Pendidikan Tinggi")
s("infogtk", "Info GTK", "Informasi status tunjangan profesi dan validasi data guru.", "kemendikbudristek", "RAB.06.01", "", "")
s("sisrute", "SISRUTE", "Sistem rujukan terintegrasi antar fasilitas pelayanan kesehatan.", "kemenkes", "RAB.04.01", "", "Kesehatan")
s("sippn", "SIPPN (Sistem Informasi Pelayanan Publik Nasional)", "Basis data unit penyelenggara dan standar pelayanan publik nasional.", "kemenpanrb", "RAB.09.06", "", "Pelayanan Publik")
s("eformasi", "e-Formasi", "Pengusulan kebutuhan formasi ASN oleh instansi pusat dan daerah.", "kemenpanrb", "RAB.09.06", "RAL.02.04", "Kepegawaian")
s("evaluasi_spbe", "Aplikasi Evaluasi SPBE", "Penilaian mandiri dan evaluasi indeks SPBE instansi pemerintah.", "kemenpanrb", "RAB.09.06", "", "Tata Kelola SPBE")
s("sikp", "SIKP (Sistem Informasi Kredit Program)", "Penyaluran dan subsidi bunga Kredit Usaha Rakyat oleh bank penyalur.", "kemenkeu", "RAB.09.02", "", "Pembiayaan UMKM")
s("tka_online", "TKA Online", "Pengesahan rencana penggunaan tenaga kerja asing (RPTKA).", "kemnaker", "RAB.06.02", "", "")
s("siinas", "SIINas (Sistem Informasi Industri Nasional)", "Pelaporan data produksi dan kapasitas oleh perusahaan industri.", "kemenperin", "RAB.02.02", "", "Perindustrian")
s("ecert_karantina", "e-Cert Karantina Pertanian", "Penerbitan sertifikat kesehatan tumbuhan dan hewan untuk ekspor.", "kementan", "RAB.02.01", "", "Karantina")
s("sentuh_tanahku", "Sentuh Tanahku", "Informasi berkas permohonan layanan pertanahan dan sertifikat tanah.", "atr-bpn", "RAB.03.03", "", "Pertanahan")
s("ods_koperasi", "ODS Koperasi (Online Data System)", "Pendataan koperasi dan laporan rapat anggota tahunan secara daring.", "kemenkopukm", "RAB.02.04", "", "Koperasi")
s("siskohat", "SISKOHAT", "Pendaftaran dan pengelolaan data jemaah haji reguler.", "kemenag", "RAB.08.01", "", "Penyelenggaraan Haji")
s("simkah", "SIMKAH", "Pencatatan nikah di KUA secara elektronik.", "kemenag", "RAB.08.01", "", "")
s("keolahragaan", "Sistem Informasi Keolahragaan Nasional", "Pendataan atlet, pelatih dan prestasi olahraga.", "kemenpora", "RAB.06.04", "", "Kepemudaan dan Olahraga")
s("idm_online", "Indeks Desa Membangun (IDM) Online", "Pengukuran status perkembangan desa berdasarkan pemutakhiran data desa.", "kemendes-pdtt", "RAB.09.01", "", "Pembangunan Desa")
s("modi", "MODI (Minerba One Data Indonesia)", "Basis data perusahaan dan wilayah izin usaha pertambangan mineral dan batubara.", "kesdm", "RAB.07.04", "", "Energi dan Sumber Daya Mineral")
s("sih3", "SIH3 (Sistem Informasi Hidrologi, Hidrometeorologi dan Hidrogeologi)", "Data hidrologi, hidrometeorologi dan hidrogeologi wilayah sungai.", "kemenpupr", "RAB.03.01", "", "Sumber Daya Air")
s("mitradarat", "MitraDarat", "Informasi angkutan darat dan pendaftaran program mudik gratis.", "kemenhub", "RAB.03.04", "", "Perhubungan Darat")
s("kusuka", "KUSUKA (Kartu Pelaku Usaha Kelautan dan Perikanan)", "Pendataan nelayan, pembudidaya dan pengolah ikan sebagai basis program bantuan.", "kkp", "RAB.07.03", "", "Kelautan dan Perikanan")
s("amdalnet", "AMDALNET", "Penyusunan dan penilaian dokumen lingkungan hidup secara daring.", "klhk", "RAB.07.01", "", "Lingkungan Hidup")
s("sipsn", "SIPSN (Sistem Informasi Pengelolaan Sampah Nasional)", "Data timbulan sampah dan kinerja pengelolaan sampah daerah.", "klhk", "RAB.07.01", "", "Persampahan")
s("chse", "Sistem Informasi Sertifikasi CHSE", "Sertifikasi kebersihan, kesehatan, keselamatan dan kelestarian lingkungan usaha pariwisata.", "kemenparekraf", "RAB.02.06", "", "Pariwisata", st="tidak aktif", th=2020)
s("lkpm", "LKPM Online", "Laporan kegiatan penanaman modal oleh pelaku usaha.", "kementerian-investasi", "RAB.02.05", "", "Penanaman Modal")
s("romantik", "Romantik (Rekomendasi Kegiatan Statistik)", "Pengajuan rekomendasi kegiatan statistik sektoral instansi.", "bps", "RAB.09.03", "", "Statistik")
s("insiden_siber", "Sistem Pelaporan Insiden Siber", "Pelaporan dan penanganan insiden keamanan siber instansi pemerintah.", "bssn", "RAB.09.03", "", "Keamanan Siber")
s("rin_brin", "RIN (Repositori Ilmiah Nasional)", "Repositori data dan publikasi hasil penelitian.", "brin", "RAB.06.03", "", "Riset")
s("sin_rehab", "SIN Rehabilitasi", "Pencatatan klien rehabilitasi narkoba di institusi penerima wajib lapor.", "bnn", "RAB.05.01", "", "Pencegahan dan Pemberantasan Narkoba")
s("rescue115", "Rescue 115", "Aplikasi panggilan darurat pencarian dan pertolongan.", "basarnas", "RAB.05.02", "", "Pencarian dan Pertolongan")
s("sispk_bsn", "SISPK (Sistem Informasi Standardisasi dan Penilaian Kesesuaian)", "Penelusuran SNI dan pengajuan usulan standar.", "bsn", "RAB.02.02", "", "Standardisasi")
s("labkurtannas", "Labkurtannas (Laboratorium Pengukuran Ketahanan Nasional)", "Pengukuran indeks ketahanan nasional per provinsi.", "lemhannas", "RAB.01.01", "", "")
s("stin_taruna", "Aplikasi Penerimaan Taruna STIN", "Pendaftaran dan seleksi calon taruna Sekolah Tinggi Intelijen Negara.", "bin", "RAB.01.01", "", "")
s("imic_bakamla", "Indonesian Maritime Information Centre (IMIC)", "Pemantauan lalu lintas kapal dan kejadian keamanan laut terpadu.", "bakamla", "RAB.01.01", "", "Keamanan Laut")
s("komcad", "Sistem Informasi Komponen Cadangan", "Pendaftaran dan pengelolaan komponen cadangan pertahanan negara.", "kemhan", "RAB.01.01", "RAL.01.01", "Pertahanan")
s("mpaspor", "M-Paspor", "Permohonan paspor RI secara daring dengan pilihan jadwal kedatangan.", "kemenkumham", "RAB.01.02", "", "Keimigrasian")
s("peduliwni", "Portal Peduli WNI", "Lapor diri dan pelayanan perlindungan WNI di luar negeri.", "kemlu", "RAB.01.02", "RAL.01.02", "Hubungan Luar Negeri")
s("kerawanan_pemilu", "Aplikasi Pemantauan Kerawanan Pemilu", "Pemantauan indeks kerawanan pemilu dan konflik sosial lintas instansi.", "kemenko-polhukam", "RAB.09.01", "", "Politik dan Keamanan", st="tidak aktif", th=2019)
s("isu_polkam", "Sistem Koordinasi Penanganan Isu Strategis", "", "kemenko-polkam", "", "", "Koordinasi Politik dan Keamanan", th=2025)
s("simiw", "SIMIW (Sistem Informasi Monitoring Infrastruktur Wilayah)", "Pemantauan kemajuan proyek infrastruktur dan pengembangan kewilayahan lintas kementerian.", "kemenko-ipk", "RAB.03.01", "", "", th=2025, st="pengembangan")
s("pm_terpadu", "Aplikasi Pemberdayaan Masyarakat Terpadu", "Pemetaan program pemberdayaan masyarakat dan penerima manfaat lintas kementerian.", "kemenko-pm", "RAB.04.02", "", "", th=2025)
s("kinerja_bumn", "Portal Pelaporan Kinerja BUMN", "Penyampaian laporan keuangan dan KPI BUMN kepada kementerian.", "kementerian-bumn", "RAB.02.02", "", "Pembinaan BUMN")
s("tanda_kehormatan", "Sistem Informasi Tanda Kehormatan", "Usulan dan verifikasi penganugerahan tanda kehormatan Republik Indonesia.", "kemensetneg", "RAB.09.07", "", "Kesekretariatan Negara")
s("siberkreasi", "Siberkreasi", "Pendaftaran dan pelaporan kelas literasi digital masyarakat.", "kominfo", "RAB.09.04", "", "Literasi Digital")
s("elogistik_kemensos", "e-Logistik Bufferstock", "Pengelolaan stok logistik bantuan bencana di gudang Kementerian Sosial.", "kemensos", "RAB.04.02", "", "Perlindungan Sosial")
s("pemetaan_teror", "Sistem Informasi Pemetaan Kerawanan Terorisme", "", "bnpt", "RAB.05.01", "", "Penanggulangan Terorisme")
s("inatews", "InaTEWS", "Peringatan dini tsunami dan informasi gempa bumi.", "bmkg", "RAB.05.02", "", "Geofisika")
s("zakat_aceh", "SIM Zakat Baitul Mal Aceh", "Pengelolaan penerimaan dan penyaluran zakat dan infak.", "prov-aceh", "RAB.08.01", "", "Keagamaan")
s("airtanah_sumut", "Aplikasi Rekomendasi Teknis Air Tanah", "Permohonan rekomendasi teknis pengambilan air tanah.", "prov-sumatera-utara", "RAB.07.04", "", "")
s("sijali_riau", "SIJALI (Sistem Informasi Jalan Provinsi)", "Data kondisi dan penanganan ruas jalan provinsi.", "prov-riau", "RAB.03.01", "", "Pekerjaan Umum")
s("batubara_jambi", "Sistem Pemantauan Angkutan Batubara", "Pemantauan angkutan batubara yang melintas jalan umum provinsi.", "prov-jambi", "RAB.03.04", "", "Perhubungan")
s("sibesum", "Sistem Informasi Beasiswa Sumsel (SIBESUM)", "Pendaftaran dan seleksi beasiswa mahasiswa berprestasi.", "prov-sumatera-selatan", "RAB.06.01", "", "Pendidikan")
s("reklamasi_babel", "Sistem Informasi Reklamasi Lahan Bekas Tambang", "", "prov-kepulauan-bangka-belitung", "RAB.07.04", "", "")
s("simiri_lampung", "SIMIRI (Sistem Informasi Irigasi)", "Inventarisasi jaringan irigasi kewenangan provinsi dan kondisinya.", "prov-lampung", "RAB.03.01", "", "Sumber Daya Air")
s("jaklingko", "JakLingko", "Integrasi tarif dan rute angkutan umum Jakarta.", "prov-dki-jakarta", "RAB.03.04", "", "Perhubungan")
s("citarum", "Citarum Harum", "Pemantauan kualitas air sungai dan program pemulihan DAS Citarum.", "prov-jawa-barat", "RAB.07.01", "", "Lingkungan Hidup")
s("tanah_kasultanan", "Sistem Informasi Tanah Kasultanan dan Kadipaten", "Inventarisasi dan perizinan penggunaan tanah kasultanan dan kadipaten.", "prov-di-yogyakarta", "RAB.03.03", "", "Pertanahan;Keistimewaan")
s("subak_bali", "Sistem Informasi Subak", "Pendataan subak, luas sawah dan jadwal tanam.", "prov-bali", "RAB.02.01", "", "")
s("airbersih_ntt", "Aplikasi Pemantauan Air Bersih (SIPAB)", "Data sumber air dan distribusi air bersih di desa rawan kekeringan.", "prov-nusa-tenggara-timur", "RAB.03.01", "", "")
s("perbatasan_kalbar", "SIPERBAT (Sistem Informasi Perbatasan)", "Data kawasan perbatasan negara dan pos lintas batas.", "prov-kalimantan-barat", "RAB.09.01", "", "Pengelolaan Perbatasan")
s("sidaya_kalteng", "SIDAYA (Sistem Informasi Data Adat Dayak)", "Pendataan kedamangan dan lembaga adat Dayak.", "prov-kalimantan-tengah", "RAB.08.02", "", "Kebudayaan")
s("limboto", "Sistem Informasi Danau Limboto", "Pemantauan revitalisasi dan sedimentasi Danau Limboto.", "prov-gorontalo", "RAB.07.01", "", "")
s("lumbung_sulbar", "Lumbung Pangan Sulbar", "Pencatatan stok cadangan pangan pemerintah daerah.", "prov-sulawesi-barat", "RAB.02.01", "", "Ketahanan Pangan")
s("rempah_malut", "Sistem Informasi Rempah Maluku Utara", "Data produksi pala, cengkeh dan kelapa serta rantai pasoknya.", "prov-maluku-utara", "RAB.02.01", "", "Perkebunan")
s("sioap_papua", "SIOAP (Sistem Informasi Orang Asli Papua)", "Pendataan orang asli Papua untuk program afirmasi dana otonomi khusus.", "prov-papua", "RAB.03.07", "", "")
s("perintis_pateng", "Aplikasi Jadwal Penerbangan Perintis", "Informasi jadwal dan pemesanan kursi penerbangan perintis ke daerah pedalaman.", "prov-papua-tengah", "RAB.03.04", "", "Perhubungan Udara")
s("rtlh_jateng", "SI-RTLH (Rumah Tidak Layak Huni)", "Pendataan dan verifikasi rumah tidak layak huni calon penerima bantuan perbaikan.", "prov-jawa-tengah", "RAB.03.05", "", "Perumahan")
s("bbm_nelayan_sulut", "Sistem Distribusi BBM Nelayan", "Rekomendasi dan kuota BBM bersubsidi untuk kapal nelayan kecil.", "prov-sulawesi-utara", "RAB.07.03", "", "Kelautan dan Perikanan")
s("honai_papeg", "Sistem Informasi Honai Sehat", "Pendataan rumah honai dan sanitasi di kampung binaan.", "prov-papua-pegunungan", "RAB.04.01", "", "")
s("aset_pbd", "Aplikasi Pelaporan Kegiatan Gubernur", "Agenda dan dokumentasi kegiatan gubernur.", "prov-papua-barat-daya", "RAB.09.04", "", "Protokol")
s("lansia_bengkulu", "Sistem Informasi Lansia", "Pendataan lanjut usia dan layanan home care.", "prov-bengkulu", "RAB.04.02", "", "Sosial")

# --------------------------------------------------------------------------------------------------
# Proposals
# --------------------------------------------------------------------------------------------------
PROPOSALS = [
    ("Sistem Data Guru dan Tenaga Kependidikan Dinas Pendidikan", "Kami ingin membangun database pegawai dinas yang menyimpan riwayat pangkat, mutasi dan usulan pensiun guru serta tenaga kependidikan ASN.", ["siasn"]),
    ("Aplikasi Surat Keluar-Masuk dan Disposisi Digital", "Mengganti buku agenda surat dengan aplikasi pencatatan surat masuk, surat keluar dan disposisi pimpinan di seluruh bidang.", ["srikandi"]),
    ("Kanal Aspirasi Warga", "Warga dapat mengirim keluhan tentang layanan dinas melalui web dan WhatsApp lalu memantau tindak lanjutnya.", ["lapor"]),
    ("Portal Lelang Pekerjaan Konstruksi", "Aplikasi untuk mengumumkan dan melaksanakan tender paket pekerjaan konstruksi secara online beserta evaluasi penawaran.", ["spse"]),
    ("Toko Online ATK Pemerintah", "Perangkat daerah bisa membeli alat tulis dan kebutuhan kantor langsung dari penyedia yang sudah memiliki harga tayang.", ["ekatalog"]),
    ("Aplikasi Rencana Pengadaan OPD", "Setiap OPD menginput paket pengadaan yang akan dilaksanakan tahun depan untuk diumumkan kepada calon penyedia.", ["sirup"]),
    ("e-Renbang Daerah", "Penyusunan RKPD, usulan musrenbang dan rancangan KUA-PPAS provinsi dalam satu aplikasi.", ["sipd_renc"]),
    ("Aplikasi Bendahara dan SP2D", "Bendahara OPD membuat SPP dan SPM, BUD menerbitkan SP2D dan semua transaksi tercatat di buku kas umum.", ["sipd_tu"]),
    ("Aplikasi Keuangan Balai Besar", "Unit pelaksana teknis kementerian membutuhkan aplikasi untuk menyusun RKA satker, mencatat realisasi belanja dan menyusun laporan keuangan.", ["sakti"]),
    ("Sistem Inventaris Aset Tanah dan Gedung Pemprov", "Mencatat kartu inventaris barang, mutasi dan penghapusan aset milik pemerintah provinsi.", ["simda_bmd", "simbada_jatim"]),
    ("Aplikasi Capaian Kinerja Harian Pegawai", "Pegawai mengisi target SKP dan realisasi kinerja, atasan memberi penilaian setiap bulan.", ["ekinerja_bkn"]),
    ("Aplikasi Laporan Kinerja Instansi", "Menyusun perjanjian kinerja, mengukur IKU dan menghasilkan LKjIP tahunan dinas.", ["esakip"]),
    ("Absensi Pegawai Berbasis Geotagging", "ASN melakukan absen masuk dan pulang melalui ponsel dengan validasi lokasi kantor dan foto wajah.", ["epresensi_banten", "presensiwajah_kalsel"]),
    ("Layanan Permohonan Informasi Publik", "Masyarakat mengajukan permohonan informasi dan keberatan kepada PPID secara online.", ["eppid_kementan", "ppid_aceh"]),
    ("Database Peraturan Gubernur", "Mengunggah dan menyediakan pencarian perda, pergub dan SK gubernur untuk publik.", ["jdihn", "siphd_diy"]),
    ("Portal Dataset Sektoral Dinas", "Publikasi dataset statistik sektoral dinas dalam format terbuka beserta metadatanya.", ["sdi"]),
    ("Aplikasi APBDes dan SPJ Dana Desa", "Perangkat desa menyusun APBDes, mencatat pengeluaran dan membuat laporan pertanggungjawaban dana desa.", ["siskeudes"]),
    ("Rekam Medis Elektronik Puskesmas", "Pencatatan pendaftaran pasien, pemeriksaan dan resep di puskesmas serta laporan bulanan ke dinas.", ["rmep_lampung", "simpus_babel"]),
    ("SIM Rumah Sakit untuk RSUD Baru", "RSUD yang baru beroperasi memerlukan aplikasi pendaftaran, rawat inap, farmasi dan billing pasien.", ["simrs_gos"]),
    ("Aplikasi Baca Buku Digital Perpustakaan Daerah", "Anggota perpustakaan dapat meminjam dan membaca e-book lewat ponsel.", ["ipusnas"]),
    ("Otomasi Perpustakaan Sekolah dan Daerah", "Katalogisasi koleksi, peminjaman buku dan katalog online untuk perpustakaan daerah.", ["inlislite"]),
    ("Aplikasi Lapor Kejadian Banjir dan Longsor", "Petugas lapangan BPBD melaporkan kejadian bencana, jumlah korban dan kerusakan secara cepat.", ["dibi"]),
    ("Pantau Harga Sembako", "Petugas pasar menginput harga beras, cabai dan minyak goreng setiap hari untuk dipublikasikan kepada warga.", ["sp2kp", "siskaperbapo"]),
    ("Aplikasi Izin Kapal Nelayan Provinsi", "Pelayanan SIUP dan SIPI untuk kapal penangkap ikan kewenangan provinsi.", ["silat", "izinikan_sulut"]),
    ("Layanan Perizinan Usaha Satu Pintu", "Pelaku usaha mengajukan izin usaha dan memantau penerbitan izin secara online di DPMPTSP.", ["ossrba", "sicantik"]),
    ("Aplikasi Data Keluarga Miskin Daerah", "Pendataan dan verifikasi keluarga miskin sebagai dasar penetapan penerima bantuan sosial daerah.", ["siksng"]),
    ("Login Tunggal Aplikasi Pemprov", "Satu akun untuk warga dan pegawai agar bisa masuk ke semua aplikasi layanan pemerintah provinsi.", ["inapas"]),
    ("Integrasi Data Antar Aplikasi OPD", "Membangun layanan API agar aplikasi antar perangkat daerah dapat saling bertukar data.", ["splp"]),
    ("Pembayaran Tarif Layanan Laboratorium Balai", "Pembuatan tagihan dan pembayaran tarif layanan uji laboratorium yang merupakan PNBP.", ["simponi"]),
    ("Bayar Pajak Kendaraan Lewat Ponsel", "Wajib pajak mengecek tagihan PKB dan melakukan pembayaran serta pengesahan STNK tahunan secara online.", ["sambara", "esamsat_jatim"]),
    ("Pemantauan Titik Api Kebakaran Lahan", "Menampilkan titik panas dari satelit dan laporan patroli untuk pencegahan kebakaran hutan dan lahan.", ["sipongi"]),
    ("Tanda Tangan Digital Dokumen Dinas", "Pejabat menandatangani surat dan dokumen dinas secara elektronik dengan sertifikat elektronik.", ["bsre"]),
    ("Pencatatan Gizi Balita Posyandu", "Kader posyandu mencatat berat dan tinggi badan balita untuk memantau status gizi dan stunting.", ["eppgbm"]),
    # novel: nothing in the inventory does these
    ("SIMPEG Ternak", "Pencatatan kepemilikan, vaksinasi dan mutasi ternak sapi di peternakan rakyat.", []),
    ("e-Katalog Cagar Budaya", "Inventarisasi dan registrasi objek cagar budaya beserta status pelestariannya.", []),
    ("SIMAKAM (Sistem Informasi Pemakaman Umum)", "Pemesanan petak makam di TPU dan pendataan ahli waris.", []),
    ("SRIKANDI Udara", "Pemantauan kualitas udara ambien dari sensor di kawasan industri.", []),
    ("SIAP Kurban", "Pendaftaran dan pemeriksaan kesehatan hewan kurban menjelang Iduladha.", []),
    ("Aplikasi Manajemen Lomba MTQ", "Pendaftaran peserta, penjurian dan rekap nilai Musabaqah Tilawatil Quran tingkat provinsi.", []),
    ("SIASN Musik (Sistem Informasi Apresiasi Seniman Nusantara)", "Pendaftaran dan kurasi seniman musik tradisional untuk program apresiasi budaya daerah.", []),
    ("e-Kinerja Alat Berat", "Pencatatan jam operasi, jadwal perawatan dan penyewaan alat berat milik dinas PU.", []),
    ("Reservasi GOR Pemprov", "Pemesanan jadwal dan pembayaran sewa gedung olahraga milik pemerintah provinsi.", []),
    ("Kamus Bahasa Daerah Digital", "Kamus dan penerjemah bahasa daerah ke bahasa Indonesia untuk pelestarian bahasa.", []),
    ("Katalog Benih Ikan Unggul", "Informasi varietas benih ikan unggul bersertifikat dan balai penghasilnya.", []),
    ("SIMRS Hewan", "Rekam medis dan layanan rumah sakit hewan milik pemerintah provinsi.", []),
]

# --------------------------------------------------------------------------------------------------
# Helpers for the messy optional columns
# --------------------------------------------------------------------------------------------------


def deepen(code, r):
    """Append 0-2 agency-defined deeper levels to a level-2 code."""
    n = r.choice([0, 0, 1, 1, 2])
    for _ in range(n):
        code += ".%02d" % r.randint(1, 9)
    return code


def messy(code, r):
    if not code:
        return ""
    x = r.random()
    if x < 0.55:
        return code
    if x < 0.67:
        return code.lower()
    if x < 0.75:
        return code[:3].capitalize() + code[3:]  # Rab.09.06
    if x < 0.83:
        return code.replace(".", ". ", 1)  # RAB. 09.06
    if x < 0.92:
        parts = code.split(".")
        return ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])  # RAB.9.6
    parts = code.split(".")
    return ".".join(parts[:2])  # truncated to level 1


def slug(t):
    out = []
    for ch in t.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def domain(inst):
    if inst.startswith("prov-"):
        return inst[5:].replace("-", "") + "prov.go.id"
    return inst.replace("-", "") + ".go.id"


def short(nama):
    base = nama.split("(")[0].strip()
    return slug(base)[:24].strip("-") or "app"


# --------------------------------------------------------------------------------------------------
# Build rows
# --------------------------------------------------------------------------------------------------


def make_row(r, nama, desc, inst, rab, ral, fungsi_choices, opts, platform, name_only, fungsi_explicit=None):
    row = {}
    row["nama"] = nama
    row["deskripsi"] = "" if name_only else desc
    # fungsi
    if name_only:
        f = ""
    elif fungsi_explicit is not None:
        f = fungsi_explicit
    elif "f" in opts:
        f = opts["f"]
    else:
        f = r.choice(fungsi_choices) if (fungsi_choices and r.random() < 0.5) else ""
    row["fungsi"] = f
    row["instansi"] = inst
    # jenis
    if "j" in opts:
        j = opts["j"]
    elif platform:
        j = "umum" if r.random() < 0.9 else "Umum"
    else:
        x = r.random()
        j = "khusus" if x < 0.45 else ("Khusus" if x < 0.52 else "")
    row["jenis"] = j
    # codes
    if name_only:
        row["kode_ral"] = row["kode_rab"] = row["kode_raa"] = ""
    else:
        row["kode_ral"] = messy(deepen(ral, r), r) if (ral and r.random() < 0.45) else ""
        row["kode_rab"] = messy(deepen(rab, r), r) if (rab and r.random() < 0.55) else ""
        if r.random() < 0.4:
            if j.lower() == "umum":
                raa = r.choice(["RAA.01.01", "RAA.01.02"])
            else:
                raa = r.choice(["RAA.02.01", "RAA.02.02"])
            row["kode_raa"] = messy(deepen(raa, r), r)
        else:
            row["kode_raa"] = ""
    # status / tahun
    if "st" in opts:
        st = opts["st"]
    else:
        x = r.random()
        st = "aktif" if x < 0.84 else ("tidak aktif" if x < 0.93 else "pengembangan")
    row["status"] = st
    if "th" in opts:
        th = str(opts["th"])
    else:
        th = str(r.randint(2012, 2024)) if r.random() < 0.85 else ""
    row["tahun"] = th
    # url
    if "u" in opts:
        u = opts["u"]
    elif r.random() < 0.4:
        u = "https://%s.%s" % (short(nama), domain(inst))
    else:
        u = ""
    row["url"] = u
    row["dpi"] = opts.get("dpi", "")
    return row


def build():
    r = random.Random(SEED)
    rows = []  # (key, row dict, group id or None, trap note, name_only)
    for g in GROUPS:
        for key, nama, desc, inst, opts in g["members"]:
            name_only = bool(opts.get("n"))
            platform = bool(opts.get("p"))
            row = make_row(r, nama, desc, inst, g["rab"], g["ral"], g["fungsi"], opts, platform, name_only)
            rows.append((key, row, g["gid"], None, name_only))
    for it in S:
        opts = it["opts"]
        platform = bool(opts.get("p"))
        row = make_row(r, it["nama"], it["desc"], it["inst"], it["rab"], it["ral"], [], opts, platform, False,
                       fungsi_explicit=(it["fungsi"] if r.random() < 0.65 else ""))
        rows.append((it["key"], row, None, it["trap"], False))

    order = list(range(len(rows)))
    r.shuffle(order)
    key2id = {}
    out_rows = []
    for n, idx in enumerate(order, 1):
        key, row, gid, trap, name_only = rows[idx]
        rid = "g%03d" % n
        key2id[key] = rid
        out_rows.append(dict(id=rid, **row))

    header = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
              "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind7-inventory.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for row in out_rows:
            w.writerow(row)

    groups_json = {"source": SOURCE, "duplicateGroups": []}
    for g in GROUPS:
        members = sorted(key2id[m[0]] for m in g["members"])
        groups_json["duplicateGroups"].append({"id": g["gid"], "function": g["function"], "members": members})
    with open(os.path.join(HERE, "blind7-groups.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(groups_json, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    props = {"source": SOURCE + " Proposals are worded independently of the inventory rows; 'expected' lists the "
             "1-3 existing rows the proposal should reuse (national platform / aplikasi umum first when one "
             "exists); novel proposals have an empty list, several deliberately share a name word or acronym "
             "with an unrelated existing platform.", "proposals": []}
    for i, (nama, desc, exp) in enumerate(PROPOSALS, 1):
        props["proposals"].append({"id": "t%02d" % i, "nama": nama, "deskripsi": desc,
                                   "expected": [key2id[k] for k in exp]})
    with open(os.path.join(HERE, "blind7-proposals.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(props, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    traps = [k for (k, _, _, t, _) in rows if t]
    name_only = [k for (k, _, g, _, n) in rows if n]
    return rows, key2id, traps, name_only


if __name__ == "__main__":
    rows, key2id, traps, name_only = build()
    keys = [k for (k, *_rest) in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    grouped = sum(len(g["members"]) for g in GROUPS)
    print("rows=%d groups=%d grouped_rows=%d singletons=%d traps=%d name_only=%d proposals=%d" % (
        len(rows), len(GROUPS), grouped, len(rows) - grouped, len(traps), len(name_only), len(PROPOSALS)))
