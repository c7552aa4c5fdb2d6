#!/usr/bin/env python3
"""Build the blind17 hand-labelled duplicate-detection test set.

Theme: a coordinating ministry's (Kemenko PMK) audit export of central ministries' and
agencies' applications (health, education, religious affairs, social affairs, women and
child protection, youth and sport, villages, population/BKKBN, culture, libraries), plus
national shared platforms (aplikasi umum) and DPI building blocks.

Every row, duplicate group, trap and proposal below was written by hand from
/work/shared/domain/spbe-reference.md and the agency entity names only, without reading
the detector's code, tests, docs or other benchmark data.

Randomness (seed 171717) is used only to shuffle the row order, blank some optional
fields and make the reference-architecture codes messy (case, truncation, old formats).

Writes: blind17-inventory.csv, blind17-groups.json, blind17-proposals.json
"""
import csv
import json
import os
import random
import re
import zlib

SEED = 171717
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Reference-architecture codes per functional domain (RAL, RAB, RAA).
# ---------------------------------------------------------------------------
DOM = {
    "surat": ("RAL.02.06.01", "RAB.09.07.02", "RAA.01.02.01"),
    "aduan": ("RAL.01.45.02", "RAB.09.06.03", "RAA.01.01.02"),
    "pbj": ("RAL.02.02.04", "RAB.09.02.05", "RAA.01.02.03"),
    "peg": ("RAL.02.04.01", "RAB.09.06.01", "RAA.01.02.02"),
    "kin": ("RAL.02.04.02", "RAB.09.06.01", "RAA.02.02.01"),
    "akip": ("RAL.02.07.01", "RAB.09.06.04", "RAA.01.02.04"),
    "keu": ("RAL.02.02.01", "RAB.09.02.01", "RAA.01.02.05"),
    "pnbp": ("RAL.02.02.03", "RAB.09.02.03", "RAA.01.02.06"),
    "ren": ("RAL.02.03.02", "RAB.09.05.01", "RAA.01.02.07"),
    "data": ("RAL.02.09.01", "RAB.09.03.01", "RAA.01.01.03"),
    "hukum": ("RAL.02.08.02", "RAB.09.01.04", "RAA.01.01.04"),
    "info": ("RAL.01.41.01", "RAB.09.03.02", "RAA.02.01.01"),
    "tik": ("RAL.02.09.02", "RAB.09.04.01", "RAA.01.02.08"),
    "kes": ("RAL.01.10.01", "RAB.04.02.01", "RAA.02.01.02"),
    "obat": ("RAL.01.10.04", "RAB.04.02.05", "RAA.02.01.03"),
    "sos": ("RAL.01.11.01", "RAB.04.01.01", "RAA.02.01.04"),
    "pppa": ("RAL.01.14.01", "RAB.04.03.01", "RAA.02.01.05"),
    "didik": ("RAL.01.07.01", "RAB.06.01.01", "RAA.02.01.06"),
    "agama": ("RAL.01.20.01", "RAB.08.02.01", "RAA.02.01.07"),
    "budaya": ("RAL.01.19.01", "RAB.08.01.01", "RAA.02.01.08"),
    "pustaka": ("RAL.01.21.01", "RAB.06.04.01", "RAA.02.01.09"),
    "pora": ("RAL.01.18.01", "RAB.06.03.01", "RAA.02.01.10"),
    "desa": ("RAL.01.16.01", "RAB.03.05.01", "RAA.02.01.11"),
    "duduk": ("RAL.01.15.01", "RAB.03.07.01", "RAA.02.01.12"),
    "umum": ("RAL.02.06.03", "RAB.09.07.03", "RAA.02.02.02"),
    "awas": ("RAL.02.07.03", "RAB.09.06.05", "RAA.02.02.03"),
    "sdm": ("RAL.02.04.04", "RAB.09.06.02", "RAA.02.02.04"),
    "bayar": ("RAL.02.02.05", "RAB.09.02.04", "RAA.01.01.06"),
    "izin": ("RAL.01.30.01", "RAB.02.01.01", "RAA.01.01.07"),
}

DOMAIN_OF = {
    "kemenko-pmk": "kemenkopmk.go.id", "kemenag": "kemenag.go.id",
    "kemendikbudristek": "kemdikbud.go.id", "kemenkes": "kemkes.go.id",
    "kemensos": "kemensos.go.id", "kemenpppa": "kemenpppa.go.id",
    "kemenpora": "kemenpora.go.id", "kemendes-pdtt": "kemendesa.go.id",
    "bkkbn": "bkkbn.go.id", "perpusnas": "perpusnas.go.id", "bpom": "pom.go.id",
    "anri": "anri.go.id", "kemenpanrb": "menpan.go.id", "lkpp": "lkpp.go.id",
    "bkn": "bkn.go.id", "kemenkeu": "kemenkeu.go.id", "bappenas": "bappenas.go.id",
    "komdigi": "komdigi.go.id", "kemendagri": "kemendagri.go.id",
    "kemenkumham": "kemenkumham.go.id", "peruri": "peruri.co.id",
    "ina-digital": "inadigital.go.id", "bps": "bps.go.id", "lan": "lan.go.id",
    "bpkp": "bpkp.go.id", "bpip": "bpip.go.id", "bssn": "bssn.go.id",
    "kementerian-investasi": "bkpm.go.id",
}


def R(nama, inst, desk="", fungsi="", dom=None, **kw):
    """One hand-written inventory row."""
    d = {"nama": nama, "instansi": inst, "deskripsi": desk, "fungsi": fungsi, "dom": dom}
    d.update(kw)
    return d


def T(nama, inst, desk="", fungsi="", dom=None, **kw):
    """A deliberate trap row: looks like something else in the set but is not a duplicate."""
    return R(nama, inst, desk, fungsi, dom, trap=True, **kw)


U = "umum"

# ---------------------------------------------------------------------------
# Duplicate groups: every row in a group serves the SAME government function.
# ---------------------------------------------------------------------------
GROUPS = [
    ("g01", "surat", [
        R("SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "anri",
          "Aplikasi umum bidang kearsipan dinamis yang ditetapkan MenPANRB: pembuatan dan pengiriman naskah dinas elektronik, "
          "disposisi, tanda tangan elektronik, serta pemberkasan dan penyusutan arsip dinamis untuk instansi pusat dan daerah.",
          "Naskah dinas dan arsip dinamis", jenis=U, url="https://srikandi.arsip.go.id", tahun=2020),
        R("e-Office Kemenag", "kemenag",
          "Persuratan elektronik Sekretariat Jenderal: surat masuk, surat keluar, disposisi pimpinan dan TTE.",
          "Persuratan dinas", tahun=2016),
        R("TNDE (Tata Naskah Dinas Elektronik) Setjen Kemenkes", "kemenkes", "",
          "Penyusunan, penomoran dan distribusi naskah dinas"),
        R("SIMAS Persuratan (Sistem Informasi Manajemen Arsip dan Surat)", "kemensos",
          "Pencatatan agenda surat masuk/keluar, disposisi berjenjang dan pemberkasan arsip aktif unit kerja.", ""),
        R("e-Surat Biro Umum Kemenpora", "kemenpora", "", ""),
        R("NADIN - Naskah Dinas Elektronik Kemendes PDTT", "kemendes-pdtt", "Aplikasi naskah dinas dan disposisi surat",
          "Korespondensi dinas"),
        R("Persuratan Online v2", "bkkbn",
          "Versi kedua aplikasi persuratan BKKBN pusat; menangani surat masuk, surat keluar, nota dinas, dan disposisi.", ""),
        R("Aplikasi Tata Persuratan Dinas Sekretariat Kemenko PMK", "kemenko-pmk", "", "surat menyurat dan disposisi",
          status="tidak aktif", tahun=2014),
        R("SIKD (Sistem Informasi Kearsipan Dinamis)", "anri",
          "Aplikasi kearsipan dinamis generasi sebelumnya yang dibagikan ANRI ke instansi; digantikan SRIKANDI.", "",
          status="tidak aktif", tahun=2012),
        R("e-Naskah Dinas KemenPPPA", "kemenpppa", "", "naskah dinas elektronik"),
        R("Persuratan Elektronik Perpusnas", "perpusnas", "", ""),
        R("Disposisi Online Ditjen Yankes", "kemenkes",
          "Agenda surat masuk dan alur disposisi elektronik dari Dirjen ke direktorat.", ""),
    ]),
    ("g02", "aduan", [
        R("SP4N-LAPOR! (Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional)", "kemenpanrb",
          "Kanal pengaduan pelayanan publik nasional yang terhubung dengan seluruh K/L dan pemda; aduan diteruskan ke instansi "
          "berwenang dan dipantau tindak lanjutnya.", "Pengelolaan pengaduan pelayanan publik", jenis=U,
          url="https://www.lapor.go.id", tahun=2015),
        R("Dumas Kemenag (Pengaduan Masyarakat)", "kemenag",
          "Kanal pengaduan masyarakat atas layanan Kementerian Agama; aduan diverifikasi Itjen lalu diteruskan ke satker.", ""),
        R("e-Dumas Kemenkes", "kemenkes", "", "Penerimaan dan tindak lanjut pengaduan masyarakat"),
        R("Kanal Aduan Publik Kemendikbudristek", "kemendikbudristek",
          "Aduan masyarakat terkait layanan pendidikan dan kebudayaan; sebagian sudah terintegrasi dengan LAPOR.", ""),
        T("Layanan Pengaduan PKH", "kemensos",
          "Menerima dan menindaklanjuti pengaduan masyarakat terkait pelaksanaan PKH dan bansos lainnya (salah sasaran, pemotongan).",
          "Pengaduan"),
        T("Pengaduan Dana Desa (Call Center 1500040)", "kemendes-pdtt",
          "Pengaduan masyarakat mengenai penyalahgunaan dana desa via web, SMS dan telepon.", ""),
        R("Aduan Online Kemenpora", "kemenpora", "", ""),
        R("Pengaduan Masyarakat BKKBN (e-Dumas)", "bkkbn", "", "pengaduan"),
        R("Sistem Informasi Pengaduan Layanan Perpustakaan", "perpusnas",
          "Pengaduan pemustaka dan masyarakat atas layanan Perpusnas beserta status penanganannya.", ""),
    ]),
    ("g03", "pbj", [
        R("SPSE (Sistem Pengadaan Secara Elektronik) v4.5", "lkpp",
          "Aplikasi e-procurement LKPP untuk tender, seleksi dan pengadaan langsung secara elektronik; dipasang di LPSE seluruh instansi.",
          "Pemilihan penyedia secara elektronik", jenis=U, url="https://spse.inaproc.id", tahun=2008),
        R("LPSE Kementerian Kesehatan", "kemenkes",
          "Layanan pengadaan secara elektronik Kemenkes menggunakan instalasi mandiri SPSE.", "", jenis="AU"),
        R("e-Procurement Kemenag", "kemenag", "Tender/seleksi penyedia barang jasa secara elektronik", ""),
        R("LPSE Kemendikbudristek", "kemendikbudristek", "", ""),
        R("E-Tendering Biro Umum Kemensos", "kemensos",
          "Aplikasi lelang elektronik buatan sendiri sebelum migrasi ke SPSE.", "", status="tidak aktif", tahun=2011),
        R("Sistem Lelang Elektronik Kemenpora (e-Lelang)", "kemenpora", "", "lelang pengadaan barang/jasa"),
    ]),
    ("g04", "pbj", [
        R("e-Katalog LKPP (Katalog Elektronik Nasional)", "lkpp",
          "Katalog elektronik pengadaan pemerintah untuk e-purchasing barang/jasa dari penyedia terverifikasi.",
          "E-purchasing", jenis=U, url="https://e-katalog.lkpp.go.id", tahun=2012),
        R("e-Purchasing Obat dan Alkes (Katalog Sektoral Kemenkes)", "kemenkes",
          "Pembelian obat dan alat kesehatan oleh satker dan fasyankes melalui katalog elektronik sektoral.", ""),
    ]),
    ("g05", "pbj", [
        R("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "lkpp", "", "Pengumuman rencana umum pengadaan",
          jenis=U, url="https://sirup.lkpp.go.id", tahun=2014),
        R("RUP Online Kemenag", "kemenag", "Penyusunan dan pengumuman rencana umum pengadaan satker.", ""),
        R("Aplikasi Perencanaan Pengadaan Barang/Jasa (Renpeng) Kemensos", "kemensos",
          "Penyusunan RUP tahunan satker Kemensos dan rekap paket pengadaan.", ""),
    ]),
    ("g06", "peg", [
        R("SIASN (Sistem Informasi Aparatur Sipil Negara)", "bkn",
          "Sistem informasi ASN nasional yang dikelola BKN: data induk PNS dan PPPK, riwayat jabatan, kenaikan pangkat, mutasi, "
          "pensiun dan layanan kepegawaian terintegrasi antara instansi dan BKN.", "Manajemen data ASN", jenis=U,
          url="https://siasn.bkn.go.id", tahun=2021),
        R("SIMPEG Kemenag", "kemenag",
          "Sistem Informasi Manajemen Kepegawaian: riwayat jabatan, pangkat, pendidikan, diklat pegawai Kemenag seluruh Indonesia.",
          "kepegawaian"),
        R("SIMPEG Kemenag Desktop (versi lama Kanwil)", "kemenag", "", "", status="tidak aktif", tahun=2009),
        R("SIMKA (Sistem Informasi Manajemen Kepegawaian) Kemenkes", "kemenkes", "", "Data dan riwayat pegawai"),
        R("SIMPEG Kemensos 2.0", "kemensos", "", ""),
        R("SIKEP - Sistem Informasi Kepegawaian Biro SDM Kemendikbudristek", "kemendikbudristek",
          "Pengelolaan data pegawai, usulan kenaikan pangkat dan mutasi.", ""),
        R("HRIS Kemenpora (Human Resource Information System)", "kemenpora",
          "Human resource information system for employee records, rank and position history.", ""),
        R("e-Pegawai BKKBN", "bkkbn", "", ""),
        R("SIMPEG Kemenko PMK", "kemenko-pmk", "Data kepegawaian internal; dihentikan setelah migrasi ke SIASN.", "",
          status="tidak aktif", tahun=2013),
        R("Sitem Informasi Kepegawain KemenPPPA", "kemenpppa", "", "data pegawai"),
        R("SIMSDM - Sistem Informasi SDM Aparatur Kemendes PDTT", "kemendes-pdtt", "", ""),
        R("SIMPEG Perpusnas", "perpusnas", "", ""),
        R("SIMPEG BPOM v3", "bpom", "Versi 3 aplikasi kepegawaian BPOM pusat dan balai.", ""),
        R("Aplikasi Data Pegawai Ditjen Bimas Islam", "kemenag",
          "Database pegawai lingkup Ditjen Bimas Islam termasuk pegawai KUA: pangkat, jabatan, riwayat pendidikan.", ""),
    ]),
    ("g07", "kin", [
        R("e-Kinerja Kemenag", "kemenag", "Penyusunan SKP, realisasi kinerja bulanan dan penilaian perilaku pegawai.", ""),
        R("SKP Online Kemenkes", "kemenkes", "", "Sasaran kinerja pegawai"),
        R("e-Performance Kemensos", "kemensos", "Employee performance appraisal (SKP) and monthly activity log.", ""),
        R("SIPKP (Sistem Penilaian Kinerja Pegawai) Kemendes PDTT", "kemendes-pdtt", "", ""),
        R("e-Kinerja BKKBN", "bkkbn", "", "penilaian kinerja ASN"),
        R("Aplikasi Kinerja Pegawai Kemenpora", "kemenpora", "", ""),
    ]),
    ("g08", "akip", [
        R("e-SAKIP", "kemenpanrb",
          "Sistem Akuntabilitas Kinerja Instansi Pemerintah elektronik: perjanjian kinerja, pengukuran kinerja, LKjIP dan evaluasi SAKIP.",
          "Akuntabilitas kinerja instansi", jenis=U, url="https://esr.menpan.go.id", tahun=2017),
        R("SAKIP Online Kemenkes", "kemenkes", "", ""),
        R("e-SAKIP Kemendikbudristek", "kemendikbudristek", "", "Akuntabilitas kinerja"),
        R("SIAKIP (Sistem Informasi Akuntabilitas Kinerja) Kemenpora", "kemenpora", "", ""),
        R("e-LAKIP Kemensos (Laporan Kinerja Instansi Pemerintah)", "kemensos", "", ""),
        R("Aplikasi Pengukuran Kinerja Organisasi Biro Perencanaan Kemenag", "kemenag",
          "Pengukuran capaian indikator kinerja utama (IKU), perjanjian kinerja dan penyusunan laporan kinerja satker.", ""),
        R("SAKIP KemenPPPA", "kemenpppa", "", ""),
        R("e-SAKIP Kemendes PDTT", "kemendes-pdtt", "", ""),
    ]),
    ("g09", "keu", [
        R("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
          "Aplikasi terintegrasi pengelolaan keuangan satker dari perencanaan hingga pertanggungjawaban: komitmen, pembayaran, "
          "bendahara, persediaan, aset tetap, akuntansi dan pelaporan. Menggantikan SAS, SAIBA, SIMAK-BMN, Persediaan dan GPP.",
          "Keuangan satker", jenis=U, url="https://sakti.kemenkeu.go.id", tahun=2015),
        R("SAS (Sistem Aplikasi Satker) Ditjen Pendis", "kemenag", "Penerbitan SPP/SPM dan pembukuan satker.", "",
          status="tidak aktif", tahun=2010),
        R("SIMKEU Kemenkes (Sistem Informasi Keuangan Satker)", "kemenkes",
          "Pelaksanaan anggaran, pembukuan, dan laporan keuangan satker.", ""),
        R("SAIBA Biro Keuangan Kemensos", "kemensos", "Akuntansi berbasis akrual dan penyusunan laporan keuangan.", ""),
        R("General Ledger Keuangan Satker Kemendikbudristek", "kemendikbudristek", "",
          "Buku besar akuntansi dan laporan keuangan satker"),
    ]),
    ("g10", "pnbp", [
        R("SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu",
          "Pembuatan kode billing dan pembayaran PNBP secara elektronik.", "PNBP", jenis=U,
          url="https://www.simponi.kemenkeu.go.id", tahun=2014),
        R("e-PNBP Kemenag", "kemenag", "Pembuatan kode billing PNBP layanan satker dan rekonsiliasi setoran.", ""),
        R("Sistem Billing PNBP BPOM", "bpom",
          "Penerbitan kode billing untuk pembayaran PNBP layanan registrasi dan sertifikasi.", ""),
        R("PNBP Online Perpusnas", "perpusnas", "", "billing PNBP"),
    ]),
    ("g11", "ren", [
        R("KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "bappenas",
          "Aplikasi kolaborasi perencanaan dan penganggaran berbasis kinerja (Renja K/L, RKA-K/L, RKP).",
          "Perencanaan dan penganggaran", jenis=U, url="https://krisna.systems", tahun=2017),
        R("e-Planning Kemenag", "kemenag", "Penyusunan renja dan usulan program/kegiatan satker.", ""),
        R("e-Renggar Kemenkes (Perencanaan dan Penganggaran)", "kemenkes", "", ""),
        R("SIRENA Kemensos (Sistem Informasi Perencanaan)", "kemensos", "", "perencanaan program dan anggaran"),
        R("e-Planning Kemendes PDTT v2", "kemendes-pdtt", "", ""),
        R("SIPP - Sistem Perencanaan Program Kemenpora", "kemenpora",
          "Usulan dan penelaahan program/kegiatan tahunan serta penyusunan RKA-K/L.", ""),
    ]),
    ("g12", "data", [
        R("Satu Data Indonesia (data.go.id)", "bappenas",
          "Portal data terbuka nasional: katalog dataset K/L dan pemda beserta metadata.", "Katalog data terbuka",
          jenis=U, url="https://data.go.id", tahun=2019),
        R("Satu Data Kesehatan", "kemenkes", "Katalog dataset kesehatan terbuka beserta metadata dan API.", ""),
        R("Portal Data Terbuka Kemendikbudristek (Open Data)", "kemendikbudristek", "", ""),
        R("Satu Data Kemenag", "kemenag", "", "publikasi data"),
        R("Portal Satu Data PMK", "kemenko-pmk",
          "Katalog data pembangunan manusia dari K/L di bawah koordinasi Kemenko PMK.", ""),
        R("Portal Data Terbuka BKKBN", "bkkbn", "", ""),
        R("Satu Data Kemendes PDTT", "kemendes-pdtt", "Publikasi dataset terbuka desa dan transmigrasi.", ""),
    ]),
    ("g13", "hukum", [
        R("JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "kemenkumham",
          "Jaringan nasional dokumentasi dan informasi hukum; simpul pusat di BPHN mengintegrasikan JDIH anggota.",
          "Dokumentasi hukum", jenis=U, url="https://jdihn.go.id", tahun=2013),
        R("JDIH Kemenkes", "kemenkes", "", ""),
        R("JDIH Kemenag", "kemenag", "Database peraturan dan produk hukum Kementerian Agama.", ""),
        R("JDIH Kemensos", "kemensos", "", ""),
        R("Database Peraturan Kemendikbudristek (JDIH)", "kemendikbudristek", "", "pencarian peraturan"),
        R("JDIH KemenPPPA", "kemenpppa", "", ""),
        R("JDIH Kemenpora", "kemenpora", "", ""),
        R("JDIH BKKBN", "bkkbn", "", ""),
        R("JDIH Kemendes PDTT", "kemendes-pdtt", "", ""),
        R("Jaringan Dokumentasi Hukum Perpusnas", "perpusnas", "", "dokumentasi peraturan"),
    ]),
    ("g14", "info", [
        R("e-PPID Kemenag", "kemenag", "Permohonan informasi publik, keberatan dan daftar informasi publik.", ""),
        R("PPID Kemenkes", "kemenkes", "", ""),
        R("PPID Kemensos", "kemensos", "", "layanan informasi publik"),
        R("e-PPID KemenPPPA", "kemenpppa", "", ""),
        R("PPID Online Kemenpora", "kemenpora", "", ""),
        R("PPID BKKBN", "bkkbn", "", ""),
        R("Permohonan Informasi Publik (PPID) Kemendes PDTT", "kemendes-pdtt", "", ""),
        R("PPID BPOM", "bpom", "", ""),
        R("PPID Kemenko PMK", "kemenko-pmk", "", ""),
        R("PPID Perpusnas", "perpusnas", "Pejabat Pengelola Informasi dan Dokumentasi: permohonan informasi publik secara daring.", ""),
    ]),
    ("g15", "tik", [
        R("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi",
          "Layanan interoperabilitas nasional: API gateway dan pertukaran data antar aplikasi instansi pusat dan daerah.",
          "Interoperabilitas", jenis=U, dpi="dpi-pertukaran-data", url="https://splp.layanan.go.id", tahun=2021),
        R("API Gateway Pusdatin Kemensos", "kemensos", "", "integrasi antar aplikasi"),
        R("Enterprise Service Bus (ESB) Kemenag", "kemenag",
          "Middleware integrasi layanan antar aplikasi Kemenag berbasis web service.", ""),
        R("Integration Hub Kemendikbudristek", "kemendikbudristek",
          "Interoperability hub: exposes and consumes APIs between internal applications.", ""),
    ]),
    ("g16", "tik", [
        R("PDN (Pusat Data Nasional)", "komdigi", "Pusat data nasional bersama untuk instansi pemerintah (IaaS, colocation).",
          "Fasilitas komputasi", jenis=U, tahun=2022),
        R("Data Center Kemenag", "kemenag", "Layanan colocation dan virtual server untuk aplikasi satker.", ""),
        R("Private Cloud Pusdatin Kemenkes", "kemenkes", "", ""),
        R("Layanan Hosting dan Colocation Pusdatin Kemendikbud", "kemendikbudristek", "", ""),
        R("Pusat Data Kemensos (IaaS)", "kemensos", "", "server dan penyimpanan"),
    ]),
    ("g17", "tik", [
        R("INApas", "ina-digital",
          "Single sign-on dan dompet identitas warga untuk mengakses layanan digital pemerintah.", "Identitas digital dan SSO",
          jenis=U, dpi="dpi-identitas-digital", tahun=2024),
        R("Akun Tunggal Layanan Publik Kemenag (SSO Masyarakat)", "kemenag",
          "Login tunggal masyarakat untuk seluruh layanan publik Kemenag.", ""),
        R("Single Sign On (SSO) Layanan Kemensos", "kemensos",
          "Satu akun bagi masyarakat untuk mengakses layanan publik Kemensos.", ""),
        R("SSO Portal Layanan Kemenpora", "kemenpora", "", "", status="dalam pengembangan", tahun=2024),
    ]),
    ("g18", "kes", [
        R("SATUSEHAT Platform", "kemenkes",
          "Platform interoperabilitas data kesehatan nasional berbasis standar HL7 FHIR: fasyankes mengirim data rekam medis "
          "elektronik dan layanan kesehatan ke ekosistem SATUSEHAT.", "Interoperabilitas data kesehatan",
          jenis=U, url="https://satusehat.kemkes.go.id", tahun=2022),
        R("SIKNAS Online (Sistem Informasi Kesehatan Nasional)", "kemenkes",
          "Pengiriman dan agregasi data kesehatan dari fasyankes dan dinas kesehatan ke pusat.", "",
          status="tidak aktif", tahun=2012),
        R("Health Data Exchange (HDX) Pusdatin", "kemenkes",
          "Pertukaran data rekam medis antar fasyankes berbasis standar HL7.", "", status="dalam pengembangan", tahun=2021),
    ]),
    ("g19", "kes", [
        R("SIRS Online (Sistem Informasi Rumah Sakit)", "kemenkes", "Pelaporan data rumah sakit (RL 1-5) ke Ditjen Yankes.", ""),
        R("SIRS 6.3 Desktop", "kemenkes", "", "", status="tidak aktif", tahun=2011),
        R("e-RL Pelaporan Rumah Sakit v2", "kemenkes", "", "pelaporan RL rumah sakit"),
    ]),
    ("g20", "kes", [
        R("e-Imunisasi Ditjen P2P", "kemenkes", "Pencatatan imunisasi rutin per individu oleh puskesmas.", ""),
        R("SIMUNI (Sistem Informasi Imunisasi)", "kemenkes", "", "pencatatan dan pelaporan imunisasi"),
        R("Aplikasi Pencatatan Imunisasi Anak 2.0", "kemenkes", "", ""),
    ]),
    ("g21", "kes", [
        R("e-PPGBM (Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat)", "kemenkes", "", ""),
        R("Sigizi Terpadu", "kemenkes",
          "Pencatatan hasil penimbangan dan pengukuran balita di posyandu serta penentuan status gizi by name by address.", ""),
    ]),
    ("g22", "obat", [
        R("e-Registrasi Obat BPOM", "bpom", "Pengajuan dan evaluasi registrasi obat untuk nomor izin edar.", ""),
        R("AeRO (Aplikasi e-Registrasi Obat) versi 2", "bpom", "", ""),
        R("Registrasi Obat Online (versi lama)", "bpom", "", "", status="tidak aktif", tahun=2012),
    ]),
    ("g23", "agama", [
        R("SIHALAL (Sistem Informasi Halal)", "kemenag",
          "Pendaftaran sertifikasi halal oleh pelaku usaha, pemeriksaan LPH, penetapan fatwa dan penerbitan sertifikat halal BPJPH.", ""),
        R("SIHALAL 2.0", "kemenag", "", ""),
        R("Pendaftaran Sertifikasi Halal Online (PTSP Halal)", "kemenag", "", "", status="tidak aktif", tahun=2019),
    ]),
    ("g24", "agama", [
        R("SISKOHAT (Sistem Informasi dan Komputerisasi Haji Terpadu)", "kemenag",
          "Pendaftaran jemaah haji reguler, nomor porsi, pelunasan BPIH dan data keberangkatan.", ""),
        R("Siskohat Next Gen", "kemenag", "", "", status="dalam pengembangan", tahun=2024),
        R("Sistem Pendaftaran dan Pelunasan Haji Reguler Kanwil (desktop)", "kemenag", "", "", status="tidak aktif", tahun=2008),
    ]),
    ("g25", "agama", [
        R("EMIS (Education Management Information System) Ditjen Pendis", "kemenag",
          "Pendataan lembaga, siswa, guru dan sarana madrasah serta pondok pesantren.", ""),
        R("EMIS 4.0", "kemenag", "", ""),
        R("Sistem Pendataan Madrasah dan Pesantren Online", "kemenag", "", "", status="tidak aktif", tahun=2012),
    ]),
    ("g26", "didik", [
        R("Dapodik (Data Pokok Pendidikan)", "kemendikbudristek",
          "Pendataan satuan pendidikan, peserta didik, PTK dan sarana prasarana sekolah secara nasional.", "Data pokok sekolah",
          jenis=U, url="https://dapo.kemdikbud.go.id", tahun=2013),
        R("Aplikasi Dapodik versi 2024.c", "kemendikbudristek", "Installer offline untuk operator sekolah.", ""),
        R("Dapodikdasmen (Data Pokok Pendidikan Dasar dan Menengah)", "kemendikbudristek", "", ""),
    ]),
    ("g27", "didik", [
        R("SIPINTAR (Sistem Informasi Program Indonesia Pintar)", "kemendikbudristek", "",
          "Pengusulan, penetapan dan penyaluran PIP"),
        R("PIP Online Puslapdik", "kemendikbudristek", "", ""),
        R("Aplikasi PIP Madrasah", "kemenag",
          "Pengusulan, penetapan dan penyaluran Program Indonesia Pintar untuk siswa madrasah.", ""),
    ]),
    ("g28", "didik", [
        R("ARKAS (Aplikasi Rencana Kegiatan dan Anggaran Sekolah)", "kemendikbudristek", "", ""),
        R("ARKAS 4.0", "kemendikbudristek", "Penyusunan RKAS dana BOS, penatausahaan dan laporan penggunaan.", ""),
        R("RKAS Online BOS", "kemendikbudristek", "", "", status="tidak aktif", tahun=2016),
    ]),
    ("g29", "sdm", [
        R("LMS Pusdiklat Tenaga Administrasi Kemenag", "kemenag", "Pelatihan daring bagi pegawai: kelas, modul, kuis.", ""),
        R("Learning Management System BPPSDM Kesehatan (pelatihan ASN)", "kemenkes", "", ""),
        R("Learning Management System Pusdiklat Kesos", "kemensos", "", "e-learning pegawai"),
        R("ASN Learning Hub", "lan",
          "Online learning for civil servants: courses, modules and quizzes for ASN corporate university.", ""),
        R("e-Learning Kemendes PDTT", "kemendes-pdtt", "Pelatihan daring pegawai kementerian.", ""),
        R("LMS Diklat BKKBN", "bkkbn", "", ""),
    ]),
    ("g30", "sos", [
        R("SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "kemensos",
          "Pengelolaan Data Terpadu Kesejahteraan Sosial (DTKS) oleh pusat dan dinas sosial: usulan, verifikasi, pemutakhiran.",
          "DTKS", jenis=U, tahun=2018),
        R("SIKS Offline", "kemensos", "", "", status="tidak aktif", tahun=2014),
        R("Aplikasi Verifikasi dan Validasi DTKS (Verivali)", "kemensos", "", ""),
        R("DTKS Online Pusdatin Kesos", "kemensos", "Usulan, pemutakhiran dan penetapan Data Terpadu Kesejahteraan Sosial.", ""),
    ]),
    ("g31", "sos", [
        R("e-PKH (Sistem Informasi Manajemen PKH)", "kemensos",
          "Manajemen Program Keluarga Harapan: validasi KPM, verifikasi komitmen, penetapan bantuan, laporan pendamping.", ""),
        R("SIM PKH 2.0", "kemensos", "", ""),
        R("e-PKH Mobile (Pendamping)", "kemensos", "", "verifikasi komitmen KPM oleh pendamping"),
    ]),
    ("g32", "pppa", [
        R("SIMFONI-PPA (Sistem Informasi Online Perlindungan Perempuan dan Anak)", "kemenpppa",
          "Pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak oleh unit layanan di seluruh Indonesia.", ""),
        R("Simfoni PPA 2.0", "kemenpppa", "", ""),
        R("SIMFONI Desktop", "kemenpppa", "", "", status="tidak aktif", tahun=2016),
    ]),
    ("g33", "pppa", [
        T("SIGA (Sistem Informasi Gender dan Anak)", "kemenpppa", "", "data terpilah gender dan anak"),
        R("Aplikasi Data Gender dan Anak versi 3", "kemenpppa",
          "Pengumpulan dan penyajian data terpilah gender dan anak dari K/L dan daerah.", ""),
    ]),
    ("g34", "duduk", [
        T("SIGA (Sistem Informasi Keluarga)", "bkkbn", "", "pendataan keluarga"),
        R("Aplikasi Pendataan Keluarga 2021 (PK21)", "bkkbn",
          "Pendataan keluarga oleh kader: anggota keluarga, KB, kesejahteraan dan risiko stunting.", ""),
        R("New SIGA", "bkkbn", "", ""),
    ]),
    ("g35", "pora", [
        R("SIMATLET (Sistem Informasi Manajemen Atlet)", "kemenpora", "", "Data atlet"),
        R("Database Atlet Nasional v2", "kemenpora", "Profil, prestasi dan riwayat pelatnas atlet.", ""),
        R("Pendataan Atlet Pelatnas Deputi Peningkatan Prestasi", "kemenpora", "", ""),
    ]),
    ("g36", "pora", [
        R("Seleksi Paskibraka Online", "kemenpora", "", "", status="tidak aktif", tahun=2018),
        R("SIPASKIB (Sistem Informasi Paskibraka)", "bpip",
          "Pendaftaran dan seleksi calon Paskibraka tingkat kabupaten hingga nasional.", ""),
    ]),
    ("g37", "desa", [
        R("Siskeudes (Sistem Keuangan Desa)", "bpkp",
          "Pengelolaan keuangan desa: penganggaran APBDes, penatausahaan, pembukuan dan pelaporan.", "Keuangan desa",
          jenis=U, tahun=2015),
        R("Siskeudes Online v2.0", "bpkp", "", ""),
        R("Aplikasi Keuangan Desa Kemendes PDTT", "kemendes-pdtt", "", "penatausahaan APBDes"),
    ]),
    ("g38", "desa", [
        R("IDM Online (Indeks Desa Membangun)", "kemendes-pdtt", "", ""),
        R("Aplikasi Pemutakhiran Status IDM", "kemendes-pdtt", "Pengisian indikator dan penetapan status desa.", ""),
        R("Indeks Desa 2024", "kemendes-pdtt", "Pengukuran indeks desa pengganti IDM.", "", status="dalam pengembangan", tahun=2024),
    ]),
    ("g39", "budaya", [
        R("Regnas Cagar Budaya (Registrasi Nasional)", "kemendikbudristek",
          "Pendaftaran, verifikasi dan pencatatan cagar budaya dalam register nasional.", ""),
        R("Sistem Registrasi Cagar Budaya Online", "kemendikbudristek", "", "", status="tidak aktif", tahun=2015),
    ]),
    ("g40", "budaya", [
        R("e-Ticketing Museum Nasional", "kemendikbudristek", "", "tiket masuk museum"),
        R("Tiket Online Museum dan Cagar Budaya (MCB)", "kemendikbudristek",
          "Pembelian tiket masuk museum dan situs cagar budaya secara daring.", ""),
    ]),
    ("g41", "pustaka", [
        R("INLISLite (Integrated Library System)", "perpusnas",
          "Otomasi perpustakaan: katalogisasi, sirkulasi, keanggotaan, OPAC.", ""),
        R("INLISLite versi 3", "perpusnas", "", ""),
        R("SLiMS Perpustakaan Kemenag", "kemenag", "", "otomasi perpustakaan"),
        R("Sistem Otomasi Perpustakaan Kemenkes", "kemenkes", "Katalog dan sirkulasi koleksi perpustakaan kementerian.", ""),
    ]),
    ("g42", "pustaka", [
        R("iPusnas", "perpusnas", "Peminjaman buku elektronik (e-book) melalui aplikasi mobile.", ""),
        R("e-Library Kemenkes (koleksi e-book)", "kemenkes", "", ""),
        R("Perpustakaan Digital Kemendikbud", "kemendikbudristek", "", "pinjam baca buku digital"),
    ]),
    ("g43", "agama", [
        R("SIMKAH (Sistem Informasi Manajemen Nikah)", "kemenag", "", "pencatatan nikah"),
        R("SIMKAH Web 4.0", "kemenag", "Pendaftaran nikah, pemeriksaan berkas, pencatatan dan penerbitan buku/kartu nikah di KUA.", ""),
        R("Simkah Desktop KUA", "kemenag", "", "", status="tidak aktif", tahun=2013),
    ]),
    ("g44", "agama", [
        R("SIWAK (Sistem Informasi Wakaf)", "kemenag", "", ""),
        R("Siwak versi 2", "kemenag", "Pendataan tanah wakaf dan sertifikasi aset wakaf.", ""),
    ]),
    ("g45", "agama", [
        R("SIMPATIKA (Sistem Informasi Manajemen Pendidik dan Tenaga Kependidikan)", "kemenag", "", "data PTK madrasah"),
        R("Simpatika 2.0 Madrasah", "kemenag", "", ""),
    ]),
    ("g46", "kes", [
        R("SISDMK (Sistem Informasi SDM Kesehatan)", "kemenkes", "", ""),
        R("SISDMK versi 2", "kemenkes", "Pemetaan tenaga kesehatan di fasyankes seluruh Indonesia.", ""),
        R("Aplikasi Pendataan Nakes", "kemenkes", "", "", status="tidak aktif", tahun=2014),
    ]),
    ("g47", "didik", [
        R("SIAKAD Poltekkes Kemenkes", "kemenkes", "", "akademik"),
        R("Sistem Informasi Akademik Poltekesos Bandung", "kemensos",
          "KRS, nilai, jadwal kuliah dan transkrip mahasiswa.", ""),
        R("Sistem Informasi Akademik Terpadu PTKIN", "kemenag", "", ""),
    ]),
    ("g48", "duduk", [
        R("SIAK (Sistem Informasi Administrasi Kependudukan)", "kemendagri",
          "Pencatatan biodata penduduk, KK, KTP-el dan akta pencatatan sipil oleh Dukcapil.", ""),
        R("SIAK Terpusat", "kemendagri", "", ""),
    ]),
    ("g49", "tik", [
        R("Service Desk Pusdatin Kemenag", "kemenag", "Tiket gangguan TIK pegawai.", ""),
        R("Helpdesk TIK Kemenkes", "kemenkes", "", ""),
        R("IT Service Management (ITSM) Kemensos", "kemensos", "", "IT incident and request management"),
        R("Layanan Helpdesk TI Internal Kemendikbudristek", "kemendikbudristek", "", ""),
        R("Helpdesk Pusdatin BKKBN", "bkkbn", "", ""),
    ]),
    ("g50", "umum", [
        R("e-Room Peminjaman Ruang Rapat Kemenag", "kemenag", "", ""),
        R("Booking Ruang Rapat Kemenkes", "kemenkes", "", ""),
        T("SIRUPA (Sistem Informasi Ruang Rapat)", "kemenpppa", "Reservasi ruang rapat dan jadwal pemakaian.", ""),
    ]),
    ("g51", "peg", [
        R("e-Presensi Kemenag", "kemenag", "", "kehadiran pegawai"),
        R("Absensi Online Kemenkes (face recognition)", "kemenkes", "", ""),
        R("Presensi Mobile Kemensos", "kemensos", "Presensi pegawai berbasis lokasi.", ""),
        R("Sistem Kehadiran Pegawai BKKBN", "bkkbn", "", ""),
        R("e-Absen Kemenko PMK", "kemenko-pmk", "", ""),
        R("Presensi Pegawai Kemenpora", "kemenpora", "", ""),
        R("Absensi Pegawai Perpusnas", "perpusnas", "", ""),
        R("e-Presensi KemenPPPA", "kemenpppa", "", ""),
        R("Aplikasi Kehadiran ASN Kemendes PDTT", "kemendes-pdtt", "", ""),
    ]),
    ("g52", "aduan", [
        R("Survei Kepuasan Masyarakat Online Kemenag", "kemenag", "", ""),
        R("e-SKM Kemenkes", "kemenkes", "", "indeks kepuasan masyarakat"),
        R("Aplikasi SKM Kemensos", "kemensos", "", ""),
        R("SKM BPOM", "bpom", "Survei kepuasan masyarakat atas unit layanan publik.", ""),
        R("Survei Kepuasan Layanan Kemendes PDTT", "kemendes-pdtt", "", ""),
        R("SKM Online Perpusnas", "perpusnas", "", ""),
    ]),
    ("g53", "awas", [
        R("e-Gratifikasi Kemenag", "kemenag", "", ""),
        R("Sistem Pelaporan Gratifikasi Kemenkes", "kemenkes", "", "pelaporan penerimaan gratifikasi"),
        R("Pelaporan Gratifikasi Online Kemensos", "kemensos", "", ""),
        R("Sistem Pengendalian Gratifikasi Kemendes PDTT", "kemendes-pdtt", "", ""),
    ]),
    ("g54", "awas", [
        R("WBS Kemenag (Whistleblowing System)", "kemenag", "", ""),
        R("Whistle Blowing System Kemenkes", "kemenkes", "", ""),
        R("Sistem Pelaporan Pelanggaran (WBS) Kemendikbudristek", "kemendikbudristek", "", ""),
        R("WBS BKKBN", "bkkbn", "", ""),
        R("Whistleblowing System Kemensos", "kemensos", "", ""),
    ]),
    ("g55", "awas", [
        R("SIMWAS Itjen Kemenag (Sistem Informasi Pengawasan)", "kemenag",
          "Perencanaan pengawasan, kertas kerja audit, laporan hasil audit dan pemantauan tindak lanjut.", ""),
        R("e-Audit Itjen Kemenkes", "kemenkes", "", ""),
        R("Sistem Informasi Manajemen Pengawasan Itjen Kemendikbudristek", "kemendikbudristek", "", ""),
    ]),
    ("g56", "kes", [
        R("SITB (Sistem Informasi Tuberkulosis)", "kemenkes", "", "pencatatan pelaporan TBC"),
        R("SITT (Sistem Informasi Tuberkulosis Terpadu)", "kemenkes", "", "", status="tidak aktif", tahun=2012),
    ]),
    ("g57", "kes", [
        R("SKDR (Sistem Kewaspadaan Dini dan Respon)", "kemenkes", "", ""),
        R("EWARS (Early Warning Alert and Response System)", "kemenkes",
          "Weekly surveillance reporting of potential outbreak diseases and automatic alerts.", ""),
    ]),
    ("g58", "kes", [
        R("PeduliLindungi", "kemenkes", "", "", status="tidak aktif", tahun=2020),
        T("SATUSEHAT Mobile", "kemenkes",
          "Aplikasi warga (pengganti PeduliLindungi): riwayat vaksinasi, rekam kesehatan pribadi, sertifikat vaksin.", ""),
    ]),
]

# ---------------------------------------------------------------------------
# Trap singletons: resemble a group or another row, but serve a different function.
# ---------------------------------------------------------------------------
TRAPS = [
    T("SIKN-JIKN (Sistem Informasi Kearsipan Nasional)", "anri",
      "Jaringan informasi kearsipan nasional untuk arsip statis dan daftar arsip lembaga kearsipan.", "", dom="surat"),
    T("Arsip Digital Dokumentasi Foto dan Video Kegiatan", "kemenpora",
      "Galeri dokumentasi foto dan video kegiatan menteri untuk Biro Humas.", "", dom="info"),
    T("STR Online (Surat Tanda Registrasi Tenaga Kesehatan)", "kemenkes",
      "Penerbitan dan perpanjangan STR tenaga kesehatan.", "", dom="kes"),
    T("SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "kemenkeu",
      "Sistem perbendaharaan negara: DIPA, pencairan dana di KPPN, manajemen kas dan akuntansi pemerintah pusat.", "",
      dom="keu", jenis=U),
    T("SAKTI (Sistem Administrasi Keolahragaan Terpadu)", "kemenpora",
      "Rekomendasi izin penyelenggaraan kejuaraan olahraga internasional di Indonesia.", "", dom="pora"),
    T("SIMPONI (Sistem Informasi Pemantauan Organisasi Perempuan Indonesia)", "kemenpppa",
      "Pendataan organisasi perempuan dan kegiatannya.", "", dom="pppa"),
    T("ISBN Online", "perpusnas", "Permohonan nomor ISBN oleh penerbit.", "", dom="pustaka"),
    T("SIRENA (Sistem Informasi Relawan Bencana)", "kemensos",
      "Registrasi dan mobilisasi relawan Tagana saat bencana.", "", dom="sos"),
    T("Data Warehouse Pusdatin Kemenkes", "kemenkes",
      "Gudang data internal untuk analitik dan pelaporan pimpinan.", "", dom="data"),
    T("Sistem Penyusunan Rancangan Regulasi Biro Hukum Kemenag", "kemenag",
      "Legal drafting: penyusunan, harmonisasi internal dan paraf rancangan PMA.", "", dom="hukum"),
    T("PIO Nas (Pusat Informasi Obat Nasional)", "bpom", "Informasi obat untuk tenaga kesehatan dan masyarakat.", "", dom="obat"),
    T("IKD (Identitas Kependudukan Digital)", "kemendagri",
      "KTP digital pada ponsel yang diterbitkan Dukcapil.", "", dom="duduk", jenis=U, dpi="dpi-identitas-digital"),
    T("EMIS (Emergency Medical Information System)", "kemenkes",
      "Pencatatan penanganan pasien gawat darurat di IGD rumah sakit vertikal.", "", dom="kes"),
    T("SMILE (Sistem Monitoring Imunisasi dan Logistik secara Elektronik)", "kemenkes",
      "Pemantauan stok vaksin, suhu rantai dingin dan distribusi logistik imunisasi.", "", dom="kes"),
    T("Dashboard Imunisasi Nasional", "kemenkes", "Visualisasi cakupan imunisasi per wilayah.", "", dom="kes"),
    T("Elsimil (Elektronik Siap Nikah dan Hamil)", "bkkbn",
      "Skrining kesehatan calon pengantin tiga bulan sebelum menikah untuk pencegahan stunting.", "", dom="duduk"),
    T("Dashboard Percepatan Penurunan Stunting", "kemenko-pmk",
      "Pemantauan capaian indikator percepatan penurunan stunting nasional.", "", dom="data"),
    T("eHDW (Electronic Human Development Worker)", "kemendes-pdtt",
      "Pelaporan Kader Pembangunan Manusia tentang konvergensi layanan stunting di desa.", "", dom="desa"),
    T("e-MESO (Monitoring Efek Samping Obat)", "bpom", "Pelaporan efek samping obat oleh tenaga kesehatan.", "", dom="obat"),
    T("e-Sertifikasi CPOB", "bpom", "Sertifikasi Cara Pembuatan Obat yang Baik untuk fasilitas produksi.", "", dom="obat"),
    T("Haji Pintar", "kemenag", "Aplikasi informasi jemaah: manasik, jadwal, lokasi pemondokan.", "", dom="agama"),
    T("SIPATUH (Sistem Informasi Pengawasan Terpadu Umrah dan Haji Khusus)", "kemenag",
      "Pengawasan PPIU/PIHK dan pelaporan keberangkatan jemaah umrah.", "", dom="agama"),
    T("SISKOHATKES (Sistem Komputerisasi Haji Terpadu Bidang Kesehatan)", "kemenkes",
      "Pemeriksaan kesehatan dan pembinaan kesehatan jemaah haji.", "", dom="kes"),
    T("PDDikti (Pangkalan Data Pendidikan Tinggi)", "kemendikbudristek",
      "Pelaporan data perguruan tinggi, program studi, dosen dan mahasiswa.", "", dom="didik"),
    T("SIMBA (Sistem Informasi Manajemen Beasiswa Tugas Belajar Pegawai)", "kemenag",
      "Seleksi dan monitoring pegawai penerima beasiswa tugas belajar.", "", dom="sdm"),
    T("SIMBA (Sistem Informasi Bangunan Sekolah)", "kemendikbudristek",
      "Usulan dan verifikasi rehabilitasi ruang kelas rusak.", "", dom="didik"),
    T("SIPINTAR (Sistem Informasi Peminjaman Sarana dan Prasarana Olahraga Terpadu)", "kemenpora",
      "Reservasi lapangan dan venue olahraga milik Kemenpora.", "", dom="pora"),
    T("BOS Salur (Monitoring Penyaluran Dana BOS)", "kemendikbudristek",
      "Pemantauan tahap penyaluran dana BOS dari kas negara ke rekening sekolah.", "", dom="didik"),
    T("e-Learning Madrasah", "kemenag", "Kelas daring guru dan siswa madrasah: materi, tugas, ujian.", "", dom="didik"),
    T("Cek Bansos", "kemensos", "Masyarakat mengecek status penerima bansos berdasarkan nama dan wilayah.", "", dom="sos"),
    T("Dashboard Bansos Terpadu", "kemenko-pmk", "Monitoring realisasi penyaluran bansos lintas K/L.", "", dom="data"),
    T("Sistem Evaluasi Kabupaten/Kota Layak Anak (KLA)", "kemenpppa", "Penilaian mandiri dan verifikasi KLA.", "", dom="pppa"),
    T("Sistem Informasi Lisensi Pelatih Olahraga", "kemenpora", "Sertifikasi dan lisensi pelatih.", "", dom="pora"),
    T("Dashboard Indeks Pembangunan Pemuda", "kemenpora", "", "", dom="pora"),
    T("Seleksi PPAN (Pertukaran Pemuda Antar Negara)", "kemenpora",
      "Pendaftaran dan seleksi peserta program pertukaran pemuda.", "", dom="pora"),
    T("SIPEDE (Sistem Informasi Pembangunan Desa)", "kemendes-pdtt",
      "Pemantauan penggunaan dana desa untuk kegiatan pembangunan desa.", "", dom="desa"),
    T("IDM (Identifikasi Dini Masalah Kesehatan Jiwa)", "kemenkes", "Skrining mandiri kesehatan jiwa secara daring.", "", dom="kes"),
    T("Penetapan Warisan Budaya Takbenda (WBTB)", "kemendikbudristek",
      "Pengusulan dan penetapan warisan budaya takbenda Indonesia.", "", dom="budaya"),
    T("SIBI (Sistem Informasi Perbukuan Indonesia)", "kemendikbudristek",
      "Penilaian dan publikasi buku teks utama serta buku nonteks.", "", dom="didik"),
    T("Katalog Induk Nasional (KIN)", "perpusnas", "Katalog gabungan koleksi perpustakaan seluruh Indonesia.", "", dom="pustaka"),
    T("Bimbingan Perkawinan Online (Bimwin)", "kemenag", "Kelas bimbingan perkawinan bagi calon pengantin.", "", dom="agama"),
    T("SIMZAT (Sistem Informasi Manajemen Zakat)", "kemenag", "Pendataan LAZ, penghimpunan dan pendistribusian zakat.", "", dom="agama"),
    T("SIRS (Sistem Informasi Rehabilitasi Sosial)", "kemensos",
      "Pencatatan penerima manfaat rehabilitasi sosial di balai/sentra.", "", dom="sos"),
    T("Registrasi Rumah Sakit Online", "kemenkes", "Penetapan kode dan registrasi rumah sakit baru.", "", dom="kes"),
    T("SIHA (Sistem Informasi HIV AIDS)", "kemenkes", "", "pencatatan pelaporan HIV", dom="kes"),
    T("SISMAL (Sistem Informasi Malaria)", "kemenkes", "", "", dom="kes"),
    T("Daftar Hadir Rapat Online (QR Code)", "kemenko-pmk", "Pengisian daftar hadir peserta rapat koordinasi.", "", dom="umum"),
    T("SSGI (Survei Status Gizi Indonesia)", "kemenkes", "Aplikasi entri data survei gizi nasional oleh enumerator.", "", dom="kes"),
    T("SIPOM (Sistem Informasi Pengawasan Obat dan Makanan Beredar)", "bpom",
      "Sampling dan pengujian produk di peredaran serta tindak lanjut temuan.", "", dom="obat"),
    T("Sistem Informasi Monitoring Gerakan Nasional Revolusi Mental (GNRM)", "kemenko-pmk", "", "", dom="data"),
    T("Monitoring System Pembangunan Sarana Olahraga (DAK)", "kemenpora",
      "Progress fisik pembangunan GOR/stadion yang didanai DAK.", "", dom="pora"),
    T("Sistem Monitoring Kualitas Air Minum", "kemenkes", "Hasil uji kualitas air minum oleh sanitarian.", "", dom="kes"),
    T("Sistem Monitoring Kawasan Transmigrasi", "kemendes-pdtt", "", "", dom="desa"),
    T("Sistem Monitoring Distribusi Kitab Suci", "kemenag", "Distribusi kitab suci dan buku agama ke daerah.", "", dom="agama"),
    T("Dashboard Indeks Pembangunan Kebudayaan", "kemendikbudristek", "", "", dom="budaya"),
    T("Dashboard Kerukunan Umat Beragama", "kemenag", "Indeks KUB per provinsi.", "", dom="agama"),
    T("Dashboard Kampung KB", "bkkbn", "", "", dom="duduk"),
    T("SIMFONI (Sistem Informasi Film Nasional)", "kemendikbudristek", "Pendataan film dan usaha perfilman.", "", dom="budaya"),
    T("SIPENMARU PTKIN (Penerimaan Mahasiswa Baru)", "kemenag", "Pendaftaran dan seleksi mahasiswa baru PTKIN.", "", dom="didik"),
    T("SIPD (Sistem Informasi Pendamping Desa)", "kemendes-pdtt",
      "Data dan laporan kinerja Tenaga Pendamping Profesional.", "", dom="desa"),
    T("SIPD (Sistem Informasi Pemerintahan Daerah)", "kemendagri",
      "Perencanaan, penganggaran dan penatausahaan keuangan pemerintah daerah.", "", dom="ren", jenis=U),
    T("SIMPKB (Sistem Informasi Manajemen Penyuluh KB)", "bkkbn", "", "data dan kinerja penyuluh KB", dom="duduk"),
    T("SIMPKB (Sistem Informasi Pengembangan Keprofesian Berkelanjutan)", "kemendikbudristek",
      "Pengembangan keprofesian guru.", "", dom="didik"),
    T("SIRIKA (Sistem Informasi Rantai Pasok Alokon)", "bkkbn",
      "Stok dan distribusi alat dan obat kontrasepsi.", "", dom="duduk"),
    T("CAT BKN (Computer Assisted Test)", "bkn", "Ujian seleksi ASN berbasis komputer.", "", dom="peg"),
    T("SSCASN (Sistem Seleksi Calon ASN)", "bkn", "Pendaftaran daring seleksi CPNS dan PPPK.", "", dom="peg"),
    T("ANBK (Asesmen Nasional Berbasis Komputer)", "kemendikbudristek", "", "asesmen nasional siswa", dom="didik"),
    T("Survei Kepuasan Pegawai (Employee Engagement Survey)", "kemenkes", "", "", dom="sdm"),
    T("SIMAS (Sistem Informasi Masjid)", "kemenag", "Pendataan masjid dan musala.", "", dom="agama"),
    T("Registrasi Lembaga Kesejahteraan Sosial (LKS)", "kemensos", "", "pendaftaran LKS", dom="sos"),
    T("Sispena (Sistem Penilaian Akreditasi Sekolah)", "kemendikbudristek", "", "", dom="didik"),
    T("Akreditasi Perpustakaan Online", "perpusnas", "", "", dom="pustaka"),
    T("SIAF (Sistem Informasi Akreditasi Fasyankes)", "kemenkes", "", "", dom="kes"),
    T("SIMWAS (Sistem Informasi Manajemen Wasit)", "kemenpora", "Penugasan wasit pertandingan.", "", dom="pora"),
    T("SIKS (Sistem Informasi Kesehatan Sekolah)", "kemenkes", "Pelaporan kegiatan UKS.", "", dom="kes"),
    T("PIP Kemenpora (Pusat Informasi Pemuda)", "kemenpora", "Portal informasi kegiatan kepemudaan.", "", dom="pora"),
    T("Pelaporan Harta Kekayaan Pegawai (LHKASN) Kemenag", "kemenag", "", "", dom="awas"),
    T("Registrasi Museum", "kemendikbudristek", "Pendaftaran dan standardisasi museum.", "", dom="budaya"),
    T("SIPP (Sistem Informasi Pemuda Pelopor)", "kemenpora", "Pendaftaran dan penilaian penghargaan Pemuda Pelopor.", "", dom="pora"),
    T("BSrE (Layanan Sertifikat Elektronik)", "bssn", "Penerbitan sertifikat elektronik untuk tanda tangan elektronik ASN.", "", dom="tik"),
    T("Proyeksi dan Analisis Dampak Kependudukan", "bkkbn", "", "proyeksi penduduk", dom="duduk"),
    T("Sistem Monitoring Pembangunan Zona Integritas", "kemenag", "Penilaian mandiri dan evaluasi ZI WBK/WBBM.", "", dom="awas"),
    T("SI-PTM (Sistem Informasi Penyakit Tidak Menular)", "kemenkes", "", "", dom="kes"),
    T("SIMRS Generik RS Vertikal", "kemenkes", "Pendaftaran pasien, rekam medis, farmasi dan billing rumah sakit.", "", dom="kes"),
    T("Sistem Informasi Anggaran Responsif Gender", "kemenpppa", "", "penandaan anggaran responsif gender", dom="pppa"),
    T("Sensus Penduduk Online", "bps", "Pengisian mandiri sensus penduduk.", "", dom="duduk"),
    T("SIKaP (Sistem Informasi Kinerja Penyedia)", "lkpp", "Riwayat dan penilaian kinerja penyedia barang/jasa.", "", dom="pbj"),
]

# ---------------------------------------------------------------------------
# Ordinary singletons: distinct functions with no duplicate in this inventory.
# ---------------------------------------------------------------------------
SINGLES = [
    R("SISRUTE (Sistem Rujukan Terintegrasi)", "kemenkes", "Rujukan pasien antar fasyankes secara daring.", "", dom="kes"),
    R("ASPAK (Aplikasi Sarana, Prasarana dan Alat Kesehatan)", "kemenkes", "", "", dom="kes"),
    R("MPDN (Maternal Perinatal Death Notification)", "kemenkes", "", "notifikasi kematian ibu dan bayi", dom="kes"),
    R("e-Fornas (Formularium Nasional)", "kemenkes", "Usulan dan penetapan daftar obat Formularium Nasional.", "", dom="obat"),
    R("SIPNAP (Sistem Pelaporan Narkotika dan Psikotropika)", "kemenkes", "", "", dom="obat"),
    R("Telemedicine Indonesia (Temenin)", "kemenkes", "Telekonsultasi antar fasyankes.", "", dom="kes"),
    R("SIKDA Generik", "kemenkes", "Sistem informasi puskesmas dan dinas kesehatan.", "", dom="kes"),
    R("Buku KIA Digital", "kemenkes", "Buku Kesehatan Ibu dan Anak versi elektronik.", "", dom="kes"),
    R("e-Sertifikat Laik Higiene Sanitasi (SLHS)", "kemenkes", "", "", dom="kes"),
    R("Pusaka Superapp Kemenag", "kemenag", "Super app layanan keagamaan Kemenag.", "", dom="agama"),
    R("Quran Kemenag (Al-Qur'an Digital)", "kemenag", "", "", dom="agama"),
    R("Sistem Informasi Hisab Rukyat", "kemenag", "Data hisab, rukyatul hilal dan kalender hijriah.", "", dom="agama"),
    R("e-Penyuluh Agama", "kemenag", "Laporan kegiatan penyuluh agama.", "", dom="agama"),
    R("e-Rapor Madrasah", "kemenag", "", "", dom="didik"),
    R("Bantuan Rumah Ibadah Online", "kemenag", "Pengajuan bantuan rehab rumah ibadah.", "", dom="agama"),
    R("Tashih Mushaf Online (Lajnah Pentashihan Mushaf)", "kemenag", "", "", dom="agama"),
    R("KSM Online (Kompetisi Sains Madrasah)", "kemenag", "", "", dom="didik"),
    R("Platform Merdeka Mengajar", "kemendikbudristek", "", "", dom="didik"),
    R("PPG Daftar Online (Pendidikan Profesi Guru)", "kemendikbudristek", "", "", dom="didik"),
    R("Kampus Merdeka (MBKM)", "kemendikbudristek", "", "", dom="didik"),
    R("KBBI Daring", "kemendikbudristek", "Kamus Besar Bahasa Indonesia daring.", "", dom="budaya"),
    R("UKBI Adaptif (Uji Kemahiran Berbahasa Indonesia)", "kemendikbudristek", "", "", dom="budaya"),
    R("Dana Indonesiana", "kemendikbudristek", "Pendaftaran dan seleksi hibah fasilitasi kebudayaan.", "", dom="budaya"),
    R("NILEK (Nomor Induk Lembaga Kursus)", "kemendikbudristek", "", "", dom="didik"),
    R("Layanan Penyetaraan Ijazah Luar Negeri", "kemendikbudristek", "", "", dom="didik"),
    R("Perizinan PUB (Pengumpulan Uang atau Barang) Online", "kemensos", "", "", dom="sos"),
    R("e-Logistik Bantuan Bencana", "kemensos", "", "", dom="sos"),
    R("SI-Pahlawan (Usulan Gelar Pahlawan Nasional)", "kemensos", "", "", dom="sos"),
    R("Sertifikasi Pekerja Sosial (LSPS)", "kemensos", "", "", dom="sos"),
    R("Aplikasi Forum Anak Nasional", "kemenpppa", "", "", dom="pppa"),
    R("PUSPAGA Online (Pusat Pembelajaran Keluarga)", "kemenpppa", "Konseling keluarga daring.", "", dom="pppa"),
    R("SIOKP (Sistem Informasi Organisasi Kepemudaan)", "kemenpora", "Registrasi OKP.", "", dom="pora"),
    R("Wirausaha Muda Pemula (WMP)", "kemenpora", "", "", dom="pora"),
    R("Sistem Informasi Prasarana Olahraga", "kemenpora", "Inventaris stadion dan GOR.", "", dom="pora"),
    R("Sistem Pengelolaan Tes Doping Atlet (LADI)", "kemenpora", "", "", dom="pora"),
    R("Sistem Informasi BUM Desa", "kemendes-pdtt", "Pendaftaran badan hukum BUMDes.", "", dom="desa"),
    R("SITRANS (Sistem Informasi Transmigrasi)", "kemendes-pdtt", "", "calon transmigran", dom="desa"),
    R("Sistem Informasi Daerah Tertinggal", "kemendes-pdtt", "", "", dom="desa"),
    R("Pencatatan Pelayanan KB (Yan KB)", "bkkbn", "", "", dom="duduk"),
    R("Aplikasi Sahabat Remaja (GenRe)", "bkkbn", "", "", dom="duduk"),
    R("Khastara (Khazanah Nusantara)", "perpusnas", "Naskah kuno digital.", "", dom="pustaka"),
    R("Layanan Deposit Karya Cetak dan Karya Rekam", "perpusnas", "", "", dom="pustaka"),
    R("BPOM Mobile", "bpom", "Cek nomor izin edar produk.", "", dom="obat"),
    R("e-SKI (Surat Keterangan Impor)", "bpom", "", "", dom="obat"),
    R("e-Iklan (Persetujuan Iklan Produk Obat dan Makanan)", "bpom", "", "", dom="obat"),
    R("Pusat Informasi Koordinasi Kebencanaan PMK", "kemenko-pmk", "", "", dom="data"),
    R("Sistem Informasi Tindak Lanjut Rapat Koordinasi Tingkat Menteri", "kemenko-pmk", "", "notulensi", dom="umum"),
    R("OSS-RBA (Online Single Submission Berbasis Risiko)", "kementerian-investasi", "", "", dom="izin", jenis=U),
    R("Layanan Pembayaran Digital Pemerintah", "ina-digital", "", "", dom="bayar", dpi="dpi-pembayaran"),
    R("SINOVIK (Sistem Informasi Inovasi Pelayanan Publik)", "kemenpanrb", "", "", dom="akip"),
    R("Pendaftaran Domain go.id", "komdigi", "", "", dom="tik"),
    R("e-Meterai", "peruri", "", "", dom="bayar"),
    R("BIMA (Basis Informasi Penelitian dan Pengabdian kepada Masyarakat)", "kemendikbudristek", "", "", dom="didik"),
    R("Izin Pendirian Madrasah Online", "kemenag", "", "", dom="didik"),
    R("SI-TMP (Data Taman Makam Pahlawan)", "kemensos", "", "", dom="sos"),
    R("Pendataan Gugus Depan Pramuka", "kemenpora", "", "", dom="pora"),
    R("Pendaftaran POPNAS (Pekan Olahraga Pelajar Nasional)", "kemenpora", "", "", dom="pora"),
    R("BKL Online (Bina Keluarga Lansia)", "bkkbn", "", "", dom="duduk"),
    R("Portal Revolusi Mental", "kemenko-pmk", "Situs informasi dan publikasi kampanye revolusi mental.", "", dom="info"),
]

# ---------------------------------------------------------------------------
# Proposals: reuse proposals name their group; novel proposals have no match.
# ---------------------------------------------------------------------------
PROPOSALS = [
    ("g01", "e-Korespondensi Deputi", "Aplikasi untuk membuat, mengirim dan mendisposisikan nota dinas serta surat keluar secara paperless di lingkungan Deputi."),
    ("g02", "Kanal Keluhan Warga", "Warga dapat menyampaikan keluhan atas layanan kementerian dan memantau status tindak lanjutnya."),
    ("g03", "Tender Online Satker", "Pelaksanaan lelang pemilihan penyedia barang dan jasa secara daring oleh pokja pemilihan."),
    ("g06", "Employee Master Data", "Central system to maintain civil servant records: rank, position history, education and training."),
    ("g07", "Penilaian SKP Bulanan", "Sebagai atasan langsung saya ingin menilai sasaran kinerja bawahan setiap bulan."),
    ("g08", "Laporan Kinerja Instansi", "Menyusun perjanjian kinerja, mengukur capaian IKU, dan menghasilkan LKjIP untuk dievaluasi."),
    ("g09", "Aplikasi Pembukuan dan SPM Satker", "Menerbitkan SPM, mencatat transaksi bendahara dan menyusun laporan keuangan satuan kerja."),
    ("g10", "Billing Penerimaan Negara Bukan Pajak", "Wajib bayar memperoleh kode billing untuk menyetor tarif layanan ke kas negara."),
    ("g11", "Renja dan RKA K/L", "Menyusun rencana kerja tahunan dan usulan anggaran berbasis kinerja unit eselon I."),
    ("g12", "Open Data Portal Kementerian", "Publish ministry datasets with metadata for public download."),
    ("g13", "Basis Data Produk Hukum", "Pencarian peraturan menteri, keputusan menteri, dan surat edaran kementerian."),
    ("g14", "Layanan Permohonan Informasi Publik", "Masyarakat mengajukan permintaan informasi sesuai UU Keterbukaan Informasi Publik dan keberatannya."),
    ("g15", "Interoperabilitas Antar Sistem", "Layanan API terpusat agar aplikasi antarinstansi bisa bertukar data secara aman."),
    ("g16", "Server Hosting Aplikasi", "Kebutuhan ruang server, mesin virtual dan colocation untuk aplikasi kementerian."),
    ("g17", "Satu Akun Login Warga", "Masyarakat cukup memakai satu akun untuk masuk ke berbagai layanan digital pemerintah."),
    ("g20", "Catatan Vaksinasi Rutin Bayi", "Petugas puskesmas mencatat setiap dosis imunisasi dasar per anak."),
    ("g21", "Pemantauan Pertumbuhan Balita Posyandu", "Kader menginput berat dan tinggi badan balita untuk menentukan status gizi."),
    ("g24", "Pendaftaran dan Pelunasan Biaya Haji Reguler", "Calon jemaah mendaftar, mendapat nomor porsi, dan melunasi BPIH."),
    ("g27", "Bantuan Pendidikan Siswa Pemegang KIP", "Penetapan dan penyaluran bantuan tunai pendidikan bagi siswa pemegang Kartu Indonesia Pintar."),
    ("g30", "Basis Data Penerima Bantuan Sosial", "Pemutakhiran data keluarga miskin yang menjadi rujukan penyaluran bansos."),
    ("g31", "Conditional Cash Transfer Management", "Manage Program Keluarga Harapan beneficiaries, compliance verification and facilitator reports."),
    ("g32", "Pencatatan Kasus Kekerasan terhadap Anak", "Unit layanan mencatat kasus kekerasan perempuan dan anak secara real time."),
    ("g35", "Database Olahragawan Nasional", "Profil, prestasi, dan riwayat pemusatan latihan nasional para atlet."),
    ("g37", "Penatausahaan APBDes", "Perangkat desa menyusun anggaran, mencatat transaksi, dan melaporkan keuangan desa."),
    ("g41", "Sistem Sirkulasi dan Katalog Perpustakaan Kantor", "Otomasi peminjaman buku dan katalog OPAC perpustakaan instansi."),
    ("g43", "Pencatatan Pernikahan di KUA", "Pendaftaran kehendak nikah, pemeriksaan berkas, dan penerbitan buku nikah."),
    ("g49", "Tiket Gangguan TI Pegawai", "Pegawai melaporkan masalah laptop, jaringan dan email lalu dipantau petugas TI."),
    ("g50", "Reservasi Ruangan Meeting", "Book meeting rooms and see the room schedule."),
    ("g51", "Absen Pegawai Pakai HP", "Pencatatan jam datang dan pulang pegawai dengan geolokasi."),
    ("g52", "Survei Kepuasan Pengguna Layanan", "Responden menilai unsur pelayanan sesuai PermenPANRB untuk menghitung IKM."),
    ("g54", "Pelaporan Pelanggaran Internal Anonim", "Pegawai melaporkan dugaan korupsi atau pelanggaran kode etik secara rahasia."),
    ("g55", "Manajemen Audit Internal Inspektorat", "Perencanaan PKPT, kertas kerja audit, dan tindak lanjut hasil pemeriksaan."),
    (None, "Sistem Pemantauan Kualitas Udara Ruang Kelas", "Monitoring sensor CO2 dan PM2.5 di ruang kelas sekolah."),
    (None, "Aplikasi Jadwal Donor Darah", "Layanan informasi stok darah PMI dan pendaftaran calon pendonor."),
    (None, "Layanan Juru Bahasa Isyarat Daring", "Pemesanan penerjemah bahasa isyarat untuk layanan publik bagi penyandang disabilitas rungu."),
    (None, "Manajemen Kendaraan Dinas", "Pencatatan pemakaian BBM, servis, dan peminjaman kendaraan operasional."),
    (None, "Monitoring Konsumsi Listrik Gedung", "Data pemakaian energi listrik per lantai gedung kantor untuk efisiensi."),
    (None, "Sistem Antrean Layanan Tatap Muka", "Pengambilan nomor antrean daring untuk layanan di kantor pusat."),
    (None, "Pengelolaan Parkir Pegawai", "Stiker dan akses gerbang parkir kendaraan pegawai."),
    (None, "Pelacakan Paket Ekspedisi Internal", "Kurir mencatat pengambilan dan serah terima paket barang antar gedung."),
    (None, "Buku Tamu Digital", "Registrasi tamu gedung kementerian dengan foto dan kartu akses."),
    (None, "Deteksi Plagiarisme Karya Ilmiah", "Pemeriksaan kemiripan naskah tesis dan jurnal dosen PTKIN."),
    (None, "Manifest Elektronik Limbah Medis", "Pelacakan pengangkutan limbah B3 rumah sakit hingga pengolah berizin."),
    (None, "Manajemen Asrama Atlet Pelatnas", "Pengaturan kamar, menu katering, dan jadwal penghuni asrama atlet."),
    (None, "Monitoring Bandwidth Jaringan", "Dashboard pemakaian data dan bandwidth internet per satker."),
    (None, "Legalisasi Ijazah Daring", "Permohonan legalisir ijazah dan transkrip madrasah secara online."),
    (None, "Izin Penelitian di Lingkungan Kementerian", "Peneliti eksternal mengajukan izin pengambilan data di satker."),
    (None, "e-Voting Pemilihan Pengurus Korpri", "Pemungutan suara elektronik untuk pemilihan pengurus Korpri unit."),
]

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
JENIS_MESSY = ["khusus", "", "Khusus", "AK", "khusus", "KHUSUS", "Aplikasi Khusus", "", "khusus", "ak"]


def old_format(code):
    parts = code.split(".")
    return ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])


def messy(code, rng):
    if not code:
        return ""
    r = rng.random()
    if r < 0.22:
        return ""
    if r < 0.34:
        return code.lower()
    if r < 0.40:
        return code[:3].capitalize() + code[3:]
    if r < 0.50:
        return ".".join(code.split(".")[:2])
    if r < 0.58:
        return old_format(code)
    if r < 0.62:
        return code.replace(".", " ")
    if r < 0.66:
        return code + " "
    return code


def slug(nama):
    first = re.split(r"[\s(]", nama.strip())[0].lower()
    first = re.sub(r"[^a-z0-9-]", "", first)
    return first or "app"


def main():
    rng = random.Random(SEED)
    rows = []
    for gid, dom, members in GROUPS:
        for m in members:
            m = dict(m)
            m["group"] = gid
            m["dom"] = m.get("dom") or dom
            rows.append(m)
    for m in TRAPS + SINGLES:
        m = dict(m)
        m["group"] = None
        assert m.get("dom"), m["nama"]
        rows.append(m)

    # deterministic fields (before shuffling)
    for i, m in enumerate(rows):
        ral, rab, raa = DOM[m["dom"]]
        if m.get("jenis") == U:
            if raa.startswith("RAA.02"):
                raa = "RAA.01.01"
        else:
            if raa.startswith("RAA.01"):
                raa = "RAA.02.02" + raa[9:]
            if "jenis" not in m:
                m["jenis"] = JENIS_MESSY[i % len(JENIS_MESSY)]
        m["_codes"] = (ral, rab, raa)
        if "tahun" not in m:
            m["tahun"] = 2011 + zlib.crc32(m["nama"].encode()) % 14
        if "status" not in m:
            m["status"] = "aktif"
        if "url" not in m:
            m["url"] = "https://%s.%s" % (slug(m["nama"]), DOMAIN_OF[m["instansi"]])

    rng.shuffle(rows)

    out = []
    for n, m in enumerate(rows, 1):
        rid = "b17-%04d" % n
        m["id"] = rid
        ral, rab, raa = m["_codes"]
        platform = m["jenis"] == U
        rec = {
            "id": rid,
            "nama": m["nama"],
            "deskripsi": m["deskripsi"],
            "fungsi": "" if rng.random() < 0.25 else m["fungsi"],
            "instansi": m["instansi"],
            "jenis": m["jenis"],
            "kode_ral": messy(ral, rng) if not platform else ral,
            "kode_rab": messy(rab, rng),
            "kode_raa": messy(raa, rng) if not platform else raa,
            "status": "" if rng.random() < 0.10 else m["status"],
            "tahun": "" if rng.random() < 0.12 else str(m["tahun"]),
            "url": "" if (not platform and rng.random() < 0.30) else m["url"],
            "dpi": m.get("dpi", ""),
        }
        out.append(rec)

    header = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
              "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind17-inventory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        w.writerows(out)

    members = {}
    for m in rows:
        if m["group"]:
            members.setdefault(m["group"], []).append(m["id"])
    groups = [{"id": gid, "members": sorted(members[gid])} for gid, _, _ in GROUPS]
    src = ("Hand-labelled blind17 set: a Kemenko PMK audit export of central ministries' and agencies' applications "
           "(health, education, religion, social affairs, PPPA, youth and sport, villages, BKKBN, culture, libraries) "
           "with national shared platforms and DPI blocks, written by hand in blind17-build.py (seed 171717) "
           "without reading the detector.")
    with open(os.path.join(HERE, "blind17-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src, "duplicateGroups": groups}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    props = []
    for k, (gid, nama, desk) in enumerate(PROPOSALS, 1):
        props.append({"id": "p%02d" % k, "nama": nama, "deskripsi": desk,
                      "expected": sorted(members[gid]) if gid else []})
    psrc = ("Hand-written blind17 proposals (reuse proposals reworded from their target group, novel proposals "
            "for functions absent from the inventory), written by hand in blind17-build.py (seed 171717) "
            "without reading the detector.")
    with open(os.path.join(HERE, "blind17-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": psrc, "proposals": props}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    ntrap = sum(1 for m in rows if m.get("trap"))
    print("rows=%d groups=%d traps=%d proposals=%d" % (len(out), len(groups), ntrap, len(props)))


if __name__ == "__main__":
    main()
