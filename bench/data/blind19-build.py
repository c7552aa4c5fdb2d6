#!/usr/bin/env python3
"""Build the blind19 hand-labelled test set (infrastructure, transport, maritime,
environment and energy inventory, as a coordinating ministry for infrastructure
and maritime affairs would compile it).

Every row, duplicate group, trap and proposal below was written by hand from
/work/shared/domain/spbe-reference.md and the agency entity names only, without
reading the detector's code, tests, docs or other benchmark data.
Randomness (seed 191919) is used only to shuffle row order, blank some optional
fields, pick messy jenis/status variants and mess up the casing/format of
reference-architecture codes.

Writes: blind19-inventory.csv, blind19-groups.json, blind19-proposals.json
"""
import csv
import json
import os
import random

SEED = 191919
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

HEADER = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral",
          "kode_rab", "kode_raa", "status", "tahun", "url", "dpi"]

# domain -> (RAB level-2, RAL level-2) code stems used to fill the kode columns
DOM = {
    "pu": ("RAB.03.02", "RAL.01.17"),
    "perkim": ("RAB.03.03", "RAL.01.18"),
    "tata": ("RAB.03.04", "RAL.01.19"),
    "hub": ("RAB.03.05", "RAL.01.20"),
    "laut": ("RAB.03.05", "RAL.01.21"),
    "udara": ("RAB.03.05", "RAL.01.22"),
    "kkp": ("RAB.07.03", "RAL.01.30"),
    "lh": ("RAB.07.01", "RAL.01.28"),
    "hut": ("RAB.07.02", "RAL.01.29"),
    "esdm": ("RAB.07.04", "RAL.01.31"),
    "bencana": ("RAB.05.02", "RAL.01.12"),
    "pajak": ("RAB.09.02", "RAL.01.40"),
    "pbj": ("RAB.09.02", "RAL.02.06"),
    "keu": ("RAB.09.02", "RAL.02.02"),
    "rencana": ("RAB.09.05", "RAL.02.03"),
    "pegawai": ("RAB.09.06", "RAL.02.04"),
    "arsip": ("RAB.09.07", "RAL.02.06"),
    "kinerja": ("RAB.09.06", "RAL.02.07"),
    "data": ("RAB.09.03", "RAL.02.09"),
    "aduan": ("RAB.09.04", "RAL.01.45"),
    "izin": ("RAB.02.01", "RAL.01.06"),
    "hukum": ("RAB.09.01", "RAL.02.08"),
    "integrasi": ("RAB.09.03", "RAL.02.09"),
    "identitas": ("RAB.03.07", "RAL.01.07"),
    "umum": ("RAB.09.07", "RAL.02.06"),
    "wisata": ("RAB.02.05", "RAL.01.33"),
    "tani": ("RAB.07.05", "RAL.01.32"),
}
ADMIN_DOMS = {"pbj", "keu", "rencana", "pegawai", "arsip", "kinerja", "data",
              "hukum", "integrasi", "umum"}


def R(nama, instansi, desc="", fungsi="", dom=None, j=None, s=None, t=None,
      u="", dpi="", trap=False):
    """One hand-written inventory row."""
    return dict(nama=nama, instansi=instansi, deskripsi=desc, fungsi=fungsi,
                dom=dom, jenis=j, status=s, tahun=t, url=u, dpi=dpi, trap=trap)


U = "umum"  # national shared platform (aplikasi umum)

# ---------------------------------------------------------------------------
# DUPLICATE GROUPS (same government function; a reviewer would consolidate)
# ---------------------------------------------------------------------------
GROUPS = [
    # --- national shared platforms and their agency copies -----------------
    ("spse", "pbj", [
        R("SPSE (Sistem Pengadaan Secara Elektronik) v4.5", "lkpp",
          "Aplikasi e-procurement nasional yang dikembangkan LKPP dan dipakai seluruh LPSE untuk tender, seleksi, "
          "pengadaan langsung dan e-reverse auction secara elektronik.",
          "tender/seleksi elektronik", j=U, s="aktif", t=2019, u="https://spse.inaproc.id"),
        R("LPSE Kementerian PUPR", "kemenpupr",
          "Layanan Pengadaan Secara Elektronik Kementerian PUPR untuk tender pekerjaan konstruksi dan jasa konsultansi.",
          "e-tendering konstruksi", u="https://lpse.pu.go.id"),
        R("LPSE Kemenhub", "kemenhub", "", "e-tendering"),
        R("e-Proc KKP", "kkp", "Pelelangan barang/jasa secara online di lingkungan Kementerian Kelautan dan Perikanan", ""),
        R("LPSE Provinsi Jawa Timur", "prov-jawa-timur",
          "Sistem tender elektronik Biro Pengadaan Barang/Jasa Pemprov Jatim; paket Dinas PU Bina Marga dan Dinas PU SDA ikut ditenderkan di sini.",
          "pengadaan barang/jasa"),
        R("E-Tendering Dinas PUPR Kab. Kutai Kartanegara", "prov-kalimantan-timur",
          "Aplikasi lelang proyek fisik kabupaten Kutai Kartanegara, dibuat sendiri sebelum bergabung ke LPSE.",
          "lelang proyek", s="tidak aktif", t=2011),
        R("SiLelang KLHK", "klhk", "", "lelang elektronik"),
        R("LPSE ESDM", "kesdm", "Pengadaan barang dan jasa secara elektronik Kementerian ESDM (instance SPSE).", ""),
        R("Aplikasi Lelang Online Dinas PU Prov. Papua (versi lama)", "prov-papua",
          "", "pengumuman lelang, upload penawaran", s="tidak aktif", t=2010),
        R("LPSE Prov. Maluku Utara", "prov-maluku-utara", "", ""),
    ]),
    ("katalog", "pbj", [
        R("e-Katalog", "lkpp", "Katalog elektronik untuk e-purchasing barang/jasa pemerintah.", "e-purchasing",
          j=U, u="https://e-katalog.lkpp.go.id"),
        R("Katalog Elektronik Lokal Prov. DKI Jakarta", "prov-dki-jakarta",
          "Etalase produk lokal (aspal, beton readymix, pipa) untuk e-purchasing perangkat daerah DKI.", ""),
        R("e-Katalog Sektoral Konstruksi KemenPUPR", "kemenpupr",
          "Katalog sektoral material dan peralatan konstruksi; satker membeli langsung dari etalase tanpa tender.",
          "pembelian langsung via katalog"),
    ]),
    ("sirup", "pbj", [
        R("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "lkpp", "", "pengumuman RUP", j=U,
          u="https://sirup.lkpp.go.id"),
        R("Aplikasi RUP Kemenhub", "kemenhub", "Pengumuman rencana umum pengadaan satker perhubungan setiap awal tahun anggaran.", ""),
        R("sirup dishub bali", "prov-bali", "input RUP Dinas Perhubungan Provinsi Bali sebelum diumumkan", ""),
    ]),
    ("oss", "izin", [
        R("OSS-RBA (Online Single Submission Risk Based Approach)", "kementerian-investasi",
          "Perizinan berusaha berbasis risiko: penerbitan NIB, sertifikat standar dan izin usaha secara terintegrasi.",
          "perizinan berusaha", j=U, s="aktif", t=2021, u="https://oss.go.id"),
        R("OSS versi 1.1", "kementerian-investasi",
          "Online Single Submission generasi pertama (PP 24/2018), digantikan OSS-RBA.", "", j=U, s="tidak aktif", t=2018),
        R("Sistem Perizinan Berusaha Terpadu DPMPTSP Prov. Kalimantan Timur", "prov-kalimantan-timur",
          "Penerbitan NIB dan izin usaha berbasis tingkat risiko untuk pelaku usaha di Kaltim.", ""),
        R("SIPERU (e-Perizinan Usaha) Kalbar", "prov-kalimantan-barat",
          "Izin usaha online: NIB, sertifikat standar, izin usaha sesuai tingkat risiko kegiatan usaha.", "izin usaha online"),
        R("Perizinan Berusaha Online DPMPTSP Gorontalo", "prov-gorontalo", "", "NIB dan izin usaha berbasis risiko"),
    ]),
    ("lapor", "aduan", [
        R("SP4N-LAPOR!", "kemenpanrb", "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional.",
          "kanal pengaduan nasional", j=U, u="https://www.lapor.go.id"),
        R("Dumas PUPR (Pengaduan Masyarakat)", "kemenpupr", "", "pengaduan masyarakat"),
        R("Sistem Pengaduan Publik Kemenhub", "kemenhub",
          "Menerima pengaduan, saran dan keluhan masyarakat terkait layanan perhubungan (web & Contact Center 151) dan meneruskan tindak lanjut ke unit.", ""),
        R("e-Pengaduan KESDM", "kesdm", "", ""),
        R("Pengaduan Online Dishub Prov. Sumatera Selatan", "prov-sumatera-selatan",
          "Warga menyampaikan keluhan layanan perhubungan; admin meneruskan ke bidang dan status dapat dipantau.", "pengaduan"),
        R("LAPOR Sleman (Layanan Aspirasi dan Pengaduan Online Rakyat)", "prov-di-yogyakarta",
          "Kanal aspirasi dan pengaduan Kabupaten Sleman untuk semua OPD termasuk DPUPKP dan Dishub.", "", j="Umum"),
        R("Layanan Pengaduan Publik KLHK", "klhk", "Pengaduan atas pelayanan publik KLHK, terhubung ke SP4N-LAPOR!.", ""),
        R("e-Dumas KKP", "kkp", "", "pengaduan masyarakat"),
        R("Aduan Layanan Dinas PUPR Prov. Gorontalo", "prov-gorontalo", "", "pengaduan pelayanan publik"),
    ]),
    ("sipd", "keu", [
        R("SIPD (Sistem Informasi Pemerintahan Daerah)", "kemendagri",
          "Perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah.", "", j=U, s="aktif", t=2020),
        R("SIMDA Keuangan Dinas PU Prov. Riau", "prov-riau",
          "aplikasi keuangan daerah BPKP v2.7, dipakai utk penatausahaan SPP/SPM dan laporan keuangan SKPD", "",
          s="tidak aktif", t=2013),
        R("e-Budgeting Pemprov DKI", "prov-dki-jakarta", "Penyusunan APBD dan RKA SKPD.", "penganggaran daerah"),
        R("SIPKD Prov. Sulawesi Tenggara", "prov-sulawesi-tenggara", "Sistem Informasi Pengelolaan Keuangan Daerah", ""),
    ]),
    ("krisna", "rencana", [
        R("KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "bappenas", "", "", j=U,
          u="https://krisna.systems"),
        R("e-Planning KKP", "kkp",
          "Penyusunan Rencana Kerja K/L, indikator kinerja program dan pagu indikatif satker KKP.", "perencanaan program"),
        R("SIPPA Kemenhub (Sistem Informasi Perencanaan Program dan Anggaran)", "kemenhub", "", ""),
    ]),
    ("sakti", "keu", [
        R("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
          "Aplikasi keuangan satker dari perencanaan anggaran sampai pelaporan; menggantikan SAS, SILABI, Persediaan, SIMAK-BMN, SAIBA.",
          "", j=U, s="aktif", t=2022),
        R("SIMAK-BMN Satker BBWS Brantas", "kemenpupr", "aplikasi akuntansi BMN satker, data sudah dimigrasi ke SAKTI",
          "", s="tidak aktif"),
        R("SAIBA Kemenhub", "kemenhub", "Sistem Akuntansi Instansi Berbasis Akrual untuk laporan keuangan satker.", ""),
        R("Aplikasi Persediaan Ditjen Bina Marga", "kemenpupr", "", "pencatatan persediaan satker"),
        R("SAS (Sistem Aplikasi Satker) Balai Teknik Perkeretaapian", "kemenhub", "pembuatan SPP/SPM satker", "",
          s="tidak aktif", t=2014),
    ]),
    ("srikandi", "arsip", [
        R("SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "anri",
          "Aplikasi umum bidang kearsipan dinamis: naskah dinas, persuratan, disposisi dan arsip elektronik.",
          "", j=U, s="aktif", t=2021, u="https://srikandi.arsip.go.id"),
        R("SIKD (Sistem Informasi Kearsipan Dinamis)", "anri", "Aplikasi kearsipan dinamis ANRI generasi lama sebelum SRIKANDI.",
          "", s="tidak aktif", t=2012),
        R("e-Office KemenPUPR", "kemenpupr", "naskah dinas elektronik, disposisi, persuratan", ""),
        R("TNDE Kemenhub (Tata Naskah Dinas Elektronik)", "kemenhub", "", ""),
        R("Persuratan Elektronik DLH Prov. Jawa Barat", "prov-jawa-barat", "", "surat masuk/keluar"),
        R("Sistem Tracking Surat BPBD Prov. NTT", "prov-nusa-tenggara-timur",
          "Pelacakan posisi surat masuk, agenda dan disposisi pimpinan di BPBD Provinsi Nusa Tenggara Timur.", ""),
        R("e-Surat KKP", "kkp", "", ""),
        R("SIMAS ESDM (Sistem Informasi Manajemen Arsip dan Surat)", "kesdm", "", "pengelolaan surat dan arsip"),
        R("e-Disposisi Dinas ESDM Prov. Jawa Barat", "prov-jawa-barat",
          "Disposisi surat masuk secara elektronik dari kepala dinas ke bidang.", ""),
        R("Naskah Dinas Elektronik BMKG", "bmkg", "", ""),
    ]),
    ("sakip", "kinerja", [
        R("e-SAKIP", "kemenpanrb", "Sistem Akuntabilitas Kinerja Instansi Pemerintah elektronik.", "", j=U),
        R("SAKIP Online Kemenhub", "kemenhub", "Penyusunan perjanjian kinerja, pengukuran dan LAKIP unit eselon I.", ""),
        R("e-SAKIP Dinas PUPR Prov. Jawa Tengah", "prov-jawa-tengah", "", "akuntabilitas kinerja instansi"),
    ]),
    ("satudata", "data", [
        R("Portal Satu Data Indonesia (data.go.id)", "bappenas", "Katalog data terbuka pemerintah.", "", j=U,
          u="https://data.go.id"),
        R("Portal Data PUPR", "kemenpupr", "Publikasi dataset terbuka sektor pekerjaan umum dan perumahan.", ""),
        R("Satu Data Perhubungan", "kemenhub", "", "open data sektor transportasi"),
        R("Open Data KKP", "kkp", "", ""),
        R("Portal Satu Data Provinsi Kalimantan Timur", "prov-kalimantan-timur", "", "portal data terbuka", j="Umum"),
        R("Open Data ESDM", "kesdm", "Dataset terbuka energi dan sumber daya mineral (CSV, API).", ""),
        R("Portal Data Terbuka KLHK (Satu Data LHK)", "klhk", "", ""),
        R("Portal Satu Data Sulawesi Selatan", "prov-sulawesi-selatan", "", ""),
    ]),
    ("splp", "integrasi", [
        R("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi",
          "Penghubung layanan dan pertukaran data antar instansi (API gateway nasional).", "interoperabilitas",
          j=U, dpi="dpi-pertukaran-data"),
        R("API Gateway KemenPUPR", "kemenpupr",
          "API manager untuk pertukaran data antar aplikasi internal dan dengan K/L lain.", ""),
        R("ESB Kemenhub (Enterprise Service Bus)", "kemenhub", "", "integrasi aplikasi"),
        R("Sistem Interoperabilitas Data ESDM", "kesdm", "", "pertukaran data antar sistem"),
    ]),
    ("ppid", "data", [
        R("e-PPID Kementerian PUPR", "kemenpupr", "Permohonan informasi publik dan pengajuan keberatan secara online.", ""),
        R("PPID Kemenhub", "kemenhub", "", ""),
        R("PPID Online KLHK", "klhk", "", "layanan informasi publik"),
        R("Sistem Informasi PPID Dinas PUPR Prov. Banten", "prov-banten", "", ""),
        R("e-PPID KKP", "kkp", "", ""),
        R("PPID BMKG", "bmkg", "", ""),
        R("PPID KESDM", "kesdm", "Pejabat Pengelola Informasi dan Dokumentasi Kementerian ESDM", ""),
        R("e-PPID BNPB", "bnpb", "", ""),
        R("PPID BIG", "big", "", "permohonan informasi"),
        R("PPID Kementerian ATR/BPN", "atr-bpn", "", ""),
        R("PPID Dishub Prov. Sumut", "prov-sumatera-utara", "", ""),
        R("PPID Pembantu DLH Prov. Jambi", "prov-jambi", "", ""),
        R("SIPPID Basarnas", "basarnas", "", ""),
        R("PPID Bakamla", "bakamla", "", ""),
    ]),
    ("jdih", "hukum", [
        R("JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "kemenkumham", "", "", j=U,
          u="https://jdihn.go.id"),
        R("JDIH KemenPUPR", "kemenpupr", "", "basis data peraturan"),
        R("JDIH Kemenhub", "kemenhub", "", ""),
        R("JDIH KESDM", "kesdm", "", ""),
        R("JDIH KLHK", "klhk", "", ""),
        R("JDIH Biro Hukum Prov. Jawa Timur", "prov-jawa-timur", "", ""),
        R("JDIH KKP", "kkp", "", ""),
        R("JDIH ATR/BPN", "atr-bpn", "", ""),
        R("JDIH BMKG", "bmkg", "", ""),
        R("JDIH BNPB", "bnpb", "", ""),
    ]),
    ("siasn", "pegawai", [
        R("SIASN (Sistem Informasi ASN)", "bkn", "Sistem informasi ASN nasional.", "", j=U),
        R("SIMPEG KemenPUPR", "kemenpupr", "", "data pegawai"),
        R("SIMPEG Hub", "kemenhub", "", ""),
        R("e-Pegawai KKP", "kkp", "", ""),
        R("Sistem Informasi Kepegawaian BMKG", "bmkg", "", ""),
        R("SIMPEG Dinas PUPR Aceh", "prov-aceh", "data riwayat pangkat, jabatan dan mutasi pegawai", ""),
        R("SIMPEG BNPB", "bnpb", "", ""),
    ]),
    ("simponi", "keu", [
        R("SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu", "", "pembayaran PNBP", j=U, dpi="dpi-pembayaran"),
        R("Aplikasi Billing PNBP Ditjen Hubla", "kemenhub",
          "Pembuatan kode billing PNBP jasa kepelabuhanan dan kenavigasian serta penerimaan pembayarannya.", ""),
        R("e-Billing PNBP BMKG", "bmkg", "Kode billing untuk layanan data dan informasi MKG berbayar.", ""),
    ]),

    # --- public works ---------------------------------------------------------
    ("jalan", "pu", [
        R("IRMS v3 (Indonesian Road Management System)", "kemenpupr",
          "Pengelolaan data jaringan jalan nasional: inventaris ruas, kondisi perkerasan (IRI), lalu lintas harian rata-rata, "
          "dan penyusunan program pemeliharaan.", "", t=2016),
        R("Road Asset Management System (RAMS) Jawa Barat", "prov-jawa-barat",
          "Provincial road asset inventory and pavement condition database for Dinas Bina Marga dan Penataan Ruang.", ""),
        R("SIJAPRO (Sistem Informasi Jalan Provinsi) Jateng", "prov-jawa-tengah",
          "data ruas jalan provinsi: panjang, lebar, jenis perkerasan, kondisi mantap/tidak mantap", ""),
        R("Database Jalan Kab. Lombok Timur", "prov-nusa-tenggara-barat", "", ""),
        R("e-Jalan Dinas PUPR Prov. Sulsel", "prov-sulawesi-selatan", "", "inventaris jalan"),
        R("SIMJALAN Kaltim", "prov-kalimantan-timur", "inventarisasi dan kondisi jalan provinsi", ""),
        R("SIMAJA (Sistem Informasi Manajemen Aset Jalan) Sumbar", "prov-sumatera-barat", "", ""),
        R("PKRMS - Provincial/Kabupaten Road Management System (Kab. Ende)", "prov-nusa-tenggara-timur",
          "Road inventory, condition survey and multi-year maintenance programming for kabupaten roads.", ""),
        R("RoadCare Bengkulu", "prov-bengkulu", "Inventaris dan survei kondisi jalan provinsi Bengkulu berbasis tablet.", ""),
        R("Sistem Informasi Jalan Kab. Gorontalo", "prov-gorontalo", "", "data ruas dan kondisi jalan kabupaten"),
    ]),
    ("jalan_rusak", "pu", [
        R("Lapor Jalan Rusak Jabar", "prov-jawa-barat",
          "Warga mengirim foto dan titik lokasi lubang/kerusakan jalan; laporan diteruskan ke UPTD Pengelolaan Jalan sebagai "
          "perintah kerja perbaikan dan status perbaikannya diumumkan.", "", trap=True),
        R("SIPAJAR (Sistem Pengaduan Jalan Rusak) Dinas PU Bina Marga Jatim", "prov-jawa-timur",
          "", "laporan jalan berlubang dari masyarakat untuk ditambal", trap=True),
        R("JAMAL - Lapor Jalan Berlubang Lampung", "prov-lampung",
          "aplikasi android, masyarakat melaporkan jalan rusak dengan geotag, petugas menindaklanjuti perbaikan", "", trap=True),
    ]),
    ("jembatan", "pu", [
        R("BMS (Bridge Management System) Ditjen Bina Marga", "kemenpupr",
          "Inventaris jembatan nasional, hasil pemeriksaan detail dan nilai kondisi, prioritas penanganan jembatan.", ""),
        R("Bridge Inspection App Dinas PU Bina Marga Jatim", "prov-jawa-timur",
          "Mobile app for periodic bridge inspection, condition rating and photo documentation.", ""),
        R("SIJEMBATAN Sulteng", "prov-sulawesi-tengah", "inventaris dan pemeriksaan kondisi jembatan provinsi", ""),
        R("Sistem Informasi Jembatan Prov. Riau", "prov-riau", "", ""),
    ]),
    ("jt", "hub", [
        R("JTO (Jembatan Timbang Online)", "kemenhub",
          "Pencatatan penimbangan kendaraan angkutan barang di UPPKB dan penindakan pelanggaran muatan lebih (ODOL).",
          "", trap=True),
        R("Sistem Informasi UPPKB Dishub Prov. Jawa Tengah", "prov-jawa-tengah",
          "", "penimbangan kendaraan barang, data pelanggaran dimensi dan muatan", trap=True),
    ]),
    ("irigasi", "pu", [
        R("ePAKSI (Pengelolaan Aset dan Kinerja Sistem Irigasi)", "kemenpupr", "", "aset irigasi"),
        R("SI Irigasi Jatim", "prov-jawa-timur", "inventaris jaringan irigasi kewenangan provinsi dan indeks kinerja sistem irigasi", ""),
        R("SIPDI (Sistem Informasi Pengelolaan Daerah Irigasi) Sumbar", "prov-sumatera-barat",
          "Database daerah irigasi, bangunan dan saluran, kondisi aset dan kinerja DI.", "", trap=True),
        R("SIMIRIGASI Kab. Indramayu", "prov-jawa-barat", "", ""),
    ]),
    ("hidrologi", "pu", [
        R("SIH3 (Sistem Informasi Hidrologi, Hidrometeorologi dan Hidrogeologi)", "kemenpupr",
          "Pengumpulan dan publikasi data curah hujan, debit dan tinggi muka air pos hidrologi.", ""),
        R("Hydrology Data Management Dinas PUSDATARU Jateng", "prov-jawa-tengah",
          "Rainfall and river discharge data collection from hydrological stations, yearly hydrology books.", ""),
        R("Database Curah Hujan dan Debit Sungai PSDA Jabar", "prov-jawa-barat", "", ""),
    ]),
    ("ews_banjir", "bencana", [
        R("FEWS Citarum (Flood Early Warning System) BBWS Citarum", "kemenpupr",
          "Peringatan dini banjir berbasis telemetri tinggi muka air, mengirim status siaga ke BPBD dan warga.", ""),
        R("Sistem Peringatan Dini Banjir BPBD DKI", "prov-dki-jakarta", "", "peringatan dini banjir"),
        R("EWS Banjir Kalsel", "prov-kalimantan-selatan", "sirine dan notifikasi saat muka air sungai melewati batas siaga", ""),
    ]),
    ("spam", "pu", [
        R("SIMSPAM (Sistem Informasi Manajemen SPAM)", "kemenpupr",
          "Data kinerja penyelenggaraan sistem penyediaan air minum: cakupan layanan, kapasitas, kehilangan air.", ""),
        R("Database SPAM Prov. NTT", "prov-nusa-tenggara-timur", "", ""),
        R("e-SPAM Jateng", "prov-jawa-tengah", "", "pendataan kinerja penyelenggaraan air minum"),
    ]),
    ("pdam", "pajak", [
        R("Billing System PDAM Kota Makassar", "prov-sulawesi-selatan", "", "rekening air pelanggan", trap=True),
        R("SIBIL PDAM Tirta Pakuan (Kota Bogor)", "prov-jawa-barat",
          "Pembacaan meter, perhitungan dan penerbitan tagihan air pelanggan PDAM.", "", trap=True),
        R("e-Rekening Air Minum Perumda Tirta Musi Palembang", "prov-sumatera-selatan", "", "", trap=True),
    ]),
    ("lltt", "perkim", [
        R("SI-LLTT (Layanan Lumpur Tinja Terjadwal) Kota Surakarta", "prov-jawa-tengah",
          "Penjadwalan penyedotan tangki septik rumah tangga dan pencatatan pembuangan ke IPLT.", ""),
        R("Sedot Tinja Online UPT PAL DKI", "prov-dki-jakarta", "", "pemesanan layanan penyedotan lumpur tinja"),
    ]),

    # --- environment and forestry ------------------------------------------
    ("sampah", "lh", [
        R("SIPSN (Sistem Informasi Pengelolaan Sampah Nasional)", "klhk",
          "Data timbulan, komposisi dan capaian pengurangan/penanganan sampah kabupaten/kota.", "", u="https://sipsn.menlhk.go.id"),
        R("Sistem Informasi Data Sampah Prov. Jawa Barat", "prov-jawa-barat", "", ""),
        R("e-Sampah DLH Prov. Bali", "prov-bali", "pelaporan timbulan dan komposisi sampah dari kabupaten/kota", ""),
        R("Waste Data Reporting DLH Kota Balikpapan", "prov-kalimantan-timur", "", "waste generation statistics"),
        R("Aplikasi Data Persampahan Prov. Jawa Tengah", "prov-jawa-tengah", "", ""),
        R("Sistem Informasi Sampah Kota Kendari", "prov-sulawesi-tenggara", "", "timbulan sampah dan TPA"),
    ]),
    ("onlimo", "lh", [
        R("ONLIMO (Online Monitoring Kualitas Air)", "klhk",
          "Stasiun pemantau kualitas air sungai otomatis (pH, DO, TSS, COD) dengan data real-time.", ""),
        R("Water Quality Monitoring System DLH Prov. Jatim", "prov-jawa-timur", "", ""),
        R("SIPANTAU-AIR Sungai Citarum", "prov-jawa-barat", "pemantauan mutu air sungai, status mutu dan indeks kualitas air", ""),
    ]),
    ("udara", "lh", [
        R("ISPU / AQMS KLHK", "klhk", "Air Quality Monitoring System, publikasi Indeks Standar Pencemar Udara real-time.", ""),
        R("Sistem Pemantauan Kualitas Udara DLH DKI", "prov-dki-jakarta", "", ""),
        R("Dashboard Kualitas Udara Prov. Jawa Tengah", "prov-jawa-tengah", "", "ISPU stasiun pemantau"),
        R("Air Quality Monitoring Kota Palembang", "prov-sumatera-selatan", "", ""),
    ]),
    ("amdal", "lh", [
        R("AMDALNET", "klhk", "Penilaian AMDAL dan pemeriksaan UKL-UPL secara elektronik untuk persetujuan lingkungan.", "",
          u="https://amdal.menlhk.go.id"),
        R("SIDOLING (Sistem Informasi Dokumen Lingkungan) DLH Jatim", "prov-jawa-timur", "", ""),
        R("e-UKL-UPL Prov. Kaltim", "prov-kalimantan-timur", "", "pemeriksaan formulir UKL-UPL"),
        R("Perizinan Lingkungan Online DLH Prov. Sumut", "prov-sumatera-utara", "permohonan persetujuan lingkungan (dulu izin lingkungan)", ""),
        R("SIAMDAL NTB", "prov-nusa-tenggara-barat", "", ""),
        R("e-Amdal Papua Barat", "prov-papua-barat", "", ""),
    ]),
    ("simpel", "lh", [
        R("SIMPEL (Sistem Informasi Pelaporan Elektronik Lingkungan Hidup)", "klhk",
          "Pelaporan berkala pelaksanaan RKL-RPL/persetujuan teknis oleh penanggung jawab usaha.", ""),
        R("e-Pelaporan RKL-RPL DLH Prov. Riau", "prov-riau", "", ""),
        R("Pelaporan Pengelolaan Lingkungan Perusahaan Online Prov. Banten", "prov-banten", "", "laporan semester perusahaan"),
    ]),
    ("karhutla", "hut", [
        R("SiPongi+ (Karhutla Monitoring System)", "klhk", "Pemantauan titik panas dan luas kebakaran hutan dan lahan.", "",
          u="https://sipongi.menlhk.go.id"),
        R("Dashboard Lancang Kuning - Hotspot Karhutla Riau", "prov-riau", "", ""),
        R("Fire Hotspot Dashboard Kalteng", "prov-kalimantan-tengah", "", "hotspot monitoring"),
        R("Sistem Informasi Karhutla Prov. Kalbar", "prov-kalimantan-barat", "", ""),
        R("SIPKH (Sistem Informasi Pengendalian Karhutla) Sumsel", "prov-sumatera-selatan",
          "Pemantauan hotspot satelit harian dan pelaporan groundcheck titik api.", ""),
        R("Karhutla Monitoring Jambi", "prov-jambi", "", ""),
    ]),
    ("sipuhh", "hut", [
        R("SIPUHH Online (Sistem Informasi Penatausahaan Hasil Hutan)", "klhk", "", ""),
        R("e-PUHH Kaltim", "prov-kalimantan-timur", "penatausahaan hasil hutan kayu: LHP, dokumen angkutan, laporan mutasi", ""),
    ]),

    # --- energy and mineral resources ---------------------------------------
    ("modi", "esdm", [
        R("MODI (Minerba One Data Indonesia)", "kesdm", "Basis data perusahaan dan pemegang izin usaha pertambangan.", "",
          trap=True),
        R("Database Pemegang IUP Dinas ESDM Babel", "prov-kepulauan-bangka-belitung", "", "", trap=True),
        R("SIMINERBA Kaltim", "prov-kalimantan-timur", "data perusahaan tambang dan IUP di Kaltim", "",
          s="tidak aktif", trap=True),
    ]),

    # --- transport ------------------------------------------------------------
    ("pju", "perkim", [
        R("SIM-PJU Dishub Prov. Jatim", "prov-jawa-timur", "inventaris titik lampu PJU, laporan gangguan dan meter listrik", ""),
        R("Smart PJU Denpasar", "prov-bali", "", ""),
        R("Street Lighting Management System Prov. Jawa Barat", "prov-jawa-barat", "", "street light inventory and maintenance"),
        R("PJU Online Kota Palu", "prov-sulawesi-tengah", "", "pendataan dan pemeliharaan lampu penerangan jalan"),
    ]),
    ("atcs", "hub", [
        R("ATCS Dishub DIY", "prov-di-yogyakarta", "Area Traffic Control System: pengaturan lampu lalu lintas adaptif dan CCTV simpang.", ""),
        R("ATCS Kota Bandung", "prov-jawa-barat", "", ""),
        R("Sistem Kendali Lalu Lintas Terpadu Prov. Sumsel", "prov-sumatera-selatan", "", "kendali APILL"),
        R("ATCS Kota Medan", "prov-sumatera-utara", "", ""),
    ]),
    ("uji", "hub", [
        R("BLUe (Bukti Lulus Uji Elektronik)", "kemenhub",
          "Kartu dan sertifikat lulus uji berkala kendaraan bermotor elektronik untuk unit pengujian daerah.", ""),
        R("SIM-PKB (Sistem Informasi Manajemen Pengujian Kendaraan Bermotor) Dishub Jateng", "prov-jawa-tengah", "", ""),
        R("e-KIR Dishub Kota Makassar", "prov-sulawesi-selatan", "", "uji kir"),
        R("Uji KIR Online Kab. Tangerang", "prov-banten", "pendaftaran dan hasil uji berkala kendaraan angkutan", ""),
        R("SIUK (Sistem Informasi Uji Kendaraan) Papua", "prov-papua", "", ""),
        R("PKB Online Dishub Kab. Bogor (Pengujian Kendaraan Bermotor)", "prov-jawa-barat", "", ""),
        R("e-Uji Berkala Kendaraan Dishub Kalteng", "prov-kalimantan-tengah", "", ""),
    ]),
    ("pajakkb", "pajak", [
        R("SAMBARA (Samsat Mobile Jawa Barat)", "prov-jawa-barat", "info dan pembayaran pajak kendaraan bermotor tahunan", "", trap=True),
        R("e-Samsat Jatim", "prov-jawa-timur", "", "", trap=True),
        R("Info PKB Bali", "prov-bali", "cek Pajak Kendaraan Bermotor", "", trap=True),
        R("Sakpole (Samsat Online) Jateng", "prov-jawa-tengah", "", "bayar PKB online", trap=True),
        R("SIMPKB (Sistem Informasi Manajemen Pajak Kendaraan Bermotor) Kalbar", "prov-kalimantan-barat", "", "", trap=True),
    ]),
    ("andalalin", "hub", [
        R("Andalalin Online", "kemenhub", "Permohonan dan penilaian dokumen analisis dampak lalu lintas.", "", trap=True),
        R("SI-Andalalin Dishub DKI", "prov-dki-jakarta", "", "persetujuan analisis dampak lalu lintas", trap=True),
    ]),
    ("bus", "hub", [
        R("Teman Bus", "kemenhub", "Informasi rute, posisi real-time dan estimasi kedatangan bus skema Buy The Service.", "",
          trap=True),
        R("Info Trans Jateng", "prov-jawa-tengah", "", "posisi bus Trans Jateng real-time", trap=True),
        R("Bus Tracking Trans Metro Dewata", "prov-bali", "", "", trap=True),
    ]),
    ("terminal", "hub", [
        R("SIMTA (Sistem Informasi Manajemen Terminal Tipe A)", "kemenhub",
          "Pencatatan kedatangan/keberangkatan bus, penumpang dan ramp check di terminal penumpang tipe A.", ""),
        R("e-Terminal Dishub Prov. Jawa Tengah", "prov-jawa-tengah", "", ""),
        R("Terminal Management System Prov. Jawa Barat", "prov-jawa-barat", "", "terminal operations"),
        R("Sistem Informasi Terminal Penumpang Dishub Kaltara", "prov-kalimantan-utara", "", ""),
    ]),
    ("trayek", "hub", [
        R("SPIONAM (Sistem Perizinan Online Angkutan dan Multimoda)", "kemenhub", "", "izin penyelenggaraan angkutan",
          u="https://spionam.dephub.go.id"),
        R("e-Trayek Dishub Prov. Jatim", "prov-jawa-timur", "izin trayek dan kartu pengawasan kendaraan angkutan umum", ""),
        R("Izin Angkutan Online AKDP Bali", "prov-bali", "", ""),
    ]),

    # --- maritime and fisheries ---------------------------------------------
    ("pelaut", "laut", [
        R("Sistem Informasi Pelaut", "kemenhub", "Penerbitan buku pelaut dan sertifikat keahlian/keterampilan pelaut.", "",
          s="tidak aktif", t=2013),
        R("SIPELAUT v2 - Seafarer Certificate Information System", "kemenhub", "", "", t=2022),
    ]),
    ("kapal_ikan", "kkp", [
        R("SILAT (Sistem Informasi Izin Layanan Cepat)", "kkp", "Penerbitan SIUP, SIPI dan SIKPI kapal perikanan di atas 30 GT.", ""),
        R("SIMKADA (Sistem Informasi Kapal Daerah)", "kkp", "Perizinan kapal perikanan kewenangan provinsi (sampai 30 GT).", ""),
        R("e-Perizinan Kapal Perikanan DKP Prov. Jateng", "prov-jawa-tengah", "", "SIPI kapal nelayan"),
        R("Sistem Izin Kapal Ikan DKP Prov. Sulut", "prov-sulawesi-utara", "", ""),
    ]),
    ("daftar_kapal", "laut", [
        R("Sistem Informasi Pendaftaran dan Kebangsaan Kapal", "kemenhub", "Pendaftaran kapal, grosse akta dan surat tanda kebangsaan kapal.",
          "", trap=True),
        R("e-Pendaftaran Kapal Ditkapel", "kemenhub", "", "", s="tidak aktif", t=2015, trap=True),
    ]),
    ("vms", "kkp", [
        R("VMS (Vessel Monitoring System) Perikanan", "kkp", "Pemantauan posisi kapal perikanan berizin melalui transmitter satelit.", ""),
        R("Sistem Pemantauan Kapal Perikanan DKP Prov. Maluku", "prov-maluku", "", ""),
    ]),
    ("logbook", "kkp", [
        R("e-Logbook Penangkapan Ikan", "kkp", "", "laporan hasil tangkapan per trip"),
        R("Logbook Nelayan Online DKP Prov. Sultra", "prov-sulawesi-tenggara", "", ""),
    ]),
    ("pcs", "laut", [
        R("Inaportnet", "kemenhub",
          "Layanan tunggal berbasis internet untuk pelayanan kedatangan dan keberangkatan kapal serta barang di pelabuhan.", "",
          u="https://inaportnet.dephub.go.id"),
        R("Port Community System Pelabuhan Daerah Dishub Prov. Kaltim", "prov-kalimantan-timur", "", ""),
        R("e-Layanan Kapal Pelabuhan Regional Sulsel", "prov-sulawesi-selatan", "", "warta kapal, pelayanan sandar/tolak"),
    ]),
    ("ferry", "laut", [
        R("Ferizy", "kementerian-bumn", "Pembelian tiket kapal penyeberangan ASDP secara online.", ""),
        R("e-Tiket Penyeberangan Dishub Prov. Maluku", "prov-maluku", "", ""),
        R("Tiket Speedboat Online Kepri", "prov-kepulauan-riau", "", "penjualan tiket kapal antarpulau"),
        R("e-Tiket Kapal Penyeberangan Dishub NTT", "prov-nusa-tenggara-timur", "", ""),
    ]),

    # --- spatial planning, land, housing -------------------------------------
    ("gistaru", "tata", [
        R("GISTARU (Geographic Information System Tata Ruang)", "atr-bpn", "Peta RTRW dan RDTR yang dapat diakses publik.", "",
          u="https://gistaru.atrbpn.go.id"),
        R("SIMTARU Jabar", "prov-jawa-barat", "", ""),
        R("Sistem Informasi Tata Ruang Prov. Sumbar", "prov-sumatera-barat", "", "informasi rencana tata ruang"),
        R("e-RTRW Bali", "prov-bali", "", ""),
    ]),
    ("geoportal", "tata", [
        R("Ina-Geoportal", "big", "Portal berbagi data dan informasi geospasial nasional (Jaringan Informasi Geospasial).", ""),
        R("Geoportal Kemenhub", "kemenhub", "", ""),
        R("Geoportal KKP (One Map KKP)", "kkp", "", ""),
        R("Simpul Jaringan Geospasial Prov. Jateng", "prov-jawa-tengah", "", "berbagi data IG daerah"),
        R("ESDM One Map", "kesdm", "", ""),
        R("SIGAP KLHK", "klhk", "geoportal peta tematik kehutanan dan lingkungan hidup", ""),
        R("SIGI PUPR", "kemenpupr", "Sistem informasi geografis dan geoportal data spasial PUPR.", ""),
        R("Geoportal Prov. Kalimantan Utara", "prov-kalimantan-utara", "", ""),
    ]),
    ("kkpr", "tata", [
        R("PKKPR Online", "atr-bpn", "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang.", ""),
        R("e-KKPR Dinas PUPR Prov. Lampung", "prov-lampung", "", ""),
        R("Izin Pemanfaatan Ruang Online Banten", "prov-banten", "(nama lama sebelum KKPR)", "", s="tidak aktif"),
    ]),
    ("simbg", "perkim", [
        R("SIMBG (Sistem Informasi Manajemen Bangunan Gedung)", "kemenpupr",
          "Penyelenggaraan Persetujuan Bangunan Gedung (PBG) dan Sertifikat Laik Fungsi secara elektronik.", "",
          u="https://simbg.pu.go.id"),
        R("e-IMB DKI", "prov-dki-jakarta", "permohonan izin mendirikan bangunan online", "", s="tidak aktif", t=2016),
        R("PBG Online Kab. Sidoarjo", "prov-jawa-timur", "", ""),
        R("Sistem Izin Mendirikan Bangunan Kota Medan", "prov-sumatera-utara", "", ""),
        R("e-PBG Bali", "prov-bali", "", ""),
        R("PBG Online Kab. Gowa", "prov-sulawesi-selatan", "", ""),
    ]),
    ("rtlh", "perkim", [
        R("e-RTLH", "kemenpupr", "Pendataan rumah tidak layak huni by name by address.", ""),
        R("Database RTLH Perkim Prov. NTB", "prov-nusa-tenggara-barat", "", ""),
        R("SI-RTLH Jateng", "prov-jawa-tengah", "", "data rumah tidak layak huni"),
    ]),
    ("monev", "pu", [
        R("e-Monev PUPR", "kemenpupr", "Monitoring progres fisik dan keuangan paket kontrak satker PUPR.", ""),
        R("SIMONEV Konstruksi Prov. Kaltim", "prov-kalimantan-timur", "", ""),
        R("Sistem Pengendalian Proyek Fisik Dinas PUPR Prov. Sumsel", "prov-sumatera-selatan",
          "Laporan mingguan kemajuan pekerjaan konstruksi, kurva-S, deviasi dan foto 0-50-100%.", ""),
        R("Dashboard Progres Fisik Pembangunan Prov. Sulut", "prov-sulawesi-utara", "", ""),
    ]),

    # --- disaster management -----------------------------------------------
    ("dibi", "bencana", [
        R("DIBI (Data dan Informasi Bencana Indonesia)", "bnpb", "", "data kejadian bencana", u="https://dibi.bnpb.go.id"),
        R("Sistem Informasi Kebencanaan BPBD Prov. Jateng", "prov-jawa-tengah", "", ""),
        R("Database Kejadian Bencana BPBD Prov. Sulteng", "prov-sulawesi-tengah", "", ""),
        R("Disaster Incident Database BPBD NTB", "prov-nusa-tenggara-barat", "", ""),
        R("SIDABA (Sistem Informasi Data Bencana Aceh)", "prov-aceh", "rekap kejadian, korban dan kerusakan akibat bencana", ""),
        R("Data Bencana BPBD Prov. Kalsel", "prov-kalimantan-selatan", "", ""),
    ]),
    ("logistik", "bencana", [
        R("Sistem Informasi Logistik dan Peralatan Penanggulangan Bencana", "bnpb",
          "Stok, distribusi dan pertanggungjawaban logistik serta peralatan bencana di gudang BNPB/BPBD.", ""),
        R("e-Logistik BPBD Prov. Jabar", "prov-jawa-barat", "", ""),
    ]),
]

# ---------------------------------------------------------------------------
# SINGLETONS (no duplicate in this inventory). trap=True: looks like another
# row/group (shared acronym, generic words, same object) but a different function.
# ---------------------------------------------------------------------------
SINGLETONS = [
    # national platforms / DPI without agency copies here
    R("INApas", "ina-digital", "Single sign-on dan dompet identitas digital untuk layanan pemerintah.", "", dom="identitas",
      j=U, dpi="dpi-identitas-digital", t=2024),
    R("Pusat Data Nasional (PDN) - layanan komputasi awan pemerintah", "komdigi", "", "", dom="integrasi", j=U),
    # admin traps
    R("e-Kinerja BKN", "bkn", "Penilaian kinerja individu PNS (SKP) dan perilaku kerja.", "", dom="pegawai", trap=True),
    R("WBS (Whistle Blowing System) Kemenhub", "kemenhub", "Pelaporan dugaan pelanggaran/korupsi oleh pegawai, dirahasiakan.", "",
      dom="kinerja", trap=True),
    R("Helpdesk TI KemenPUPR", "kemenpupr", "tiket gangguan jaringan, email dan aplikasi internal", "", dom="integrasi", trap=True),
    R("Survei Kepuasan Masyarakat (SKM) Online Dishub Prov. Jawa Barat", "prov-jawa-barat", "", "indeks kepuasan layanan",
      dom="aduan", trap=True),
    R("Dashboard Eksekutif Kemenko Marves", "kemenko-marves",
      "Ringkasan indikator koordinasi bidang maritim dan investasi untuk pimpinan.", "", dom="rencana", trap=True),
    R("BMS (Building Management System) Gedung Karya Kemenhub", "kemenhub", "kendali HVAC, lift, listrik gedung kantor", "",
      dom="umum", trap=True),
    R("Aplikasi Rapat Daring Kemenhub", "kemenhub", "", "video conference", dom="umum"),
    R("e-Perpus PUPR", "kemenpupr", "perpustakaan digital", "", dom="umum"),
    R("Sistem Informasi Diklat Perhubungan", "kemenhub", "", "penyelenggaraan diklat teknis perhubungan", dom="pegawai"),

    # public works
    R("Dam Safety Information System (Balai Keamanan Bendungan)", "kemenpupr",
      "Data instrumentasi, inspeksi dan rekomendasi keamanan bendungan.", "", dom="pu"),
    R("SIMPEL (Sistem Informasi Manajemen Peralatan) Dinas PUPR Prov. Kalbar", "prov-kalimantan-barat",
      "Penyewaan dan pemeliharaan alat berat milik daerah (excavator, stoomwals).", "", dom="pu", trap=True),
    R("SIPASTI (Sistem Informasi Pasokan Sumber Daya Investasi)", "kemenpupr",
      "Informasi harga dan pasokan material serta peralatan konstruksi.", "", dom="pu", trap=True),
    R("SIM Jalan Tol BPJT", "kemenpupr", "pemantauan standar pelayanan minimal dan penyesuaian tarif jalan tol", "",
      dom="pu", trap=True),
    R("Aplikasi Audit Keselamatan Jalan", "kemenpupr", "", "audit keselamatan desain dan operasional jalan", dom="pu", trap=True),
    R("SILABMAT - Laboratorium Uji Material Balai Bahan", "kemenpupr",
      "Permohonan dan hasil pengujian mutu beton, aspal dan tanah.", "", dom="pu", trap=True),
    R("SIMPONI (Sistem Informasi Perizinan Online Pemanfaatan Air Tanah) Dinas ESDM Jateng", "prov-jawa-tengah",
      "", "izin pengeboran dan pengambilan air tanah", dom="esdm", trap=True),
    R("Aplikasi AHSP (Analisa Harga Satuan Pekerjaan)", "kemenpupr", "Penyusunan perkiraan biaya pekerjaan konstruksi.", "", dom="pu"),
    R("Sistem Informasi Drainase Perkotaan DKI", "prov-dki-jakarta", "inventaris saluran drainase, pompa dan titik genangan", "",
      dom="pu", trap=True),
    R("GIS Jaringan Pipa PDAM Tirtanadi", "prov-sumatera-utara", "peta jaringan pipa distribusi, valve dan meter induk", "",
      dom="pu", trap=True),
    R("Repositori Desain Jalan (DED) Bina Marga", "kemenpupr",
      "Penyimpanan gambar desain teknis jalan dan jembatan per paket.", "", dom="pu", trap=True),

    # transport (land)
    R("SRUT (Sertifikat Registrasi Uji Tipe)", "kemenhub", "Uji tipe rancang bangun kendaraan bermotor sebelum diproduksi.",
      "", dom="hub", trap=True),
    R("e-Uji Emisi DKI", "prov-dki-jakarta", "pencatatan hasil uji emisi gas buang kendaraan pribadi di bengkel", "",
      dom="lh", trap=True),
    R("Sertifikasi Pengemudi Angkutan Umum Dishub Jatim", "prov-jawa-timur", "", "pelatihan dan sertifikat kompetensi pengemudi",
      dom="hub", trap=True),
    R("Fleet Tracking Kendaraan Dinas Kemenhub", "kemenhub", "pemantauan GPS posisi dan pemakaian kendaraan dinas", "",
      dom="umum", trap=True),
    R("Railway Asset Management System (RAMS) DJKA", "kemenhub",
      "Inventaris prasarana perkeretaapian: rel, wesel, jembatan KA dan persinyalan.", "", dom="hub", trap=True),
    R("SI-SAKTI (Sistem Informasi Sarana Keselamatan Transportasi) Dishub Jabar", "prov-jawa-barat",
      "Inventaris rambu, marka, guardrail dan APILL.", "", dom="hub", trap=True),
    R("Data Kecelakaan Lalu Lintas Dishub Prov. Jawa Barat", "prov-jawa-barat", "", "", dom="hub"),
    R("Mudik Gratis Kemenhub", "kemenhub", "Pendaftaran peserta program angkutan mudik gratis.", "", dom="hub"),
    R("Sistem Informasi Perizinan Sarana Perkeretaapian", "kemenhub", "", "", dom="hub"),

    # aviation
    R("SIDOPI (Sistem Informasi Drone Operation & Permit)", "kemenhub",
      "Perizinan pengoperasian pesawat udara tanpa awak di ruang udara yang dilayani.", "", dom="udara"),
    R("e-Licensing Personel Penerbangan DKPPU", "kemenhub", "", "lisensi pilot, teknisi dan personel penerbangan",
      dom="udara", trap=True),
    R("SIBANDARA (Sistem Informasi Bandar Udara)", "kemenhub", "data fasilitas dan kapasitas bandar udara", "", dom="udara"),
    R("Sistem Flight Plan AirNav Indonesia", "kementerian-bumn", "Air traffic flight plan filing and processing.", "",
      dom="udara", trap=True),

    # sea transport
    R("VTS (Vessel Traffic Service) Information System", "kemenhub",
      "Pemantauan lalu lintas kapal di alur pelayaran untuk keselamatan navigasi (AIS, radar).", "", dom="laut", trap=True),
    R("Bakamla Maritime Surveillance System", "bakamla", "", "keamanan dan patroli laut terpadu", dom="laut", trap=True),
    R("Sistem Informasi Kenavigasian (SBNP)", "kemenhub", "inventaris sarana bantu navigasi pelayaran", "", dom="laut"),
    R("Sistem Monitoring Kapal Perintis", "kemenhub", "realisasi voyage dan muatan angkutan laut perintis bersubsidi", "",
      dom="laut", trap=True),
    R("LCS Tol Laut (Logistic Communication System)", "kemenhub", "", "pemesanan ruang muat kapal tol laut", dom="laut"),
    R("Sistem Informasi Pengujian dan Sertifikasi Keselamatan Kapal", "kemenhub",
      "Pemeriksaan kelaiklautan dan penerbitan sertifikat keselamatan kapal.", "", dom="laut", trap=True),
    R("Dashboard Dwelling Time", "kemenko-marves", "", "waktu tunggu peti kemas di pelabuhan utama", dom="laut", trap=True),
    R("Terminal Operating System Peti Kemas", "kementerian-bumn", "", "container yard & berth planning", dom="laut", trap=True),
    R("Sistem Informasi Rencana Induk Pelabuhan", "kemenhub", "", "basis data RIP dan DLKr/DLKp", dom="laut", trap=True),
    R("SMS Gateway Info Jadwal Kapal Perintis Malut", "prov-maluku-utara", "", "", dom="laut", trap=True),
    R("Basarnas Command Center", "basarnas", "Koordinasi operasi pencarian dan pertolongan.", "", dom="bencana"),

    # fisheries and marine
    R("Info Harga Ikan KKP", "kkp", "", "harga ikan harian di pasar dan pelabuhan perikanan", dom="kkp"),
    R("Katalog Produk Perikanan (Marketplace UMKM)", "kkp", "", "etalase produk olahan ikan UMKM", dom="kkp", trap=True),
    R("e-Sertifikat Karantina Ikan", "kkp", "Sertifikat kesehatan ikan untuk lalu lintas domestik dan ekspor.", "", dom="kkp"),
    R("SIKAT - Kualitas Air Tambak", "kkp", "Pencatatan parameter kualitas air tambak udang oleh pembudidaya.", "",
      dom="kkp", trap=True),
    R("SLIN (Sistem Logistik Ikan Nasional)", "kkp", "", "", dom="kkp", trap=True),
    R("Sistem Informasi Garam Rakyat", "kkp", "data produksi dan stok garam rakyat", "", dom="kkp"),
    R("e-Penyuluh KKP", "kkp", "", "laporan kegiatan penyuluh perikanan", dom="kkp"),
    R("SIMON (Sistem Informasi Monitoring Bantuan Alat Tangkap Nelayan)", "kkp", "", "", dom="kkp", trap=True),
    R("Dashboard Ekonomi Biru KKP", "kkp", "", "indikator ekonomi biru", dom="kkp"),
    R("Sistem Informasi Destinasi Wisata Bahari", "kemenparekraf", "", "", dom="wisata"),

    # environment and forestry
    R("Bank Sampah Digital DLH Prov. Jatim", "prov-jawa-timur", "tabungan nasabah bank sampah dan penjualan ke pengepul", "",
      dom="lh", trap=True),
    R("Retribusi Sampah Online Kota Denpasar", "prov-bali", "", "penagihan retribusi pelayanan persampahan", dom="pajak",
      trap=True),
    R("SIGN-SMART (Sistem Inventarisasi Gas Rumah Kaca Nasional)", "klhk", "", "", dom="lh"),
    R("Festronik (Manifest Elektronik Limbah B3)", "klhk", "pelacakan pengangkutan limbah B3 dari penghasil ke pengolah", "",
      dom="lh", trap=True),
    R("Adiwiyata Online", "klhk", "", "", dom="lh"),
    R("SIMONTANA (Sistem Monitoring Hutan Nasional)", "klhk", "pemantauan tutupan hutan dan deforestasi dari citra satelit", "",
      dom="hut", trap=True),
    R("Fire Danger Rating System (FDRS) BMKG", "bmkg", "Prakiraan tingkat kemudahan terjadinya kebakaran dari data cuaca.", "",
      dom="bencana", trap=True),
    R("Perhutanan Sosial (AKPS)", "klhk", "", "usulan persetujuan perhutanan sosial", dom="hut"),
    R("Sistem Informasi PPKH (Persetujuan Penggunaan Kawasan Hutan)", "klhk", "", "", dom="hut", trap=True),
    R("e-Ticketing Taman Nasional", "klhk", "tiket masuk kawasan konservasi", "", dom="hut", trap=True),
    R("Pajak Air Permukaan Bapenda Kaltim", "prov-kalimantan-timur", "", "", dom="pajak", trap=True),

    # energy and mineral resources
    R("MAGMA Indonesia", "kesdm", "Informasi aktivitas gunung api, gerakan tanah dan gempa bumi dari Badan Geologi.", "",
      dom="bencana"),
    R("e-RKAB Minerba", "kesdm", "", "pengajuan dan persetujuan rencana kerja dan anggaran biaya tambang", dom="esdm", trap=True),
    R("MOMS (Minerba Online Monitoring System)", "kesdm", "", "pelaporan produksi dan penjualan batubara/mineral", dom="esdm"),
    R("Sistem Informasi Ketenagalistrikan (Rasio Elektrifikasi)", "kesdm", "", "", dom="esdm"),
    R("SLO Online (Sertifikat Laik Operasi)", "kesdm", "", "sertifikasi instalasi tenaga listrik", dom="esdm"),
    R("Penyaluran BBM Bersubsidi (QR Code) BPH Migas", "kesdm", "", "", dom="esdm"),
    R("Monitoring Stok BBM Terminal BBM", "kesdm", "", "stok harian depot/terminal BBM", dom="esdm", trap=True),
    R("Handbook Energy Data (Neraca Energi)", "kesdm", "", "", dom="esdm"),
    R("e-Inspektur Tambang", "kesdm", "", "pengawasan keselamatan pertambangan", dom="esdm"),
    R("Monitoring Pembangunan Smelter", "kesdm",
      "Verifikasi kemajuan pembangunan fasilitas pemurnian oleh pemegang IUP sebagai syarat rekomendasi ekspor.", "",
      dom="esdm", trap=True),
    R("Database Sumur Minyak Rakyat", "kesdm", "", "", dom="esdm", trap=True),
    R("Pelaporan PBBKB Bapenda Jatim", "prov-jawa-timur", "pelaporan pajak bahan bakar kendaraan bermotor oleh penyedia BBM",
      "", dom="pajak", trap=True),

    # land, spatial, housing
    R("Sentuh Tanahku", "atr-bpn", "Informasi layanan pertanahan dan status berkas permohonan.", "", dom="tata"),
    R("Sertifikat Tanah Elektronik", "atr-bpn", "", "", dom="tata"),
    R("HT-el (Hak Tanggungan Elektronik)", "atr-bpn", "", "", dom="tata"),
    R("Sistem Informasi Pengadaan Tanah untuk Kepentingan Umum", "atr-bpn",
      "Inventarisasi bidang, penilaian dan pembayaran ganti kerugian tanah proyek infrastruktur.", "", dom="tata", trap=True),
    R("GTRA (Gugus Tugas Reforma Agraria) Database", "atr-bpn", "", "", dom="tata"),
    R("SINAR (Sistem Informasi Nama Rupabumi)", "big", "", "gasetir nama rupabumi", dom="tata"),
    R("Sistem Informasi Batas Wilayah", "big", "", "penegasan batas daerah", dom="tata"),
    R("SIKUMBANG (Sistem Informasi Kumpulan Pengembang)", "kemenpupr", "", "data pengembang dan rumah subsidi",
      dom="perkim", trap=True),
    R("SiKasep", "kemenpupr", "Pengajuan KPR bersubsidi FLPP oleh masyarakat.", "", dom="perkim", trap=True),
    R("SIM Kotaku (Kota Tanpa Kumuh)", "kemenpupr", "", "", dom="perkim"),
    R("e-PSU Jatim", "prov-jawa-timur", "penyerahan prasarana, sarana dan utilitas perumahan dari pengembang", "", dom="perkim"),

    # disaster
    R("InaRISK", "bnpb", "Kajian dan peta risiko bencana.", "", dom="bencana", trap=True),
    R("InaTEWS", "bmkg", "Peringatan dini tsunami Indonesia.", "", dom="bencana", trap=True),
    R("Info BMKG", "bmkg", "", "prakiraan cuaca, gempa, iklim", dom="bencana"),
    R("API Data Cuaca Terbuka BMKG", "bmkg", "", "", dom="data", trap=True),
    R("Desa Tangguh Bencana (Destana)", "bnpb", "", "", dom="bencana"),
    R("SIGAP - Panic Button Siaga Bencana Sumbar", "prov-sumatera-barat", "tombol darurat warga ke pusdalops BPBD", "",
      dom="bencana", trap=True),
    R("JITUPASNA Online", "bnpb", "", "pengkajian kebutuhan pascabencana", dom="bencana"),
    R("SILAT (Sistem Informasi Laboratorium Terpadu) BMKG", "bmkg", "kalibrasi instrumen MKG", "", dom="bencana", trap=True),
    R("NLE (National Logistics Ecosystem)", "kemenkeu", "", "kolaborasi platform logistik ekspor-impor", dom="laut", trap=True),

    # --- additional singletons ---------------------------------------------
    R("Sistem Operasi Waduk", "kemenpupr", "rencana dan realisasi pola operasi pelepasan air waduk", "", dom="pu"),
    R("Sistem Informasi Pengaman Pantai", "kemenpupr", "", "data abrasi dan bangunan pengaman pantai", dom="pu"),
    R("Database IPAL Komunal Perkim Prov. Jambi", "prov-jambi", "inventaris IPAL komunal dan KK terlayani", "",
      dom="perkim", trap=True),
    R("SMK Perusahaan Angkutan Umum", "kemenhub", "", "audit sistem manajemen keselamatan perusahaan angkutan", dom="hub"),
    R("Posko Angkutan Lebaran Terpadu", "kemenhub", "", "rekap harian pergerakan penumpang masa lebaran", dom="hub"),
    R("Sistem Informasi Keamanan Penerbangan (AVSEC)", "kemenhub", "", "inspeksi keamanan bandara", dom="udara"),
    R("Slot Time Management Bandara", "kemenhub", "", "alokasi slot penerbangan", dom="udara"),
    R("Sistem Data Sampah Laut", "kemenko-marves", "survei timbulan sampah di pantai dan perairan laut", "",
      dom="lh", trap=True),
    R("Sistem Informasi Estimasi Stok Ikan", "kkp", "", "", dom="kkp"),
    R("Sertifikasi HACCP Unit Pengolahan Ikan", "kkp", "", "sertifikat kelayakan pengolahan", dom="kkp", trap=True),
    R("SISPEK (Sistem Informasi Pemantauan Emisi Industri Kontinu)", "klhk", "data CEMS cerobong industri", "",
      dom="lh", trap=True),
    R("Peta Lahan Kritis", "klhk", "", "", dom="hut"),
    R("Sistem Registri Proklim (Program Kampung Iklim)", "klhk", "", "", dom="lh"),
    R("Sistem Informasi Wilayah Kerja Panas Bumi", "kesdm", "", "", dom="esdm"),
    R("Lelang Wilayah Kerja Migas Online", "kesdm", "penawaran wilayah kerja minyak dan gas bumi kepada badan usaha", "",
      dom="esdm", trap=True),
    R("Pelaporan Manajemen Energi (Konservasi Energi)", "kesdm", "", "laporan pengguna energi besar", dom="esdm"),
    R("Sistem Informasi Harga Batubara Acuan (HBA)", "kesdm", "", "", dom="esdm"),
    R("Jargas - Pelanggan Jaringan Gas Kota", "kesdm", "", "", dom="esdm"),
    R("Sistem Informasi Pengungsi BNPB", "bnpb", "pendataan pengungsi per lokasi pengungsian dan kebutuhan dasarnya", "",
      dom="bencana", trap=True),
    R("Sistem Manajemen Risiko KemenPUPR", "kemenpupr", "", "register risiko unit kerja", dom="kinerja"),
    R("e-Audit Itjen Kemenhub", "kemenhub", "", "kertas kerja audit internal", dom="kinerja"),
    R("Sistem Informasi Peluang Investasi Maritim", "kemenko-marves", "", "", dom="izin"),
    R("BPBL (Bantuan Pasang Baru Listrik)", "kesdm", "", "pendataan penerima bantuan sambungan listrik", dom="esdm"),
    R("Sistem Informasi Monitoring Pengerukan Alur Pelayaran", "kemenhub", "", "", dom="laut"),
    R("Peta Mangrove Nasional", "klhk", "", "sebaran dan kerapatan mangrove", dom="hut", trap=True),
    R("Izin Pemanfaatan Ruang Milik Jalan (utilitas)", "kemenpupr",
      "Izin penempatan kabel, pipa dan utilitas di ruang milik jalan nasional.", "", dom="pu", trap=True),
    R("Pelaporan K3 Konstruksi", "kemenpupr", "", "kecelakaan kerja proyek konstruksi", dom="pu"),
    R("Sistem Informasi Konsesi Pelabuhan", "kemenhub", "", "", dom="laut"),
    R("Aplikasi Zona Integritas KemenPUPR", "kemenpupr", "", "", dom="kinerja"),
    R("Media Monitoring Humas Kemenko Marves", "kemenko-marves", "", "kliping dan analisis pemberitaan", dom="umum"),
    R("Buku Tamu Digital Kemenko Marves", "kemenko-marves", "", "", dom="umum"),
    R("Sistem Informasi Protokol Pimpinan", "kemenko-marves", "", "jadwal kegiatan pimpinan", dom="umum"),
    R("Zona Nilai Tanah (ZNT)", "atr-bpn", "", "peta nilai tanah", dom="tata", trap=True),
    R("Prediksi Pasang Surut BIG", "big", "", "", dom="tata"),
    R("Sistem Informasi Penanggulangan Tumpahan Minyak", "kemenhub", "", "", dom="laut"),
    R("Jaminan Reklamasi dan Pascatambang", "kesdm", "", "", dom="esdm"),
    R("SIKS (Sistem Informasi Kearsipan Statis)", "anri", "", "akuisisi dan layanan arsip statis", dom="arsip", trap=True),
    R("Pemantauan Tarif Tiket Pesawat", "kemenhub", "", "kepatuhan tarif batas atas", dom="udara", trap=True),
    R("Sistem Informasi KPBU Infrastruktur", "kemenpupr", "", "pipeline proyek kerja sama pemerintah dan badan usaha",
      dom="pu"),
    R("Sertifikasi Ekolabel", "klhk", "", "", dom="lh"),
    R("Sistem Manajemen Portofolio Aplikasi Kemenko Marves", "kemenko-marves", "", "inventaris aplikasi", dom="integrasi"),
]

# ---------------------------------------------------------------------------
# PROPOSALS. "reuse": key of the group (or single-row marker) it should reuse.
# ---------------------------------------------------------------------------
REUSE = [
    ("spse", "Tender proyek jalan kabupaten online",
     "Kami ingin memfasilitasi pemilihan kontraktor untuk paket pembangunan jalan kabupaten secara daring, dari pengumuman sampai penetapan pemenang."),
    ("katalog", "Belanja material dari etalase penyedia",
     "Belanja langsung aspal dan beton pracetak dari etalase penyedia yang sudah berkontrak, tanpa perlu tender."),
    ("sirup", "Annual procurement plan publication",
     "Publish our yearly list of planned purchases so that vendors can see upcoming packages before any tender opens."),
    ("oss", "Portal izin usaha pelaku usaha",
     "Portal bagi pelaku usaha untuk mengurus nomor induk berusaha dan izin usaha sesuai tingkat risiko kegiatannya."),
    ("lapor", "Kanal keluhan warga untuk layanan perhubungan",
     "Sebagai warga, saya ingin menyampaikan keluhan atas pelayanan dinas perhubungan dan memantau tindak lanjutnya."),
    ("srikandi", "Surat dinas dan disposisi paperless",
     "Aplikasi surat-menyurat kedinasan dan disposisi elektronik untuk semua bidang di Dinas Lingkungan Hidup, agar tanpa kertas."),
    ("satudata", "Open data catalogue for infrastructure",
     "An open data catalogue where our offices publish infrastructure datasets in machine-readable formats for the public."),
    ("ppid", "Layanan permintaan informasi publik",
     "Layanan permohonan informasi publik dan keberatan sesuai UU Keterbukaan Informasi Publik untuk Dinas Perkim."),
    ("jdih", "Repositori produk hukum",
     "Kumpulan peraturan gubernur dan keputusan kepala dinas yang bisa dicari dan diunduh masyarakat."),
    ("siasn", "Pengelolaan riwayat kepegawaian",
     "Pengelolaan data riwayat pangkat, jabatan, mutasi dan pendidikan pegawai balai teknik."),
    ("simponi", "Setoran PNBP sewa peralatan",
     "Membuat kode billing dan menerima setoran penerimaan negara bukan pajak untuk layanan sewa alat dan laboratorium."),
    ("jalan", "Road condition database",
     "We need a database of provincial road links with pavement condition (IRI) to prioritise maintenance budgets."),
    ("jalan_rusak", "Warga lapor lubang jalan",
     "Warga memotret lubang di jalan, mengirim lokasi GPS, lalu petugas UPTD menambal dan memberi kabar selesai."),
    ("jembatan", "Pemeriksaan berkala jembatan",
     "Pencatatan hasil pemeriksaan rutin jembatan provinsi beserta nilai kondisi elemen dan foto."),
    ("irigasi", "Aset dan kinerja daerah irigasi",
     "Inventarisasi saluran dan bangunan air irigasi serta penilaian indeks kinerja tiap daerah irigasi."),
    ("ews_banjir", "Peringatan banjir otomatis",
     "Sirene dan notifikasi otomatis ke warga bantaran ketika tinggi muka air sungai melewati batas siaga."),
    ("spam", "Rekap kinerja penyediaan air minum",
     "Rekap cakupan pelayanan, kapasitas produksi dan tingkat kehilangan air sistem air minum per kabupaten."),
    ("onlimo", "Sensor mutu air sungai",
     "Sensor real-time pH, oksigen terlarut dan TSS di sungai dengan dashboard status mutu air."),
    ("udara", "Indeks pencemaran udara kota",
     "Menampilkan indeks standar pencemar udara dari stasiun pemantau otomatis kepada publik."),
    ("amdal", "Penilaian dokumen lingkungan daring",
     "Pengajuan dan penilaian dokumen AMDAL serta UKL-UPL secara online untuk memperoleh persetujuan lingkungan."),
    ("karhutla", "Like SiPongi: daily fire hotspots",
     "Seperti SiPongi, kami butuh peta titik panas satelit harian untuk penanganan kebakaran hutan dan lahan di provinsi."),
    ("uji", "Uji berkala kendaraan angkutan",
     "Sistem pengujian berkala mobil barang dan angkutan umum dengan kartu lulus uji elektronik ber-QR."),
    ("pajakkb", "Bayar pajak mobil lewat HP",
     "Cek dan bayar pajak tahunan mobil dan motor lewat ponsel tanpa antre di kantor bersama."),
    ("kapal_ikan", "Izin tangkap kapal nelayan kecil",
     "Penerbitan izin penangkapan ikan (SIPI) untuk kapal nelayan di bawah 30 GT oleh provinsi."),
    ("pcs", "Ship clearance single window",
     "Single window for vessel arrival and departure services and cargo at regional ports."),
    ("ferry", "Tiket kapal antarpulau online",
     "Penumpang membeli tiket kapal penyeberangan antarpulau secara online sebelum ke pelabuhan."),
    ("terminal", "Pencatatan bus di terminal",
     "Mencatat kedatangan dan keberangkatan bus AKDP serta jumlah penumpang di terminal tipe B."),
    ("gistaru", "Cek zonasi rencana tata ruang",
     "Publikasi peta RTRW dan RDTR agar masyarakat bisa mengecek zonasi sebidang lahan."),
    ("simbg", "Permohonan PBG (dulu IMB)",
     "Permohonan Persetujuan Bangunan Gedung dan Sertifikat Laik Fungsi secara daring oleh pemilik bangunan."),
    ("dibi", "Rekap kejadian bencana",
     "Rekap kejadian bencana, korban jiwa dan kerusakan rumah per kabupaten sejak tahun 2000."),
    ("SINGLE:SIDOPI (Sistem Informasi Drone Operation & Permit)", "Izin terbang drone pemetaan",
     "Permohonan izin menerbangkan pesawat tanpa awak untuk pemetaan foto udara."),
    ("geoportal", "Berbagi peta antar simpul",
     "Pertukaran dan publikasi data peta tematik antar simpul jaringan informasi geospasial."),
]

NOVEL = [
    ("Registri perdagangan karbon", "Pencatatan kepemilikan dan transfer unit karbon hasil proyek mitigasi antar pelaku usaha."),
    ("Lokasi SPKLU", "Aplikasi untuk menemukan stasiun pengisian kendaraan listrik umum terdekat dan status ketersediaan colokan."),
    ("Monitoring kesehatan terumbu karang", "Data pemantauan tutupan karang hidup dan pemutihan karang dari penyelam."),
    ("Distribusi bibit mangrove", "Pengelolaan permintaan dan distribusi bibit mangrove dari persemaian ke kelompok masyarakat pesisir."),
    ("Registri cagar budaya", "Pendataan bangunan cagar budaya dan status pelestariannya."),
    ("Parkir tepi jalan non-tunai", "Pembayaran parkir tepi jalan umum secara non-tunai oleh juru parkir resmi."),
    ("Sertifikat kompetensi tenaga kerja konstruksi", "Pencatatan sertifikat kompetensi kerja tukang dan ahli konstruksi."),
    ("Inventaris pohon kota", "Pendataan pohon peneduh di jalan kota: jenis, umur, kondisi dan jadwal pemangkasan."),
    ("Monitoring penurunan muka tanah", "Data pengukuran penurunan muka tanah (land subsidence) dari GNSS dan InSAR di kota pesisir."),
    ("Tagihan sewa rusunawa", "Pengelolaan penghuni dan tagihan sewa bulanan rumah susun sederhana sewa."),
    ("Laporan perdagangan satwa liar", "Pelaporan dan penanganan kasus perdagangan ilegal satwa liar dilindungi."),
    ("Relawan kebencanaan", "Registrasi dan penugasan relawan kebencanaan beserta keahliannya."),
    ("Kuota pupuk bersubsidi", "Alokasi dan penebusan pupuk bersubsidi oleh petani terdaftar."),
    ("Layanan pemakaman", "Pemesanan petak makam dan retribusi izin penggunaan tanah makam."),
    ("Kartu pelaku usaha kelautan", "Pendaftaran dan kartu identitas pelaku usaha kelautan dan perikanan (nelayan, pembudidaya, pengolah)."),
    ("Pemantauan jentik nyamuk", "Data pemantauan jentik nyamuk demam berdarah oleh kader di rumah warga."),
]

# ---------------------------------------------------------------------------
JENIS_KHUSUS = ["khusus"] * 8 + ["", "", "", "Aplikasi Khusus", "AK", "Khusus/Lokal", "KHUSUS", "Khusus"]
STATUS = ["aktif"] * 12 + [""] * 4 + ["tidak aktif"] * 2 + ["dalam pengembangan"] * 2 + ["Aktif", "AKTIF"]


def messy(code):
    """Return a messy variant of a reference-architecture code (or blank)."""
    x = rng.random()
    if x < 0.30:
        return ""
    y = rng.random()
    if y < 0.15:
        return code.lower()
    if y < 0.25:
        return code[:3].capitalize() + code[3:]
    if y < 0.35:
        return ".".join(code.split(".")[:2])  # truncated
    if y < 0.45:
        parts = code.split(".")
        return ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])  # old unpadded format
    if y < 0.50:
        return code.replace(".", "")
    if y < 0.55:
        return code.replace(".", " ", 1)
    return code


def fill(row, dom):
    dom = row["dom"] or dom
    rab, ral = DOM[dom]
    jenis = row["jenis"]
    if jenis is None:
        jenis = rng.choice(JENIS_KHUSUS)
    umum = jenis == U
    if dom in ADMIN_DOMS:
        raa = "RAA.01.02" if umum else "RAA.02.02"
    else:
        raa = "RAA.01.01" if umum else "RAA.02.01"
    lvl3 = ".%02d" % rng.randint(1, 9)
    status = row["status"] if row["status"] is not None else rng.choice(STATUS)
    tahun = row["tahun"] if row["tahun"] is not None else ""  # only hand-written years
    fungsi = row["fungsi"]
    if fungsi and rng.random() < 0.15:
        fungsi = ""
    return {
        "nama": row["nama"], "deskripsi": row["deskripsi"], "fungsi": fungsi,
        "instansi": row["instansi"], "jenis": jenis,
        "kode_ral": messy(ral + (lvl3 if rng.random() < 0.5 else "")),
        "kode_rab": messy(rab + (lvl3 if rng.random() < 0.5 else "")),
        "kode_raa": messy(raa),
        "status": status, "tahun": str(tahun), "url": row["url"], "dpi": row["dpi"],
    }


def main():
    items = []  # (record, group_key or None, trap, nama)
    for key, dom, rows in GROUPS:
        assert len(rows) >= 2, key
        for r in rows:
            items.append((fill(r, dom), key, r["trap"]))
    for r in SINGLETONS:
        items.append((fill(r, None), None, r["trap"]))
    rng.shuffle(items)
    for n, (rec, _, _) in enumerate(items, 1):
        rec["id"] = "b19-%04d" % n

    with open(os.path.join(HERE, "blind19-inventory.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        for rec, _, _ in items:
            w.writerow({k: rec[k] for k in HEADER})

    members = {}
    for rec, key, _ in items:
        if key:
            members.setdefault(key, []).append(rec["id"])
    gid = {}
    groups = []
    for n, (key, _, _) in enumerate(GROUPS, 1):
        gid[key] = "g%02d" % n
        groups.append({"id": gid[key], "members": sorted(members[key])})
    src = ("Hand-labelled infrastructure, transport, maritime, environment and energy inventory (central agencies "
           "and regional offices, with national shared platforms and DPI blocks), written by hand in "
           "blind19-build.py (seed 191919) without reading the detector.")
    with open(os.path.join(HERE, "blind19-groups.json"), "w", encoding="utf-8") as fh:
        json.dump({"source": src, "duplicateGroups": groups}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    by_name = {rec["nama"]: rec["id"] for rec, key, _ in items if key is None}
    props = []
    for key, nama, desc in REUSE:
        if key.startswith("SINGLE:"):
            exp = [by_name[key[len("SINGLE:"):]]]
        else:
            exp = sorted(members[key])
        props.append({"nama": nama, "deskripsi": desc, "expected": exp})
    for nama, desc in NOVEL:
        props.append({"nama": nama, "deskripsi": desc, "expected": []})
    rng.shuffle(props)
    out = []
    for n, p in enumerate(props, 1):
        out.append({"id": "p%02d" % n, **p})
    psrc = ("Hand-written reuse and novel proposals for the blind19 infrastructure/maritime/environment inventory, "
            "written by hand in blind19-build.py (seed 191919) without reading the detector.")
    with open(os.path.join(HERE, "blind19-proposals.json"), "w", encoding="utf-8") as fh:
        json.dump({"source": psrc, "proposals": out}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    traps = sum(1 for _, _, t in items if t)
    print("rows", len(items), "groups", len(groups), "grouped rows", sum(len(g["members"]) for g in groups),
          "traps", traps, "reuse", len(REUSE), "novel", len(NOVEL))


if __name__ == "__main__":
    main()
