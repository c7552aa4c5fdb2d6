#!/usr/bin/env python3
"""Build the blind9 hand-labelled benchmark for SPBE application-inventory duplicate detection.

Provenance (written BLIND to the engine). While writing this file the author read ONLY:
  * /work/shared/domain/spbe-reference.md (read in full: SPBE laws, reference-architecture codes
    RAL/RAB/RAA, national shared platforms / aplikasi umum, agencies, what inventories record);
  * file-name listings (`ls`) of /work/main/catalog-info and /work/main/bench/data (names only; no file
    in bench/data or elsewhere in /work/main was opened, except through the two greps below);
  * agency ids from `grep -h "^  name:" /work/main/catalog-info/agencies/*.yaml` and DPI ids from
    `grep -h "^  name:" /work/main/catalog-info/dpi/*.yaml`.
No engine code, plugin, doc, test, other benchmark file or git history was read or run, and no web or
code-index search about this repository was made. Every row, group and proposal was invented by hand
from general knowledge of Indonesian government applications (K/L, provinces, their naming habits) and
the reference file. Names of real national platforms are used as such; regional and agency rows are
illustrative, not an actual inventory.

Conventions:
  * blind9-inventory.csv: id,nama,deskripsi,fungsi,instansi,jenis,kode_ral,kode_rab,kode_raa,status,
    tahun,url,dpi. ids i001.. are assigned after a seeded shuffle (seed 9909), so ids do not reveal
    groups. instansi is an agency id from catalog-info. jenis = umum for national shared platforms
    (aplikasi umum), khusus or empty otherwise. dpi is set only on national DPI building blocks
    (digital identity, payment, data exchange). Codes: levels 1-2 follow the reference file, deeper
    levels are invented; about a third are empty and some are deliberately messy (lower case, spaces,
    dropped zeros, truncated, several codes separated by ';').
  * blind9-groups.json: a group = rows serving the SAME government function in different agencies
    (consolidation candidates); the national platform / aplikasi umum is a member when one exists.
    Neighbouring functions are kept apart (complaints vs whistleblowing vs satisfaction surveys;
    personnel records vs performance vs attendance vs payroll vs recruitment vs training; central
    planning vs satker budget execution vs treasury vs regional planning-to-finance vs payment
    channels; e-tendering vs e-catalogue vs procurement planning vs vendor registry; hospital vs
    puskesmas vs referral; business vs non-business vs sectoral permits; dynamic vs static archives;
    open data vs research repositories; geoportal vs spatial plans). Trap rows (same acronym or
    brand for another function, generic names, shared generic words only) are never placed in the
    group they resemble. Rows in no group are not listed.
  * blind9-proposals.json: proposals for NEW applications written like agency requests; "reuse"
    proposals list the 1-3 inventory rows to reuse (national platform first when one exists);
    "novel" proposals have expected [].
"""
import csv
import json
import os
import random
from collections import Counter

SEED = 9909
HERE = os.path.dirname(os.path.abspath(__file__))

PROVENANCE = (
    "blind9, hand-labelled and written BLIND to the engine by a helper session. The author read only "
    "/work/shared/domain/spbe-reference.md (in full), name-only listings (ls) of /work/main/catalog-info "
    "and /work/main/bench/data, and the agency and DPI ids from `grep -h \"^  name:\"` over "
    "catalog-info/agencies/*.yaml and catalog-info/dpi/*.yaml. No engine code, plugin, doc, test, other "
    "benchmark file or git history was opened or run, and no web or code-index search about the "
    "repository was made. Rows, groups and proposals were invented by hand from general knowledge of "
    "Indonesian government applications and the reference file; real national platform names are used "
    "as such, agency and regional rows are illustrative. A group = rows serving the same government "
    "function in different agencies (consolidation candidates), with the national platform / aplikasi "
    "umum as member when one exists; neighbouring functions are kept apart and trap rows are never in "
    "the group they resemble. Built by blind9-build.py (random seed 9909)."
)

DOMAIN = {
    "kemenko-polkam": "polkam.go.id", "kemenko-kumham-imipas": "kemenkokumham.go.id",
    "kemenko-pangan": "kemenkopangan.go.id", "kemenko-ipk": "kemenkoinfra.go.id",
    "kemenko-pm": "kemenkopm.go.id", "kemenko-polhukam": "polkam.go.id",
    "kemenko-perekonomian": "ekon.go.id", "kemenko-pmk": "kemenkopmk.go.id",
    "kemenko-marves": "maritim.go.id", "kemendagri": "kemendagri.go.id", "kemlu": "kemlu.go.id",
    "kemhan": "kemhan.go.id", "kemenkumham": "kemenkumham.go.id", "kominfo": "kominfo.go.id",
    "kemenpanrb": "menpan.go.id", "kemenkeu": "kemenkeu.go.id", "kemnaker": "kemnaker.go.id",
    "kemenperin": "kemenperin.go.id", "kemendag": "kemendag.go.id", "kementan": "pertanian.go.id",
    "atr-bpn": "atrbpn.go.id", "kementerian-bumn": "bumn.go.id", "kemenkopukm": "kemenkopukm.go.id",
    "kemenag": "kemenag.go.id", "kemendikbudristek": "kemdikbud.go.id", "kemenkes": "kemkes.go.id",
    "kemensos": "kemensos.go.id", "kemenpppa": "kemenpppa.go.id", "kemenpora": "kemenpora.go.id",
    "kemendes-pdtt": "kemendesa.go.id", "kesdm": "esdm.go.id", "kemenpupr": "pu.go.id",
    "kemenhub": "dephub.go.id", "kkp": "kkp.go.id", "klhk": "menlhk.go.id",
    "kemenparekraf": "kemenparekraf.go.id", "kementerian-investasi": "bkpm.go.id",
    "kemensetneg": "setneg.go.id", "bappenas": "bappenas.go.id", "komdigi": "komdigi.go.id",
    "peruri": "", "ina-digital": "", "bkn": "bkn.go.id", "bps": "bps.go.id", "bssn": "bssn.go.id",
    "brin": "brin.go.id", "lkpp": "lkpp.go.id", "anri": "anri.go.id", "lan": "lan.go.id",
    "bpkp": "bpkp.go.id", "bpom": "pom.go.id", "bmkg": "bmkg.go.id", "bnpb": "bnpb.go.id",
    "bnpt": "bnpt.go.id", "bnn": "bnn.go.id", "big": "big.go.id", "bkkbn": "bkkbn.go.id",
    "basarnas": "basarnas.go.id", "perpusnas": "perpusnas.go.id", "bsn": "bsn.go.id",
    "bapeten": "bapeten.go.id", "bakamla": "bakamla.go.id", "lemhannas": "lemhannas.go.id",
    "bin": "bin.go.id", "bpip": "bpip.go.id",
    "prov-aceh": "acehprov.go.id", "prov-sumatera-utara": "sumutprov.go.id",
    "prov-sumatera-barat": "sumbarprov.go.id", "prov-riau": "riau.go.id",
    "prov-kepulauan-riau": "kepriprov.go.id", "prov-jambi": "jambiprov.go.id",
    "prov-sumatera-selatan": "sumselprov.go.id", "prov-kepulauan-bangka-belitung": "babelprov.go.id",
    "prov-bengkulu": "bengkuluprov.go.id", "prov-lampung": "lampungprov.go.id",
    "prov-dki-jakarta": "jakarta.go.id", "prov-jawa-barat": "jabarprov.go.id",
    "prov-banten": "bantenprov.go.id", "prov-jawa-tengah": "jatengprov.go.id",
    "prov-di-yogyakarta": "jogjaprov.go.id", "prov-jawa-timur": "jatimprov.go.id",
    "prov-bali": "baliprov.go.id", "prov-nusa-tenggara-barat": "ntbprov.go.id",
    "prov-nusa-tenggara-timur": "nttprov.go.id", "prov-kalimantan-barat": "kalbarprov.go.id",
    "prov-kalimantan-tengah": "kalteng.go.id", "prov-kalimantan-selatan": "kalselprov.go.id",
    "prov-kalimantan-timur": "kaltimprov.go.id", "prov-kalimantan-utara": "kaltaraprov.go.id",
    "prov-sulawesi-utara": "sulutprov.go.id", "prov-gorontalo": "gorontaloprov.go.id",
    "prov-sulawesi-tengah": "sultengprov.go.id", "prov-sulawesi-barat": "sulbarprov.go.id",
    "prov-sulawesi-selatan": "sulselprov.go.id", "prov-sulawesi-tenggara": "sultraprov.go.id",
    "prov-maluku": "malukuprov.go.id", "prov-maluku-utara": "malutprov.go.id",
    "prov-papua": "papua.go.id", "prov-papua-barat": "papuabaratprov.go.id",
    "prov-papua-selatan": "papuaselatanprov.go.id", "prov-papua-tengah": "papuatengahprov.go.id",
    "prov-papua-pegunungan": "papuapegunungan.go.id", "prov-papua-barat-daya": "papuabaratdaya.go.id",
}

DPI_ID = "dpi-identitas-digital"
DPI_PAY = "dpi-pembayaran"
DPI_DX = "dpi-pertukaran-data"


def R(nama, desk="", fungsi="", inst="", k=None, **kw):
    d = {"nama": nama, "deskripsi": desk, "fungsi": fungsi, "instansi": inst, "key": k}
    d.update(kw)
    return d


U = {"jenis": "umum"}  # shorthand for national shared platforms

# ---------------------------------------------------------------------------------------------
# Groups: (gid, function label, (RAL base, RAB base), rows). Each row a different agency.
# ---------------------------------------------------------------------------------------------
GROUPS = [
    ("G01", "naskah dinas dan kearsipan dinamis (persuratan, disposisi)", ("RAL.02.06", "RAB.09.07"), [
        R("SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)",
          "Aplikasi umum bidang kearsipan dinamis untuk pengelolaan naskah dinas, disposisi, dan arsip aktif/inaktif instansi pusat dan daerah.",
          "Tata naskah dinas elektronik; registrasi surat masuk dan keluar; disposisi; pemberkasan arsip dinamis",
          "anri", k="srikandi", jenis="umum", tahun="2021", status="aktif", url="https://srikandi.arsip.go.id"),
        R("e-Office", "Surat menyurat elektronik dan disposisi pimpinan", "", "kemenperin", k="eoffice_perin"),
        R("eOffice Pemprov Kaltim", "", "persuratan", "prov-kalimantan-timur"),
        R("E Office v2", "Aplikasi perkantoran elektronik internal BNN (surat masuk, surat keluar, nota dinas).", "", "bnn"),
        R("SIMAYA (Sistem Informasi Manajemen Naskah Dinas)",
          "Pengelolaan naskah dinas di lingkungan Sekretariat Daerah dan perangkat daerah Provinsi Bengkulu. Terintegrasi TTE.",
          "Pencatatan surat, distribusi, disposisi berjenjang, arsip", "prov-bengkulu"),
        R("NADINE", "Naskah Dinas Elektronik Kementerian Keuangan", "Pembuatan, penandatanganan dan distribusi nota dinas serta surat", "kemenkeu"),
        R("Aplikasi Tata Naskah Dinas Elektronik (TNDE)", "", "", "bmkg"),
        R("SISUMAKER - Sistim Surat Masuk Keluar", "aplikasi pencatatan agenda surat", "", "prov-maluku-utara"),
        R("e-Disposisi Mobile", "Aplikasi android untuk pimpinan mendisposisikan surat masuk", "Disposisi surat", "prov-kalimantan-utara"),
        R("TNDE Kemendes", "Tata naskah dinas elektronik", "", "kemendes-pdtt"),
    ]),
    ("G02", "arsip statis (khazanah, akses arsip sejarah)", ("RAL.01.41", "RAB.08.03"), [
        R("SIKN-JIKN (Sistem Informasi Kearsipan Nasional - Jaringan Informasi Kearsipan Nasional)",
          "Jaringan informasi kearsipan nasional untuk layanan penelusuran dan akses arsip statis, simpul di lembaga kearsipan daerah.",
          "Deskripsi arsip statis, penelusuran khazanah, layanan akses publik", "anri", jenis="umum", tahun="2016", url="https://sikn.go.id"),
        R("SIARSIP Statis", "Sistem Informasi Arsip Statis Dinas Kearsipan dan Perpustakaan", "Pengelolaan dan layanan arsip statis", "prov-jawa-tengah"),
        R("Khazanah Arsip Digital Aceh", "Digitalisasi dan layanan akses arsip statis sejarah Aceh (manuskrip, foto, arsip kolonial)", "", "prov-aceh"),
        R("e-Khazanah", "Layanan akses khazanah arsip statis DIY bagi peneliti dan masyarakat umum.", "", "prov-di-yogyakarta"),
        R("SiPAS (Sistem Penelusuran Arsip Statis)", "", "penelusuran arsip statis", "prov-sumatera-barat"),
    ]),
    ("G03", "pengaduan masyarakat atas pelayanan publik", ("RAL.01.44", "RAB.09.04"), [
        R("SP4N-LAPOR!", "Layanan Aspirasi dan Pengaduan Online Rakyat. Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional yang terhubung ke seluruh instansi.",
          "Penerimaan, disposisi dan tindak lanjut pengaduan dan aspirasi masyarakat", "kemenpanrb", k="lapor",
          jenis="umum", tahun="2017", status="aktif", url="https://www.lapor.go.id"),
        R("LaporGub", "Kanal aduan warga Jawa Tengah lewat web, twitter, dan WhatsApp; tiap aduan diteruskan ke OPD.", "pengaduan", "prov-jawa-tengah", k="laporgub"),
        R("CRM (Cepat Respon Masyarakat)", "Pengelolaan laporan warga dari 13 kanal pengaduan Pemprov DKI", "", "prov-dki-jakarta"),
        R("NTB Care", "", "Aspirasi dan pengaduan masyarakat NTB", "prov-nusa-tenggara-barat"),
        R("SIPENA (Sistem Informasi Pengaduan Masyarakat)", "", "", "prov-sulawesi-tenggara"),
        R("ULT Pengaduan Online", "Unit Layanan Terpadu - penerimaan pengaduan masyarakat terkait layanan pendidikan", "Pengaduan", "kemendikbudristek"),
        R("DUMAS Online", "Aplikasi Pengaduan Masyarakat (Dumas) atas pelayanan di satuan kerja", "Menerima dan menindaklanjuti pengaduan masyarakat", "kemenkumham"),
        R("Sumsel Lapor", "aduan masyarakat", "", "prov-sumatera-selatan"),
    ]),
    ("G04", "whistleblowing system (pelaporan pelanggaran internal)", ("RAL.02.08", "RAB.09.06"), [
        R("WISE (Whistleblowing System Kemenkeu)", "Sarana pelaporan dugaan pelanggaran oleh pegawai Kementerian Keuangan, identitas pelapor dirahasiakan.", "", "kemenkeu"),
        R("Whistle Blowing System", "", "Pelaporan pelanggaran", "bpom", k="wbs_bpom"),
        R("WBS Online Itjen", "Pelaporan dugaan pelanggaran, KKN, dan penyalahgunaan wewenang pegawai Kementerian Agama", "", "kemenag"),
        R("e-WBS Inspektorat Provinsi Lampung", "", "", "prov-lampung", k="wbs_lampung"),
        R("Whistleblower System", "Aplikasi pengaduan pelanggaran internal ASN Pemprov Kepri", "", "prov-kepulauan-riau"),
    ]),
    ("G05", "survei kepuasan masyarakat (SKM/IKM)", ("RAL.02.07", "RAB.09.06"), [
        R("e-SKM", "Survei Kepuasan Masyarakat elektronik sesuai PermenPANRB 14/2017", "Pengisian kuesioner SKM dan pengolahan IKM", "prov-banten", k="eskm_banten"),
        R("SiSUKMA (Sistem Survei Kepuasan Masyarakat)", "", "", "kemenhub"),
        R("Survei Kepuasan Masyarakat Kantor Pertanahan", "Kuesioner kepuasan layanan di loket kantah, rekap per kantor", "", "atr-bpn"),
        R("IKM Online", "Indeks Kepuasan Masyarakat online", "", "prov-kalimantan-selatan", k="ikm_kalsel"),
        R("Aplikasi Survei Kepuasan Pengguna Layanan (SKPL)", "", "Mengukur kepuasan pengguna layanan publik", "kemendag"),
    ]),
    ("G06", "data dan administrasi kepegawaian (SIMPEG)", ("RAL.02.04", "RAB.09.06"), [
        R("SIASN (Sistem Informasi Aparatur Sipil Negara)", "Sistem informasi ASN nasional: data induk, riwayat dan layanan kepegawaian seluruh instansi.",
          "Manajemen data ASN; layanan kenaikan pangkat, mutasi, pensiun", "bkn", k="siasn", jenis="umum", tahun="2022", status="aktif", url="https://siasn.bkn.go.id"),
        R("SIMPEG Pemprovsu", "Sistem Informasi Manajemen Pegawai", "Data pegawai, riwayat jabatan dan pangkat", "prov-sumatera-utara", k="simpeg_sumut"),
        R("SIMPEG Kemenag versi 3.1", "", "", "kemenag"),
        R("SIAP (Sistem Informasi Aparatur dan Pegawai)", "Database kepegawaian Pemprov Sulsel termasuk PPPK", "", "prov-sulawesi-selatan"),
        R("e-Pegawai", "Aplikasi data kepegawaian internal LAN", "", "lan"),
        R("SIMASN Jabar", "Sistem Informasi Manajemen ASN Jawa Barat, terhubung ke SIASN", "kepegawaian", "prov-jawa-barat"),
        R("SIDAPEG (Sistem Data Pegawai) Android", "", "", "basarnas"),
        R("HRIS Pegawai", "Human Resource Information System untuk pegawai kementerian", "employee database, riwayat SK", "kementerian-bumn"),
    ]),
    ("G07", "kinerja pegawai (SKP, e-Kinerja)", ("RAL.02.04", "RAB.09.06"), [
        R("e-Kinerja BKN", "Aplikasi pengelolaan kinerja ASN: perencanaan SKP, evaluasi dan penilaian kinerja pegawai.",
          "", "bkn", k="ekinerja_bkn", jenis="umum", tahun="2022", url="https://kinerja.bkn.go.id"),
        R("eKinerja", "penilaian SKP dan capaian kinerja harian pegawai Pemprov Jambi", "", "prov-jambi", k="ekinerja_jambi"),
        R("SIKERJA (Sistem Informasi Kinerja Pegawai)", "", "", "prov-kalimantan-tengah"),
        R("Aplikasi Sasaran Kinerja Pegawai (e-SKP)", "", "Penyusunan dan penilaian SKP", "kemendag"),
        R("SKP Online", "", "", "bsn"),
        R("Kinerjaku Mobile", "Laporan aktivitas harian pegawai dari HP, jadi dasar penilaian kinerja bulanan", "", "prov-sulawesi-barat"),
    ]),
    ("G08", "presensi / kehadiran pegawai", ("RAL.02.04", "RAB.09.06"), [
        R("e-Absensi", "Absensi pegawai ASN dan non ASN", "", "prov-kepulauan-bangka-belitung"),
        R("Presensi Online berbasis GPS", "Presensi pegawai menggunakan lokasi dan swafoto, untuk WFO/WFH", "kehadiran pegawai", "kemenkopukm", k="presensi_kemenkop"),
        R("ABSENKU", "", "", "prov-maluku"),
        R("Aplikasi Kehadiran Pegawai (Face Recognition)", "Perekaman kehadiran dengan pengenalan wajah di kantor pusat dan balai", "", "kemenpupr"),
        R("E-Presensi", "", "Absen masuk pulang pegawai", "kemensos", k="presensi_kemensos"),
    ]),
    ("G09", "penggajian dan tambahan penghasilan pegawai", ("RAL.02.04;RAL.02.02", "RAB.09.02"), [
        R("SIMGAJI (Sistem Informasi Manajemen Gaji)", "Pembuatan daftar gaji, potongan, dan slip gaji pegawai", "", "prov-sumatera-barat", k="simgaji_sumbar"),
        R("e-Gaji", "", "penggajian", "prov-nusa-tenggara-timur"),
        R("Aplikasi Tukin", "Perhitungan tunjangan kinerja bulanan berdasarkan kehadiran dan capaian kinerja", "", "bakamla"),
        R("SI-TPP", "Sistem Informasi Tambahan Penghasilan Pegawai, menghitung TPP ASN Pemprov Kalbar", "Perhitungan dan pembayaran TPP", "prov-kalimantan-barat", k="sitpp_kalbar"),
    ]),
    ("G10", "rekrutmen / seleksi pegawai", ("RAL.02.04", "RAB.09.06"), [
        R("SSCASN (Sistem Seleksi Calon ASN)", "Portal nasional pendaftaran seleksi CPNS dan PPPK", "Pendaftaran dan seleksi administrasi calon ASN",
          "bkn", jenis="umum", tahun="2018", url="https://sscasn.bkn.go.id"),
        R("Rekrutmen Tenaga Harian Lepas Online", "Pendaftaran dan seleksi THL/tenaga kontrak OPD", "", "prov-kalimantan-timur"),
        R("Portal Seleksi CPNS Kemlu", "", "", "kemlu"),
        R("e-Rekrutmen", "Aplikasi rekrutmen pegawai BPKP", "", "bpkp"),
    ]),
    ("G11", "pelatihan dan pengembangan kompetensi ASN (diklat, LMS)", ("RAL.02.04", "RAB.09.06"), [
        R("MOOC ASN - Learning Management System LAN", "Pembelajaran daring untuk pengembangan kompetensi ASN (pelatihan dasar, kepemimpinan).",
          "e-learning, sertifikat", "lan", k="lms_lan"),
        R("SIDIKLAT", "Sistem Informasi Pendidikan dan Pelatihan BPSDM Provinsi Jawa Timur", "Pendaftaran peserta diklat, jadwal, sertifikat", "prov-jawa-timur"),
        R("e-Learning BPSDM", "", "", "prov-sumatera-selatan"),
        R("KLC (Kemenkeu Learning Center)", "Corporate university platform, e-learning dan pelatihan pegawai Kemenkeu", "", "kemenkeu", k="klc"),
        R("LMS BPSDM Kemendagri", "Learning management system pelatihan aparatur pemerintahan dalam negeri", "", "kemendagri"),
    ]),
    ("G12", "penatausahaan keuangan satker K/L (pelaksanaan anggaran)", ("RAL.02.02", "RAB.09.02"), [
        R("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "Aplikasi terintegrasi pengelolaan keuangan satker mulai perencanaan, pelaksanaan sampai pertanggungjawaban anggaran.",
          "Penganggaran, komitmen, pembayaran (SPP/SPM), akuntansi dan pelaporan satker", "kemenkeu", k="sakti",
          jenis="umum", tahun="2015", status="aktif", url="https://sakti.kemenkeu.go.id"),
        R("SIMKEU Satker", "penatausahaan keuangan satker: SPP, SPM, BKU, SPJ", "", "kemenpora", k="simkeu_kemenpora"),
        R("Aplikasi Pengajuan SPM Online (e-SPM)", "", "Pengajuan dan verifikasi SPP/SPM", "bnpb"),
        R("SIKI (Sistem Informasi Keuangan Internal)", "Pencatatan realisasi belanja dan pertanggungjawaban keuangan satker", "", "bapeten"),
    ]),
    ("G13", "perencanaan, penganggaran dan keuangan daerah", ("RAL.02.02;RAL.02.03", "RAB.09.02"), [
        R("SIPD (Sistem Informasi Pemerintahan Daerah)", "Sistem informasi perencanaan pembangunan daerah, keuangan daerah, dan informasi pemerintahan daerah lainnya.",
          "RPJMD, RKPD, KUA-PPAS, APBD, penatausahaan dan akuntansi keuangan daerah", "kemendagri", k="sipd",
          jenis="umum", tahun="2019", status="aktif", url="https://sipd.kemendagri.go.id"),
        R("SIMDA Keuangan", "Aplikasi keuangan daerah dari BPKP (penganggaran, penatausahaan, akuntansi)", "", "bpkp", status="tidak aktif", tahun="2010"),
        R("e-Budgeting DKI", "Penyusunan anggaran APBD berbasis komponen", "", "prov-dki-jakarta"),
        R("SIPKD (Sistem Informasi Pengelolaan Keuangan Daerah)", "", "", "prov-aceh"),
        R("SIMRAL (Sistem Informasi Manajemen Perencanaan, Penganggaran dan Pelaporan)",
          "Satu sistem untuk renja OPD, RKA, DPA, SP2D, dan laporan realisasi anggaran daerah", "", "prov-jawa-barat", k="simral"),
        R("e-Planning Daerah", "Penyusunan RKPD dan Renja perangkat daerah yang terkoneksi dengan penganggaran", "", "prov-gorontalo"),
        R("SIKEUDA", "Sistem Infomasi Keuangan Daerah", "", "prov-papua-tengah"),
    ]),
    ("G14", "perencanaan program dan anggaran K/L (pusat)", ("RAL.02.03", "RAB.09.05"), [
        R("KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "Aplikasi kolaborasi perencanaan pembangunan nasional, renja K/L dan penganggaran berbasis kinerja.",
          "", "bappenas", jenis="umum", tahun="2017", url="https://krisna.bappenas.go.id"),
        R("e-Planning Kementan", "Sistem perencanaan program dan anggaran lingkup Kementerian Pertanian", "", "kementan"),
        R("e-Renja", "Penyusunan rencana kerja dan usulan anggaran unit kerja", "", "bnn"),
        R("SIPPA (Sistem Informasi Perencanaan Program dan Anggaran)", "", "", "klhk"),
    ]),
    ("G15", "akuntabilitas kinerja instansi (SAKIP)", ("RAL.02.07", "RAB.09.06"), [
        R("e-SAKIP", "Aplikasi Sistem Akuntabilitas Kinerja Instansi Pemerintah", "Perjanjian kinerja, pengukuran, LKjIP, evaluasi",
          "kemenpanrb", jenis="umum", tahun="2018", url="https://esr.menpan.go.id"),
        R("SakipOnline", "", "", "prov-sumatera-utara"),
        R("e-Monev Kinerja & LKjIP", "Monitoring capaian indikator kinerja utama dan penyusunan laporan kinerja instansi", "", "prov-bengkulu"),
        R("SISAKIP", "Sistem Akuntabilitas Kinerja", "", "bkkbn"),
        R("Aplikasi Penyusunan LKj", "", "LKj unit eselon I dan II", "kemenkopukm"),
    ]),
    ("G16", "pengadaan secara elektronik (tender)", ("RAL.02.06", "RAB.09.02"), [
        R("SPSE (Sistem Pengadaan Secara Elektronik)", "Aplikasi e-procurement untuk tender/seleksi barang dan jasa pemerintah, dipakai oleh seluruh LPSE.",
          "", "lkpp", k="spse", jenis="umum", tahun="2012", url="https://lpse.lkpp.go.id"),
        R("LPSE Provinsi Jawa Timur", "Layanan pengadaan secara elektronik", "Tender, seleksi", "prov-jawa-timur"),
        R("LPSE Kementerian PUPR", "Tender konstruksi dan konsultansi", "", "kemenpupr", k="lpse_pupr"),
        R("e-Tendering Pemprov Riau", "", "", "prov-riau"),
        R("e-Lelang", "Sistem Lelang Elektronik pengadaan barang/jasa", "", "prov-papua-barat-daya"),
        R("LPSE Kemhan", "", "", "kemhan"),
    ]),
    ("G17", "katalog elektronik / e-purchasing", ("RAL.02.06", "RAB.09.02"), [
        R("e-Katalog", "Katalog elektronik pengadaan barang/jasa pemerintah untuk e-purchasing", "", "lkpp", k="ekatalog", jenis="umum", tahun="2014"),
        R("e-Katalog Lokal Provinsi Jawa Barat", "Etalase produk penyedia lokal untuk belanja perangkat daerah", "", "prov-jawa-barat", k="ekatalog_jabar"),
        R("SIPLah (Sistem Informasi Pengadaan di Sekolah)", "Marketplace belanja sekolah memakai dana BOS", "", "kemendikbudristek"),
        R("Pasar Pengadaan Daring DIY", "", "e-purchasing", "prov-di-yogyakarta"),
    ]),
    ("G18", "rencana umum pengadaan", ("RAL.02.06", "RAB.09.02"), [
        R("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "Pengumuman rencana umum pengadaan K/L/PD", "", "lkpp", k="sirup", jenis="umum", tahun="2013"),
        R("e-RUP", "Penyusunan RUP perangkat daerah sebelum diumumkan", "", "prov-sumatera-barat"),
        R("SIRENDA", "Sistem Informasi Perencanaan Pengadaan", "", "kemendes-pdtt"),
    ]),
    ("G19", "registrasi dan kinerja penyedia (vendor)", ("RAL.02.06", "RAB.09.02"), [
        R("SIKaP (Sistem Informasi Kinerja Penyedia)", "Data kualifikasi dan riwayat kinerja penyedia barang/jasa", "", "lkpp", jenis="umum"),
        R("Daftar Rekanan Mampu (DRM) Online", "", "pendaftaran rekanan", "prov-sulawesi-selatan"),
        R("Vendor Management System", "Registration and evaluation of suppliers", "", "kementerian-bumn"),
        R("e-Registrasi Penyedia Barang/Jasa", "", "", "prov-kalimantan-tengah"),
    ]),
    ("G20", "barang milik negara / daerah (aset)", ("RAL.02.06", "RAB.09.02"), [
        R("SIMAN (Sistem Informasi Manajemen Aset Negara)", "Pengelolaan BMN: perencanaan kebutuhan, penggunaan, pemanfaatan, penghapusan",
          "", "kemenkeu", k="siman", jenis="umum", tahun="2016", url="https://siman.kemenkeu.go.id"),
        R("SIMBADA", "Sistem Informasi Managemen Barang Daerah", "KIB, mutasi, penghapusan barang", "prov-kalimantan-barat"),
        R("SIMDA BMD", "SIMDA Barang Milik Daerah", "", "bpkp", status="tidak aktif"),
        R("e-Aset", "", "", "prov-sulawesi-tengah"),
        R("ATISISBADA", "Aplikasi Teknologi Informasi Siklus Barang Daerah", "", "prov-jawa-barat"),
        R("Aplikasi Inventaris BMN Internal", "pencatatan inventaris barang, label QR, ruangan", "", "brin", k="inv_brin"),
    ]),
    ("G21", "perizinan berusaha", ("RAL.01.21", "RAB.02.05"), [
        R("OSS-RBA (Online Single Submission Risk Based Approach)", "Sistem perizinan berusaha terintegrasi secara elektronik berbasis risiko (NIB, sertifikat standar, izin).",
          "", "kementerian-investasi", k="oss", jenis="umum", tahun="2021", status="aktif", url="https://oss.go.id"),
        R("Perizinan Berusaha Terintegrasi Provinsi Jawa Timur", "", "", "prov-jawa-timur"),
        R("Izin Usaha Online", "Layanan izin usaha DPMPTSP Provinsi Bali", "", "prov-bali", k="izinusaha_bali"),
        R("Ijin Usaha Online", "layanan ijin usaha", "", "prov-sulawesi-barat"),
        R("eLicensing Banten", "Business licensing services", "", "prov-banten"),
    ]),
    ("G22", "perizinan non berusaha (PTSP)", ("RAL.01.21", "RAB.09.01"), [
        R("SiCantik Cloud", "Sistem Informasi Pelayanan Perizinan Terpadu untuk DPMPTSP, dipakai untuk izin non berusaha", "",
          "kominfo", jenis="umum", tahun="2017"),
        R("e-Perizinan Non Berusaha", "", "", "prov-lampung"),
        R("SIPPNB (Sistem Informasi Pelayanan Perizinan Non Berusaha)", "", "", "prov-nusa-tenggara-timur"),
        R("Izin Online DPMPTSP", "Permohonan izin dan rekomendasi non berusaha (izin penelitian, izin keramaian, dll)", "", "prov-maluku-utara"),
    ]),
    ("G25", "perizinan kapal dan usaha perikanan tangkap", ("RAL.01.27", "RAB.07.04"), [
        R("SIMKADA (Sistem Informasi Manajemen Perizinan Kapal Daerah)", "Aplikasi dari KKP untuk penerbitan SIUP/SIPI/SIKPI kapal perikanan kewenangan provinsi",
          "", "kkp", k="simkada", jenis="umum", tahun="2019"),
        R("e-SIPI Provinsi", "Surat Izin Penangkapan Ikan elektronik", "", "prov-maluku", k="esipi_maluku"),
        R("Izin Usaha Perikanan Online", "", "", "prov-sulawesi-utara"),
        R("e-Perizinan Perikanan Tangkap", "Perizinan kapal nelayan s.d. 30 GT", "", "prov-nusa-tenggara-timur"),
        R("Layanan SIUP/SIPI Nelayan Kecil", "", "", "prov-kepulauan-riau"),
    ]),
    ("G26", "PPID / permohonan informasi publik", ("RAL.01.44", "RAB.09.03"), [
        R("PPID Online", "Pejabat Pengelola Informasi dan Dokumentasi", "", "kemenko-perekonomian"),
        R("SIPPID", "Sistem Informasi PPID Provinsi Jambi", "Register permohonan informasi dan keberatan", "prov-jambi", k="sippid_jambi"),
        R("Layanan Informasi Publik (PPID)", "", "", "bpom"),
        R("e-PPID v2", "Permohonan informasi publik online, daftar informasi publik (DIP)", "", "prov-kalimantan-timur", k="eppid_kaltim"),
        R("Permohonan Informasi Publik Online", "", "", "kemenpppa"),
        R("e-ppid", "", "", "bnpb"),
        R("PPID Mobile", "", "Layanan permohonan informasi", "kemenko-pmk"),
    ]),
    ("G27", "jaringan dokumentasi dan informasi hukum (JDIH)", ("RAL.01.06", "RAB.05.02"), [
        R("JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "Portal nasional integrasi dokumen hukum dari seluruh anggota JDIH",
          "", "kemenkumham", k="jdihn", jenis="umum", tahun="2014", url="https://jdihn.go.id"),
        R("JDIH Kemenkeu", "Database peraturan bidang keuangan negara", "", "kemenkeu"),
        R("JDIH Pemprov Jawa Timur", "", "", "prov-jawa-timur", k="jdih_jatim"),
        R("e-JDIH", "", "publikasi perda, pergub", "prov-sumatera-barat"),
        R("Database Peraturan", "Kumpulan peraturan perundang-undangan sektor perhubungan", "", "kemenhub"),
        R("JDIH Mobile", "", "", "prov-kalimantan-selatan"),
        R("jdih online", "", "", "prov-papua-pegunungan"),
    ]),
    ("G28", "portal data terbuka / satu data", ("RAL.02.09", "RAB.09.03"), [
        R("Satu Data Indonesia (data.go.id)", "Portal katalog data terbuka nasional", "Publikasi dataset dan metadata", "bappenas", k="sdi",
          jenis="umum", tahun="2014", url="https://data.go.id"),
        R("Open Data Jabar", "Portal data terbuka Jawa Barat", "", "prov-jawa-barat", k="opendata_jabar"),
        R("Satu Data Jakarta", "", "", "prov-dki-jakarta"),
        R("Satu Data Pertanian", "Portal data statistik dan dataset sektor pertanian", "", "kementan"),
        R("Portal Data Terbuka NTT", "", "", "prov-nusa-tenggara-timur"),
        R("Open Data Provinsi Aceh", "", "", "prov-aceh"),
    ]),
    ("G29", "repositori hasil riset dan kajian", ("RAL.02.09", "RAB.06.03"), [
        R("RIN (Repositori Ilmiah Nasional)", "Repositori data dan publikasi hasil penelitian", "", "brin"),
        R("e-Repository Balitbangda", "", "kumpulan laporan penelitian dan kajian daerah", "prov-riau"),
        R("SIRIDA (Sistem Informasi Riset Daerah)", "", "", "prov-lampung"),
        R("Repositori Kajian", "Perpustakaan digital hasil kajian dan taskap peserta", "", "lemhannas"),
    ]),
    ("G30", "geoportal / simpul jaringan informasi geospasial", ("RAL.02.09", "RAB.09.03"), [
        R("Ina-Geoportal", "Geoportal nasional Kebijakan Satu Peta, berbagi pakai data geospasial", "", "big", jenis="umum", tahun="2011",
          url="https://tanahair.indonesia.go.id"),
        R("Geoportal Jatim", "", "", "prov-jawa-timur"),
        R("Geoportal Kalbar", "Simpul jaringan informasi geospasial daerah", "", "prov-kalimantan-barat"),
        R("SIGAP KLHK", "Geoportal kehutanan dan lingkungan hidup", "", "klhk"),
        R("ESDM One Map", "Peta terpadu sektor energi dan sumber daya mineral", "", "kesdm"),
    ]),
    ("G31", "informasi rencana tata ruang", ("RAL.01.19", "RAB.03.02"), [
        R("GISTARU", "Sistem informasi geografis tata ruang, peta RTRW dan RDTR", "", "atr-bpn"),
        R("SIMTARU (Sistem Informasi Tata Ruang)", "", "", "prov-sulawesi-tenggara"),
        R("SITARU Bali", "Informasi RTRW Provinsi Bali dan kesesuaian pemanfaatan ruang", "", "prov-bali"),
        R("e-Tata Ruang", "", "", "prov-kepulauan-bangka-belitung"),
    ]),
    ("G32", "sistem informasi manajemen rumah sakit", ("RAL.01.12", "RAB.04.02"), [
        R("SIMRS GOS (Generic Open Source)", "SIMRS generik dari Kementerian Kesehatan untuk rumah sakit pemerintah", "",
          "kemenkes", k="simrs_gos", jenis="umum", tahun="2016"),
        R("SIMRS RSUD Dr. Soetomo", "", "pendaftaran, rekam medis, billing, farmasi", "prov-jawa-timur"),
        R("SIMRS Terintegrasi RSUD Zainoel Abidin", "", "", "prov-aceh"),
        R("SIM-RS RSUD Provinsi NTB", "Sistem informasi manajemen rumah sakit", "", "prov-nusa-tenggara-barat", k="simrs_ntb"),
        R("SIMRS Rumkit", "Hospital information system rumah sakit di lingkungan Kemhan", "", "kemhan"),
    ]),
    ("G33", "sistem informasi puskesmas", ("RAL.01.12", "RAB.04.02"), [
        R("SIKDA Generik", "Sistem Informasi Kesehatan Daerah generik untuk puskesmas dan dinas kesehatan", "", "kemenkes"),
        R("SIMPUS", "Sistem Informasi Manajemen Puskesmas", "", "prov-sulawesi-barat"),
        R("e-Puskesmas", "", "Pendaftaran pasien, rekam medis puskesmas", "prov-bengkulu"),
        R("SIMPUSTER (Sistem Informasi Puskesmas Terpadu)", "", "", "prov-papua-tengah"),
    ]),
    ("G34", "rujukan pasien antar fasilitas kesehatan", ("RAL.01.12", "RAB.04.02"), [
        R("SISRUTE (Sistem Informasi Rujukan Terintegrasi)", "Rujukan pasien antar fasyankes secara daring", "", "kemenkes", k="sisrute",
          jenis="umum", tahun="2017"),
        R("Sistem Rujukan Terintegrasi Jawa Barat", "", "", "prov-jawa-barat", k="rujukan_jabar"),
        R("e-Rujukan", "", "Rujukan pasien dari puskesmas ke RSUD", "prov-sumatera-barat"),
        R("Rujukan Online Antar Fasyankes", "", "", "prov-di-yogyakarta"),
    ]),
    ("G36", "data terpadu kesejahteraan sosial / kemiskinan", ("RAL.01.13", "RAB.04.01"), [
        R("SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "Pengelolaan DTKS: usulan, verifikasi dan validasi data penerima bantuan sosial",
          "", "kemensos", k="siksng", jenis="umum", tahun="2019"),
        R("SIDATA Kesos", "Sistem Informasi Data Kesejahteraan Sosial", "", "prov-sumatera-utara"),
        R("DTKS Daerah", "Data Terpadu Kesejahteraan Sosial tingkat provinsi", "", "prov-lampung", k="dtks_lampung"),
        R("SIDAKIN (Sistem Informasi Data Kemiskinan)", "", "", "prov-nusa-tenggara-barat"),
        R("Basis Data Terpadu Kemiskinan", "", "", "prov-di-yogyakarta"),
    ]),
    ("G37", "data pokok satuan pendidikan", ("RAL.01.10", "RAB.06.01"), [
        R("Dapodik (Data Pokok Pendidikan)", "Pendataan sekolah, peserta didik, PTK", "", "kemendikbudristek", jenis="umum", tahun="2011"),
        R("EMIS (Education Management Information System)", "Data madrasah, pesantren, siswa dan guru", "", "kemenag"),
        R("SIDASEK (Sistem Informasi Data Sekolah)", "", "", "prov-sulawesi-tengah"),
        R("Dapoda", "Data Pokok Pendidikan Daerah SMA/SMK/SLB", "", "prov-kalimantan-selatan"),
    ]),
    ("G38", "single sign-on / autentikasi identitas digital", ("RAL.02.09", "RAB.09.03"), [
        R("INApas", "Single sign-on dan dompet identitas digital untuk layanan pemerintah", "", "ina-digital", k="inapas",
          jenis="umum", dpi=DPI_ID, tahun="2024", status="pengembangan"),
        R("SSO Jateng", "Single sign on aplikasi Pemprov Jawa Tengah", "", "prov-jawa-tengah", k="sso_jateng"),
        R("SSO Kemdikbud", "", "", "kemendikbudristek"),
        R("Akun JAKI (SSO)", "Satu akun warga untuk layanan-layanan Pemprov DKI", "", "prov-dki-jakarta"),
        R("SSO Kemenperin", "", "", "kemenperin"),
    ]),
    ("G39", "integrasi dan pertukaran data antar sistem (API gateway/ESB)", ("RAL.02.09", "RAB.09.03"), [
        R("SPLP (Sistem Penghubung Layanan Pemerintah)", "Penghubung layanan dan pertukaran data antar instansi melalui API", "",
          "komdigi", k="splp", jenis="umum", dpi=DPI_DX, tahun="2022"),
        R("API Gateway", "Gateway integrasi antar aplikasi OPD", "", "prov-sumatera-barat", k="apigw_sumbar"),
        R("Enterprise Service Bus (ESB)", "", "", "kemenkeu"),
        R("Bus Layanan Sulsel", "Interoperabilitas data antar perangkat daerah", "", "prov-sulawesi-selatan"),
        R("API Manager", "", "", "prov-bali"),
    ]),
    ("G40", "penerimaan negara bukan pajak (billing PNBP)", ("RAL.02.02", "RAB.09.02"), [
        R("SIMPONI (Sistem Informasi PNBP Online)", "Pembuatan kode billing dan pembayaran PNBP", "", "kemenkeu", k="simponi",
          jenis="umum", tahun="2014", url="https://simponi.kemenkeu.go.id"),
        R("e-PNBP Perhubungan", "", "", "kemenhub", k="epnbp_hub"),
        R("PNBP Online KKP", "", "", "kkp"),
        R("e-PNBP Minerba", "", "", "kesdm"),
    ]),
    ("G41", "kanal pembayaran non tunai retribusi / pendapatan daerah", ("RAL.01.40", "RAB.09.02"), [
        R("Pembayaran Digital Pemerintah", "Platform pembayaran digital terintegrasi untuk layanan pemerintah pusat dan daerah", "",
          "peruri", jenis="umum", dpi=DPI_PAY, tahun="2024", status="pengembangan"),
        R("e-Retribusi", "", "", "prov-gorontalo"),
        R("Pembayaran Retribusi Daerah Non Tunai (QRIS)", "", "", "prov-sumatera-selatan"),
        R("e-Ret", "Sistem Pembayaran Retribusi Online", "", "prov-maluku"),
        R("Payment Gateway Bank Daerah", "", "", "prov-jambi"),
    ]),
    ("G42", "pajak kendaraan bermotor online (samsat)", ("RAL.01.40", "RAB.09.02"), [
        R("Sambara (Samsat Mobile Jawa Barat)", "", "", "prov-jawa-barat", k="sambara"),
        R("Sakpole", "Samsat online Jawa Tengah", "", "prov-jawa-tengah", k="sakpole"),
        R("e-Samsat Sulsel", "", "", "prov-sulawesi-selatan"),
        R("Samsat Bali Mobile", "", "", "prov-bali"),
        R("Bayar PKB Online Bapenda Riau", "", "", "prov-riau"),
    ]),
    ("G43", "pendataan kejadian bencana", ("RAL.01.15", "RAB.05.03"), [
        R("DIBI (Data dan Informasi Bencana Indonesia)", "Basis data kejadian bencana, korban dan kerusakan", "", "bnpb", k="dibi"),
        R("SIBENDA (Sistem Informasi Bencana Daerah)", "", "", "prov-sulawesi-tengah"),
        R("Pusdalops Kebencanaan Online", "Pelaporan kejadian bencana dari kabupaten/kota ke BPBD provinsi", "", "prov-sumatera-barat"),
        R("e-Lapor Bencana", "", "", "prov-nusa-tenggara-timur"),
        R("DARA (Data Bencana Aceh)", "", "", "prov-aceh", k="dara"),
    ]),
    ("G44", "pemantauan titik panas / kebakaran hutan dan lahan", ("RAL.01.30", "RAB.07.02"), [
        R("SiPongi (Karhutla Monitoring System)", "", "", "klhk", k="sipongi"),
        R("Dashboard Lancang Kuning", "Pemantauan hotspot dan kebakaran lahan gambut Riau", "", "prov-riau", k="lancangkuning"),
        R("SIPP Karhutla", "", "", "prov-kalimantan-tengah"),
        R("Sistem Peringatan Dini Karhutla", "", "", "prov-kalimantan-barat"),
        R("Pantau Hotspot", "", "", "prov-jambi"),
    ]),
    ("G46", "bursa kerja / penempatan tenaga kerja", ("RAL.01.11", "RAB.06.02"), [
        R("SIAPkerja (Karirhub)", "Layanan lowongan kerja dan penempatan tenaga kerja nasional", "", "kemnaker", jenis="umum", tahun="2021"),
        R("Bursa Kerja Online (BKOL)", "", "", "prov-banten"),
        R("Bursa Kerja Sulut", "", "", "prov-sulawesi-utara"),
        R("Loker Kepri", "", "", "prov-kepulauan-riau"),
        R("Job Fair Virtual", "", "", "prov-kalimantan-selatan"),
    ]),
    ("G47", "agenda pimpinan dan keprotokolan", ("RAL.02.05", "RAB.09.07"), [
        R("Sistem Informasi Agenda Pimpinan", "", "", "prov-sumatera-utara"),
        R("e-Protokol", "", "", "prov-jambi"),
        R("Jadwal Kegiatan Gubernur", "", "", "prov-nusa-tenggara-barat"),
        R("SIAP - Agenda Pimpinan", "Sistem Informasi Agenda Pimpinan", "", "kemenko-marves"),
        R("Aplikasi Keprotokolan", "", "", "bakamla"),
    ]),
    ("G48", "manajemen pengawasan internal (APIP)", ("RAL.02.07", "RAB.09.06"), [
        R("e-Audit APIP", "Sistem informasi pengawasan intern pemerintah", "", "bpkp"),
        R("SIMWAS (Sistem Informasi Manajemen Pengawasan)", "", "", "kemenag"),
        R("e-Audit Inspektorat", "", "", "prov-kalimantan-utara"),
        R("SITLHP", "Sistem Informasi Tindak Lanjut Hasil Pemeriksaan", "", "prov-papua"),
        R("SiPINTER (Sistem Pengawasan Internal Terpadu)", "", "", "kemenpupr"),
    ]),
    ("G49", "pemantauan gizi dan stunting balita", ("RAL.01.12", "RAB.04.02"), [
        R("e-PPGBM", "Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat", "", "kemenkes"),
        R("SI-Stunting", "Sistem Informasi Stunting", "", "prov-nusa-tenggara-timur"),
        R("e-Gizi Balita", "", "", "prov-papua-pegunungan"),
        R("Sipantau Gizi", "", "", "prov-sulawesi-barat"),
    ]),
    ("G50", "otomasi perpustakaan", ("RAL.01.36", "RAB.06.01"), [
        R("INLISLite", "Integrated Library System, otomasi perpustakaan", "", "perpusnas", jenis="umum"),
        R("Otomasi Perpustakaan Daerah", "", "", "prov-papua-barat"),
        R("e-Katalog Perpustakaan (OPAC)", "", "", "prov-kalimantan-tengah"),
        R("Sistem Otomasi Perpustakaan BPS", "", "", "bps"),
    ]),
    ("G52", "tanda tangan elektronik", ("RAL.02.08", "RAB.09.04"), [
        R("BSrE - Tanda Tangan Elektronik", "Layanan sertifikat elektronik dan tanda tangan elektronik untuk instansi pemerintah", "",
          "bssn", k="bsre", jenis="umum", tahun="2018"),
        R("e-Sign", "", "", "prov-sulawesi-tenggara"),
        R("Digital Signature Kemnaker", "", "", "kemnaker"),
        R("SITANDI (Sistem Tanda Tangan Digital)", "", "", "prov-lampung", k="sitandi"),
    ]),
    ("G53", "pendaftaran usaha budidaya perkebunan rakyat (STD-B)", ("RAL.01.24", "RAB.02.03"), [
        R("e-STDB", "Surat Tanda Daftar Budidaya perkebunan", "", "kementan"),
        R("SIPERIBUN (Sistem Informasi Perkebunan Rakyat)", "", "", "prov-riau"),
        R("Pendataan Pekebun Sawit", "", "", "prov-kalimantan-barat"),
        R("STD-B Online", "", "", "prov-jambi"),
    ]),
    ("G54", "pendataan koperasi", ("RAL.01.22", "RAB.02.06"), [
        R("ODS (Online Data System) Koperasi", "Pendataan koperasi nasional", "", "kemenkopukm", k="ods"),
        R("SIKOPDA (Sistem Informasi Koperasi Daerah)", "", "", "prov-sumatera-utara"),
        R("Data Koperasi Aktif Online", "", "", "prov-sulawesi-selatan"),
        R("SIMKOP", "Sistem Informasi Manajemen Koperasi", "", "prov-di-yogyakarta", k="simkop_diy"),
    ]),
    ("G55", "portal informasi destinasi pariwisata", ("RAL.01.33", "RAB.02.08"), [
        R("Indonesia.travel (Wonderful Indonesia)", "Portal promosi destinasi wisata Indonesia", "", "kemenparekraf"),
        R("Visit Sumbar", "", "", "prov-sumatera-barat"),
        R("Pesona NTT", "", "", "prov-nusa-tenggara-timur"),
        R("Bali Tourism Portal", "", "", "prov-bali"),
        R("SIDEWI (Sistem Informasi Destinasi Wisata)", "", "", "prov-maluku"),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Traps: resemble a group (label kept for documentation only) but serve another function.
# (nama, deskripsi, fungsi, instansi, resembles, (RAL, RAB) codes)
# ---------------------------------------------------------------------------------------------
TRAPS = [
    R("SIKAP (Sistem Informasi Kawasan Permukiman Kumuh)", "", "", "prov-bengkulu", res="G19", codes=("RAL.01.18", "RAB.03.03")),
    R("SIPD (Sistem Informasi Pangan Daerah)", "Informasi ketersediaan dan distribusi pangan strategis daerah", "", "prov-kalimantan-selatan", res="G13", codes=("RAL.01.25", "RAB.02.03")),
    R("SIM Rusun (Sistem Informasi Manajemen Rumah Susun)", "", "", "kemenpupr", res="G32", codes=("RAL.01.18", "RAB.03.03")),
    R("Katalog Online Produk UMKM", "Promosi produk unggulan UMKM untuk pasar ekspor", "", "prov-jawa-timur", res="G17", codes=("RAL.01.22", "RAB.02.06")),
    R("SI-SAKTI (Sistem Informasi Sertifikasi Kompetensi Tenaga Kerja)", "", "", "kemnaker", res="G12", codes=("RAL.01.11", "RAB.06.02")),
    R("SIMAN (Sistem Informasi Manajemen Angkutan Sungai dan Penyeberangan)", "", "", "prov-kalimantan-tengah", res="G20", codes=("RAL.01.17", "RAB.03.04")),
    R("Absensi Siswa Online", "Presensi siswa SMA/SMK dengan notifikasi ke orang tua", "", "prov-jawa-tengah", res="G08", codes=("RAL.01.10", "RAB.06.01")),
    R("e-Hadir Rapat", "Daftar hadir rapat digital dengan QR code", "", "kemenko-perekonomian", res="G08", codes=("RAL.02.06", "RAB.09.07")),
    R("Sistem Informasi Pengupahan dan UMP", "", "", "prov-dki-jakarta", res="G09", codes=("RAL.01.11", "RAB.06.02")),
    R("Seleksi Calon Paskibraka Online", "", "", "kemenpora", res="G10", codes=("RAL.01.38", "RAB.08.04")),
    R("e-Learning Siswa (Rumah Belajar)", "", "", "prov-sulawesi-tengah", res="G11", codes=("RAL.01.10", "RAB.06.01")),
    R("Survei Minat Baca Masyarakat", "", "", "prov-jawa-timur", res="G05", codes=("RAL.01.36", "RAB.06.01")),
    R("Layanan Pengaduan Konsumen (SIMPKTN)", "Pengaduan konsumen atas barang/jasa yang beredar dan sengketa konsumen", "", "kemendag", res="G03", codes=("RAL.01.23", "RAB.02.04")),
    R("WBS (Work Breakdown Structure) Proyek Jalan Nasional", "", "", "kemenpupr", res="G04", codes=("RAL.01.16", "RAB.03.01")),
    R("Sistem Pelaporan Gratifikasi (e-UPG)", "", "", "kemenperin", res="G04", codes=("RAL.02.08", "RAB.09.06")),
    R("e-Izin Cuti Pegawai", "", "", "prov-sulawesi-tengah", res="G22", codes=("RAL.02.04", "RAB.09.06")),
    R("Izin Trayek Angkutan AKDP", "", "", "prov-sumatera-selatan", res="G21", codes=("RAL.01.17", "RAB.03.04")),
    R("Sistem Informasi Kondisi dan Kinerja Jalan Provinsi", "", "", "prov-kalimantan-barat", res="G07", codes=("RAL.01.16", "RAB.03.01")),
    R("e-Logistik Obat dan BMHP", "Perencanaan kebutuhan dan distribusi obat ke puskesmas", "", "prov-sulawesi-utara", res="G14", codes=("RAL.01.12", "RAB.04.02")),
    R("AHU Koperasi (Pengesahan Badan Hukum dan Anggaran Dasar Koperasi)", "", "", "kemenkumham", res="G54", codes=("RAL.01.06", "RAB.05.02")),
    R("KPRI Online (Simpan Pinjam Koperasi Pegawai)", "", "", "prov-jawa-timur", res="G54", codes=("", "")),
    R("Statistik ASN", "Portal statistik dan visualisasi data ASN nasional", "", "bkn", res="G28", codes=("RAL.02.04", "RAB.09.06")),
    R("InaRISK", "Portal kajian risiko bencana dan peta bahaya", "", "bnpb", res="G43", codes=("RAL.01.15", "RAB.05.03")),
    R("Puskeswan Online (Pusat Kesehatan Hewan)", "", "", "prov-nusa-tenggara-barat", res="G33", codes=("RAL.01.26", "RAB.02.03")),
    R("SIDBANKUM (Sistem Informasi Database Bantuan Hukum)", "", "", "kemenkumham", res="G27", codes=("RAL.01.06", "RAB.05.02")),
    R("Siaran Pers dan Galeri Humas", "", "", "prov-banten", res="G26", codes=("RAL.01.44", "RAB.09.04")),
    R("Hotspot WiFi Publik Gratis", "", "", "prov-sumatera-barat", res="G44", codes=("RAL.01.44", "RAB.09.04")),
    R("Lelang Indonesia (e-Lelang Barang Milik Negara)", "Lelang eksekusi dan noneksekusi secara online", "", "kemenkeu", res="G16", codes=("RAL.01.40", "RAB.09.02")),
    R("Lelang Ikan Online (TPI Digital)", "", "", "prov-aceh", res="G16", codes=("RAL.01.27", "RAB.07.04")),
    R("SISDMK (Sistem Informasi SDM Kesehatan)", "", "", "kemenkes", res="G06", codes=("RAL.01.12", "RAB.04.02")),
    R("SMS Gateway", "Broadcast undangan dan pengumuman internal", "", "bmkg", res="-", codes=("", "")),
    R("SMS Gateway Pengingat Pajak Kendaraan", "", "", "prov-lampung", res="G42", codes=("", "")),
    R("SMS Gateway Notifikasi Berkas Kenaikan Pangkat & Pensiun", "", "", "prov-gorontalo", res="G06", codes=("", "")),
    R("Dashboard Pimpinan (Executive Information System)", "", "", "kemensetneg", res="-", codes=("RAL.02.05", "RAB.09.07")),
    R("Dashboard Inflasi Daerah (TPID)", "", "", "prov-jawa-barat", res="-", codes=("RAL.01.23", "RAB.02.04")),
    R("Website Resmi Pemerintah Provinsi Papua Selatan", "", "", "prov-papua-selatan", res="-", codes=("", "")),
    R("Portal Berita dan Majalah Online", "", "", "lemhannas", res="-", codes=("", "")),
    R("Aplikasi Mobile Sumut Smart", "Aplikasi mobile layanan publik Pemprovsu", "", "prov-sumatera-utara", res="-", codes=("", "")),
    R("Helpdesk SPSE", "", "", "lkpp", res="G16", codes=("", "")),
    R("Helpdesk TIK", "", "", "bsn", res="-", codes=("", "")),
    R("Manajemen Talenta ASN", "", "", "prov-jawa-tengah", res="G10", codes=("RAL.02.04", "RAB.09.06")),
    R("Web Service Dukcapil", "", "", "kemendagri", res="G39", codes=("RAL.01.07", "RAB.03.07")),
    R("e-Lapor Harta Kekayaan ASN (LHKASN)", "", "", "kemenpanrb", res="G03", codes=("RAL.02.08", "RAB.09.06")),
    R("Peduli WNI (Lapor Diri)", "", "", "kemlu", res="G03", codes=("RAL.01.02", "RAB.01.02")),
    R("SIKERJA K3 (Sistem Informasi Keselamatan dan Kesehatan Kerja)", "", "", "kemnaker", res="G07", codes=("RAL.01.11", "RAB.06.02")),
    R("SIMFONI-PPA", "", "", "kemenpppa", res="G40", codes=("RAL.01.14", "RAB.04.01")),
    R("SSO - Sistem Sertifikasi Online Produk SNI", "", "", "bsn", res="G38", codes=("RAL.01.23", "RAB.02.04")),
    R("Portal Geopark Belitong", "", "", "prov-kepulauan-bangka-belitung", res="G30", codes=("RAL.01.33", "RAB.02.08")),
    R("Tiket Museum Online", "", "", "prov-di-yogyakarta", res="G55", codes=("RAL.01.35", "RAB.08.01")),
    R("Booking Ruang Rapat", "", "", "kemenko-polkam", res="G47", codes=("RAL.02.06", "RAB.09.07")),
    R("Pemantauan Protokol Kesehatan", "", "", "prov-kalimantan-utara", res="G47", codes=("RAL.01.12", "RAB.04.02")),
    R("e-Audit Energi", "", "", "kesdm", res="G48", codes=("RAL.01.28", "RAB.07.03")),
    R("Monitoring Program Makan Bergizi", "", "", "kemenko-pangan", res="G49", codes=("RAL.01.25", "RAB.04.02")),
    R("Sertipikat Tanah Elektronik", "", "", "atr-bpn", res="G52", codes=("RAL.01.20", "RAB.03.05")),
    R("SIBENIH Perkebunan", "", "", "prov-sumatera-utara", res="G53", codes=("RAL.01.24", "RAB.02.03")),
    R("LTSA Pekerja Migran", "", "", "prov-nusa-tenggara-timur", res="G46", codes=("RAL.01.11", "RAB.06.02")),
    R("Dapobud (Data Pokok Kebudayaan)", "", "", "kemendikbudristek", res="G37", codes=("RAL.01.35", "RAB.08.01")),
    R("Sistem Informasi Panti Sosial", "", "", "prov-sulawesi-utara", res="G36", codes=("RAL.01.13", "RAB.04.01")),
    R("e-Formasi", "", "", "kemenpanrb", res="G14", codes=("RAL.02.04", "RAB.09.06")),
    R("Monitoring RUPTL", "", "", "kesdm", res="G18", codes=("RAL.01.28", "RAB.07.03")),
    R("Monitoring Proyek Strategis Nasional (PSN)", "", "", "kemenko-perekonomian", res="G15", codes=("RAL.02.03", "RAB.09.05")),
    R("SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "", "", "kemenkeu", res="G12", codes=("RAL.02.02", "RAB.09.02")),
    R("Manajemen Aset TI (CMDB)", "", "", "bssn", res="G20", codes=("RAL.02.09", "RAB.09.03")),
    R("Repositori Kode Sumber (GitLab Internal)", "", "", "komdigi", res="G29", codes=("RAL.02.09", "RAB.09.03")),
    R("Rescue 115", "", "", "basarnas", res="G43", codes=("RAL.01.15", "RAB.05.03")),
    R("B@LIS (Perizinan Ketenaganukliran)", "", "", "bapeten", res="G21", codes=("RAL.01.29", "RAB.07.03")),
    R("SIINas (Sistem Informasi Industri Nasional)", "", "", "kemenperin", res="G21", codes=("RAL.01.21", "RAB.02.02")),
    R("INATRADE", "", "", "kemendag", res="G21", codes=("RAL.01.23", "RAB.02.04")),
    R("KUSUKA (Kartu Pelaku Usaha Kelautan dan Perikanan)", "", "", "kkp", res="G25", codes=("RAL.01.27", "RAB.07.04")),
    R("BLUe (Bukti Lulus Uji Elektronik)", "", "", "kemenhub", res="G42", codes=("RAL.01.17", "RAB.03.04")),
    R("iPusnas", "", "", "perpusnas", res="G50", codes=("RAL.01.36", "RAB.06.01")),
    R("Sistem Surat Kapal Elektronik", "", "", "kemenhub", res="G01", codes=("RAL.01.17", "RAB.03.04")),
    R("Sistem Informasi Koleksi Museum Negeri", "", "", "prov-sulawesi-tenggara", res="G02", codes=("RAL.01.35", "RAB.08.01")),
    R("Bank Sampah Digital", "", "", "prov-bali", res="G41", codes=("RAL.01.31", "RAB.07.01")),
    R("PDN Service Portal", "", "", "komdigi", res="G28", codes=("RAL.02.09", "RAB.09.03")),
    R("SIPKD (Sistem Informasi Pengelolaan Kawasan Dilindungi)", "", "", "klhk", res="G13", codes=("RAL.01.30", "RAB.07.02")),
]

# ---------------------------------------------------------------------------------------------
# Other singletons: in no group, not constructed as traps.
# ---------------------------------------------------------------------------------------------
SINGLES = [
    R("IKD (Identitas Kependudukan Digital)", "", "", "kemendagri", jenis="umum", dpi=DPI_ID, codes=("RAL.01.07", "RAB.03.07")),
    R("SIAK Terpusat", "", "", "kemendagri", codes=("RAL.01.07", "RAB.03.07")),
    R("SATUSEHAT", "", "", "kemenkes", jenis="umum", codes=("RAL.01.12", "RAB.04.02")),
    R("SIMBG (Sistem Informasi Manajemen Bangunan Gedung)", "", "", "kemenpupr", jenis="umum", codes=("RAL.01.18", "RAB.03.03")),
    R("Siskeudes (Sistem Keuangan Desa)", "", "", "bpkp", jenis="umum", codes=("RAL.02.02", "RAB.09.02")),
    R("CEISA (Customs-Excise Information System and Automation)", "", "", "kemenkeu", codes=("RAL.01.40", "RAB.02.04")),
    R("SISKOHAT", "", "", "kemenag", codes=("RAL.01.37", "RAB.08.02")),
    R("SIMKAH", "", "", "kemenag", codes=("RAL.01.37", "RAB.08.02")),
    R("SIHALAL", "", "", "kemenag", codes=("RAL.01.37", "RAB.08.02")),
    R("MODI (Minerba One Data Indonesia)", "", "", "kesdm", codes=("RAL.01.29", "RAB.07.03")),
    R("Info BMKG", "", "", "bmkg", codes=("RAL.01.15", "RAB.05.03")),
    R("Sistem Informasi Pemantauan Pemilu (Kesbangpol)", "", "", "prov-sulawesi-selatan", codes=("RAL.01.03", "RAB.09.01")),
    R("SIDANAS (Sistem Informasi Data Atlet Nasional)", "", "", "kemenpora", codes=("RAL.01.38", "RAB.08.04")),
    R("Sentuh Tanahku", "", "", "atr-bpn", codes=("RAL.01.20", "RAB.03.05")),
    R("SIGA (Sistem Informasi Keluarga)", "", "", "bkkbn", codes=("RAL.01.14", "RAB.04.01")),
    R("Elsimil (Elektronik Siap Nikah dan Hamil)", "", "", "bkkbn", codes=("RAL.01.14", "RAB.04.01")),
    R("e-Logbook Penangkapan Ikan", "", "", "kkp", codes=("RAL.01.27", "RAB.07.04")),
    R("SIPUHH (Sistem Informasi Penatausahaan Hasil Hutan)", "", "", "klhk", codes=("RAL.01.30", "RAB.07.02")),
    R("GoKUPS (Perhutanan Sosial)", "", "", "klhk", codes=("RAL.01.30", "RAB.07.02")),
    R("SIMLUHTAN", "", "", "kementan", codes=("RAL.01.24", "RAB.02.03")),
    R("Romantik (Rekomendasi Kegiatan Statistik)", "", "", "bps", codes=("RAL.02.09", "RAB.09.03")),
    R("IMIC (Indonesia Maritime Information Centre)", "", "", "bakamla", codes=("RAL.01.01", "RAB.01.01")),
    R("Sistem Informasi Deradikalisasi", "", "", "bnpt", codes=("RAL.01.05", "RAB.05.01")),
    R("SIRENA (Sistem Informasi Rehabilitasi Narkoba)", "", "", "bnn", codes=("RAL.01.05", "RAB.05.01")),
    R("Sistem Informasi Pembinaan Ideologi Pancasila", "", "", "bpip", codes=("RAL.01.04", "RAB.08.01")),
    R("Labkurtannas (Pengukuran Ketahanan Nasional)", "", "", "lemhannas", codes=("RAL.01.01", "RAB.01.01")),
    R("e-Terminal Tipe A", "", "", "kemenhub", codes=("RAL.01.17", "RAB.03.04")),
    R("SIKOKUM (Sistem Informasi Koordinasi Kebijakan Hukum)", "", "", "kemenko-kumham-imipas", codes=("RAL.02.05", "RAB.09.07")),
    R("Sistem Pemantauan Isu Strategis (Media Monitoring)", "", "", "kemenko-polhukam", codes=("RAL.02.09", "RAB.09.04")),
    R("SID-IDM (Indeks Desa Membangun)", "", "", "kemendes-pdtt", codes=("RAL.01.08", "RAB.03.06")),
    R("e-Registrasi Obat dan Makanan", "", "", "bpom", codes=("RAL.01.12", "RAB.04.03")),
]

# ---------------------------------------------------------------------------------------------
# Extra descriptions/functions for rows left bare above (agency-style, some stay empty).
# ---------------------------------------------------------------------------------------------
EXTRA = {
    "SIKAP (Sistem Informasi Kawasan Permukiman Kumuh)": ("Pendataan luasan dan penanganan kawasan kumuh kewenangan provinsi", ""),
    "SIM Rusun (Sistem Informasi Manajemen Rumah Susun)": ("Pengelolaan penghuni, sewa dan pemeliharaan rusunawa", "manajemen hunian"),
    "SI-SAKTI (Sistem Informasi Sertifikasi Kompetensi Tenaga Kerja)": ("Pendaftaran uji kompetensi dan penerbitan sertifikat kompetensi kerja melalui LSP", ""),
    "SIMAN (Sistem Informasi Manajemen Angkutan Sungai dan Penyeberangan)": ("Data dermaga, kapal motor sungai, jadwal penyeberangan dan jumlah penumpang", ""),
    "Sistem Informasi Pengupahan dan UMP": ("Data dan simulasi upah minimum provinsi, struktur skala upah perusahaan", ""),
    "Seleksi Calon Paskibraka Online": ("Pendaftaran dan seleksi calon pasukan pengibar bendera pusaka dari pelajar", ""),
    "e-Learning Siswa (Rumah Belajar)": ("Materi pembelajaran dan ujian daring untuk siswa SMA/SMK/SLB", "pembelajaran jarak jauh"),
    "Survei Minat Baca Masyarakat": ("Survei tingkat kegemaran membaca masyarakat per kabupaten/kota", ""),
    "WBS (Work Breakdown Structure) Proyek Jalan Nasional": ("Penjadwalan dan pengendalian pekerjaan proyek jalan dan jembatan (kurva S)", "project management"),
    "Sistem Pelaporan Gratifikasi (e-UPG)": ("Pelaporan penerimaan/penolakan gratifikasi oleh pegawai ke Unit Pengendali Gratifikasi", ""),
    "e-Izin Cuti Pegawai": ("Pengajuan dan persetujuan cuti tahunan, cuti sakit, cuti besar ASN", "cuti"),
    "Izin Trayek Angkutan AKDP": ("Penerbitan izin trayek angkutan antar kota dalam provinsi", ""),
    "Sistem Informasi Kondisi dan Kinerja Jalan Provinsi": ("Survei kondisi permukaan jalan (IRI), kemantapan jalan provinsi", ""),
    "AHU Koperasi (Pengesahan Badan Hukum dan Anggaran Dasar Koperasi)": ("Pengesahan akta pendirian dan perubahan anggaran dasar koperasi melalui notaris", ""),
    "KPRI Online (Simpan Pinjam Koperasi Pegawai)": ("Simpanan, pinjaman dan potongan angsuran anggota koperasi pegawai", ""),
    "Puskeswan Online (Pusat Kesehatan Hewan)": ("Layanan pemeriksaan, vaksinasi dan pengobatan hewan ternak", ""),
    "SIDBANKUM (Sistem Informasi Database Bantuan Hukum)": ("Verifikasi organisasi bantuan hukum dan reimbursement litigasi masyarakat miskin", ""),
    "Siaran Pers dan Galeri Humas": ("Publikasi berita kegiatan gubernur, foto dan video", ""),
    "Hotspot WiFi Publik Gratis": ("Manajemen titik akses internet gratis di taman dan ruang publik", ""),
    "Lelang Ikan Online (TPI Digital)": ("Lelang hasil tangkapan nelayan di tempat pelelangan ikan", ""),
    "SISDMK (Sistem Informasi SDM Kesehatan)": ("Registrasi dan pemetaan tenaga kesehatan di fasyankes", ""),
    "Dashboard Pimpinan (Executive Information System)": ("Ringkasan indikator untuk pimpinan", ""),
    "Dashboard Inflasi Daerah (TPID)": ("Pemantauan harga dan inflasi untuk Tim Pengendali Inflasi Daerah", ""),
    "Helpdesk SPSE": ("Layanan bantuan teknis bagi pengguna SPSE (ticketing)", "helpdesk"),
    "Helpdesk TIK": ("Tiket gangguan jaringan, komputer dan email pegawai", ""),
    "Manajemen Talenta ASN": ("Pemetaan talenta, talent pool dan rencana suksesi jabatan", ""),
    "Web Service Dukcapil": ("Akses data kependudukan (verifikasi NIK) bagi lembaga pengguna yang memiliki PKS", ""),
    "e-Lapor Harta Kekayaan ASN (LHKASN)": ("Pelaporan harta kekayaan ASN setiap tahun", ""),
    "Peduli WNI (Lapor Diri)": ("Lapor diri WNI di luar negeri dan pelayanan kekonsuleran", ""),
    "SIKERJA K3 (Sistem Informasi Keselamatan dan Kesehatan Kerja)": ("Pelaporan kecelakaan kerja dan pengawasan K3 perusahaan", ""),
    "SIMFONI-PPA": ("Sistem Informasi Online Perlindungan Perempuan dan Anak, pencatatan kasus kekerasan", ""),
    "SSO - Sistem Sertifikasi Online Produk SNI": ("Pengajuan sertifikasi SNI produk oleh pelaku usaha", ""),
    "Portal Geopark Belitong": ("Informasi geosite dan pengelolaan geopark", ""),
    "Tiket Museum Online": ("Pembelian tiket masuk museum dan taman budaya", ""),
    "Booking Ruang Rapat": ("Reservasi ruang rapat dan zoom meeting", ""),
    "Pemantauan Protokol Kesehatan": ("Monitoring kepatuhan protokol kesehatan di tempat usaha oleh Satpol PP", ""),
    "e-Audit Energi": ("Pelaporan audit energi dan manajemen energi oleh pengguna energi besar", ""),
    "Monitoring Program Makan Bergizi": ("Pemantauan distribusi paket makan bergizi di sekolah", ""),
    "Sertipikat Tanah Elektronik": ("Penerbitan sertipikat hak atas tanah dalam bentuk dokumen elektronik", ""),
    "SIBENIH Perkebunan": ("Sertifikasi dan peredaran benih tanaman perkebunan", ""),
    "LTSA Pekerja Migran": ("Layanan terpadu satu atap penempatan dan perlindungan pekerja migran", ""),
    "Dapobud (Data Pokok Kebudayaan)": ("Pendataan objek pemajuan kebudayaan, lembaga dan tenaga budaya", ""),
    "Sistem Informasi Panti Sosial": ("Data penghuni dan layanan panti sosial milik provinsi", ""),
    "e-Formasi": ("Usulan kebutuhan dan penetapan formasi ASN", ""),
    "Monitoring RUPTL": ("Pemantauan Rencana Usaha Penyediaan Tenaga Listrik", ""),
    "Monitoring Proyek Strategis Nasional (PSN)": ("Progres dan debottlenecking PSN", ""),
    "SPAN (Sistem Perbendaharaan dan Anggaran Negara)": ("Sistem perbendaharaan: pencairan dana, manajemen kas, akuntansi pusat", ""),
    "Manajemen Aset TI (CMDB)": ("Inventaris perangkat TIK, lisensi dan konfigurasi server", ""),
    "Rescue 115": ("Permintaan pertolongan darurat pencarian dan pertolongan", ""),
    "B@LIS (Perizinan Ketenaganukliran)": ("Perizinan pemanfaatan tenaga nuklir dan sumber radiasi", ""),
    "SIINas (Sistem Informasi Industri Nasional)": ("Pelaporan data industri oleh perusahaan industri", ""),
    "INATRADE": ("Perizinan ekspor dan impor", ""),
    "KUSUKA (Kartu Pelaku Usaha Kelautan dan Perikanan)": ("Kartu identitas dan basis data pelaku usaha kelautan dan perikanan", ""),
    "BLUe (Bukti Lulus Uji Elektronik)": ("Uji berkala kendaraan bermotor (KIR)", ""),
    "iPusnas": ("Perpustakaan digital peminjaman e-book bagi masyarakat", ""),
    "Sistem Surat Kapal Elektronik": ("Penerbitan surat ukur, pas kecil dan gross akte kapal", ""),
    "Sistem Informasi Koleksi Museum Negeri": ("Inventarisasi dan katalog koleksi benda museum", ""),
    "Bank Sampah Digital": ("Penimbangan dan tabungan nasabah bank sampah", ""),
    "PDN Service Portal": ("Permintaan layanan komputasi dan penyimpanan Pusat Data Nasional", ""),
    "SIPKD (Sistem Informasi Pengelolaan Kawasan Dilindungi)": ("Data kawasan konservasi, patroli dan izin masuk kawasan", ""),
    "IKD (Identitas Kependudukan Digital)": ("KTP digital di telepon genggam", ""),
    "SIAK Terpusat": ("Pencatatan administrasi kependudukan dan pencatatan sipil", ""),
    "SATUSEHAT": ("Platform interoperabilitas dan pertukaran data kesehatan", ""),
    "SIMBG (Sistem Informasi Manajemen Bangunan Gedung)": ("Persetujuan Bangunan Gedung (PBG) dan SLF", ""),
    "Siskeudes (Sistem Keuangan Desa)": ("Pengelolaan keuangan desa", ""),
    "SISKOHAT": ("Sistem Informasi dan Komputerisasi Haji Terpadu", ""),
    "SIMKAH": ("Pencatatan nikah di KUA", ""),
    "SIHALAL": ("Pengajuan sertifikasi halal", ""),
    "MODI (Minerba One Data Indonesia)": ("Data perusahaan dan wilayah izin usaha pertambangan", ""),
    "Info BMKG": ("Informasi cuaca, iklim, gempabumi dan peringatan dini", ""),
    "Sistem Informasi Pemantauan Pemilu (Kesbangpol)": ("Pemantauan situasi politik dan kerawanan pemilu/pilkada", ""),
    "SIDANAS (Sistem Informasi Data Atlet Nasional)": ("Database atlet dan pelatih nasional", ""),
    "Sentuh Tanahku": ("Informasi layanan pertanahan dan status berkas", ""),
    "e-Logbook Penangkapan Ikan": ("Pelaporan hasil tangkapan per trip oleh nakhoda", ""),
    "SIPUHH (Sistem Informasi Penatausahaan Hasil Hutan)": ("Penatausahaan hasil hutan kayu", ""),
    "Romantik (Rekomendasi Kegiatan Statistik)": ("Pengajuan rekomendasi kegiatan statistik sektoral", ""),
    "e-Terminal Tipe A": ("Pencatatan kedatangan dan keberangkatan bus di terminal", ""),
    "SID-IDM (Indeks Desa Membangun)": ("Pengukuran status perkembangan desa", ""),
    "e-Registrasi Obat dan Makanan": ("Pendaftaran izin edar obat dan pangan olahan", ""),
}

# Rows for which the EXTRA description is withheld on purpose (bare inventory entries).
KEEP_BARE = {"INATRADE", "SIHALAL", "Rescue 115", "Helpdesk TIK", "SIMKAH", "iPusnas", "PDN Service Portal",
             "Dashboard Pimpinan (Executive Information System)", "Monitoring RUPTL", "Bank Sampah Digital"}


# Phrasing variants used to fill some of the bare group rows (fungsi / deskripsi), in the loose style
# inventories use. Filled at random (seeded), so many rows still stay bare.
VARIANTS = {
    "G01": (["Persuratan dinas", "Manajemen surat masuk/keluar dan disposisi", "naskah dinas elektronik"],
            ["Aplikasi untuk mengelola surat menyurat di lingkungan instansi", "Paperless office: surat, nota dinas, disposisi"]),
    "G02": (["Layanan arsip statis", "Akuisisi dan deskripsi arsip statis"], ["Penyelamatan dan layanan arsip bernilai guna sejarah"]),
    "G03": (["Pengelolaan pengaduan", "Menampung aspirasi dan keluhan warga"], ["Layanan pengaduan pelayanan publik terintegrasi SP4N-LAPOR"]),
    "G04": (["Pelaporan pelanggaran (WBS)", "Penanganan pengaduan internal"], ["Media pelaporan dugaan pelanggaran oleh pegawai atau pihak luar"]),
    "G05": (["Survei kepuasan", "Pengukuran IKM unit layanan"], ["Survei kepuasan masyarakat terhadap penyelenggaraan pelayanan publik"]),
    "G06": (["Administrasi kepegawaian", "Data induk pegawai", "Layanan kepegawaian"], ["Sistem informasi kepegawaian", "Pengelolaan data dan riwayat ASN"]),
    "G07": (["Penilaian kinerja ASN", "Pengukuran kinerja individu"], ["Aplikasi penilaian prestasi kerja pegawai"]),
    "G08": (["Rekap kehadiran", "Absensi"], ["Pencatatan kehadiran pegawai secara elektronik"]),
    "G09": (["Perhitungan gaji dan tunjangan", "Payroll"], ["Aplikasi penggajian pegawai"]),
    "G10": (["Seleksi pegawai", "Pendaftaran rekrutmen"], ["Rekrutmen pegawai secara online"]),
    "G11": (["Pengembangan kompetensi", "Diklat pegawai"], ["Pembelajaran dan pelatihan aparatur"]),
    "G12": (["Pelaksanaan anggaran satker", "Keuangan satker"], ["Penatausahaan dan pertanggungjawaban keuangan unit kerja"]),
    "G13": (["Perencanaan dan penganggaran daerah", "Pengelolaan keuangan daerah", "Penatausahaan APBD"],
            ["Sistem keuangan daerah terintegrasi dari perencanaan sampai pelaporan"]),
    "G14": (["Perencanaan program dan anggaran", "Penyusunan renja dan RKA K/L"], ["Aplikasi perencanaan kegiatan dan anggaran unit"]),
    "G15": (["Akuntabilitas kinerja", "Penyusunan LKjIP"], ["Sistem akuntabilitas kinerja instansi pemerintah"]),
    "G16": (["Tender elektronik", "E-procurement"], ["Layanan pengadaan barang/jasa secara elektronik"]),
    "G17": (["E-purchasing", "Katalog elektronik"], ["Belanja barang/jasa melalui katalog elektronik"]),
    "G18": (["Perencanaan pengadaan", "RUP"], ["Rencana umum pengadaan barang/jasa"]),
    "G19": (["Data penyedia", "Penilaian kinerja penyedia"], ["Pendaftaran dan verifikasi penyedia barang/jasa"]),
    "G20": (["Penatausahaan BMD", "Pengelolaan aset", "Inventarisasi barang"], ["Pengelolaan barang milik daerah/negara"]),
    "G21": (["Perizinan usaha", "Pelayanan perizinan berusaha"], ["Pelayanan izin usaha secara online"]),
    "G22": (["Perizinan non berusaha", "Pelayanan PTSP"], ["Pelayanan perizinan dan non perizinan"]),
    "G25": (["Perizinan perikanan tangkap", "Izin kapal perikanan"], ["Penerbitan SIUP, SIPI dan SIKPI"]),
    "G26": (["Keterbukaan informasi publik", "Pelayanan informasi publik"], ["Layanan PPID: permohonan informasi, keberatan, DIP"]),
    "G27": (["Dokumentasi hukum", "Publikasi produk hukum"], ["Jaringan dokumentasi dan informasi hukum", "Database produk hukum daerah"]),
    "G28": (["Publikasi data", "Open data"], ["Portal data sektoral dan statistik"]),
    "G29": (["Repositori penelitian", "Publikasi hasil riset"], ["Kumpulan hasil penelitian dan kajian"]),
    "G30": (["Berbagi pakai data geospasial", "Geoportal"], ["Simpul jaringan data geospasial"]),
    "G31": (["Informasi tata ruang", "RTRW"], ["Peta rencana tata ruang wilayah"]),
    "G32": (["Manajemen rumah sakit", "Rekam medis, billing"], ["Sistem informasi rumah sakit daerah"]),
    "G33": (["Pelayanan puskesmas", "Rekam medis puskesmas"], ["Sistem informasi layanan di puskesmas"]),
    "G34": (["Rujukan pasien", "Sistem rujukan"], ["Rujukan berjenjang antar fasilitas kesehatan"]),
    "G36": (["Data kesejahteraan sosial", "Pendataan fakir miskin"], ["Pengelolaan data penerima bantuan sosial"]),
    "G37": (["Data pokok pendidikan", "Pendataan sekolah"], ["Data sekolah, siswa, guru"]),
    "G38": (["Single sign on", "Autentikasi"], ["Login tunggal untuk aplikasi"]),
    "G39": (["Interoperabilitas", "Integrasi aplikasi"], ["Web service dan API antar aplikasi"]),
    "G40": (["Pembayaran PNBP", "Billing PNBP"], ["Penerimaan negara bukan pajak secara elektronik"]),
    "G41": (["Pembayaran non tunai", "Penerimaan retribusi"], ["Kanal pembayaran retribusi daerah"]),
    "G42": (["Pembayaran PKB", "Samsat online"], ["Pembayaran pajak kendaraan bermotor secara online"]),
    "G43": (["Data bencana", "Pelaporan kejadian bencana"], ["Pencatatan kejadian dan dampak bencana"]),
    "G44": (["Pemantauan hotspot", "Monitoring karhutla"], ["Informasi titik panas kebakaran hutan dan lahan"]),
    "G46": (["Informasi lowongan kerja", "Penempatan tenaga kerja"], ["Bursa kerja online"]),
    "G47": (["Agenda pimpinan", "Keprotokolan"], ["Pengaturan jadwal kegiatan pimpinan"]),
    "G48": (["Pengawasan internal", "Manajemen audit"], ["Perencanaan audit, kertas kerja dan tindak lanjut temuan"]),
    "G49": (["Pemantauan status gizi", "Pencegahan stunting"], ["Pencatatan status gizi balita"]),
    "G50": (["Otomasi perpustakaan", "Katalog dan sirkulasi"], ["Sistem otomasi perpustakaan"]),
    "G52": (["TTE", "Tanda tangan digital"], ["Penandatanganan dokumen elektronik"]),
    "G53": (["Pendaftaran pekebun", "STD-B"], ["Pendataan kebun rakyat"]),
    "G54": (["Pendataan koperasi", "Data koperasi"], ["Data kelembagaan dan usaha koperasi"]),
    "G55": (["Promosi pariwisata", "Informasi destinasi"], ["Portal informasi wisata"]),
}

# ---------------------------------------------------------------------------------------------
# Proposals
# ---------------------------------------------------------------------------------------------
REUSE = [
    ("Aplikasi Disposisi Surat Digital Dinas PUPR",
     "Selama ini surat masuk dicatat manual di buku agenda, lalu difotokopi dan diantar ke tiap bidang. Kami ingin Kadis bisa memberi disposisi langsung dari HP dan semua surat tersimpan rapi.",
     ["srikandi", "eoffice_perin"]),
    ("Kanal Satu Pintu Keluhan Warga",
     "Pak Gubernur minta ada satu pintu untuk keluhan masyarakat soal jalan rusak, PJU mati, pelayanan RSUD, dan lain-lain, supaya bisa diteruskan ke OPD terkait dan dipantau tindak lanjutnya.",
     ["lapor", "laporgub"]),
    ("Database ASN Terpadu BKD",
     "Kami ingin menyimpan riwayat pangkat, jabatan, pendidikan dan keluarga seluruh ASN supaya tidak bolak-balik minta fotokopi SK setiap ada usulan.",
     ["siasn", "simpeg_sumut"]),
    ("Aplikasi Laporan Harian dan SKP",
     "pegawai mengisi kegiatan harian lalu atasan menilai tiap bulan, hasilnya jadi nilai SKP tahunan",
     ["ekinerja_bkn", "ekinerja_jambi"]),
    ("Absen Pakai HP untuk Pegawai Lapangan",
     "Pegawai UPT sering bertugas di lapangan sehingga mesin sidik jari tidak efektif. Butuh absen berbasis lokasi dan swafoto.",
     ["presensi_kemenkop", "presensi_kemensos"]),
    ("Kalkulator TPP Otomatis",
     "Bagian keuangan setiap bulan menghitung TPP ASN secara manual di excel dari rekap kehadiran. Mohon dibangun aplikasi yang menghitung otomatis sekaligus mencetak daftar pembayarannya.",
     ["sitpp_kalbar", "simgaji_sumbar"]),
    ("Kelas Online Pelatihan Teknis Pegawai",
     "BPSDM ingin menyelenggarakan pelatihan jarak jauh untuk pegawai: video materi, kuis, forum diskusi dan sertifikat elektronik.",
     ["lms_lan", "klc"]),
    ("Aplikasi Keuangan Balai",
     "Satker kami (balai) masih memakai beberapa aplikasi terpisah untuk SPP/SPM, BKU dan laporan keuangan. Kami usulkan satu aplikasi keuangan satker yang terintegrasi.",
     ["sakti", "simkeu_kemenpora"]),
    ("Sinkronisasi Renja ke RKA dan Penatausahaan APBD",
     "Bappeda dan BPKAD ingin satu sistem dari Renja OPD, RKA, DPA sampai SP2D dan LRA supaya angka tidak berbeda-beda.",
     ["sipd", "simral"]),
    ("Lelang Paket Konstruksi Elektronik",
     "ULP Dinas Bina Marga perlu sarana tender paket pekerjaan jalan secara online, dari pengumuman sampai penetapan pemenang.",
     ["spse", "lpse_pupr"]),
    ("Belanja ATK Klik dari Daftar Produk",
     "Untuk belanja rutin kantor, PPK cukup memilih produk penyedia yang harganya sudah tayang lalu pesan langsung, tanpa tender.",
     ["ekatalog", "ekatalog_jabar"]),
    ("Pengumuman Rencana Pengadaan Tahunan",
     "Kami wajib mengumumkan daftar paket yang akan diadakan tahun depan begitu anggaran ditetapkan. Saat ini hanya ditempel di papan pengumuman.",
     ["sirup"]),
    ("Sistem Inventaris Barang Kantor Balai Besar",
     "Mencatat laptop, kendaraan, meja dan gedung milik negara yang ada di satker, termasuk usulan penghapusan dan pemanfaatan.",
     ["siman", "inv_brin"]),
    ("Izin Usaha UMKM Sekali Klik",
     "Banyak pelaku UMKM di daerah kami kesulitan mengurus NIB dan izin usahanya. Kami ingin portal sendiri untuk pengajuan izin usaha.",
     ["oss", "izinusaha_bali"]),
    ("Aplikasi Izin Kapal Nelayan DKP",
     "DKP Provinsi Maluku Utara menerbitkan izin kapal ikan di bawah 30 GT secara manual. Usul dibuat aplikasi permohonan SIUP/SIPI online.",
     ["simkada", "esipi_maluku"]),
    ("Permintaan Salinan Dokumen Publik oleh Warga",
     "Warga dan LSM sering minta salinan dokumen anggaran dan kontrak. Kami butuh formulir online dan register permohonan serta keberatan.",
     ["eppid_kaltim", "sippid_jambi"]),
    ("Pencarian Perda dan Pergub",
     "Biro Hukum ingin semua perda, pergub dan keputusan gubernur bisa dicari dan diunduh masyarakat.",
     ["jdihn", "jdih_jatim"]),
    ("Portal Dataset OPD",
     "Diskominfo mau menampilkan dataset dari semua OPD dalam format csv/xlsx lengkap dengan metadata supaya bisa diunduh publik.",
     ["sdi", "opendata_jabar"]),
    ("Rekam Medis Elektronik RSUD",
     "RSUD kelas C milik provinsi belum punya sistem: pendaftaran, rekam medis elektronik, farmasi, kasir dan klaim masih manual.",
     ["simrs_gos", "simrs_ntb"]),
    ("Sistem Pengiriman Pasien Antar RS",
     "Puskesmas dan RS tipe D perlu mengirim pasien ke RS yang lebih lengkap dan tahu lebih dulu apakah pasien bisa diterima.",
     ["sisrute", "rujukan_jabar"]),
    ("Pendataan Keluarga Miskin Penerima Bansos",
     "Dinsos ingin mendata keluarga miskin untuk penerima bantuan, verifikasi dan validasi oleh desa/kelurahan, lalu diusulkan ke pusat.",
     ["siksng", "dtks_lampung"]),
    ("Satu Akun untuk Semua Aplikasi Pemprov",
     "ASN dan warga harus menghafal banyak username-password. Mohon dibuat login tunggal untuk semua aplikasi.",
     ["inapas", "sso_jateng"]),
    ("Integrasi Antar Aplikasi OPD lewat API",
     "Aplikasi perizinan, keuangan dan kepegawaian kami tidak saling terhubung. Kami butuh penghubung supaya data bisa dipakai lintas aplikasi.",
     ["splp", "apigw_sumbar"]),
    ("Pembayaran Tarif Layanan Laboratorium Balai",
     "Balai menerima tarif layanan pengujian yang masuk kas negara. Kami ingin pemohon mendapat kode billing dan membayar lewat bank secara online.",
     ["simponi", "epnbp_hub"]),
    ("Bayar Pajak Motor dari Rumah",
     "Bapenda ingin wajib pajak bisa bayar PKB tahunan tanpa antri di kantor Samsat, e-TBPKP dikirim digital.",
     ["sambara", "sakpole"]),
    ("Catatan Kejadian Banjir dan Longsor",
     "BPBD mencatat kejadian bencana, jumlah korban, pengungsi, dan kerusakan rumah dari tiap kecamatan. Saat ini lewat WA grup.",
     ["dibi", "dara"]),
    ("Pantau Titik Api Lahan Gambut",
     "Manggala Agni dan BPBD perlu memantau titik panas harian dan luas lahan terbakar di musim kemarau.",
     ["sipongi", "lancangkuning"]),
    ("Tanda Tangan Digital untuk SK dan Sertifikat",
     "Supaya SK dan sertifikat pelatihan tidak perlu dicetak dan ditandatangani basah.",
     ["bsre", "sitandi"]),
    ("Pendataan Koperasi Aktif dan RAT",
     "Dinas Koperasi ingin tahu koperasi mana yang masih aktif, sudah RAT, berapa anggota dan volume usahanya.",
     ["ods", "simkop_diy"]),
    ("Saluran Rahasia Pelaporan Pelanggaran Pegawai",
     "Inspektorat butuh saluran tempat pegawai bisa melaporkan dugaan korupsi atau penyalahgunaan wewenang tanpa identitas diketahui.",
     ["wbs_bpom", "wbs_lampung"]),
    ("Kuesioner Kepuasan Setelah Dilayani",
     "Setelah dilayani di loket, pengunjung mengisi kuesioner di tablet dan sistem langsung menghitung indeksnya per unit layanan.",
     ["eskm_banten", "ikm_kalsel"]),
]

NOVEL = [
    ("SRIKANDI - Sahabat Perempuan Wirausaha",
     "Program pendampingan perempuan pelaku usaha mikro: jadwal mentoring, catatan perkembangan usaha, dan pertemuan dengan mentor sukarela."),
    ("SIMAN Mangrove",
     "Pemantauan penanaman dan tingkat hidup bibit mangrove di pesisir, dengan foto lokasi dan data kelompok tani hutan."),
    ("SIKAP Penyu",
     "Relawan konservasi mencatat lokasi sarang penyu, jumlah telur, penetasan dan pelepasan tukik di pantai peneluran."),
    ("e-Voting Rapat Paripurna",
     "Sekretariat DPRD ingin pengambilan suara anggota dewan pada rapat paripurna dilakukan secara elektronik dan hasilnya langsung tampil."),
    ("Aplikasi Barang Temuan",
     "Di terminal dan kantor pelayanan sering ada barang tertinggal. Kami ingin warga bisa melihat daftar barang temuan dan mengklaimnya."),
    ("Sensus Pohon Perkotaan",
     "Inventarisasi pohon peneduh di jalan protokol: jenis, diameter, kondisi, dan jadwal pemangkasan."),
    ("Pemantauan Kesehatan Terumbu Karang",
     "Penyelam mitra mencatat tutupan karang hidup dan pemutihan di titik-titik transek setiap tahun."),
    ("Kalender Tanam Padi Kecamatan",
     "Rekomendasi waktu tanam dan varietas padi per kecamatan untuk penyuluh dan kelompok tani."),
    ("SIMAKAM",
     "Pendataan petak makam di TPU milik pemda, ahli waris, masa sewa dan pembayaran perpanjangan."),
    ("Pelacakan Bus Sekolah Gratis",
     "Orang tua bisa melihat posisi bus sekolah gratis yang disediakan pemda dan perkiraan waktu tiba di halte."),
    ("Dashboard Kualitas Udara",
     "Menampilkan hasil pengukuran alat pemantau kualitas udara (PM2.5, SO2) di beberapa titik kota secara real-time."),
    ("Buku Tamu Digital Kantor Gubernur",
     "Tamu yang datang mengisi data di tablet resepsionis, foto, tujuan dan pegawai yang ditemui."),
    ("Daftar Juru Bahasa Isyarat",
     "Roster juru bahasa isyarat yang dapat dipanggil untuk acara resmi, konferensi pers dan layanan publik bagi teman tuli."),
    ("SATU SEHAT Jiwa ASN",
     "Layanan konseling psikologis daring untuk ASN yang mengalami stres kerja, dengan jadwal konselor dan kerahasiaan sesi."),
    ("e-Katalog Motif Batik Daerah",
     "Dokumentasi motif batik khas daerah beserta asal-usulnya sebagai kekayaan intelektual komunal yang didaftarkan pemda."),
]

# ---------------------------------------------------------------------------------------------


def mess_code(code, rng):
    """Illustrative messiness on one code string."""
    r = rng.random()
    if r < 0.08:
        code = code.lower() if rng.random() < 0.5 else code[:2] + code[2].lower() + code[3:]
    elif r < 0.14:  # dropped leading zeros
        parts = code.split(".")
        code = ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])
    elif r < 0.19:
        code = code.replace(".", ". ", 1)
    elif r < 0.23 and len(code) > 7:
        code = code[:-1]
    elif r < 0.26:
        code = " " + code + " "
    return code


def deepen(base, rng):
    out = base
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        out += ".%02d" % rng.randint(1, 9)
    return out


def make_codes(ral_base, rab_base, jenis, rng):
    if rng.random() < 0.25:
        return "", "", ""
    res = []
    for base in (ral_base, rab_base):
        if not base or rng.random() < 0.12:
            res.append("")
            continue
        bases = base.split(";")
        codes = [mess_code(deepen(b, rng), rng) for b in bases]
        if len(codes) == 1 and rng.random() < 0.07:
            codes.append(mess_code(deepen(bases[0], rng), rng))
        res.append(";".join(codes))
    if rng.random() < 0.15:
        res.append("")
    else:
        raa = "RAA.01.02" if jenis == "umum" else ("RAA.02.%02d" % rng.choice([1, 2, 2]))
        raa = deepen(raa, rng) if rng.random() < 0.5 else raa
        res.append(mess_code(raa, rng))
    return tuple(res)


def slug(nama):
    s = nama.split("(")[0].strip().lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch == " ")
    toks = s.split()
    if not toks:
        return "app"
    return toks[0] if len(toks[0]) >= 4 or len(toks) == 1 else toks[0] + toks[1]


def main():
    rng = random.Random(SEED)
    rows = []  # dicts with nama..dpi plus _group, _trap, key
    for gid, _label, (ral, rab), members in GROUPS:
        for m in members:
            m = dict(m)
            m["_group"] = gid
            m["_codes"] = (ral, rab)
            rows.append(m)
    for t in TRAPS:
        t = dict(t)
        t["_trap"] = t.pop("res")
        t["_codes"] = t.pop("codes")
        rows.append(t)
    for s in SINGLES:
        s = dict(s)
        s["_codes"] = s.pop("codes")
        rows.append(s)

    for r in rows:
        if r["nama"] in EXTRA and not r["deskripsi"] and r["nama"] not in KEEP_BARE:
            d, f = EXTRA[r["nama"]]
            r["deskripsi"] = d
            if f and not r["fungsi"]:
                r["fungsi"] = f
        if r.get("_group") in VARIANTS:
            fv, dv = VARIANTS[r["_group"]]
            if not r["fungsi"] and rng.random() < 0.5:
                r["fungsi"] = rng.choice(fv)
            if not r["deskripsi"] and rng.random() < 0.3:
                r["deskripsi"] = rng.choice(dv)
        elif not r["fungsi"] and r.get("_trap") and rng.random() < 0.25:
            r["fungsi"] = " ".join(r["deskripsi"].split(",")[0].split()[:5]) if r["deskripsi"] else ""
        jenis = r.get("jenis")
        if jenis is None:
            jenis = rng.choice(["khusus", "khusus", ""])
        r["jenis"] = jenis
        if "kode_ral" not in r:
            ral_b, rab_b = r["_codes"]
            r["kode_ral"], r["kode_rab"], r["kode_raa"] = make_codes(ral_b, rab_b, jenis, rng)
        if "status" not in r:
            r["status"] = rng.choices(["aktif", "tidak aktif", "pengembangan", ""], [60, 10, 10, 20])[0]
        if "tahun" not in r:
            r["tahun"] = "" if rng.random() < 0.2 else str(rng.randint(2010, 2025))
        if "url" not in r:
            dom = DOMAIN[r["instansi"]]
            x = rng.random()
            if not dom or x < 0.3:
                r["url"] = ""
            elif x < 0.75:
                r["url"] = "https://%s.%s" % (slug(r["nama"]), dom)
            elif x < 0.9:
                r["url"] = "https://%s/%s" % (dom, slug(r["nama"]))
            else:
                r["url"] = "http://%s.%s" % (slug(r["nama"]), dom)
        r.setdefault("dpi", "")

    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "i%03d" % i

    # ---- write CSV
    header = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
              "status", "tahun", "url", "dpi"]
    csv_path = os.path.join(HERE, "blind9-inventory.csv")
    with open(csv_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])

    # ---- groups
    by_key = {r["key"]: r["id"] for r in rows if r.get("key")}
    groups = []
    for n, (gid, _label, _codes, _members) in enumerate(GROUPS, 1):
        ids = sorted(r["id"] for r in rows if r.get("_group") == gid)
        groups.append({"id": "G%02d" % n, "members": ids, "_src": gid})
    with open(os.path.join(HERE, "blind9-groups.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"source": PROVENANCE,
                   "duplicateGroups": [{"id": g["id"], "members": g["members"]} for g in groups]}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # ---- proposals (reuse and novel interleaved deterministically)
    props = [(n, d, [by_key[k] for k in ks]) for n, d, ks in REUSE] + [(n, d, []) for n, d in NOVEL]
    prng = random.Random(SEED + 1)
    prng.shuffle(props)
    proposals = [{"id": "p%02d" % i, "nama": n, "deskripsi": d, "expected": e}
                 for i, (n, d, e) in enumerate(props, 1)]
    with open(os.path.join(HERE, "blind9-proposals.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({"source": PROVENANCE, "proposals": proposals}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # ---- checks
    with open(csv_path, encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert list(back[0].keys()) == header
    ids = [b["id"] for b in back]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(b["id"] and b["nama"] for b in back)
    idset = set(ids)
    seen = set()
    for g in groups:
        assert len(g["members"]) >= 2, g["id"]
        for m in g["members"]:
            assert m in idset and m not in seen, (g["id"], m)
            seen.add(m)
        insts = [r["instansi"] for r in rows if r.get("_group") == g["_src"]]
        assert len(insts) == len(set(insts)), ("agency repeated in group", g["id"])
    for p in proposals:
        for e in p["expected"]:
            assert e in idset
    for r in rows:
        assert r["instansi"] in DOMAIN, r["instansi"]
        assert r["dpi"] in ("", DPI_ID, DPI_PAY, DPI_DX)
    with open(csv_path, "rb") as fh:
        assert b"\r" not in fh.read()
    agencies = Counter(r["instansi"] for r in rows)
    traps = [r for r in rows if r.get("_trap")]
    n_reuse = sum(1 for p in proposals if p["expected"])
    print("rows", len(rows), "groups", len(groups), "grouped rows", len(seen), "traps", len(traps),
          "agencies", len(agencies), "proposals", len(proposals), "reuse", n_reuse,
          "novel", len(proposals) - n_reuse)
    assert len(agencies) >= 80
    n = len(back)
    print("empty deskripsi %.2f fungsi %.2f both %.2f" % (
        sum(not b["deskripsi"] for b in back) / n, sum(not b["fungsi"] for b in back) / n,
        sum(not b["deskripsi"] and not b["fungsi"] for b in back) / n))
    print("empty ral %.2f rab %.2f raa %.2f; multi-code %d" % (
        sum(not b["kode_ral"] for b in back) / n, sum(not b["kode_rab"] for b in back) / n,
        sum(not b["kode_raa"] for b in back) / n,
        sum(";" in b["kode_ral"] + b["kode_rab"] for b in back)))
    print("status", Counter(b["status"] for b in back), "jenis", Counter(b["jenis"] for b in back),
          "dpi", Counter(b["dpi"] for b in back), "url empty %.2f" % (sum(not b["url"] for b in back) / n))
    print("group sizes", sorted(len(g["members"]) for g in groups))


if __name__ == "__main__":
    main()
