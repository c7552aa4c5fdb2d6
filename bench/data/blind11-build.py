#!/usr/bin/env python3
"""Build the blind11 benchmark (inventory, duplicate groups, proposals).

Hand-labelled, written blind to the engine. Standard library only.
Run from any directory: writes blind11-inventory.csv, blind11-groups.json
and blind11-proposals.json next to this script.
"""
import csv
import json
import os
import random

random.seed(111111)

HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "blind11: hand-labelled benchmark written BLIND to the engine by a helper session. "
    "Sources read: (1) /work/shared/domain/spbe-reference.md, read in full; "
    "(2) name-only listings `ls /work/main/catalog-info`, `ls /work/main/catalog-info/*/`, "
    "`ls /work/main/bench/data`; (3) agency and DPI ids from "
    "`grep -h \"^  name:\" /work/main/catalog-info/agencies/*.yaml` and "
    "`grep -h \"^  name:\" /work/main/catalog-info/dpi/*.yaml`. "
    "No engine code, plugin, doc, test, other benchmark file or git history was opened or run, "
    "and no web or code-index search about the repository was made. "
    "Rows, groups and proposals were invented by hand from general knowledge and the reference file "
    "(real national platform names used as such; agency and regional rows are illustrative, "
    "kabupaten/kota rows use their province's agency id with the place in the name). "
    "A group = rows serving the same government function in different agencies (consolidation "
    "candidates), with the national platform / aplikasi umum as a member when one exists; "
    "neighbouring functions are kept apart and a trap row is never in the group it resembles; "
    "rows in no group are singletons and are not listed. "
    "Built by blind11-build.py (random seed 111111)"
)

HEADER = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
          "kode_raa", "status", "tahun", "url", "dpi"]

# ---------------------------------------------------------------- agency web domains
DOM = {
    "kemenko-polkam": "polkam.go.id", "kemenko-kumham-imipas": "kemenkokumham.go.id",
    "kemenko-pangan": "kemenkopangan.go.id", "kemenko-ipk": "kemenkoipk.go.id",
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
    "peruri": None, "ina-digital": None, "bkn": "bkn.go.id", "bps": "bps.go.id",
    "bssn": "bssn.go.id", "brin": "brin.go.id", "lkpp": "lkpp.go.id", "anri": "anri.go.id",
    "lan": "lan.go.id", "bpkp": "bpkp.go.id", "bpom": "pom.go.id", "bmkg": "bmkg.go.id",
    "bnpb": "bnpb.go.id", "bnpt": "bnpt.go.id", "bnn": "bnn.go.id", "big": "big.go.id",
    "bkkbn": "bkkbn.go.id", "basarnas": "basarnas.go.id", "perpusnas": "perpusnas.go.id",
    "bsn": "bsn.go.id", "bapeten": "bapeten.go.id", "bakamla": "bakamla.go.id",
    "lemhannas": "lemhannas.go.id", "bin": "bin.go.id", "bpip": "bpip.go.id",
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
    "prov-papua-pegunungan": "papuapegununganprov.go.id",
    "prov-papua-barat-daya": "papuabaratdayaprov.go.id",
}

# ---------------------------------------------------------------- group reference codes
# (kode_ral, kode_rab, public-facing?)  -- illustrative codes in the reference-file style
GCODE = {
    "G01": ("RAL.02.04.01", "RAB.09.06.01", 0), "G02": ("RAL.02.04.03", "RAB.09.06.02", 0),
    "G03": ("RAL.02.04.02", "RAB.09.06.01", 0), "G04": ("RAL.02.06.01", "RAB.09.07.01", 0),
    "G05": ("RAL.02.08.03", "RAB.09.06.05", 1), "G06": ("RAL.02.09.02", "RAB.09.03.02", 1),
    "G07": ("RAL.02.08.02", "RAB.09.01.04", 1), "G08": ("RAL.02.03.02", "RAB.09.05.02", 0),
    "G09": ("RAL.02.02.01", "RAB.09.02.02", 0), "G10": ("RAL.02.03.03", "RAB.09.05.03", 0),
    "G11": ("RAL.02.07.01", "RAB.09.06.03", 0), "G12": ("RAL.02.09.01", "RAB.09.03.01", 1),
    "G13": ("RAL.01.20.01", "RAB.02.06.01", 1), "G14": ("RAL.02.06.03", "RAB.09.02.05", 0),
    "G15": ("RAL.02.06.03", "RAB.09.02.05", 0), "G16": ("RAL.02.06.03", "RAB.09.02.05", 0),
    "G17": ("RAL.02.02.04", "RAB.09.02.04", 0), "G18": ("RAL.02.06.02", "RAB.09.07.02", 1),
    "G19": ("RAL.01.11.02", "RAB.04.02.01", 1), "G20": ("RAL.01.11.03", "RAB.04.02.02", 1),
    "G21": ("RAL.01.14.01", "RAB.06.01.01", 0), "G22": ("RAL.01.14.02", "RAB.06.01.02", 1),
    "G23": ("RAL.01.12.01", "RAB.04.01.01", 1), "G24": ("RAL.02.01.03", "RAB.09.01.03", 0),
    "G25": ("RAL.02.01.04", "RAB.09.01.03", 1), "G26": ("RAL.01.09.01", "RAB.03.07.01", 1),
    "G27": ("RAL.01.09.02", "RAB.03.07.02", 1), "G28": ("RAL.02.02.03", "RAB.09.02.03", 1),
    "G29": ("RAL.01.25.01", "RAB.09.02.06", 1), "G30": ("RAL.02.09.03", "RAB.09.04.02", 0),
    "G31": ("RAL.01.17.01", "RAB.05.02.01", 1), "G32": ("RAL.01.15.01", "RAB.08.02.01", 1),
    "G33": ("RAL.01.15.02", "RAB.08.02.02", 1), "G34": ("RAL.02.02.02", "RAB.09.02.01", 0),
    "G35": ("RAL.02.03.04", "RAB.09.05.06", 0), "G36": ("RAL.02.04.04", "RAB.09.06.01", 0),
    "G37": ("RAL.02.04.05", "RAB.09.06.01", 1), "G38": ("RAL.02.04.06", "RAB.09.06.04", 0),
    "G39": ("RAL.02.07.02", "RAB.09.06.06", 0), "G40": ("RAL.02.07.03", "RAB.09.06.06", 0),
    "G41": ("RAL.02.08.04", "RAB.09.06.05", 1), "G42": ("RAL.01.18.01", "RAB.07.02.01", 1),
    "G43": ("RAL.02.06.05", "RAB.09.07.03", 0), "G44": ("RAL.02.06.06", "RAB.09.04.03", 0),
    "G45": ("RAL.01.03.02", "RAB.02.01.02", 1), "G46": ("RAL.01.05.01", "RAB.02.03.01", 1),
    "G47": ("RAL.01.11.04", "RAB.04.02.03", 1), "G48": ("RAL.01.17.02", "RAB.05.01.02", 1),
    "G49": ("RAL.01.16.01", "RAB.06.02.01", 1), "G50": ("RAL.01.19.01", "RAB.03.05.01", 1),
}

# short "fungsi" phrases as clerks write them, per group
FP = {
    "G01": ["pengelolaan data kepegawaian", "administrasi kepegawaian ASN", "manajemen data pegawai",
            "layanan kepegawaian", "pendataan PNS dan PPPK"],
    "G02": ["penilaian kinerja pegawai", "penyusunan dan penilaian SKP",
            "pengukuran kinerja individu ASN", "manajemen kinerja pegawai"],
    "G03": ["rekam kehadiran pegawai", "absensi pegawai", "presensi ASN",
            "pencatatan jam masuk dan pulang pegawai"],
    "G04": ["persuratan dinas", "tata naskah dinas elektronik", "pengelolaan surat masuk dan keluar",
            "disposisi surat elektronik"],
    "G05": ["pengelolaan pengaduan masyarakat", "penanganan keluhan publik",
            "layanan aspirasi dan pengaduan", "tindak lanjut aduan warga"],
    "G06": ["layanan informasi publik", "permohonan informasi publik", "pengelolaan PPID",
            "keterbukaan informasi"],
    "G07": ["dokumentasi dan informasi hukum", "publikasi produk hukum", "database peraturan",
            "pencarian peraturan"],
    "G08": ["perencanaan pembangunan daerah", "penyusunan RKPD", "perencanaan tahunan perangkat daerah",
            "musrenbang dan perencanaan"],
    "G09": ["pengelolaan keuangan satker", "pelaksanaan dan pertanggungjawaban anggaran",
            "akuntansi dan pelaporan keuangan", "penatausahaan anggaran satker"],
    "G10": ["perencanaan program dan anggaran", "penyusunan renja dan RKA",
            "perencanaan anggaran kementerian"],
    "G11": ["akuntabilitas kinerja instansi", "pelaporan kinerja instansi", "penyusunan LKjIP",
            "evaluasi SAKIP"],
    "G12": ["portal data", "publikasi data terbuka", "katalog dataset", "satu data"],
    "G13": ["perizinan", "pelayanan perizinan online", "penerbitan izin usaha",
            "pelayanan terpadu satu pintu"],
    "G14": ["pengadaan barang/jasa elektronik", "e-tender", "lelang pengadaan pemerintah"],
    "G15": ["rencana umum pengadaan", "perencanaan pengadaan", "pengumuman RUP"],
    "G16": ["e-purchasing", "katalog elektronik pengadaan", "belanja pemerintah daring"],
    "G17": ["pengelolaan barang milik negara/daerah", "inventarisasi aset", "penatausahaan barang",
            "manajemen aset"],
    "G18": ["pengelolaan arsip statis", "layanan akses arsip", "digitalisasi arsip statis"],
    "G19": ["pelayanan puskesmas", "rekam medis puskesmas", "sistem informasi puskesmas",
            "pendaftaran dan pemeriksaan pasien"],
    "G20": ["manajemen rumah sakit", "SIMRS", "pelayanan pasien rumah sakit",
            "billing dan rekam medis RS"],
    "G21": ["data pokok pendidikan", "pendataan sekolah, siswa dan guru", "basis data pendidikan"],
    "G22": ["penerimaan siswa baru", "PPDB", "seleksi peserta didik baru"],
    "G23": ["pengelolaan data kesejahteraan sosial", "pendataan penerima bantuan sosial",
            "verifikasi dan validasi DTKS", "penyaluran bantuan sosial"],
    "G24": ["pengelolaan keuangan desa", "APBDes", "penatausahaan keuangan desa"],
    "G25": ["administrasi pemerintahan desa", "sistem informasi desa",
            "layanan surat dan data warga desa"],
    "G26": ["pelayanan administrasi kependudukan", "penerbitan dokumen kependudukan",
            "pencatatan sipil", "layanan dukcapil"],
    "G27": ["identitas digital", "single sign on warga", "autentikasi layanan publik"],
    "G28": ["pembayaran PNBP", "kode billing PNBP", "penerimaan negara bukan pajak"],
    "G29": ["pengelolaan pajak daerah", "pendapatan daerah",
            "pendaftaran dan pembayaran pajak daerah"],
    "G30": ["interoperabilitas", "integrasi data antar aplikasi", "API gateway", "pertukaran data"],
    "G31": ["pelaporan kejadian bencana", "data bencana", "informasi kebencanaan"],
    "G32": ["otomasi perpustakaan", "sirkulasi dan katalog perpustakaan", "manajemen perpustakaan"],
    "G33": ["perpustakaan digital", "peminjaman e-book", "layanan baca digital"],
    "G34": ["penatausahaan keuangan daerah", "pengelolaan keuangan daerah",
            "akuntansi keuangan daerah", "SP2D dan pelaporan keuangan"],
    "G35": ["monitoring dan evaluasi pembangunan", "pengendalian pelaksanaan kegiatan",
            "monev realisasi fisik dan keuangan"],
    "G36": ["penggajian pegawai", "perhitungan gaji ASN", "daftar gaji"],
    "G37": ["rekrutmen pegawai", "seleksi calon pegawai", "pendaftaran seleksi"],
    "G38": ["pelatihan daring ASN", "e-learning pegawai", "pengembangan kompetensi"],
    "G39": ["pengawasan internal", "manajemen audit", "tindak lanjut hasil pemeriksaan"],
    "G40": ["whistleblowing", "pelaporan pelanggaran", "pengaduan pelanggaran pegawai"],
    "G41": ["survei kepuasan masyarakat", "indeks kepuasan masyarakat",
            "pengukuran kepuasan layanan"],
    "G42": ["pengelolaan sampah", "data persampahan"],
    "G43": ["peminjaman ruang rapat", "pemesanan kendaraan dinas", "booking fasilitas kantor"],
    "G44": ["helpdesk TI", "layanan dukungan TIK", "tiket gangguan TI"],
    "G45": ["alokasi pupuk bersubsidi", "penyaluran pupuk bersubsidi"],
    "G46": ["pemantauan harga bahan pokok", "informasi harga pasar", "monitoring harga pangan"],
    "G47": ["pemantauan status gizi balita", "pencatatan stunting", "pelaporan gizi"],
    "G48": ["layanan panggilan darurat", "call center kegawatdaruratan"],
    "G49": ["bursa kerja", "informasi lowongan kerja", "penempatan tenaga kerja"],
    "G50": ["pengujian kendaraan bermotor", "uji KIR", "uji berkala kendaraan"],
}

ROWS = []


def R(g, inst, nama, desc="", fungsi="", **kw):
    """g: group id or None; kw: nat, trap (group resembled or '*'), o (opaque name: keep text),
    url, dom, dpi, key, codes=(ral, rab), status, tahun"""
    ROWS.append(dict(g=g, inst=inst, nama=nama, desc=desc, fungsi=fungsi, **kw))


# ================================================================= G01 kepegawaian
R("G01", "bkn", "SIASN (Sistem Informasi ASN)",
  "Sistem informasi ASN nasional yang dikelola BKN untuk pengelolaan data dan layanan manajemen ASN seluruh instansi pusat dan daerah",
  "pemutakhiran data induk ASN; layanan kenaikan pangkat, mutasi dan pensiun; integrasi data kepegawaian instansi",
  nat=1, url="https://siasn.bkn.go.id", key="siasn", tahun="2021")
R("G01", "bkn", "MyASN",
  "Aplikasi layanan mandiri bagi ASN untuk melihat profil, riwayat dan memperbarui data kepegawaian yang terhubung ke SIASN",
  "pemutakhiran data mandiri pegawai; cek riwayat jabatan dan golongan", nat=1,
  url="https://myasn.bkn.go.id", key="myasn", o=1, tahun="2020")
R("G01", "prov-jawa-tengah", "SIMPEG Jateng",
  "Sistem Informasi Manajemen Kepegawaian Pemerintah Provinsi Jawa Tengah",
  "pengelolaan data pegawai, riwayat jabatan dan pangkat, DUK")
R("G01", "prov-di-yogyakarta", "SIMPEG Kab. Sleman",
  "Aplikasi pengelolaan database pegawai negeri sipil Pemkab Sleman", dom="slemankab.go.id")
R("G01", "kemenag", "SIMPEG Kemenag",
  "Aplikasi data kepegawaian pegawai Kementerian Agama pusat dan daerah, termasuk guru dan penyuluh",
  "pengelolaan data pegawai; usul kenaikan pangkat; cetak DRH")
R("G01", "prov-sulawesi-selatan", "e-Pegawai Kota Makassar",
  "Database kepegawaian ASN lingkup Pemkot Makassar: data diri, pendidikan, diklat, kepangkatan",
  dom="makassarkota.go.id")
R("G01", "kemenpupr", "e-HRM PUPR",
  "Human resource management system for Ministry of Public Works employees: personnel records, position and rank history",
  "personnel data management", o=1)
R("G01", "prov-kalimantan-timur", "Aplikasi Data Pegawai BKD Kaltim", "",
  "input dan pemutakhiran data ASN, laporan bezetting pegawai")
R("G01", "brin", "HCIS BRIN (Human Capital Information System)",
  "Sistem manajemen SDM BRIN: data pegawai, jabatan fungsional peneliti dan perekayasa, riwayat penugasan",
  "manajemen data SDM")
R("G01", "prov-nusa-tenggara-timur", "Sistim Informasi Kepegawaian Kab. Manggarai",
  "sistim data pegawai pemda manggarai", dom="manggaraikab.go.id")
R("G01", "prov-papua-pegunungan", "SIMPEG Kab. Jayawijaya", dom="jayawijayakab.go.id")
# traps
R(None, "kemnaker", "WLKP Online (Wajib Lapor Ketenagakerjaan di Perusahaan)",
  "Pelaporan data ketenagakerjaan oleh perusahaan swasta, termasuk jumlah tenaga kerja dan struktur upah",
  "pendaftaran perusahaan; pelaporan wajib ketenagakerjaan", trap="G01",
  codes=("RAL.01.16.02", "RAB.06.02.02"), url="https://wajiblapor.kemnaker.go.id", o=1)
R(None, "prov-jawa-timur", "SIPEG Kota Surabaya",
  "Sistem Informasi Pengelolaan Gedung: penjadwalan pemeliharaan dan perbaikan gedung milik Pemkot",
  "pemeliharaan gedung", trap="G01", o=1, dom="surabaya.go.id")
R(None, "bmkg", "SIMPEG BMKG (Sistem Informasi Pemetaan Gempa)",
  "Peta sebaran kejadian gempa bumi dan parameter gempa untuk analisis seismologi", "", trap="G01", o=1)

# ================================================================= G02 e-kinerja ASN
R("G02", "bkn", "e-Kinerja BKN",
  "Aplikasi penilaian kinerja pegawai ASN berbasis SKP sesuai PermenPANRB 6 Tahun 2022, digunakan lintas instansi",
  "penyusunan SKP; evaluasi kinerja periodik; dokumentasi kinerja", nat=1,
  url="https://kinerja.bkn.go.id", key="ekinerja", tahun="2022")
R("G02", "prov-jawa-barat", "e-Kinerja Jabar", "",
  "penyusunan SKP, realisasi kinerja harian, penilaian oleh atasan langsung")
R("G02", "prov-riau", "Aplikasi SKP Online Kab. Siak",
  "Sasaran Kinerja Pegawai online untuk ASN Kabupaten Siak", dom="siakkab.go.id")
R("G02", "kemenkeu", "e-Performance Kemenkeu",
  "Pengelolaan kontrak kinerja dan capaian IKU individu pegawai Kementerian Keuangan",
  "manajemen kinerja pegawai", o=1)
R("G02", "prov-bali", "SIKAP Pegawai Kota Denpasar",
  "Sistem Informasi Kinerja Aparatur Pegawai: laporan aktivitas harian dan penilaian kinerja bulanan ASN",
  o=1, dom="denpasarkota.go.id")
R("G02", "kemenkes", "Aplikasi Kinerja Pegawai Kemenkes")
R(None, "lkpp", "SIKaP (Sistem Informasi Kinerja Penyedia)",
  "Basis data penyedia barang/jasa pemerintah beserta riwayat dan penilaian kinerja penyedia", "",
  trap="G02", o=1, codes=("RAL.02.06.03", "RAB.09.02.05"))
R(None, "prov-jawa-tengah", "Dashboard Kinerja Keuangan BUMD Jateng",
  "Pemantauan kesehatan keuangan dan laba BUMD milik provinsi", "", trap="G02")

# ================================================================= G03 presensi pegawai
R("G03", "prov-dki-jakarta", "e-Absensi Pegawai Pemprov DKI",
  "Absensi pegawai berbasis lokasi GPS dan swafoto melalui aplikasi mobile",
  "perekaman kehadiran; rekap keterlambatan", key="absendki")
R("G03", "kemendagri", "Presensi Online Kemendagri", "", "rekam kehadiran pegawai harian, WFH/WFO")
R("G03", "prov-sumatera-barat", "Absensi Face Recognition Kota Padang",
  "Absensi ASN dengan pengenalan wajah yang terhubung ke perhitungan TPP", dom="padang.go.id")
R("G03", "bps", "Presensi BPS Mobile", "Aplikasi presensi pegawai BPS pusat dan daerah",
  "rekam kehadiran, izin, dinas luar", key="presbps")
R("G03", "prov-lampung", "SIAP Lampung (Sistem Absensi Pegawai)")
R("G03", "kemenparekraf", "e-Presensi")
R(None, "prov-jawa-timur", "Presensi Siswa Online Dinas Pendidikan Jatim",
  "Pencatatan kehadiran peserta didik SMA/SMK negeri dan notifikasi ke orang tua", "", trap="G03")
R(None, "kemenpora", "e-Registrasi Kegiatan Kepemudaan",
  "Pendaftaran dan daftar hadir peserta kegiatan kepemudaan dan olahraga", "", trap="G03")
R(None, "prov-banten", "SIAP Banten",
  "Sistem Informasi Anak Putus Sekolah: pendataan anak tidak sekolah untuk intervensi pendidikan", "",
  trap="G03", o=1)

# ================================================================= G04 persuratan / naskah dinas
R("G04", "anri", "SRIKANDI",
  "Sistem Informasi Kearsipan Dinamis Terintegrasi, aplikasi umum bidang kearsipan untuk tata naskah dinas elektronik dan pengelolaan arsip dinamis",
  "pembuatan naskah dinas; disposisi; tanda tangan elektronik; pemberkasan arsip", nat=1,
  url="https://srikandi.arsip.go.id", key="srikandi", tahun="2020", o=1)
R("G04", "prov-jawa-timur", "e-Office Pemprov Jatim",
  "Persuratan elektronik, disposisi dan tanda tangan elektronik antar perangkat daerah")
R("G04", "kemenkumham", "TNDE Kemenkumham", "Tata Naskah Dinas Elektronik di lingkungan Kemenkumham",
  "surat masuk, surat keluar, nota dinas", o=1)
R("G04", "prov-sulawesi-utara", "SIMAS Kota Manado",
  "Sistem Informasi Manajemen Surat: agenda surat masuk/keluar dan disposisi pimpinan", o=1,
  dom="manadokota.go.id")
R("G04", "kemenkeu", "Nadine (Naskah Dinas Elektronik)", "Aplikasi naskah dinas elektronik Kementerian Keuangan")
R("G04", "prov-kalimantan-selatan", "e-Surat Kab. Banjar", dom="banjarkab.go.id")
R("G04", "bpom", "Aplikasi Disposis Surat Masuk Keluar BPOM", "", "pencatatan dan disposisi surat")
R("G04", "prov-aceh", "e-Naskah Aceh", "Naskah dinas elektronik Pemerintah Aceh")
R("G04", "bmkg", "Mail Management System BMKG",
  "Electronic official correspondence: incoming/outgoing letters, routing and archiving")
R("G04", "prov-gorontalo", "Aplikasi Surat Menyurat Online Kab. Gorontalo", dom="gorontalokab.go.id")
R("G04", "kemensos", "E-Office Kemensos", "", "persuratan dinas elektronik")
R(None, "prov-jawa-barat", "Layanan Surat Pindah Sekolah Online Kota Bandung",
  "Permohonan surat keterangan pindah sekolah dan rekomendasi mutasi siswa SD/SMP", "",
  trap="G04", dom="bandung.go.id")
R(None, "bssn", "BSrE - Layanan Tanda Tangan Elektronik",
  "Penerbitan dan pengelolaan sertifikat elektronik untuk tanda tangan elektronik dokumen pemerintah", "",
  trap="G04", url="https://bsre.bssn.go.id")
R(None, "kemenpppa", "SRIKANDI PPPA", "Sistem Registrasi Kader Perempuan dan Anak Desa", "",
  trap="G04", o=1)

# ================================================================= G05 pengaduan
R("G05", "kemenpanrb", "SP4N-LAPOR!",
  "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional yang menghubungkan kanal pengaduan seluruh instansi",
  "penerimaan aduan; disposisi ke instansi; tindak lanjut", nat=1, url="https://www.lapor.go.id",
  key="lapor", o=1)
R("G05", "prov-dki-jakarta", "CRM Jakarta (Cepat Respon Masyarakat)",
  "Pengelolaan laporan warga dari berbagai kanal (aplikasi, media sosial, LAPOR) untuk ditindaklanjuti perangkat daerah")
R("G05", "prov-jawa-tengah", "LaporGub! Jateng", "", "aduan masyarakat kepada Gubernur Jawa Tengah")
R("G05", "prov-jawa-timur", "SAMBAT Online Kota Malang",
  "Sistem aplikasi masyarakat bertanya terpadu: keluhan dan pertanyaan warga kepada Pemkot Malang",
  o=1, dom="malangkota.go.id")
R("G05", "kemenkes", "Sistem Pengaduan Masyarakat Kemenkes")
R("G05", "atr-bpn", "Pengaduan Layanan Pertanahan", "Kanal pengaduan masyarakat atas pelayanan pertanahan")
R("G05", "prov-sumatera-utara", "e-Pengaduan Kota Medan", dom="pemkomedan.go.id")
R("G05", "prov-nusa-tenggara-barat", "NTB Care", "Aplikasi aspirasi dan pengaduan masyarakat NTB", o=1)
R("G05", "kemendikbudristek", "ULT Pengaduan Online",
  "Unit layanan terpadu: penanganan keluhan masyarakat bidang pendidikan dan kebudayaan")
R(None, "kemlu", "Lapor Diri WNI",
  "Pendaftaran/lapor diri warga negara Indonesia yang berada di luar negeri pada perwakilan RI", "",
  trap="G05", url="https://peduliwni.kemlu.go.id", o=1)
R(None, "bnn", "e-Wajib Lapor Pecandu Narkotika",
  "Pendaftaran wajib lapor dan rehabilitasi pecandu narkotika di IPWL", "", trap="G05")
R(None, "prov-sulawesi-tenggara", "SMS Gateway Kendari",
  "Notifikasi tagihan dan jadwal gangguan air PDAM kepada pelanggan melalui SMS", "",
  trap="G05", dom="kendarikota.go.id", o=1)
R(None, "kemendag", "SIMPKTN (Pengaduan Konsumen)",
  "Pengaduan konsumen atas sengketa transaksi dengan pelaku usaha", "", trap="G05", o=1)

# ================================================================= G06 PPID
R("G06", "prov-jawa-barat", "e-PPID Jabar",
  "Layanan permohonan informasi publik dan pengajuan keberatan secara daring",
  "daftar informasi publik; permohonan; keberatan", key="ppidjabar")
R("G06", "kemenkeu", "PPID Kemenkeu")
R("G06", "prov-bengkulu", "Aplikasi PPID Kota Bengkulu", dom="bengkulukota.go.id")
R("G06", "klhk", "Sistem Informasi PPID KLHK",
  "Daftar informasi publik, permohonan informasi dan statistik layanan PPID")
R("G06", "prov-kalimantan-barat", "Permohonan Informasi Publik Online Kab. Kubu Raya", dom="kuburayakab.go.id")
R("G06", "bnpt", "e-PPID BNPT")
R(None, "prov-papua", "Portal Informasi Otsus Papua",
  "Publikasi alokasi dan penggunaan dana otonomi khusus per kabupaten", "", trap="G06")
R(None, "kominfo", "e-Monev Keterbukaan Informasi Publik",
  "Penilaian dan pemeringkatan kepatuhan badan publik terhadap keterbukaan informasi", "", trap="G06", o=1)
R(None, "prov-aceh", "Website Resmi Pemerintah Aceh", "Portal berita, agenda dan profil Pemerintah Aceh", "",
  trap="G06", url="https://acehprov.go.id")

# ================================================================= G07 JDIH
R("G07", "kemenkumham", "JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)",
  "Portal integrasi dokumen dan informasi hukum dari seluruh anggota JDIH",
  "pencarian peraturan perundang-undangan; integrasi anggota JDIH", nat=1,
  url="https://jdihn.go.id", key="jdihn")
R("G07", "prov-jawa-tengah", "JDIH Provinsi Jawa Tengah", "", "publikasi produk hukum daerah")
R("G07", "kemenkeu", "JDIH Kemenkeu", "Database peraturan perundang-undangan bidang keuangan negara")
R("G07", "prov-sulawesi-tengah", "Sistem Informasi Produk Hukum Daerah Kab. Poso", dom="posokab.go.id")
R("G07", "bkkbn", "JDIH BKKBN")
R("G07", "prov-maluku", "e-Perda Maluku", "Publikasi peraturan daerah dan peraturan gubernur Maluku", o=1)
R(None, "kemenkumham", "SIDBANKUM (Sistem Informasi Database Bantuan Hukum)",
  "Pengelolaan organisasi bantuan hukum terakreditasi dan penyaluran dana bantuan hukum bagi masyarakat miskin",
  "", trap="G07", o=1)
R(None, "prov-jawa-timur", "e-Legislasi Jatim",
  "Alur penyusunan dan harmonisasi rancangan peraturan daerah dan peraturan gubernur", "", trap="G07", o=1)

# ================================================================= G08 perencanaan daerah
R("G08", "kemendagri", "SIPD RI - Perencanaan",
  "Modul perencanaan Sistem Informasi Pemerintahan Daerah untuk penyusunan RPJMD, Renstra, RKPD dan Renja Perangkat Daerah",
  nat=1, url="https://sipd-ri.kemendagri.go.id", key="sipdren", o=1)
R("G08", "prov-jawa-timur", "e-Planning Kab. Banyuwangi", "Perencanaan pembangunan daerah berbasis kinerja",
  dom="banyuwangikab.go.id")
R("G08", "prov-sumatera-selatan", "SIPPD Sumsel",
  "Sistem Informasi Perencanaan Pembangunan Daerah Sumatera Selatan",
  "penyusunan RKPD; pokok pikiran DPRD", o=1)
R("G08", "prov-kalimantan-tengah", "e-Musrenbang Kalteng",
  "Penjaringan usulan kegiatan masyarakat melalui musrenbang dari desa hingga provinsi")
R("G08", "prov-nusa-tenggara-barat", "SIMRENDA Kab. Lombok Timur",
  "Sistem Informasi Manajemen Perencanaan Daerah", o=1, dom="lomboktimurkab.go.id")
R("G08", "prov-sulawesi-barat", "Aplikasi RKPD Online Sulbar")
R("G08", "prov-papua-barat", "e-Perencanaan Papua Barat", "", "perencanaan pembangunan tahunan daerah")
R(None, "atr-bpn", "GISTARU",
  "Informasi rencana tata ruang wilayah (RTRW dan RDTR) secara daring", "", trap="G08", o=1)
R(None, "kemenpanrb", "e-Formasi", "Pengusulan kebutuhan formasi ASN instansi pusat dan daerah", "",
  trap="G08", o=1)
R(None, "kemenkes", "e-Logistik Obat",
  "Perencanaan kebutuhan dan pemantauan stok obat dan vaksin di instalasi farmasi", "", trap="G08")

# ================================================================= G09 keuangan satker pusat
R("G09", "kemenkeu", "SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)",
  "Aplikasi pengelolaan keuangan satker mulai perencanaan, pelaksanaan hingga pertanggungjawaban anggaran, menggantikan SAS dan SAIBA",
  nat=1, url="https://sakti.kemenkeu.go.id", key="sakti")
R("G09", "kemhan", "Aplikasi Keuangan Satker Kemhan",
  "Pencatatan realisasi anggaran, penerbitan SPM dan penyusunan laporan keuangan satker")
R("G09", "bnn", "SIMKEU BNN", "Sistem informasi keuangan: SPP, SPM, pembukuan bendahara", o=1)
R("G09", "basarnas", "Aplikasi Pertanggungjawaban Anggaran Basarnas")
R(None, "kemenkeu", "SPAN (Sistem Perbendaharaan dan Anggaran Negara)",
  "Sistem perbendaharaan untuk pencairan dana, pengelolaan kas negara dan akuntansi di KPPN", "", trap="G09")
R(None, "prov-sumatera-utara", "SAKTI Kab. Deli Serdang",
  "Sistem Aplikasi Kesehatan Ibu dan Anak Terintegrasi: pencatatan pemeriksaan kehamilan dan persalinan",
  "", trap="G09", o=1, dom="deliserdangkab.go.id")

# ================================================================= G10 perencanaan K/L
R("G10", "bappenas", "KRISNA",
  "Kolaborasi Perencanaan dan Informasi Kinerja Anggaran: penyusunan Renja K/L dan RKA K/L bersama Bappenas, Kemenkeu dan KemenPANRB",
  nat=1, key="krisna", o=1)
R("G10", "kemenperin", "e-Planning Kemenperin",
  "Penyusunan rencana kerja dan usulan anggaran unit eselon I Kementerian Perindustrian")
R("G10", "kemenpora", "Sistem Perencanaan Program dan Anggaran Kemenpora")
R("G10", "bsn", "SIRENA BSN", "Sistem Informasi Perencanaan Anggaran", o=1)
R(None, "kkp", "KRISNA Nelayan",
  "Kartu Registrasi dan Informasi Nelayan: pendataan nelayan kecil untuk asuransi dan kartu nelayan", "",
  trap="G10", o=1)

# ================================================================= G11 SAKIP
R("G11", "kemenpanrb", "e-SAKIP",
  "Sistem Akuntabilitas Kinerja Instansi Pemerintah elektronik untuk pelaporan dan evaluasi AKIP",
  "perjanjian kinerja; LKjIP; evaluasi SAKIP", nat=1, key="esakip")
R("G11", "prov-kepulauan-bangka-belitung", "e-SAKIP Babel")
R("G11", "kemenkumham", "Aplikasi Pelaporan Kinerja (LKj) Kemenkumham", "", "penyusunan laporan kinerja satker")
R("G11", "prov-di-yogyakarta", "e-LKjIP Kab. Bantul",
  "Penyusunan laporan kinerja instansi pemerintah dan perjanjian kinerja perangkat daerah", dom="bantulkab.go.id")
R("G11", "kkp", "e-Performance KKP",
  "Pengukuran capaian indikator kinerja utama unit organisasi dan laporan kinerja KKP", o=1)
R("G11", "prov-kalimantan-utara", "Aplikasi Perjanjian Kinerja dan Capaian IKU Kaltara")

# ================================================================= G12 satu data / data portal
R("G12", "bappenas", "Portal Satu Data Indonesia",
  "Portal data terbuka nasional (data.go.id) untuk katalog dan publikasi dataset instansi pusat dan daerah",
  nat=1, url="https://data.go.id", key="sdi")
R("G12", "prov-dki-jakarta", "Satu Data Jakarta", "Portal open data Pemprov DKI Jakarta")
R("G12", "prov-jawa-barat", "Open Data Jabar", "", "publikasi dataset perangkat daerah")
R("G12", "prov-sumatera-barat", "Portal Satu Data Kab. Agam", dom="agamkab.go.id")
R("G12", "kementan", "Satu Data Pertanian", "Katalog dan publikasi data sektoral pertanian")
R("G12", "prov-kalimantan-timur", "Portal Data Terbuka Kaltim")
R("G12", "kemenhub", "Satu Data Perhubungan")
R(None, "komdigi", "PDN (Pusat Data Nasional)",
  "Layanan pusat data nasional bersama untuk hosting aplikasi dan penyimpanan data instansi", "",
  trap="G12", nat=1)
R(None, "big", "Ina-Geoportal",
  "Simpul jaringan informasi geospasial nasional untuk berbagi peta dasar dan peta tematik", "",
  trap="G12", nat=1, o=1)
R(None, "prov-jambi", "Dashboard COVID-19 Jambi", trap="G12", status="tidak aktif", tahun="2020")
R(None, "prov-sumatera-utara", "Dashboard Eksekutif Gubernur Sumut", trap="G12")
R(None, "bps", "SIRuSa (Sistem Informasi Rujukan Statistik)",
  "Rujukan konsep, definisi, klasifikasi dan metadata kegiatan statistik", "", trap="G12", o=1)

# ================================================================= G13 perizinan
R("G13", "kementerian-investasi", "OSS-RBA (Online Single Submission Berbasis Risiko)",
  "Sistem perizinan berusaha terintegrasi secara elektronik berbasis risiko", nat=1,
  url="https://oss.go.id", key="oss", tahun="2021")
R("G13", "komdigi", "SiCantik Cloud",
  "Aplikasi perizinan untuk DPMPTSP daerah yang disediakan pusat, mendukung perizinan non-berusaha dan integrasi OSS",
  nat=1, key="sicantik", o=1)
R("G13", "prov-dki-jakarta", "JakEVO", "Layanan perizinan dan non-perizinan PTSP Jakarta", o=1)
R("G13", "prov-jawa-tengah", "e-Perijinan Kota Semarang", dom="semarangkota.go.id")
R("G13", "prov-riau", "Sistem Pelayanan Perizinan Terpadu Kota Pekanbaru", dom="pekanbaru.go.id")
R("G13", "prov-sulawesi-tenggara", "Perizinan Online DPMPTSP Sultra")
R("G13", "prov-papua-selatan", "Aplikasi Izin Usaha Merauke", dom="merauke.go.id")
R(None, "prov-jawa-barat", "e-Izin Cuti Pegawai Jabar",
  "Pengajuan izin cuti ASN dan persetujuan atasan secara daring", "", trap="G13")
R(None, "prov-sumatera-selatan", "Izin Pemakaian Gedung Olahraga Sumsel",
  "Pemesanan dan sewa fasilitas olahraga milik pemerintah provinsi oleh masyarakat", "", trap="G13")
R(None, "kemenpanrb", "MPP Digital",
  "Mal Pelayanan Publik Digital: portal terpadu informasi dan akses layanan publik berbagai instansi", "",
  trap="G13", o=1)
R(None, "kemenkumham", "AHU Online",
  "Pengesahan badan hukum perseroan, yayasan, perkumpulan dan fidusia", "", trap="G13", o=1)
R(None, "klhk", "AMDALNET",
  "Penyusunan dan penilaian dokumen AMDAL dan UKL-UPL untuk persetujuan lingkungan", "", trap="G13", o=1)

# ================================================================= G14 e-procurement
R("G14", "lkpp", "SPSE (Sistem Pengadaan Secara Elektronik)",
  "Aplikasi e-procurement untuk tender dan seleksi barang/jasa pemerintah yang dipakai seluruh LPSE",
  nat=1, url="https://lpse.lkpp.go.id", key="spse")
R("G14", "prov-jawa-timur", "LPSE Provinsi Jawa Timur", "Layanan tender elektronik perangkat daerah pemprov")
R("G14", "kemenpupr", "LPSE Kementerian PUPR")
R("G14", "prov-bali", "LPSE Kab. Badung", dom="badungkab.go.id")
R("G14", "prov-aceh", "Aplikasi Tender Online Aceh", "", "pengumuman tender, unggah penawaran, evaluasi")
R(None, "kemenkeu", "Lelang Indonesia",
  "Lelang eksekusi dan lelang barang milik negara secara online oleh DJKN", "", trap="G14",
  url="https://lelang.go.id", o=1)
R(None, "atr-bpn", "Sistem Informasi Pengadaan Tanah",
  "Pengadaan tanah bagi pembangunan untuk kepentingan umum: inventarisasi, penilaian, ganti kerugian", "",
  trap="G14")
R(None, "prov-maluku", "Lelang Ikan Online TPI Ambon",
  "Pelelangan hasil tangkapan nelayan di tempat pelelangan ikan secara daring", "", trap="G14")

# ================================================================= G15 RUP
R("G15", "lkpp", "SiRUP", "Sistem Informasi Rencana Umum Pengadaan barang/jasa pemerintah", nat=1,
  url="https://sirup.lkpp.go.id", key="sirup", o=1)
R("G15", "prov-jawa-tengah", "e-RUP Kab. Kendal",
  "Penyusunan dan pengumuman rencana umum pengadaan barang/jasa perangkat daerah", dom="kendalkab.go.id")
R("G15", "kemendikbudristek", "SIRENDA PBJ",
  "Perencanaan pengadaan barang/jasa: penginputan rencana paket pengadaan satker", o=1)

# ================================================================= G16 e-katalog
R("G16", "lkpp", "e-Katalog LKPP", "Katalog elektronik untuk e-purchasing barang/jasa pemerintah", nat=1,
  url="https://e-katalog.lkpp.go.id", key="ekatalog")
R("G16", "prov-dki-jakarta", "e-Katalog Lokal Pemprov DKI")
R("G16", "prov-sumatera-utara", "Belanja Langsung UMKM Sumut",
  "Toko daring pengadaan langsung barang/jasa pemerintah dari pelaku UMKM lokal", o=1)
R(None, "kemenparekraf", "Katalog Produk Ekonomi Kreatif",
  "Etalase promosi produk pelaku ekonomi kreatif untuk pembeli umum", "", trap="G16")
R(None, "perpusnas", "Katalog Induk Nasional",
  "Katalog bersama koleksi perpustakaan seluruh Indonesia", "", trap="G16")

# ================================================================= G17 aset BMN/BMD
R("G17", "kemenkeu", "SIMAN (Sistem Informasi Manajemen Aset Negara)",
  "Pengelolaan BMN: perencanaan kebutuhan, penggunaan, pemanfaatan, pemindahtanganan dan penghapusan",
  nat=1, key="siman")
R("G17", "bpkp", "SIMDA BMD", "Penatausahaan barang milik daerah (dahulu SIMDA Barang)", nat=1, key="simdabmd")
R("G17", "prov-jawa-barat", "SIMASET Jabar", "", "inventarisasi dan penatausahaan BMD")
R("G17", "prov-lampung", "e-Aset Kab. Pringsewu", dom="pringsewukab.go.id")
R("G17", "kemenpora", "Sistem Informasi BMN Kemenpora",
  "Inventarisasi, pelabelan dan pemanfaatan barang milik negara")
R("G17", "prov-maluku-utara", "Aplikasi Inventaris Barang Milik Daerah Malut")
R(None, "kemenpupr", "IRMS (Integrated Road Management System)",
  "Manajemen aset jalan nasional: survei kondisi dan program penanganan jalan", "", trap="G17", o=1)
R(None, "kemendikbudristek", "Registrasi Nasional Cagar Budaya",
  "Pendaftaran dan penetapan objek cagar budaya", "", trap="G17")

# ================================================================= G18 arsip statis
R("G18", "anri", "SIKN-JIKN",
  "Sistem Informasi Kearsipan Nasional dan Jaringan Informasi Kearsipan Nasional untuk akses arsip statis",
  nat=1, key="sikn", o=1)
R("G18", "prov-jawa-timur", "Digitalisasi Arsip Statis Jatim",
  "Alih media dan layanan akses arsip statis Dinas Perpustakaan dan Kearsipan")
R("G18", "prov-sumatera-barat", "e-Arsip Statis Sumbar")
R("G18", "kemlu", "Arsip Diplomatik Digital", "Pengelolaan dan layanan akses arsip statis diplomatik")
R(None, "bkn", "DMS Arsip Kepegawaian",
  "Digitalisasi dokumen kepegawaian ASN (SK, ijazah) untuk layanan kepegawaian", "", trap="G18")
R(None, "prov-dki-jakarta", "e-Arsip Foto dan Video Humas DKI", trap="G18")
R(None, "atr-bpn", "Buku Tanah Elektronik",
  "Penyimpanan buku tanah dan penerbitan sertifikat tanah elektronik", "", trap="G18")

# ================================================================= G19 puskesmas
R("G19", "kemenkes", "SIKDA Generik",
  "Sistem Informasi Kesehatan Daerah generik untuk puskesmas dan dinas kesehatan",
  "pendaftaran pasien; rekam medis; pelaporan", nat=1, key="sikda")
R("G19", "prov-jawa-tengah", "SIMPUS Kab. Kudus",
  "Sistem informasi manajemen puskesmas: pendaftaran, pemeriksaan, rekam medis dan farmasi",
  dom="kuduskab.go.id", key="simpuskudus")
R("G19", "prov-jawa-barat", "e-Puskesmas Kota Depok", dom="depok.go.id")
R("G19", "prov-sulawesi-selatan", "Aplikasi Puskesmas Kab. Bone", dom="bone.go.id")
R("G19", "prov-nusa-tenggara-timur", "Rekam Medis Elektronik Puskesmas Kota Kupang", dom="kupangkota.go.id")
R("G19", "prov-kalimantan-selatan", "SIMPUS Banjarbaru", dom="banjarbarukota.go.id")
R("G32", "prov-di-yogyakarta", "SIMPUS Kab. Gunungkidul",
  "Sistem Informasi Perpustakaan Sekolah: katalog, keanggotaan dan sirkulasi buku perpustakaan sekolah",
  "", trap="G19", o=1, dom="gunungkidulkab.go.id")
R(None, "kemenkes", "SATUSEHAT",
  "Platform interoperabilitas data kesehatan nasional yang menghubungkan rekam medis elektronik fasilitas kesehatan",
  "", trap="G19", nat=1, url="https://satusehat.kemkes.go.id", key="satusehat", tahun="2022")

# ================================================================= G20 SIMRS
R("G20", "kemenkes", "SIMRS GOS", "SIMRS generik open source Kemenkes untuk rumah sakit pemerintah",
  nat=1, key="simrsgos", o=1)
R("G20", "prov-dki-jakarta", "SIMRS RSUD Tarakan")
R("G20", "prov-jawa-timur", "Hospital Information System RSUD Dr. Soetomo",
  "Hospital information system: registration, inpatient, billing, pharmacy")
R("G20", "prov-sumatera-utara", "SIM Rumah Sakit RSUD Pirngadi Medan", dom="pemkomedan.go.id")
R("G20", "prov-papua", "SIMRS RSUD Jayapura")
R(None, "kementan", "Sistem Informasi Rumah Sakit Hewan",
  "Pencatatan layanan klinik hewan dan rekam medis ternak di balai veteriner", "", trap="G20")
R(None, "prov-jawa-timur", "SMS Gateway Pengingat Imunisasi Kab. Jember",
  "Pengiriman SMS pengingat jadwal imunisasi anak kepada orang tua", "", trap="G20", dom="jemberkab.go.id")

# ================================================================= G21 data pendidikan
R("G21", "kemendikbudristek", "Dapodik",
  "Data Pokok Pendidikan: satuan pendidikan, peserta didik, pendidik dan tenaga kependidikan", nat=1,
  url="https://dapo.kemdikbud.go.id", key="dapodik")
R("G21", "kemenag", "EMIS Kemenag",
  "Education Management Information System: data madrasah, pesantren, siswa dan guru", nat=1, key="emis", o=1)
R("G21", "prov-jawa-barat", "Profil dan Data Sekolah Kab. Garut", dom="garutkab.go.id")
R("G21", "prov-sumatera-selatan", "SIDATIK Palembang",
  "Sistem Data Pendidikan: rekap data sekolah, siswa dan guru kota", o=1, dom="palembang.go.id")
R(None, "prov-jawa-tengah", "SIM Beasiswa Jateng",
  "Pendaftaran, seleksi dan penyaluran beasiswa mahasiswa berprestasi dan kurang mampu", "",
  trap="G21", key="beasiswa")

# ================================================================= G22 PPDB
R("G22", "prov-dki-jakarta", "PPDB Online DKI Jakarta",
  "Penerimaan peserta didik baru jalur zonasi, afirmasi dan prestasi", key="ppdbdki")
R("G22", "prov-jawa-timur", "PPDB Jatim", key="ppdbjatim")
R("G22", "prov-sulawesi-selatan", "SPMB Sulsel", "Sistem Penerimaan Murid Baru SMA/SMK/SLB", o=1)
R("G22", "prov-bengkulu", "Pendaftaran Siswa Baru Online Kota Bengkulu", dom="bengkulukota.go.id")
R("G22", "prov-kalimantan-barat", "Penerimaan Peserta Didik Baru Kab. Sanggau", dom="sanggau.go.id")
R(None, "kemendagri", "Pendaftaran Praja IPDN",
  "Seleksi penerimaan calon praja Institut Pemerintahan Dalam Negeri", "", trap="G22")

# ================================================================= G23 bansos / DTKS
R("G23", "kemensos", "SIKS-NG",
  "Sistem Informasi Kesejahteraan Sosial Next Generation untuk pengelolaan Data Terpadu Kesejahteraan Sosial (DTKS)",
  "verifikasi dan validasi data; usulan penerima bansos", nat=1, url="https://siks.kemensos.go.id",
  key="siksng", o=1)
R("G23", "prov-jawa-barat", "Sistem Informasi Data Kesejahteraan Sosial Kab. Bandung Barat",
  dom="bandungbaratkab.go.id")
R("G23", "prov-jawa-tengah", "e-Bansos Kota Surakarta",
  "Pendataan dan penyaluran bantuan sosial warga miskin", dom="surakarta.go.id")
R("G23", "prov-nusa-tenggara-barat", "Data Terpadu Kemiskinan NTB")
R("G23", "prov-sulawesi-utara", "Verivali DTKS Kota Bitung", dom="bitungkota.go.id")
R("G23", "kemenko-pmk", "P3KE",
  "Data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem untuk sasaran program bantuan", o=1)
R(None, "prov-jawa-timur", "e-Hibah Jatim",
  "Pengajuan dan verifikasi proposal hibah untuk organisasi kemasyarakatan dan lembaga", "", trap="G23")
R(None, "bkkbn", "Pendataan Keluarga (PK) BKKBN",
  "Pendataan keluarga untuk program Bangga Kencana dan keluarga berisiko stunting", "", trap="G23")

# ================================================================= G24 keuangan desa
R("G24", "kemendagri", "Siskeudes",
  "Sistem Keuangan Desa (Kemendagri-BPKP): penyusunan APBDes, penatausahaan dan pelaporan keuangan desa",
  nat=1, key="siskeudes", o=1)
R("G24", "prov-jawa-tengah", "Aplikasi Keuangan Desa Kab. Banyumas",
  "Penganggaran dan penatausahaan APBDes", dom="banyumaskab.go.id")
R("G24", "prov-sumatera-barat", "SIMKEUDES Kab. Pesisir Selatan", dom="pesisirselatankab.go.id")
R("G24", "prov-kalimantan-timur", "e-Keuangan Desa Kutai Kartanegara", dom="kukarkab.go.id")
R(None, "kemenkeu", "OM-SPAN TKD",
  "Monitoring penyaluran transfer ke daerah dan dana desa", "", trap="G24", o=1)
R(None, "kemendes-pdtt", "Sistem Informasi BUMDes",
  "Pendaftaran dan pelaporan usaha Badan Usaha Milik Desa", "", trap="G24")

# ================================================================= G25 administrasi desa
R("G25", "prov-di-yogyakarta", "OpenSID Kab. Kulon Progo",
  "Sistem informasi desa: administrasi penduduk desa, layanan surat dan web desa",
  dom="kulonprogokab.go.id", key="opensid")
R("G25", "prov-kalimantan-selatan", "SIDESA Kab. Tabalong", dom="tabalongkab.go.id")
R("G25", "prov-sulawesi-tengah", "Desa Digital Kab. Sigi", "",
  "administrasi pemerintahan desa, data warga, profil desa", dom="sigikab.go.id")
R("G25", "prov-bengkulu", "SIMDES Kab. Rejang Lebong", "Sistem Informasi Manajemen Desa", o=1,
  dom="rejanglebongkab.go.id")
R("G25", "prov-jambi", "SIMADE Kab. Merangin",
  "Sistem Informasi Manajemen Desa untuk administrasi pemerintahan desa", o=1, dom="meranginkab.go.id")
R("G25", "prov-sumatera-barat", "SI Nagari Kab. Tanah Datar",
  "Administrasi pemerintahan nagari: data penduduk, surat keterangan, profil nagari", dom="tanahdatar.go.id")
R(None, "kemenag", "SIMADE Kemenag",
  "Sistem Informasi Manajemen Madrasah: administrasi akademik madrasah, jadwal, nilai dan rapor siswa", "",
  trap="G25", o=1)
R(None, "kemenparekraf", "Jadesta (Jejaring Desa Wisata)",
  "Website promosi dan profil desa wisata", "", trap="G25")
R(None, "kemendes-pdtt", "Indeks Desa Membangun",
  "Pengukuran status perkembangan desa (IDM) tahunan", "", trap="G25")

# ================================================================= G26 adminduk
R("G26", "kemendagri", "SIAK Terpusat",
  "Sistem Informasi Administrasi Kependudukan terpusat Ditjen Dukcapil: biodata, KK, akta pencatatan sipil",
  nat=1, key="siak")
R("G26", "prov-jawa-timur", "Klampid New Generation",
  "Pengurusan dokumen kependudukan online Dispendukcapil Kota Surabaya", dom="surabaya.go.id",
  key="klampid", o=1)
R("G26", "prov-sulawesi-selatan", "Layanan Adminduk Online Kab. Maros", dom="maroskab.go.id")
R("G26", "prov-kepulauan-riau", "e-Dukcapil Batam", "",
  "permohonan KK, KTP-el, akta kelahiran/kematian", dom="batam.go.id")
R("G26", "prov-sumatera-utara", "Pelayanan Akta Kelahiran Online Kab. Langkat", dom="langkatkab.go.id")
R(None, "kemenkumham", "Aplikasi Izin Tinggal Orang Asing",
  "Permohonan dan perpanjangan izin tinggal WNA", "", trap="G26")
R(None, "prov-riau", "SIAK Kota Dumai",
  "Sistem Informasi Angkutan Kota: data armada, trayek dan jadwal angkutan kota", "",
  trap="G26", o=1, dom="dumaikota.go.id")

# ================================================================= G27 identitas digital
R("G27", "kemendagri", "IKD (Identitas Kependudukan Digital)",
  "KTP digital pada telepon genggam yang diterbitkan Dukcapil", nat=1, dpi="dpi-identitas-digital",
  key="ikd", tahun="2022")
R("G27", "ina-digital", "INApas",
  "Layanan single sign-on dan dompet identitas digital warga untuk layanan pemerintah", nat=1,
  dpi="dpi-identitas-digital", key="inapas", tahun="2024", o=1)
R("G27", "prov-dki-jakarta", "Akun Warga Terpadu Jakarta",
  "Satu akun login warga untuk mengakses berbagai layanan publik Pemprov DKI")
R("G27", "prov-jawa-barat", "Jabar ID (Single Sign On Layanan Publik)")
R(None, "prov-jawa-tengah", "SSO Pegawai Pemprov Jateng",
  "Login tunggal pegawai untuk aplikasi internal perangkat daerah", "", trap="G27")

# ================================================================= G28 PNBP
R("G28", "kemenkeu", "SIMPONI (Sistem Informasi PNBP Online)",
  "Pembuatan kode billing dan pembayaran Penerimaan Negara Bukan Pajak", nat=1, dpi="dpi-pembayaran",
  key="simponi", url="https://www.simponi.kemenkeu.go.id")
R("G28", "kemenhub", "e-PNBP Perhubungan", "Pembuatan kode billing PNBP layanan perhubungan")
R("G28", "kesdm", "e-PNBP Minerba", "Perhitungan dan pembayaran royalti dan iuran tetap pertambangan")
R("G28", "klhk", "SIPNBP Kehutanan", "", "pembayaran PSDH dan DR", o=1)
R(None, "prov-jawa-barat", "SIMPONI Kota Cimahi",
  "Sistem Monitoring Koperasi: laporan kesehatan dan RAT koperasi", "", trap="G28", o=1,
  dom="cimahikota.go.id")
R(None, "prov-kalimantan-tengah", "e-Retribusi Pasar Palangka Raya",
  "Penarikan retribusi pelayanan pasar secara non-tunai", "", trap="G28", dom="palangkaraya.go.id")
R(None, "kemenpppa", "SIMFONI-PPA",
  "Sistem Informasi Online Perlindungan Perempuan dan Anak: pencatatan kasus kekerasan", "",
  trap="G28", o=1)

# ================================================================= G29 pajak daerah
R("G29", "prov-jawa-timur", "e-BPHTB Kab. Gresik",
  "Pelaporan dan validasi BPHTB secara online oleh PPAT dan notaris", dom="gresikkab.go.id", key="ebphtb")
R("G29", "prov-bali", "SIMPATDA Kab. Gianyar",
  "Sistem Informasi Manajemen Pendapatan Daerah: pendaftaran wajib pajak, penetapan dan pembayaran pajak daerah",
  dom="gianyarkab.go.id", key="simpatda", o=1)
R("G29", "prov-sumatera-barat", "e-PAD Kota Bukittinggi", dom="bukittinggikota.go.id")
R("G29", "prov-kalimantan-timur", "e-Tax Balikpapan",
  "Sistem pajak daerah online: pelaporan omzet hotel, restoran dan hiburan", dom="balikpapan.go.id")
R("G29", "prov-sulawesi-utara", "SIMPADA Reklame Kota Manado", dom="manadokota.go.id")
R("G29", "prov-banten", "SIMPBB Kota Tangerang",
  "Pengelolaan PBB-P2: pendataan objek, penetapan SPPT dan pembayaran", dom="tangerangkota.go.id", key="simpbb")
R(None, "kemenkeu", "DJP Online", "Pelaporan SPT dan pembayaran pajak pusat", "", trap="G29",
  url="https://djponline.pajak.go.id")

# ================================================================= G30 interoperabilitas
R("G30", "komdigi", "SPLP (Sistem Penghubung Layanan Pemerintah)",
  "Platform interoperabilitas dan API gateway nasional untuk pertukaran data antar instansi", nat=1,
  dpi="dpi-pertukaran-data", key="splp")
R("G30", "prov-di-yogyakarta", "Jogja API Gateway", "", "integrasi layanan antar OPD melalui API")
R("G30", "kemnaker", "Enterprise Service Bus Kemnaker")
R("G30", "prov-sulawesi-selatan", "Bridging Service Data Antar OPD Makassar", dom="makassarkota.go.id")
R(None, "komdigi", "Monitoring Jaringan Intra Pemerintah",
  "Pemantauan konektivitas dan bandwidth jaringan intra pemerintah", "", trap="G30")

# ================================================================= G31 kebencanaan
R("G31", "bnpb", "DIBI (Data dan Informasi Bencana Indonesia)",
  "Basis data kejadian dan dampak bencana di Indonesia", nat=1, key="dibi", url="https://dibi.bnpb.go.id")
R("G31", "prov-sumatera-barat", "Sistem Informasi Kebencanaan BPBD Sumbar",
  "Pelaporan kejadian bencana dan kaji cepat dampak")
R("G31", "prov-nusa-tenggara-timur", "SIBENCANA Kab. Sikka", dom="sikkakab.go.id")
R("G31", "prov-sulawesi-tengah", "Pusdalops PB Online Sulteng", "",
  "pencatatan laporan kejadian bencana, kebutuhan dan pengungsi")
R(None, "bmkg", "InaTEWS",
  "Indonesia Tsunami Early Warning System: diseminasi peringatan dini tsunami", "", trap="G31", o=1)
R(None, "bnpb", "InaRISK", "Portal kajian dan peta risiko bencana per wilayah", "", trap="G31", o=1)
R(None, "klhk", "SIPONGI", "Pemantauan titik panas kebakaran hutan dan lahan", "", trap="G31", o=1)

# ================================================================= G32 otomasi perpustakaan
R("G32", "perpusnas", "INLISLite",
  "Integrated Library System: otomasi katalogisasi, sirkulasi dan keanggotaan perpustakaan", nat=1,
  key="inlis", o=1)
R("G32", "prov-riau", "Sistem Otomasi Perpustakaan Soeman HS")
R("G32", "kemenkeu", "SLiMS Perpustakaan Kemenkeu", "", "katalog koleksi, peminjaman buku")
R("G32", "prov-aceh", "Library Management System Aceh")

# ================================================================= G33 perpustakaan digital
R("G33", "perpusnas", "iPusnas", "Perpustakaan digital untuk peminjaman buku elektronik", nat=1,
  key="ipusnas", o=1)
R("G33", "prov-jawa-timur", "Jatim Digital Library")
R("G33", "prov-kalimantan-barat", "Kalbar Membaca",
  "Aplikasi baca e-book gratis Dinas Perpustakaan Kalbar", o=1)
R("G33", "prov-dki-jakarta", "Perpustakaan Digital Jakarta")
R(None, "kemendikbudristek", "Rumah Belajar",
  "Portal sumber belajar daring untuk siswa dan guru", "", trap="G38")

# ================================================================= G34 penatausahaan keuangan daerah
R("G34", "kemendagri", "SIPD Penatausahaan Keuangan Daerah",
  "Modul penatausahaan dan akuntansi keuangan daerah SIPD: SPD, SPP, SPM, SP2D", nat=1, key="sipdkeu")
R("G34", "bpkp", "SIMDA Keuangan", "Aplikasi pengelolaan keuangan daerah BPKP", nat=1,
  status="tidak aktif", key="simdakeu")
R("G34", "prov-sumatera-selatan", "SIPKD Kota Palembang",
  "Sistem informasi pengelolaan keuangan daerah: anggaran kas, SP2D, akuntansi", dom="palembang.go.id")
R("G34", "prov-kalimantan-utara", "e-Keuangan Daerah Kab. Bulungan", dom="bulungan.go.id")
R("G34", "prov-sulawesi-tenggara", "Financial Management System Kota Kendari", dom="kendarikota.go.id")
R(None, "kemenkeu", "SIKD Nasional",
  "Sistem Informasi Keuangan Daerah nasional: pengumpulan data APBD dan laporan keuangan pemda oleh DJPK", "",
  trap="G34")
R(None, "kementan", "SIPD Kementan", "Sistem Informasi Pelaporan Dini Penyakit Hewan Menular", "",
  trap="G34", o=1)

# ================================================================= G35 monev pembangunan
R("G35", "bappenas", "e-Monev Bappenas",
  "Pemantauan pelaksanaan RKP dan kinerja pembangunan nasional sesuai PP 39/2006", nat=1, key="emonev")
R("G35", "prov-bali", "SIMONEV Bali", "Monitoring realisasi fisik dan keuangan kegiatan APBD", key="simonevbali")
R("G35", "prov-lampung", "e-Monev Kab. Lampung Selatan", dom="lampungselatankab.go.id")
R("G35", "prov-kalimantan-tengah", "SIPENDAL Kalteng", "Sistem Pengendalian Pembangunan Daerah", o=1)
R("G35", "kemenpupr", "e-Monitoring Kegiatan PUPR",
  "Pemantauan progres fisik dan keuangan paket kegiatan kementerian")
R("G35", "kemenko-ipk", "Dashboard Pemantauan Proyek Strategis Nasional",
  "Pemantauan progres pembangunan proyek strategis nasional bidang infrastruktur")
R(None, "klhk", "ONLIMO", "Online Monitoring kualitas air sungai", "", trap="G35", o=1)

# ================================================================= G36 gaji
R("G36", "prov-jawa-barat", "Aplikasi Gaji PNS Kab. Cianjur",
  "Perhitungan gaji bulanan, potongan dan daftar gaji ASN", dom="cianjurkab.go.id")
R("G36", "prov-sumatera-utara", "SIMGAJI Sumut", "", "penghitungan gaji dan tunjangan pegawai")
R("G36", "prov-maluku", "e-Payroll Pemprov Maluku")
R("G36", "prov-papua-tengah", "Aplikasi Gaji Pegawai Kab. Mimika", dom="mimikakab.go.id")
R(None, "kemnaker", "Informasi Upah Minimum",
  "Publikasi upah minimum provinsi dan kabupaten/kota", "", trap="G36")

# ================================================================= G37 rekrutmen
R("G37", "bkn", "SSCASN", "Sistem Seleksi Calon ASN: pendaftaran CPNS dan PPPK secara nasional", nat=1,
  url="https://sscasn.bkn.go.id", key="sscasn", o=1)
R("G37", "kemenkumham", "e-Recruitment Pegawai Kemenkumham", "", "seleksi pegawai")
R("G37", "kemenpora", "Sistem Rekrutmen Tenaga Pendukung Kemenpora",
  "Pendaftaran dan seleksi PPNPN/tenaga pendukung")
R(None, "bpip", "Seleksi Paskibraka Online",
  "Pendaftaran dan seleksi calon Pasukan Pengibar Bendera Pusaka", "", trap="G37")

# ================================================================= G38 e-learning ASN
R("G38", "lan", "LMS Pelatihan ASN LAN",
  "Pembelajaran daring untuk pelatihan dasar dan kepemimpinan ASN", key="lmslan")
R("G38", "prov-jawa-timur", "e-Learning BPSDM Jatim")
R("G38", "kemenkeu", "Kemenkeu Learning Center (KLC)", "Platform pembelajaran pegawai Kemenkeu", key="klc")
R("G38", "prov-sulawesi-selatan", "Corpu ASN Sulsel",
  "Corporate University ASN: e-learning dan pengembangan kompetensi pegawai", o=1)

# ================================================================= G39 pengawasan internal
R("G39", "bpkp", "SIMAWAS APIP",
  "Aplikasi manajemen pengawasan intern: perencanaan pengawasan, kertas kerja audit, pelaporan", o=1)
R("G39", "kemenag", "SIMWAS Itjen Kemenag", "", "PKPT, penugasan audit, tindak lanjut")
R("G39", "prov-jawa-tengah", "e-Audit Inspektorat Jateng")
R("G39", "prov-nusa-tenggara-barat", "TLHP Online NTB",
  "Pemantauan tindak lanjut hasil pemeriksaan inspektorat dan BPK", o=1)
R(None, "kemenkumham", "SIPORA", "Sistem Pengawasan Orang Asing", "", trap="G39", o=1)
R(None, "bpom", "e-Pengawasan Post-Market BPOM",
  "Pengawasan obat dan makanan yang beredar: sampling dan pengujian", "", trap="G39")

# ================================================================= G40 WBS
R("G40", "kemenkeu", "WISE Kemenkeu",
  "Whistleblowing System: pelaporan dugaan pelanggaran oleh pegawai Kementerian Keuangan", o=1, key="wise")
R("G40", "kemenpupr", "Whistle Blowing System PUPR")
R("G40", "prov-jawa-barat", "WBS Inspektorat Jabar", key="wbsjabar")
R("G40", "bssn", "Pelaporan Pelanggaran Pegawai BSSN")

# ================================================================= G41 SKM
R("G41", "prov-sumatera-barat", "e-SKM Kota Padang Panjang",
  "Survei kepuasan masyarakat terhadap unit layanan publik", dom="padangpanjang.go.id", key="eskm")
R("G41", "atr-bpn", "Survei Kepuasan Layanan Pertanahan")
R("G41", "prov-kalimantan-selatan", "IKM Online Kab. Tanah Laut", "Indeks Kepuasan Masyarakat online",
  dom="tanahlautkab.go.id", o=1)
R("G41", "prov-gorontalo", "Survey Kepuasan Pelanggan Gorontalo")
R(None, "bps", "Susenas CAPI", "Pencacahan Survei Sosial Ekonomi Nasional dengan tablet", "", trap="G41", o=1)

# ================================================================= G42 sampah
R("G42", "klhk", "SIPSN", "Sistem Informasi Pengelolaan Sampah Nasional", nat=1, key="sipsn", o=1)
R("G42", "prov-bali", "Pendataan Timbulan dan Pengelolaan Sampah Kab. Badung",
  "Pencatatan timbulan sampah, TPS3R dan capaian pengurangan sampah", dom="badungkab.go.id")
R("G42", "prov-jawa-barat", "Sistem Informasi Persampahan Kota Bogor", dom="kotabogor.go.id")
R(None, "klhk", "Festronik", "Manifest elektronik pengangkutan limbah B3", "", trap="G42", o=1)
R(None, "prov-bali", "Bank Sampah Digital Denpasar",
  "Tabungan nasabah bank sampah dan penukaran poin", "", trap="G42", dom="denpasarkota.go.id")

# ================================================================= G43 booking fasilitas
R("G43", "kemenko-marves", "Peminjaman Ruang Rapat Online", key="ruang")
R("G43", "prov-kepulauan-bangka-belitung", "e-Booking Kendaraan Dinas dan Ruang Babel",
  "Pemesanan kendaraan dinas dan ruang rapat", key="booking")
R("G43", "bappenas", "Room Booking System Bappenas")

# ================================================================= G44 helpdesk TI
R("G44", "komdigi", "Helpdesk Layanan TIK", "Pencatatan tiket gangguan dan permintaan layanan TIK")
R("G44", "prov-jawa-timur", "e-Ticketing Layanan TI Diskominfo Jatim", o=1)
R("G44", "lemhannas", "IT Helpdesk Lemhannas")
R(None, "kemenhub", "e-Ticketing Kapal Perintis", "Penjualan tiket kapal perintis secara online", "", trap="G44")

# ================================================================= G45 pupuk bersubsidi
R("G45", "kementan", "e-RDKK",
  "Rencana Definitif Kebutuhan Kelompok tani untuk alokasi pupuk bersubsidi", nat=1, key="erdkk", o=1)
R("G45", "prov-jawa-tengah", "Kartu Tani Jateng", "", "penebusan pupuk bersubsidi menggunakan kartu")
R("G45", "prov-nusa-tenggara-barat", "Pemantauan Distribusi Pupuk Bersubsidi Kab. Bima", dom="bimakab.go.id")
R(None, "kementan", "SIMLUH",
  "Sistem Informasi Penyuluhan Pertanian: data penyuluh dan kelembagaan petani", "", trap="G45", o=1)

# ================================================================= G46 harga pangan
R("G46", "kemendag", "SP2KP", "Sistem Pemantauan Pasar Kebutuhan Pokok: harga harian bahan pokok di pasar",
  nat=1, key="sp2kp", o=1)
R("G46", "prov-jawa-timur", "SISKAPERBAPO",
  "Sistem Informasi Ketersediaan dan Perkembangan Harga Bahan Pokok Jawa Timur", key="siskaperbapo", o=1)
R("G46", "prov-sulawesi-tengah", "Info Harga Pasar Kota Palu", dom="palukota.go.id")
R("G46", "kemenko-pangan", "Panel Harga Pangan")
R(None, "atr-bpn", "Zona Nilai Tanah", "Informasi nilai tanah per zona untuk masyarakat", "", trap="G46")
R(None, "prov-kalimantan-barat", "Dashboard Inflasi Daerah Kalbar",
  "Pemantauan angka inflasi dan agenda rapat TPID", "", trap="G46")

# ================================================================= G47 gizi balita
R("G47", "kemenkes", "e-PPGBM",
  "Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat: pengukuran balita dan status gizi",
  nat=1, key="eppgbm", o=1)
R("G47", "prov-jawa-barat", "Pemantauan Tumbuh Kembang Balita Kab. Sumedang", dom="sumedangkab.go.id")
R("G47", "prov-nusa-tenggara-timur", "Dashboard Stunting NTT",
  "Rekap pengukuran balita dan prevalensi stunting per desa")
R("G47", "prov-sulawesi-barat", "SIGIZI Kab. Majene", dom="majenekab.go.id")
R(None, "bkkbn", "Elsimil", "Elektronik Siap Nikah dan Hamil: skrining kesehatan calon pengantin", "",
  trap="G47", o=1)

# ================================================================= G48 darurat 112
R("G48", "komdigi", "Layanan Darurat 112",
  "Nomor tunggal panggilan darurat dan platform call center untuk pemerintah daerah", nat=1, key="l112")
R("G48", "prov-banten", "Call Center 112 Kota Tangerang Selatan", dom="tangerangselatankota.go.id")
R("G48", "prov-sumatera-selatan", "Command Center Kegawatdaruratan Palembang",
  "Penerimaan panggilan darurat warga dan koordinasi ambulans, damkar dan polisi", dom="palembang.go.id")
R(None, "kemenkeu", "Kring Pajak", "Call center informasi perpajakan 1500200", "", trap="G48", o=1)
R(None, "basarnas", "Rescue 115 Basarnas",
  "Pelaporan kecelakaan kapal/pesawat dan permintaan pertolongan pencarian dan pertolongan", "",
  trap="G48", o=1)

# ================================================================= G49 bursa kerja
R("G49", "kemnaker", "SIAPkerja Karirhub",
  "Platform bursa kerja nasional untuk pencari kerja dan pemberi kerja", nat=1, key="karirhub")
R("G49", "prov-jawa-barat", "Bursa Kerja Online Disnaker Kab. Karawang", dom="karawangkab.go.id")
R("G49", "prov-kepulauan-riau", "Bursa Kerja Batam", dom="batam.go.id")
R("G49", "prov-jawa-tengah", "Job Portal Jateng",
  "Informasi lowongan kerja dan pendaftaran pencari kerja (AK/1)")
R(None, "kemenpanrb", "Manajemen Talenta ASN",
  "Talent pool dan pemetaan talenta pegawai untuk pengisian jabatan", "", trap="G49")

# ================================================================= G50 pengujian kendaraan
R("G50", "kemenhub", "BLUe (Bukti Lulus Uji Elektronik)",
  "Sistem pengujian berkala kendaraan bermotor dan penerbitan bukti lulus uji", nat=1, key="blue", o=1)
R("G50", "prov-lampung", "e-KIR Bandar Lampung", dom="bandarlampungkota.go.id")
R("G50", "prov-sulawesi-selatan", "Sistem Informasi Pengujian Kendaraan Bermotor Kab. Gowa", dom="gowakab.go.id")
R(None, "lan", "Uji Kompetensi JF Analis Kebijakan",
  "Pendaftaran dan pelaksanaan uji kompetensi kenaikan jenjang jabatan fungsional", "", trap="G50")

# ================================================================= generic-word traps and singletons
R(None, "kemenkopukm", "SMS Gateway LPDB",
  "Notifikasi jatuh tempo angsuran pinjaman dana bergulir koperasi", "", trap="*", o=1)
R(None, "kemenag", "Siskohat",
  "Sistem Informasi dan Komputerisasi Haji Terpadu: pendaftaran dan antrean jemaah haji", "", o=1)
R(None, "kemenag", "SIMKAH", "Sistem Informasi Manajemen Nikah: pencatatan nikah di KUA", "", o=1)
R(None, "kemhan", "Sistem Informasi Komponen Cadangan",
  "Pendaftaran dan pembinaan komponen cadangan pertahanan negara")
R(None, "bakamla", "IMIC (Indonesia Maritime Information Centre)",
  "Pusat informasi keamanan dan keselamatan laut", "", o=1)
R(None, "bin", "Aplikasi Deteksi Dini Ancaman")
R(None, "bapeten", "Sistem Informasi Dosis Pekerja Radiasi",
  "Pencatatan dosis radiasi yang diterima pekerja radiasi")
R(None, "peruri", "Peruri Code", "Pengamanan dan verifikasi keaslian dokumen dengan kode QR terenkripsi", "", o=1)
R(None, "kemenko-polkam", "Sistem Informasi Isu Strategis Polkam",
  "Pemantauan isu strategis politik dan keamanan untuk bahan rapat koordinasi")
R(None, "kemenko-polhukam", "Sistem Informasi Penanganan Konflik Sosial",
  "Pencatatan dan koordinasi penanganan konflik sosial di daerah")
R(None, "kemenko-kumham-imipas", "Aplikasi Koordinasi Penanganan Overkapasitas Lapas")
R(None, "kemenko-pm", "Sistem Koordinasi Program Pemberdayaan Masyarakat",
  "Sinkronisasi program pemberdayaan masyarakat lintas kementerian")
R(None, "kemenko-perekonomian", "SIKP (Sistem Informasi Kredit Program)",
  "Pencatatan penyaluran dan subsidi bunga Kredit Usaha Rakyat", "", o=1)
R(None, "kemenkopukm", "ODS UMKM (Online Data System)",
  "Pendataan profil koperasi dan pelaku UMKM", "", o=1)
R(None, "brin", "e-Layanan Sains BRIN",
  "Pemesanan layanan laboratorium, fasilitas riset dan kapal riset", "")
R(None, "bsn", "SISNI (Sistem Informasi Standar Nasional Indonesia)",
  "Pencarian dan pembelian dokumen SNI", "", o=1)
R(None, "lemhannas", "Sistem Informasi Alumni Lemhannas")
R(None, "bnpt", "Sistem Informasi Deradikalisasi",
  "Pendataan dan pembinaan mitra deradikalisasi")
R(None, "kemenhub", "Inaportnet", "Layanan tunggal kapal dan barang di pelabuhan secara elektronik", "", o=1)
R(None, "kkp", "Sistem Informasi Kapal Perikanan",
  "Pendaftaran dan penandaan kapal perikanan")
R(None, "kementerian-bumn", "Aplikasi Pelaporan TJSL BUMN",
  "Pelaporan program tanggung jawab sosial dan lingkungan BUMN")
R(None, "prov-papua-barat-daya", "Sistem Informasi Konservasi Terumbu Karang Raja Ampat")
R(None, "kemensetneg", "Sistem Informasi Tanda Kehormatan",
  "Pengusulan dan verifikasi penerima tanda kehormatan RI")
R(None, "prov-bali", "Sistem Informasi Subak", "Pendataan subak, luas sawah dan jadwal tanam")
R(None, "prov-gorontalo", "Sistem Informasi Jagung Gorontalo")
R(None, "prov-kalimantan-tengah", "Sistem Informasi Hutan Adat Kalteng")
R(None, "prov-sulawesi-utara", "Aplikasi Pendataan Petani Kelapa Sulut")


# ================================================================= proposals
PROPOSALS = [
    ("Aplikasi Surat Masuk-Keluar dan Disposisi Digital Sekretariat DPRD Kab. Sleman",
     "Mengganti buku agenda manual dengan pencatatan surat, disposisi berjenjang dan tanda tangan digital.",
     ["srikandi"]),
    ("Basis Data Pegawai Badan Kepegawaian Kab. Bantul",
     "Menyimpan riwayat pangkat, jabatan, pendidikan dan diklat seluruh PNS kabupaten dalam satu aplikasi.",
     ["siasn"]),
    ("Kanal Aspirasi dan Keluhan Warga Kota Cirebon",
     "Warga dapat menyampaikan keluhan pelayanan, dipantau status tindak lanjutnya oleh dinas terkait.",
     ["lapor"]),
    ("Aplikasi Penilaian Capaian Kerja Individu Pegawai",
     "Pegawai menyusun target kerja tahunan dan atasan menilai capaiannya setiap triwulan.",
     ["ekinerja"]),
    ("Absen Pegawai dengan Swafoto dan Lokasi",
     "Pencatatan jam datang dan pulang pegawai lewat ponsel dengan foto wajah dan titik koordinat kantor.",
     ["absendki", "presbps"]),
    ("Layanan Permintaan Informasi Publik Dinas Kesehatan Provinsi Jawa Barat",
     "Masyarakat mengajukan permintaan dokumen publik dan keberatan secara online ke dinas.",
     ["ppidjabar"]),
    ("Database Peraturan Bupati dan Perda Kabupaten Lebak",
     "Menyediakan pencarian dan unduhan produk hukum daerah bagi masyarakat.",
     ["jdihn"]),
    ("Sistem Penyusunan Renja dan RKPD Perangkat Daerah Kota Tegal",
     "Membantu Bappeda menyusun rencana kerja tahunan dan rencana pembangunan daerah.",
     ["sipdren"]),
    ("Aplikasi Penyusunan Laporan Kinerja Tahunan Instansi",
     "Menyusun perjanjian kinerja, mengukur capaian indikator kinerja utama dan laporan akuntabilitas instansi.",
     ["esakip"]),
    ("Portal Dataset Terbuka Dinas Perhubungan Provinsi Riau",
     "Publikasi data statistik sektoral perhubungan dalam format terbuka untuk diunduh masyarakat.",
     ["sdi"]),
    ("Aplikasi Pelayanan Izin Terpadu Satu Pintu Kabupaten Ogan Ilir",
     "Permohonan izin usaha dan non usaha secara online sampai penerbitan dokumen izin.",
     ["oss", "sicantik"]),
    ("Sistem Lelang Pekerjaan Konstruksi Online Dinas PUPR",
     "Pengumuman paket pekerjaan, pemasukan penawaran dan evaluasi penyedia secara elektronik.",
     ["spse"]),
    ("Aplikasi Pengelolaan Barang Milik Negara Satker Balai",
     "Pencatatan, pemanfaatan dan penghapusan aset kantor satuan kerja kementerian.",
     ["siman"]),
    ("Sistem Pelayanan dan Rekam Medis Puskesmas Kabupaten Klaten",
     "Pendaftaran pasien, pencatatan pemeriksaan dokter, resep obat dan laporan bulanan puskesmas.",
     ["sikda", "simpuskudus"]),
    ("Sistem Informasi Manajemen RSUD Kabupaten Sorong",
     "Pengelolaan layanan rawat jalan, rawat inap, farmasi dan tagihan pasien rumah sakit daerah.",
     ["simrsgos"]),
    ("Pendataan Calon Penerima Bantuan Sosial Dinas Sosial",
     "Mengusulkan dan memverifikasi keluarga miskin calon penerima bantuan pemerintah.",
     ["siksng"]),
    ("Aplikasi Pengelolaan Anggaran dan Belanja Desa",
     "Perangkat desa menyusun anggaran desa, mencatat belanja dan membuat laporan pertanggungjawaban.",
     ["siskeudes"]),
    ("Layanan Online Pembuatan Akta dan Kartu Keluarga Kab. Sidoarjo",
     "Warga mengajukan penerbitan dokumen kependudukan tanpa datang ke kantor.",
     ["siak", "klampid"]),
    ("Login Tunggal Warga untuk Seluruh Layanan Pemda",
     "Satu akun terverifikasi NIK agar warga tidak membuat akun berbeda di tiap aplikasi layanan.",
     ["inapas", "ikd"]),
    ("Billing PNBP Layanan Pengujian Laboratorium Balai",
     "Menerbitkan kode bayar untuk tarif layanan uji laboratorium dan rekonsiliasi setoran.",
     ["simponi"]),
    ("Aplikasi Pajak Daerah PBB-P2 dan BPHTB Kota Serang",
     "Pendataan objek pajak, penetapan ketetapan pajak dan validasi pembayaran oleh Bapenda.",
     ["simpbb", "ebphtb", "simpatda"]),
    ("Gateway API Pertukaran Data Antar Instansi",
     "Penghubung layanan agar aplikasi antar instansi dapat saling bertukar data melalui API yang aman.",
     ["splp"]),
    ("Pencatatan Kejadian dan Dampak Bencana BPBD",
     "Input laporan kejadian banjir, longsor dan korban terdampak untuk rekap tahunan.",
     ["dibi"]),
    ("Otomasi Layanan Perpustakaan Umum Daerah",
     "Katalog koleksi, keanggotaan dan peminjaman-pengembalian buku di perpustakaan daerah.",
     ["inlis"]),
    ("Aplikasi Monitoring Realisasi Fisik dan Keuangan Proyek Daerah",
     "Memantau progres pekerjaan dan serapan anggaran setiap kegiatan pembangunan per bulan.",
     ["emonev", "simonevbali"]),
    ("E-Learning Peningkatan Kompetensi Pegawai",
     "Kelas daring, modul dan ujian untuk pelatihan teknis pegawai.",
     ["lmslan", "klc"]),
    ("Pemantauan Harga Kebutuhan Pokok di Pasar Tradisional",
     "Petugas pasar menginput harga harian beras, cabai, minyak goreng untuk pimpinan daerah.",
     ["sp2kp", "siskaperbapo"]),
    ("Pencatatan Penimbangan Balita di Posyandu",
     "Kader mencatat berat dan tinggi badan balita untuk deteksi gizi buruk dan stunting.",
     ["eppgbm"]),
    ("Portal Pendaftaran Beasiswa Pemerintah Provinsi",
     "Mahasiswa mendaftar beasiswa daerah, mengunggah berkas, dan diseleksi panitia.",
     ["beasiswa"]),
    ("Integrasi Rekam Medis Elektronik Faskes ke Pusat",
     "Mengirim data kunjungan dan rekam medis rumah sakit daerah ke platform kesehatan nasional.",
     ["satusehat"]),
    ("Saluran Pelaporan Pelanggaran Internal Pegawai",
     "Pegawai dapat melaporkan dugaan korupsi atau pelanggaran kode etik secara rahasia.",
     ["wise", "wbsjabar"]),
    # ---------------- novel: function exists nowhere in the inventory
    ("Sistem Informasi Pengelolaan Tempat Pemakaman Umum",
     "Pemesanan petak makam, peta blok TPU dan pencatatan data jenazah yang dimakamkan.", []),
    ("Dashboard Pemantauan Penerangan Jalan Umum",
     "Status nyala dan kerusakan lampu PJU berbasis sensor IoT per ruas jalan.", []),
    ("Portal Pendaftaran dan Pemeriksaan Hewan Kurban",
     "Pendaftaran lokasi penyembelihan dan hasil pemeriksaan kesehatan hewan kurban oleh petugas.", []),
    ("Aplikasi Pengelolaan Penghuni Rusunawa",
     "Kontrak sewa, tagihan bulanan dan daftar tunggu calon penghuni rumah susun sewa.", []),
    ("Sistem Informasi Inventarisasi Kekayaan Intelektual Komunal Daerah",
     "Pendataan ekspresi budaya tradisional, pengetahuan tradisional dan indikasi geografis daerah.", []),
    ("Sistem Informasi Pemantauan Muka Air Bendungan",
     "Telemetri tinggi muka air dan debit bendungan untuk operator pintu air.", []),
    ("Aplikasi Penatausahaan Peredaran Tumbuhan dan Satwa Liar",
     "Pencatatan izin angkut dan kuota tangkap tumbuhan dan satwa liar.", []),
    ("Sistem Informasi Pendataan Rumah Ibadah",
     "Pendataan lokasi, kapasitas dan legalitas rumah ibadah di kabupaten.", []),
    ("Portal Pendaftaran Kompetisi Inovasi Pelayanan Publik",
     "Unit layanan mendaftarkan inovasi, juri menilai proposal dan mengumumkan pemenang.", []),
    ("Sistem Informasi Manajemen Kebun Bibit Daerah",
     "Stok bibit tanaman, permintaan bibit oleh kelompok tani dan distribusi dari kebun bibit.", []),
    ("Sistem Informasi Cuaca Maritim untuk Nelayan",
     "Prakiraan tinggi gelombang dan angin di wilayah tangkap yang dikirim ke ponsel nelayan.", []),
    ("Aplikasi Antrean Kunjungan Warga Binaan Lapas",
     "Keluarga mendaftar jadwal kunjungan tahanan dan mendapat nomor antrean.", []),
    ("SMS Gateway Pengingat Jadwal Sidang Tilang",
     "Mengirim SMS jadwal sidang dan denda tilang kepada pelanggar lalu lintas.", []),
    ("Sistem Informasi Manajemen Laboratorium Lingkungan",
     "Penerimaan sampel, pencatatan hasil uji parameter dan penerbitan sertifikat hasil uji lab lingkungan.", []),
    ("Aplikasi Pendataan Atlet dan Pelatih Daerah",
     "Database prestasi atlet, cabang olahraga dan lisensi pelatih di KONI/Dispora.", []),
]


# ================================================================= helpers
def mess(code):
    r = random.random()
    if r < 0.62:
        return code
    if r < 0.72:
        return code[:3].capitalize() + code[3:]                      # Rab.09.06
    if r < 0.82:
        parts = code.split(".")
        return parts[0] + "." + str(int(parts[1])) + "." + ".".join(parts[2:])  # RAL.2.04.01
    if r < 0.92:
        return ".".join(code.split(".")[:3])                         # truncate to level 2
    return code.replace(".", " ", 1) + " "                           # "RAB 09.06.01 "


def codes_for(row):
    g = row["g"]
    ral = rab = raa = ""
    base = None
    if "codes" in row:
        base = row["codes"]
    elif g:
        base = GCODE[g][:2]
    if base:
        if base[0] and random.random() < 0.42:
            ral = mess(base[0])
        if base[1] and random.random() < 0.42:
            rab = mess(base[1])
            if random.random() < 0.12:
                other = random.choice(list(GCODE.values()))[1]
                rab = rab + random.choice([";", "; "]) + ".".join(other.split(".")[:3])
        if ral and random.random() < 0.08:
            ral = ral + ";" + ".".join(base[0].split(".")[:2])
    if g or row.get("nat"):
        if random.random() < 0.38:
            pub = GCODE[g][2] if g else 1
            if row.get("nat"):
                raa = "RAA.01.01" if pub else "RAA.01.02"
            else:
                raa = random.choice(["RAA.02.02", "RAA.02.02", "RAA.02.01", "RAA.01.02"])
            if random.random() < 0.2:
                raa = raa.lower() if random.random() < 0.5 else raa + ".0" + str(random.randint(1, 4))
    return ral, rab, raa


def main():
    rows = ROWS
    # fill missing fungsi of group members from the clerk phrase pool
    for r in rows:
        if r["g"] and not r["fungsi"]:
            r["fungsi"] = random.choice(FP[r["g"]])

    n = len(rows)
    # targeted blanking: 15% name only, 40% without deskripsi, 45% without fungsi
    def name_only(r):
        return not r["desc"] and not r["fungsi"]
    want_name = round(0.15 * n)
    cand = [r for r in rows if not name_only(r) and not r.get("o")]
    random.shuffle(cand)
    for r in cand[:max(0, want_name - sum(name_only(r) for r in rows))]:
        r["desc"] = ""
        r["fungsi"] = ""
    want_nodesc = round(0.40 * n)
    cand = [r for r in rows if r["desc"] and r["fungsi"]]
    random.shuffle(cand)
    for r in cand[:max(0, want_nodesc - sum(not r["desc"] for r in rows))]:
        r["desc"] = ""
    want_nofun = round(0.45 * n)
    cand = [r for r in rows if r["desc"] and r["fungsi"]]
    random.shuffle(cand)
    for r in cand[:max(0, want_nofun - sum(not r["fungsi"] for r in rows))]:
        r["fungsi"] = ""

    # other columns
    for r in rows:
        if r.get("nat"):
            r["jenis"] = "umum" if random.random() < 0.85 else ""
        else:
            r["jenis"] = "khusus" if random.random() < 0.62 else ""
        r["ral"], r["rab"], r["raa"] = codes_for(r)
        if "status" not in r:
            x = random.random()
            if r.get("nat"):
                r["status"] = "aktif" if x < 0.8 else ""
            else:
                r["status"] = ("aktif" if x < 0.52 else "pengembangan" if x < 0.62
                               else "tidak aktif" if x < 0.72 else "")
        if "tahun" not in r:
            r["tahun"] = str(random.randint(2009, 2024)) if random.random() < 0.68 else ""
        if "url" not in r:
            dom = r.get("dom") or DOM.get(r["inst"])
            if dom and random.random() < 0.45:
                stop = {"sistem", "sistim", "informasi", "aplikasi", "layanan", "portal", "online",
                        "kab.", "kota", "pemprov", "provinsi", "si", "data", "dashboard"}
                toks = [t for t in r["nama"].replace("(", " ").split() if t.lower() not in stop]
                slug = "".join(ch for ch in (toks or r["nama"].split())[0].lower() if ch.isalnum())[:14]
                r["url"] = "https://%s.%s" % (slug, dom)
            else:
                r["url"] = ""
        r.setdefault("dpi", "")

    # shuffle until no two members of one group get adjacent ids
    order = list(range(n))
    while True:
        random.shuffle(order)
        if all(not (rows[order[i]]["g"] and rows[order[i]]["g"] == rows[order[i + 1]]["g"])
               for i in range(n - 1)):
            break
    for pos, idx in enumerate(order):
        rows[idx]["id"] = "i%03d" % (pos + 1)

    with open(os.path.join(HERE, "blind11-inventory.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for idx in order:
            r = rows[idx]
            w.writerow([r["id"], r["nama"], r["desc"], r["fungsi"], r["inst"], r["jenis"], r["ral"],
                        r["rab"], r["raa"], r["status"], r["tahun"], r["url"], r["dpi"]])

    groups = {}
    for r in rows:
        if r["g"]:
            groups.setdefault(r["g"], []).append(r)
    glist = []
    for g in sorted(groups):
        mem = sorted(groups[g], key=lambda r: (0 if r.get("nat") else 1, r["id"]))
        glist.append({"id": g, "members": [r["id"] for r in mem]})
    with open(os.path.join(HERE, "blind11-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "duplicateGroups": glist}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    keys = {r["key"]: r["id"] for r in rows if r.get("key")}
    plist = []
    for i, (nama, desc, exp) in enumerate(PROPOSALS, 1):
        plist.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desc,
                      "expected": [keys[k] for k in exp]})
    with open(os.path.join(HERE, "blind11-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "proposals": plist}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    traps = sum(1 for r in rows if r.get("trap"))
    print("rows", n, "groups", len(glist), "traps", traps, "proposals", len(plist))


if __name__ == "__main__":
    main()
