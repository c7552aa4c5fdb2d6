#!/usr/bin/env python3
"""Build the blind18 hand-labelled test set (economic-affairs audit export).

Theme: applications of the economic ministries and agencies coordinated by
Kemenko Perekonomian, plus the matching provincial / kabupaten / kota offices,
together with the national shared platforms (aplikasi umum) and DPI blocks.

Every row, duplicate group, trap and proposal below was written by hand,
without reading the detector.  Randomness (seed 181818) is used only to
shuffle the row order, blank some optional fields and mess up the casing /
format of reference-architecture codes.

Writes blind18-inventory.csv, blind18-groups.json, blind18-proposals.json
next to this script.
"""
import csv
import json
import os
import random

SEED = 181818
HERE = os.path.dirname(os.path.abspath(__file__))

# domain -> (kode_ral, kode_rab) in the RAx.NN style of spbe-reference.md
DOM = {
    "tani": ("RAL.01.20", "RAB.02.01"),
    "dag": ("RAL.01.21", "RAB.02.02"),
    "ind": ("RAL.01.22", "RAB.02.03"),
    "kop": ("RAL.01.23", "RAB.02.04"),
    "inv": ("RAL.01.24", "RAB.02.05"),
    "par": ("RAL.01.25", "RAB.02.06"),
    "bum": ("RAL.01.26", "RAB.02.07"),
    "naker": ("RAL.01.30", "RAB.06.02"),
    "tanah": ("RAL.01.31", "RAB.03.02"),
    "pajak": ("RAL.01.40", "RAB.09.02"),
    "keu": ("RAL.02.02", "RAB.09.02"),
    "ren": ("RAL.02.03", "RAB.09.05"),
    "apa": ("RAL.02.04", "RAB.09.06"),
    "ops": ("RAL.02.06", "RAB.09.07"),
    "akip": ("RAL.02.07", "RAB.09.06"),
    "data": ("RAL.02.09", "RAB.09.03"),
    "kom": ("RAL.01.41", "RAB.09.04"),
    "huk": ("RAL.02.08", "RAB.09.01"),
}

ROWS = []


def R(g, dom, nama, inst, d="", f="", j=None, st=None, th=None, url="", dpi="", trap=False):
    """g = duplicate-group key (None = singleton); trap = deliberate look-alike."""
    ROWS.append(dict(g=g, dom=dom, nama=nama, inst=inst, d=d, f=f, j=j, st=st,
                     th=th, url=url, dpi=dpi, trap=trap))


# =====================================================================
# DUPLICATE GROUPS (same government function)
# =====================================================================

# --- e-procurement (tender) : SPSE / LPSE ---------------------------------
R("lpse", "ops", "SPSE (Sistem Pengadaan Secara Elektronik) v4.5", "lkpp",
  d="Aplikasi e-procurement nasional untuk tender, seleksi, pengadaan langsung dan e-tendering cepat, dipakai oleh seluruh LPSE kementerian, lembaga dan pemerintah daerah.",
  f="Tender barang/jasa secara elektronik", j="umum", th=2008, url="https://spse.inaproc.id")
R("lpse", "ops", "LPSE Kementerian Pertanian", "kementan",
  d="Layanan Pengadaan Secara Elektronik untuk paket tender satker lingkup Kementan.")
R("lpse", "ops", "e-Proc Kemenperin", "kemenperin", f="pelaksanaan tender pengadaan barang dan jasa")
R("lpse", "ops", "LPSE Provinsi Jawa Timur (e-Procurement Pemprov)", "prov-jawa-timur",
  d="Portal pengadaan elektronik Pemprov Jatim: pengumuman tender, upload dokumen penawaran, evaluasi dan pengumuman pemenang.")
R("lpse", "ops", "LPSE Kab. Banjar", "prov-kalimantan-selatan",
  d="Layanan pengadaan secara elektronik Kabupaten Banjar untuk paket-paket OPD.")
R("lpse", "ops", "Aplikasi Lelang Pengadaan Barang/Jasa Kemnaker", "kemnaker",
  d="Lelang (tender) paket pekerjaan dan pengadaan barang/jasa lingkup Kemnaker oleh Pokja Pemilihan.", trap=True)
R("lpse", "ops", "e-Procurement ATR/BPN versi 2", "atr-bpn", d="", st="tidak aktif")
R("lpse", "ops", "Sistem e-Tendering Disperindag Sumbar", "prov-sumatera-barat",
  d="Tender pengadaan peralatan UPTD dan revitalisasi sarana perdagangan secara elektronik.")

# --- e-purchasing catalogue: e-Katalog ------------------------------------
R("ekat", "ops", "e-Katalog LKPP", "lkpp",
  d="Katalog elektronik nasional untuk e-purchasing barang/jasa pemerintah dari etalase penyedia.",
  j="umum", th=2014, url="https://e-katalog.lkpp.go.id")
R("ekat", "ops", "Katalog Elektronik Lokal Provinsi Jawa Tengah", "prov-jawa-tengah",
  d="Etalase produk penyedia lokal Jawa Tengah untuk pembelian secara elektronik (e-purchasing) oleh OPD.")
R("ekat", "ops", "e-Katalog Sektoral Kementan", "kementan",
  d="Katalog sektoral alat dan mesin pertanian untuk e-purchasing satker.")
R("ekat", "ops", "Katalog Elektronik Daerah Kaltim (e-Purchasing)", "prov-kalimantan-timur", d="")

# --- procurement plan announcement: SiRUP ---------------------------------
R("sirup", "ops", "SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "lkpp",
  d="Pengumuman rencana umum pengadaan (RUP) K/L/PD sebelum pelaksanaan pengadaan.", j="umum",
  url="https://sirup.lkpp.go.id")
R("sirup", "ops", "Aplikasi RUP Kemnaker", "kemnaker", d="Input dan pengumuman rencana umum pengadaan satker Kemnaker.")
R("sirup", "ops", "e-RUP Disperindag Sultra", "prov-sulawesi-tenggara", d="")

# --- spending-unit finance: SAKTI (absorbed modules) ----------------------
R("sakti", "keu", "SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
  d="Aplikasi terintegrasi satker dari perencanaan, pelaksanaan anggaran hingga pelaporan keuangan dan BMN.",
  j="umum", th=2015)
R("sakti", "keu", "SAIBA (Sistem Akuntansi Instansi Berbasis Akrual) Kemenperin", "kemenperin",
  d="Penyusunan laporan keuangan satker berbasis akrual.", st="tidak aktif")
R("sakti", "keu", "Aplikasi GPP (Gaji Pokok PNS Pusat) Kemnaker", "kemnaker",
  d="Perhitungan gaji induk, gaji susulan dan potongan pegawai satker.")
R("sakti", "keu", "SAS - Sistem Aplikasi Satker Kemenkop UKM", "kemenkopukm",
  d="Pembuatan SPP/SPM dan pengelolaan DIPA satker.")
R("sakti", "keu", "Aplikasi Persediaan BMN Kementan", "kementan", d="")
R("sakti", "keu", "SILABI (Sistem Laporan Bendahara Instansi) ATR/BPN", "atr-bpn",
  d="Pembukuan dan laporan pertanggungjawaban bendahara satker.")

# --- local government planning, budgeting, finance: SIPD ------------------
R("sipd", "keu", "SIPD (Sistem Informasi Pemerintahan Daerah)", "kemendagri",
  d="Aplikasi perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah.",
  j="umum", th=2019, url="https://sipd.kemendagri.go.id")
R("sipd", "keu", "SIMDA Keuangan Prov. Kalimantan Selatan", "prov-kalimantan-selatan",
  d="Penatausahaan dan akuntansi keuangan daerah (versi 2.7).", st="tidak aktif")
R("sipd", "keu", "e-Budgeting Pemprov DKI Jakarta", "prov-dki-jakarta",
  d="Penyusunan KUA-PPAS dan RAPBD per komponen kegiatan.")
R("sipd", "keu", "SIPKD Sulawesi Selatan", "prov-sulawesi-selatan", d="Sistem Informasi Pengelolaan Keuangan Daerah.")
R("sipd", "ren", "e-Planning Bappeda Sumatera Barat", "prov-sumatera-barat",
  d="Penyusunan RKPD, Renja perangkat daerah dan musrenbang daring.")
R("sipd", "keu", "SIMRAL Jabar (Sistem Informasi Manajemen Perencanaan, Penganggaran dan Pelaporan)", "prov-jawa-barat",
  d="Terintegrasi dari perencanaan pembangunan, penganggaran APBD sampai pelaporan realisasi keuangan daerah.")
R("sipd", "keu", "SIKEUDA Kab. Kutai Kartanegara", "prov-kalimantan-timur", d="Keuangan daerah Kukar: anggaran, SP2D, akuntansi.")

# --- central planning & performance budgeting: KRISNA ---------------------
R("krisna", "ren", "KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "bappenas",
  d="Penyusunan Renja K/L dan RKA-K/L berbasis kinerja secara kolaboratif Bappenas-Kemenkeu-KemenPANRB.", j="umum")
R("krisna", "ren", "e-Renja Kemenkop UKM", "kemenkopukm",
  d="Penyusunan rencana kerja dan pagu indikatif unit eselon I, output (RO/KRO) dan indikator kinerja.")
R("krisna", "ren", "SIRENPRO Kemenperin (Sistem Perencanaan Program)", "kemenperin", d="")

# --- performance accountability: e-SAKIP ----------------------------------
R("sakip", "akip", "e-SAKIP", "kemenpanrb",
  d="Aplikasi Sistem Akuntabilitas Kinerja Instansi Pemerintah: perjanjian kinerja, pengukuran, LKjIP.",
  j="umum")
R("sakip", "akip", "SAKIP Online Kemendag", "kemendag", d="")
R("sakip", "akip", "Aplikasi LKjIP Distanbun Riau", "prov-riau",
  d="Penyusunan laporan kinerja instansi pemerintah Dinas Tanaman Pangan, Hortikultura dan Perkebunan.")
R("sakip", "akip", "e-Performance Kementan", "kementan",
  d="Perjanjian kinerja, capaian IKU triwulanan dan LAKIN unit eselon I/II.")
R("sakip", "akip", "SAKIP Disnakertrans NTB", "prov-nusa-tenggara-barat", d="")

# --- official correspondence & dynamic archive: SRIKANDI ------------------
R("srikandi", "ops", "SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "anri",
  d="Aplikasi umum persuratan dinas dan arsip dinamis.", j="umum", th=2021, url="https://srikandi.arsip.go.id")
R("srikandi", "ops", "e-Office Kemenperin", "kemenperin", d="Surat masuk, disposisi, nota dinas, surat keluar.")
R("srikandi", "ops", "TNDE (Tata Naskah Dinas Elektronik) Kemendag", "kemendag", d="")
R("srikandi", "ops", "SIMAYA Disnakertrans Jawa Tengah", "prov-jawa-tengah",
  d="Surat masuk, disposisi berjenjang dan surat keluar bertanda tangan elektronik.")
R("srikandi", "ops", "Persuratan Digital ATR/BPN (Naskah Dinas Elektronik)", "atr-bpn", d="")
R("srikandi", "ops", "e-Surat Kemenkop UKM", "kemenkopukm", d="Pengelolaan surat menyurat dinas.")
R("srikandi", "ops", "Sistem Arsip dan Surat Menyurat Distanbun Kalbar", "prov-kalimantan-barat",
  d="Agenda surat, disposisi dan pemberkasan arsip aktif dinas.")
R("srikandi", "ops", "Nadine (Naskah Dinas Elektronik) Kemenkeu", "kemenkeu",
  d="Tata naskah dinas elektronik Kementerian Keuangan: nota dinas, surat, disposisi, TTE.")

# --- public complaints channel: SP4N-LAPOR! -------------------------------
R("lapor", "kom", "SP4N-LAPOR!", "kemenpanrb",
  d="Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional.", j="umum", url="https://www.lapor.go.id")
R("lapor", "kom", "Dumas Kementan (Pengaduan Masyarakat)", "kementan",
  d="Penerimaan dan tindak lanjut pengaduan masyarakat terhadap pelayanan Kementan.")
R("lapor", "kom", "Layanan Pengaduan Publik ATR/BPN (Hotline)", "atr-bpn", d="")
R("lapor", "kom", "Si-Ngadu Disperindag Sumatera Utara", "prov-sumatera-utara",
  d="Pengaduan masyarakat atas pelayanan dinas.")
R("lapor", "kom", "LaporGub Jawa Tengah", "prov-jawa-tengah",
  d="Kanal aduan warga kepada Gubernur dan perangkat daerah Jawa Tengah.")
R("lapor", "kom", "e-Dumas Kemenperin", "kemenperin", d="")
R("lapor", "kom", "Halo Kemnaker (aduan layanan)", "kemnaker",
  d="Aduan masyarakat tentang pelayanan publik Kemnaker, diteruskan ke unit terkait.")

# --- civil-servant information system: SIASN -------------------------------
R("siasn", "apa", "SIASN (Sistem Informasi ASN)", "bkn",
  d="Sistem informasi ASN nasional: data profil, riwayat jabatan, pangkat, mutasi.", j="umum", th=2021)
R("siasn", "apa", "SAPK (Sistem Aplikasi Pelayanan Kepegawaian) BKN", "bkn",
  d="Versi lama layanan kepegawaian BKN, digantikan SIASN.", j="umum", st="tidak aktif", th=2010)
R("siasn", "apa", "SIMPEG Kemendag", "kemendag", d="")
R("siasn", "apa", "SIMPEG Disperindag Kaltim", "prov-kalimantan-timur", d="Data pegawai, riwayat pangkat dan jabatan.")
R("siasn", "apa", "SIKEP ATR/BPN (Sistem Informasi Kepegawaian)", "atr-bpn", d="")
R("siasn", "apa", "HRIS Kemenperin", "kemenperin", d="Human resource information system: employee master data, rank and position history, transfers.")
R("siasn", "apa", "SIMPEG Kementan versi 3", "kementan", d="")

# --- business licensing: OSS-RBA -------------------------------------------
R("oss", "inv", "OSS-RBA (Online Single Submission Berbasis Risiko)", "kementerian-investasi",
  d="Perizinan berusaha terintegrasi secara elektronik: NIB, sertifikat standar dan izin berbasis risiko.",
  j="umum", th=2021, url="https://oss.go.id")
R("oss", "inv", "OSS versi 1.1", "kementerian-investasi", d="Sistem OSS lama (PP 24/2018), digantikan OSS-RBA.",
  j="umum", st="tidak aktif", th=2018)
R("oss", "dag", "SIUP Online Disperindag Sulawesi Selatan", "prov-sulawesi-selatan",
  d="Penerbitan Surat Izin Usaha Perdagangan secara online.", st="tidak aktif", th=2013)
R("oss", "ind", "IUI Online (Izin Usaha Industri) Kemenperin", "kemenperin", d="")
R("oss", "inv", "Perizinan Online DPMPTSP Banten", "prov-banten", d="Permohonan izin usaha dan non-berusaha.")
R("oss", "inv", "SIMPEL Perizinan Jatim (Sistem Pelayanan Perizinan)", "prov-jawa-timur", d="")
R("oss", "kop", "IUMK Online Kab. Sleman", "prov-di-yogyakarta",
  d="Izin Usaha Mikro Kecil diterbitkan kecamatan di Kabupaten Sleman.")
R("oss", "par", "TDUP Online Dispar Bali", "prov-bali", d="Tanda Daftar Usaha Pariwisata bagi hotel, restoran, biro perjalanan.")
R("oss", "inv", "SiCantik Cloud DPMPTSP Kalbar", "prov-kalimantan-barat",
  d="Sistem informasi perizinan pelayanan terpadu satu pintu.")
R("oss", "inv", "e-Perizinan Kaltara", "prov-kalimantan-utara", d="")

# --- PNBP billing & payment: SIMPONI ---------------------------------------
R("simponi", "keu", "SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu",
  d="Pembuatan kode billing dan pembayaran Penerimaan Negara Bukan Pajak.", j="umum",
  url="https://www.simponi.kemenkeu.go.id", dpi="dpi-pembayaran")
R("simponi", "keu", "e-PNBP Kementan", "kementan", d="Billing tarif PNBP layanan laboratorium dan sertifikasi.")
R("simponi", "keu", "Billing PNBP ATR/BPN (Loket Pembayaran)", "atr-bpn", d="")
R("simponi", "keu", "SIPNBP Kemenperin", "kemenperin", d="Kode billing PNBP jasa Balai Besar industri.")

# --- motor-vehicle tax payment (Samsat) -----------------------------------
R("samsat", "pajak", "Sakpole - Samsat Online Jateng", "prov-jawa-tengah",
  d="Pembayaran pajak kendaraan bermotor tahunan lewat aplikasi.")
R("samsat", "pajak", "SAMBARA (Samsat Mobile Jawa Barat)", "prov-jawa-barat", d="Info dan bayar PKB Jawa Barat.")
R("samsat", "pajak", "e-Samsat Sumatera Barat", "prov-sumatera-barat", d="")
R("samsat", "pajak", "Samsat Banua Kalsel", "prov-kalimantan-selatan", d="Bayar pajak kendaraan bermotor di Kalimantan Selatan secara daring.")
R("samsat", "pajak", "e-Samsat Sulsel", "prov-sulawesi-selatan", d="")

# --- farmer registry --------------------------------------------------------
R("petani", "tani", "SIDATANI Kementan (Sistem Informasi Data Petani)", "kementan",
  d="Registrasi petani, kelompok tani, luas lahan garapan dan komoditas.")
R("petani", "tani", "Farmer Database Distanbun Jabar", "prov-jawa-barat", d="")
R("petani", "tani", "Basis Data Petani dan Kelompok Tani Sulsel", "prov-sulawesi-selatan",
  d="Pendataan petani by name by address, poktan dan gapoktan.")
R("petani", "tani", "Si-Poktan Jatim (Data Kelompok Tani Online)", "prov-jawa-timur", d="")
R("petani", "tani", "Bubuhan Tani - Pendataan Petani Kalimantan Selatan", "prov-kalimantan-selatan",
  d="Data petani dan kelompok tani se-Kalsel.")
R("petani", "tani", "e-Petani Bengkulu", "prov-bengkulu", d="Database petani, lahan dan komoditas Bengkulu.")

# --- subsidised fertiliser redemption -------------------------------------
R("pupuk", "tani", "Kartu Tani Jawa Tengah", "prov-jawa-tengah",
  d="Kartu debit petani untuk penebusan pupuk bersubsidi di kios resmi sesuai kuota.")
R("pupuk", "tani", "iPubers (Integrasi Pupuk Bersubsidi)", "kementerian-bumn",
  d="Pencatatan penebusan pupuk bersubsidi di kios berbasis KTP petani.")
R("pupuk", "tani", "T-Pubers Kementan (Tebus Pupuk Bersubsidi)", "kementan", d="")
R("pupuk", "tani", "Monitoring Penyaluran Pupuk Bersubsidi Distan NTB", "prov-nusa-tenggara-barat",
  d="Pencatatan realisasi penebusan pupuk subsidi per kios dan per petani.")
R("pupuk", "tani", "SiPupuk Sumsel", "prov-sumatera-selatan", d="")

# --- staple-food price monitoring at markets ------------------------------
R("harga", "dag", "SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "kemendag",
  d="Pemantauan harga dan pasokan barang kebutuhan pokok harian di pasar rakyat seluruh kabupaten/kota; enumerator menginput harga beras, cabai, bawang, minyak goreng, daging dan telur.",
  th=2016, url="https://sp2kp.kemendag.go.id")
R("harga", "dag", "SISKAPERBAPO Jatim", "prov-jawa-timur",
  d="Sistem Informasi Ketersediaan dan Perkembangan Harga Bahan Pokok di Jawa Timur.")
R("harga", "dag", "SiHarga Disperindag Sumatera Utara", "prov-sumatera-utara", d="")
R("harga", "dag", "Price Monitoring Kalimantan Timur", "prov-kalimantan-timur", d="Daily staple prices in Kaltim markets.")
R("harga", "dag", "Bapok Sulsel (Info Harga Bahan Pokok)", "prov-sulawesi-selatan", d="")
R("harga", "dag", "Harago Pasa - Pantau Harga Sumbar", "prov-sumatera-barat",
  d="Harga harian bahan pokok di pasar-pasar Sumatera Barat.")
R("harga", "dag", "Rego Pasar Jogja", "prov-di-yogyakarta", d="Informasi harga kebutuhan pokok pasar tradisional DIY, diperbarui tiap pagi.")
R("harga", "dag", "Harga Pasar Banua", "prov-kalimantan-selatan", d="")
R("harga", "dag", "Sistem Informasi Harga Kebutuhan Pokok Kepri", "prov-kepulauan-riau", d="")
R("harga", "dag", "e-Harga Riau", "prov-riau", d="Pantauan harga sembako.")
R("harga", "dag", "Pangaos Pasar Jabar", "prov-jawa-barat", d="Harga komoditas pokok di pasar tradisional Jawa Barat.")
R("harga", "dag", "SIMHARPA Lampung (Sistem Informasi Harga Pasar)", "prov-lampung", d="")
R("harga", "dag", "SIHARKO Bengkulu (Sistem Informasi Harga Komoditas)", "prov-bengkulu",
  d="Pemantauan harga komoditas pangan pokok di pasar kabupaten/kota.")
R("harga", "dag", "Monitoring Harga Bahan Pokok NTT", "prov-nusa-tenggara-timur", d="")

# --- traditional-market management (kiosks, traders, levy) ----------------
R("pasar", "dag", "SIMPASAR (Sistem Informasi Manajemen Pasar) Kota Yogyakarta", "prov-di-yogyakarta",
  d="Pengelolaan kios/los, data pedagang, dan penagihan retribusi pasar.")
R("pasar", "dag", "e-Retribusi Pasar Kab. Banyumas", "prov-jawa-tengah", d="Penagihan retribusi pedagang pasar non-tunai dan data los.")
R("pasar", "dag", "Manajemen Pasar Rakyat Disperindag Sumbar", "prov-sumatera-barat", d="")
R("pasar", "dag", "Si-Pedagang Pasar Palembang", "prov-sumatera-selatan", d="Data pedagang, penempatan kios dan retribusi.")

# --- online marketplace for UMKM products -----------------------------------
R("market", "kop", "Lapak UMKM Banua", "prov-kalimantan-selatan", d="Marketplace produk UMKM Kalsel, pembeli bisa checkout dan bayar.")
R("market", "kop", "Galeri Minang Daring", "prov-sumatera-barat", d="Toko online produk UMKM Sumbar.")
R("market", "kop", "Warung Jabar Online", "prov-jawa-barat", d="")
R("market", "kop", "Smesco Indonesia Marketplace", "kemenkopukm", d="Online marketplace for Indonesian SME products.")
R("market", "kop", "Bali Mall UMKM", "prov-bali", d="")
R("market", "kop", "Jatim Market", "prov-jawa-timur", d="Belanja produk lokal UMKM Jawa Timur secara online.")
R("market", "kop", "Pasar Ogi Online", "prov-sulawesi-selatan", d="E-commerce produk UMKM Bugis-Makassar.")

# --- job vacancy portal / job matching --------------------------------------
R("loker", "naker", "Karirhub SIAPkerja", "kemnaker",
  d="Portal lowongan kerja nasional dan pencocokan pencari kerja dengan pemberi kerja.", url="https://karirhub.kemnaker.go.id")
R("loker", "naker", "BKOL (Bursa Kerja Online) Disnakertrans Jabar", "prov-jawa-barat", d="")
R("loker", "naker", "SAKTI Disnakertrans Bengkulu (Sistem Aplikasi Kesempatan Kerja Terpadu)", "prov-bengkulu",
  d="Informasi lowongan kerja dan pendaftaran pencari kerja Bengkulu.", trap=True)
R("loker", "naker", "Jatim Kerja", "prov-jawa-timur", d="Lowongan kerja dan job fair Jawa Timur.")
R("loker", "naker", "SIPK Kaltim (Sistem Informasi Pasar Kerja)", "prov-kalimantan-timur", d="")
R("loker", "naker", "Loker Banua Kalsel", "prov-kalimantan-selatan", d="")
R("loker", "naker", "Sijama Sulsel", "prov-sulawesi-selatan", d="Lowongan kerja dan matching pencari kerja di Sulawesi Selatan.")
R("loker", "naker", "Job Portal Kepri", "prov-kepulauan-riau", d="Job vacancies in Batam and Kepri.")

# --- legal metrology (tera/tera ulang) ------------------------------------
R("metro", "dag", "SIMETROLOGI (Sistem Informasi Metrologi Legal)", "kemendag",
  d="Pendaftaran tera/tera ulang UTTP, pencatatan hasil dan cap tanda tera.")
R("metro", "dag", "e-Tera Disperindag Jateng", "prov-jawa-tengah", d="")
R("metro", "dag", "Tera Ulang Online UPTD Metrologi Sulsel", "prov-sulawesi-selatan",
  d="Permohonan tera ulang timbangan, pompa BBM dan meter.")
R("metro", "dag", "SiMetro Bali", "prov-bali", d="")
R("metro", "dag", "Layanan Tera Kota Pekanbaru", "prov-riau", d="Penjadwalan sidang tera ulang di pasar Pekanbaru.")

# --- export-import statistics dashboards ----------------------------------
R("tradestat", "dag", "Export Dashboard Kemendag", "kemendag", d="Export value by HS code, destination and province.")
R("tradestat", "dag", "Dashboard Neraca Perdagangan", "kemenko-perekonomian",
  d="Visualisasi nilai ekspor, impor dan neraca perdagangan bulanan per komoditas.")
R("tradestat", "dag", "SI Ekspor Impor Daerah Jatim", "prov-jawa-timur", d="")
R("tradestat", "dag", "Trade Statistics Portal Kepri", "prov-kepulauan-riau", d="")
R("tradestat", "dag", "Trade Information System Disperindag Sumut", "prov-sumatera-utara",
  d="Statistik ekspor-impor Sumatera Utara per komoditas dan negara tujuan.", trap=True)

# --- export promotion / buyer matching ------------------------------------
R("expromo", "dag", "INAEXPORT", "kemendag",
  d="Portal promosi produk ekspor Indonesia dan business matching eksportir dengan buyer luar negeri.",
  url="https://inaexport.id")
R("expromo", "dag", "Jateng Export Hub", "prov-jawa-tengah", d="Temu bisnis eksportir Jateng dengan pembeli mancanegara.")
R("expromo", "dag", "Export Center Sulsel Online", "prov-sulawesi-selatan", d="")
R("expromo", "dag", "Kalbar Export Gateway", "prov-kalimantan-barat", d="Buyer matching and product showcase for exporters.")

# --- certificate of origin (e-SKA) -----------------------------------------
R("ska", "dag", "e-SKA (Surat Keterangan Asal Elektronik)", "kemendag",
  d="Penerbitan Surat Keterangan Asal (Certificate of Origin) untuk barang ekspor.")
R("ska", "dag", "Layanan SKA IPSKA Medan", "prov-sumatera-utara", d="")
R("ska", "dag", "SKA Online Disperindag Jatim", "prov-jawa-timur", d="Permohonan COO Form D/E/AK secara daring.")

# --- consumer complaints --------------------------------------------------
R("konsumen", "dag", "Aplikasi Pengaduan Konsumen Kemendag", "kemendag",
  d="Konsumen mengadukan kerugian atas barang/jasa dari pelaku usaha.")
R("konsumen", "dag", "Pengaduan Konsumen Disperindag DKI", "prov-dki-jakarta", d="")
R("konsumen", "dag", "Sapa Konsumen Jatim", "prov-jawa-timur", d="Layanan pengaduan konsumen terhadap pelaku usaha di Jawa Timur.")
R("konsumen", "dag", "Aduan Konsumen Bali", "prov-bali", d="")

# --- market surveillance of goods in circulation --------------------------
R("wasbar", "dag", "SIWAS Barang Beredar Kemendag", "kemendag",
  d="Pengawasan barang beredar dan jasa: SNI wajib, label, manual garansi, hasil uji petik.")
R("wasbar", "dag", "e-Pengawasan Barang Beredar Disperindag Jatim", "prov-jawa-timur", d="")
R("wasbar", "dag", "Pengawasan Perdagangan Sulsel", "prov-sulawesi-selatan", d="Pencatatan hasil pengawasan tertib niaga dan barang beredar.")
R("wasbar", "dag", "Monitoring Pengawasan Tertib Niaga Riau", "prov-riau", d="")

# --- industry data collection ---------------------------------------------
R("industri", "ind", "SIINas (Sistem Informasi Industri Nasional)", "kemenperin",
  d="Pelaporan data perusahaan industri: produksi, bahan baku, tenaga kerja, investasi.", url="https://siinas.kemenperin.go.id")
R("industri", "ind", "SIIDa Jabar (Sistem Informasi Industri Daerah)", "prov-jawa-barat", d="")
R("industri", "ind", "Database IKM Disperindag Jateng", "prov-jawa-tengah", d="Data unit usaha industri kecil menengah, sentra, tenaga kerja.")
R("industri", "ind", "Data Industri Sumbar", "prov-sumatera-barat", d="")
R("industri", "ind", "Sistem Informasi Industri Kaltim", "prov-kalimantan-timur", d="Pendataan perusahaan industri di Kaltim.")

# --- cooperative data -----------------------------------------------------
R("koperasi", "kop", "ODS (Online Data System) Koperasi", "kemenkopukm",
  d="Pendataan koperasi: NIK koperasi, anggota, modal, laporan RAT.", url="https://ods.kemenkopukm.go.id")
R("koperasi", "kop", "SIMPONI (Sistem Informasi Monitoring Koperasi) Kota Kediri", "prov-jawa-timur",
  d="Monitoring data koperasi aktif dan pelaksanaan RAT di Kota Kediri.", trap=True)
R("koperasi", "kop", "Data Koperasi Sulsel", "prov-sulawesi-selatan", d="")
R("koperasi", "kop", "e-Koperasi Kalbar", "prov-kalimantan-barat", d="Database koperasi dan keanggotaan.")
R("koperasi", "kop", "Sistem Pendataan Koperasi NTB", "prov-nusa-tenggara-barat", d="")
R("koperasi", "kop", "SiKop Jatim", "prov-jawa-timur", d="Sistem informasi koperasi Provinsi Jawa Timur.")

# --- UMKM data registry -----------------------------------------------------
R("umkm", "kop", "SIDT-KUMKM (Sistem Informasi Data Tunggal KUMKM)", "kemenkopukm",
  d="Basis data tunggal koperasi dan UMKM nasional untuk sasaran program.")
R("umkm", "kop", "Dulur UMKM Jabar (Database UMKM)", "prov-jawa-barat", d="")
R("umkm", "kop", "Satu Data UMKM Jateng", "prov-jawa-tengah", d="Pendataan pelaku UMKM per kabupaten/kota.")
R("umkm", "kop", "Data UMKM Sumbar", "prov-sumatera-barat", d="")
R("umkm", "kop", "Pendataan UMKM Bali", "prov-bali", d="")
R("umkm", "kop", "SI-UMKM Kalsel", "prov-kalimantan-selatan", d="Database usaha mikro kecil menengah Kalimantan Selatan.")
R("umkm", "kop", "e-UMKM Riau", "prov-riau", d="")
R("umkm", "kop", "UMKM Database Sulut", "prov-sulawesi-utara", d="MSME registry North Sulawesi.")
R("umkm", "kop", "Pendataan Pelaku Usaha Mikro Kab. Gowa", "prov-sulawesi-selatan", d="")

# --- UMKM training / e-learning -------------------------------------------
R("umkmlat", "kop", "e-Learning KUMKM Kemenkop", "kemenkopukm", d="Kelas daring kewirausahaan untuk pelaku koperasi dan UMKM.")
R("umkmlat", "kop", "Akademi UMKM Jateng Online", "prov-jawa-tengah", d="")
R("umkmlat", "kop", "Diklat UMKM Jatim Daring", "prov-jawa-timur", d="Pelatihan online pelaku UMKM: pemasaran digital, keuangan, kemasan.")

# --- revolving-fund loans for cooperatives/UMKM ---------------------------
R("bergulir", "kop", "LPDB-KUMKM Online (Pengajuan Dana Bergulir)", "kemenkopukm",
  d="Pengajuan, penilaian dan monitoring pinjaman dana bergulir koperasi/UMKM.")
R("bergulir", "kop", "Dana Bergulir Diskop UKM Jateng", "prov-jawa-tengah", d="")
R("bergulir", "kop", "Pinjaman Modal Bergulir Kalsel", "prov-kalimantan-selatan", d="Pengelolaan pinjaman modal bergulir bagi koperasi dan UMKM.")

# --- BUMD oversight -------------------------------------------------------
R("bumd", "bum", "SIMBUMD (Sistem Informasi Manajemen BUMD)", "kemendagri",
  d="Pelaporan profil, laporan keuangan dan kinerja BUMD seluruh daerah.")
R("bumd", "bum", "Monitoring BUMD Jabar", "prov-jawa-barat", d="")
R("bumd", "bum", "e-BUMD Jatim", "prov-jawa-timur", d="Laporan keuangan dan kinerja BUMD Jawa Timur.")
R("bumd", "bum", "Dashboard Kinerja BUMD Sumsel", "prov-sumatera-selatan", d="")

# --- spatial plan information ---------------------------------------------
R("taru", "tanah", "GISTARU (Geographic Information System Tata Ruang)", "atr-bpn",
  d="Peta rencana tata ruang (RTRW, RDTR) nasional online.", url="https://gistaru.atrbpn.go.id")
R("taru", "tanah", "SIMTARU Jatim", "prov-jawa-timur", d="")
R("taru", "tanah", "Sistem Informasi Tata Ruang Sulsel", "prov-sulawesi-selatan", d="Peta RTRW provinsi dan kabupaten.")
R("taru", "tanah", "WebGIS RTRW Riau", "prov-riau", d="")
R("taru", "tanah", "Si-Taru Kaltim", "prov-kalimantan-timur", d="")
R("taru", "tanah", "Jogja Tata Ruang", "prov-di-yogyakarta", d="Informasi pola ruang dan struktur ruang DIY.")

# --- land-service file tracking -------------------------------------------
R("berkas", "tanah", "Sentuh Tanahku", "atr-bpn",
  d="Aplikasi mobile ATR/BPN: cek status berkas layanan pertanahan dan informasi sertipikat.")
R("berkas", "tanah", "Cek Status Berkas Kantah Kota Medan", "atr-bpn", d="")
R("berkas", "tanah", "Lacak Berkas BPN Jatim", "atr-bpn", d="Tracking berkas permohonan di Kanwil BPN Jawa Timur.")

# --- tourism destination promotion portals --------------------------------
R("wisata", "par", "Wonderful Indonesia (indonesia.travel)", "kemenparekraf",
  d="Portal promosi destinasi wisata Indonesia.", url="https://www.indonesia.travel")
R("wisata", "par", "Visit Jawa Tengah", "prov-jawa-tengah", d="")
R("wisata", "par", "Ranah Minang Travel", "prov-sumatera-barat", d="Promosi objek wisata, kuliner dan event Sumatera Barat.")
R("wisata", "par", "Pesona Banua Kalsel", "prov-kalimantan-selatan", d="")
R("wisata", "par", "Visit Sulsel", "prov-sulawesi-selatan", d="")
R("wisata", "par", "Bali Tourism Portal", "prov-bali", d="Destinations, attractions and culinary info for Bali.")
R("wisata", "par", "Jogja Istimewa Wisata", "prov-di-yogyakarta", d="")
R("wisata", "par", "Nyaba Jabar", "prov-jawa-barat", d="Informasi destinasi wisata Jawa Barat.")

# --- tourism visit statistics ---------------------------------------------
R("wisstat", "par", "Sistem Informasi Statistik Kunjungan Wisatawan", "kemenparekraf",
  d="Pengumpulan data kunjungan wisatawan nusantara dan mancanegara per destinasi.")
R("wisstat", "par", "Sidata Wisata DIY", "prov-di-yogyakarta", d="Data kunjungan wisatawan ke objek wisata DIY.")
R("wisstat", "par", "e-Statistik Pariwisata Jatim", "prov-jawa-timur", d="")
R("wisstat", "par", "Laporan Kunjungan Wisatawan NTB Online", "prov-nusa-tenggara-barat", d="")

# --- mandatory company employment reporting (WLKP) ------------------------
R("wlkp", "naker", "WLKP Online (Wajib Lapor Ketenagakerjaan di Perusahaan)", "kemnaker",
  d="Laporan data ketenagakerjaan perusahaan sesuai UU 7/1981.")
R("wlkp", "naker", "Wajib Lapor Disnakertrans Riau", "prov-riau", d="")
R("wlkp", "naker", "e-WLK Disnakertrans Kepri", "prov-kepulauan-riau", d="Wajib lapor ketenagakerjaan perusahaan.")

# --- industrial-relations disputes ----------------------------------------
R("phi", "naker", "SIPHI (Sistem Informasi Perselisihan Hubungan Industrial)", "kemnaker",
  d="Pencatatan perselisihan, mediasi, dan anjuran mediator hubungan industrial.")
R("phi", "naker", "e-PHI Disnakertrans Jatim", "prov-jawa-timur", d="")
R("phi", "naker", "Mediasi PHI Online Banten", "prov-banten", d="Pengajuan mediasi perselisihan pekerja-pengusaha.")

# --- vocational training registration (BLK) -------------------------------
R("blk", "naker", "Skillhub SIAPkerja (Pelatihan Vokasi)", "kemnaker",
  d="Pendaftaran pelatihan vokasi di BLK/BBPVP.")
R("blk", "naker", "Pendaftaran Pelatihan BLK Disnakertrans Jateng", "prov-jawa-tengah", d="")
R("blk", "naker", "UPTD Latihan Kerja Kalsel Online", "prov-kalimantan-selatan", d="Pendaftaran peserta pelatihan kerja.")
R("blk", "naker", "e-Training BLK Sumut", "prov-sumatera-utara", d="")

# --- smallholder plantation registration (STDB) ----------------------------
R("stdb", "tani", "e-STDB (Surat Tanda Daftar Budidaya Perkebunan)", "kementan",
  d="Pendaftaran usaha budidaya pekebun skala kecil (<25 ha).")
R("stdb", "tani", "STDB Online Disbun Riau", "prov-riau", d="")
R("stdb", "tani", "Pendaftaran STDB Kalbar", "prov-kalimantan-barat", d="")

# --- crop pest surveillance -----------------------------------------------
R("opt", "tani", "SIOPT Kementan (Sistem Informasi Organisme Pengganggu Tumbuhan)", "kementan",
  d="Laporan serangan OPT dan dampak perubahan iklim per kecamatan.")
R("opt", "tani", "Laporan Serangan OPT Distan Jabar", "prov-jawa-barat", d="")
R("opt", "tani", "e-Pest Surveillance Kaltim", "prov-kalimantan-timur", d="Pest attack reports from field observers (POPT).")

# --- planting/harvest area reporting --------------------------------------
R("ltt", "tani", "e-LTT Kementan (Laporan Luas Tambah Tanam)", "kementan", d="Laporan harian luas tambah tanam padi, jagung, kedelai.")
R("ltt", "tani", "Si-Panen Sulsel", "prov-sulawesi-selatan", d="Data luas tanam dan luas panen per kecamatan.")
R("ltt", "tani", "Laporan Tanam Panen Distanbun Jateng", "prov-jawa-tengah", d="")
R("ltt", "tani", "Banih Kalsel (Data Luas Tanam Padi)", "prov-kalimantan-selatan", d="")

# --- seed certification ---------------------------------------------------
R("benih", "tani", "e-Sertifikasi Benih (BPSB)", "kementan", d="Permohonan dan penerbitan sertifikat benih bina.")
R("benih", "tani", "BPSB Jatim Online", "prov-jawa-timur", d="")
R("benih", "tani", "Sertifikasi Benih Perkebunan Sumut", "prov-sumatera-utara", d="Pemeriksaan lapangan dan label sertifikasi benih.")

# --- animal-health information --------------------------------------------
R("keswan", "tani", "iSIKHNAS", "kementan", d="Sistem Informasi Kesehatan Hewan Nasional berbasis SMS dan web.")
R("keswan", "tani", "SIKESWAN Sulsel", "prov-sulawesi-selatan", d="Laporan kasus penyakit hewan.")
R("keswan", "tani", "Lapor Penyakit Hewan Jatim", "prov-jawa-timur", d="")

# --- agricultural machinery aid monitoring --------------------------------
R("alsintan", "tani", "e-Alsintan Kementan", "kementan", d="Usulan, distribusi dan pemanfaatan bantuan alat mesin pertanian.")
R("alsintan", "tani", "Distribusi Alsintan Distan Sumsel", "prov-sumatera-selatan", d="")
R("alsintan", "tani", "Monitoring Bantuan Alsintan Sulteng", "prov-sulawesi-tengah", d="Pemantauan penerima dan kondisi traktor/pompa bantuan.")

# --- investment opportunity promotion -------------------------------------
R("investmap", "inv", "PIR - Peta Peluang Investasi", "kementerian-investasi",
  d="Peta proyek investasi siap tawar dan profil potensi daerah untuk calon investor.")
R("investmap", "inv", "SIPD - Sistem Informasi Potensi Daerah Sumsel", "prov-sumatera-selatan",
  d="Profil potensi dan peluang investasi kabupaten/kota Sumatera Selatan.", trap=True)
R("investmap", "inv", "Invest Jabar Portal", "prov-jawa-barat", d="")
R("investmap", "inv", "Central Java Investment Platform", "prov-jawa-tengah", d="Investment opportunities and project profiles in Central Java.")
R("investmap", "inv", "Kaltim Investment Profile", "prov-kalimantan-timur", d="")

# --- open-data portal: Satu Data ------------------------------------------
R("satudata", "data", "Portal Satu Data Indonesia (data.go.id)", "bappenas",
  d="Katalog data terbuka pemerintah.", j="umum", url="https://data.go.id")
R("satudata", "data", "Satu Data Pertanian", "kementan", d="")
R("satudata", "data", "Open Data Jabar", "prov-jawa-barat", d="Open data portal Provinsi Jawa Barat.")
R("satudata", "data", "Satu Data Sulsel", "prov-sulawesi-selatan", d="")
R("satudata", "data", "Portal Data Kemendag (Satu Data Perdagangan)", "kemendag", d="Dataset perdagangan yang dapat diunduh publik.")
R("satudata", "data", "Satu Data Ketenagakerjaan", "kemnaker", d="")

# --- public-information requests: PPID ------------------------------------
R("ppid", "kom", "e-PPID Kemendag", "kemendag", d="Permohonan informasi publik dan keberatan.")
R("ppid", "kom", "PPID Kementan", "kementan", d="")
R("ppid", "kom", "PPID Online Disperindag Jatim", "prov-jawa-timur", d="")
R("ppid", "kom", "e-PPID ATR/BPN", "atr-bpn", d="")
R("ppid", "kom", "PPID Kemenkop UKM", "kemenkopukm", d="")
R("ppid", "kom", "Sistem Layanan Informasi Publik Kemenperin", "kemenperin", d="Permohonan informasi publik sesuai UU KIP.")
R("ppid", "kom", "PPID Pemprov Kalteng", "prov-kalimantan-tengah", d="")

# --- legal documentation: JDIH --------------------------------------------
R("jdih", "huk", "JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "kemenkumham",
  d="Jaringan nasional dokumentasi peraturan perundang-undangan.", j="umum", url="https://jdihn.go.id")
R("jdih", "huk", "JDIH Kemenkeu", "kemenkeu", d="")
R("jdih", "huk", "JDIH Kemnaker", "kemnaker", d="")
R("jdih", "huk", "JDIH Prov Sumbar", "prov-sumatera-barat", d="")
R("jdih", "huk", "Database Peraturan Kementan", "kementan", d="Kumpulan peraturan menteri pertanian dan produk hukum.")

# --- interoperability hub: SPLP -------------------------------------------
R("splp", "data", "SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi",
  d="Gateway API dan interoperabilitas layanan antar instansi.", j="umum", dpi="dpi-pertukaran-data")
R("splp", "data", "API Gateway Kemenkeu", "kemenkeu", d="Interoperabilitas data antar aplikasi.")
R("splp", "data", "Enterprise Service Bus Kementan", "kementan", d="")
R("splp", "data", "Jabar Interoperability Hub", "prov-jawa-barat", d="")

# --- programme/budget monitoring & evaluation (e-Monev) -------------------
R("monev", "ren", "e-Monev Bappenas (PP 39/2006)", "bappenas",
  d="Pelaporan realisasi anggaran, capaian output dan kendala pelaksanaan program K/L.")
R("monev", "ren", "SIMONEV Kemenperin", "kemenperin", d="")
R("monev", "ren", "e-Monev Kemnaker", "kemnaker", d="Monitoring realisasi fisik dan keuangan kegiatan.")
R("monev", "ren", "Monev Program dan Anggaran Kemenkop UKM", "kemenkopukm", d="")

# --- employee attendance --------------------------------------------------
R("presensi", "apa", "e-Presensi Kemendag", "kemendag", d="")
R("presensi", "apa", "Absensi Online Disperindag Jabar", "prov-jawa-barat", d="Absen pegawai dengan geotagging.")
R("presensi", "apa", "Presensi Mobile Kemnaker", "kemnaker", d="")
R("presensi", "apa", "Geo-Presensi ATR/BPN", "atr-bpn", d="")
R("presensi", "apa", "SIAP Absen Kementan", "kementan", d="Presensi pegawai dengan swafoto dan lokasi.")
R("presensi", "apa", "Attendance System Kemenperin", "kemenperin", d="")

# --- IT helpdesk ----------------------------------------------------------
R("helpdesk", "ops", "Service Desk TIK Kemenkeu", "kemenkeu", d="Tiket gangguan dan permintaan layanan TIK.")
R("helpdesk", "ops", "Helpdesk Pusdatin Kementan", "kementan", d="")
R("helpdesk", "ops", "e-Helpdesk Kemnaker", "kemnaker", d="")

# --- digital guest book ---------------------------------------------------
R("tamu", "ops", "Buku Tamu Digital Kemendag", "kemendag", d="")
R("tamu", "ops", "e-Tamu Disnakertrans Sumut", "prov-sumatera-utara", d="Pencatatan tamu kantor.")
R("tamu", "ops", "Guest Book ATR/BPN", "atr-bpn", d="")


# --- further members of the groups above (added on a second pass) ----------
R("presensi", "apa", "Presensi Online Disnakertrans Banten", "prov-banten", d="")
R("presensi", "apa", "e-Absen Distanbun Sulteng", "prov-sulawesi-tengah", d="Kehadiran harian ASN dinas berbasis lokasi.")
R("ppid", "kom", "PPID Disnakertrans Jabar", "prov-jawa-barat", d="")
R("ppid", "kom", "PPID Kementerian Investasi", "kementerian-investasi", d="Layanan permohonan informasi publik.")
R("srikandi", "ops", "e-Office Kemenparekraf", "kemenparekraf", d="")
R("siasn", "apa", "SIMPEG Disnakertrans Gorontalo", "prov-gorontalo", d="Data induk pegawai dinas.")
R("lapor", "kom", "Pengaduan Layanan Kemenparekraf", "kemenparekraf", d="")
R("oss", "inv", "SiMPel Perizinan Maluku Utara", "prov-maluku-utara", d="Pelayanan perizinan berusaha DPMPTSP.")
R("oss", "inv", "Perizinan Berusaha Online Kota Ambon", "prov-maluku", d="")
R("umkm", "kop", "Pendataan UMKM NTT", "prov-nusa-tenggara-timur", d="")
R("umkm", "kop", "Database UMKM Papua Barat", "prov-papua-barat", d="Data pelaku usaha mikro kecil menengah.")
R("koperasi", "kop", "Data Koperasi Bengkulu", "prov-bengkulu", d="")
R("market", "kop", "Peukan Digital Aceh", "prov-aceh", d="Pasar online produk UMKM Aceh dengan pembayaran non-tunai.")
R("loker", "naker", "Info Loker Aceh", "prov-aceh", d="")
R("loker", "naker", "Golek Gawe DIY", "prov-di-yogyakarta", d="Bursa kerja online Disnakertrans DIY.")
R("metro", "dag", "UPTD Metrologi Legal Kalbar", "prov-kalimantan-barat", d="Pelayanan tera dan tera ulang UTTP.")
R("wisata", "par", "Wonderful Lombok Sumbawa", "prov-nusa-tenggara-barat", d="")
R("wisata", "par", "Pesona Papua Barat Daya", "prov-papua-barat-daya", d="Promosi wisata Raja Ampat dan Sorong.")
R("taru", "tanah", "SiTaru Jabar", "prov-jawa-barat", d="")
R("industri", "ind", "Sistem Informasi IKM Sulsel", "prov-sulawesi-selatan", d="Database industri kecil menengah Sulsel.")
R("satudata", "data", "Satu Data Kemenkop UKM", "kemenkopukm", d="")
R("jdih", "huk", "JDIH ATR/BPN", "atr-bpn", d="")
R("jdih", "huk", "JDIH Kemendag", "kemendag", d="Peraturan menteri perdagangan dan produk hukum lainnya.")
R("petani", "tani", "Sipetani Hulondalo", "prov-gorontalo", d="Data petani dan kelompok tani Gorontalo.")
R("pupuk", "tani", "e-Pupuk Sulsel (Tebus Pupuk)", "prov-sulawesi-selatan", d="")
R("samsat", "pajak", "e-Samsat Riau", "prov-riau", d="")
R("samsat", "pajak", "Samsat Bali Nyaman", "prov-bali", d="Pembayaran PKB Bali secara online.")
R("sipd", "keu", "SIMDA Keuangan Sulteng", "prov-sulawesi-tengah", d="", st="tidak aktif")
R("lpse", "ops", "LPSE Kemenparekraf", "kemenparekraf", d="")
R("helpdesk", "ops", "Service Desk Pusdatin ATR/BPN", "atr-bpn", d="")
R("tamu", "ops", "Buku Tamu Online Kemenperin", "kemenperin", d="")
R("blk", "naker", "Pelatihan Kerja Online Disnakertrans Papua", "prov-papua", d="")
R("wisstat", "par", "Statistik Wisata Bali", "prov-bali", d="Jumlah kunjungan wisatawan per objek dan per bulan.")
R("investmap", "inv", "Sulsel Investment Opportunities", "prov-sulawesi-selatan", d="")

# =====================================================================
# SINGLETONS: deliberate traps (look similar, different function)
# =====================================================================
T = True
R(None, "keu", "Lelang Online DJKN (lelang.go.id)", "kemenkeu",
  d="Lelang eksekusi dan lelang barang milik negara kepada masyarakat oleh KPKNL.", trap=T, url="https://lelang.go.id")
R(None, "bum", "PaDi UMKM (Pasar Digital UMKM)", "kementerian-bumn",
  d="Platform pengadaan BUMN dari UMKM (B2B).", trap=T)
R(None, "tanah", "SIPT (Sistem Informasi Pengadaan Tanah)", "atr-bpn",
  d="Pengadaan tanah bagi pembangunan untuk kepentingan umum: inventarisasi, penilaian ganti kerugian.", trap=T)
R(None, "ind", "Katalog Produk IKM Unggulan Kalbar", "prov-kalimantan-barat",
  d="Direktori digital profil dan foto produk IKM unggulan untuk promosi pameran; tidak ada transaksi.", trap=T)
R(None, "kop", "e-Kesehatan KSP (Penilaian Kesehatan Koperasi Simpan Pinjam)", "kemenkopukm",
  d="Penilaian kesehatan usaha simpan pinjam koperasi oleh pengawas.", trap=T)
R(None, "kom", "Whistleblowing System Kemenkeu (WISE)", "kemenkeu",
  d="Pelaporan dugaan pelanggaran/fraud oleh pegawai secara rahasia.", trap=T)
R(None, "akip", "SIWAS Inspektorat Kemenperin (Sistem Informasi Pengawasan Internal)", "kemenperin",
  d="Perencanaan audit, kertas kerja dan tindak lanjut temuan pengawasan internal.", trap=T)
R(None, "naker", "TKA Online (RPTKA)", "kemnaker",
  d="Pengesahan rencana penggunaan tenaga kerja asing.", trap=T)
R(None, "keu", "Siskeudes (Sistem Keuangan Desa)", "kemendagri",
  d="Pengelolaan keuangan desa: APBDes, penatausahaan, pelaporan.", j="umum", trap=T)
R(None, "tani", "e-RDKK (Rencana Definitif Kebutuhan Kelompok)", "kementan",
  d="Penyusunan rencana kebutuhan pupuk bersubsidi per kelompok tani sebagai dasar alokasi.", trap=T)
R(None, "dag", "Papan Harga Digital Pasar Beringharjo", "prov-di-yogyakarta",
  d="Pengaturan tampilan layar LED harga di los pasar; mengambil angka dari sistem pemantauan harga.", trap=T)
R(None, "tanah", "Peta Zona Nilai Tanah (ZNT)", "atr-bpn",
  d="Informasi nilai tanah per zona untuk dasar PNBP pertanahan dan penilaian.", trap=T)
R(None, "dag", "HPE (Harga Patokan Ekspor)", "kemendag",
  d="Penetapan harga patokan ekspor produk tertentu untuk perhitungan bea keluar.", trap=T)
R(None, "tani", "Penetapan Harga TBS Sawit Disbun Riau", "prov-riau",
  d="Rapat tim penetapan dan publikasi harga tandan buah segar kelapa sawit periodik.", trap=T)
R(None, "dag", "Monitoring Operasi Pasar Murah Jatim", "prov-jawa-timur",
  d="Jadwal, lokasi dan realisasi penyaluran paket sembako murah.", trap=T)
R(None, "dag", "Monitoring Revitalisasi Pasar Rakyat (DAK)", "kemendag",
  d="Pendataan kondisi bangunan pasar, usulan dan progres fisik revitalisasi pasar rakyat.", trap=T)
R(None, "pajak", "e-BPHTB Kab. Bogor", "prov-jawa-barat",
  d="Pelaporan dan validasi Bea Perolehan Hak atas Tanah dan Bangunan.", trap=T)
R(None, "pajak", "e-Filing DJP Online", "kemenkeu", d="Pelaporan SPT Tahunan PPh secara elektronik.", trap=T,
  url="https://djponline.pajak.go.id")
R(None, "pajak", "e-Faktur", "kemenkeu", d="Pembuatan faktur pajak elektronik PPN.", trap=T)
R(None, "pajak", "e-Bupot Unifikasi", "kemenkeu", d="Bukti potong PPh dan SPT Masa PPh unifikasi.", trap=T)
R(None, "pajak", "CEISA (Customs-Excise Information System and Automation)", "kemenkeu",
  d="Pelayanan dan pengawasan kepabeanan dan cukai: PIB, PEB, manifest.", trap=T)
R(None, "dag", "Portal INSW (Indonesia National Single Window)", "kemenkeu",
  d="Single window dokumen ekspor-impor dan perizinan larangan/pembatasan lintas instansi.", trap=T)
R(None, "naker", "Kartu Prakerja", "kemenko-perekonomian",
  d="Program bantuan biaya pelatihan dan insentif bagi pencari kerja.", trap=T, url="https://www.prakerja.go.id")
R(None, "naker", "e-Wasnaker (Pengawasan Ketenagakerjaan)", "kemnaker",
  d="Pemeriksaan norma ketenagakerjaan dan K3 di perusahaan oleh pengawas.", trap=T)
R(None, "ind", "Akreditasi Laboratorium Kalibrasi (KAN)", "bsn",
  d="Akreditasi lembaga penilaian kesesuaian dan laboratorium kalibrasi.", trap=T)
R(None, "inv", "Dashboard Realisasi Investasi", "kementerian-investasi",
  d="Realisasi PMA/PMDN per triwulan, sektor dan lokasi.", trap=T)
R(None, "kop", "BPUM (Banpres Produktif Usaha Mikro)", "kemenkopukm",
  d="Verifikasi calon penerima dan penyaluran hibah tunai bagi usaha mikro.", trap=T)
R(None, "keu", "SIKP (Sistem Informasi Kredit Program)", "kemenkeu",
  d="Data debitur KUR dan perhitungan subsidi bunga/marjin.", trap=T)
R(None, "bum", "Portal TJSL BUMN", "kementerian-bumn",
  d="Pelaporan program tanggung jawab sosial dan lingkungan BUMN.", trap=T)
R(None, "tanah", "Sertipikat Tanah Elektronik", "atr-bpn",
  d="Penerbitan dokumen sertipikat hak atas tanah dalam bentuk elektronik.", trap=T)
R(None, "par", "Sertifikasi CHSE", "kemenparekraf",
  d="Sertifikasi kebersihan, kesehatan, keselamatan, kelestarian usaha pariwisata.", trap=T)
R(None, "tani", "Katam Terpadu (Kalender Tanam)", "kementan",
  d="Rekomendasi waktu tanam, varietas dan dosis pupuk berdasarkan prakiraan iklim.", trap=T)
R(None, "tani", "PSR Online (Peremajaan Sawit Rakyat)", "kementan",
  d="Pengajuan dana hibah peremajaan kebun sawit rakyat.", trap=T)
R(None, "tani", "Informasi Sertifikasi ISPO", "kementan",
  d="Daftar pelaku usaha perkebunan bersertifikat Indonesian Sustainable Palm Oil.", trap=T)
R(None, "ops", "Perpustakaan Digital Kementan (e-Book)", "kementan",
  d="Koleksi e-book dan jurnal pertanian.", trap=T)
R(None, "ren", "Dashboard Ekonomi Makro", "kemenko-perekonomian",
  d="Dashboard eksekutif indikator makro: pertumbuhan ekonomi, inflasi, kurs, suku bunga.", trap=T)
R(None, "dag", "SINAS NK (Sistem Nasional Neraca Komoditas)", "kemenko-perekonomian",
  d="Penetapan neraca kebutuhan dan pasokan komoditas sebagai dasar persetujuan ekspor-impor.", trap=T)
R(None, "keu", "SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "kemenkeu",
  d="Sistem perbendaharaan: pencairan dana (SP2D) oleh KPPN, manajemen kas, akuntansi pusat.", j="umum", trap=T)
R(None, "data", "IKD (Identitas Kependudukan Digital)", "kemendagri",
  d="KTP digital di ponsel.", j="umum", dpi="dpi-identitas-digital", trap=T)
R(None, "data", "INApas", "ina-digital",
  d="Single sign-on dan dompet identitas warga untuk layanan digital pemerintah.", j="umum",
  dpi="dpi-identitas-digital", trap=T)
R(None, "tanah", "KKP (Komputerisasi Kegiatan Pertanahan)", "atr-bpn",
  d="Database pertanahan: buku tanah, surat ukur, warkah dan proses layanan di kantor pertanahan.", trap=T)
R(None, "ops", "Monitoring Jaringan dan Server (NMS) Pusintek Kemenkeu", "kemenkeu",
  d="Network monitoring system: uptime perangkat jaringan dan server.", trap=T)
R(None, "pajak", "Dashboard Penerimaan Pajak Daerah Bapenda Kaltim", "prov-kalimantan-timur",
  d="Grafik realisasi PAD harian per jenis pajak.", trap=T)
R(None, "pajak", "e-Retribusi Parkir Kota Bandung", "prov-jawa-barat",
  d="Pembayaran retribusi parkir tepi jalan non-tunai.", trap=T)
R(None, "tani", "Bantuan Benih Kementan (Banpem Benih)", "kementan",
  d="Usulan CPCL dan penyaluran bantuan benih padi/jagung ke kelompok tani.", trap=T)
R(None, "tani", "Statistik Perkebunan Online Ditjenbun", "kementan",
  d="Data produksi dan luas areal tanaman perkebunan tahunan.", trap=T)
R(None, "dag", "Pasar Lelang Komoditas Agro Jatim", "prov-jawa-timur",
  d="Penyelenggaraan pasar lelang forward komoditas pertanian antara penjual dan pembeli.", trap=T)
R(None, "tani", "SIAP (Sistem Informasi Asuransi Pertanian)", "kementan",
  d="Pendaftaran peserta dan klaim Asuransi Usaha Tani Padi (AUTP).", trap=T)
R(None, "ind", "SIKI (Sistem Informasi Kawasan Industri)", "kemenperin",
  d="Data kawasan industri, tenant dan ketersediaan lahan.", trap=T)
R(None, "inv", "Sistem Informasi KEK (Kawasan Ekonomi Khusus)", "kemenko-perekonomian",
  d="Profil dan monitoring kinerja kawasan ekonomi khusus.", trap=T)
R(None, "ren", "Monitoring Proyek Strategis Nasional (PSN)", "kemenko-perekonomian",
  d="Pemantauan progres dan debottlenecking proyek strategis nasional.", trap=T)
R(None, "kop", "Simpan Pinjam Koperasi Pegawai Kemenkeu", "kemenkeu",
  d="Aplikasi internal koperasi karyawan: simpanan anggota, pinjaman, potongan gaji.", trap=T)
R(None, "pajak", "e-Tax Hotel dan Restoran Kota Denpasar", "prov-bali",
  d="Perekaman transaksi dan pelaporan pajak hotel/restoran.", trap=T)
R(None, "tani", "SKPG (Sistem Kewaspadaan Pangan dan Gizi) Jatim", "prov-jawa-timur",
  d="Analisis situasi pangan dan gizi untuk peringatan dini kerawanan pangan.", trap=T)
R(None, "ind", "Layanan Pengujian Mutu Produk Balai Besar Industri", "kemenperin",
  d="Permohonan uji laboratorium, sertifikat hasil uji produk industri.", trap=T)
R(None, "apa", "e-Anjab ABK Kemnaker", "kemnaker",
  d="Analisis jabatan dan analisis beban kerja unit organisasi.", trap=T)
R(None, "ops", "TTE BSrE (Tanda Tangan Elektronik)", "bssn",
  d="Layanan sertifikat elektronik dan tanda tangan digital.", trap=T)
R(None, "ops", "Email Dinas go.id", "komdigi", d="Layanan surel resmi pemerintah.", trap=T)
R(None, "pajak", "SMS Gateway Pengingat Pajak Kendaraan Jabar", "prov-jawa-barat",
  d="Kirim SMS pengingat jatuh tempo PKB.", trap=T)
R(None, "tanah", "SMS Gateway Notifikasi Layanan Pertanahan", "atr-bpn",
  d="Notifikasi SMS berkas selesai ke pemohon.", trap=T)
R(None, "tani", "SMS Gateway Penyuluhan Pertanian Sumbar", "prov-sumatera-barat",
  d="Pesan massal materi penyuluhan budidaya ke petani.", trap=T)
R(None, "naker", "Kalkulator Pesangon", "kemnaker",
  d="Simulasi perhitungan uang pesangon dan penghargaan masa kerja.", trap=T)
R(None, "apa", "e-Rekrutmen Pegawai Non-ASN Kemendag", "kemendag",
  d="Seleksi dan pengadaan pegawai pemerintah non-ASN Kemendag.", trap=T)
R(None, "tanah", "SIMATA (Manajemen Aset Tanah Pemprov Sumut)", "prov-sumatera-utara",
  d="Inventarisasi bidang tanah aset milik pemerintah provinsi.", trap=T)
R(None, "tanah", "Pengaduan Sengketa dan Konflik Pertanahan", "atr-bpn",
  d="Registrasi kasus sengketa tanah, gelar kasus, penyelesaian konflik.", trap=T)
R(None, "kop", "Klinik UMKM Diskop Jatim", "prov-jawa-timur",
  d="Konsultasi bisnis tatap muka dan daring: manajemen, pemasaran, perizinan.", trap=T)
R(None, "keu", "e-SPPD Kementan (Perjalanan Dinas)", "kementan",
  d="Surat perintah perjalanan dinas dan rincian biaya.", trap=T)
R(None, "dag", "SRG (Sistem Resi Gudang) IS-Resi", "kemendag",
  d="Penerbitan dan pencatatan resi gudang komoditas sebagai agunan.", trap=T)
R(None, "dag", "Trade Remedies Case System (KADI)", "kemendag",
  d="Penyelidikan antidumping dan tindakan pengamanan perdagangan.", trap=T)
R(None, "dag", "Sistem Informasi Perdagangan Antar Pulau Maluku", "prov-maluku",
  d="Pencatatan arus barang antar pulau (muatan kapal) untuk analisis pasokan.", trap=T)
R(None, "ind", "SIINas-TKDN (Sertifikasi Tingkat Komponen Dalam Negeri)", "kemenperin",
  d="Permohonan verifikasi dan sertifikat TKDN produk.", trap=T)
R(None, "par", "Sistem Informasi Pemandu Wisata Berlisensi Bali", "prov-bali",
  d="Registrasi dan kartu lisensi pramuwisata.", trap=T)
R(None, "naker", "Sistem Informasi Upah Minimum", "kemnaker",
  d="Publikasi UMP/UMK dan data survei kebutuhan hidup layak.", trap=T)
R(None, "ind", "Restrukturisasi Mesin IKM (Reimburse)", "kemenperin",
  d="Program potongan harga (reimburse) pembelian mesin IKM.", trap=T)
R(None, "kom", "Website Resmi Disperindag Kalteng", "prov-kalimantan-tengah",
  d="Profil dinas, berita, agenda kegiatan.", trap=T)
R(None, "keu", "e-Hibah Jatim", "prov-jawa-timur",
  d="Pengajuan proposal dan penyaluran hibah/bansos daerah kepada lembaga masyarakat.", trap=T)
R(None, "tani", "Sistem Informasi Harga Pupuk Organik Pabrikan", "kementan",
  d="Penetapan harga referensi pengadaan pupuk organik untuk program bantuan.", trap=T)
R(None, "par", "Kurasi Event KEN (Kharisma Event Nusantara)", "kemenparekraf",
  d="Kurasi dan seleksi proposal event daerah untuk masuk kalender KEN.", trap=T)

R(None, "kop", "Database Tenaga Pendamping PLUT-KUMKM", "kemenkopukm",
  d="Data konsultan pendamping di Pusat Layanan Usaha Terpadu.", trap=T)
R(None, "dag", "SIMIRAH (Sistem Informasi Minyak Goreng Curah)", "kemendag",
  d="Pelacakan distribusi minyak goreng curah DMO dari produsen ke pengecer.", trap=T)
R(None, "pajak", "SIMPADA Reklame Kota Medan", "prov-sumatera-utara",
  d="Pendataan objek dan penetapan pajak reklame.", trap=T)
R(None, "apa", "Lelang Jabatan Kemnaker (Seleksi Terbuka JPT)", "kemnaker",
  d="Seleksi terbuka jabatan pimpinan tinggi: pendaftaran, asesmen, pengumuman.", trap=T)
R(None, "tani", "Penyaluran Bantuan Pangan Beras (CBP)", "kemenko-pangan",
  d="Data penerima dan penyaluran bantuan beras cadangan pangan pemerintah.")
R(None, "tani", "Stok Cadangan Beras Pemerintah", "kemenko-pangan",
  d="Posisi stok CBP per gudang dan wilayah.")

# =====================================================================
# SINGLETONS: plain (no look-alike intended)
# =====================================================================
R(None, "tanah", "Aplikasi PTSL (Pendaftaran Tanah Sistematis Lengkap)", "atr-bpn",
  d="Pengumpulan data fisik dan yuridis bidang tanah untuk pendaftaran pertama kali secara massal.")
R(None, "tanah", "Peta Lahan Baku Sawah (LBS)", "atr-bpn", d="Penetapan dan peta luas lahan baku sawah.")
R(None, "tanah", "GTRA Reforma Agraria", "atr-bpn", d="Redistribusi tanah obyek reforma agraria dan penataan akses.")
R(None, "bum", "Sistem Informasi PMN BUMN", "kementerian-bumn", d="Usulan dan monitoring penyertaan modal negara pada BUMN.")
R(None, "keu", "DMFAS (Debt Management) DJPPR", "kemenkeu", d="Pencatatan pinjaman dan hibah luar negeri pemerintah.")
R(None, "pajak", "IT Inventory Kawasan Berikat", "kemenkeu", d="Pencatatan mutasi barang di kawasan berikat untuk pengawasan bea cukai.")
R(None, "tani", "Registrasi Kebun Buah Ekspor", "kementan", d="Registrasi kebun/lahan usaha hortikultura tujuan ekspor (GAP).", trap=True)
R(None, "tani", "IQFAST Karantina Pertanian", "kementan", d="Permohonan dan sertifikasi karantina tumbuhan dan hewan.")
R(None, "naker", "Penempatan Tenaga Kerja AKAD (Antar Kerja Antar Daerah)", "prov-nusa-tenggara-timur",
  d="Rekomendasi dan pencatatan penempatan pekerja antar provinsi.")
R(None, "kop", "Pengesahan Badan Hukum Koperasi (AHU Koperasi)", "kemenkumham", d="Pengesahan akta pendirian dan perubahan koperasi.")
R(None, "ind", "Sertifikasi Industri Hijau", "kemenperin", d="Pengajuan dan audit sertifikasi standar industri hijau.")
R(None, "ren", "SIMPREN Kemenko Perekonomian (Sinkronisasi Program Ekonomi)", "kemenko-perekonomian",
  d="Rapat koordinasi dan tindak lanjut kebijakan lintas kementerian bidang ekonomi.")
R(None, "ind", "Sistem Informasi Pengendalian Impor Bahan Baku Industri (Pertek)", "kemenperin",
  d="Pertimbangan teknis impor bahan baku untuk industri.")
R(None, "kop", "Inkubator Wirausaha Muda Sumbar", "prov-sumatera-barat", d="Seleksi dan pendampingan tenant inkubasi bisnis pemula.", trap=True)
R(None, "tani", "Sistem Informasi UPJA (Usaha Pelayanan Jasa Alsintan) Lampung", "prov-lampung",
  d="Penyewaan jasa olah tanah oleh UPJA ke petani.", trap=True)
R(None, "naker", "Transmigrasi Online (Pendaftaran Calon Transmigran)", "prov-jawa-tengah",
  d="Pendaftaran dan seleksi calon transmigran asal Jawa Tengah.")

# =====================================================================
# PROPOSALS
# =====================================================================
REUSE = [
    ("lpse", "Tender konstruksi daring", "Kami ingin menyelenggarakan pemilihan penyedia pekerjaan konstruksi secara online: penyedia mengunggah dokumen penawaran terenkripsi, pokja mengevaluasi dan mengumumkan pemenang."),
    ("ekat", "Belanja dari etalase penyedia", "Satker membeli barang/jasa langsung dari daftar produk penyedia yang harganya sudah ditayangkan (e-purchasing)."),
    ("sakti", "Aplikasi keuangan satker satu pintu", "As a spending-unit treasurer I want one application covering DIPA execution, payroll, stock of consumables and accrual financial statements."),
    ("sipd", "Penyusunan APBD dan penatausahaan keuangan provinsi", "Aplikasi untuk menyusun RKPD, RAPBD, menerbitkan SPD/SP2D dan menyusun laporan keuangan pemerintah provinsi."),
    ("srikandi", "Disposisi surat dinas digital", "Surat masuk dicatat, didisposisikan berjenjang, dibalas dan ditandatangani elektronik, lalu diarsipkan otomatis (seperti Nadine)."),
    ("lapor", "Kanal keluhan warga atas layanan dinas", "Warga menyampaikan keluhan atas pelayanan kantor pemerintah dan memantau tindak lanjutnya."),
    ("siasn", "Data riwayat pegawai", "Pengelolaan profil PNS, riwayat kenaikan pangkat, jabatan dan mutasi pegawai."),
    ("oss", "Penerbitan NIB dan izin usaha", "Pelaku usaha mengajukan Nomor Induk Berusaha dan izin usaha perdagangan/industri secara online."),
    ("simponi", "Billing tarif layanan laboratorium", "Membuat kode billing dan menerima pembayaran PNBP atas tarif layanan laboratorium kementerian."),
    ("samsat", "Bayar pajak motor dari HP", "Saya ingin membayar pajak kendaraan bermotor tahunan lewat ponsel tanpa ke kantor Samsat."),
    ("petani", "Farmer registry", "Registry of farmers and farmer groups with their cultivated land area and main commodities."),
    ("pupuk", "Tebus pupuk subsidi pakai KTP", "Petani menebus pupuk bersubsidi di kios resmi dengan verifikasi identitas dan kuota."),
    ("harga", "Pemantauan harga sembako harian", "Daily monitoring of rice, chilli, shallot and cooking-oil prices in traditional markets across regencies, like SISKAPERBAPO."),
    ("pasar", "Pengelolaan los dan retribusi pasar rakyat", "Pendataan pedagang pasar, penempatan los/kios dan penagihan retribusi harian."),
    ("market", "Toko online bersama produk UMKM", "Masyarakat bisa membeli dan membayar produk UMKM lokal secara daring dari satu etalase daerah."),
    ("loker", "Portal lowongan kerja", "Pencari kerja melihat lowongan dan dicocokkan dengan perusahaan yang membutuhkan."),
    ("metro", "Jadwal tera ulang timbangan", "Pedagang mendaftarkan timbangan untuk ditera ulang dan mendapat jadwal sidang tera."),
    ("tradestat", "Visualisasi nilai ekspor-impor", "Dashboard nilai ekspor dan impor per komoditas HS dan negara tujuan."),
    ("expromo", "Business matching eksportir", "Mempertemukan eksportir UKM dengan calon pembeli luar negeri serta menampilkan katalog produk ekspor."),
    ("konsumen", "Konsumen melapor produk cacat", "Konsumen yang dirugikan pelaku usaha karena barang rusak atau penipuan dapat mengadu dan dipantau penanganannya."),
    ("umkm", "Single MSME database", "Single database of micro, small and medium enterprises used to target government programmes."),
    ("koperasi", "Pendataan koperasi aktif", "Pendataan koperasi beserta jumlah anggota, modal dan laporan rapat anggota tahunan."),
    ("taru", "Peta RTRW online", "Peta rencana tata ruang wilayah yang bisa diakses investor dan warga."),
    ("wisata", "Situs promosi destinasi", "Website yang mempromosikan destinasi wisata, atraksi dan kuliner daerah."),
    ("blk", "Daftar pelatihan balai latihan kerja", "Pendaftaran peserta pelatihan keterampilan kerja di balai latihan kerja."),
    ("phi", "Pengajuan mediasi perselisihan kerja", "Pekerja atau pengusaha mengajukan mediasi perselisihan hubungan industrial secara online."),
    ("ppid", "Permohonan informasi publik online", "Masyarakat meminta salinan informasi publik dan mengajukan keberatan secara daring."),
    ("presensi", "Absen pegawai pakai GPS", "Pegawai melakukan absen masuk/pulang dengan GPS dan swafoto dari ponsel."),
    ("splp", "API gateway antar instansi", "Integrasi antar aplikasi instansi pemerintah lewat gerbang API terpusat."),
    ("bumd", "Pemantauan kinerja perusahaan daerah", "Memantau laporan keuangan dan kinerja perusahaan milik pemerintah daerah."),
    ("investmap", "Peluang investasi daerah", "Menampilkan profil proyek siap tawar dan potensi investasi daerah kepada calon investor."),
    ("stdb", "Registrasi kebun rakyat kecil", "Pendaftaran usaha budidaya pekebun kecil di bawah 25 hektare untuk mendapatkan tanda daftar."),
]

NOVEL = [
    ("Pendampingan sertifikasi halal usaha mikro", "Layanan pendaftaran dan pendampingan sertifikasi halal self-declare untuk usaha mikro."),
    ("Registri unit karbon industri", "Pencatatan unit karbon dan perdagangan emisi dari sektor industri."),
    ("Dashboard monitoring kualitas udara kawasan industri", "Dashboard pemantauan kualitas udara dan debu dari sensor di kawasan industri."),
    ("Antrean bongkar muat truk di pasar induk", "Sistem antrean dan slot waktu bongkar muat truk sayur di pasar induk."),
    ("Bank sampah pasar", "Layanan penukaran sampah pedagang pasar menjadi saldo tabungan."),
    ("Peminjaman ruang rapat dan kendaraan dinas", "Pegawai memesan ruang rapat dan kendaraan dinas secara online."),
    ("Pendaftaran merek kolektif dan indikasi geografis", "Fasilitasi pendaftaran merek kolektif dan indikasi geografis produk daerah."),
    ("e-Voting RAT koperasi", "Layanan pemungutan suara elektronik untuk rapat anggota tahunan koperasi."),
    ("Tiket masuk terpadu destinasi wisata", "Penjualan tiket masuk objek wisata terpadu dengan pembayaran non-tunai."),
    ("Traceability kopi ekspor", "Penelusuran asal-usul biji kopi ekspor dari kebun sampai kontainer berbasis blockchain."),
    ("Informasi harga sewa rusunawa", "Informasi harga sewa dan ketersediaan unit rumah susun sewa."),
    ("Tracking kontainer ekspor", "Pelacakan posisi kontainer ekspor secara real-time di pelabuhan."),
    ("Pemesanan cold storage hortikultura", "Petani memesan ruang pendingin untuk menyimpan hasil panen hortikultura."),
    ("Survei kepuasan masyarakat (IKM) layanan dinas", "Pengisian kuesioner Indeks Kepuasan Masyarakat atas layanan publik dan rekap nilai IKM."),
    ("Penghargaan eksportir berprestasi", "Nominasi dan penilaian juri untuk penghargaan eksportir berprestasi."),
    ("Monitoring konsumsi listrik gedung kantor", "Dashboard data pemakaian energi listrik gedung kantor pemerintah dari smart meter."),
]


# =====================================================================
# BUILD
# =====================================================================
KHUSUS_VARIANTS = ["khusus", "khusus", "Aplikasi Khusus", "", "khusus", "AK", "Khusus/Lokal", "Khusus", "khusus", ""]
STATUS_CYCLE = ["aktif", "aktif", "aktif", "", "aktif", "tidak aktif", "aktif", "dalam pengembangan", "Aktif", "aktif", "aktif"]


def mess_code(code, rng):
    if not code:
        return ""
    r = rng.random()
    parts = code.split(".")
    if r < 0.28:
        return ""
    if r < 0.42:
        return code.lower()
    if r < 0.52:
        return parts[0][:1] + parts[0][1:].lower() + "." + ".".join(parts[1:])
    if r < 0.60:
        return ".".join(parts[:2])
    if r < 0.67:
        return parts[0] + "." + ".".join(str(int(p)) for p in parts[1:])
    if r < 0.71:
        return " ".join(parts)
    if r < 0.75:
        return ".".join(parts[1:])
    return code


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    # annotate a stable index before shuffling (for deterministic cycles)
    for i, r in enumerate(rows):
        r["i"] = i
    rng.shuffle(rows)

    key_to_ids = {}
    out = []
    for n, r in enumerate(rows, start=1):
        rid = "b18-%04d" % n
        r["id"] = rid
        i = r["i"]
        ral, rab = DOM[r["dom"]]
        if i % 3 == 0:
            ral = ral + ".%02d" % (i % 5 + 1)
        umum = r["j"] == "umum"
        if umum:
            raa = "RAA.01.01" if ral.startswith("RAL.01") else "RAA.01.02"
            jenis = "umum"
        else:
            raa = "RAA.02.02" if i % 4 else "RAA.02.01"
            jenis = KHUSUS_VARIANTS[i % len(KHUSUS_VARIANTS)]
        status = r["st"] if r["st"] is not None else STATUS_CYCLE[i % len(STATUS_CYCLE)]
        tahun = r["th"] if r["th"] is not None else 2010 + (i * 7) % 14
        tahun = "" if rng.random() < 0.18 else str(tahun)
        fungsi = r["f"]
        if fungsi and rng.random() < 0.25:
            fungsi = ""
        url = r["url"]
        if url and rng.random() < 0.15:
            url = ""
        if r["st"] is None and rng.random() < 0.08:
            status = ""
        out.append({
            "id": rid,
            "nama": r["nama"],
            "deskripsi": r["d"],
            "fungsi": fungsi,
            "instansi": r["inst"],
            "jenis": jenis,
            "kode_ral": mess_code(ral, rng),
            "kode_rab": mess_code(rab, rng),
            "kode_raa": mess_code(raa, rng),
            "status": status,
            "tahun": tahun,
            "url": url,
            "dpi": r["dpi"],
        })
        if r["g"]:
            key_to_ids.setdefault(r["g"], []).append(rid)

    header = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
              "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind18-inventory.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(out)

    # groups in order of first appearance in the hand-written list
    order = []
    for r in ROWS:
        if r["g"] and r["g"] not in order:
            order.append(r["g"])
    groups = []
    gid_of = {}
    for k, key in enumerate(order, start=1):
        gid = "g%02d" % k
        gid_of[key] = gid
        groups.append({"id": gid, "members": sorted(key_to_ids[key])})
    src = ("Blind set 18: economic-affairs audit export (Kemenko Perekonomian scope) of central and regional "
           "applications, written by hand in blind18-build.py (seed 181818) without reading the detector.")
    with open(os.path.join(HERE, "blind18-groups.json"), "w", encoding="utf-8") as fh:
        json.dump({"source": src, "duplicateGroups": groups}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    props = []
    for k, (key, nama, desk) in enumerate(REUSE, start=1):
        props.append({"id": "p%02d" % k, "nama": nama, "deskripsi": desk,
                      "expected": sorted(key_to_ids[key])})
    for nama, desk in NOVEL:
        props.append({"id": "p%02d" % (len(props) + 1), "nama": nama, "deskripsi": desk, "expected": []})
    psrc = ("Blind set 18 proposals (reuse and novel) against blind18-inventory.csv, written by hand in "
            "blind18-build.py (seed 181818) without reading the detector.")
    with open(os.path.join(HERE, "blind18-proposals.json"), "w", encoding="utf-8") as fh:
        json.dump({"source": psrc, "proposals": props}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    ntrap = sum(1 for r in ROWS if r["trap"])
    print("rows", len(out), "groups", len(groups), "grouped rows", sum(len(g["members"]) for g in groups),
          "traps", ntrap, "proposals", len(props))


if __name__ == "__main__":
    main()
