#!/usr/bin/env python3
"""Build the blind5 hand-labelled SPBE deduplication test set.

Rows are written per function below; the script shuffles them with a fixed seed, assigns ids
e001..eNNN in shuffled order and writes blind5-inventory.csv, blind5-groups.json and
blind5-proposals.json next to itself. Re-running regenerates byte-identical files.
"""
import csv, io, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5505
rng = random.Random(SEED)

ROWS = []      # dicts
GROUPS = {}    # gid -> (function, [keys])
def R(key, nama, desk="", inst="", fungsi="", jenis="khusus", status="aktif", tahun="", url="", dpi="", codes=None):
    ROWS.append(dict(key=key, nama=nama, deskripsi=desk, fungsi=fungsi, instansi=inst, jenis=jenis,
                     status=status, tahun=str(tahun), url=url, dpi=dpi, codes=codes))

def group(gid, function, codes, rows):
    """rows: list of tuples (nama, desk, inst[, fungsi[, status[, tahun[, url[, jenis]]]]]) or ('@key',) for an existing row."""
    keys = []
    for i, r in enumerate(rows):
        if isinstance(r, str):
            keys.append(r); continue
        r = list(r) + [""] * (8 - len(r))
        nama, desk, inst, fungsi, status, tahun, url, jenis = r
        key = f"{gid}-{i+1:02d}"
        R(key, nama, desk, inst, fungsi, jenis if jenis else ("" if i % 7 == 5 else "khusus"),
          status or "aktif", tahun, url, codes=codes)
        keys.append(key)
    GROUPS[gid] = (function, keys)

# ---------------------------------------------------------------- national platforms (jenis umum)
N = dict(jenis="umum")
R("N-SRIKANDI", "SRIKANDI", "Sistem Informasi Kearsipan Dinamis Terintegrasi: pembuatan, pengiriman dan pengarsipan naskah dinas elektronik; aplikasi umum bidang kearsipan (KepmenPANRB 679/2020)", "anri", "Tata naskah dinas dan arsip dinamis", tahun=2020, url="https://srikandi.arsip.go.id", codes=("RAL.02.06", "RAB.09.06", "RAA.01.02"), **N)
R("N-LAPOR", "SP4N-LAPOR!", "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional - Layanan Aspirasi dan Pengaduan Online Rakyat; kanal pengaduan nasional, instansi mengintegrasikan kanalnya lewat API", "kemenpanrb", "Pengelolaan pengaduan pelayanan publik", tahun=2016, url="https://www.lapor.go.id", codes=("RAL.01", "RAB.09.06", "RAA.01.01"), **N)
R("N-SPSE", "SPSE", "Sistem Pengadaan Secara Elektronik yang dijalankan LPSE: tender dan seleksi barang/jasa pemerintah secara elektronik", "lkpp", "Pengadaan barang/jasa elektronik", tahun=2008, codes=("RAL.02.06", "RAB.09.02", "RAA.01.02"), **N)
R("N-EKATALOG", "e-Katalog LKPP", "Katalog elektronik nasional untuk e-purchasing barang/jasa pemerintah (katalog nasional, sektoral dan lokal)", "lkpp", "", tahun=2012, url="https://e-katalog.lkpp.go.id", **N)
R("N-SIRUP", "SiRUP", "Sistem Informasi Rencana Umum Pengadaan: pengumuman rencana umum pengadaan barang/jasa K/L/PD", "lkpp", "", tahun=2014, url="https://sirup.lkpp.go.id", **N)
R("N-SIASN", "SIASN", "Sistem Informasi ASN nasional BKN: data induk, riwayat jabatan, kepangkatan dan layanan kepegawaian ASN seluruh instansi", "bkn", "Manajemen data ASN", tahun=2021, codes=("RAL.02.04", "RAB.09.06", "RAA.01.02"), **N)
R("N-MYASN", "MyASN", "Aplikasi layanan mandiri pegawai dari BKN untuk melihat dan memutakhirkan data diri ASN di SIASN", "bkn", "", tahun=2021, **N)
R("N-SAKTI", "SAKTI", "Sistem Aplikasi Keuangan Tingkat Instansi: penganggaran sampai pelaporan keuangan satuan kerja K/L, menggantikan RKAKL, GPP, SAS, SAIBA, Persediaan dan SIMAK-BMN", "kemenkeu", "Pengelolaan keuangan satker", tahun=2015, codes=("RAL.02.02", "RAB.09.02", "RAA.01.02"), **N)
R("N-SPAN", "SPAN", "Sistem Perbendaharaan dan Anggaran Negara: pengelolaan perbendaharaan dan pencairan dana APBN", "kemenkeu", "", tahun=2014, **N)
R("N-SIMPONI", "SIMPONI", "Sistem Informasi PNBP Online: pembuatan kode billing dan pembayaran penerimaan negara bukan pajak", "kemenkeu", "Pembayaran PNBP", tahun=2014, url="https://www.simponi.kemenkeu.go.id", dpi="dpi-pembayaran", **N)
R("N-SIPD", "SIPD", "Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah (Permendagri 70/2019)", "kemendagri", "Perencanaan dan keuangan daerah", tahun=2019, url="https://sipd.kemendagri.go.id", codes=("RAL.02.03", "RAB.09.05", "RAA.01.02"), **N)
R("N-KRISNA", "KRISNA", "Kolaborasi Perencanaan dan Informasi Kinerja Anggaran: penyusunan rencana kerja dan anggaran K/L", "bappenas", "", tahun=2017, url="https://krisna.systems", **N)
R("N-ESAKIP", "e-SAKIP", "Aplikasi Sistem Akuntabilitas Kinerja Instansi Pemerintah: perjanjian kinerja, LKjIP dan evaluasi akuntabilitas kinerja", "kemenpanrb", "Akuntabilitas kinerja instansi", tahun=2017, codes=("RAL.02.07", "RAB.09.06", "RAA.01.02"), **N)
R("N-SDI", "Portal Satu Data Indonesia", "Katalog data terbuka pemerintah (data.go.id) dalam kerangka Satu Data Indonesia, Perpres 39/2019", "bappenas", "Katalog dan publikasi data", tahun=2019, url="https://data.go.id", **N)
R("N-SPLP", "SPLP", "Sistem Penghubung Layanan Pemerintah: layanan interoperabilitas dan pertukaran data antar instansi melalui API gateway", "kominfo", "Interoperabilitas data", tahun=2021, dpi="dpi-pertukaran-data", **N)
R("N-PDN", "Pusat Data Nasional (PDN)", "Fasilitas pusat data bersama nasional untuk penempatan sistem elektronik instansi pusat dan daerah", "kominfo", "", tahun=2022, **N)
R("N-IKD", "IKD - Identitas Kependudukan Digital", "KTP-el dalam bentuk digital pada telepon genggam, diterbitkan Ditjen Dukcapil (Permendagri 72/2022)", "kemendagri", "Identitas digital penduduk", tahun=2022, dpi="dpi-identitas-digital", **N)
R("N-INAPAS", "INApas", "Single sign-on dan dompet identitas digital untuk layanan pemerintah, dikembangkan INA Digital/Peruri bersama Dukcapil dan BSSN", "ina-digital", "", tahun=2024, dpi="dpi-identitas-digital", **N)
R("N-JDIHN", "JDIHN", "Jaringan Dokumentasi dan Informasi Hukum Nasional: integrasi dokumen hukum dari anggota JDIH, pusat jaringan di BPHN", "kemenkumham", "Dokumentasi dan informasi hukum", tahun=2013, url="https://jdihn.go.id", **N)
R("N-SATUSEHAT", "SATUSEHAT", "Platform interoperabilitas data kesehatan Kementerian Kesehatan yang menghubungkan rekam medis elektronik fasilitas kesehatan", "kemenkes", "", tahun=2022, url="https://satusehat.kemkes.go.id", **N)
R("N-OSS", "OSS-RBA", "Online Single Submission Berbasis Risiko: perizinan berusaha terintegrasi secara elektronik (PP 5/2021)", "kementerian-investasi", "Perizinan berusaha", tahun=2021, url="https://oss.go.id", codes=("RAL.01", "RAB.02", "RAA.01.01"), **N)
R("N-SISKEUDES", "Siskeudes", "Sistem Keuangan Desa: perencanaan, penganggaran, penatausahaan dan pelaporan APBDes, dikembangkan Kemendagri dan BPKP", "bpkp", "Keuangan desa", tahun=2015, **N)
R("N-DAPODIK", "Dapodik", "Data Pokok Pendidikan: pendataan satuan pendidikan, peserta didik, PTK dan sarpras secara nasional", "kemendikbudristek", "", tahun=2012, **N)
R("N-SIKSNG", "SIKS-NG", "Sistem Informasi Kesejahteraan Sosial Next Generation: pengelolaan dan verifikasi-validasi DTKS", "kemensos", "Data terpadu kesejahteraan sosial", tahun=2019, **N)

# ---------------------------------------------------------------- groups
K_ADM = ("RAL.02.06", "RAB.09.06", "RAA.02")
group("G01", "Tata naskah dinas elektronik / persuratan dan arsip dinamis", ("RAL.02.06", "RAB.09.06", "RAA.02"), [
    "N-SRIKANDI",
    ("e-Office Sleman", "Surat masuk, surat keluar, disposisi elektronik", "kab-sleman", "", "tidak aktif", 2017, "https://eoffice.slemankab.go.id"),
    ("SiMaya", "", "kota-madiun", "Persuratan dinas", "aktif", 2019),
    ("TNDE (Tata Naskah Dinas Elektronik)", "Pembuatan naskah dinas dan tanda tangan elektronik", "prov-jawa-tengah", "", "aktif", 2018),
    ("E-SURAT", "", "kota-bengkulu", "", "aktif", 2020),
    ("Sidinas Online", "aplikasi surat menyurat antar OPD dan disposisi pimpinan", "kab-gresik", "", "aktif", 2021),
    ("Layang Elektronik", "Aplikasi persuratan dan disposisi berjenjang di lingkungan pemerintah kabupaten", "kab-klaten", "", "aktif", 2019),
    ("Naskah Dinas Digital Kemenag", "Naskah dinas, nota dinas dan pengarsipan surat", "kemenag", "", "aktif", 2018),
    ("e-Arsip Dinamis", "pengelolaan arsip dinamis aktif dan inaktif serta surat masuk/keluar unit kerja", "kab-tuban", "", "aktif", 2016),
    ("SIMASTER Surat", "Sistem Informasi Manajemen Surat Terpadu", "kota-tegal", "", "tidak aktif", 2015),
    ("Disposisi Mobile Android", "Disposisi surat untuk pimpinan lewat android", "kab-kudus", "", "aktif", 2022),
    ("e-Naskah", "", "bmkg", "Naskah dinas elektronik", "aktif", 2019),
    ("Aplikasi Persuratan Terintegrasi", "surat menyurat, agenda, disposisi", "prov-kalimantan-timur", "", "aktif", 2020),
])
group("G02", "Pengaduan masyarakat / aspirasi publik", ("RAL.01", "RAB.09.04", "RAA.02"), [
    "N-LAPOR",
    ("Lapor Bupati", "Kanal aduan warga kepada bupati via web dan WhatsApp", "kab-banyuwangi", "", "aktif", 2018),
    ("e-Lapor", "Pengaduan masyarakat online", "kota-palu", "", "aktif", 2017),
    ("SIGAP Aduan", "Sistem Informasi Gerak Cepat Penanganan Aduan warga kota", "kota-kendari", "", "aktif", 2021),
    ("Wadul Gus", "Aplikasi untuk menyampaikan keluhan pelayanan publik dan kerusakan fasilitas umum", "kab-sidoarjo", "", "aktif", 2022),
    ("Sambat Online", "", "kota-malang", "Aduan masyarakat", "aktif", 2016, "https://sambat.malangkota.go.id"),
    ("Aspirasi dan Pengaduan Masyarakat Terpadu", "", "prov-jawa-barat", "", "aktif", 2019),
    ("e-Pengaduan Kemnaker", "pengaduan pelanggaran norma ketenagakerjaan dan pelayanan", "kemnaker", "", "aktif", 2020),
    ("Public Complaint System", "Citizens can report problems with city services", "kota-balikpapan", "", "pengembangan", 2024),
    ("SIPADU (Sistem Pengaduan Terpadu)", "", "kab-lampung-selatan", "", "aktif", 2018),
    ("Pengaduan Pelayanan Publik (P3) Online", "keluhan masyarakat atas pelayanan OPD ditindaklanjuti admin", "kab-agam", "", "tidak aktif", 2014),
    ("Kadoe Rakyat", "Kanal keluhan rakyat terhadap layanan pemerintah aceh besar", "kab-aceh-besar", "", "aktif", 2020),
])
group("G03", "Layanan permohonan informasi publik (PPID)", ("RAL.01", "RAB.09.03", "RAA.02"), [
    ("e-PPID", "Permohonan informasi publik dan keberatan secara online", "kota-semarang", "", "aktif", 2018),
    ("PPID Online", "", "kab-bantul", "", "aktif", 2017),
    ("SIPPID", "Sistem Informasi Pejabat Pengelola Informasi dan Dokumentasi", "prov-riau", "", "aktif", 2019),
    ("Portal PPID Kemenhub", "daftar informasi publik, permohonan informasi, pengajuan keberatan", "kemenhub", "", "aktif", 2016),
    ("e-PPID Mobile", "", "kab-banjar", "Layanan informasi publik", "pengembangan", 2023),
    ("Layanan Informasi Publik Terpadu", "Pengajuan permohonan informasi oleh pemohon sesuai UU KIP", "prov-nusa-tenggara-barat", "", "aktif", 2019),
    ("PPID BPS", "permintaan informasi publik", "bps", "", "aktif", 2015),
    ("Smart PPID", "", "kota-pekanbaru", "", "aktif", 2021),
    ("Keterbukaan Informasi Publik Online (KIPO)", "Formulir permohonan informasi dan pemantauan status jawaban", "kab-sumedang", "", "aktif", 2020),
])
group("G04", "Pengadaan barang/jasa elektronik (tender)", ("RAL.02.06", "RAB.09.02", "RAA.01.02"), [
    "N-SPSE",
    ("LPSE Kabupaten Gianyar", "Layanan tender elektronik", "kab-gianyar", "", "aktif", 2013),
    ("E-Proc Kota Surabaya", "e-procurement tender dan seleksi penyedia", "kota-surabaya", "", "tidak aktif", 2010),
    ("Sistem Tender Online", "", "prov-sulawesi-tengah", "Pengadaan barang dan jasa", "aktif", 2016),
    ("LPSE Kementan", "", "kementan", "", "aktif", 2012),
])
group("G05", "E-purchasing / katalog elektronik pengadaan pemerintah", ("RAL.02.06", "RAB.09.02", "RAA.01.02"), [
    "N-EKATALOG",
    ("Toko Daring Pengadaan Pemprov", "Belanja langsung barang/jasa pemerintah ke penyedia UMK secara daring", "prov-dki-jakarta", "", "aktif", 2021),
    ("e-Katalog Lokal Kabupaten", "Katalog elektronik lokal untuk e-purchasing barang/jasa oleh perangkat daerah", "kab-kutai-kartanegara", "", "aktif", 2022),
    ("Belanja Pemda Online", "", "kota-cimahi", "e-purchasing", "pengembangan", 2023),
])
group("G06", "Rencana umum pengadaan", ("RAL.02.06", "RAB.09.02", "RAA.02"), [
    "N-SIRUP",
    ("SIRENDA Pengadaan", "Sistem Informasi Rencana Pengadaan perangkat daerah", "kab-pati", "", "aktif", 2017),
    ("Rencana Pengadaan Online", "pengumuman RUP", "kota-bogor", "", "tidak aktif", 2015),
    ("e-RUP Provinsi", "", "prov-bengkulu", "", "aktif", 2016),
])
group("G07", "Manajemen data kepegawaian (SIMPEG)", ("RAL.02.04", "RAB.09.06", "RAA.02"), [
    "N-SIASN",
    ("SIMPEG", "Sistem Informasi Manajemen Kepegawaian", "kab-sleman", "", "aktif", 2012),
    ("SIMPEG Online", "", "kota-makassar", "", "aktif", 2015),
    ("e-SIMPEG", "data pegawai, riwayat pangkat dan jabatan", "kab-deli-serdang", "", "aktif", 2016),
    ("SIMPEG versi 2", "", "prov-sumatera-barat", "Kepegawaian", "aktif", 2020),
    ("SIMPEG Terintegrasi", "Database PNS dan PPPK, mutasi, kenaikan pangkat", "kota-denpasar", "", "aktif", 2019),
    ("SIPEGAWAI", "", "kab-gowa", "", "tidak aktif", 2014),
    ("Sistem Informasi Kepegawaian Daerah (SIMPEGDA)", "", "kab-kampar", "", "aktif", 2017),
    ("Data Induk Pegawai", "pengelolaan data induk dan riwayat pegawai", "kemenperin", "", "aktif", 2015),
    ("SIMPEG Kemenag", "", "kemenag", "Manajemen SDM aparatur", "aktif", 2013),
    ("e-Personalia", "Administrasi dan profil pegawai, usul kenaikan pangkat dan pensiun", "kota-medan", "", "aktif", 2018),
    ("HRIS Pemkot", "Human resource information system: employee master data and career history", "kota-tangerang", "", "pengembangan", 2024),
    ("SIPANDAI Kepegawaian", "Sistem Informasi Pegawai Andalan: data pegawai daerah", "kab-lombok-timur", "", "aktif", 2021),
    ("SIMPEG BKPSDM", "", "kab-garut", "", "aktif", 2016),
    ("Simpeg Onlen", "", "kota-ambon", "", "aktif", 2018),
])
group("G08", "Penggajian pegawai", ("RAL.02.04", "RAB.09.02", "RAA.02"), [
    ("e-Gaji", "Perhitungan gaji pegawai, potongan dan daftar gaji bulanan", "kab-bogor", "", "aktif", 2016),
    ("SIGAP (Sistem Informasi Gaji Pegawai)", "", "kab-minahasa", "", "aktif", 2017),
    ("Aplikasi Gaji PNS/PPPK", "daftar gaji, gaji susulan, kekurangan gaji", "prov-lampung", "", "aktif", 2019),
    ("Payroll ASN", "payroll and salary slips for civil servants", "kota-salatiga", "", "aktif", 2021),
    ("SIMGAJI", "", "kab-sragen", "Penggajian", "tidak aktif", 2013),
    ("e-Slip Gaji", "Slip gaji elektronik dan rekap potongan pegawai", "kab-temanggung", "", "aktif", 2022),
])
group("G09", "Presensi / kehadiran pegawai", ("RAL.02.04", "RAB.09.06", "RAA.02"), [
    ("e-Presensi", "absensi pegawai dengan GPS dan swafoto", "kota-yogyakarta", "", "aktif", 2020),
    ("Absensi Online ASN", "", "kab-ngawi", "", "aktif", 2020),
    ("SIAGA (Sistem Informasi Absensi Guru dan Aparatur)", "", "kab-jember", "", "aktif", 2019),
    ("Presensi Mobile Android", "Presensi kehadiran pegawai berbasis lokasi", "prov-kalimantan-selatan", "", "aktif", 2021),
    ("SIDAK (Sistem Informasi Disiplin dan Kehadiran)", "rekap kehadiran, izin, cuti dan keterlambatan pegawai", "kota-padang", "", "aktif", 2018),
    ("e-Absen Fingerprint", "", "kab-wonosobo", "", "tidak aktif", 2014),
    ("Hadir Pak!", "Aplikasi kehadiran pegawai menggunakan pengenalan wajah", "kota-bandung", "", "aktif", 2022),
    ("Sistem Presensi Terpadu", "", "kemenkopukm", "Kehadiran pegawai", "aktif", 2019),
    ("E-ABSENSI", "", "kota-jambi", "", "aktif", 2017),
    ("Attendance System", "Employee attendance by QR code", "kota-bukittinggi", "", "pengembangan", 2024),
    ("SiPresensi", "pencatatan kehadiran harian ASN dan TPP", "kab-purbalingga", "", "aktif", 2021),
])
group("G10", "Kinerja individu ASN (SKP / e-Kinerja)", ("RAL.02.04", "RAB.09.06", "RAA.02"), [
    ("e-Kinerja", "Penyusunan SKP dan laporan aktivitas harian pegawai", "kab-bantul", "", "aktif", 2019),
    ("E-KINERJA ASN", "", "kota-manado", "", "aktif", 2020),
    ("SIKAP (Sistem Informasi Kinerja Aparatur)", "sasaran kinerja pegawai dan penilaian perilaku", "prov-jambi", "", "aktif", 2018),
    ("Kinerja Harian Pegawai", "", "kab-cirebon", "", "aktif", 2017),
    ("SKP Online", "Sasaran Kinerja Pegawai online", "kemendes-pdtt", "", "aktif", 2019),
    ("ekinerja v2", "", "kab-bone", "", "pengembangan", 2023),
    ("Sistem Penilaian Prestasi Kerja Pegawai", "penilaian kinerja bulanan pegawai sebagai dasar TPP", "kota-kupang", "", "aktif", 2016),
    ("e-Kinerja Terintegrasi TPP", "", "kota-pontianak", "", "aktif", 2021),
])
group("G11", "Akuntabilitas kinerja instansi (SAKIP)", ("RAL.02.07", "RAB.09.06", "RAA.02"), [
    "N-ESAKIP",
    ("e-SAKIP Daerah", "Perjanjian kinerja, IKU dan LKjIP perangkat daerah", "kota-surabaya", "", "aktif", 2016),
    ("SAKIP Online", "", "kab-badung", "", "aktif", 2018),
    ("SIAKIP", "Sistem Informasi Akuntabilitas Kinerja Instansi Pemerintah", "prov-sulawesi-selatan", "", "aktif", 2017),
    ("Sistem Monev Kinerja Organisasi", "pengukuran capaian indikator kinerja utama organisasi dan pelaporan LKjIP", "kemenparekraf", "", "aktif", 2020),
    ("e-Sakip", "", "kab-musi-banyuasin", "", "tidak aktif", 2015),
])
group("G12", "Perencanaan, penganggaran dan penatausahaan keuangan daerah", ("RAL.02.03", "RAB.09.05", "RAA.02"), [
    "N-SIPD",
    ("e-Planning", "Perencanaan pembangunan daerah: RPJMD, Renstra, RKPD", "kota-surabaya", "", "tidak aktif", 2012),
    ("e-Budgeting", "Penyusunan RKA dan APBD", "kota-surabaya", "", "tidak aktif", 2012),
    ("SIMRAL", "Sistem Informasi Manajemen Perencanaan, Penganggaran dan Laporan", "prov-banten", "", "tidak aktif", 2016),
    ("e-Musrenbang", "usulan musyawarah perencanaan pembangunan dari kelurahan dan kecamatan", "kota-bandung", "", "aktif", 2015),
    ("SIRENBANG", "Sistem Informasi Perencanaan Pembangunan Daerah", "kab-tabanan", "", "aktif", 2017),
    ("Aplikasi Penyusunan APBD", "", "kab-sumba-timur", "", "aktif", 2014),
    ("SIPKD", "Sistem Informasi Pengelolaan Keuangan Daerah: anggaran, SPD, SPP, SPM, SP2D", "prov-jawa-timur", "", "tidak aktif", 2013),
    ("e-Penatausahaan", "SPP/SPM/SP2D online", "kab-kulon-progo", "", "aktif", 2018),
    ("Perencanaan Online Terpadu", "", "kab-jayapura", "", "aktif", 2019),
    ("SIMDA Keuangan", "Aplikasi keuangan daerah BPKP: anggaran, penatausahaan, akuntansi", "kab-merauke", "", "tidak aktif", 2011),
    ("Tebar Rancang", "aplikasi penyusunan rencana kerja dan usulan anggaran perangkat daerah", "kab-banjar", "", "aktif", 2020),
    ("e-Anggaran Pemko", "", "kota-medan", "", "tidak aktif", 2016),
    ("SIPPD", "Sistem Informasi Perencanaan Pembangunan Daerah", "prov-sumatera-utara", "", "tidak aktif", 2015),
    ("Sistem Informasi Keuangan Daerah versi 2.0", "", "kota-palembang", "Keuangan daerah", "aktif", 2019),
])
group("G13", "Perencanaan kinerja dan anggaran K/L", ("RAL.02.03", "RAB.09.05", "RAA.02"), [
    "N-KRISNA",
    ("e-Renja", "Penyusunan rencana kerja tahunan unit eselon I", "kemenpupr", "", "aktif", 2017),
    ("Sistem Perencanaan Program dan Anggaran", "usulan program, RKA-K/L dan pagu indikatif", "kkp", "", "aktif", 2016),
    ("SIRENA", "Sistem Informasi Rencana dan Anggaran", "bnpb", "", "tidak aktif", 2015),
])
group("G14", "Pengelolaan keuangan satuan kerja K/L", ("RAL.02.02", "RAB.09.02", "RAA.02"), [
    "N-SAKTI",
    ("Aplikasi Keuangan Satker", "pencatatan realisasi anggaran, SPM dan laporan keuangan satker", "bnn", "", "tidak aktif", 2014),
    ("SIKUAT", "Sistem Informasi Keuangan Terpadu unit kerja", "basarnas", "", "aktif", 2016),
    ("e-Keuangan", "", "perpusnas", "Akuntansi dan pelaporan keuangan satker", "aktif", 2017),
    ("SIMKEU Lemhannas", "Sistem Informasi Manajemen Keuangan", "lemhannas", "", "aktif", 2013),
])
group("G15", "Pembayaran penerimaan negara bukan pajak (PNBP)", ("RAL.02.02", "RAB.09.02", "RAA.02"), [
    "N-SIMPONI",
    ("e-PNBP BMKG", "Permohonan data dan pembayaran tarif PNBP layanan meteorologi", "bmkg", "", "aktif", 2018),
    ("Billing PNBP Online", "pembuatan kode billing tarif layanan", "bpom", "", "aktif", 2016),
    ("SIPNBP", "Sistem Informasi Penerimaan Negara Bukan Pajak", "kesdm", "", "aktif", 2017),
])
group("G16", "Portal data terbuka / Satu Data", ("RAL.02.09", "RAB.09.03", "RAA.02"), [
    "N-SDI",
    ("Satu Data Jabar", "Portal data terbuka provinsi", "prov-jawa-barat", "", "aktif", 2019),
    ("Open Data Kota", "", "kota-bandung", "", "aktif", 2016, "https://data.bandung.go.id"),
    ("Portal Satu Data Sleman", "katalog dataset sektoral perangkat daerah", "kab-sleman", "", "aktif", 2020),
    ("SIDAKU", "Sistem Informasi Data Kita: publikasi data statistik sektoral", "kab-gowa", "", "aktif", 2021),
    ("Satu Data Kemnaker", "", "kemnaker", "", "aktif", 2020),
    ("Open Data Provinsi", "dataset terbuka untuk publik", "prov-kalimantan-barat", "", "aktif", 2018),
    ("Data Terbuka Jatim", "", "prov-jawa-timur", "Publikasi data", "aktif", 2019),
    ("Portal Data Sektoral", "metadata dan dataset statistik sektoral OPD", "kota-tegal", "", "pengembangan", 2023),
    ("SATU DATA", "", "kab-sidoarjo", "", "aktif", 2021),
])
group("G17", "Interoperabilitas / API gateway pemerintah", ("RAL.02.09", "RAB.09.03", "RAA.02"), [
    "N-SPLP",
    ("API Gateway Pemprov", "Penghubung layanan dan pertukaran data antar aplikasi OPD", "prov-jawa-tengah", "", "aktif", 2021),
    ("Integrasi Data Antar OPD (Bus Layanan)", "", "kota-semarang", "", "aktif", 2020),
    ("SIMANTRA Interoperabilitas", "middleware pertukaran data antar sistem elektronik pemerintah kabupaten", "kab-badung", "", "pengembangan", 2023),
])
group("G18", "Single sign-on / identitas digital layanan pemerintah", ("RAL.02.09", "RAB.09.03", "RAA.02"), [
    "N-INAPAS",
    ("SSO Pemkot", "Satu akun untuk semua aplikasi pemerintah kota", "kota-tangerang", "", "aktif", 2021),
    ("Single Sign On Kemendag", "", "kemendag", "", "aktif", 2019),
    ("Akun Warga Terpadu", "login tunggal warga untuk layanan publik daerah", "prov-dki-jakarta", "", "aktif", 2020),
    ("SSO", "", "kab-banyuwangi", "", "aktif", 2018),
])
group("G19", "KTP digital / identitas kependudukan digital", ("RAL.01", "RAB.03.07", "RAA.02"), [
    "N-IKD",
    ("KTP Digital", "KTP elektronik dalam aplikasi ponsel warga", "kota-denpasar", "", "tidak aktif", 2021),
    ("e-KTP Mobile", "", "kab-agam", "", "tidak aktif", 2020),
])
group("G20", "Jaringan dokumentasi dan informasi hukum (JDIH)", ("RAL.02.01", "RAB.09.01", "RAA.02"), [
    "N-JDIHN",
    ("JDIH Kabupaten Klaten", "Peraturan daerah dan produk hukum", "kab-klaten", "", "aktif", 2016),
    ("JDIH Online", "", "kota-mataram", "", "aktif", 2017),
    ("e-JDIH", "dokumentasi produk hukum daerah", "prov-bali", "", "aktif", 2015),
    ("Jaringan Dokumentasi dan Informasi Hukum Kemenkes", "", "kemenkes", "", "aktif", 2014),
    ("Produk Hukum Daerah", "basis data perda dan perbup", "kab-pati", "", "aktif", 2013),
    ("SILAKUM", "Sistem Informasi Layanan Produk Hukum", "kota-samarinda", "", "aktif", 2018),
    ("JDIH Mobile Android", "", "prov-sulawesi-utara", "", "aktif", 2020),
    ("Database Peraturan", "kumpulan peraturan menteri, keputusan dan surat edaran", "kemendikbudristek", "", "aktif", 2012),
    ("jdih", "", "kab-kampar", "", "aktif", 2019),
])
group("G21", "Sistem informasi manajemen puskesmas / rekam medis layanan primer", ("RAL.01", "RAB.04", "RAA.02"), [
    ("SIMPUS", "Sistem Informasi Manajemen Puskesmas", "kab-garut", "", "aktif", 2015),
    ("e-Puskesmas", "pendaftaran, rekam medis, farmasi dan laporan puskesmas", "kota-bogor", "", "aktif", 2017),
    ("SIMPUS Online Terintegrasi", "", "kab-gianyar", "", "aktif", 2019),
    ("Rekam Medis Elektronik Puskesmas", "RME di seluruh puskesmas kota", "kota-banjarmasin", "", "aktif", 2022),
    ("Sistem Informasi Puskesmas (SIP)", "", "kab-bone", "", "tidak aktif", 2013),
    ("Puskesmasku", "Aplikasi pelayanan di puskesmas: loket, poli, apotek, laboratorium", "kab-temanggung", "", "aktif", 2020),
    ("ePuskesmas", "", "kota-kendari", "", "aktif", 2018),
    ("SIKDA Generik", "pencatatan pelayanan kesehatan dasar di puskesmas", "kab-sumba-timur", "", "aktif", 2014),
])
group("G22", "Integrasi dan pertukaran data kesehatan", ("RAL.01", "RAB.04", "RAA.02"), [
    "N-SATUSEHAT",
    ("Bridging Data Kesehatan Daerah", "menghubungkan data RS dan puskesmas ke dinas kesehatan", "prov-jawa-tengah", "", "aktif", 2020),
    ("Health Data Exchange", "Integrasi rekam medis antar fasyankes kota", "kota-surabaya", "", "pengembangan", 2023),
    ("Sistem Integrasi Data Faskes", "", "prov-di-yogyakarta", "", "aktif", 2021),
])
group("G23", "Perizinan berusaha", ("RAL.01", "RAB.02", "RAA.02"), [
    "N-OSS",
    ("SIMPEL (Sistem Informasi Pelayanan Perizinan)", "perizinan usaha dan non usaha di DPMPTSP", "kab-deli-serdang", "", "tidak aktif", 2016),
    ("Perizinan Online DPMPTSP", "izin usaha, SIUP, TDP", "kota-cimahi", "", "tidak aktif", 2015),
    ("e-Ijin Usaha", "", "kab-ngawi", "", "tidak aktif", 2014),
    ("SIPANDU Perizinan", "Sistem Pelayanan Perizinan Terpadu satu pintu untuk izin berusaha", "kota-palu", "", "aktif", 2018),
    ("Izin Usaha Online", "", "prov-kepulauan-riau", "", "aktif", 2019),
    ("Mall Pelayanan Perizinan Usaha", "pengajuan izin usaha dan NIB", "kab-sidoarjo", "", "aktif", 2020),
])
group("G24", "Rekomendasi / izin penelitian", ("RAL.01", "RAB.09.01", "RAA.02"), [
    ("SI-RISET", "Permohonan surat rekomendasi penelitian Kesbangpol", "prov-di-yogyakarta", "", "aktif", 2018),
    ("Izin Penelitian Online", "", "kota-malang", "", "aktif", 2019),
    ("e-Rekomendasi Penelitian", "rekomendasi izin riset dan survei bagi mahasiswa dan peneliti", "kab-banyuwangi", "", "aktif", 2020),
    ("SIMLITBANG Perizinan", "surat keterangan penelitian dan KKN", "prov-sumatera-selatan", "", "aktif", 2017),
    ("Layanan Ijin Riset", "", "kota-salatiga", "", "tidak aktif", 2015),
])
group("G25", "Keuangan desa (APBDes)", ("RAL.02.02", "RAB.03", "RAA.02"), [
    "N-SISKEUDES",
    ("SIMKEUDES", "Sistem Informasi Keuangan Desa", "kab-bojonegoro", "", "aktif", 2017),
    ("e-Keuangan Desa", "penatausahaan dan pelaporan APBDes", "kab-lombok-timur", "", "aktif", 2018),
    ("Aplikasi APBDes Online", "", "kab-minahasa", "", "aktif", 2019),
    ("Sikades Keuangan", "pelaporan realisasi dana desa dan ADD", "kab-kampar", "", "aktif", 2020),
])
group("G26", "Administrasi dan profil pemerintahan desa", ("RAL.02.01", "RAB.03", "RAA.02"), [
    ("SID (Sistem Informasi Desa)", "Data penduduk desa, profil desa dan surat keterangan", "kab-wonosobo", "", "aktif", 2016),
    ("SIMADES", "Sistem Informasi Manajemen Administrasi Desa", "kab-bone", "", "aktif", 2018),
    ("Desa Digital", "pelayanan surat desa dan pendataan warga desa", "kab-bandung", "", "aktif", 2020),
    ("OpenSID", "", "kab-klaten", "", "aktif", 2019),
    ("Smart Village", "village administration and village profile website", "kab-badung", "", "aktif", 2021),
    ("e-Desa", "", "kab-aceh-besar", "", "aktif", 2017),
    ("Sistem Informasi Administrasi Desa Terpadu", "buku administrasi umum desa, surat menyurat desa", "kab-cirebon", "", "aktif", 2019),
    ("Nagari Digital", "Aplikasi administrasi pemerintahan nagari dan layanan surat warga nagari", "kab-agam", "", "pengembangan", 2023),
])
group("G27", "Data pokok pendidikan", ("RAL.01", "RAB.06", "RAA.02"), [
    "N-DAPODIK",
    ("Dapodikda", "Data pokok pendidikan daerah: sekolah, siswa, guru", "kab-sragen", "", "aktif", 2014),
    ("SIM Data Pendidikan", "", "kota-padang", "", "aktif", 2016),
    ("Basis Data Sekolah Provinsi", "pendataan SMA/SMK/SLB, peserta didik dan tenaga pendidik", "prov-jawa-barat", "", "aktif", 2017),
    ("EMIS Daerah", "education management information system for schools in the regency", "kab-tuban", "", "tidak aktif", 2015),
])
group("G28", "Penerimaan peserta didik baru (PPDB)", ("RAL.01", "RAB.06", "RAA.02"), [
    ("PPDB Online", "Pendaftaran siswa baru SD dan SMP sistem zonasi", "kota-yogyakarta", "", "aktif", 2017),
    ("PPDB Jatim", "penerimaan peserta didik baru SMA/SMK", "prov-jawa-timur", "", "aktif", 2018),
    ("SPMB Daring", "Sistem Penerimaan Murid Baru", "kota-semarang", "", "pengembangan", 2025),
    ("e-PPDB", "", "kab-gresik", "", "aktif", 2019),
    ("Penerimaan Siswa Baru Terpadu", "", "kota-makassar", "", "aktif", 2016),
    ("PPDB Android", "pendaftaran sekolah lewat ponsel", "kab-jember", "", "aktif", 2021),
    ("Daftar Sekolah Online", "pendaftaran murid baru jalur zonasi, afirmasi, prestasi", "kota-bekasi", "", "aktif", 2020),
    ("PPDB", "", "prov-banten", "", "aktif", 2018),
])
group("G29", "Data terpadu kesejahteraan sosial / data penerima bansos", ("RAL.01", "RAB.04", "RAA.02"), [
    "N-SIKSNG",
    ("e-DTKS", "Pengelolaan usulan dan verifikasi data terpadu kesejahteraan sosial", "kab-bogor", "", "aktif", 2020),
    ("SIDATA Bansos", "data penerima bantuan sosial daerah", "kota-pekanbaru", "", "aktif", 2021),
    ("Sistem Informasi Data Kemiskinan", "", "prov-nusa-tenggara-timur", "", "aktif", 2018),
    ("Basis Data Terpadu Warga Miskin", "pendataan rumah tangga miskin dan usulan DTKS", "kab-lampung-selatan", "", "aktif", 2017),
    ("NEXT DTKS Lokal", "", "kota-tegal", "", "pengembangan", 2022),
    ("Data Sosial Terpadu", "verifikasi dan validasi calon penerima bansos", "kab-purbalingga", "", "aktif", 2019),
    ("SIKS-NG Offline Kabupaten", "salinan lokal untuk musdes/muskel DTKS", "kab-sumba-timur", "", "tidak aktif", 2019),
])
group("G30", "Layanan administrasi kependudukan online", ("RAL.01", "RAB.03.07", "RAA.02"), [
    ("Dukcapil Online", "Pengajuan KK, akta kelahiran, akta kematian dan pindah datang online", "kota-bandung", "", "aktif", 2020),
    ("SIADIK (Sistem Informasi Administrasi Kependudukan)", "", "kab-sleman", "", "aktif", 2018),
    ("Lampid Online", "layanan kelahiran, kematian, pindah, datang", "kota-surabaya", "", "aktif", 2016),
    ("e-Adminduk", "", "kab-garut", "", "aktif", 2019),
    ("Layanan Kependudukan Mandiri", "warga mengajukan dokumen kependudukan dari rumah", "kota-manado", "", "aktif", 2021),
    ("SIPENDUDUK Mobile", "", "kab-gowa", "", "pengembangan", 2023),
    ("Akta Online", "pengajuan akta kelahiran dan kematian", "kota-kupang", "", "aktif", 2018),
    ("Ngurus Akta Pak Lurah", "Pengurusan dokumen kependudukan lewat kelurahan (KK, KTP-el, akta)", "kota-salatiga", "", "aktif", 2022),
    ("Pelayanan Adminduk Terpadu", "", "kab-merauke", "", "aktif", 2020),
])
group("G31", "Pajak bumi dan bangunan perdesaan dan perkotaan (PBB-P2)", ("RAL.01", "RAB.09.02", "RAA.02"), [
    ("e-PBB", "Informasi tagihan, SPPT dan pembayaran PBB-P2", "kota-depok", "", "aktif", 2018),
    ("SISMIOP", "manajemen informasi objek pajak PBB", "kab-bantul", "", "aktif", 2013),
    ("e-SPPT PBB", "", "kab-sidoarjo", "", "aktif", 2020),
    ("Cek PBB Online", "cek tagihan PBB berdasarkan NOP", "kota-medan", "", "aktif", 2019),
    ("PBB-P2 Online", "", "kab-tabanan", "", "aktif", 2017),
    ("SIPEDAS PBB (Sistem Informasi Pendapatan Daerah Sektor PBB)", "pendataan, penetapan dan penagihan PBB-P2", "kab-kulon-progo", "", "aktif", 2016),
    ("Sistem Informasi PBB Terpadu", "", "kota-balikpapan", "", "aktif", 2018),
])
group("G32", "Bea perolehan hak atas tanah dan bangunan (BPHTB)", ("RAL.01", "RAB.09.02", "RAA.02"), [
    ("e-BPHTB", "Pelaporan dan validasi BPHTB oleh notaris/PPAT", "kota-malang", "", "aktif", 2017),
    ("BPHTB Online", "", "kab-gresik", "", "aktif", 2018),
    ("e-BPHTB Terintegrasi", "validasi BPHTB terintegrasi dengan BPN", "kota-denpasar", "", "aktif", 2020),
    ("SIBPHTB", "", "kab-banjar", "", "aktif", 2016),
    ("Validasi BPHTB", "verifikasi SSPD BPHTB untuk peralihan hak tanah", "kota-jambi", "", "aktif", 2019),
    ("eBPHTB", "", "kab-musi-banyuasin", "", "tidak aktif", 2015),
])
group("G33", "Retribusi daerah", ("RAL.01", "RAB.09.02", "RAA.02"), [
    ("e-Retribusi", "Penagihan dan pembayaran retribusi pasar secara non tunai", "kota-surakarta", "", "aktif", 2018),
    ("SIMPADA Retribusi", "", "kab-kudus", "", "aktif", 2017),
    ("Retribusi Sampah Online", "tagihan retribusi persampahan rumah tangga", "kota-mataram", "", "aktif", 2021),
    ("e-Retribusi Pasar", "", "kab-klaten", "", "aktif", 2019),
    ("SIRETDA", "Sistem Informasi Retribusi Daerah", "kota-ambon", "", "aktif", 2020),
    ("Retribusi Parkir Tepi Jalan Non Tunai", "pembayaran retribusi parkir tepi jalan umum dengan QRIS", "kota-bogor", "", "aktif", 2022),
    ("Tarik Retribusi", "aplikasi juru pungut untuk mencatat setoran retribusi los dan kios", "kab-pati", "", "pengembangan", 2023),
])
group("G34", "Pemantauan harga komoditas pangan", ("RAL.01", "RAB.02", "RAA.02"), [
    ("SIDAK Pangan", "Sistem Informasi Data dan Analisa Harga Pangan harian di pasar", "prov-sumatera-barat", "", "aktif", 2019),
    ("Pantau Harga", "harga bahan pokok di pasar tradisional", "kota-palembang", "", "aktif", 2018),
    ("Info Harga Sembako", "", "kab-jember", "", "aktif", 2017),
    ("SISKAPERBAPO", "Sistem Informasi Ketersediaan dan Perkembangan Harga Bahan Pokok", "prov-jawa-timur", "", "aktif", 2014),
    ("Harga Pasar Online", "", "kota-kendari", "", "aktif", 2020),
    ("Panel Harga Pangan Daerah", "pelaporan harga komoditas pangan oleh enumerator pasar", "kab-banyuwangi", "", "aktif", 2021),
])
group("G35", "Pendataan petani dan distribusi pupuk bersubsidi", ("RAL.01", "RAB.07", "RAA.02"), [
    ("e-RDKK", "Rencana definitif kebutuhan kelompok tani untuk alokasi pupuk bersubsidi", "kementan", "", "aktif", 2017),
    ("Kartu Tani Daerah", "", "prov-jawa-tengah", "", "aktif", 2018),
    ("SIPETA Tani", "Sistem Informasi Pendataan Petani dan kebutuhan pupuk", "kab-ngawi", "", "aktif", 2020),
    ("SIPEDAS Pupuk (Sistem Pengawasan Distribusi Pupuk Bersubsidi)", "", "kab-lombok-timur", "", "aktif", 2021),
    ("Pupuk Online", "penebusan pupuk bersubsidi di kios oleh petani terdaftar", "kab-bone", "", "pengembangan", 2023),
])
group("G36", "Pengujian kendaraan bermotor (uji KIR)", ("RAL.01", "RAB.03", "RAA.02"), [
    ("e-KIR", "Pendaftaran dan hasil uji berkala kendaraan bermotor", "kota-pekanbaru", "", "aktif", 2019),
    ("Uji KIR Online", "", "kab-bogor", "", "aktif", 2020),
    ("SIUJI (Sistem Informasi Pengujian Kendaraan)", "", "kota-semarang", "", "aktif", 2017),
    ("Booking Uji Berkala", "antrean pengujian kendaraan angkutan barang dan penumpang", "kab-deli-serdang", "", "aktif", 2021),
    ("BLUe Daerah", "bukti lulus uji elektronik kendaraan wajib uji", "kota-cimahi", "", "aktif", 2018),
    ("e-Uji Kendaraan", "", "kab-kutai-kartanegara", "", "tidak aktif", 2016),
])
group("G37", "Pengelolaan bank sampah", ("RAL.01", "RAB.07", "RAA.02"), [
    ("e-Bank Sampah", "Pencatatan setoran dan tabungan nasabah bank sampah", "kota-balikpapan", "", "aktif", 2020),
    ("Sedekah Sampah", "", "kab-sleman", "", "aktif", 2021),
    ("SIBASA (Sistem Informasi Bank Sampah)", "", "kab-gianyar", "", "aktif", 2019),
    ("Tabungan Sampah Warga", "nasabah menabung sampah terpilah dan melihat saldo", "kota-makassar", "", "aktif", 2018),
    ("Bank Sampah Digital", "", "kota-bukittinggi", "", "pengembangan", 2023),
])
group("G38", "Perpustakaan digital daerah", ("RAL.01", "RAB.06", "RAA.02"), [
    ("iPusda", "Perpustakaan digital: peminjaman e-book untuk warga", "prov-kalimantan-timur", "", "aktif", 2019),
    ("SI PINTAR Perpustakaan", "Sistem Informasi Perpustakaan Terintegrasi dan baca digital", "kab-tuban", "", "aktif", 2020),
    ("e-Library Daerah", "", "kota-pontianak", "", "aktif", 2018),
    ("Pustaka Digital Kota", "koleksi buku elektronik dan keanggotaan perpustakaan", "kota-tegal", "", "aktif", 2021),
    ("Perpusda Online", "", "kab-garut", "", "aktif", 2017),
    ("Maca Buku", "Aplikasi membaca dan meminjam buku elektronik koleksi perpustakaan daerah", "kab-sumedang", "", "aktif", 2022),
])
group("G39", "Bursa kerja / informasi lowongan kerja", ("RAL.01", "RAB.06", "RAA.02"), [
    ("Bursa Kerja Online", "Informasi lowongan kerja dan pendaftaran pencari kerja", "kota-tangerang", "", "aktif", 2018),
    ("Job Fair Virtual", "", "prov-banten", "", "aktif", 2021),
    ("SIKERJA", "Sistem Informasi Ketenagakerjaan: pencari kerja, lowongan dan kartu kuning AK-1", "kab-kudus", "", "aktif", 2019),
    ("Loker Kota", "", "kota-batam", "", "aktif", 2020),
    ("e-AK1 / Kartu Pencari Kerja Online", "pendaftaran pencari kerja dan penempatan", "kab-sragen", "", "aktif", 2017),
    ("Pasar Kerja Daerah", "pencocokan lowongan perusahaan dengan pencari kerja lokal", "kab-kutai-kartanegara", "", "pengembangan", 2023),
])
group("G40", "Pencegahan stunting / pemantauan gizi balita dan posyandu", ("RAL.01", "RAB.04", "RAA.02"), [
    ("SIPANDU Posyandu", "Pencatatan penimbangan balita di posyandu", "kab-purbalingga", "", "aktif", 2019),
    ("e-Posyandu", "", "kota-bogor", "", "aktif", 2020),
    ("SIMANTAP (Sistem Monitoring Anak Stunting Terpadu)", "pemantauan balita stunting per desa", "kab-sumba-timur", "", "aktif", 2021),
    ("Cegah Stunting", "intervensi gizi spesifik dan sensitif, data sasaran balita", "prov-nusa-tenggara-barat", "", "aktif", 2022),
    ("Dashboard Stunting", "rekap prevalensi stunting dan status gizi balita", "kab-lampung-selatan", "", "aktif", 2022),
    ("Timbang Bayi", "Kader posyandu mencatat berat dan tinggi balita setiap bulan", "kab-wonosobo", "", "aktif", 2020),
])
group("G41", "Pengelolaan barang milik daerah / aset", ("RAL.02.06", "RAB.09.02", "RAA.02"), [
    ("SIMDA BMD", "Penatausahaan barang milik daerah", "kab-jayapura", "", "tidak aktif", 2012),
    ("e-Aset", "inventarisasi dan mutasi aset daerah", "kota-padang", "", "aktif", 2018),
    ("SIMAS (Sistem Informasi Manajemen Aset)", "", "kab-bandung", "", "aktif", 2017),
    ("SIMANTAP (Sistem Informasi Manajemen Aset Tanah dan Properti)", "pencatatan aset tanah dan bangunan pemda", "kota-samarinda", "", "aktif", 2021),
    ("Aset Daerah Online", "", "prov-maluku", "", "aktif", 2019),
    ("SIBADA", "Sistem Informasi Barang Daerah: KIB, mutasi, penghapusan", "kab-cirebon", "", "aktif", 2016),
])

# ---------------------------------------------------------------- singletons (traps and unrelated)
S = [
    ("S-SIMPONI-PONPES", "SIMPONI", "Sistem Informasi Monitoring Pondok Pesantren Online: data santri dan ustadz pondok pesantren", "kemenag", 2019),
    ("S-SIMPEL-LATIH", "SIMPEL", "Sistem Informasi Manajemen Pelatihan: jadwal diklat dan peserta pelatihan teknis", "lan", 2018),
    ("S-SIMPEL-LIMBAH", "SIMPEL Lingkungan", "pelaporan pengelolaan limbah B3 oleh pelaku usaha", "kota-batam", 2020),
    ("S-SIAGA-BENCANA", "SIAGA Bencana", "Peringatan dini banjir dan longsor untuk warga", "kab-garut", 2021),
    ("S-EKINERJA-PKM", "e-Kinerja Puskesmas", "penilaian kinerja puskesmas: indikator SPM kesehatan dan mutu layanan", "kab-jember", 2020),
    ("S-SIMAS-MASJID", "SIMAS", "Sistem Informasi Masjid: data masjid dan mushala", "kemenag", 2015),
    ("S-SIKAP-LKPP", "SIKaP", "Sistem Informasi Kinerja Penyedia: kualifikasi dan riwayat kinerja penyedia barang/jasa", "lkpp", 2016),
    ("S-SIPETA-GIS", "SIPETA", "Sistem Informasi Peta Tematik: peta tata ruang dan batas wilayah", "kab-kulon-progo", 2019),
    ("S-SIPINTAR-BEASISWA", "SiPintar", "Pendaftaran dan seleksi beasiswa pelajar berprestasi", "prov-riau", 2021),
    ("S-ELAPOR-SPJ", "e-Lapor", "Pelaporan SPJ dana BOS oleh sekolah", "kab-ngawi", 2019),
    ("S-SIGAP-BENCANA", "SIGAP", "Sistem Informasi Gerak Tanggap Darurat: koordinasi posko dan logistik bencana", "bnpb", 2018),
    ("S-PANTAU-PROYEK", "PANTAU", "pemantauan progres fisik dan keuangan kegiatan pembangunan", "kab-tabanan", 2019),
    ("S-SIADIK-SMK", "SIADIK", "Sistem Informasi Akademik SMK: nilai, rapor dan jadwal pelajaran", "prov-jawa-tengah", 2018),
    ("S-EKIR-RUANG", "e-KIR", "Kartu Inventaris Ruangan elektronik: daftar barang per ruangan kantor", "kemenhub", 2017),
    ("S-EKAT-UMKM", "e-Katalog Produk UMKM", "Promosi produk unggulan UMKM daerah kepada masyarakat", "kab-temanggung", 2021),
    ("S-EKAT-MUSEUM", "e-Katalog Koleksi Museum", "katalog koleksi benda cagar budaya museum daerah", "prov-di-yogyakarta", 2020),
    ("S-EKAT-BENIH", "E-Katalog Benih Ikan", "Informasi ketersediaan benih ikan di balai benih", "kkp", 2019),
    ("S-SMS1", "SMS Gateway", "Notifikasi jadwal imunisasi ke orang tua balita", "kota-madiun", 2014),
    ("S-SMS2", "SMS Gateway", "", "kab-bantul", 2013),
    ("S-SMS3", "SMS Gateway BPBD", "penyebaran pesan peringatan dini bencana ke warga", "kab-agam", 2016),
    ("S-DASH1", "Dashboard Eksekutif", "ringkasan indikator pembangunan untuk kepala daerah", "kota-madiun", 2021),
    ("S-DASH2", "Dashboard", "", "kab-gowa", 2020),
    ("S-DASH3", "Dashboard Covid-19", "sebaran kasus dan vaksinasi Covid-19", "prov-sulawesi-selatan", 2020),
    ("S-WEB1", "Website Resmi Pemkab", "portal berita dan profil pemerintah kabupaten", "kab-bone", 2012),
    ("S-WEB2", "Website OPD", "", "kota-palu", 2016),
    ("S-WEB3", "Website Desa", "profil desa dan berita kegiatan desa", "kab-minahasa", 2018),
    ("S-AND1", "Aplikasi Android", "", "kab-merauke", 2019),
    ("S-AND2", "Aplikasi Android Pariwisata", "informasi destinasi wisata dan event", "kab-badung", 2017),
    ("S-PERSEDIAAN", "e-Persediaan", "pencatatan barang habis pakai di gudang OPD", "kota-denpasar", 2018),
    ("S-PBG", "Layanan PBG dan SLF Daerah", "persetujuan bangunan gedung dan sertifikat laik fungsi", "kota-malang", 2022),
    ("S-IZINKERAMAIAN", "Izin Keramaian Online", "permohonan izin kegiatan keramaian", "kota-medan", 2019),
    ("S-SIPNAKES", "SIP Nakes Online", "Surat Izin Praktik tenaga kesehatan", "kab-sleman", 2020),
    ("S-TPP", "e-TPP", "Perhitungan tambahan penghasilan pegawai berdasar kinerja dan kehadiran", "kab-gresik", 2021),
    ("S-CUTI", "e-Cuti", "Pengajuan dan persetujuan cuti pegawai", "kota-cimahi", 2019),
    ("S-DIKLAT", "SIM Diklat ASN", "pengembangan kompetensi: usulan dan riwayat diklat pegawai", "prov-jawa-barat", 2018),
    ("S-PAJAKRESTO", "e-SPTPD", "Pelaporan pajak hotel, restoran dan hiburan oleh wajib pajak self assessment", "kota-yogyakarta", 2017),
    ("S-REKLAME", "SIMPADA Reklame", "pendataan dan penetapan pajak reklame", "kab-kudus", 2017),
    ("S-PARKIRPAJAK", "Pajak Parkir Online", "pelaporan omzet pajak parkir oleh pengelola gedung parkir", "kota-surabaya", 2019),
    ("S-ANTRIAN-RS", "Antrean Online RSUD", "pendaftaran pasien rawat jalan RSUD", "kab-klaten", 2021),
    ("S-AMBULANS", "Ambulans Gratis 112", "layanan panggilan darurat dan ambulans", "kota-tangerang", 2020),
    ("S-CCTV", "Smart CCTV", "pemantauan lalu lintas persimpangan", "kota-bandung", 2019),
    ("S-TERMINAL", "SIM Terminal", "manajemen kedatangan dan keberangkatan bus di terminal tipe B", "prov-jawa-timur", 2018),
    ("S-UDARA", "Pemantauan Kualitas Udara", "data ISPU dari stasiun pemantau kualitas udara", "prov-dki-jakarta", 2019),
    ("S-HIBAH", "e-Hibah Bansos", "Pengajuan proposal hibah dan bantuan sosial oleh lembaga ke pemda", "kota-bandung", 2015),
    ("S-SURVEI-IKM", "Survei Kepuasan Masyarakat Online", "indeks kepuasan masyarakat atas unit layanan", "kab-sidoarjo", 2020),
    ("S-RUTILAHU", "Aku Omah Layak", "Pendataan dan usulan bantuan rehab rumah tidak layak huni", "kab-kudus", 2021),
    ("S-MADRASAH", "SIM Madrasah", "administrasi madrasah dan data siswa madrasah", "kemenag", 2016),
    ("S-PERIKANAN", "Logbook Nelayan", "pencatatan hasil tangkapan ikan nelayan", "kkp", 2019),
    ("S-KIOS-ZAKAT", "Zakat ASN Online", "Pemotongan dan penyaluran zakat profesi ASN", "kab-aceh-besar", 2021),
]
for key, nama, desk, inst, tahun in S:
    st = "tidak aktif" if tahun < 2015 else ("pengembangan" if tahun >= 2023 else "aktif")
    R(key, nama, desk, inst, "", "khusus" if len(key) % 3 else "", st, tahun)

# ---------------------------------------------------------------- reference codes (about 30%), some messy
def messy(code):
    k = rng.randrange(5)
    if k == 0: return code.lower()
    if k == 1: return code.replace(".", " ", 1)
    if k == 2: return ".".join([p.lstrip("0") or "0" for p in code.split(".")])
    if k == 3: return code + ".01"
    return " " + code.capitalize()
for row in ROWS:
    c = row.pop("codes")
    row["kode_ral"] = row["kode_rab"] = row["kode_raa"] = ""
    if c and (row["jenis"] == "umum" or rng.random() < 0.33):
        ral, rab, raa = c
        if row["jenis"] != "umum" and raa == "RAA.01.02": raa = "RAA.02"
        sel = [ral, rab, raa]
        if row["jenis"] != "umum":
            for i in range(3):
                if rng.random() < 0.3: sel[i] = ""
            if rng.random() < 0.3:
                i = rng.randrange(3); sel[i] = messy(sel[i] or c[i])
        row["kode_ral"], row["kode_rab"], row["kode_raa"] = sel

# ---------------------------------------------------------------- shuffle, ids
rng2 = random.Random(SEED)
order = list(range(len(ROWS)))
rng2.shuffle(order)
ID = {}
rows_out = []
for n, i in enumerate(order, 1):
    row = ROWS[i]
    ID[row["key"]] = f"e{n:03d}"
    rows_out.append(row)

FIELDS = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa", "status", "tahun", "url", "dpi"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(FIELDS)
for row in rows_out:
    w.writerow([ID[row["key"]]] + [row[f] for f in FIELDS[1:]])
with open(os.path.join(HERE, "blind5-inventory.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

TRAPS = ("SIMPONI Kemenkeu PNBP (G15) vs SIMPONI pondok pesantren monitor (Kemenag); SIMPEL business licensing (G23) vs SIMPEL training "
         "management vs SIMPEL Lingkungan hazardous-waste reporting; SIAGA attendance (G09) vs SIAGA Bencana early warning; SIGAP complaints (G02) vs "
         "SIGAP payroll (G08) vs SIGAP BNPB disaster response; SIDAK attendance/discipline (G09) vs SIDAK Pangan food prices (G34) vs SIDAKU open data (G16); "
         "e-Kinerja ASN (G10) vs e-Kinerja Puskesmas facility indicators; SIKAP ASN performance (G10) vs SIKaP LKPP vendor performance; "
         "SIMAS asset management (G41) vs SIMAS mosque data; SIMANTAP land assets (G41) vs SIMANTAP stunting monitor (G40); "
         "SIPANDU business permits (G23) vs SIPANDU Posyandu (G40) vs SIPADU complaints (G02); SIPETA Tani farmer data (G35) vs SIPETA thematic maps; "
         "SIPEDAS PBB (G31) vs SIPEDAS Pupuk (G35); SI PINTAR library (G38) vs SiPintar scholarships; e-Lapor complaints (G02) vs e-Lapor BOS SPJ reports; "
         "PANTAU Harga (G34) vs PANTAU development monitoring; SIADIK civil registration (G30) vs SIADIK SMK academic; e-KIR vehicle testing (G36) vs "
         "e-KIR room inventory card; SIMPADA Retribusi (G33) vs SIMPADA Reklame tax; "
         "e-Katalog LKPP (G05) vs e-Katalog UMKM products, museum collections, fish seed; generic names: three SMS Gateway, three Dashboard (plus "
         "Dashboard Stunting in G40), three Website, two Aplikasi Android rows; neighbouring functions kept apart: employee data G07 / payroll G08 / "
         "attendance G09 / individual performance G10 / institutional performance SAKIP G11 / TPP, leave, training singletons; PBB-P2 G31 / BPHTB G32 / "
         "retribusi G33 / e-SPTPD, reklame and parking tax singletons (retribusi parkir stays in G33); complaints G02 / information requests G03 / "
         "satisfaction survey singleton; business licensing G23 / research permits G24 / PBG, crowd permit, health-worker practice permit singletons; "
         "school data G27 / student admission G28; puskesmas SIMPUS G21 / health data exchange G22 / stunting G40; open data G16 / API gateway G17 / "
         "dashboards; village finance G25 / village administration G26; land and building assets G41 / consumables e-Persediaan / e-KIR room cards; "
         "SRIKANDI correspondence G01 / JDIH G20 / digital library G38; IKD G19 / SSO INApas G18 / online civil registration G30; DTKS G29 / e-Hibah Bansos / RTLH.")

SRC_COMMON = ("Fifth hand-labelled set (blind5), written blind to the reuse engine that will be measured on it: nothing under plugins/, bench/quality/ "
              "or docs/ was read, nor the contents of other bench/data sets; only the first 3 lines (head -3, cut at 1500 bytes) of blind4-inventory.csv, "
              "blind4-groups.json and blind4-proposals.json were read, to copy the file formats, plus `ls catalog-info`, the agency ids "
              "(metadata.name) in catalog-info/agencies and the note there that kabupaten/kota ids look like `kota-madiun` (kabupaten written `kab-<slug>` by analogy). "
              "Facts about SPBE, reference-architecture codes and the national platforms come from /work/shared/domain/spbe-reference.md only. "
              "No row is copied from a real inventory: local names and descriptions are invented in the style of Indonesian pemda and ministry inventories "
              "(acronyms with and without expansions, e-/E- prefixes, qualifiers, Javanese/Sundanese/Minang/Acehnese brand names such as Layang, Wadul, Sambat, "
              "Maca Buku, Nagari, Kadoe whose function only the description reveals, some English names, ijin/izin, typos, empty descriptions); "
              "national rows (jenis umum) describe the real platforms as stated in the reference file. Rows were written per function in "
              "bench/data/blind5-build.py, shuffled with random.Random(5505) and given ids e001..eNNN in shuffled order; about 30% of rows carry "
              "reference codes, some deliberately messy (lower case, space, dropped zeros, extra level). ")

groups_out = []
used = set()
for gid, (fn, keys) in GROUPS.items():
    groups_out.append({"id": gid, "function": fn, "members": sorted(ID[k] for k in keys)})
with open(os.path.join(HERE, "blind5-groups.json"), "w", encoding="utf-8") as f:
    json.dump({"source": SRC_COMMON + "A group = applications serving the same government function in different agencies, with the national "
               "platform row included where it should replace the local ones; rows in no group are singletons. Traps, never placed in the group "
               "of another variant: " + TRAPS, "duplicateGroups": groups_out}, f, ensure_ascii=False, indent=1)
    f.write("\n")

# ---------------------------------------------------------------- proposals
P = [
    ("Aplikasi Surat Menyurat Elektronik OPD", "Usulan aplikasi agar nota dinas dan surat keluar ditandatangani elektronik lalu didisposisikan pimpinan tanpa kertas", ["N-SRIKANDI"]),
    ("Kanal Keluhan Warga", "Warga dapat menyampaikan keluhan atas buruknya pelayanan dan memantau tindak lanjutnya", ["N-LAPOR"]),
    ("Portal Keterbukaan Informasi", "Masyarakat mengajukan permintaan salinan dokumen publik dan keberatan bila tidak dijawab", ["group:G03"]),
    ("Sistem Lelang Elektronik Pemda", "Pelaksanaan tender pekerjaan konstruksi dan seleksi konsultan secara daring", ["N-SPSE"]),
    ("Aplikasi Database ASN", "Pencatatan riwayat jabatan, golongan dan pendidikan seluruh aparatur sipil", ["N-SIASN"]),
    ("Aplikasi Hitung Gaji Bulanan", "Menghitung penghasilan bulanan pegawai beserta potongan iuran dan mencetak daftar penerimaan", ["group:G08"]),
    ("Absen Wajah Pegawai", "Pencatatan jam masuk dan pulang aparatur dengan foto di lokasi kantor", ["group:G09"]),
    ("Aplikasi SKP Harian", "Pegawai mengisi target kinerja dan realisasi kegiatan harian untuk dinilai atasan", ["group:G10"]),
    ("Aplikasi Laporan Kinerja Instansi", "Penyusunan perjanjian kinerja dan laporan kinerja tahunan perangkat daerah (LKjIP)", ["N-ESAKIP"]),
    ("Sistem Usulan Musrenbang dan RKA", "Perencanaan kegiatan tahunan daerah sampai penyusunan rancangan anggaran pendapatan dan belanja", ["N-SIPD"]),
    ("Aplikasi Kode Billing Tarif Layanan", "Pembayaran tarif layanan kementerian yang masuk sebagai penerimaan negara bukan pajak", ["N-SIMPONI"]),
    ("Portal Dataset Sektoral", "Publikasi kumpulan data statistik perangkat daerah agar dapat diunduh publik", ["N-SDI"]),
    ("Jembatan Integrasi Data Antar Aplikasi", "Pertukaran data antar sistem dinas melalui layanan API terpusat", ["N-SPLP"]),
    ("Login Satu Akun untuk Warga", "Warga cukup satu akun dan verifikasi identitas untuk masuk ke semua layanan pemerintah", ["N-INAPAS"]),
    ("Kartu Identitas Penduduk di HP", "KTP warga tersimpan di telepon genggam sebagai identitas digital", ["N-IKD"]),
    ("Basis Data Peraturan Daerah", "Pencarian peraturan bupati, perda dan keputusan secara daring", ["N-JDIHN"]),
    ("Aplikasi Pelayanan Puskesmas", "Pencatatan kunjungan pasien, diagnosa dan resep di pusat kesehatan masyarakat", ["group:G21"]),
    ("Izin Usaha Mikro Daring", "Pelaku usaha mengurus nomor induk berusaha dan izin usahanya secara elektronik", ["N-OSS"]),
    ("Surat Keterangan Riset Online", "Mahasiswa mengajukan surat izin melakukan penelitian di wilayah kabupaten", ["group:G24"]),
    ("Aplikasi Pertanggungjawaban Dana Desa", "Penyusunan anggaran desa dan laporan realisasi penggunaan dana desa", ["N-SISKEUDES"]),
    ("Layanan Surat Keterangan Desa Digital", "Warga meminta surat pengantar dan keterangan dari kantor desa, data warga desa tersimpan rapi", ["group:G26"]),
    ("Pendaftaran Murid Baru Daring", "Orang tua mendaftarkan anak ke SD/SMP negeri melalui jalur zonasi secara online", ["group:G28"]),
    ("Pendataan Keluarga Miskin Penerima Bantuan", "Usulan dan verifikasi rumah tangga tidak mampu untuk menerima bantuan sosial", ["N-SIKSNG"]),
    ("Pengurusan Akta dan KK Tanpa Antre", "Pengajuan kartu keluarga, akta lahir dan akta mati dari rumah", ["group:G30"]),
    ("Tagihan Pajak Bumi dan Bangunan", "Wajib pajak melihat SPPT dan membayar pajak tanah dan bangunan tahunan", ["group:G31"]),
    ("Validasi Pajak Jual Beli Tanah", "Notaris melaporkan bea perolehan hak atas tanah saat transaksi jual beli untuk divalidasi", ["group:G32"]),
    ("Pungutan Pasar Non Tunai", "Pedagang membayar pungutan los pasar tanpa uang tunai", ["group:G33"]),
    ("Informasi Harga Bahan Pokok", "Pemantauan harga beras, cabai dan minyak goreng harian di pasar", ["group:G34"]),
    ("Aplikasi Cek Kendaraan Wajib Uji", "Pemilik angkutan barang mendaftar uji berkala dan mendapatkan bukti lulus uji", ["group:G36"]),
    ("Pemantauan Balita Kerdil", "Kader mencatat tinggi dan berat anak untuk deteksi kekerdilan (stunting)", ["group:G40"]),
    # novel needs
    ("SIMPEG Pemeliharaan Gedung", "Jadwal perawatan gedung kantor pemerintah, lift dan genset", []),
    ("Presensi Siswa Sekolah", "Pencatatan kehadiran murid di kelas dan notifikasi ke orang tua", []),
    ("e-Katalog Kerajinan Tenun", "Etalase daring penjualan kain tenun pengrajin ke wisatawan", []),
    ("Aplikasi Pengaduan Kekerasan Anak Berbasis Hotline Konselor", "Pendampingan psikologis korban kekerasan terhadap anak oleh konselor", []),
    ("Perizinan Penggunaan Frekuensi Radio Komunitas", "Permohonan rekomendasi penyiaran radio komunitas daerah", []),
    ("Informasi Upah Minimum Pekerja", "Publikasi dan simulasi upah minimum kabupaten bagi pekerja dan perusahaan", []),
    ("Pemantauan Kualitas Air Sungai", "Data pengukuran kualitas air sungai dari sensor otomatis", []),
    ("Aplikasi Jadwal Kapal Penyeberangan", "Informasi jadwal dan tiket kapal feri antar pulau", []),
    ("Rekam Medis Hewan Puskeswan", "Pencatatan pemeriksaan dan vaksinasi hewan ternak di pusat kesehatan hewan", []),
    ("Manajemen Makam Umum", "Pendataan petak makam, ahli waris dan retensi sewa lahan makam", []),
    ("Pemetaan Sumur Bor Petani", "Inventarisasi sumur bor dan pompa irigasi milik kelompok tani", []),
    ("Aplikasi Antrean Uji SIM", "Pendaftaran antrean ujian surat izin mengemudi", []),
    ("Sistem Penjadwalan Rapat Pimpinan", "Pemesanan ruang rapat dan undangan rapat pimpinan daerah", []),
    ("Dashboard Harga Tiket Pesawat", "Pemantauan tarif penerbangan menjelang hari raya", []),
    ("Registrasi Koperasi Mahasiswa", "Pendaftaran dan pembinaan koperasi di kampus", []),
]
props = []
for i, (nama, desk, exp) in enumerate(P, 1):
    props.append({"id": f"r{i:02d}", "nama": nama, "deskripsi": desk,
                  "expected": [e if e.startswith("group:") else ID[e] for e in exp]})
with open(os.path.join(HERE, "blind5-proposals.json"), "w", encoding="utf-8") as f:
    json.dump({"source": SRC_COMMON + "Proposals (usulan) r01-r30 describe a need an existing row serves, worded differently from the rows "
               "(surat/naskah dinas, keluhan/aduan, pungutan/retribusi, kekerdilan/stunting, aparatur/pegawai/ASN ...); `expected` is the national "
               "platform row id where one exists, else `group:<id>` from blind5-groups.json (any member of that group is correct). r31-r45 are novel "
               "needs no row serves (`expected` empty); several are lexically close to rows of a different function (SIMPEG gedung, presensi siswa, "
               "e-Katalog tenun, pengaduan kekerasan anak, upah minimum vs payroll ASN, kualitas air vs udara, puskeswan vs puskesmas, "
               "uji SIM vs uji KIR, dashboard harga tiket vs harga pangan). Generated by bench/data/blind5-build.py.",
               "proposals": props}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(rows_out), "rows;", len(groups_out), "groups;", len(props), "proposals")
