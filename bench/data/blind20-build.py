#!/usr/bin/env python3
"""Blind set 20: Kemenko Polhukam audit export (politics, law and security).

Written by hand without reading the detector, its dictionaries, docs, tests or other
data files. Run from bench/data; writes blind20-inventory.csv, blind20-groups.json and
blind20-proposals.json. Standard library only; random.seed(202020).
"""
import csv
import json
import random

random.seed(202020)

READ = (
    "Read only: /work/shared/domain/spbe-reference.md (fully); name-only listings of "
    "catalog-info, catalog-info/agencies and bench/data; agency and DPI ids via "
    "grep '^  name:' on catalog-info/agencies/* and catalog-info/dpi/*; head -3 of "
    "blind18-inventory.csv; the top-level keys, source and first group of "
    "blind18-groups.json; the top-level keys, source, first proposal and first novel "
    "proposal of blind18-proposals.json. Nothing else."
)
SOURCE_INV = (
    "Blind set 20: Kemenko Polhukam (politics, law and security) audit export of central "
    "and regional applications (law and justice, home affairs and regional government, "
    "elections, police and defence, foreign affairs, anti-corruption, cyber, fire services "
    "and common general functions), written by hand in blind20-build.py (seed 202020) "
    "without reading the detector. " + READ
)
SOURCE_PROP = (
    "Blind set 20 proposals (reuse and novel) against blind20-inventory.csv, written by hand "
    "in blind20-build.py (seed 202020) without reading the detector. " + READ
)

ROWS = []      # dicts, in writing order
GROUPS = {}    # key -> dict(codes, fpool, trap)
CUR = [None]


def group(key, codes, fpool, trap=False):
    GROUPS[key] = {"codes": codes, "fpool": fpool, "trap": trap}
    CUR[0] = key


def mess(code):
    """Return a messy variant of a reference code, as clerks type them."""
    if not code:
        return ""
    r = random.random()
    if r < 0.33:
        return ""
    if r < 0.66:
        return code
    parts = code.split(".")
    if r < 0.74:
        return random.choice([code.lower(), parts[0].capitalize() + "." + ".".join(parts[1:])])
    if r < 0.83:
        return parts[0] + "." + ".".join(str(int(p)) for p in parts[1:])
    if r < 0.90:
        return ".".join(parts[:2])
    if r < 0.95:
        return ".".join(parts[1:])
    return code + ".0" + str(random.randint(1, 4))


JENIS_K = ["Khusus", "Aplikasi Khusus", "khusus", "Khusus", "", "Aplikasi Khusus", "KHUSUS"]
JENIS_U = ["Umum", "Aplikasi Umum", "umum", "Umum"]
STATUS = ["aktif", "Aktif", "aktif", "Aktif", "", "aktif", "tidak aktif", "pengembangan", "Aktif", ""]

SINGLE_CODES = {
    "hukum": ("RAL.01.38.09", "RAB.09.01.03", "RAA.02.01"),
    "peradilan": ("RAL.01.39.09", "RAB.05.02.01", "RAA.02.02"),
    "polisi": ("RAL.01.05.09", "RAB.05.01.02", "RAA.02.01"),
    "pemilu": ("RAL.01.41.09", "RAB.09.01.07", "RAA.02.02"),
    "luar": ("RAL.01.02.09", "RAB.01.02.01", "RAA.02.01"),
    "hankam": ("RAL.01.01.09", "RAB.01.01.01", "RAA.02.02"),
    "umum": ("RAL.02.06.09", "RAB.09.07.01", "RAA.02.02"),
    "info": ("RAL.02.09.09", "RAB.09.03.01", "RAA.02.02"),
    "siber": ("RAL.02.09.05", "RAB.09.04.04", "RAA.02.02"),
    "bencana": ("RAL.01.05.07", "RAB.05.03.01", "RAA.02.01"),
    "pemda": ("RAL.02.01.09", "RAB.09.01.01", "RAA.02.02"),
    "imigrasi": ("RAL.01.37.09", "RAB.01.02.03", "RAA.02.01"),
    "pas": ("RAL.01.39.04", "RAB.05.02.03", "RAA.02.02"),
    "integritas": ("RAL.02.08.09", "RAB.09.06.05", "RAA.02.02"),
    "sektor": ("RAL.01.20.01", "RAB.04.01.01", "RAA.02.01"),
    "adminduk": ("RAL.01.22.09", "RAB.03.07.01", "RAA.02.01"),
    "keuangan": ("RAL.02.02.09", "RAB.09.02.01", "RAA.01.02"),
}


def add(nama, inst, d="", f=None, u=False, t=False, url="", dpi="", st=None, th=None, cd=None, single=False):
    key = None if single else CUR[0]
    if key is not None:
        codes = GROUPS[key]["codes"]
        trap = t or GROUPS[key]["trap"]
        if f is None:
            f = random.choice(GROUPS[key]["fpool"]) if random.random() < 0.8 else ""
    else:
        codes = SINGLE_CODES[cd or "umum"]
        trap = t
        if f is None:
            f = ""
    ral, rab, raa = (mess(c) for c in codes)
    jenis = random.choice(JENIS_U) if u else random.choice(JENIS_K)
    if not u and random.random() < 0.04:
        jenis = "Umum"  # mislabelled by the clerk
    status = st if st is not None else random.choice(STATUS)
    tahun = th if th is not None else (str(random.randint(2009, 2024)) if random.random() < 0.78 else "")
    ROWS.append({
        "key": key, "trap": trap, "nama": nama, "deskripsi": d, "fungsi": f,
        "instansi": inst, "jenis": jenis, "kode_ral": ral, "kode_rab": rab,
        "kode_raa": raa, "status": status, "tahun": tahun, "url": url, "dpi": dpi,
    })


def single(nama, inst, d="", f="", cd="umum", t=True, **kw):
    add(nama, inst, d=d, f=f, t=t, cd=cd, single=True, **kw)


# ---------------------------------------------------------------- general functions
group("srikandi", ("RAL.02.06.01", "RAB.09.07.02", "RAA.01.02"),
      ["Persuratan", "Tata naskah dinas elektronik", "Kearsipan dinamis", "Surat menyurat dan disposisi", "Manajemen surat"])
add("SRIKANDI", "anri", "Sistem Informasi Kearsipan Dinamis Terintegrasi: tata naskah dinas elektronik, disposisi dan pengelolaan arsip dinamis; aplikasi umum bidang kearsipan.",
    "Persuratan dan kearsipan dinamis", u=True, url="https://srikandi.arsip.go.id", st="aktif", th="2020")
add("e-Office Kemenkumham", "kemenkumham", "Surat masuk, disposisi pimpinan dan surat keluar berbasis web di lingkungan Kementerian Hukum dan HAM.")
add("TNDE Kemhan v2", "kemhan", "Naskah dinas elektronik dengan penomoran otomatis dan paraf berjenjang.", "Tata naskah dinas elektronik")
add("SIDINAS (Sistem Informasi Surat Dinas) Kemlu", "kemlu", f="")
add("Persuratan Elektronik Satpol PP Prov DKI", "prov-dki-jakarta", "Pencatatan agenda surat, nota dinas dan disposisi kepala satuan.")
add("E-Surat Kesbangpol Kaltim", "prov-kalimantan-timur", f="")
add("SIKD (Sistem Informasi Kearsipan Dinamis) Biro Umum Sulsel", "prov-sulawesi-selatan",
    "Aplikasi kearsipan dinamis generasi lama: registrasi naskah, klasifikasi arsip, jadwal retensi dan penyusutan.", "Kearsipan", t=True)
add("Naskah Dinas Online Kejati Sumut", "prov-sumatera-utara")
add("e-Arsip Ditjen Imigrasi", "kemenko-kumham-imipas", "Pengelolaan arsip aktif dan inaktif unit kerja, peminjaman berkas dan penyusutan sesuai JRA.")
add("DIGIDIS - Disposisi Digital Polda Bali", "prov-bali", "", "Disposisi surat")
add("LADEN (Layang Dinas Elektronik) Pemprov Jateng", "prov-jawa-tengah", "Layang dinas lan disposisi antar OPD tanpa kertas, terhubung tanda tangan elektronik.")

group("siasn", ("RAL.02.04.01", "RAB.09.06.01", "RAA.01.02"),
      ["Manajemen ASN", "Kepegawaian", "Administrasi kepegawaian", "Data pegawai", "Pengelolaan SDM aparatur"])
add("SIASN", "bkn", "Sistem Informasi ASN nasional: data induk PNS, riwayat jabatan, kenaikan pangkat, mutasi dan pensiun.",
    "Manajemen ASN", u=True, url="https://siasn.bkn.go.id", st="Aktif", th="2021")
add("MyASN", "bkn", "Layanan mandiri bagi pegawai untuk memeriksa dan memperbarui data kepegawaian pribadinya.", u=True, th="2022")
add("SIMPEG Kemenkumham", "kemenkumham", "Data pegawai, riwayat pendidikan dan jabatan pegawai Kemenkumham.", "Kepegawaian")
add("SIPERS Kemhan (Sistem Informasi Personel)", "kemhan", "Data personel PNS dan militer di lingkungan Kemhan: mutasi, kepangkatan, kenaikan gaji berkala.")
add("SIMKEP Kemlu 2.0", "kemlu", f="")
add("Simpeg Kejaksaan Tinggi Jatim", "prov-jawa-timur", "Database pegawai jaksa dan tata usaha se-Jawa Timur.")
add("SIPP (Sistem Informasi Pegawai Pemprov) NTB", "prov-nusa-tenggara-barat", "Database pegawai, cuti, pangkat dan pensiun ASN Pemprov NTB.", t=True)
add("e-Personel Polda Sumbar", "prov-sumatera-barat", f="")
add("Sistem Informasi Kepegawaian Satpol PP Banten", "prov-banten", "", "Administrasi kepegawaian")
add("HRIS Lemhannas", "lemhannas", "Human resource information system: employee master data, positions and training history.")

group("lapor", ("RAL.02.08.03", "RAB.09.06.03", "RAA.01.01"),
      ["Pengaduan masyarakat", "Pengelolaan pengaduan", "Penanganan keluhan layanan publik", "Aduan warga"])
add("SP4N-LAPOR!", "kemenpanrb", "Kanal nasional pengaduan pelayanan publik yang terhubung dengan seluruh K/L dan pemda.",
    "Pengelolaan pengaduan masyarakat", u=True, url="https://www.lapor.go.id", st="aktif", th="2016")
add("Dumas Kemenkumham", "kemenkumham", "Pengaduan masyarakat terhadap layanan unit pelaksana teknis Kemenkumham.", "Pengaduan masyarakat")
add("Lapor Pak Gub! Kaltara", "prov-kalimantan-utara", "Warga menyampaikan keluhan atas layanan pemprov, diteruskan ke OPD penanggung jawab.")
add("Dumas Presisi Polri", "kemenko-polhukam", "Pengaduan masyarakat atas pelayanan dan perilaku anggota Polri, ditindaklanjuti fungsi Propam.", t=True)
add("e-Pengaduan Imigrasi", "kemenko-kumham-imipas", f="")
add("Si Pepeng (Sistem Pengelolaan Pengaduan) Kesbangpol Jambi", "prov-jambi")
add("Kotak Saran Online Lapas Kelas IIA Way Hui", "prov-lampung", "Saran dan keluhan keluarga WBP terhadap pelayanan petugas lapas.")
add("Complaint Handling System Kemlu", "kemlu", "Receives and routes public complaints about ministry services.")
add("PADUKA (Pengaduan Masyarakat Aceh)", "prov-aceh", "", "Pengaduan")
add("Sambat Online Jatim", "prov-jawa-timur", "Layanan sambat warga tentang pelayanan publik di Jawa Timur, terintegrasi ke LAPOR.")

group("sipd", ("RAL.02.02.01", "RAB.09.02.01", "RAA.01.02"),
      ["Perencanaan dan penganggaran daerah", "Keuangan daerah", "Penyusunan APBD", "Perencanaan pembangunan daerah"])
add("SIPD", "kemendagri", "Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran, penatausahaan dan pelaporan keuangan daerah.",
    "Perencanaan dan keuangan daerah", u=True, url="https://sipd.kemendagri.go.id", st="aktif", th="2020")
add("SIPD RI - Penatausahaan Riau", "prov-riau", f="")
add("e-Planning Bappeda Sumsel", "prov-sumatera-selatan", "Penyusunan RKPD, musrenbang dan renja OPD.")
add("e-Budgeting DKI", "prov-dki-jakarta", "Penyusunan RAPBD dan komponen belanja per SKPD.", "Penganggaran APBD")
add("SIMRAL Jabar", "prov-jawa-barat", "Sistem informasi manajemen perencanaan, penganggaran dan pelaporan Pemprov Jawa Barat.")
add("SIKD (Sistem Informasi Keuangan Daerah) Gorontalo", "prov-gorontalo", "", "Keuangan daerah", t=True)
add("SIMDA Keuangan", "bpkp", "Aplikasi keuangan daerah BPKP generasi lama untuk anggaran, penatausahaan dan akuntansi; sedang digantikan SIPD.",
    u=True, st="tidak aktif", th="2009")
add("Aplikasi RKA-SKPD Satpol PP Kaltim", "prov-kalimantan-timur", f="")

group("sakti", ("RAL.02.02.02", "RAB.09.02.02", "RAA.01.02"),
      ["Pengelolaan keuangan satker", "Anggaran dan akuntansi instansi", "Pelaksanaan anggaran DIPA"])
add("SAKTI", "kemenkeu", "Sistem Aplikasi Keuangan Tingkat Instansi: perencanaan, pelaksanaan dan pertanggungjawaban anggaran satuan kerja pemerintah pusat.",
    "Pengelolaan keuangan satker", u=True, st="aktif", th="2022")
add("Aplikasi RKAKL Kemhan", "kemhan", "Penyusunan rencana kerja dan anggaran satker Kemhan.")
add("SAIBA Kanwil Kumham Papua", "kemenkumham", "", "Akuntansi instansi")
add("SIMAK-BMN Kemlu", "kemlu", "Penatausahaan barang milik negara tingkat satker.", st="tidak aktif")
add("Aplikasi Persediaan Lapas Kelas I Makassar", "kemenko-kumham-imipas", f="")
add("SAS (Sistem Aplikasi Satker) Kejati Riau", "prov-riau", "Pembuatan SPP/SPM dan pencatatan realisasi DIPA satuan kerja.")

group("sakip", ("RAL.02.07.01", "RAB.09.06.04", "RAA.01.02"),
      ["Akuntabilitas kinerja instansi", "SAKIP", "Pelaporan kinerja organisasi", "Perjanjian kinerja dan LKjIP"])
add("e-SAKIP", "kemenpanrb", "Pelaporan sistem akuntabilitas kinerja instansi pemerintah: perjanjian kinerja, LKjIP dan evaluasi.",
    "Akuntabilitas kinerja", u=True, st="aktif", th="2017")
add("e-SAKIP Prov Sulteng", "prov-sulawesi-tengah", f="")
add("SIMONEV Kinerja Kemenkumham", "kemenkumham", "Pemantauan capaian indikator kinerja utama dan penyusunan LAKIN unit eselon I.")
add("LAKIP Online Kemhan", "kemhan", "Penyusunan laporan akuntabilitas kinerja satker Kemhan.")
add("Sakip Bersinar Babel", "prov-kepulauan-bangka-belitung", "", "Perjanjian kinerja & LKjIP")
add("Performance Accountability Dashboard Kemlu", "kemlu", "Organisational performance agreements, indicator targets and annual accountability report.")

group("ekinerja", ("RAL.02.04.03", "RAB.09.06.01", "RAA.01.02"),
      ["Penilaian kinerja pegawai", "SKP", "Kinerja individu ASN"])
add("e-Kinerja BKN", "bkn", "Penyusunan SKP, umpan balik atasan dan penilaian kinerja pegawai ASN.", "Penilaian kinerja pegawai", u=True, th="2022")
add("SKP Online Kemenkumham", "kemenkumham", f="")
add("E-Kin Pemprov Papua Barat", "prov-papua-barat")
add("Sasaran Kinerja Pegawai Polda NTT", "prov-nusa-tenggara-timur", "Penilaian sasaran kerja pegawai negeri pada Polri di NTT.")
add("TPP & Kinerja Harian Sulut", "prov-sulawesi-utara", "Input aktivitas harian pegawai sebagai dasar tambahan penghasilan pegawai.")

group("aset", ("RAL.02.02.05", "RAB.09.02.04", "RAA.02.02"),
      ["Barang milik daerah", "Pengelolaan aset daerah", "Inventarisasi aset"])
add("SIMDA BMD", "bpkp", "Penatausahaan barang milik daerah: inventarisasi, KIB, mutasi dan penghapusan.", "Barang milik daerah", u=True, t=True)
add("SIMBADA Prov Kalsel", "prov-kalimantan-selatan", f="")
add("e-BMD Jatim", "prov-jawa-timur", "", "Pengelolaan aset daerah")
add("Si-Aset Satpol PP Sulbar", "prov-sulawesi-barat")
add("SIMAS (Sistem Informasi Manajemen Aset) Maluku", "prov-maluku", "Kartu inventaris barang dan label QR aset milik pemprov.")

group("lpse", ("RAL.02.06.03", "RAB.09.02.05", "RAA.01.02"),
      ["Pengadaan barang/jasa", "E-procurement", "Tender elektronik", "Pengadaan"])
add("SPSE", "lkpp", "Sistem Pengadaan Secara Elektronik untuk tender dan seleksi barang/jasa pemerintah.", "Pengadaan barang/jasa",
    u=True, url="https://spse.inaproc.id", st="aktif", th="2012")
add("LPSE Kemenkumham", "kemenkumham", f="")
add("LPSE Kemhan", "kemhan", "Layanan pengadaan secara elektronik Kementerian Pertahanan.")
add("e-Proc Polri", "kemenko-polhukam", "Pengadaan barang dan jasa di lingkungan Polri secara elektronik.", "Tender")
add("LPSE Provinsi Papua", "prov-papua", "Layanan pengadaan secara elektronik Pemprov Papua.")
add("E-Tendering Kejaksaan RI", "kemenko-polhukam", f="")
add("LPSE Babel v4.5", "prov-kepulauan-bangka-belitung")
add("eProcurement Kemlu", "kemlu", "E-procurement portal for tenders of goods and services.")

group("satudata", ("RAL.02.09.01", "RAB.09.03.01", "RAA.01.02"),
      ["Open data", "Katalog data", "Satu data", "Portal data terbuka"])
add("Satu Data Indonesia (data.go.id)", "bappenas", "Portal katalog data terbuka nasional.", "Open data", u=True, url="https://data.go.id")
add("Portal Satu Data Polhukam", "kemenko-polhukam", "Kumpulan dataset bidang politik, hukum dan keamanan dari K/L di bawah koordinasi.")
add("Open Data Jabar", "prov-jawa-barat", "Portal data terbuka Provinsi Jawa Barat berisi dataset OPD.")
add("Satu Data Kaltim", "prov-kalimantan-timur", f="")
add("Data Portal Kemlu", "kemlu", "Open datasets of diplomatic and consular statistics.", "Dataset publikasi")
add("SATA (Satu Data Aceh)", "prov-aceh", f="")
add("Portal Data Hukum Terbuka Kemenkumham", "kemenkumham", "Katalog dataset statistik layanan hukum untuk publik, dapat diunduh dalam CSV.")

group("ppid", ("RAL.01.40.02", "RAB.09.03.02", "RAA.02.01"),
      ["Layanan informasi publik", "Keterbukaan informasi publik", "PPID"])
add("e-PPID Kemenkumham", "kemenkumham", "Permohonan informasi publik dan pengajuan keberatan secara daring.", "Layanan informasi publik")
add("PPID Kemhan", "kemhan", f="")
add("PPID Kemlu", "kemlu")
add("PPID Online Prov Sumbar", "prov-sumatera-barat", "Daftar informasi publik dan formulir permohonan informasi.")
add("SIPPID (Sistem Informasi PPID) Kemendagri", "kemendagri", "Pengelolaan daftar informasi publik dan permohonan informasi.", "Keterbukaan informasi")
add("Layanan Informasi Publik Kejati DIY", "prov-di-yogyakarta", f="")
add("PPID Polda Kalbar", "prov-kalimantan-barat")
add("Permohonan Informasi Publik BNPT", "bnpt", "Masyarakat mengajukan permintaan dokumen informasi publik dan memantau statusnya.")

group("splp", ("RAL.02.09.03", "RAB.09.04.02", "RAA.01.02"),
      ["Interoperabilitas data", "Integrasi layanan", "API gateway"])
add("SPLP", "komdigi", "Sistem Penghubung Layanan Pemerintah: API gateway dan interoperabilitas data antar instansi.", "Interoperabilitas data",
    u=True, dpi="dpi-pertukaran-data", st="aktif", th="2022")
add("API Gateway Pemprov Jabar", "prov-jawa-barat", "Manajemen API untuk berbagi data antar aplikasi OPD.")
add("Bus Layanan Kemenkumham (Enterprise Service Bus)", "kemenkumham", "Integrasi layanan antar aplikasi eselon I melalui web service.")
add("Government Service Bus Jateng", "prov-jawa-tengah", f="")
add("Pusat Integrasi Data Polhukam", "kemenko-polkam", "Penghubung pertukaran data antar aplikasi K/L bidang polhukam.", dpi="dpi-pertukaran-data")

group("sso", ("RAL.02.09.04", "RAB.09.04.03", "RAA.01.02"),
      ["Single sign-on", "Autentikasi tunggal", "Identitas digital"])
add("INApas", "ina-digital", "Single sign-on dan dompet identitas digital warga untuk mengakses layanan pemerintah.", "Single sign-on",
    u=True, dpi="dpi-identitas-digital", th="2024")
add("SSO Kemendagri", "kemendagri", f="")
add("Jogja ID (Single Sign On Pemprov DIY)", "prov-di-yogyakarta", "", "Autentikasi tunggal")
add("Akun Tunggal Layanan Imigrasi", "kemenko-kumham-imipas", "Satu akun warga untuk masuk ke berbagai layanan imigrasi daring.")

group("ikd", ("RAL.01.22.01", "RAB.03.07.01", "RAA.01.01"),
      ["Identitas digital", "KTP digital"])
add("IKD (Identitas Kependudukan Digital)", "kemendagri", "KTP digital di ponsel hasil aktivasi data kependudukan oleh Dukcapil.", "Identitas digital",
    u=True, dpi="dpi-identitas-digital", th="2022")
add("Aktivasi IKD Jemput Bola Disdukcapil Bali", "prov-bali", "Aktivasi KTP digital warga di sekolah dan kantor oleh petugas.", dpi="dpi-identitas-digital")
add("Digital ID Card Papua Pegunungan", "prov-papua-pegunungan", f="")

# ---------------------------------------------------------------- law and justice
group("jdih", ("RAL.01.38.01", "RAB.09.01.03", "RAA.01.01"),
      ["Dokumentasi hukum", "Publikasi produk hukum", "Database peraturan", "JDIH"])
add("JDIHN", "kemenkumham", "Jaringan Dokumentasi dan Informasi Hukum Nasional; simpul pusat BPHN mengintegrasikan dokumen hukum seluruh anggota jaringan.",
    "Dokumentasi hukum", u=True, url="https://jdihn.go.id", st="aktif", th="2014")
add("JDIH Kemhan", "kemhan", f="")
add("JDIH Kemlu", "kemlu", "Database perjanjian internasional dan peraturan menteri luar negeri.")
add("JDIH Provinsi Sumut", "prov-sumatera-utara", "Database peraturan daerah, peraturan gubernur dan keputusan gubernur Sumatera Utara.")
add("Jaringan Dokumentasi Hukum Setda Riau", "prov-riau")
add("JDIH Kab/Kota se-Jateng", "prov-jawa-tengah", "Integrasi produk hukum kabupaten/kota di Jawa Tengah.", "Publikasi produk hukum")
add("SIDOKUM (Sistem Dokumentasi Hukum) Polri", "kemenko-polhukam", "Kumpulan Perpol, Perkap dan surat edaran Kapolri.")
add("JDIH Mobile Kaltim", "prov-kalimantan-timur", f="")
add("Legal Database Kemendagri", "kemendagri", "Repository of ministerial regulations and decrees with full-text search.")
add("e-Perundangan Pemprov NTT", "prov-nusa-tenggara-timur", "Pencarian produk hukum daerah NTT berdasarkan tahun dan jenis.")
add("Database Peraturan (peraturan.go.id)", "kemenkumham", "", "Basis data peraturan perundang-undangan", url="https://peraturan.go.id")

group("harmonisasi", ("RAL.02.01.04", "RAB.09.01.03", "RAA.02.02"),
      ["Harmonisasi rancangan peraturan", "Penyusunan produk hukum daerah", "Legal drafting", "Fasilitasi raperda"])
add("e-Harmonisasi Ditjen PP", "kemenkumham", "Pengajuan permohonan pengharmonisasian, pembulatan dan pemantapan konsepsi rancangan peraturan secara daring.",
    "Harmonisasi rancangan peraturan")
add("e-Perda Kemendagri", "kemendagri", "Fasilitasi, evaluasi dan nomor register rancangan perda provinsi dan kabupaten/kota.")
add("Harmonisasi Raperda Kanwil Kumham Sulsel", "kemenkumham", f="")
add("SIPERDA (Sistem Informasi Penyusunan Perda) DPRD Jabar", "prov-jawa-barat", "Tahapan pembahasan raperda di DPRD dari pengusulan sampai paripurna.", "Penyusunan Raperda")
add("Legal Drafting Tracker Biro Hukum Kalteng", "prov-kalimantan-tengah")
add("SIMPERDA Lampung", "prov-lampung", f="")
add("Propemperda Online Sulut", "prov-sulawesi-utara", "Penyusunan program pembentukan perda dan pelacakan status pembahasan rancangan.")

group("bankum", ("RAL.01.38.02", "RAB.09.01.04", "RAA.02.01"),
      ["Bantuan hukum", "Bantuan hukum cuma-cuma", "Pendampingan hukum warga miskin"])
add("SIDBANKUM BPHN", "kemenkumham", "Database bantuan hukum: verifikasi OBH, pengajuan dan reimbursement perkara bantuan hukum bagi warga miskin.", "Bantuan hukum")
add("Bantuan Hukum Gratis Jatim", "prov-jawa-timur", f="")
add("Posbakum Online Kanwil Kalbar", "kemenkumham", "Pendaftaran konsultasi hukum gratis di pos bantuan hukum.")
add("Sahabat Hukum Sumsel", "prov-sumatera-selatan", "Warga tidak mampu mendaftar pendampingan advokat yang dibiayai APBD.")
add("Legal Aid Portal DKI", "prov-dki-jakarta", "Registration for free legal assistance funded by the provincial budget.")
add("SIBAKUM Sultra", "prov-sulawesi-tenggara", f="")

group("ahu", ("RAL.01.38.03", "RAB.09.01.05", "RAA.02.01"),
      ["Pengesahan badan hukum", "Administrasi hukum umum", "Pendaftaran badan usaha"])
add("AHU Online", "kemenkumham", "Administrasi hukum umum: pendirian dan perubahan badan hukum PT, yayasan, perkumpulan dan koperasi melalui notaris.",
    "Pengesahan badan hukum", url="https://ahu.go.id", st="aktif", th="2014")
add("SABH (Sistem Administrasi Badan Hukum)", "kemenkumham", f="")
add("PT Perorangan Online", "kemenkumham", "Pendaftaran pendirian perseroan perorangan bagi usaha mikro dan kecil.")
add("Sisminbakum", "kemenkumham", f="", st="tidak aktif", th="2001")
add("Layanan Badan Hukum Yayasan Ditjen AHU", "kemenko-kumham-imipas", "Pengesahan akta pendirian yayasan dan perubahan data yayasan.")
add("Corporate Registry AHU", "kemenkumham", "Company registration and legal entity profile lookup.")

group("fidusia", ("RAL.01.38.04", "RAB.09.01.05", "RAA.02.01"),
      ["Jaminan fidusia", "Pendaftaran fidusia"])
add("Fidusia Online", "kemenkumham", "Pendaftaran, perubahan dan penghapusan jaminan fidusia secara elektronik.", "Jaminan fidusia")
add("e-Fidusia Kanwil Jatim", "kemenkumham", f="")
add("Pendaftaran Jaminan Fidusia v2", "kemenko-kumham-imipas", "Sertifikat jaminan fidusia terbit otomatis setelah pembayaran PNBP.")
add("Sistem Fidusia Terpadu", "kemenkumham")

group("ki", ("RAL.01.38.05", "RAB.02.05.03", "RAA.02.01"),
      ["Pendaftaran kekayaan intelektual", "HKI", "Kekayaan intelektual"])
add("e-KI DJKI", "kemenkumham", "Permohonan merek, paten, hak cipta dan desain industri secara online.", "Pendaftaran kekayaan intelektual")
add("e-Hak Cipta", "kemenkumham", f="")
add("Merek Online DJKI", "kemenkumham", "Pengajuan pendaftaran merek dan pemeriksaan substantif.")
add("Sentra KI Jawa Tengah", "prov-jawa-tengah", "Fasilitasi pendaftaran HKI pelaku usaha dan perguruan tinggi di Jawa Tengah.")
add("POP HAKI", "kemenkumham", f="")
add("Klinik HKI Sumbar", "prov-sumatera-barat", "", "Fasilitasi pendaftaran merek UMKM")

group("sipp", ("RAL.01.39.01", "RAB.05.02.01", "RAA.02.02"),
      ["Penelusuran perkara", "Informasi perkara pengadilan", "Administrasi perkara"])
add("SIPP Mahkamah Agung", "kemenko-polhukam", "Sistem Informasi Penelusuran Perkara: mencatat dan menampilkan tahapan perkara di pengadilan tingkat pertama dan banding.",
    "Penelusuran perkara pengadilan")
add("SIPP PN Jakarta Pusat", "prov-dki-jakarta", f="")
add("SIPP v3.3 PA Medan", "prov-sumatera-utara")
add("Info Perkara PTUN Bandung", "prov-jawa-barat", "Jadwal sidang dan status perkara tata usaha negara.")
add("Case Tracking System Pengadilan Tinggi Makassar", "prov-sulawesi-selatan", "Appeal case registration and status tracking.")
add("Penelusuran Perkara PN Denpasar", "prov-bali", f="")
add("SIPP Pengadilan Militer", "kemhan", "Penelusuran perkara di pengadilan militer.")

group("ecourt", ("RAL.01.39.02", "RAB.05.02.01", "RAA.02.01"),
      ["Administrasi perkara elektronik", "E-court", "Persidangan elektronik"])
add("e-Court MA", "kemenko-polhukam", "Pendaftaran perkara perdata secara elektronik, e-payment panjar biaya, e-summons dan persidangan elektronik.",
    "Administrasi perkara elektronik", url="https://ecourt.mahkamahagung.go.id")
add("e-Court PN Surabaya", "prov-jawa-timur", f="")
add("e-Litigasi Pengadilan Agama Palembang", "prov-sumatera-selatan", "Gugatan, jawaban, replik dan duplik dikirim secara elektronik.")
add("Gugatan Online PN Kupang", "prov-nusa-tenggara-timur", "Pendaftaran gugatan perdata dan pembayaran panjar secara daring.")
add("E-Court Mobile", "kemenko-polkam", f="")

group("cms", ("RAL.01.39.03", "RAB.05.02.02", "RAA.02.02"),
      ["Penanganan perkara kejaksaan", "Penuntutan", "Manajemen perkara pidana", "Administrasi perkara pidum/pidsus"])
add("CMS Kejaksaan (Case Management System)", "kemenko-polhukam", "Penanganan perkara pidana umum dan khusus di kejaksaan: SPDP, penelitian berkas, penuntutan hingga eksekusi.",
    "Penanganan perkara kejaksaan")
add("SIMKARI", "kemenko-polhukam", "", "Manajemen perkara")
add("Aplikasi Pidum Kejari Bandung", "prov-jawa-barat", f="")
add("e-Berkas Perkara Kejati Kalsel", "prov-kalimantan-selatan", "Penelitian berkas perkara dari penyidik dan pemantauan P-16 sampai P-21.")
add("Sistem Penuntutan Online Kejari Ambon", "prov-maluku", "Rencana tuntutan dan persetujuan pimpinan secara berjenjang.")
add("CMS Pidsus Kejati Sumut", "prov-sumatera-utara", f="")
add("Case Management Oditurat Militer", "kemhan", "Prosecution case handling at military prosecution offices.")

group("sdp", ("RAL.01.39.04", "RAB.05.02.03", "RAA.02.02"),
      ["Database pemasyarakatan", "Registrasi WBP", "Data narapidana dan tahanan"])
add("SDP (Sistem Database Pemasyarakatan)", "kemenko-kumham-imipas", "Basis data warga binaan: registrasi, penempatan, pembinaan dan pembebasan narapidana dan tahanan.",
    "Database pemasyarakatan", st="aktif", th="2010")
add("SDP Lapas Kelas I Cipinang", "prov-dki-jakarta", f="")
add("SDP Rutan Kelas IIB Purworejo", "prov-jawa-tengah")
add("Sistem Informasi Lapas Nusakambangan", "prov-jawa-tengah", "", "Registrasi narapidana")
add("e-Registrasi WBP Lapas Perempuan Medan", "prov-sumatera-utara", "Pencatatan identitas, vonis dan ekspirasi narapidana perempuan.")
add("Prison Management Information System", "kemenkumham", "Inmate records, sentence calculation and cell allocation.")
add("SDP versi 4", "kemenkumham", f="")

group("remisi", ("RAL.01.39.05", "RAB.05.02.03", "RAA.02.02"),
      ["Remisi", "Hak integrasi WBP", "Pembebasan bersyarat"])
add("Sistem Remisi Online Ditjenpas", "kemenko-kumham-imipas", "Pengusulan dan penetapan remisi umum dan khusus narapidana secara elektronik.", "Remisi")
add("SIPB (Sistem Informasi Pembebasan Bersyarat)", "kemenkumham", f="")
add("e-Integrasi Lapas (PB, CB, CMB)", "kemenko-kumham-imipas", "Usulan pembebasan bersyarat, cuti bersyarat dan cuti menjelang bebas.")
add("Remisi Online Kanwil Jateng", "kemenkumham", "Verifikasi usulan remisi dari UPT sebelum diteruskan ke Ditjenpas.")
add("Hak WBP Online (Remisi & Asimilasi) Lapas Samarinda", "prov-kalimantan-timur", "Usulan remisi dan asimilasi WBP dikirim ke kanwil.")

group("kunjungan", ("RAL.01.39.06", "RAB.05.02.03", "RAA.02.01"),
      ["Kunjungan WBP", "Layanan kunjungan", "Besuk tahanan"])
add("Layanan Kunjungan Online WBP Ditjenpas", "kemenko-kumham-imipas", "Pendaftaran antrean kunjungan keluarga ke lapas/rutan dan video call dengan warga binaan.", "Kunjungan WBP")
add("SAKTI (Sistem Administrasi Kunjungan Tahanan Terintegrasi) Rutan Salemba", "prov-dki-jakarta", "Kunjungan tahanan rutan dengan pendaftaran NIK pengunjung.", t=True)
add("Besuk Online Lapas Kelas IIA Kendari", "prov-sulawesi-tenggara", f="")
add("Video Call Keluarga WBP", "kemenkumham", "Jadwal panggilan video antara warga binaan dan keluarganya.")
add("Antrian Kunjungan Rutan Pekanbaru", "prov-riau", f="")

group("paspor", ("RAL.01.37.01", "RAB.01.02.03", "RAA.02.01"),
      ["Layanan paspor", "Penerbitan paspor", "Dokumen perjalanan RI"])
add("M-Paspor", "kemenko-kumham-imipas", "Permohonan paspor RI dan pemilihan jadwal kedatangan di kantor imigrasi melalui aplikasi mobile.",
    "Layanan paspor", st="aktif", th="2022")
add("APAPO (Aplikasi Pendaftaran Antrian Paspor Online)", "kemenkumham", f="", st="tidak aktif", th="2017")
add("Layanan Paspor Kanim Kelas I Surabaya", "prov-jawa-timur", "Antrean dan pembayaran paspor di kantor imigrasi Surabaya.")
add("Passport Online Service", "kemenkumham", "Online application and appointment for Indonesian passports.")
add("Layanan Paspor WNI di KBRI (SIMKIM Perwakilan)", "kemlu", "Penerbitan dan penggantian paspor bagi WNI di luar negeri oleh fungsi imigrasi perwakilan.", t=True)
add("Eazy Paspor Kanim Bogor", "prov-jawa-barat", "", "Layanan paspor kolektif")

group("visa", ("RAL.01.37.02", "RAB.01.02.03", "RAA.02.01"),
      ["Visa", "Penerbitan visa", "Izin masuk WNA"])
add("e-Visa Imigrasi", "kemenko-kumham-imipas", "Permohonan dan pembayaran visa kunjungan dan visa tinggal terbatas secara elektronik bagi warga negara asing.", "Visa")
add("e-VOA", "kemenkumham", f="")
add("Visa Diplomatik dan Dinas Kemlu", "kemlu", "Penerbitan visa diplomatik dan dinas bagi pejabat asing.")
add("Golden Visa Application", "kemenko-kumham-imipas", "Long-stay visa application for foreign investors.")

# ---------------------------------------------------------------- home affairs and regional government
group("satpolpp", ("RAL.01.05.01", "RAB.05.01.01", "RAA.02.02"),
      ["Trantibum dan penegakan perda", "Penegakan perda", "Ketertiban umum", "Penertiban"])
add("SIPOLPP (Sistem Informasi Satpol PP)", "kemendagri", "Pelaporan penegakan perda, ketertiban umum dan perlindungan masyarakat oleh Satpol PP seluruh daerah.",
    "Trantibum dan penegakan perda")
add("e-Tibum Satpol PP DKI", "prov-dki-jakarta", f="")
add("Si Trantib Jabar", "prov-jawa-barat", "Laporan kegiatan ketenteraman dan ketertiban umum per kabupaten/kota.")
add("Laporan Penegakan Perda Kaltara", "prov-kalimantan-utara")
add("Gakda Online Sumbar", "prov-sumatera-barat", f="")
add("Patroli Satpol PP Mobile Bali", "prov-bali", "Pencatatan hasil patroli, penertiban PKL dan pelanggaran perda di lapangan.")
add("Pamong Praja Reporting Tool", "prov-papua-barat-daya", f="")

group("ormas", ("RAL.01.06.01", "RAB.09.01.06", "RAA.02.01"),
      ["Pendaftaran ormas", "Organisasi kemasyarakatan", "SKT ormas"])
add("SIORMAS Kemendagri", "kemendagri", "Pendaftaran dan penerbitan Surat Keterangan Terdaftar (SKT) organisasi kemasyarakatan.", "Pendaftaran ormas")
add("SKT Ormas Online Kesbangpol Jatim", "prov-jawa-timur", f="")
add("e-Ormas Sulsel", "prov-sulawesi-selatan", "Pendaftaran ormas dan pembaruan susunan pengurus.")
add("Pendataan Ormas dan LSM Kesbangpol Malut", "prov-maluku-utara", "", "Pendataan ormas")
add("SIMORMAS Kalbar", "prov-kalimantan-barat", f="")
add("Registrasi Organisasi Masyarakat Banten", "prov-banten", "Pendaftaran ormas tingkat provinsi dan penerbitan tanda terdaftar.")
add("Mass Organisation Registry Papua Tengah", "prov-papua-tengah", "Registration of community organisations and their boards.")

group("lppd", ("RAL.02.01.02", "RAB.09.01.02", "RAA.02.02"),
      ["Evaluasi kinerja pemda", "LPPD", "Kinerja penyelenggaraan pemerintahan daerah"])
add("SILPPD Kemendagri", "kemendagri", "Penyampaian Laporan Penyelenggaraan Pemerintahan Daerah dan evaluasi kinerja penyelenggaraan pemerintahan daerah (EKPPD).",
    "Evaluasi kinerja pemda")
add("e-LPPD Prov Kalteng", "prov-kalimantan-tengah", f="")
add("EKPPD Online", "kemendagri", "Penilaian indikator kinerja kunci kepala daerah oleh tim nasional.")
add("LPPD Jambi", "prov-jambi", f="")
add("Laporan Kinerja Kepala Daerah Aceh", "prov-aceh", "", "LKPJ dan LPPD gubernur")

group("sid", ("RAL.02.01.05", "RAB.03.08.01", "RAA.02.02"),
      ["Administrasi pemerintahan desa", "Sistem informasi desa", "Pelayanan desa"])
add("OpenSID", "kemendagri", "Sistem informasi desa sumber terbuka: administrasi penduduk desa, surat-menyurat desa dan profil desa.",
    "Administrasi pemerintahan desa")
add("SIDeKa", "kemendes-pdtt", f="")
add("SID Berdaya Jateng", "prov-jawa-tengah")
add("Smart Village Kaltim", "prov-kalimantan-timur", "Website desa dan layanan surat online bagi warga desa.")
add("Sistem Administrasi Desa NTB", "prov-nusa-tenggara-barat", "Layanan surat keterangan desa dan buku administrasi umum desa.")
add("SIMDES Bengkulu", "prov-bengkulu", f="")
add("Digides Kalsel", "prov-kalimantan-selatan")

group("siskeudes", ("RAL.02.01.06", "RAB.03.08.02", "RAA.01.02"),
      ["Keuangan desa", "Pengelolaan dana desa", "APBDes"])
add("Siskeudes", "kemendagri", "Sistem keuangan desa Kemendagri-BPKP: APBDes, penatausahaan dan laporan pertanggungjawaban dana desa.",
    "Keuangan desa", u=True, th="2015")
add("Siskeudes Online (Siskeudeslink)", "bpkp", f="", u=True)
add("SISKEUDES v2.0 Kab Lombok Timur", "prov-nusa-tenggara-barat")
add("Keuangan Desa Online Riau", "prov-riau", "Penatausahaan dan pelaporan realisasi APBDes.")
add("e-APBDes Papua Selatan", "prov-papua-selatan", f="")

group("dukcapil", ("RAL.01.22.02", "RAB.03.07.02", "RAA.01.01"),
      ["Administrasi kependudukan", "Pencatatan sipil", "Pendaftaran penduduk", "Adminduk"])
add("SIAK Terpusat", "kemendagri", "Sistem Informasi Administrasi Kependudukan: pendaftaran penduduk dan pencatatan sipil, KK, KTP-el, akta kelahiran dan kematian.",
    "Administrasi kependudukan", u=True, st="aktif", th="2018")
add("Dukcapil Online Prov Sulsel", "prov-sulawesi-selatan", f="")
add("SIPADU Capil Banten", "prov-banten")
add("Akta Kelahiran Online Sumut", "prov-sumatera-utara", "Pengajuan akta kelahiran dan akta kematian tanpa datang ke kantor.")
add("Pelayanan Adminduk Jemput Bola Kalbar", "prov-kalimantan-barat", "Perekaman KTP-el dan penerbitan KK di desa terpencil.")
add("Civil Registration Service NTT", "prov-nusa-tenggara-timur", f="")
add("KIA Online Lampung", "prov-lampung", "", "Kartu identitas anak")
add("Anjungan Dukcapil Mandiri", "kemendagri", "Mesin layanan mandiri untuk mencetak dokumen kependudukan.")

# ---------------------------------------------------------------- elections
group("sidalih", ("RAL.01.41.01", "RAB.09.01.07", "RAA.02.02"),
      ["Daftar pemilih", "Pemutakhiran data pemilih", "DPT"])
add("Sidalih KPU", "kemenko-polhukam", "Sistem Informasi Data Pemilih: pemutakhiran daftar pemilih, DPS, DPT dan pindah memilih.", "Daftar pemilih")
add("Cek DPT Online", "kemenko-polhukam", f="")
add("Lindungi Hakmu KPU", "kemenko-polhukam", "Pemilih mengecek apakah namanya sudah terdaftar sebagai pemilih.")
add("Sidalih KPU Prov Jabar", "prov-jawa-barat")
add("Pemutakhiran Data Pemilih Berkelanjutan KPU Sulbar", "prov-sulawesi-barat", "", "Data pemilih")
add("Voter Registration System", "kemenko-polkam", "Maintains the permanent voter list and voter transfers.")

group("silon", ("RAL.01.41.02", "RAB.09.01.07", "RAA.02.02"),
      ["Pencalonan", "Pendaftaran calon", "Nominasi calon peserta pemilu"])
add("SILON KPU", "kemenko-polhukam", "Sistem Informasi Pencalonan: pendaftaran bakal calon anggota legislatif dan kepala daerah beserta dokumen syarat.", "Pencalonan")
add("Silon Pilkada Jatim", "prov-jawa-timur", f="")
add("SILON v2", "kemenko-polkam")
add("Pendaftaran Bacaleg Online KPU Sumsel", "prov-sumatera-selatan", "Unggah berkas bakal calon legislatif DPRD provinsi.")
add("Candidate Nomination System", "kemenko-polhukam", f="")

group("sirekap", ("RAL.01.41.03", "RAB.09.01.07", "RAA.02.02"),
      ["Rekapitulasi suara", "Penghitungan suara", "Rekap hasil pemilu"])
add("SIREKAP", "kemenko-polhukam", "Sistem Informasi Rekapitulasi hasil penghitungan suara dari TPS hingga tingkat nasional.", "Rekapitulasi suara")
add("Sirekap Mobile", "kemenko-polhukam", "Petugas KPPS memotret formulir hasil TPS untuk dibaca otomatis.")
add("Situng KPU", "kemenko-polhukam", f="", st="tidak aktif", th="2019")
add("Rekap Suara Pilkada Kalteng", "prov-kalimantan-tengah")
add("e-Rekap Hasil Pemilu KPU Papua", "prov-papua", f="")

group("siwaslu", ("RAL.01.41.04", "RAB.09.01.07", "RAA.02.02"),
      ["Pengawasan pemilu", "Laporan pengawasan", "Pelanggaran pemilu"])
add("SIWASLU Bawaslu", "kemenko-polhukam", "Sistem Informasi Pengawasan Pemilu: laporan hasil pengawasan tahapan oleh pengawas TPS hingga Bawaslu RI.", "Pengawasan pemilu")
add("Gowaslu", "kemenko-polhukam", "Masyarakat melaporkan dugaan pelanggaran pemilu kepada pengawas.")
add("SIGAPLAPOR Bawaslu", "kemenko-polhukam", f="")
add("Pengawasan Pemilu Bawaslu Prov Bengkulu", "prov-bengkulu")
add("Election Monitoring Reports Bawaslu", "kemenko-polkam", f="")

# ---------------------------------------------------------------- police and defence
group("lp", ("RAL.01.05.02", "RAB.05.01.02", "RAA.02.01"),
      ["Laporan polisi", "Pelaporan tindak pidana", "Layanan SPKT"])
add("Laporan Polisi Online Polri", "kemenko-polhukam", "Masyarakat membuat laporan kehilangan dan laporan tindak pidana ke SPKT secara daring.", "Laporan polisi")
add("SPKT Online Polda Metro Jaya", "prov-dki-jakarta", f="")
add("Polisiku", "kemenko-polhukam", "Aplikasi Polri untuk membuat laporan ke kantor polisi terdekat.")
add("e-LP Polda Jateng", "prov-jawa-tengah", "", "Laporan polisi model B")
add("Patroli Siber (Aduan Kejahatan Siber Bareskrim)", "kemenko-polhukam", "Pelaporan tindak pidana siber seperti penipuan online kepada Direktorat Tindak Pidana Siber.", t=True)
add("Lapor Kehilangan Polres Medan", "prov-sumatera-utara", "Surat tanda penerimaan laporan kehilangan dokumen.")
add("Crime Report App Polda Bali", "prov-bali", f="")

group("skck", ("RAL.01.05.03", "RAB.05.01.02", "RAA.02.01"),
      ["Penerbitan SKCK", "SKCK", "Catatan kepolisian"])
add("SKCK Online Polri", "kemenko-polhukam", "Permohonan Surat Keterangan Catatan Kepolisian secara daring dengan pembayaran PNBP.", "Penerbitan SKCK")
add("Presisi SKCK", "kemenko-polhukam", f="")
add("SKCK Polda Jatim", "prov-jawa-timur", "Pengajuan SKCK tingkat Polda untuk keperluan melamar CPNS.")
add("Police Clearance Certificate Online", "kemenko-polkam", "Police record certificate for employment and visas.")
add("e-SKCK Polresta Banjarmasin", "prov-kalimantan-selatan", f="")
add("Layanan Catatan Kepolisian Polda Sultra", "prov-sulawesi-tenggara", "Pendaftaran sidik jari dan penerbitan surat catatan kepolisian.")

group("etle", ("RAL.01.05.04", "RAB.05.01.03", "RAA.02.02"),
      ["Penindakan pelanggaran lalu lintas", "Tilang elektronik", "ETLE"])
add("ETLE Nasional Presisi", "kemenko-polhukam", "Electronic Traffic Law Enforcement: kamera merekam pelanggaran lalu lintas dan surat konfirmasi dikirim ke pemilik kendaraan.",
    "Penindakan pelanggaran lalu lintas")
add("e-Tilang", "kemenko-polhukam", f="")
add("ETLE Polda Jatim", "prov-jawa-timur")
add("Tilang Elektronik Polda Metro", "prov-dki-jakarta", "Kamera pelanggaran ganjil-genap dan marka di jalan protokol.")
add("ETLE Mobile (Handheld)", "kemenko-polkam", f="")
add("Kamera Tilang Polda Sulsel", "prov-sulawesi-selatan")

group("regident", ("RAL.01.05.05", "RAB.05.01.03", "RAA.02.02"),
      ["Regident ranmor", "Registrasi kendaraan bermotor", "Penerbitan BPKB dan STNK"])
add("ERI Korlantas (Electronic Registration and Identification)", "kemenko-polhukam", "Registrasi dan identifikasi kendaraan bermotor: penerbitan STNK, BPKB dan TNKB.", "Regident ranmor")
add("BPKB Online", "kemenko-polhukam", f="")
add("Regident Ranmor Polda Jabar", "prov-jawa-barat", "Penerbitan STNK, BPKB dan pelat nomor di wilayah Jawa Barat.")
add("Vehicle Registration System Korlantas", "kemenko-polkam", "Motor vehicle ownership records and number plates.")
add("Mutasi Kendaraan Online Polda Sumsel", "prov-sumatera-selatan", "Pengurusan mutasi dan balik nama kepemilikan kendaraan bermotor.")

group("pkb", ("RAL.01.14.02", "RAB.09.02.06", "RAA.02.01"),
      ["Pajak kendaraan bermotor", "Pembayaran PKB", "Samsat"], trap=True)
add("SIGNAL (Samsat Digital Nasional)", "kemendagri", "Pembayaran pajak kendaraan bermotor tahunan dan pengesahan STNK secara digital.", "Pajak kendaraan", dpi="dpi-pembayaran")
add("SAMBARA Jabar", "prov-jawa-barat", f="")
add("e-Samsat Jatim", "prov-jawa-timur", "Bayar PKB lewat bank dan minimarket.", dpi="dpi-pembayaran")
add("e-PKB Kalbar", "prov-kalimantan-barat")
add("Info Pajak Kendaraan Sulut", "prov-sulawesi-utara", f="")

group("sim", ("RAL.01.05.06", "RAB.05.01.03", "RAA.02.01"),
      ["Layanan SIM", "Surat izin mengemudi"])
add("SINAR (SIM Nasional Presisi)", "kemenko-polhukam", "Perpanjangan surat izin mengemudi secara online termasuk tes psikologi dan pengiriman kartu.", "Layanan SIM")
add("SIM Online Polda Jateng", "prov-jawa-tengah", f="")
add("e-SIM Polda Kepri", "prov-kepulauan-riau")
add("Driving Licence Online", "kemenko-polkam", "Online renewal of driving licences.")

group("logistik", ("RAL.01.01.03", "RAB.01.01.02", "RAA.02.02"),
      ["Logistik pertahanan", "Manajemen materiil", "Alutsista"])
add("SIMLOG Kemhan", "kemhan", "Sistem Informasi Manajemen Logistik: materiil pertahanan, alutsista, suku cadang, amunisi dan distribusi ke satuan.", "Logistik pertahanan")
add("Sistem Informasi Alutsista", "kemhan", f="")
add("Materiil Online Baranahan", "kemhan", "Perencanaan kebutuhan dan pergudangan materiil.")
add("Defense Logistics Management System", "kemenko-polhukam")
add("SILOG Matra Darat", "kemhan", f="")

group("komcad", ("RAL.01.01.04", "RAB.01.01.03", "RAA.02.01"),
      ["Komponen cadangan", "Pendaftaran komcad"])
add("Komcad Online Kemhan", "kemhan", "Pendaftaran sukarela calon Komponen Cadangan, seleksi dan penetapan.", "Komponen cadangan")
add("Pendaftaran Komponen Cadangan Ditjen Pothan", "kemhan", f="")
add("SIKOMCAD", "kemhan")
add("Reserve Component Registration", "kemenko-polhukam", "Volunteer registration for the national reserve component.")

# ---------------------------------------------------------------- foreign affairs
group("pwni", ("RAL.01.02.01", "RAB.01.02.01", "RAA.02.01"),
      ["Pelindungan WNI", "Lapor diri WNI", "Perlindungan warga di luar negeri"])
add("Portal Peduli WNI", "kemlu", "Lapor diri WNI di luar negeri dan pengaduan kasus pelindungan WNI ke perwakilan RI.", "Pelindungan WNI",
    url="https://peduliwni.kemlu.go.id")
add("Safe Travel Kemlu", "kemlu", "Info keamanan negara tujuan dan tombol darurat bagi WNI yang bepergian.")
add("Lapor Diri KBRI", "kemlu", f="")
add("SIPWNI (Sistem Informasi Pelindungan WNI)", "kemlu", "Pencatatan dan penanganan kasus WNI bermasalah di luar negeri.")
add("Citizen Protection Case Management", "kemenko-polkam", f="")
add("Crisis Center WNI Kemlu", "kemlu", "", "Penanganan kasus WNI")

group("legalisasi", ("RAL.01.02.02", "RAB.01.02.02", "RAA.02.01"),
      ["Legalisasi dokumen", "Apostille", "Legalisasi"])
add("e-Legalisasi Kemlu", "kemlu", "Legalisasi dokumen Indonesia untuk digunakan di luar negeri dan dokumen asing untuk di Indonesia.", "Legalisasi dokumen")
add("Apostille Online AHU", "kemenkumham", "Penerbitan sertifikat apostille atas dokumen publik untuk negara pihak Konvensi Apostille.")
add("Legalisasi Dokumen Kanwil Kumham DKI", "kemenkumham", f="")
add("Document Legalization Service", "kemlu", "Legalisation of documents for use abroad.")
add("Legalisir Online Perwakilan", "kemlu", f="")

group("nota", ("RAL.02.05.04", "RAB.01.02.04", "RAA.02.02"),
      ["Nota diplomatik", "Korespondensi diplomatik"], trap=True)
add("e-Nota Diplomatik", "kemlu", "Pembuatan, penomoran dan pengiriman nota diplomatik antara Kemlu dan perwakilan asing.", "Nota diplomatik")
add("Sistem Nota Diplomatik Protokol", "kemlu", f="")
add("Diplomatic Note Tracking", "kemenko-polhukam", "Tracking replies to diplomatic notes from foreign missions.")

# ---------------------------------------------------------------- anti-corruption
group("lhkpn", ("RAL.02.08.01", "RAB.09.06.05", "RAA.02.02"),
      ["LHKPN", "Laporan harta kekayaan", "Pelaporan harta pejabat"])
add("e-LHKPN", "kemenko-polhukam", "Pengisian dan penyampaian Laporan Harta Kekayaan Penyelenggara Negara secara elektronik ke KPK.", "LHKPN",
    url="https://elhkpn.kpk.go.id")
add("e-Filing LHKPN", "kemenko-polhukam", f="")
add("SiHARKA (LHKASN)", "kemenpanrb", "Pelaporan harta kekayaan ASN yang tidak wajib LHKPN.")
add("LHKASN Kemenkumham", "kemenkumham", "Pelaporan harta kekayaan pegawai non-wajib LHKPN di Kemenkumham.")
add("Pelaporan Harta Kekayaan Pejabat Pemprov Sulteng", "prov-sulawesi-tengah", f="")
add("Wealth Report Monitoring Itjen Kemhan", "kemhan", "Monitoring of officials' asset declaration compliance.")

group("gratifikasi", ("RAL.02.08.02", "RAB.09.06.05", "RAA.02.02"),
      ["Pelaporan gratifikasi", "Pengendalian gratifikasi", "UPG"])
add("GOL (Gratifikasi Online) KPK", "kemenko-polhukam", "Pelaporan penerimaan gratifikasi oleh pegawai negeri kepada KPK.", "Pelaporan gratifikasi")
add("UPG Online Kemenkumham", "kemenkumham", f="")
add("Sistem Pelaporan Gratifikasi Kemhan", "kemhan")
add("e-Gratifikasi Pemprov Jateng", "prov-jawa-tengah", "Pegawai melaporkan penerimaan hadiah kepada unit pengendalian gratifikasi.")
add("Lapor Gratifikasi Kemlu", "kemlu", f="")
add("SIGAP (Sistem Gratifikasi Pelaporan) Sulsel", "prov-sulawesi-selatan", t=True)

group("wbs", ("RAL.02.08.04", "RAB.09.06.05", "RAA.02.02"),
      ["Whistleblowing", "Pelaporan pelanggaran", "WBS"])
add("KWS (KPK Whistleblower System)", "kemenko-polhukam", "Penyampaian pengaduan dugaan tindak pidana korupsi secara rahasia kepada KPK.", "Whistleblowing")
add("WBS Kemenkumham", "kemenkumham", f="")
add("Whistle Blowing System Itjen Kemhan", "kemhan", "Pelaporan pelanggaran pegawai dengan kerahasiaan identitas pelapor.")
add("SIWAS MA (Sistem Informasi Pengawasan)", "kemenko-polhukam", "Pelaporan pelanggaran oleh hakim dan aparatur pengadilan secara rahasia.", t=True)
add("WBS Kejaksaan", "kemenko-polhukam", "Pengaduan rahasia atas pelanggaran jaksa dan pegawai kejaksaan.")
add("e-WBS Pemprov Kepri", "prov-kepulauan-riau", f="")
add("WBS Inspektorat Jatim", "prov-jawa-timur", "", "Pelaporan pelanggaran")

group("zi", ("RAL.02.08.05", "RAB.09.06.04", "RAA.02.02"),
      ["Zona integritas", "WBK/WBBM", "Pembangunan ZI"])
add("e-ZI (Penilaian Zona Integritas)", "kemenpanrb", "Pengajuan dan evaluasi unit kerja menuju WBK/WBBM.", "Zona integritas", u=True)
add("ZI WBK/WBBM Kemenkumham", "kemenkumham", f="")
add("Aplikasi Penilaian Mandiri ZI Polri", "kemenko-polhukam", "Lembar kerja evaluasi mandiri enam area perubahan zona integritas.")
add("SIZI Kemhan", "kemhan", "Evaluasi unit kerja berpredikat WBK/WBBM di Kemhan.")
add("Integrity Zone Monitoring Imigrasi", "kemenko-kumham-imipas", f="")

# ---------------------------------------------------------------- cyber, fire
group("csirt", ("RAL.02.09.05", "RAB.09.04.04", "RAA.02.02"),
      ["Penanganan insiden siber", "CSIRT", "Pelaporan insiden keamanan informasi"])
add("Aduan Siber BSSN", "bssn", "Pelaporan insiden keamanan siber oleh instansi dan masyarakat ke BSSN.", "Penanganan insiden siber")
add("Gov-CSIRT Portal", "bssn", f="")
add("Jabarprov-CSIRT", "prov-jawa-barat", "Tim tanggap insiden siber Pemprov Jawa Barat: pelaporan dan penanganan insiden.")
add("CSIRT Kemenkumham", "kemenkumham", "Tim tanggap insiden siber kementerian: aduan dan penanganan insiden.")
add("Incident Response Ticketing Kemhan-CSIRT", "kemhan", "Ticketing of cyber incidents such as defacement and malware.")
add("Pelaporan Insiden Siber Diskominfo Sulut", "prov-sulawesi-utara", f="")
add("Kemlu-CSIRT", "kemlu")

group("damkar", ("RAL.01.05.07", "RAB.05.03.01", "RAA.02.01"),
      ["Pemadam kebakaran", "Penanggulangan kebakaran", "Penyelamatan"])
add("SIDAMKAR Kemendagri", "kemendagri", "Sistem informasi pemadam kebakaran: pelaporan kejadian kebakaran, waktu tanggap dan penyelamatan.", "Pemadam kebakaran")
add("e-Damkar DKI", "prov-dki-jakarta", f="")
add("Lapor Kebakaran Kaltim", "prov-kalimantan-timur", "Warga melaporkan kebakaran beserta titik lokasi dari ponsel.")
add("SIAGA Damkar Jateng", "prov-jawa-tengah", "Laporan kejadian kebakaran dan pengerahan armada damkar.")
add("Fire Rescue App Bali", "prov-bali", f="")
add("Damkar Respon Cepat Aceh", "prov-aceh", "Warga melapor kebakaran dan permintaan evakuasi hewan; armada terdekat dikirim.")

group("c112", ("RAL.01.05.08", "RAB.05.03.02", "RAA.02.01"),
      ["Layanan darurat 112", "Panggilan darurat"], trap=True)
add("Call Center 112 Kominfo", "kominfo", "Nomor tunggal panggilan darurat yang meneruskan panggilan ke damkar, ambulans dan polisi.", "Layanan darurat 112")
add("NTPD 112 Sumbar", "prov-sumatera-barat", f="")
add("112 Emergency Banten", "prov-banten")

group("prodeskel", ("RAL.02.01.07", "RAB.03.08.03", "RAA.02.02"),
      ["Profil desa dan kelurahan", "Perkembangan desa"], trap=True)
add("Prodeskel Kemendagri", "kemendagri", "Profil desa dan kelurahan: data potensi dan tingkat perkembangan desa.")
add("Epdeskel", "kemendagri", "", "Evaluasi perkembangan desa dan kelurahan")
add("Profil Desa Kelurahan Prov Gorontalo", "prov-gorontalo", f="")

group("izinpenelitian", ("RAL.01.06.02", "RAB.09.01.06", "RAA.02.01"),
      ["Rekomendasi penelitian", "Izin penelitian"], trap=True)
add("SKP Online Kesbangpol Jateng (Surat Keterangan Penelitian)", "prov-jawa-tengah", "Penerbitan rekomendasi izin penelitian bagi mahasiswa dan peneliti.")
add("Rekomendasi Penelitian Kesbangpol Sumut", "prov-sumatera-utara", f="")
add("e-Research Permit Kesbangpol DIY", "prov-di-yogyakarta", "Online research permit recommendation for students and researchers.")

# ---------------------------------------------------------------- trap singletons
# same acronym, unrelated function
single("SIDALIH DLH (Sistem Informasi Data Lingkungan Hidup)", "prov-kalimantan-selatan",
       "Inventarisasi data kualitas air, udara dan timbulan sampah provinsi.", cd="sektor")
single("SIREKAP (Sistem Rekapitulasi Kehadiran Pegawai) Satpol PP Riau", "prov-riau", "", "Presensi pegawai")
single("SILON Biro Kesra Sulsel", "prov-sulawesi-selatan", "Sistem Layanan Online pengajuan hibah bantuan rumah ibadah.", cd="sektor")
single("SIPP Perizinan DPMPTSP Kepri", "prov-kepulauan-riau", "", "Perizinan", cd="sektor")
single("CMS Website Kejari Malang", "prov-jawa-timur", "Content management system untuk berita dan galeri situs web kejaksaan negeri.", cd="info")
single("SIAK Poltekim", "kemenko-kumham-imipas", "Sistem informasi akademik Politeknik Imigrasi: KRS, nilai dan kelulusan taruna.", cd="sektor")
single("SIMLOG Dinkes NTB", "prov-nusa-tenggara-barat", "Stok obat dan perbekalan kesehatan di gudang farmasi provinsi.", cd="sektor")
single("SILOG KPU", "kemenko-polhukam", "Pemantauan produksi dan distribusi surat suara, kotak suara dan bilik ke TPS.", cd="pemilu")
single("SIAGA (Sistem Informasi Agenda Pimpinan)", "prov-jambi", "", "Agenda pimpinan")
single("E-PAS Pasar Disperindag Lampung", "prov-lampung", "Data pedagang dan retribusi los pasar milik daerah.", cd="sektor")
single("SIGAP Bencana BPBD Sulteng", "prov-sulawesi-tengah", "Kaji cepat dampak dan distribusi bantuan logistik bencana.", cd="bencana")
single("SIWAS Itjen Kemendagri", "kemendagri", "Pengelolaan program kerja pengawasan tahunan, penugasan auditor dan kertas kerja audit internal.", cd="integritas")
single("SINAR BNN (Sistem Informasi Narkoba)", "bnn", "Pemetaan kawasan rawan narkoba dan data pengungkapan kasus.", cd="polisi")
single("e-Court Futsal Dispora Kaltim", "prov-kalimantan-timur", "Pemesanan sewa lapangan olahraga milik pemprov.", cd="sektor")
# generic names
single("SMS Gateway", "prov-jawa-barat", "Notifikasi jadwal sidang kepada para pihak berperkara di PN Bale Bandung.", cd="peradilan")
single("SMS Gateway", "prov-maluku", cd="umum")
single("SMS Gateway Kanim Jakarta Selatan", "kemenkumham", "Pemberitahuan melalui SMS bahwa paspor siap diambil.", cd="imigrasi")
single("SMS Blast Peringatan Dini BPBD Sumbar", "prov-sumatera-barat", cd="bencana")
single("Dashboard Pimpinan Kemenko Polhukam", "kemenko-polhukam", "Ringkasan indikator kinerja dan isu strategis untuk Menko.", cd="info")
single("Dashboard Kamtibmas Polda Sumsel", "prov-sumatera-selatan", "Peta sebaran gangguan kamtibmas dan crime rate per polres.", cd="polisi")
single("Dashboard", "prov-papua-selatan", cd="info")
single("Website Resmi Kemenko Polhukam", "kemenko-polhukam", cd="info", url="https://polkam.go.id")
single("Website Resmi Kanwil Kemenkumham Aceh", "kemenkumham", cd="info")
single("Website Resmi Lemhannas", "lemhannas", "Profil lembaga, berita dan publikasi kajian.", cd="info")
single("Website Resmi Satpol PP NTB", "prov-nusa-tenggara-barat", cd="info")
single("Aplikasi Mobile Kemhan", "kemhan", cd="info")
single("Aplikasi Mobile Bakamla", "bakamla", "Informasi keamanan dan keselamatan laut untuk nelayan.", cd="hankam")
single("Command Center Pemprov Kalsel", "prov-kalimantan-selatan", "Pusat pemantauan CCTV dan data layanan daerah.", cd="info")
single("Helpdesk TI Kemlu", "kemlu", "Tiket gangguan perangkat dan jaringan internal.", cd="umum")
# neighbouring functions
single("Direktori Putusan MA", "kemenko-polhukam", "Publikasi salinan putusan pengadilan yang telah dianonimisasi.", "Publikasi putusan",
       cd="peradilan", url="https://putusan3.mahkamahagung.go.id")
single("e-Berpadu", "kemenko-polhukam", "Permohonan izin penggeledahan, penyitaan dan perpanjangan penahanan antara penyidik, jaksa dan pengadilan secara elektronik.",
       cd="peradilan")
single("EMP Polri (e-Manajemen Penyidikan)", "kemenko-polhukam", "", "Manajemen penyidikan", cd="polisi")
single("Sistem Informasi Tahanan Rutan Polda Kepri", "prov-kepulauan-riau", "Pencatatan tahanan di ruang tahanan Polda.", cd="polisi")
single("Surat Keterangan Tidak Pernah Dipidana PN Semarang", "prov-jawa-tengah", cd="peradilan")
single("SKHPN Online BNN", "bnn", "Permohonan surat keterangan hasil pemeriksaan narkotika (bebas narkoba).", cd="polisi")
single("Izin Keramaian Online Polres Bogor", "prov-jawa-barat", "Permohonan izin keramaian untuk konser dan acara umum.", cd="polisi")
single("Perizinan Senjata Api Baintelkam", "kemenko-polhukam", cd="polisi")
single("SIPOL KPU", "kemenko-polhukam", "Pendaftaran dan verifikasi keanggotaan partai politik calon peserta pemilu.", cd="pemilu")
single("e-Voting Pilkades Boyolali", "prov-jawa-tengah", "Pemungutan suara elektronik pemilihan kepala desa.", cd="pemda")
single("DP4 Dukcapil", "kemendagri", "Penyerahan data penduduk potensial pemilih dari Dukcapil kepada KPU.", cd="adminduk")
single("Hak Akses Data Kependudukan (Verifikasi NIK)", "kemendagri", "Verifikasi NIK oleh lembaga pengguna yang sudah menandatangani perjanjian kerja sama.",
       cd="adminduk", dpi="dpi-identitas-digital")
single("APOA (Aplikasi Pelaporan Orang Asing)", "kemenko-kumham-imipas", "Pemilik hotel dan penginapan melaporkan keberadaan tamu warga negara asing.", cd="imigrasi")
single("TIMPORA Online", "kemenkumham", "Koordinasi tim pengawasan orang asing lintas instansi di daerah.", cd="imigrasi")
single("Pewarganegaraan Online", "kemenkumham", "Permohonan kewarganegaraan RI bagi orang asing dan penegasan status anak berkewarganegaraan ganda.", cd="hukum")
single("Pengawasan Notaris MPD", "kemenkumham", "Pelaporan dan pemeriksaan majelis pengawas terhadap notaris.", cd="hukum")
single("Kadarkum (Desa Sadar Hukum)", "kemenkumham", "Penilaian dan pembinaan desa/kelurahan sadar hukum.", cd="hukum")
single("Litmas Bapas", "kemenko-kumham-imipas", "Penyusunan laporan penelitian kemasyarakatan klien oleh pembimbing kemasyarakatan.", cd="pas")
single("Rekrutmen Polri (Penerimaan Anggota)", "kemenko-polhukam", "", "Penerimaan calon anggota", cd="polisi")
single("Pengendalian Benturan Kepentingan Jatim", "prov-jawa-timur", "Deklarasi konflik kepentingan pegawai dalam pengadaan dan perizinan.", cd="integritas")
single("SIPTL (Sistem Informasi Pemantauan Tindak Lanjut)", "bpkp", "Pemantauan tindak lanjut rekomendasi hasil pemeriksaan BPK dan APIP.", cd="integritas")
single("TTE BSrE", "bssn", "Penerbitan sertifikat elektronik dan tanda tangan digital dokumen dinas.", cd="siber")
single("SiPongi KLHK", "klhk", "Pemantauan titik panas kebakaran hutan dan lahan.", cd="bencana")
single("Rescue 115 Basarnas", "basarnas", "Pelaporan kecelakaan dan permintaan pencarian serta pertolongan.", cd="bencana")
single("InaRISK BNPB", "bnpb", "Informasi kajian risiko bencana per wilayah.", cd="bencana")
single("SLF Proteksi Kebakaran Gedung DKI", "prov-dki-jakarta", "Pemeriksaan sistem proteksi kebakaran sebagai syarat sertifikat laik fungsi gedung.", cd="bencana")
single("Tilang Kejari Jakarta Pusat", "prov-dki-jakarta", "Pembayaran denda putusan tilang dan pengambilan SIM/STNK yang disita.", cd="peradilan")
single("Deradikalisasi Napiter BNPT", "bnpt", "Pemantauan program deradikalisasi narapidana terorisme.", cd="pas")
single("Sistem Informasi Kewaspadaan Dini Kesbangpol Papua", "prov-papua", "Laporan intelijen daerah dan deteksi dini konflik sosial.", cd="pemda")
single("e-Sengketa Pemilu Bawaslu", "kemenko-polhukam", "Permohonan penyelesaian sengketa proses pemilu oleh peserta.", cd="pemilu")
single("Clearance Diplomatik Pesawat Asing", "kemlu", "Permohonan izin diplomatik penerbangan pesawat negara asing.", cd="luar")
single("SIKS ANRI (Sistem Informasi Kearsipan Statis)", "anri", "Layanan akses dan penelusuran arsip statis untuk peneliti.", cd="umum")
single("e-Katalog", "lkpp", "Pembelian barang/jasa pemerintah melalui katalog elektronik.", "E-purchasing", cd="umum", u=True)
single("SiRUP", "lkpp", "Pengumuman rencana umum pengadaan K/L/PD.", cd="umum", u=True)
single("KRISNA", "bappenas", "Kolaborasi perencanaan dan informasi kinerja anggaran.", cd="keuangan", u=True)
single("Pendidikan Politik Pemilih Pemula Kesbangpol", "prov-bengkulu", cd="pemda")

# ---------------------------------------------------------------- plain singletons (not traps)
single("e-Learning BPSDM Hukum dan HAM", "kemenkumham", "Pelatihan daring bagi aparatur hukum dan HAM.", cd="umum", t=False)
single("Perpustakaan Digital Lemhannas", "lemhannas", cd="umum", t=False)
single("Labkurtannas (Pengukuran Ketahanan Nasional)", "lemhannas", "Pengukuran indeks ketahanan nasional provinsi.", cd="hankam", t=False)
single("Sistem Informasi Pengelolaan Kawasan Perbatasan", "kemendagri", "Data kawasan perbatasan negara dan program pembangunan lintas K/L.", cd="pemda", t=False)
single("Pembinaan Ideologi Pancasila Daring BPIP", "bpip", cd="umum", t=False)
single("IMIC Bakamla (Pemantauan Kapal)", "bakamla", "Pemantauan posisi kapal di perairan yurisdiksi nasional.", cd="hankam", t=False)

# ---------------------------------------------------------------- ids
random.shuffle(ROWS)
for i, r in enumerate(ROWS, 1):
    r["id"] = "b20-%04d" % i

FIELDS = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa", "status", "tahun", "url", "dpi"]
with open("blind20-inventory.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(FIELDS)
    for r in ROWS:
        w.writerow([r[k] for k in FIELDS])


def members(key):
    return [r["id"] for r in ROWS if r["key"] == key]


def one(nama):
    ids = [r["id"] for r in ROWS if r["nama"] == nama]
    assert len(ids) == 1, nama
    return ids


groups = []
for n, key in enumerate(GROUPS, 1):
    groups.append({"id": "g%02d" % n, "members": members(key)})
with open("blind20-groups.json", "w", encoding="utf-8") as fh:
    json.dump({"source": SOURCE_INV, "duplicateGroups": groups}, fh, ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- proposals
REUSE = [
    ("srikandi", "Tata persuratan dinas tanpa kertas",
     "Pegawai menyusun konsep surat, meneruskan disposisi berjenjang dan menyimpan naskah dinas beserta arsipnya secara elektronik."),
    ("siasn", "Pengelolaan data induk pegawai",
     "Mencatat riwayat pangkat, jabatan, mutasi dan pensiun seluruh aparatur, dan pegawai bisa memperbarui datanya sendiri."),
    ("lapor", "Kanal keluhan warga atas layanan publik",
     "Warga menyampaikan keluhan tentang buruknya pelayanan kantor pemerintah dan memantau tindak lanjut dari instansi yang dituju."),
    ("sipd", "Penyusunan APBD dan rencana kerja pemda",
     "Pemerintah daerah menyusun rencana kerja tahunan dan anggaran pendapatan-belanja, sampai penatausahaan dan laporan keuangannya."),
    ("lpse", "Tender elektronik kebutuhan kantor",
     "Panitia pemilihan mengumumkan paket pekerjaan, menerima penawaran rekanan secara daring dan menetapkan pemenang."),
    ("ppid", "Layanan permintaan salinan informasi publik",
     "Warga atau wartawan meminta dokumen publik kepada pejabat pengelola informasi dan dapat mengajukan keberatan bila ditolak."),
    ("jdih", "Pusat pencarian produk hukum",
     "Masyarakat mencari dan mengunduh teks undang-undang, perda, pergub dan keputusan beserta status berlakunya."),
    ("harmonisasi", "Penyelarasan rancangan peraturan daerah",
     "Biro hukum mengajukan rancangan peraturan untuk diselaraskan dengan aturan yang lebih tinggi dan memantau tahap pembahasannya."),
    ("bankum", "Pendampingan advokat gratis bagi warga miskin",
     "Warga kurang mampu mengajukan pendampingan perkara oleh pemberi bantuan hukum terakreditasi dan biayanya diganti pemerintah."),
    ("ahu", "Pengesahan pendirian perseroan dan yayasan",
     "Notaris mengajukan akta pendirian atau perubahan anggaran dasar badan usaha dan badan hukum untuk disahkan secara daring."),
    ("ki", "Permohonan hak merek dan hak cipta",
     "Pelaku usaha mengajukan perlindungan merek dagang dan karya ciptanya, membayar biaya dan memantau status permohonan."),
    ("sipp", "Pemantauan jalannya perkara di pengadilan",
     "Para pihak melihat nomor perkara, jadwal sidang, tahapan dan amar putusan di pengadilan negeri, agama atau tata usaha negara."),
    ("cms", "Administrasi perkara pidana di kantor kejaksaan",
     "Jaksa mencatat penerimaan SPDP dan berkas dari penyidik, prapenuntutan, tuntutan di persidangan dan eksekusi putusan."),
    ("sdp", "Basis data narapidana dan tahanan",
     "Petugas lapas dan rutan mencatat identitas, vonis, penempatan blok hunian dan program pembinaan warga binaan."),
    ("kunjungan", "Pendaftaran besuk keluarga ke lapas",
     "Keluarga warga binaan memesan jadwal berkunjung atau panggilan video tanpa perlu antre di loket."),
    ("paspor", "Pengajuan dokumen perjalanan RI secara daring",
     "Warga mengajukan pembuatan atau penggantian paspor, memilih kantor imigrasi dan tanggal wawancara."),
    ("satpolpp", "Pelaporan penertiban dan penegakan perda",
     "Anggota pamong praja mencatat operasi penertiban pedagang kaki lima, bangunan liar dan pelanggaran peraturan daerah."),
    ("ormas", "Pencatatan organisasi kemasyarakatan",
     "Pengurus perkumpulan mengajukan surat keterangan terdaftar dan memperbarui data kepengurusan ke badan kesatuan bangsa."),
    ("sid", "Administrasi kantor desa digital",
     "Perangkat desa mengelola data warga, membuat surat keterangan untuk warga dan menampilkan profil desa di web."),
    ("dukcapil", "Pengurusan KK, KTP-el dan akta",
     "Warga mengajukan perubahan kartu keluarga, akta kelahiran dan akta kematian secara daring ke dinas kependudukan."),
    ("sidalih", "Pemutakhiran daftar pemilih tetap",
     "Petugas penyelenggara pemilu memperbarui data pemilih dan menetapkan DPT, dan warga dapat mengecek namanya."),
    ("lp", "Pelaporan kehilangan dan kejahatan ke polisi",
     "Warga membuat laporan kehilangan barang atau melaporkan tindak kriminal ke sentra pelayanan kepolisian tanpa datang."),
    ("skck", "Surat keterangan berkelakuan baik dari kepolisian",
     "Pelamar kerja mengajukan surat catatan kepolisian, mengunggah sidik jari dan membayar PNBP secara daring."),
    ("etle", "Penindakan pelanggar lalu lintas dengan kamera",
     "Kamera di persimpangan merekam pelanggaran, lalu surat konfirmasi dan denda dikirim ke alamat pemilik kendaraan."),
    ("lhkpn", "Laporan kekayaan pejabat",
     "Pejabat dan pegawai wajib lapor mengisi daftar harta, utang dan penghasilan secara berkala."),
    ("gratifikasi", "Pelaporan hadiah yang diterima pegawai",
     "Pegawai melaporkan pemberian hadiah atau fasilitas yang berkaitan dengan jabatannya untuk ditetapkan statusnya."),
    ("wbs", "Saluran rahasia pelaporan pelanggaran",
     "Pegawai atau masyarakat melaporkan dugaan korupsi dan pelanggaran kode etik secara anonim dengan identitas pelapor dilindungi."),
    ("csirt", "Penanganan insiden keamanan siber instansi",
     "Admin TI melaporkan serangan seperti deface atau ransomware dan tim tanggap insiden menindaklanjutinya."),
    ("damkar", "Aplikasi laporan kebakaran dan penyelamatan",
     "Warga mengabarkan kebakaran atau kebutuhan penyelamatan, lalu pos pemadam terdekat mengirim armada."),
]
REUSE_ONE = [
    ("Direktori Putusan MA", "Publikasi salinan putusan pengadilan",
     "Menyediakan putusan yang sudah berkekuatan hukum tetap untuk dibaca publik setelah data pribadi disamarkan."),
    ("SIPOL KPU", "Verifikasi keanggotaan partai calon peserta pemilu",
     "Partai politik mengunggah data anggota dan kepengurusan untuk diverifikasi sebagai syarat menjadi peserta pemilu."),
]
NOVEL = [
    ("SRIKANDI Perempuan Berdaya", "Pendaftaran dan pendampingan usaha perempuan kepala keluarga melalui pelatihan kewirausahaan."),
    ("Sirekap Nilai Rapor Sekolah", "Rekap nilai harian dan penyusunan rapor siswa SMA/SMK negeri di provinsi."),
    ("SIPP Pupuk Bersubsidi", "Pemantauan penyaluran pupuk bersubsidi dari kios pengecer ke kelompok tani."),
    ("Paspor Kesehatan Ternak", "Kartu riwayat vaksinasi dan lalu lintas hewan ternak antarwilayah."),
    ("Portal Peduli Lansia", "Pendataan warga lanjut usia terlantar dan penjadwalan kunjungan pendamping sosial."),
    ("Cadangan Pangan Pemerintah Daerah", "Pencatatan stok beras cadangan pemda di gudang dan penyalurannya saat daerah rawan pangan."),
    ("Manajemen benda sitaan negara", "Pencatatan penerimaan, penyimpanan dan pemeliharaan barang sitaan dan rampasan di rumah penyimpanan."),
    ("Pemantauan tahanan rumah dengan gelang elektronik", "Melacak lokasi tersangka berstatus tahanan rumah dan memberi peringatan bila keluar dari zona yang ditetapkan."),
    ("Pendaftaran kursus mengemudi", "Calon pengemudi memilih lembaga kursus dan jadwal latihan sebelum ujian praktik."),
    ("Pelaporan dana kampanye peserta pemilu", "Peserta pemilu melaporkan penerimaan dan pengeluaran dana kampanye untuk diaudit akuntan publik."),
    ("Registrasi penerjemah tersumpah", "Pendaftaran dan pengangkatan penerjemah resmi yang telah lulus ujian kualifikasi."),
    ("Pemesanan ruang rapat kantor", "Pegawai memesan ruang rapat dan perlengkapan presentasi secara daring."),
    ("Pendataan rumah ibadah", "Inventaris lokasi, kapasitas dan pengurus rumah ibadah di kabupaten/kota."),
    ("Zonasi PPDB SMA", "Penentuan zona domisili calon siswa dan seleksi penerimaan peserta didik baru."),
    ("Jadwal ronda siskamling warga", "Pengaturan jadwal ronda malam warga per RT dan absensi petugas pos kamling."),
    ("Pendaftaran magang mahasiswa di kejaksaan", "Mahasiswa hukum mendaftar program magang di kejaksaan negeri dan mengunggah laporan kegiatan."),
]
REUSE_ONE.insert(1, ("APOA (Aplikasi Pelaporan Orang Asing)", "Pelaporan tamu asing oleh penginapan",
                     "Pengelola hotel dan indekos melaporkan warga negara asing yang menginap kepada kantor imigrasi."))

props = []
for key, nama, desk in REUSE:
    props.append({"nama": nama, "deskripsi": desk, "expected": members(key)})
for rowname, nama, desk in REUSE_ONE:
    props.append({"nama": nama, "deskripsi": desk, "expected": one(rowname)})
for nama, desk in NOVEL:
    props.append({"nama": nama, "deskripsi": desk, "expected": []})
props = [dict({"id": "p%02d" % i}, **p) for i, p in enumerate(props, 1)]
with open("blind20-proposals.json", "w", encoding="utf-8") as fh:
    json.dump({"source": SOURCE_PROP, "proposals": props}, fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    n = len(ROWS)
    print("rows", n, "groups", len(groups), "group rows", sum(len(g["members"]) for g in groups),
          "traps", sum(r["trap"] for r in ROWS),
          "no desc %.1f%%" % (100.0 * sum(not r["deskripsi"] for r in ROWS) / n),
          "no fungsi %.1f%%" % (100.0 * sum(not r["fungsi"] for r in ROWS) / n),
          "proposals", len(props))
