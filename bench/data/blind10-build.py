#!/usr/bin/env python3
"""Build the blind10 hand-labelled benchmark for SPBE application-inventory duplicate detection.

Provenance (what the author read, and nothing else):
  * /work/shared/domain/spbe-reference.md, read in full (SPBE laws, reference-architecture codes
    RAL/RAB/RAA, national shared platforms / aplikasi umum, agencies, what inventories record,
    naming patterns);
  * file-name listings only (ls) of /work/main/catalog-info and /work/main/bench/data;
  * agency ids from `grep -h "^  name:" /work/main/catalog-info/agencies/*.yaml` and DPI ids from
    `grep -h "^  name:" /work/main/catalog-info/dpi/*.yaml`.
  No engine code, plugin, doc, test, other benchmark file or git history was opened or run, and
  no web or code index was searched for the repository. Every row, group and proposal was
  invented by hand from general knowledge of Indonesian government applications (K/L, LPNK,
  provinces, kabupaten/kota naming habits) and the reference file. The instansi list has no
  kabupaten/kota ids, so regency/city applications are filed under their province id with the
  place name kept in the application name, as clerks often do.

Conventions:
  * blind10-inventory.csv: id,nama,deskripsi,fungsi,instansi,jenis,kode_ral,kode_rab,kode_raa,
    status,tahun,url,dpi. Ids j001.. are assigned after a seeded shuffle (seed 101010), so ids do
    not reveal groups. jenis is umum (any case) for national shared platforms, khusus (any case)
    or empty otherwise; dpi is set only on national DPI building blocks (digital identity,
    payment, data exchange). Codes: levels 1-2 follow the reference file, deeper levels are
    invented; about a third are empty and some are deliberately messy.
  * blind10-groups.json: a group is a set of rows serving the SAME government function in
    different agencies (consolidation candidates); the national platform / aplikasi umum for
    that function is a member when one exists. Neighbouring functions are kept apart. Rows in
    no group are not listed. Trap rows (look-alikes by acronym, brand, generic word or
    neighbouring function) are never in the group they resemble.
  * blind10-proposals.json: requests for NEW applications; `expected` lists the 1-3 rows to
    reuse (national platform first when one exists), or [] for a genuinely new need.
"""
import csv
import json
import os
import random

SEED = 101010
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "Hand-written blind benchmark (blind10), seed 101010. The author read only "
    "/work/shared/domain/spbe-reference.md (in full), file-name listings (ls) of "
    "/work/main/catalog-info and /work/main/bench/data, the agency ids from "
    "`grep -h \"^  name:\" /work/main/catalog-info/agencies/*.yaml` and the DPI ids from "
    "`grep -h \"^  name:\" /work/main/catalog-info/dpi/*.yaml`. No engine code, plugin, doc, "
    "test, other benchmark file or git history was opened or run, and no web or code index was "
    "searched for the repository. All rows, groups and proposals were invented by hand from "
    "general knowledge of Indonesian government applications and the reference file; "
    "kabupaten/kota applications are filed under their province id. A group = rows serving the "
    "same government function in different agencies (consolidation candidates), with the national "
    "platform / aplikasi umum as a member when one exists; neighbouring functions are kept apart "
    "and trap look-alikes are never in the group they resemble. Proposals list the 1-3 rows to "
    "reuse (national platform first) or [] for a genuinely new need."
)

# --------------------------------------------------------------------------------------------
# Domain -> (RAB level-2 base, RAL level-2 base). Level 1 follows the reference file; level-2
# codes not named in the reference are invented within the right sector.
DOM = {
    "sekr": ("RAB.09.07", "RAL.02.06"), "arsip": ("RAB.09.07", "RAL.02.06"),
    "apar": ("RAB.09.06", "RAL.02.04"), "kin": ("RAB.09.06", "RAL.02.07"),
    "keu": ("RAB.09.02", "RAL.02.02"), "ren": ("RAB.09.05", "RAL.02.03"),
    "org": ("RAB.09.06", "RAL.02.08"), "data": ("RAB.09.03", "RAL.02.09"),
    "info": ("RAB.09.03", "RAL.01.44"), "kom": ("RAB.09.04", "RAL.01.45"),
    "yanlik": ("RAB.09.06", "RAL.01.43"), "dn": ("RAB.09.01", "RAL.02.01"),
    "hukum": ("RAB.09.08", "RAL.01.40"), "pbj": ("RAB.09.02", "RAL.02.06"),
    "aset": ("RAB.09.02", "RAL.02.02"), "tik": ("RAB.09.04", "RAL.02.06"),
    "izin": ("RAB.02.04", "RAL.01.21"), "kes": ("RAB.04.02", "RAL.01.14"),
    "sos": ("RAB.04.01", "RAL.01.15"), "pdd": ("RAB.06.01", "RAL.01.12"),
    "naker": ("RAB.06.02", "RAL.01.13"), "pora": ("RAB.06.03", "RAL.01.30"),
    "riset": ("RAB.06.04", "RAL.01.31"), "duk": ("RAB.03.07", "RAL.01.16"),
    "pu": ("RAB.03.01", "RAL.01.17"), "rumah": ("RAB.03.02", "RAL.01.18"),
    "ruang": ("RAB.03.03", "RAL.01.19"), "tanah": ("RAB.03.04", "RAL.01.20"),
    "hub": ("RAB.03.05", "RAL.01.22"), "desa": ("RAB.03.06", "RAL.01.23"),
    "tib": ("RAB.05.01", "RAL.01.05"), "bencana": ("RAB.05.02", "RAL.01.06"),
    "damkar": ("RAB.05.03", "RAL.01.07"), "ind": ("RAB.02.01", "RAL.01.24"),
    "dag": ("RAB.02.02", "RAL.01.25"), "kop": ("RAB.02.03", "RAL.01.26"),
    "tani": ("RAB.02.05", "RAL.01.27"), "par": ("RAB.02.06", "RAL.01.28"),
    "pajak": ("RAB.09.02", "RAL.01.29"), "lh": ("RAB.07.01", "RAL.01.32"),
    "kp": ("RAB.07.02", "RAL.01.33"), "esdm": ("RAB.07.03", "RAL.01.34"),
    "hut": ("RAB.07.04", "RAL.01.35"), "bud": ("RAB.08.01", "RAL.01.36"),
    "agama": ("RAB.08.02", "RAL.01.37"), "pus": ("RAB.08.03", "RAL.01.38"),
    "stat": ("RAB.09.03", "RAL.01.39"), "lu": ("RAB.01.02", "RAL.01.02"),
    "han": ("RAB.01.01", "RAL.01.01"), "was": ("RAB.09.06", "RAL.02.07"),
}
ADMIN_DOMS = {"sekr", "arsip", "apar", "kin", "keu", "ren", "org", "data", "pbj", "aset", "tik",
              "was", "dn"}

DOMAIN = {
    "kemenko-polkam": "kemenkopolkam.go.id", "kemenko-kumham-imipas": "kemenkokumham.go.id",
    "kemenko-pangan": "kemenkopangan.go.id", "kemenko-ipk": "kemenkoinfra.go.id",
    "kemenko-pm": "kemenkopm.go.id", "kemenko-polhukam": "polkam.go.id",
    "kemenko-perekonomian": "ekon.go.id", "kemenko-pmk": "kemenkopmk.go.id",
    "kemenko-marves": "maritim.go.id", "kemendagri": "kemendagri.go.id", "kemlu": "kemlu.go.id",
    "kemhan": "kemhan.go.id", "kemenkumham": "kemenkumham.go.id", "kominfo": "kominfo.go.id",
    "kemenpanrb": "menpan.go.id", "kemenkeu": "kemenkeu.go.id", "kemnaker": "kemnaker.go.id",
    "kemenperin": "kemenperin.go.id", "kemendag": "kemendag.go.id", "kementan": "pertanian.go.id",
    "atr-bpn": "atrbpn.go.id", "kementerian-bumn": "bumn.go.id",
    "kemenkopukm": "kemenkopukm.go.id", "kemenag": "kemenag.go.id",
    "kemendikbudristek": "kemdikbud.go.id", "kemenkes": "kemkes.go.id",
    "kemensos": "kemensos.go.id", "kemenpppa": "kemenpppa.go.id", "kemenpora": "kemenpora.go.id",
    "kemendes-pdtt": "kemendesa.go.id", "kesdm": "esdm.go.id", "kemenpupr": "pu.go.id",
    "kemenhub": "dephub.go.id", "kkp": "kkp.go.id", "klhk": "menlhk.go.id",
    "kemenparekraf": "kemenparekraf.go.id", "kementerian-investasi": "bkpm.go.id",
    "kemensetneg": "setneg.go.id", "bappenas": "bappenas.go.id", "komdigi": "komdigi.go.id",
    "bkn": "bkn.go.id", "bps": "bps.go.id", "bssn": "bssn.go.id", "brin": "brin.go.id",
    "lkpp": "lkpp.go.id", "anri": "anri.go.id", "lan": "lan.go.id", "bpkp": "bpkp.go.id",
    "bpom": "pom.go.id", "bmkg": "bmkg.go.id", "bnpb": "bnpb.go.id", "bnpt": "bnpt.go.id",
    "bnn": "bnn.go.id", "big": "big.go.id", "bkkbn": "bkkbn.go.id", "basarnas": "basarnas.go.id",
    "perpusnas": "perpusnas.go.id", "bsn": "bsn.go.id", "bapeten": "bapeten.go.id",
    "bakamla": "bakamla.go.id", "lemhannas": "lemhannas.go.id", "bin": "bin.go.id",
    "bpip": "bpip.go.id", "ina-digital": None,
    "prov-aceh": "acehprov.go.id", "prov-sumatera-utara": "sumutprov.go.id",
    "prov-sumatera-barat": "sumbarprov.go.id", "prov-riau": "riau.go.id",
    "prov-kepulauan-riau": "kepriprov.go.id", "prov-jambi": "jambiprov.go.id",
    "prov-sumatera-selatan": "sumselprov.go.id",
    "prov-kepulauan-bangka-belitung": "babelprov.go.id", "prov-bengkulu": "bengkuluprov.go.id",
    "prov-lampung": "lampungprov.go.id", "prov-dki-jakarta": "jakarta.go.id",
    "prov-jawa-barat": "jabarprov.go.id", "prov-banten": "bantenprov.go.id",
    "prov-jawa-tengah": "jatengprov.go.id", "prov-di-yogyakarta": "jogjaprov.go.id",
    "prov-jawa-timur": "jatimprov.go.id", "prov-bali": "baliprov.go.id",
    "prov-nusa-tenggara-barat": "ntbprov.go.id", "prov-nusa-tenggara-timur": "nttprov.go.id",
    "prov-kalimantan-barat": "kalbarprov.go.id", "prov-kalimantan-tengah": "kalteng.go.id",
    "prov-kalimantan-selatan": "kalselprov.go.id", "prov-kalimantan-timur": "kaltimprov.go.id",
    "prov-kalimantan-utara": "kaltaraprov.go.id", "prov-sulawesi-utara": "sulutprov.go.id",
    "prov-gorontalo": "gorontaloprov.go.id", "prov-sulawesi-tengah": "sultengprov.go.id",
    "prov-sulawesi-barat": "sulbarprov.go.id", "prov-sulawesi-selatan": "sulselprov.go.id",
    "prov-sulawesi-tenggara": "sultraprov.go.id", "prov-maluku": "malukuprov.go.id",
    "prov-maluku-utara": "malutprov.go.id", "prov-papua": "papua.go.id",
    "prov-papua-barat": "papuabaratprov.go.id", "prov-papua-selatan": "papuaselatanprov.go.id",
    "prov-papua-tengah": "papuatengahprov.go.id",
    "prov-papua-pegunungan": "papuapegununganprov.go.id",
    "prov-papua-barat-daya": "papuabaratdayaprov.go.id",
}

ROWS = []
KEYS = set()


def R(key, inst, nama, desk="", fungsi="", g=None, t=None, u=False, dom="sekr", dpi="",
      status=None, tahun=None, url=None, ral=None, rab=None, raa=None):
    """One inventory row. g = group key, t = group key(s) the row is a trap for, u = umum."""
    assert key not in KEYS, key
    assert inst in DOMAIN, inst
    assert dom in DOM, dom
    KEYS.add(key)
    if isinstance(t, str):
        t = (t,)
    ROWS.append(dict(key=key, instansi=inst, nama=nama, deskripsi=desk, fungsi=fungsi, g=g,
                     t=t or (), u=u, dom=dom, dpi=dpi, status=status, tahun=tahun, url=url,
                     ral=ral, rab=rab, raa=raa))


# ============================================================================================
# GROUPS (function clusters) and their members
# ============================================================================================
# -- off: official correspondence / dynamic records (national: SRIKANDI)
R("off1", "anri", "SRIKANDI",
  "Sistem Informasi Kearsipan Dinamis Terintegrasi. Aplikasi umum bidang kearsipan untuk tata naskah dinas elektronik, pengelolaan surat masuk/keluar dan arsip dinamis seluruh instansi pemerintah pusat dan daerah.",
  "Penciptaan, penggunaan dan pemeliharaan arsip dinamis; persuratan dinas; penyusutan arsip",
  g="off", u=True, dom="arsip", status="Aktif", tahun=2020, url="https://srikandi.arsip.go.id")
R("off2", "kemenkeu", "Nadine (Naskah Dinas Elektronik)", "",
  "Pembuatan, pengiriman, penandatanganan dan pengarsipan nota dinas serta surat secara elektronik di lingkungan Kemenkeu",
  g="off", dom="sekr")
R("off3", "kemenag", "TNDE", "Tata Naskah Dinas Elektronik Kementerian Agama", "", g="off", dom="sekr")
R("off4", "prov-jawa-tengah", "e-Office Jateng v3",
  "Paperless office. Agenda surat masuk & keluar, disposisi berjenjang, notifikasi ke HP pejabat (android).",
  "", g="off", dom="sekr")
R("off5", "prov-sumatera-barat", "E-SURAT", "", "", g="off", dom="sekr")
R("off6", "prov-bali", "e-Ofis Badung", "aplikasi surat menyurat perangkat daerah kab. badung", "persuratan",
  g="off", dom="sekr", url="https://eofis.badungkab.go.id")
R("off7", "prov-jawa-timur", "Sistem Disposisi Online Kota Madiun", "",
  "Meneruskan surat dan perintah pimpinan ke bawahan tanpa kertas; lacak posisi berkas",
  g="off", dom="sekr", url="disposisi.madiunkota.go.id")
R("off8", "brin", "Office Automation System (OAS)",
  "Workflow for official letters, internal memos and approvals across research organisations; replaces paper routing slips.",
  "", g="off", dom="sekr")
R("off9", "prov-kalimantan-selatan", "SiMANTAP",
  "Sistem Manajemen Surat Terpadu Setda Prov. Kalsel",
  "Registrasi agenda, distribusi dan pengarsipan naskah dinas", g="off", dom="sekr")

# -- ars: static archives (national: SIKN-JIKN)
R("ars1", "anri", "SIKN-JIKN",
  "Sistem Informasi Kearsipan Nasional dan Jaringan Informasi Kearsipan Nasional; penelusuran khazanah arsip statis secara nasional.",
  "", g="ars", u=True, dom="arsip", url="https://sikn.anri.go.id")
R("ars2", "prov-jawa-barat", "SIASTA (Sistem Informasi Arsip Statis)", "",
  "Pengolahan, deskripsi dan layanan akses arsip statis di depo arsip Dispusipda", g="ars", dom="arsip")
R("ars3", "prov-di-yogyakarta", "Khazanah Arsip Jogja",
  "Digitalisasi dan publikasi arsip bernilai guna sejarah (foto, peta, naskah kraton) milik Pemda DIY",
  "", g="ars", dom="arsip")

# -- adu: public-service complaints (national: SP4N-LAPOR!)
R("adu1", "kemenpanrb", "SP4N-LAPOR!",
  "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional - Layanan Aspirasi dan Pengaduan Online Rakyat",
  "Penerimaan, disposisi dan tindak lanjut pengaduan masyarakat lintas instansi; integrasi kanal aduan K/L/D melalui API",
  g="adu", u=True, dom="yanlik", status="aktif", tahun=2013, url="https://www.lapor.go.id")
R("adu2", "prov-jawa-tengah", "LaporGub!",
  "kanal aduan warga kepada Gubernur Jawa Tengah lewat web, sms dan twitter", "", g="adu", dom="yanlik")
R("adu3", "prov-jawa-timur", "SAMBAT Online",
  "Sistem Aplikasi Masyarakat Bertanya Terpadu - warga Kota Malang menyampaikan keluhan soal pelayanan pemkot",
  "", g="adu", dom="yanlik", url="sambat.malangkota.go.id")
R("adu4", "kemendikbudristek", "ULT Pengaduan", "",
  "menerima keluhan masyarakat terkait layanan pendidikan lalu meneruskan ke unit teknis", g="adu",
  dom="yanlik")
R("adu5", "prov-riau", "e-Aduan", "", "", g="adu", dom="yanlik")
R("adu6", "kemlu", "Public Complaints Handling",
  "Online channel for citizens to submit grievances about ministry and consular services, with tracking of responses.",
  "", g="adu", dom="yanlik")
R("adu7", "prov-dki-jakarta", "CRM (Cepat Respon Masyarakat)", "",
  "Menyatukan 13 kanal laporan warga, mendistribusikan ke SKPD/kelurahan dan memantau SLA penyelesaian",
  g="adu", dom="yanlik")
R("adu8", "prov-sulawesi-selatan", "SIPP Sulsel",
  "Sistem Informasi Pengaduan Publik: keluhan masyarakat terhadap pelayanan OPD lingkup Pemprov",
  "", g="adu", dom="yanlik")

# -- wbs: whistleblowing (no national platform in the reference)
R("wbs1", "kemenkeu", "WISE (Whistleblowing System)", "",
  "Penyampaian pengaduan pelanggaran oleh pegawai/masyarakat secara rahasia ke Itjen", g="wbs", dom="was")
R("wbs2", "kemenag", "WBS Itjen Kemenag",
  "Aplikasi pelaporan dugaan pelanggaran (korupsi, pungli, penyalahgunaan wewenang) dengan perlindungan kerahasiaan identitas pelapor",
  "", g="wbs", dom="was")
R("wbs3", "bpkp", "Whistle Blowing System", "", "", g="wbs", dom="was")
R("wbs4", "kemenpupr", "e-WBS PUPR", "", "", g="wbs", dom="was", url="wbs.pu.go.id")
R("wbs5", "prov-jawa-barat", "Jabar Whistleblower",
  "Channel for anonymous reporting of misconduct by provincial officials; handled by the Inspektorat.",
  "", g="wbs", dom="was")

# -- skm: public satisfaction surveys
R("skm1", "bpom", "eSKM", "Survei Kepuasan Masyarakat terhadap layanan publik BPOM", "", g="skm",
  dom="yanlik")
R("skm2", "prov-bali", "Ngiring Nilai", "",
  "pengukuran indeks kepuasan masyarakat per unit layanan sesuai PermenPANRB 14/2017", g="skm",
  dom="yanlik")
R("skm3", "kemenkumham", "SPKP-SPAK",
  "Survei Persepsi Kualitas Pelayanan dan Survei Persepsi Anti Korupsi pada unit pelayanan",
  "", g="skm", dom="yanlik")
R("skm4", "prov-kalimantan-timur", "Customer Satisfaction Kiosk",
  "Tablet di loket, pemohon menilai pelayanan (puas / cukup / tidak puas); rekap bulanan", "",
  g="skm", dom="yanlik")

# -- peg: personnel records (national: SIASN / MyASN)
R("peg1", "bkn", "SIASN",
  "Sistem Informasi ASN nasional terintegrasi: data induk, riwayat jabatan dan golongan, layanan kepegawaian",
  "Pengelolaan data dan layanan kepegawaian seluruh instansi", g="peg", u=True, dom="apar",
  status="Aktif", tahun=2021, url="https://siasn.bkn.go.id")
R("peg2", "bkn", "MyASN", "Aplikasi swalayan ASN untuk melihat dan memutakhirkan data diri", "",
  g="peg", u=True, dom="apar", tahun=2021)
R("peg3", "bkn", "SAPK", "Sistem Aplikasi Pelayanan Kepegawaian (legacy, digantikan SIASN)", "",
  g="peg", dom="apar", status="tidak aktif", tahun=2010)
R("peg4", "prov-jawa-tengah", "SIMPEG Jateng", "", "", g="peg", dom="apar")
R("peg5", "prov-di-yogyakarta", "SIMPEG Online Kab. Sleman", "data pns & pppk pemkab sleman, cetak drh",
  "", g="peg", dom="apar", url="simpeg.slemankab.go.id")
R("peg6", "kemenkeu", "HRIS Kemenkeu",
  "Human Resource Information System: employee master data, career history, transfers", "",
  g="peg", dom="apar")
R("peg7", "kemenag", "SIMPEG5", "", "Pengelolaan data pegawai Kementerian Agama dari pusat sampai KUA",
  g="peg", dom="apar")
R("peg8", "prov-aceh", "ePegawai Aceh", "", "", g="peg", dom="apar")
R("peg9", "prov-papua", "SIPEGA (Sistem Informasi Pegawai)",
  "database kepegawaian BKD Provinsi Papua termasuk riwayat pangkat dan pendidikan", "", g="peg",
  dom="apar")
R("peg10", "lemhannas", "Sistim Informasi Kepegawaian", "", "DRH, DUK, kenaikan pangkat berkala",
  g="peg", dom="apar")
R("peg11", "prov-papua-barat-daya", "Pendataan Tenaga Non ASN",
  "Pendataan dan pemutakhiran data pegawai honorer / non ASN di lingkungan Pemprov PBD", "",
  g="peg", dom="apar", tahun=2023)

# -- kin: individual employee performance (national: e-Kinerja BKN)
R("kin1", "bkn", "e-Kinerja BKN",
  "Penyusunan SKP, evaluasi kinerja pegawai dan predikat kinerja ASN sesuai PermenPANRB 6/2022", "",
  g="kin", u=True, dom="apar", url="https://kinerja.bkn.go.id", tahun=2022)
R("kin2", "kemenkeu", "e-Performance", "",
  "Manajemen kinerja pegawai: IKU individu, capaian bulanan, nilai kinerja pegawai", g="kin",
  dom="apar")
R("kin3", "prov-jawa-timur", "SKP Online", "", "", g="kin", dom="apar")
R("kin4", "prov-sumatera-selatan", "SIKERJA Sumsel",
  "penilaian aktivitas kerja harian ASN, dipakai sbg dasar perhitungan TPP", "", g="kin", dom="apar")
R("kin5", "kemensos", "Aplikasi Penilaian Sasaran Kinerja Pegawai", "", "", g="kin", dom="apar")

# -- abs: employee attendance
R("abs1", "prov-jawa-barat", "e-Presensi Jabar", "",
  "Presensi ASN berbasis lokasi (geotagging) dan swafoto", g="abs", dom="apar")
R("abs2", "kemenag", "Presensi Online Kemenag", "absen pegawai pakai face recognition di HP", "",
  g="abs", dom="apar")
R("abs3", "prov-lampung", "SIAP (Sistem Informasi Absensi Pegawai)",
  "rekap kehadiran, keterlambatan dan pulang cepat pegawai dari mesin fingerprint", "", g="abs",
  dom="apar")
R("abs4", "kkp", "Presensi Mobile KKP", "", "", g="abs", dom="apar")
R("abs5", "bmkg", "Employee Attendance System",
  "Integrates fingerprint devices at stations nationwide; daily attendance and leave recap.", "",
  g="abs", dom="apar")
R("abs6", "prov-kalimantan-selatan", "BAGAWI",
  "presensi ASN Pemprov Kalsel (bagawi = bekerja), absen masuk pulang via android", "", g="abs",
  dom="apar")

# -- sak: organisational performance accountability (national: e-SAKIP)
R("sak1", "kemenpanrb", "e-SAKIP",
  "Aplikasi pelaporan Sistem Akuntabilitas Kinerja Instansi Pemerintah", "", g="sak", u=True,
  dom="kin", url="https://esakip.menpan.go.id")
R("sak2", "prov-sulawesi-selatan", "SAKIP Online Sulsel", "",
  "Penyusunan Renstra, perjanjian kinerja, IKU dan LKjIP perangkat daerah", g="sak", dom="kin")
R("sak3", "prov-kepulauan-riau", "e-Sakip Kepri", "perjanjian kinerja dan laporan kinerja OPD", "",
  g="sak", dom="kin")
R("sak4", "prov-maluku", "Aplikasi LKjIP", "", "", g="sak", dom="kin")

# -- gaj: payroll
R("gaj1", "prov-jawa-timur", "SIMGAJI",
  "penghitungan gaji induk, gaji susulan dan kekurangan gaji PNS daerah", "", g="gaj", dom="keu")
R("gaj2", "prov-bengkulu", "Aplikasi Gaji PNS", "", "", g="gaj", dom="keu")
R("gaj3", "kemlu", "e-Payroll Perwakilan",
  "Payroll of home staff and local staff at overseas missions, including overseas allowances", "",
  g="gaj", dom="keu")
R("gaj4", "prov-maluku-utara", "Sistem Penggajian ASN", "", "daftar gaji, potongan, slip gaji",
  g="gaj", dom="keu")

# -- lrn: e-learning for civil servants
R("lrn1", "lan", "MOOC Pintar LAN",
  "Massive Open Online Course untuk pengembangan kompetensi ASN", "", g="lrn", dom="apar")
R("lrn2", "kemenkeu", "Kemenkeu Learning Center (KLC)", "",
  "Pembelajaran daring mandiri dan kelas virtual bagi pegawai", g="lrn", dom="apar")
R("lrn3", "prov-jawa-timur", "e-Learning BPSDM Jatim", "", "", g="lrn", dom="apar")
R("lrn4", "prov-jawa-barat", "Jabar Corpu",
  "Corporate university learning platform for provincial civil servants (LMS, webinars, micro-learning).",
  "", g="lrn", dom="apar")
R("lrn5", "bpkp", "E-Learning Pusdiklatwas", "pelatihan jarak jauh bagi auditor APIP", "", g="lrn",
  dom="apar")

# -- kri: central planning (national: KRISNA)
R("kri1", "bappenas", "KRISNA",
  "Kolaborasi Perencanaan dan Informasi Kinerja Anggaran: penyusunan Renja K/L dan RKA-K/L", "",
  g="kri", u=True, dom="ren", url="https://krisna.bappenas.go.id")
R("kri2", "kemenkes", "e-Planning Kemenkes", "",
  "usulan kegiatan dan anggaran satker, penelaahan renja", g="kri", dom="ren")
R("kri3", "kemenag", "e-Renja",
  "Aplikasi Rencana Kerja Kementerian Agama untuk penyusunan pagu indikatif satker", "", g="kri",
  dom="ren")
R("kri4", "kemenhub", "SIRENPRO",
  "Program planning: proposals of Kemenhub work units compiled before the budget ceiling is set", "",
  g="kri", dom="ren")

# -- sakti: central budget execution / accounting (national: SAKTI)
R("st1", "kemenkeu", "SAKTI",
  "Sistem Aplikasi Keuangan Tingkat Instansi: perencanaan, pelaksanaan sampai pertanggungjawaban anggaran satker",
  "Penganggaran, komitmen, pembayaran, bendahara, persediaan, aset tetap dan akuntansi satker",
  g="sakti", u=True, dom="keu", tahun=2015, url="https://sakti.kemenkeu.go.id")
R("st2", "kemenpora", "SAS", "Sistem Aplikasi Satker", "pembuatan SPM, pencatatan DIPA", g="sakti",
  dom="keu", status="tidak aktif", tahun=2009)
R("st3", "bnpt", "Aplikasi Bendahara (SILABI)", "pembukuan bendahara pengeluaran", "", g="sakti",
  dom="keu", status="TIDAK AKTIF", tahun=2012)
R("st4", "basarnas", "Sistem Akuntansi Keuangan", "", "", g="sakti", dom="keu")
R("st5", "brin", "SIKEU BRIN",
  "Financial administration for research units: payment requests, budget realisation, accrual reports",
  "", g="sakti", dom="keu")

# -- sipd: regional planning-to-finance (national: SIPD)
R("sipd1", "kemendagri", "SIPD RI",
  "Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran, penatausahaan dan pelaporan keuangan daerah",
  "", g="sipd", u=True, dom="dn", tahun=2019, url="https://sipd.kemendagri.go.id")
R("sipd2", "bpkp", "SIMDA Keuangan", "",
  "penganggaran, penatausahaan, akuntansi dan pelaporan keuangan pemda (legacy, migrasi ke SIPD)",
  g="sipd", u=True, dom="keu", tahun=2008)
R("sipd3", "prov-dki-jakarta", "e-Budgeting DKI",
  "penyusunan APBD berbasis komponen dan harga satuan", "", g="sipd", dom="keu")
R("sipd4", "prov-kalimantan-tengah", "SIPKD",
  "Sistem Informasi Pengelolaan Keuangan Daerah", "", g="sipd", dom="keu")
R("sipd5", "prov-jawa-barat", "e-Musrenbang Jabar",
  "Usulan pembangunan dari desa/kelurahan sampai provinsi dijaring secara online", "", g="sipd",
  dom="ren")
R("sipd6", "prov-kalimantan-timur", "SIPPD (Sistem Informasi Perencanaan Pembangunan Daerah)", "", "",
  g="sipd", dom="ren")
R("sipd7", "prov-papua-barat", "Regional Financial Management Information System (FMIS)",
  "budget preparation, SP2D issuance and accounting for the provincial government", "", g="sipd",
  dom="keu")
R("sipd8", "prov-nusa-tenggara-barat", "SIMRAL NTB",
  "Sistem Informasi Manajemen Perencanaan, Penganggaran dan Pelaporan", "", g="sipd", dom="ren")

# -- ds: village finance (national: Siskeudes)
R("ds1", "kemendagri", "Siskeudes", "Sistem Keuangan Desa (Kemendagri - BPKP)",
  "APBDes, penatausahaan, pelaporan keuangan desa", g="ds", u=True, dom="desa", tahun=2015)
R("ds2", "prov-jawa-timur", "e-Village Budgeting Banyuwangi",
  "perencanaan dan penganggaran desa secara elektronik", "", g="ds", dom="desa",
  url="evb.banyuwangikab.go.id")
R("ds3", "prov-sulawesi-selatan", "Keudes Online", "", "", g="ds", dom="desa")
R("ds4", "prov-nusa-tenggara-barat", "Aplikasi APBDes", "",
  "input APBDes dan realisasi dana desa se-kabupaten lombok timur", g="ds", dom="desa")

# -- sp: e-tendering (national: SPSE)
R("sp1", "lkpp", "SPSE", "Sistem Pengadaan Secara Elektronik versi 4.5 untuk tender dan seleksi",
  "", g="sp", u=True, dom="pbj", url="https://lpse.lkpp.go.id", tahun=2008)
R("sp2", "prov-jawa-timur", "LPSE Jatim", "Layanan Pengadaan Secara Elektronik Provinsi Jawa Timur",
  "", g="sp", dom="pbj")
R("sp3", "kemhan", "e-Procurement Kemhan", "",
  "pelaksanaan tender barang/jasa non-rahasia secara elektronik", g="sp", dom="pbj")
R("sp4", "prov-riau", "SPSE v4.5 Riau", "", "", g="sp", dom="pbj")
R("sp5", "prov-kalimantan-utara", "eTendering Kaltara", "", "", g="sp", dom="pbj")
R("sp6", "kemenhub", "Electronic Tendering System",
  "online tenders for construction and consultancy packages of DG Sea Transportation", "", g="sp",
  dom="pbj")

# -- ek: e-purchasing / catalogue (national: e-Katalog)
R("ek1", "lkpp", "e-Katalog", "Katalog elektronik nasional untuk e-purchasing barang/jasa pemerintah",
  "", g="ek", u=True, dom="pbj", url="https://e-katalog.lkpp.go.id")
R("ek2", "prov-jawa-barat", "Katalog Lokal Jabar", "",
  "katalog elektronik produk lokal untuk belanja langsung OPD", g="ek", dom="pbj")
R("ek3", "kemendikbudristek", "SIPLah",
  "Sistem Informasi Pengadaan di Sekolah: marketplace belanja dana BOS", "", g="ek", dom="pbj")
R("ek4", "lkpp", "Toko Daring (Bela Pengadaan)", "",
  "belanja langsung kebutuhan bernilai kecil melalui marketplace mitra", g="ek", dom="pbj")

# -- ru: procurement planning (national: SiRUP)
R("ru1", "lkpp", "SiRUP", "Sistem Informasi Rencana Umum Pengadaan", "", g="ru", u=True, dom="pbj",
  url="https://sirup.lkpp.go.id")
R("ru2", "kemenkumham", "e-Perencanaan PBJ", "",
  "rekap rencana pengadaan barang/jasa satker sebelum diumumkan", g="ru", dom="pbj")
R("ru3", "prov-sulawesi-tengah", "Aplikasi RUP Online Sulteng", "", "", g="ru", dom="pbj")

# -- as: state / regional asset management (national: SIMAN)
R("as1", "kemenkeu", "SIMAN", "Sistem Informasi Manajemen Aset Negara (DJKN)",
  "penatausahaan, pemanfaatan, penghapusan BMN", g="as", u=True, dom="aset")
R("as2", "bpkp", "SIMDA BMD", "", "", g="as", dom="aset")
R("as3", "prov-jawa-tengah", "SIMBADA", "Sistem Informasi Manajemen Barang Daerah",
  "inventarisasi KIB A-F, mutasi, penyusutan", g="as", dom="aset")
R("as4", "prov-kalimantan-selatan", "e-Aset Managemen", "", "", g="as", dom="aset")
R("as5", "bmkg", "Aplikasi Pengelolaan BMN",
  "pencatatan barang milik negara di UPT, termasuk peralatan observasi", "", g="as", dom="aset")
R("as6", "prov-kepulauan-bangka-belitung", "SIADA Babel",
  "Asset inventory of the provincial government: land, buildings, vehicles, equipment", "", g="as",
  dom="aset")

# -- os: business licensing (national: OSS-RBA)
R("os1", "kementerian-investasi", "OSS-RBA",
  "Online Single Submission berbasis risiko: NIB dan perizinan berusaha", "", g="os", u=True,
  dom="izin", url="https://oss.go.id", tahun=2021)
R("os2", "prov-banten", "Ijin Usaha Terpadu Banten", "", "", g="os", dom="izin")
R("os3", "prov-kepulauan-riau", "Batam Business Licensing (e-Licensing)",
  "business permits for investors in Batam: SIUP, TDP, HO (pre-OSS)", "", g="os", dom="izin",
  status="tidak aktif", tahun=2014)
R("os4", "prov-sumatera-utara", "SIUP Online", "penerbitan surat izin usaha perdagangan", "", g="os",
  dom="izin", status="Tidak Aktif")
R("os5", "prov-jawa-timur", "Perizinan Berusaha DPMPTSP", "",
  "pelayanan izin usaha di PTSP provinsi, terhubung ke OSS", g="os", dom="izin")

# -- pb: building approval (national: SIMBG)
R("pb1", "kemenpupr", "SIMBG",
  "Sistem Informasi Manajemen Bangunan Gedung: PBG, SLF, SBKBG", "", g="pb", u=True, dom="pu",
  url="https://simbg.pu.go.id")
R("pb2", "prov-dki-jakarta", "e-IMB", "izin mendirikan bangunan online (sebelum PBG)", "", g="pb",
  dom="pu", status="Tidak aktif")
R("pb3", "prov-sulawesi-utara", "IMB Online Manado", "", "", g="pb", dom="pu")
R("pb4", "prov-bali", "Sistem Perizinan Bangunan Gedung Denpasar", "",
  "permohonan persetujuan bangunan gedung dan sertifikat laik fungsi", g="pb", dom="pu")

# -- pp: PPID / public information requests
R("pp1", "kemenkeu", "e-PPID Kemenkeu", "",
  "permohonan informasi publik, pengajuan keberatan, daftar informasi publik", g="pp", dom="info")
R("pp2", "prov-jawa-barat", "PPID Jabar",
  "Layanan permohonan informasi publik Pemprov Jawa Barat sesuai UU 14/2008", "", g="pp", dom="info")
R("pp3", "prov-kalimantan-barat", "SiPPID", "", "", g="pp", dom="info")
R("pp4", "bmkg", "Layanan Informasi Publik BMKG", "",
  "registrasi permohonan informasi publik dan pelacakan status jawaban", g="pp", dom="info")
R("pp5", "prov-nusa-tenggara-timur", "Permohonan Informasi Publik Online",
  "masyarakat mengajukan permintaan salinan dokumen publik ke PPID Utama NTT", "", g="pp",
  dom="info")
R("pp6", "kemenag", "PPID Kemenag", "", "", g="pp", dom="info")
R("pp7", "prov-jawa-tengah", "e-PPID Klaten",
  "Public information requests to the Klaten regency information officer", "", g="pp", dom="info",
  url="ppid.klatenkab.go.id")

# -- od: open data portals (national: Satu Data Indonesia)
R("od1", "bappenas", "Portal Satu Data Indonesia (data.go.id)",
  "Katalog data terbuka nasional yang dikelola Sekretariat Satu Data Indonesia", "", g="od", u=True,
  dom="data", url="https://data.go.id")
R("od2", "prov-dki-jakarta", "JakartaOpenData",
  "katalog dataset terbuka DKI Jakarta dalam format csv/xls dan API", "", g="od", dom="data")
R("od3", "prov-jawa-barat", "Open Data Jabar", "", "publikasi dataset sektoral OPD", g="od",
  dom="data")
R("od4", "prov-kalimantan-timur", "Katalog Data Kaltim", "", "", g="od", dom="data")
R("od5", "prov-aceh", "Portal Satu Data Aceh",
  "wali data mengunggah data sektoral; publik dapat mengunduh", "", g="od", dom="data")
R("od6", "kemenparekraf", "Open Data Parekraf",
  "open datasets on tourism and creative economy statistics", "", g="od", dom="data")

# -- rp: research repositories (national: RIN)
R("rp1", "brin", "RIN (Repositori Ilmiah Nasional)",
  "repositori data penelitian dan hasil riset untuk dibagi pakai", "", g="rp", u=True, dom="riset")
R("rp2", "kemenhub", "Repository Balitbanghub", "",
  "arsip digital laporan penelitian dan jurnal transportasi", g="rp", dom="riset")
R("rp3", "prov-jawa-timur", "e-Research Bappeda Jatim",
  "kumpulan hasil kajian dan penelitian daerah, bisa diunduh", "", g="rp", dom="riset")

# -- ge: geoportals (national: Ina-Geoportal)
R("ge1", "big", "Ina-Geoportal",
  "Geoportal Kebijakan Satu Peta, simpul jaringan informasi geospasial nasional", "", g="ge",
  u=True, dom="ruang", url="https://tanahair.indonesia.go.id")
R("ge2", "prov-jawa-timur", "Geoportal Jatim", "", "", g="ge", dom="ruang")
R("ge3", "prov-papua", "SIG Papua", "",
  "peta tematik OPD dan berbagi data spasial antar perangkat daerah", g="ge", dom="ruang")
R("ge4", "kkp", "Geoportal KKP", "portal peta kelautan dan perikanan", "", g="ge", dom="ruang")
R("ge5", "prov-dki-jakarta", "Jakarta Satu",
  "one map one data policy Jakarta: parcels, buildings and other layers in a single map", "",
  g="ge", dom="ruang")

# -- rt: spatial plans (national: GISTARU)
R("rt1", "atr-bpn", "GISTARU", "Informasi rencana tata ruang (RTRW, RDTR) berbasis peta", "",
  g="rt", u=True, dom="ruang", url="https://gistaru.atrbpn.go.id")
R("rt2", "prov-bali", "SITARU Bali", "", "informasi kesesuaian pemanfaatan ruang", g="rt",
  dom="ruang")
R("rt3", "prov-jawa-tengah", "SIMTARU Semarang",
  "cek peruntukan zonasi RDTR kota semarang secara online", "", g="rt", dom="ruang")

# -- jd: legal documentation JDIH (national: JDIHN)
R("jd1", "kemenkumham", "JDIHN",
  "Jaringan Dokumentasi dan Informasi Hukum Nasional (BPHN) sebagai pusat jaringan", "", g="jd",
  u=True, dom="hukum", url="https://jdihn.go.id")
R("jd2", "kemenkeu", "JDIH Kemenkeu", "", "database peraturan bidang keuangan negara", g="jd",
  dom="hukum")
R("jd3", "prov-jawa-tengah", "JDIH Jateng", "", "", g="jd", dom="hukum")
R("jd4", "prov-sulawesi-barat", "Jaringan Dokumentasi Hukum Sulbar",
  "kumpulan perda, pergub dan SK gubernur", "", g="jd", dom="hukum")
R("jd5", "prov-nusa-tenggara-barat", "SIPHD", "",
  "publikasi dan pencarian produk hukum daerah", g="jd", dom="hukum")
R("jd6", "bkkbn", "JDIH BKKBN", "legal documentation and information network node of BKKBN", "",
  g="jd", dom="hukum")

# -- hd: internal IT helpdesk
R("hd1", "kemenkeu", "Service Desk Pusintek", "",
  "tiket gangguan TIK pegawai, eskalasi ke tim teknis", g="hd", dom="tik")
R("hd2", "prov-jawa-barat", "Helpdesk Diskominfo Jabar",
  "pelaporan gangguan jaringan, email dinas dan aplikasi OPD ke Diskominfo", "", g="hd", dom="tik")
R("hd3", "bps", "eTicketingTI", "", "", g="hd", dom="tik")
R("hd4", "kemenpupr", "ITSM PUPR",
  "IT service management: incident, request and change tickets for ICT users", "", g="hd",
  dom="tik")
R("hd5", "prov-sumatera-selatan", "Tiket Gangguan TIK", "", "", g="hd", dom="tik")

# -- rs: hospital information systems (national: SIMRS GOS)
R("rs1", "kemenkes", "SIMRS GOS",
  "SIMRS Generic Open Source dari Kemenkes untuk rumah sakit pemerintah", "", g="rs", u=True,
  dom="kes")
R("rs2", "prov-jawa-timur", "SIMRS RSUD Dr. Soetomo", "",
  "pendaftaran, rekam medis elektronik, billing, farmasi, bridging BPJS", g="rs", dom="kes")
R("rs3", "prov-nusa-tenggara-barat", "Hospital Information System RSUD Provinsi NTB",
  "registration, EMR, pharmacy and billing for the provincial hospital", "", g="rs", dom="kes")
R("rs4", "prov-kalimantan-tengah", "Khanza SIMRS RSUD Doris Sylvanus", "", "", g="rs", dom="kes")
R("rs5", "kemhan", "SIM Rumkit", "sistem informasi manajemen rumah sakit TNI", "", g="rs", dom="kes")
R("rs6", "prov-sumatera-barat", "SIMRS RSJ Prof HB Saanin", "", "", g="rs", dom="kes")

# -- pk: puskesmas information systems (national: SIKDA Generik)
R("pk1", "kemenkes", "SIKDA Generik",
  "Sistem Informasi Kesehatan Daerah generik untuk puskesmas dan dinas kesehatan", "", g="pk",
  u=True, dom="kes")
R("pk2", "prov-dki-jakarta", "ePuskesmas", "", "", g="pk", dom="kes")
R("pk3", "prov-jawa-tengah", "SIMPUS Kab. Banyumas", "",
  "rekam medis pasien puskesmas, LB1, resep", g="pk", dom="kes")
R("pk4", "prov-jawa-barat", "Primary Care Information System",
  "electronic records and reporting for community health centres (puskesmas) in the province", "",
  g="pk", dom="kes")

# -- rj: patient referral (national: SISRUTE)
R("rj1", "kemenkes", "SISRUTE", "Sistem Informasi Rujukan Terintegrasi antar fasilitas kesehatan", "",
  g="rj", u=True, dom="kes", url="https://sisrute.kemkes.go.id")
R("rj2", "prov-jawa-barat", "SIJARIEMAS", "Sistem Jejaring Rujukan Maternal dan Neonatal", "",
  g="rj", dom="kes")
R("rj3", "prov-sumatera-barat", "e-Rujukan Sumbar", "", "", g="rj", dom="kes")

# -- dp: school / student master data (national: Dapodik)
R("dp1", "kemendikbudristek", "Dapodik",
  "Data Pokok Pendidikan: satuan pendidikan, peserta didik, PTK", "", g="dp", u=True, dom="pdd",
  url="https://dapo.kemdikbud.go.id")
R("dp2", "kemenag", "EMIS", "Education Management Information System madrasah dan pesantren", "",
  g="dp", dom="pdd")
R("dp3", "prov-aceh", "SIMADE",
  "Sistem Informasi Manajemen Dayah: data dayah, santri dan teungku se-Aceh", "", g="dp", dom="pdd")
R("dp4", "prov-jawa-tengah", "Sistem Informasi Data Siswa SMA/SMK/SLB", "", "", g="dp", dom="pdd")
R("dp5", "prov-sulawesi-tenggara", "Data Pokok Sekolah Sultra",
  "profil sekolah dan rekap jumlah siswa per kabupaten", "", g="dp", dom="pdd")

# -- pd: school admissions
R("pd1", "prov-jawa-timur", "PPDB Jatim", "",
  "pendaftaran, seleksi zonasi/afirmasi/prestasi dan pengumuman SMA/SMK negeri", g="pd", dom="pdd")
R("pd2", "prov-dki-jakarta", "PPDB Online DKI", "", "", g="pd", dom="pdd")
R("pd3", "prov-sumatera-barat", "Penerimaan Peserta Didik Baru Sumbar",
  "seleksi online siswa baru jenjang SMA SMK SLB", "", g="pd", dom="pdd")
R("pd4", "kemenag", "PPDB Madrasah", "penerimaan siswa baru MI/MTs/MA negeri", "", g="pd", dom="pdd")
R("pd5", "prov-kalimantan-selatan", "SPMB Kalsel 2025",
  "Sistem Penerimaan Murid Baru (pengganti PPDB)", "", g="pd", dom="pdd", status="pengembangan",
  tahun=2025)

# -- dt: social-welfare / poverty registry (national: SIKS-NG / DTKS)
R("dt1", "kemensos", "SIKS-NG",
  "Sistem Informasi Kesejahteraan Sosial Next Generation untuk pengelolaan DTKS", "", g="dt",
  u=True, dom="sos")
R("dt2", "prov-jawa-tengah", "SIDAKEP Jateng", "",
  "verifikasi dan validasi data keluarga miskin by name by address", g="dt", dom="sos")
R("dt3", "prov-aceh", "Data Fakir Miskin Online", "", "", g="dt", dom="sos")
R("dt4", "prov-sulawesi-selatan", "Sipakatau",
  "pemutakhiran data terpadu kesejahteraan sosial di tingkat kabupaten", "", g="dt", dom="sos")
R("dt5", "prov-nusa-tenggara-timur", "Poverty Database NTT",
  "integrated registry of poor households used to target provincial aid", "", g="dt", dom="sos")
R("dt6", "kemenko-pm", "P3KE",
  "Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem: data keluarga miskin ekstrem by name by address",
  "", g="dt", dom="sos", tahun=2022)

# -- dk: population administration services (national: SIAK Terpusat)
R("dk1", "kemendagri", "SIAK Terpusat",
  "Sistem Informasi Administrasi Kependudukan terpusat Ditjen Dukcapil", "", g="dk", u=True,
  dom="duk")
R("dk2", "prov-jawa-timur", "KLAMPID New Generation", "",
  "permohonan KK, akta kelahiran, pindah datang secara daring (Surabaya)", g="dk", dom="duk")
R("dk3", "prov-sumatera-selatan", "LAMPID Online", "layanan lahir, mati, pindah, datang", "",
  g="dk", dom="duk")
R("dk4", "prov-papua-selatan", "e-Dukcapil Merauke", "", "", g="dk", dom="duk")
R("dk5", "prov-bali", "Civil Registration Online Denpasar",
  "online requests for family cards and birth/death certificates", "", g="dk", dom="duk")

# -- id: digital identity / citizen single sign-on (DPI)
R("id1", "kemendagri", "IKD (Identitas Kependudukan Digital)",
  "KTP digital di ponsel, diverifikasi data kependudukan", "", g="id", u=True, dom="duk",
  dpi="dpi-identitas-digital", tahun=2022)
R("id2", "ina-digital", "INApas", "", "single sign-on dan dompet identitas digital warga",
  g="id", u=True, dom="duk", dpi="dpi-identitas-digital", tahun=2024, url="")
R("id3", "prov-dki-jakarta", "Jakarta Single Sign-On Warga",
  "satu akun untuk seluruh layanan digital Pemprov DKI, verifikasi NIK", "", g="id", dom="duk")
R("id4", "prov-jawa-tengah", "SSO Warga Jateng", "",
  "login tunggal warga ke aplikasi layanan publik provinsi", g="id", dom="duk")

# -- sl: data exchange / interoperability (DPI: SPLP)
R("sl1", "komdigi", "SPLP",
  "Sistem Penghubung Layanan Pemerintah: gateway API untuk interoperabilitas layanan", "", g="sl",
  u=True, dom="tik", dpi="dpi-pertukaran-data")
R("sl2", "prov-jawa-timur", "API Gateway Jatim", "", "publish & consume API antar OPD", g="sl",
  dom="tik")
R("sl3", "kemenkeu", "Enterprise Service Bus Kemenkeu",
  "integration middleware for data exchange between Kemenkeu systems and other ministries", "",
  g="sl", dom="tik")
R("sl4", "prov-kalimantan-selatan", "Sistem Interoperabilitas Data Daerah", "", "", g="sl", dom="tik")

# -- pn: PNBP billing and payment (DPI payment: SIMPONI)
R("pn1", "kemenkeu", "SIMPONI", "Sistem Informasi PNBP Online: billing dan pembayaran PNBP", "",
  g="pn", u=True, dom="keu", dpi="dpi-pembayaran", url="https://www.simponi.kemenkeu.go.id")
R("pn2", "kemenhub", "e-PNBP Perhubungan Laut", "",
  "penerbitan kode billing tarif jasa kepelabuhanan", g="pn", dom="keu")
R("pn3", "kkp", "e-PNBP KKP", "pembayaran PNBP pungutan hasil perikanan secara online", "", g="pn",
  dom="keu")

# -- sm: motor-vehicle tax (samsat)
R("sm1", "prov-jawa-barat", "Sambara", "Samsat Mobile Jawa Barat: info & bayar PKB tahunan", "",
  g="sm", dom="pajak")
R("sm2", "prov-jawa-tengah", "Sakpole", "",
  "bayar pajak kendaraan bermotor lewat HP kapan saja (sakpole = kapan saja)", g="sm", dom="pajak")
R("sm3", "prov-sulawesi-selatan", "e-Samsat Sulsel", "", "", g="sm", dom="pajak")
R("sm4", "prov-bali", "Samsat Online Bali",
  "Online annual motor vehicle tax payment for Bali residents", "", g="sm", dom="pajak")

# -- bn: disaster incident reporting / data
R("bn1", "bnpb", "DIBI",
  "Data dan Informasi Bencana Indonesia: database kejadian bencana dan dampaknya", "", g="bn",
  dom="bencana", t="od")
R("bn2", "prov-sumatera-barat", "SIAGA Bencana Sumbar", "",
  "laporan cepat kejadian bencana oleh BPBD kab/kota", g="bn", dom="bencana")
R("bn3", "prov-jawa-tengah", "Lapor Bencana Jateng",
  "warga dan relawan melaporkan kejadian bencana beserta foto dan lokasi", "", g="bn", dom="bencana",
  t="adu")
R("bn4", "prov-sulawesi-tengah", "Disaster Incident Reporting System",
  "Pusdalops records incidents, casualties and damage", "", g="bn", dom="bencana")

# -- nk: job market (national: SIAPkerja)
R("nk1", "kemnaker", "SIAPkerja (Karirhub)",
  "Sistem Informasi dan Aplikasi Pelayanan Ketenagakerjaan: lowongan kerja dan pencari kerja", "",
  g="nk", u=True, dom="naker")
R("nk2", "prov-jawa-timur", "BKOL Disnakertrans Jatim", "Bursa Kerja Online", "", g="nk",
  dom="naker")
R("nk3", "prov-jawa-barat", "Jabar Job Portal", "",
  "pencocokan pencari kerja dan lowongan perusahaan, job fair virtual", g="nk", dom="naker")
R("nk4", "prov-kalimantan-timur", "Info Loker Kaltim", "", "", g="nk", dom="naker")
R("nk5", "prov-kepulauan-riau", "Kepri Career Center",
  "job vacancy portal connecting Batam industries with local job seekers; AK/1 card registration",
  "", g="nk", dom="naker")

# -- kp: cooperatives
R("kp1", "kemenkopukm", "ODS Koperasi",
  "Online Data System: pendataan koperasi dan NIK koperasi nasional", "", g="kp", u=True, dom="kop")
R("kp2", "prov-sumatera-barat", "SAKTI Sumbar",
  "Sistem Aplikasi Koperasi Terintegrasi: data keanggotaan, RAT dan kesehatan koperasi", "",
  g="kp", dom="kop", t="sakti")
R("kp3", "prov-jawa-tengah", "SIMPONI Kota Semarang", "",
  "monitoring koperasi: laporan RAT, pembinaan dan penilaian kesehatan KSP", g="kp", dom="kop",
  t="pn")
R("kp4", "prov-gorontalo", "Sistem Informasi Koperasi Gorontalo", "", "", g="kp", dom="kop")

# -- hg: staple-food price monitoring (national: SP2KP)
R("hg1", "kemendag", "SP2KP",
  "Sistem Pemantauan Pasar Kebutuhan Pokok: harga harian di pasar rakyat", "", g="hg", u=True,
  dom="dag")
R("hg2", "prov-jawa-timur", "Siskaperbapo", "harga harian bahan pokok di pasar kab/kota Jawa Timur",
  "", g="hg", dom="dag")
R("hg3", "prov-sumatera-utara", "Harga Pasar Harian Sumut", "", "", g="hg", dom="dag")
R("hg4", "kementan", "Monitoring Harga Komoditas Pertanian", "",
  "harga produsen dan konsumen cabai, bawang, beras", g="hg", dom="tani")
R("hg5", "prov-nusa-tenggara-barat", "Info Harga Sembako NTB",
  "daily prices of staple foods in traditional markets", "", g="hg", dom="dag")

# -- rh: uninhabitable-housing data (national: e-RTLH)
R("rh1", "kemenpupr", "e-RTLH", "pendataan rumah tidak layak huni nasional", "", g="rh", u=True,
  dom="rumah")
R("rh2", "prov-jawa-tengah", "Sistem Data RTLH Jateng", "",
  "verifikasi calon penerima bantuan stimulan perumahan swadaya", g="rh", dom="rumah")
R("rh3", "prov-nusa-tenggara-timur", "Database Rumah Tidak Layak Huni", "", "", g="rh", dom="rumah")

# -- lb: digital library lending (national: iPusnas)
R("lb1", "perpusnas", "iPusnas", "perpustakaan digital nasional, peminjaman e-book", "", g="lb",
  u=True, dom="pus")
R("lb2", "prov-dki-jakarta", "iJakarta", "", "", g="lb", dom="pus")
R("lb3", "prov-kalimantan-timur", "e-Pustaka Kaltim", "",
  "pinjam buku elektronik gratis untuk anggota perpustakaan daerah", g="lb", dom="pus")
R("lb4", "prov-aceh", "Aceh Digital Library",
  "Provincial library e-book lending app with virtual reading rooms", "", g="lb", dom="pus")

# -- nl: fishers / marine-business actors registry (national: KUSUKA)
R("nl1", "kkp", "KUSUKA",
  "Kartu Pelaku Usaha Kelautan dan Perikanan: basis data nelayan, pembudidaya, pengolah", "",
  g="nl", u=True, dom="kp")
R("nl2", "prov-maluku-utara", "Pendataan Nelayan Malut", "", "", g="nl", dom="kp")
R("nl3", "prov-sulawesi-utara", "SIMAN (Sistem Informasi Manajemen Nelayan)",
  "registrasi nelayan dan kapal di bawah 10 GT", "", g="nl", dom="kp", t="as")

# -- hw: animal-health surveillance (national: iSIKHNAS)
R("hw1", "kementan", "iSIKHNAS",
  "Sistem Informasi Kesehatan Hewan Nasional berbasis SMS dan web", "", g="hw", u=True, dom="tani")
R("hw2", "prov-nusa-tenggara-timur", "SIKH NTT", "",
  "laporan kasus penyakit hewan menular dan vaksinasi rabies", g="hw", dom="tani")
R("hw3", "prov-bali", "Laporan Penyakit Hewan Online Bali",
  "veterinary disease surveillance reporting by district animal health officers", "", g="hw",
  dom="tani")

# -- kh: forest and land fire monitoring (national: SiPongi)
R("kh1", "klhk", "SiPongi", "Sistem pemantauan karhutla: hotspot dan luas kebakaran hutan dan lahan",
  "", g="kh", u=True, dom="hut")
R("kh2", "prov-riau", "Sistem Monitoring Karhutla Riau", "",
  "pantau titik panas dan patroli pencegahan", g="kh", dom="hut")
R("kh3", "prov-kalimantan-tengah", "Hotspot Monitoring Kalteng",
  "near-real-time satellite hotspot alerts for peatland fire prevention", "", g="kh", dom="hut")

# -- hj: hajj administration (national: SISKOHAT)
R("hj1", "kemenag", "SISKOHAT", "Sistem Informasi dan Komputerisasi Haji Terpadu", "", g="hj",
  u=True, dom="agama")
R("hj2", "prov-aceh", "Sistem Informasi Haji Aceh", "", "pendataan jemaah, kloter, embarkasi Aceh",
  g="hj", dom="agama")
R("hj3", "prov-nusa-tenggara-barat", "Aplikasi Pendataan Jemaah Haji Lombok Tengah", "", "", g="hj",
  dom="agama")

# -- pr: tourism destination portals
R("pr1", "kemenparekraf", "Indonesia.travel", "portal promosi pariwisata nasional Wonderful Indonesia",
  "", g="pr", dom="par")
R("pr2", "prov-di-yogyakarta", "Visiting Jogja", "",
  "informasi destinasi, event, akomodasi dan e-ticket objek wisata", g="pr", dom="par")
R("pr3", "prov-nusa-tenggara-timur", "SIPD NTT (Sistem Informasi Pariwisata Daerah)",
  "informasi destinasi dan promosi pariwisata NTT", "", g="pr", dom="par", t="sipd")
R("pr4", "prov-sumatera-barat", "Pesona Sumbar",
  "Tourism portal of West Sumatra: attractions, culinary, events", "", g="pr", dom="par")

# Cross-traps among group members (a member of one group that looks like another group).
for r in ROWS:
    if r["key"] == "sipd2":
        r["t"] = ("as",)
    if r["key"] == "as2":
        r["t"] = ("sipd",)
    if r["key"] == "ds1":
        r["t"] = ("sipd",)
    if r["key"] == "dp3":
        r["t"] = ("ds",)
    if r["key"] == "id1":
        r["t"] = ("dk",)
    if r["key"] == "rp1":
        r["t"] = ("od",)
    if r["key"] == "rt1":
        r["t"] = ("ge",)
    if r["key"] == "ge1":
        r["t"] = ("rt",)

# ============================================================================================
# TRAPS outside any group and other stand-alone rows
# ============================================================================================
R("x01", "prov-banten", "e-Kelurahan Tangerang",
  "Permohonan surat keterangan domisili, usaha, tidak mampu dari kelurahan secara online", "",
  t="off", dom="yanlik")
R("x02", "prov-sulawesi-tenggara", "Email Dinas @sultraprov.go.id", "",
  "layanan surat elektronik (mail server) untuk pegawai", t="off", dom="tik")
R("x03", "kemlu", "Peduli WNI - Lapor Diri",
  "Pelaporan keberadaan WNI di luar negeri kepada Perwakilan RI", "", t="adu", dom="lu")
R("x04", "kemenkeu", "Lapor SPT (e-Filing)", "", "penyampaian SPT Tahunan PPh secara elektronik",
  t="adu", dom="pajak")
R("x05", "kemendag", "SIMPKTN",
  "Sistem Informasi Perlindungan Konsumen: pengaduan konsumen atas produk dan pelaku usaha", "",
  t="adu", dom="dag")
R("x06", "kominfo", "AduanKonten", "pelaporan konten negatif dan hoaks di internet oleh masyarakat",
  "", t="adu", dom="kom")
R("x07", "kemenkes", "GOL (Gratifikasi Online)", "",
  "pelaporan penerimaan/penolakan gratifikasi oleh pegawai kepada UPG", t="wbs", dom="was")
R("x08", "kemenpanrb", "SiHarka",
  "Sistem Informasi Harta Kekayaan ASN untuk penyampaian LHKASN", "", t="wbs", dom="was")
R("x09", "kemenhub", "Tracer Study Alumni Poltektrans",
  "kuesioner online keterserapan lulusan sekolah transportasi", "", t="skm", dom="pdd")
R("x10", "kemenkes", "SISDMK",
  "Sistem Informasi SDM Kesehatan: registrasi dan pemetaan tenaga kesehatan di fasyankes se-Indonesia",
  "", t="peg", dom="kes")
R("x11", "bkn", "SSCASN", "Sistem Seleksi Calon ASN", "pendaftaran dan seleksi CPNS/PPPK nasional",
  t=("peg", "nk"), u=True, dom="apar", url="https://sscasn.bkn.go.id")
R("x12", "lan", "SIDIKLAT", "",
  "pendaftaran peserta, penjadwalan widyaiswara dan sertifikat pelatihan klasikal Latsar/PKA",
  t=("lrn", "peg"), dom="apar")
R("x13", "kemenpanrb", "e-Formasi", "usulan kebutuhan formasi ASN instansi pusat dan daerah", "",
  t="peg", dom="apar")
R("x14", "prov-jawa-barat", "Dashboard Kinerja Pembangunan",
  "visualisasi capaian indikator RPJMD untuk Gubernur", "", t=("kin", "sak"), dom="ren")
R("x15", "kemenkeu", "SMART DJA", "",
  "pengukuran kinerja anggaran K/L (capaian output dan efisiensi)", t=("kin", "sakti"), dom="keu")
R("x16", "kementerian-bumn", "Sistem Informasi Kinerja BUMN",
  "KPI and financial performance reporting of state-owned enterprises", "", t="kin", dom="ind")
R("x17", "prov-banten", "Presensi Siswa Digital",
  "absensi siswa SMA/SMK negeri dengan kartu RFID, notifikasi ke orang tua", "", t=("abs", "dp"),
  dom="pdd")
R("x18", "kemenko-perekonomian", "e-Rapat", "",
  "undangan rapat koordinasi, daftar hadir peserta via QR, notulen", t="abs", dom="sekr")
R("x19", "bsn", "SIAP-KAN",
  "Sistem Informasi Akreditasi Lembaga Penilaian Kesesuaian (KAN)", "", t="abs", dom="ind")
R("x20", "prov-jambi", "Info Upah Minimum",
  "publikasi UMP/UMK dan struktur skala upah", "", t="gaj", dom="naker")
R("x21", "kemendikbudristek", "Rumah Belajar",
  "portal pembelajaran untuk siswa dan guru PAUD sampai SMA", "", t=("lrn", "dp"), dom="pdd",
  url="https://belajar.kemdikbud.go.id")
R("x22", "prov-bali", "KRISNA Bali",
  "Katalog online produk kerajinan dan UMKM binaan Dekranasda", "", t=("kri", "ek"), dom="kop")
R("x23", "kemenkeu", "SPAN", "Sistem Perbendaharaan dan Anggaran Negara",
  "pencairan dana, manajemen kas dan akuntansi pemerintah pusat", t="sakti", u=True, dom="keu",
  tahun=2015)
R("x24", "kemenkeu", "MPN G3", "Modul Penerimaan Negara generasi 3", "",
  t=("pn", "sakti"), u=True, dom="keu", dpi="dpi-pembayaran")
R("x25", "prov-lampung", "CMS Bank Lampung",
  "Cash Management System: transfer non tunai dari RKUD ke rekening pihak ketiga", "", t="sipd",
  dom="keu")
R("x26", "prov-jawa-tengah", "SIMADES",
  "Sistem Informasi Manajemen Desa: data penduduk desa dan layanan surat di kantor desa", "",
  t=("ds", "dp"), dom="desa")
R("x27", "kemendes-pdtt", "IDM (Indeks Desa Membangun)", "",
  "pengukuran status perkembangan desa tiap tahun", t="ds", dom="desa")
R("x28", "kemenkeu", "Lelang Indonesia",
  "lelang eksekusi dan lelang barang milik negara oleh KPKNL", "", t="sp", dom="aset",
  url="https://lelang.go.id")
R("x29", "prov-kepulauan-riau", "e-Lelang Ikan TPI", "",
  "pelelangan hasil tangkapan nelayan di tempat pelelangan ikan", t=("sp", "nl"), dom="kp")
R("x30", "perpusnas", "Katalog Induk Nasional",
  "union catalogue of Indonesian library collections", "", t="ek", dom="pus")
R("x31", "lkpp", "SIKaP", "Sistem Informasi Kinerja Penyedia",
  "registrasi, verifikasi dan penilaian kinerja penyedia barang/jasa", t=("ru", "sp"), dom="pbj")
R("x32", "kemenpupr", "IRMS",
  "Integrated Road Management System: kondisi dan program penanganan jalan nasional", "", t="as",
  dom="pu")
R("x33", "komdigi", "SiCantik Cloud", "",
  "aplikasi perizinan non-berusaha untuk DPMPTSP daerah", t="os", u=True, dom="izin")
R("x34", "kementerian-investasi", "LKPM Online",
  "Laporan Kegiatan Penanaman Modal berkala oleh pelaku usaha", "", t="os", dom="izin")
R("x35", "kkp", "SILAT", "Sistem Informasi Izin Layanan Cepat perizinan kapal penangkap ikan", "",
  t=("os", "nl"), dom="kp")
R("x36", "bmkg", "InfoBMKG", "", "prakiraan cuaca, gempa dan peringatan dini untuk publik",
  t="pp", dom="info")
R("x37", "prov-gorontalo", "Website Resmi Pemprov Gorontalo", "", "", t="pp", dom="kom")
R("x38", "komdigi", "PDN (Pusat Data Nasional)",
  "fasilitas pusat data bersama untuk hosting aplikasi instansi", "", t="od", dom="tik")
R("x39", "kemendikbudristek", "SINTA", "Science and Technology Index: indexing of researchers and journals",
  "", t="rp", dom="riset")
R("x40", "prov-sumatera-utara", "Peta Sebaran Sekolah", "",
  "menampilkan lokasi sekolah di peta untuk zonasi", t=("ge", "dp"), dom="pdd")
R("x41", "kemenpupr", "SIPASI",
  "Sistem Informasi Pengelolaan Aset Irigasi: inventarisasi dan kondisi jaringan irigasi", "",
  t=("ge", "as"), dom="pu")
R("x42", "kemenkumham", "e-Harmonisasi", "",
  "pengharmonisasian rancangan peraturan perundang-undangan", t="jd", dom="hukum")
R("x43", "prov-sulawesi-selatan", "SIDBANKUM Sulsel",
  "Sistem informasi bantuan hukum bagi masyarakat miskin", "", t="jd", dom="hukum")
R("x44", "kemenkeu", "Kring Pajak", "contact centre untuk wajib pajak (1500200)", "", t="hd",
  dom="pajak")
R("x45", "kemenhub", "Mudik Gratis", "pendaftaran tiket mudik gratis angkutan lebaran", "",
  t="hd", dom="hub")
R("x46", "bssn", "Gov-CSIRT Lapor Insiden", "",
  "pelaporan dan penanganan insiden siber instansi pemerintah", t=("hd", "adu"), dom="tik")
R("x47", "prov-jawa-tengah", "SMS Gateway Dinkes", "",
  "pengingat jadwal imunisasi anak lewat SMS", t=("rs", "pk"), dom="kes")
R("x48", "kemenkes", "SATUSEHAT",
  "Platform interoperabilitas data kesehatan nasional", "", t="rs", u=True, dom="kes",
  url="https://satusehat.kemkes.go.id")
R("x49", "kemenkes", "SIRANAP", "Sistem Informasi Ketersediaan Tempat Tidur rumah sakit", "",
  t=("rs", "rj"), dom="kes")
R("x50", "prov-sulawesi-tenggara", "Sistem Informasi Posyandu",
  "pencatatan penimbangan balita dan kegiatan posyandu", "", t="pk", dom="kes")
R("x51", "bps", "SIRuSa", "Sistem Informasi Rujukan Statistik: konsep, definisi, klasifikasi", "",
  t="rj", dom="stat")
R("x52", "prov-di-yogyakarta", "PSC 119 Sleman", "",
  "panggilan gawat darurat medis dan pengiriman ambulans", t="rj", dom="kes")
R("x53", "prov-di-yogyakarta", "Kantin Sehat Sekolah",
  "pemesanan makanan kantin sekolah non tunai", "", t="dp", dom="pdd")
R("x54", "kemendikbudristek", "Rapor Pendidikan",
  "laporan mutu satuan pendidikan dari hasil asesmen nasional", "", t="dp", dom="pdd")
R("x55", "kemendikbudristek", "SNPMB", "Seleksi Nasional Penerimaan Mahasiswa Baru", "", t="pd",
  dom="pdd")
R("x56", "prov-papua-tengah", "Aplikasi Mobile Beasiswa Otsus", "",
  "pendaftaran beasiswa otonomi khusus bagi mahasiswa asli Papua", t="pd", dom="pdd")
R("x57", "prov-jawa-barat", "Jabar Bansos Tracking",
  "melacak penyaluran paket bantuan sosial sampai diterima warga", "", t="dt", dom="sos")
R("x58", "kemenpppa", "SIMFONI-PPA",
  "Sistem Informasi Online Perlindungan Perempuan dan Anak: pencatatan kasus kekerasan", "", t="dt",
  dom="sos")
R("x59", "bkkbn", "SIGA", "Sistem Informasi Keluarga (pendataan keluarga dan KB)", "", t="dk",
  dom="sos")
R("x60", "prov-papua-pegunungan", "SIOAP", "",
  "verifikasi status Orang Asli Papua untuk program afirmasi", t="dk", dom="duk")
R("x61", "bssn", "BSrE", "Balai Sertifikasi Elektronik: sertifikat dan tanda tangan elektronik", "",
  t="id", dom="tik")
R("x62", "kemenkeu", "INSW", "Indonesia National Single Window untuk dokumen ekspor-impor", "",
  t="sl", dom="dag")
R("x63", "prov-jawa-timur", "SMS Gateway PBB Sidoarjo", "",
  "pengingat jatuh tempo PBB-P2 ke wajib pajak", t="sm", dom="pajak")
R("x64", "kemenhub", "BLUe", "Bukti Lulus Uji elektronik kendaraan bermotor (uji KIR)", "", t="sm",
  dom="hub")
R("x65", "bnpb", "InaRISK", "portal kajian risiko bencana", "", t="bn", u=True, dom="bencana")
R("x66", "prov-jambi", "SMS Gateway", "", "kirim jadwal manasik dan keberangkatan ke jemaah haji",
  t="hj", dom="agama")
R("x67", "prov-dki-jakarta", "Pantau Banjir",
  "tinggi muka air pintu air dan pos pantau secara real time", "", t="bn", dom="bencana")
R("x68", "kemnaker", "WLKP", "Wajib Lapor Ketenagakerjaan di Perusahaan", "", t="nk", dom="naker")
R("x69", "prov-nusa-tenggara-barat", "LTSA PMI NTB",
  "layanan terpadu satu atap penempatan pekerja migran", "", t="nk", dom="naker")
R("x70", "prov-jawa-timur", "SI-UMKM", "", "pendataan usaha mikro kecil binaan dinas",
  t="kp", dom="kop")
R("x71", "kemenko-pangan", "Neraca Pangan",
  "dashboard ketersediaan dan kebutuhan pangan strategis nasional", "", t="hg", dom="tani")
R("x72", "prov-sumatera-utara", "e-Retribusi Pasar Medan", "",
  "penagihan retribusi los dan kios pasar", t="hg", dom="pajak")
R("x73", "kemenpupr", "SiKasep", "pengajuan KPR subsidi (FLPP)", "", t="rh", dom="rumah")
R("x74", "perpusnas", "INLISLite", "", "otomasi perpustakaan: katalogisasi, sirkulasi, keanggotaan",
  t="lb", u=True, dom="pus")
R("x75", "prov-dki-jakarta", "Jakarta Fire Command Center",
  "pengendalian operasi pemadaman kebakaran dan penyelamatan di DKI", "", t="kh", dom="damkar")
R("x76", "kemenag", "SIMKAH", "Sistem Informasi Manajemen Nikah", "", t="hj", dom="agama")
R("x77", "prov-bali", "Love Bali", "pungutan wisatawan asing (tourist levy)", "", t="pr", dom="par")
R("x78", "kemenparekraf", "Sertifikasi CHSE", "",
  "sertifikasi kebersihan, kesehatan, keselamatan usaha pariwisata", t="pr", dom="par")
R("x79", "prov-sumatera-selatan", "Dashboard Covid-19 Sumsel",
  "", "kasus harian, vaksinasi, keterisian RS rujukan covid", t=("od", "rj"), dom="kes",
  status="tidak aktif", tahun=2020)
R("x80", "kemenkumham", "AHU Online",
  "pendaftaran badan hukum: PT, yayasan, perkumpulan, fidusia", "", t="os", dom="hukum")
R("x81", "kominfo", "e-Licensing SDPPI", "", "perizinan spektrum frekuensi radio", t="os",
  dom="kom")
R("x82", "kemenhub", "SPIONAM", "Sistem Perizinan Online Angkutan Darat dan Multimoda", "",
  t="os", dom="hub")
R("x83", "bapeten", "B@LIS", "perizinan pemanfaatan tenaga nuklir", "", t="os", dom="esdm")
R("x84", "kemendikbudristek", "Registrasi Nasional Cagar Budaya", "",
  "pendaftaran dan penetapan cagar budaya", t="pb", dom="bud")
R("x85", "kesdm", "MAGMA Indonesia", "Multiplatform Application for Geohazard Mitigation and Assessment",
  "", t="bn", dom="esdm")
R("x86", "kemenko-pmk", "Dashboard Stunting",
  "konvergensi percepatan penurunan stunting lintas K/L", "", t="pk", dom="kes")
R("x87", "prov-kalimantan-selatan", "Sistem Informasi Ormas", "",
  "pendaftaran organisasi kemasyarakatan di Kesbangpol", t="kp", dom="dn")
# stand-alone rows (no trap intent)
R("s01", "atr-bpn", "Sentuh Tanahku", "info berkas layanan pertanahan, lokasi bidang tanah", "",
  dom="tanah")
R("s02", "atr-bpn", "HT-el", "Hak Tanggungan Elektronik", "", dom="tanah")
R("s03", "kesdm", "MODI", "Minerba One Data Indonesia", "", dom="esdm")
R("s04", "klhk", "AMDALNET", "", "persetujuan lingkungan (AMDAL, UKL-UPL) secara elektronik",
  dom="lh")
R("s05", "klhk", "SIPUHH", "Sistem Informasi Penatausahaan Hasil Hutan", "", dom="hut")
R("s06", "kemenperin", "SIINas", "Sistem Informasi Industri Nasional", "", dom="ind")
R("s07", "kemenkeu", "CEISA", "", "customs declaration processing (import/export)", dom="pajak")
R("s08", "bnn", "SIN (Sistem Informasi Narkoba)", "", "", dom="tib")
R("s09", "bnpt", "Sistem Informasi Deradikalisasi", "", "pendataan dan pembinaan mitra deradikalisasi",
  dom="tib")
R("s10", "bakamla", "IMIC", "Indonesia Maritime Information Centre", "", dom="han")
R("s11", "kemhan", "Sistem Informasi Komponen Cadangan", "", "", dom="han")
R("s12", "kemensetneg", "Sistem Informasi Tanda Kehormatan",
  "usulan dan verifikasi penerima tanda jasa dan tanda kehormatan", "", dom="sekr")
R("s13", "lan", "IKK Online", "Indeks Kualitas Kebijakan: penilaian kualitas kebijakan instansi",
  "", dom="org")
R("s14", "kemenpora", "SIDO Keolahragaan", "", "data atlet, pelatih dan prestasi olahraga",
  dom="pora")
R("s15", "kemendikbudristek", "BIMA", "Basis Informasi Penelitian dan Pengabdian kepada Masyarakat",
  "", dom="riset")
R("s16", "kementan", "e-RDKK", "",
  "Rencana Definitif Kebutuhan Kelompok tani untuk alokasi pupuk bersubsidi", dom="tani")
R("s17", "kementan", "SIMLUHTAN", "Sistem Informasi Manajemen Penyuluhan Pertanian", "", dom="tani")
R("s18", "bpom", "e-Registration Pangan Olahan", "", "pendaftaran izin edar pangan olahan",
  dom="kes")
R("s19", "bps", "Romantik Online", "Rekomendasi kegiatan statistik sektoral", "", dom="stat")
R("s20", "kemenag", "SIMAS", "Sistem Informasi Masjid", "", dom="agama")
R("s21", "kemenko-polhukam", "Monitoring Kerawanan Pemilu", "",
  "pemetaan kerawanan dan gangguan keamanan menjelang pemilu/pilkada", dom="dn")
R("s22", "prov-riau", "Satpol PP Online Pekanbaru", "laporan patroli dan penertiban ketertiban umum",
  "", dom="tib")
R("s23", "prov-papua-barat-daya", "SIM PDAM Tirta Sorong", "", "tagihan rekening air pelanggan",
  dom="pu")
R("s24", "prov-di-yogyakarta", "Bank Sampah Online", "tabungan sampah warga", "", dom="lh")
R("s25", "kemenko-marves", "Marine Debris Monitoring",
  "monitoring of marine plastic debris survey results", "", dom="lh")
R("s26", "kemenko-ipk", "Monitoring Proyek Infrastruktur Kewilayahan", "", "", dom="pu")
R("s27", "kemenko-polkam", "Sistem Penanganan Isu Strategis",
  "pelaporan dan koordinasi isu politik keamanan", "", dom="dn")
R("s28", "kemenko-kumham-imipas", "Dashboard Koordinasi Pemasyarakatan",
  "kapasitas hunian lapas dan rutan", "", dom="hukum")
R("s29", "bpip", "SIPIP", "", "pendataan peserta dan kegiatan pembinaan ideologi Pancasila",
  dom="bud")
R("s30", "basarnas", "SIMASAR", "Sistem Informasi Manajemen Operasi SAR", "", dom="bencana")


# Function column filled in later by a second clerk at some agencies (kept in a separate table
# so the row definitions above stay readable).
FUNGSI_EXTRA = {
    "off3": "registrasi naskah, disposisi, paraf dan TTE",
    "off8": "routing of incoming and outgoing mail",
    "ars3": "layanan penelusuran arsip statis daerah",
    "adu2": "penanganan aduan",
    "adu3": "menampung pertanyaan dan keluhan warga, jawaban dari OPD",
    "adu6": "complaint intake, disposition, feedback",
    "wbs2": "pelaporan pelanggaran",
    "skm1": "kuesioner 9 unsur pelayanan, rekap IKM",
    "skm3": "survei persepsi",
    "peg5": "kepegawaian",
    "peg6": "HR administration",
    "peg9": "administrasi kepegawaian, usul kenaikan pangkat",
    "kin4": "input aktivitas harian, validasi atasan",
    "abs2": "absensi",
    "abs3": "kehadiran pegawai",
    "abs6": "presensi",
    "sak3": "pelaporan kinerja instansi",
    "gaj1": "penggajian",
    "gaj3": "salary computation and transfer",
    "lrn1": "kursus daring, sertifikat JP",
    "lrn4": "learning management",
    "kri3": "perencanaan anggaran",
    "st5": "keuangan satker",
    "sipd3": "perencanaan anggaran daerah",
    "sipd4": "penatausahaan keuangan, SP2D, akuntansi",
    "sipd7": "financial management",
    "ds2": "APBDes",
    "sp2": "pengadaan barang/jasa secara elektronik",
    "sp6": "procurement",
    "ek3": "belanja sekolah secara daring dari penyedia terverifikasi",
    "as5": "inventarisasi BMN",
    "as6": "asset register",
    "os3": "licensing",
    "pb2": "perizinan bangunan",
    "pp2": "pelayanan informasi publik",
    "pp5": "PPID",
    "od2": "open data",
    "od5": "satu data",
    "rp3": "repositori kajian",
    "ge4": "peta tematik kelautan",
    "ge5": "integrasi data spasial",
    "jd4": "dokumentasi produk hukum",
    "hd2": "helpdesk TI",
    "rs3": "hospital management",
    "rs5": "pelayanan pasien rawat jalan dan rawat inap",
    "pk4": "puskesmas records",
    "dp2": "pendataan madrasah, siswa, guru",
    "dp3": "pendataan lembaga pendidikan dayah",
    "pd3": "PPDB",
    "dt4": "verval DTKS",
    "dt5": "targeting data",
    "dk3": "pelayanan adminduk",
    "dk5": "adminduk",
    "id1": "identitas digital penduduk, autentikasi layanan",
    "sl3": "ESB / API management",
    "pn3": "billing PNBP",
    "sm1": "pembayaran PKB",
    "sm4": "e-samsat",
    "bn3": "pelaporan kejadian bencana",
    "bn4": "incident logging",
    "nk5": "job matching",
    "kp2": "pendataan koperasi",
    "hg2": "pemantauan harga bahan pokok",
    "hg5": "price monitoring",
    "lb4": "digital library",
    "nl1": "registrasi pelaku usaha KP, kartu KUSUKA",
    "nl3": "pendataan nelayan",
    "hw3": "surveilans penyakit hewan",
    "kh3": "hotspot monitoring",
    "pr1": "promosi destinasi",
    "pr4": "informasi pariwisata",
    "x01": "surat keterangan",
    "x03": "lapor diri WNI, informasi perlindungan",
    "x05": "pengaduan konsumen",
    "x09": "tracer study",
    "x13": "perencanaan formasi",
    "x16": "monitoring kinerja BUMN",
    "x22": "katalog produk kerajinan",
    "x39": "indexing researchers",
    "x54": "rapor mutu sekolah",
    "x58": "pencatatan dan pelaporan kasus kekerasan",
    "x62": "single window ekspor impor",
    "x65": "kajian risiko bencana",
    "x67": "pemantauan tinggi muka air",
    "x73": "KPR subsidi",
    "s01": "informasi layanan pertanahan",
    "s06": "data industri",
    "s15": "pengelolaan hibah penelitian",
    "s19": "rekomendasi kegiatan statistik",
    "s20": "data masjid dan mushala",
    "s30": "operasi SAR",
}
for r in ROWS:
    if r["key"] in FUNGSI_EXTRA:
        assert not r["fungsi"], r["key"]
        r["fungsi"] = FUNGSI_EXTRA.pop(r["key"])
assert not FUNGSI_EXTRA, FUNGSI_EXTRA

# --------------------------------------------------------------------------------------------
# PROPOSALS (requests for new applications)
# --------------------------------------------------------------------------------------------
PROPOSALS = [
    ("Aplikasi Surat Menyurat Dinas Kominfo Kab. Sumbawa",
     "Kami ingin surat masuk dari instansi lain dan disposisi kepala dinas tidak lagi pakai kertas dan map, bisa ditandatangani dan diteruskan dari HP.",
     ["off1", "off4"]),
    ("Kanal Keluhan Warga Kota",
     "Warga sering mengeluh lewat medsos soal jalan rusak, sampah dan pelayanan kelurahan. Perlu satu tempat menampung keluhan lalu diteruskan ke dinas terkait dan dipantau tindak lanjutnya.",
     ["adu1", "adu2"]),
    ("Sistem Pelaporan Pelanggaran Pegawai Inspektorat Prov. Sulteng",
     "Inspektorat butuh saluran rahasia supaya pegawai berani melaporkan atasan yang minta setoran atau pungli tanpa identitasnya ketahuan.",
     ["wbs5", "wbs2"]),
    ("Penilaian Layanan oleh Masyarakat di MPP",
     "Setelah dilayani, pemohon bisa memberi nilai puas/tidak puas dan saran; hasilnya dihitung jadi indeks tiap semester.",
     ["skm2", "skm4"]),
    ("SIMPEG Kabupaten Seram Bagian Barat",
     "BKPSDM mau membangun database pegawai sendiri: riwayat pangkat, jabatan, pendidikan, keluarga, cetak DRH.",
     ["peg1", "peg2"]),
    ("Aplikasi Laporan Kinerja Harian Pegawai",
     "Tiap pegawai mengisi target tahunan dan capaiannya, atasan menilai, hasilnya jadi predikat kinerja.",
     ["kin1"]),
    ("Absen Pakai Wajah dan Lokasi untuk Pegawai Balai",
     "kantor kami tersebar di pelosok, mesin sidik jari sering rusak. Mau absen dari HP pakai selfie dan titik lokasi kantor.",
     ["abs1", "abs4"]),
    ("Laporan Akuntabilitas Kinerja Perangkat Daerah",
     "Bagian Organisasi perlu aplikasi untuk menyusun perjanjian kinerja, IKU dan LKjIP tiap OPD lalu dievaluasi.",
     ["sak1"]),
    ("Hitung Gaji dan Potongan PNS Daerah",
     "BPKAD minta aplikasi untuk menghitung gaji bulanan, tunjangan keluarga, potongan iuran, dan mencetak daftar gaji serta slip.",
     ["gaj1", "gaj4"]),
    ("Kelas Online Pengembangan Kompetensi ASN Kaltara",
     "BPSDMD ingin pegawai bisa ikut kursus daring mandiri, ada video, kuis dan sertifikat JP.",
     ["lrn1", "lrn4"]),
    ("Pembukuan dan SPM Satker BNN Provinsi",
     "Satker vertikal kami masih pakai excel untuk membuat SPM, buku kas bendahara dan laporan realisasi DIPA.",
     ["st1"]),
    ("Aplikasi Penyusunan APBD dan Musrenbang",
     "Bappeda dan BPKAD Kab. Asmat butuh satu aplikasi dari usulan musrenbang sampai APBD dan laporan realisasinya.",
     ["sipd1"]),
    ("Aplikasi Keuangan untuk 200 Desa",
     "DPMD ingin semua desa menyusun APBDes, mencatat kas dan melaporkan pemakaian dana desa secara seragam.",
     ["ds1"]),
    ("Tender Online Pekerjaan Konstruksi",
     "UKPBJ kabupaten mau lelang paket pekerjaan secara online supaya penawaran penyedia masuk elektronik dan transparan.",
     ["sp1", "sp2"]),
    ("Belanja Produk Lokal oleh OPD",
     "Pemprov ingin OPD bisa langsung membeli produk UMKM lokal yang sudah terdaftar harga dan spesifikasinya tanpa tender.",
     ["ek1", "ek2"]),
    ("Inventaris Barang Milik Negara Kantor Wilayah",
     "Kanwil kami perlu mencatat semua barang milik negara, mutasi antar ruangan, penyusutan dan usulan penghapusan.",
     ["as1", "as5"]),
    ("Layanan Izin Usaha untuk Investor Kab. Halmahera",
     "DPMPTSP ingin pelaku usaha bisa mengurus nomor induk berusaha dan izin usahanya sendiri secara online.",
     ["os1"]),
    ("Permohonan Izin Bangun Rumah dan Ruko Online",
     "Dinas PUPR Kota Bitung mau warga bisa ajukan persetujuan bangunan dan sertifikat laik fungsi tanpa datang ke kantor.",
     ["pb1"]),
    ("Permintaan Data dan Dokumen Publik oleh Warga",
     "Warga dan LSM sering minta salinan dokumen anggaran. Kami butuh aplikasi untuk mencatat permintaan, batas waktu jawaban dan keberatan.",
     ["pp2", "pp1"]),
    ("Portal Data Sektoral Provinsi Kalteng",
     "Diskominfo ingin tiap OPD mengunggah dataset sektoral supaya publik bisa unduh dalam format terbuka.",
     ["od1", "od3"]),
    ("Berbagi Peta Tematik antar OPD",
     "Bappeda punya banyak shapefile dari dinas-dinas, ingin ditampilkan dan dibagi pakai dalam satu portal peta.",
     ["ge1", "ge2"]),
    ("Kumpulan Perda dan Pergub Online",
     "Biro Hukum Prov. Papua Tengah butuh website untuk mempublikasikan perda, pergub dan SK supaya mudah dicari masyarakat.",
     ["jd1", "jd4"]),
    ("Aplikasi RS Daerah Tipe C",
     "RSUD baru kami perlu sistem pendaftaran pasien, rekam medis elektronik, farmasi, kasir dan klaim BPJS.",
     ["rs1"]),
    ("Rujukan Ibu Hamil Risiko Tinggi",
     "Bidan desa kesulitan mencari RS yang siap menerima pasien gawat; perlu aplikasi untuk mengirim pasien dan konfirmasi RS tujuan.",
     ["rj1", "rj2"]),
    ("Pendaftaran Siswa Baru SMA Negeri",
     "Disdik Prov. Maluku butuh pendaftaran online jalur zonasi, afirmasi dan prestasi, sampai pengumuman hasil seleksi.",
     ["pd1", "pd3"]),
    ("Data Keluarga Miskin by Name by Address",
     "Dinsos kabupaten mau memutakhirkan daftar keluarga miskin sebagai dasar penerima bantuan.",
     ["dt1"]),
    ("Satu Akun untuk Semua Layanan Warga",
     "Warga kami harus bikin akun baru di tiap aplikasi pemda. Kami mau login sekali pakai identitas kependudukan yang terverifikasi.",
     ["id2", "id1"]),
    ("Integrasi Data antar Aplikasi OPD",
     "aplikasi dinas-dinas tidak saling terhubung, data diinput ulang. perlu jembatan layanan antar sistem supaya bisa saling tarik data.",
     ["sl1"]),
    ("Pantauan Harga Sembako Harian Kab. Bima",
     "Disperindag ingin petugas pasar menginput harga beras, cabai, minyak goreng tiap hari dan pimpinan bisa lihat grafiknya.",
     ["hg1", "hg5"]),
    ("Vaksinasi Rabies Anjing dan Laporan Gigitan",
     "Distannak Bali perlu mencatat vaksinasi anjing per banjar dan laporan kasus gigitan hewan penular rabies.",
     ["hw1", "hw3"]),
    # ---- novel needs (nothing in the inventory serves them)
    ("SAKTI - Sistem Antrean Kunjungan Tahanan",
     "Keluarga warga binaan bisa daftar jadwal kunjungan lapas secara online supaya antrean di pintu lapas tidak menumpuk.",
     []),
    ("SRIKANDI Remaja",
     "Pencatatan minum tablet tambah darah oleh remaja putri di sekolah tiap minggu untuk cegah anemia.",
     []),
    ("Lapor Garam",
     "Petambak garam melaporkan produksi dan stok garam rakyat per musim ke dinas kelautan kabupaten.",
     []),
    ("Lampu Lalu Lintas Adaptif",
     "Dishub Kota Pekanbaru ingin durasi lampu merah di simpang menyesuaikan panjang antrean kendaraan otomatis dari kamera.",
     []),
    ("Sistem Informasi Pemakaman Umum",
     "Pemesanan petak makam, perpanjangan izin tumpang dan peta blok TPU milik pemkot.",
     []),
    ("Pesan Juru Bahasa Isyarat",
     "Penyandang disabilitas rungu bisa memesan juru bahasa isyarat untuk mendampingi saat mengurus layanan di kantor pemerintah.",
     []),
    ("Monitoring Getaran Jembatan",
     "Sensor dipasang di jembatan panjang untuk mendeteksi getaran dan lendutan berlebih, kirim peringatan ke balai.",
     []),
    ("SIPLAH - Sistem Informasi Plasma Nutfah Padi Lokal",
     "Mendokumentasikan varietas padi lokal, asal benih dan karakteristiknya sebelum punah.",
     []),
    ("e-Voting Pemilihan Ketua RT/RW",
     "warga memilih ketua RT/RW lewat HP dengan verifikasi KK, hasil langsung direkap.",
     []),
    ("Pelacakan Orangutan Rehabilitasi",
     "Data individu orangutan di pusat rehabilitasi dan pelacakan pasca pelepasliaran dengan GPS collar.",
     []),
    ("Pendataan Pohon Peneduh Kota",
     "Dinas Lingkungan Hidup mau mencatat tiap pohon peneduh di jalan, umur, kondisi dan risiko tumbang saat musim angin.",
     []),
    ("SIMPONI Sanggar",
     "Jadwal latihan, pementasan dan peminjaman alat gamelan untuk sanggar seni binaan Dinas Kebudayaan.",
     []),
    ("Distribusi Air Bersih Truk Tangki",
     "Saat kemarau BPBD mengirim truk tangki air ke desa kering; perlu melacak posisi truk dan jadwal pengantaran per dusun.",
     []),
    ("Aplikasi Mobile Kualitas Udara Sekolah",
     "Sensor PM2.5 di halaman sekolah, orang tua dan guru bisa lihat kualitas udara dan saran aktivitas luar ruang.",
     []),
    ("Helpdesk Konseling Kesehatan Jiwa ASN",
     "Pegawai bisa curhat dan konsultasi psikolog secara rahasia lewat chat bila stres atau burnout.",
     []),
]

# ============================================================================================
# BUILD
# ============================================================================================
rng = random.Random(SEED)


def mess(code):
    """Make a code look like real inventory data sometimes."""
    x = rng.random()
    if x < 0.10:
        return code.lower() if rng.random() < 0.5 else code[:3].capitalize() + code[3:]
    if x < 0.15:
        return code.replace(".", ". ", 1)
    if x < 0.23:
        parts = code.split(".")
        return ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])
    if x < 0.28:
        return code[:-1] if len(code) > 9 else code + "."
    if x < 0.31:
        return " " + code
    return code


def deepen(base, maxextra, minextra=0):
    code = base
    for _ in range(rng.randint(minextra, maxextra)):
        code += ".%02d" % rng.randint(1, 12)
    return code


def codes(r):
    rab_base, ral_base = DOM[r["dom"]]
    out = {}
    # RAB
    if rng.random() < 0.34:
        out["kode_rab"] = ""
    else:
        c = mess(deepen(rab_base, 3))
        if rng.random() < 0.08:
            c += ";" + deepen(rng.choice(list(DOM.values()))[0], 2, 1)
        out["kode_rab"] = c
    # RAL
    if rng.random() < 0.34:
        out["kode_ral"] = ""
    else:
        c = mess(deepen(ral_base, 3))
        if rng.random() < 0.07:
            c += "; " + deepen(ral_base, 3, 1)
        out["kode_ral"] = c
    # RAA
    if rng.random() < 0.33:
        out["kode_raa"] = ""
    else:
        public = r["dom"] not in ADMIN_DOMS
        if r["u"]:
            base = "RAA.01.01" if public else "RAA.01.02"
        else:
            base = "RAA.02.01" if rng.random() < 0.5 else "RAA.02.02"
        c = mess(deepen(base, 2))
        if rng.random() < 0.05:
            c += ";" + deepen("RAA.02.02", 2, 1)
        out["kode_raa"] = c
    return out


BOILER = {"sistem", "sistim", "aplikasi", "portal", "layanan", "data", "info", "database",
          "monitoring", "dashboard", "e", "sms", "website", "pendataan", "laporan"}


def slug(nama):
    words = ["".join(ch for ch in w.lower() if ch.isalnum()) for w in nama.split()]
    words = [w for w in words if w]
    if not words:
        return "app"
    if words[0] in BOILER:
        return "".join(w[0] for w in words[:5])
    return words[0][:14]


def make_url(r):
    if r["url"] is not None:
        return r["url"]
    if not DOMAIN.get(r["instansi"]) or rng.random() < 0.48:
        return ""
    dom = DOMAIN[r["instansi"]]
    s = slug(r["nama"])
    return rng.choice([f"https://{s}.{dom}", f"{s}.{dom}", f"https://{dom}/{s}",
                       f"http://{s}.{dom}/", f"https://www.{dom}/{s}"])


def make_jenis(r):
    if r["u"]:
        return rng.choice(["umum", "Umum", "UMUM", "Umum", "umum"])
    return rng.choices(["khusus", "Khusus", "KHUSUS", "", "Khusus "], [35, 25, 8, 28, 4])[0]


def make_status(r):
    if r["status"] is not None:
        return r["status"]
    return rng.choices(["aktif", "Aktif", "AKTIF", "tidak aktif", "Tidak Aktif", "pengembangan",
                        "Pengembangan", ""], [25, 28, 6, 5, 4, 5, 3, 24])[0]


def make_tahun(r):
    if r["tahun"] is not None:
        return str(r["tahun"])
    if rng.random() < 0.17:
        return ""
    return str(rng.randint(2008, 2025))


for r in ROWS:
    c = codes(r)
    r["kode_rab"] = r["rab"] if r["rab"] is not None else c["kode_rab"]
    r["kode_ral"] = r["ral"] if r["ral"] is not None else c["kode_ral"]
    r["kode_raa"] = r["raa"] if r["raa"] is not None else c["kode_raa"]
    r["jenis"] = make_jenis(r)
    r["status_out"] = make_status(r)
    r["tahun_out"] = make_tahun(r)
    r["url_out"] = make_url(r)

order = list(range(len(ROWS)))
rng.shuffle(order)
ID = {}
shuffled = []
for n, idx in enumerate(order, start=1):
    r = ROWS[idx]
    ID[r["key"]] = "j%03d" % n
    shuffled.append(r)

FIELDS = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
          "kode_raa", "status", "tahun", "url", "dpi"]
with open(os.path.join(HERE, "blind10-inventory.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(FIELDS)
    for r in shuffled:
        w.writerow([ID[r["key"]], r["nama"], r["deskripsi"], r["fungsi"], r["instansi"],
                    r["jenis"], r["kode_ral"], r["kode_rab"], r["kode_raa"], r["status_out"],
                    r["tahun_out"], r["url_out"], r["dpi"]])

# groups in order of first definition
gorder = []
members = {}
for r in ROWS:
    if r["g"]:
        if r["g"] not in members:
            gorder.append(r["g"])
            members[r["g"]] = []
        members[r["g"]].append(ID[r["key"]])
groups = [{"id": "G%02d" % (i + 1), "members": sorted(members[g])} for i, g in enumerate(gorder)]
with open(os.path.join(HERE, "blind10-groups.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({"source": SOURCE, "duplicateGroups": groups}, f, ensure_ascii=False, indent=2)
    f.write("\n")

props = []
for i, (nama, desk, exp) in enumerate(PROPOSALS, start=1):
    props.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desk,
                  "expected": [ID[k] for k in exp]})
with open(os.path.join(HERE, "blind10-proposals.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({"source": SOURCE, "proposals": props}, f, ensure_ascii=False, indent=2)
    f.write("\n")

# ---------------------------------------------------------------- self-checks
key_group = {r["key"]: r["g"] for r in ROWS}
assert len(set(ID.values())) == len(ROWS)
for g in gorder:
    assert len(members[g]) >= 2, g
for r in ROWS:
    for tg in r["t"]:
        assert tg in members, (r["key"], tg)
        assert r["g"] != tg, ("trap inside the group it resembles", r["key"])
for nama, desk, exp in PROPOSALS:
    for k in exp:
        assert k in ID, k
    if exp:
        gs = {key_group[k] for k in exp}
        assert len(gs) == 1 and None not in gs, (nama, gs)
        umum = [k for k in ROWS if k["g"] in gs and k["u"]]
        if umum:
            assert exp[0] == umum[0]["key"] or any(u["key"] == exp[0] for u in umum), nama
trap_rows = [r for r in ROWS if r["t"]]
print("rows", len(ROWS), "agencies", len({r["instansi"] for r in ROWS}), "groups", len(groups),
      "grouped", sum(len(g["members"]) for g in groups), "traps", len(trap_rows),
      "ungrouped traps", sum(1 for r in trap_rows if not r["g"]),
      "proposals", len(props), "reuse", sum(1 for p in props if p["expected"]),
      "novel", sum(1 for p in props if not p["expected"]))
print("empty deskripsi %.0f%%  empty fungsi %.0f%%  both %.0f%%" % (
    100.0 * sum(1 for r in ROWS if not r["deskripsi"]) / len(ROWS),
    100.0 * sum(1 for r in ROWS if not r["fungsi"]) / len(ROWS),
    100.0 * sum(1 for r in ROWS if not r["deskripsi"] and not r["fungsi"]) / len(ROWS)))
