#!/usr/bin/env python3
"""Build the blind8 hand-labelled benchmark: inventory, duplicate groups and new-application proposals.

Provenance (what the author read):
  * /work/shared/domain/spbe-reference.md (SPBE laws, reference-architecture codes RAL/RAB/RAA,
    national shared platforms / aplikasi umum, agencies, what inventories record);
  * file-name listings only (ls) of /work/main/catalog-info and /work/main/bench/data;
  * the agency ids (metadata.name of catalog-info/agencies/*.yaml) and DPI ids
    (metadata.name of catalog-info/dpi/*.yaml), obtained with grep "^  name:".
  Nothing else in the repository was opened: no engine code, plugins, docs, tests, other benchmark
  files or git history. Every row, group and proposal is invented by hand from general knowledge of
  Indonesian government applications and from the reference file, written blind to the engine.

Conventions:
  * A duplicate group = rows that serve the SAME government function in different agencies
    (consolidation candidates). When a national platform / aplikasi umum exists for that function it
    is a member of the group (jenis = umum). Rows in no group are not listed.
  * Neighbouring functions are kept apart (a careful SPBE architect's call): complaints vs
    whistleblowing vs satisfaction surveys; personnel records vs individual performance vs attendance
    vs payroll vs recruitment; central planning (KRISNA) vs central budget execution (SAKTI) vs
    treasury (SPAN) vs local planning-to-finance (SIPD) vs bank payment channels; e-tendering vs
    e-catalogue vs procurement planning vs vendor registries; hospital vs puskesmas vs referral;
    business licensing vs non-business permits vs sectoral permits; dynamic records (SRIKANDI) vs
    static archives; digital library lending vs library automation; ASN e-learning vs student
    learning; citizen digital identity vs staff SSO; civil registration vs family-planning data vs
    KUA marriage registration; open data vs research repositories; geoportal vs spatial-plan info.
  * Same acronym / brand for different functions (SIMPEG, SIRUP, SIMPADA, SIAK, SAKTI, KRISNA, SPAN,
    LAPOR, e-Katalog, SIPDA ...) and generic names (SMS Gateway, Dashboard, Website Resmi, Aplikasi
    Mobile) are traps kept out of the groups they resemble.
  * Codes (kode_ral/kode_rab/kode_raa) are illustrative: levels 1-2 follow the reference file,
    deeper levels are invented; some are deliberately messy (lower case, spaces, dropped zeros,
    truncated); several codes are separated by ';'.
  * dpi is set only on national DPI building blocks (digital identity, payment, data exchange).
  * Proposals: "reuse" proposals list in `expected` the 1-3 rows to reuse (national platform first
    when one exists); "novel" proposals have expected = [] (some deliberately share a name word or
    acronym with an unrelated platform).
Output (next to this script, UTF-8, LF): blind8-inventory.csv, blind8-groups.json, blind8-proposals.json.
"""
import csv
import json
import os
import random
import re

SEED = 8808
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "blind8: hand-labelled, invented test set for SPBE application-inventory duplicate detection, "
    "built by blind8-build.py (seed 8808). The author read only /work/shared/domain/spbe-reference.md, "
    "ls file listings of /work/main/catalog-info and /work/main/bench/data, and the agency and DPI ids "
    "(metadata.name of catalog-info/agencies/*.yaml and catalog-info/dpi/*.yaml). Rows, groups and "
    "proposals are invented by hand from general knowledge and the reference file, written blind to "
    "the engine (no engine code, docs, tests or other benchmark files were opened). Conventions: a "
    "group = rows serving the same government function in different agencies (consolidation "
    "candidates), including the national platform / aplikasi umum (jenis=umum) when one exists; "
    "neighbouring functions (complaints vs whistleblowing vs satisfaction surveys, planning vs budget "
    "execution vs treasury, e-tendering vs e-catalogue vs procurement planning, hospital vs puskesmas, "
    "business vs non-business permits, records vs performance vs attendance, etc.) are kept apart; "
    "same-acronym and generic-name rows (SMS Gateway, Dashboard, Website Resmi, Aplikasi Mobile) are "
    "traps outside the groups they resemble; codes are illustrative (levels 1-2 from the reference, "
    "deeper invented, some deliberately messy); dpi only on national DPI building blocks; proposals "
    "list expected rows to reuse (national platform first) or [] for novel needs."
)

# --------------------------------------------------------------------------------------------
# helpers


def R(nama, inst, desc="", fungsi="", jenis=None, **kw):
    d = dict(nama=nama, instansi=inst, deskripsi=desc, fungsi=fungsi, jenis=jenis)
    d.update(kw)
    return d


def U(nama, inst, desc="", fungsi="", **kw):
    """National shared platform (aplikasi umum)."""
    return R(nama, inst, desc, fungsi, jenis="umum", **kw)


GROUPS = []  # (gid, function, tag, [rows])


def G(gid, function, tag, rows):
    GROUPS.append((gid, function, tag, rows))


# --------------------------------------------------------------------------------------------
# duplicate groups (first row = national platform when one exists)

G("G01", "Pengelolaan data dan layanan kepegawaian ASN (data induk, pangkat, jabatan, mutasi, pensiun)", "asn", [
    U("SIASN (Sistem Informasi ASN)", "bkn",
      "Sistem informasi nasional manajemen ASN: data induk pegawai, riwayat jabatan dan golongan, mutasi, pensiun.",
      "pengelolaan data pegawai;layanan kepegawaian;integrasi data ASN", url="https://siasn.bkn.go.id", tahun=2021, status="aktif"),
    U("MyASN", "bkn",
      "Aplikasi mandiri bagi ASN untuk melihat dan memperbarui profil kepegawaian yang terhubung dengan SIASN.",
      "layanan mandiri pegawai;pemutakhiran data", url="https://myasn.bkn.go.id", tahun=2020, status="aktif"),
    R("SIMPEG Kemenag", "kemenag",
      "Sistem informasi manajemen kepegawaian pegawai Kementerian Agama pusat dan daerah.",
      "data pegawai;kenaikan pangkat;mutasi"),
    R("SIMPEG Jatim (Sistem Informasi Manajemen Kepegawaian)", "prov-jawa-timur"),
    R("Si-Pegawai Online Kemenhub", "kemenhub",
      "Basis data pegawai Kemenhub untuk usulan kenaikan pangkat, mutasi dan cetak DRH."),
    R("HRIS Kementerian BUMN", "kementerian-bumn",
      "Human resource information system for ministry employees: employee master data, positions and career history.",
      "employee records;career history"),
    R("SIMASN Sumbar", "prov-sumatera-barat",
      "Aplikasi pengelolaan data ASN Pemprov Sumbar, layanan usul pensiun dan penerbitan SK."),
])

G("G02", "Penilaian kinerja individu pegawai (SKP, capaian kerja harian/bulanan)", "asn", [
    R("e-Kinerja BKN", "bkn",
      "Penyusunan SKP dan penilaian kinerja individu ASN sesuai ketentuan manajemen kinerja, dipakai lintas instansi.",
      "SKP;penilaian kinerja pegawai", jenis="", url="https://kinerja.bkn.go.id"),
    R("eKinerja Pemprov Jabar", "prov-jawa-barat",
      "Pencatatan aktivitas harian dan capaian SKP pegawai sebagai dasar pemberian TPP."),
    R("E Kinerja ASN Kaltim", "prov-kalimantan-timur"),
    R("Sistem Penilaian Kinerja Pegawai (SIPKP) Kemenkes", "kemenkes",
      "Aplikasi penilaian prestasi kerja pegawai Kemenkes: rencana dan realisasi SKP bulanan.", "penilaian kinerja"),
])

G("G03", "Presensi / kehadiran pegawai", "asn", [
    R("Presensi Online BPS", "bps",
      "Presensi pegawai berbasis lokasi (geotagging) dan swafoto untuk kerja dari kantor maupun dari mana saja.",
      "presensi;rekap kehadiran"),
    R("Absensi Online Pemprov Bali", "prov-bali",
      "Aplikasi absen pegawai dengan fingerprint dan ponsel, rekap kehadiran bulanan per OPD."),
    R("Si-Hadir", "prov-dki-jakarta",
      "Pencatatan kehadiran ASN dan non-ASN, rekap keterlambatan dan izin yang dipakai untuk perhitungan tunjangan."),
    R("Aplikasi Kehadiran Pegawai (E-Absen) Kemendag", "kemendag"),
])

G("G04", "Penghitungan gaji dan tambahan penghasilan pegawai pemerintah daerah", "keu", [
    R("SIMGAJI Riau", "prov-riau",
      "Penghitungan dan pembuatan daftar gaji PNS daerah beserta potongan.", "daftar gaji;potongan gaji"),
    R("e-TPP Jateng", "prov-jawa-tengah",
      "Penghitungan tambahan penghasilan pegawai berdasarkan nilai kinerja dan kehadiran, cetak daftar bayar."),
    R("Aplikasi Gaji dan Tunjangan Pegawai NTB (SIGATUN)", "prov-nusa-tenggara-barat"),
])

G("G05", "Tata naskah dinas elektronik, persuratan, disposisi dan arsip dinamis", "ops", [
    U("SRIKANDI", "anri",
      "Sistem Informasi Kearsipan Dinamis Terintegrasi: tata naskah dinas elektronik, disposisi dan pengelolaan arsip dinamis; aplikasi umum (KepmenPANRB 679/2020).",
      "naskah dinas;disposisi;arsip dinamis", url="https://srikandi.arsip.go.id", tahun=2020, status="aktif"),
    R("e-Office Kemenhub", "kemenhub",
      "Surat masuk, surat keluar, disposisi dan tanda tangan elektronik di lingkungan Kemenhub."),
    R("TNDE (Tata Naskah Dinas Elektronik)", "kemenperin"),
    R("NADINE", "kemenkeu",
      "Naskah dinas elektronik: pembuatan nota dinas dan surat, disposisi berjenjang, tanda tangan elektronik.",
      "naskah dinas;disposisi;TTE"),
    R("SIMAS (Sistem Informasi Manajemen Arsip dan Surat)", "prov-sumatera-utara",
      "Pengelolaan surat dinas dan arsip aktif perangkat daerah Pemprov Sumut."),
    R("E-Surat BPOM", "bpom", "Persuratan elektronik internal unit kerja BPOM."),
    R("SIDEKA (Sistem Disposisi Elektronik) Kaltara", "prov-kalimantan-utara",
      "Disposisi surat pimpinan secara elektronik dan pelacakan posisi surat."),
    R("e-Arsip Dinamis Kemensos", "kemensos",
      "Pemberkasan arsip aktif dan inaktif unit kerja, daftar arsip dan jadwal retensi."),
])

G("G06", "Pengelolaan pengaduan dan aspirasi masyarakat atas pelayanan publik", "kom", [
    U("SP4N-LAPOR!", "kemenpanrb",
      "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional: kanal aduan dan aspirasi masyarakat yang terhubung ke seluruh instansi.",
      "pengaduan;aspirasi;disposisi aduan", url="https://www.lapor.go.id", tahun=2017, status="aktif"),
    R("Lapor Gub! Jateng", "prov-jawa-tengah",
      "Kanal aduan warga ke Gubernur Jawa Tengah lewat web, media sosial dan WhatsApp.",
      "pengaduan masyarakat;tindak lanjut aduan"),
    R("Pengaduan Masyarakat Online (Dumas) Kemnaker", "kemnaker",
      "Penerimaan dan tindak lanjut pengaduan pekerja dan masyarakat terkait layanan ketenagakerjaan."),
    R("HALO BPOM", "bpom", "Contact center dan pengaduan konsumen tentang obat dan makanan.",
      "pengaduan konsumen;informasi"),
    R("SiAP Kalbar (Sistem Aspirasi dan Pengaduan)", "prov-kalimantan-barat"),
    R("Public Complaint Handling System Kemenhub", "kemenhub",
      "Complaint tracking for transport service users, SLA monitoring and replies."),
])

G("G07", "Perencanaan program dan rencana kerja kementerian/lembaga (Renja K/L, RKA berbasis kinerja)", "ren", [
    U("KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "bappenas",
      "Penyusunan Renja K/L dan RKA berbasis kinerja secara kolaboratif antara Bappenas, Kemenkeu dan KemenPANRB.",
      "perencanaan;penganggaran berbasis kinerja", url="https://krisna.bappenas.go.id", tahun=2017, status="aktif"),
    R("e-Planning Kemenag", "kemenag", "Penyusunan rencana kerja dan usulan program satker Kementerian Agama."),
    R("SIRENA (Sistem Informasi Perencanaan) KKP", "kkp",
      "Perencanaan program dan kegiatan, penyusunan Renja dan Renstra unit eselon I."),
])

G("G08", "Pelaksanaan anggaran, akuntansi dan pelaporan keuangan satker pemerintah pusat", "keu", [
    U("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
      "Aplikasi satker dari perencanaan anggaran, pelaksanaan, akuntansi hingga pelaporan keuangan dan BMN; menggantikan RKAKL, GPP, SAS, SAIBA, Persediaan dan SIMAK-BMN.",
      "pelaksanaan anggaran;akuntansi;pelaporan keuangan;BMN", url="https://sakti.kemenkeu.go.id", tahun=2019, status="aktif"),
    R("SIMAK BMN versi 18 Satker BMKG", "bmkg",
      "Aplikasi akuntansi barang milik negara tingkat satker (desktop), dipakai sebelum migrasi.", status="tidak aktif", tahun=2014),
    R("SAIBA (Sistem Akuntansi Instansi Berbasis Akrual)", "basarnas", status="tidak aktif", tahun=2015),
    R("SIMKEU BRIN (Sistem Informasi Keuangan)", "brin",
      "Pencatatan realisasi anggaran, SPM dan penyusunan laporan keuangan satker BRIN."),
])

G("G09", "Perencanaan, penganggaran dan penatausahaan keuangan pemerintah daerah", "keu", [
    U("SIPD (Sistem Informasi Pemerintahan Daerah)", "kemendagri",
      "Perencanaan pembangunan daerah, penganggaran, penatausahaan dan pelaporan keuangan daerah dalam satu sistem.",
      "perencanaan daerah;APBD;penatausahaan keuangan", url="https://sipd.kemendagri.go.id", tahun=2019, status="aktif"),
    R("SIMDA Keuangan", "bpkp",
      "Aplikasi pengelolaan keuangan daerah (penganggaran, penatausahaan, akuntansi) yang dikembangkan BPKP untuk pemda.",
      jenis="", tahun=2010),
    R("e-Planning Jabar", "prov-jawa-barat", "Penyusunan RKPD dan Renja perangkat daerah secara daring."),
    R("e-Budgeting DKI", "prov-dki-jakarta", "Penyusunan APBD, standar harga komponen dan RKA SKPD.",
      "penganggaran;RKA"),
    R("SIPKD (Sistem Informasi Pengelolaan Keuangan Daerah) Papua", "prov-papua"),
    R("Musrenbang Online Sulteng", "prov-sulawesi-tengah",
      "Penjaringan usulan pembangunan dari kabupaten hingga musrenbang provinsi dan penetapan prioritas."),
    R("SIMAKDA Aceh", "prov-aceh", "Sistem manajemen keuangan daerah: SPD, SPP, SPM, SP2D dan LRA."),
])

G("G10", "Akuntabilitas kinerja instansi (SAKIP: perjanjian kinerja, pengukuran, laporan kinerja)", "akun", [
    U("e-SAKIP", "kemenpanrb",
      "Aplikasi Sistem Akuntabilitas Kinerja Instansi Pemerintah: perjanjian kinerja, pengukuran kinerja dan LKj.",
      "SAKIP;perjanjian kinerja;laporan kinerja", url="https://esakip.menpan.go.id", tahun=2018, status="aktif"),
    R("e-SAKIP Sumsel", "prov-sumatera-selatan",
      "Pengelolaan dokumen SAKIP perangkat daerah dan evaluasi akuntabilitas internal."),
    R("SIAKIP Kemenperin", "kemenperin",
      "Sistem informasi akuntabilitas kinerja: indikator kinerja utama, target dan realisasi per unit."),
    R("LKjIP Online Kalteng", "prov-kalimantan-tengah"),
])

G("G11", "Tender / seleksi pengadaan barang dan jasa secara elektronik (e-tendering)", "proc", [
    U("SPSE (Sistem Pengadaan Secara Elektronik)", "lkpp",
      "Aplikasi e-procurement untuk tender dan seleksi barang/jasa pemerintah yang dijalankan LPSE.",
      "tender;seleksi;e-kontrak", url="https://spse.inaproc.id", tahun=2012, status="aktif"),
    R("LPSE Provinsi Jawa Timur", "prov-jawa-timur",
      "Layanan pengadaan secara elektronik Pemprov Jatim: tender, seleksi dan pengumuman pemenang."),
    R("e-Proc Kemhan", "kemhan",
      "Aplikasi lelang mandiri untuk pengadaan alutsista dan non-alutsista."),
    R("e-Tendering Riau", "prov-riau"),
])

G("G12", "Belanja melalui katalog elektronik / e-purchasing pemerintah", "proc", [
    U("e-Katalog", "lkpp",
      "Katalog elektronik nasional untuk e-purchasing barang/jasa pemerintah.", "e-purchasing;katalog produk",
      url="https://e-katalog.lkpp.go.id", tahun=2014, status="aktif"),
    R("Katalog Elektronik Lokal Jateng", "prov-jawa-tengah",
      "Etalase produk penyedia lokal untuk pembelian langsung oleh perangkat daerah."),
    R("SIPLah (Sistem Informasi Pengadaan di Sekolah)", "kemendikbudristek",
      "Marketplace belanja dana BOS oleh satuan pendidikan dari mitra penyedia."),
    R("Belanja Online Pemprov Bali (BLO)", "prov-bali",
      "Pembelian kebutuhan kantor lewat toko daring penyedia terdaftar dengan harga tayang."),
])

G("G13", "Perencanaan dan pengumuman rencana umum pengadaan (RUP)", "proc", [
    U("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "lkpp",
      "Pengumuman rencana umum pengadaan kementerian, lembaga dan perangkat daerah.", "RUP",
      url="https://sirup.lkpp.go.id", tahun=2013, status="aktif"),
    R("e-RUP Kemenkes", "kemenkes", "Penyusunan dan pengumuman rencana pengadaan satker Kemenkes."),
    R("Perencanaan Pengadaan Online Kalsel", "prov-kalimantan-selatan"),
])

G("G14", "Penatausahaan barang milik daerah (BMD / aset daerah)", "keu", [
    R("SIMDA BMD", "bpkp",
      "Modul SIMDA untuk penatausahaan barang milik daerah: pengadaan, KIB, mutasi dan penyusutan.", jenis="", tahun=2011),
    R("e-Aset Jabar", "prov-jawa-barat", "Inventarisasi dan pelaporan aset daerah, kartu inventaris barang per OPD.",
      "inventarisasi aset;laporan BMD"),
    R("SIMBADA (Sistem Informasi Manajemen Barang Daerah) Kalsel", "prov-kalimantan-selatan"),
    R("Aplikasi Inventaris Barang Milik Daerah Maluku", "prov-maluku",
      "Pencatatan BMD per OPD dan rekonsiliasi dengan neraca."),
])

G("G15", "Perizinan berusaha (NIB, izin usaha, sertifikat standar)", "eko", [
    U("OSS-RBA (Online Single Submission Berbasis Risiko)", "kementerian-investasi",
      "Perizinan berusaha terintegrasi secara elektronik berbasis risiko: NIB, izin, sertifikat standar dan pengawasan.",
      "perizinan berusaha;NIB;pengawasan", url="https://oss.go.id", tahun=2021, status="aktif"),
    R("e-Ijin Usaha Sumut", "prov-sumatera-utara",
      "Permohonan izin usaha dan sertifikat standar kewenangan provinsi di DPMPTSP."),
    R("SIUP Online Kemendag", "kemendag",
      "Penerbitan Surat Izin Usaha Perdagangan secara daring.", status="tidak aktif", tahun=2012),
    R("Sistem Perizinan Berusaha Terintegrasi Banten", "prov-banten"),
])

G("G16", "Perizinan non-berusaha di PTSP daerah (izin penelitian, rekomendasi, izin non-usaha)", "pub", [
    R("SiCantik Cloud", "komdigi",
      "Aplikasi perizinan non-berusaha untuk DPMPTSP: permohonan, pelacakan, penerbitan SK izin dan tanda tangan elektronik.",
      "perizinan non-berusaha;TTE", jenis="", tahun=2018),
    R("Izin Penelitian Online Jateng", "prov-jawa-tengah",
      "Penerbitan surat rekomendasi/izin penelitian bagi mahasiswa dan peneliti."),
    R("Ijin Non Usaha Online Sulsel", "prov-sulawesi-selatan",
      "Perizinan non-berusaha: izin penelitian, izin praktik tenaga kesehatan, rekomendasi teknis."),
])

G("G17", "Pembayaran pajak kendaraan bermotor / layanan Samsat daring", "pajak", [
    R("SAMBARA (Samsat Mobile Jawa Barat)", "prov-jawa-barat",
      "Cek dan bayar pajak kendaraan bermotor tahunan melalui ponsel.", "informasi PKB;pembayaran PKB"),
    R("New Sakpole", "prov-jawa-tengah",
      "Pembayaran PKB dan pengesahan STNK tahunan secara online di Jawa Tengah."),
    R("e-Samsat Jatim", "prov-jawa-timur"),
    R("Samsat Online Kaltim", "prov-kalimantan-timur",
      "Info tagihan dan pembayaran pajak kendaraan melalui bank dan marketplace."),
])

G("G18", "Administrasi pajak daerah selain kendaraan (BPHTB, pajak air permukaan, pajak rokok, self-assessment)", "pajak", [
    R("e-BPHTB DKI", "prov-dki-jakarta", "Pelaporan dan validasi BPHTB atas transaksi tanah dan bangunan."),
    R("SIMPADA Riau (Sistem Informasi Manajemen Pendapatan Daerah)", "prov-riau",
      "Pendataan, penetapan dan pembayaran pajak air permukaan, pajak rokok dan pajak daerah lainnya."),
    R("e-Pajak Daerah Sumbar", "prov-sumatera-barat",
      "Pendataan wajib pajak, penetapan dan pembayaran pajak daerah non-kendaraan."),
])

G("G19", "Penagihan dan pembayaran PNBP (kode billing penerimaan negara bukan pajak)", "keu", [
    U("SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu",
      "Pembuatan kode billing dan pembayaran penerimaan negara bukan pajak melalui MPN.",
      "billing PNBP;pembayaran", url="https://www.simponi.kemenkeu.go.id", tahun=2014, status="aktif", dpi="dpi-pembayaran"),
    R("e-PNBP Kemenhub", "kemenhub",
      "Penagihan dan pembayaran PNBP layanan perhubungan (sertifikat, pas kapal, pengujian)."),
    R("PNBP Online KKP", "kkp",
      "Penghitungan dan pembayaran pungutan hasil perikanan serta tarif layanan kelautan."),
    R("Billing PNBP ATR/BPN", "atr-bpn"),
])

G("G20", "Identitas digital warga dan akun tunggal (SSO) untuk layanan pemerintah", "duk", [
    U("INApas", "ina-digital",
      "Single sign-on dan dompet identitas digital warga untuk mengakses layanan pemerintah, terverifikasi data kependudukan.",
      "SSO;identitas digital", url="https://inapas.go.id", tahun=2024, status="pengembangan", dpi="dpi-identitas-digital"),
    U("IKD (Identitas Kependudukan Digital)", "kemendagri",
      "KTP digital di ponsel untuk verifikasi identitas penduduk.", "identitas digital;verifikasi NIK",
      url="https://ikd.dukcapil.kemendagri.go.id", tahun=2022, status="aktif", dpi="dpi-identitas-digital"),
    R("Akun Warga Jatim (SSO Layanan Publik)", "prov-jawa-timur",
      "Satu akun login bagi warga untuk seluruh layanan online Pemprov Jatim dengan verifikasi NIK."),
    R("JakID", "prov-dki-jakarta",
      "Identitas digital warga Jakarta untuk masuk ke aplikasi layanan pemerintah daerah."),
])

G("G21", "Layanan administrasi kependudukan dan pencatatan sipil (KK, akta, pindah datang)", "duk", [
    R("SIAK Terpusat (Sistem Informasi Administrasi Kependudukan)", "kemendagri",
      "Sistem terpusat untuk pendaftaran penduduk dan pencatatan sipil di dinas dukcapil.", jenis="", tahun=2018),
    R("Dukcapil Online Sulsel", "prov-sulawesi-selatan",
      "Permohonan dokumen kependudukan (KK, akta) secara daring lintas kabupaten/kota."),
    R("e-Akta Kelahiran NTT", "prov-nusa-tenggara-timur"),
])

G("G22", "Integrasi dan pertukaran data kesehatan / rekam medis lintas fasilitas", "kes", [
    U("SATUSEHAT", "kemenkes",
      "Platform interoperabilitas data kesehatan nasional: rekam medis elektronik dan pertukaran data antar fasyankes.",
      "interoperabilitas data kesehatan;rekam medis", url="https://satusehat.kemkes.go.id", tahun=2022, status="aktif"),
    R("SIKDA Jabar (Sistem Informasi Kesehatan Daerah)", "prov-jawa-barat",
      "Agregasi data pelayanan fasilitas kesehatan kabupaten/kota untuk dinas kesehatan provinsi."),
    R("Health Data Exchange NTB", "prov-nusa-tenggara-barat",
      "Integrates clinic and hospital records across the province into one health data hub."),
    R("Sistem Informasi Kesehatan Terpadu Sulut", "prov-sulawesi-utara"),
])

G("G23", "Sistem informasi manajemen rumah sakit (SIMRS)", "kes", [
    R("SIMRS GOS", "kemenkes",
      "SIMRS generik open source untuk rumah sakit pemerintah: pendaftaran, rekam medis, billing, farmasi.", jenis=""),
    R("SIMRS RSUD Provinsi NTB", "prov-nusa-tenggara-barat",
      "Rawat jalan, rawat inap, penunjang medis dan klaim BPJS di RSUD provinsi."),
    R("Hospital Information System RSUD dr. Soetomo", "prov-jawa-timur"),
    R("SIM Rumah Sakit RSPAD", "kemhan",
      "Registrasi pasien, penunjang medis dan keuangan rumah sakit militer."),
])

G("G24", "Data pokok pendidikan dasar dan menengah (satuan pendidikan, peserta didik, PTK)", "pend", [
    U("Dapodik (Data Pokok Pendidikan)", "kemendikbudristek",
      "Data sekolah, peserta didik, pendidik dan tenaga kependidikan serta sarana prasarana.",
      "pendataan sekolah;data peserta didik", url="https://dapo.kemdikbud.go.id", tahun=2013, status="aktif"),
    R("EMIS (Education Management Information System)", "kemenag",
      "Pendataan madrasah dan pesantren: lembaga, siswa, guru dan sarana."),
    R("Sistem Informasi Data Pendidikan Sumsel", "prov-sumatera-selatan",
      "Pendataan SMA/SMK/SLB kewenangan provinsi: siswa, guru, ruang kelas."),
    R("Data Pokok Pendidikan Bengkulu", "prov-bengkulu"),
])

G("G25", "Penerimaan peserta didik baru (PPDB/SPMB) jenjang menengah", "pend", [
    R("PPDB Jabar", "prov-jawa-barat",
      "Penerimaan peserta didik baru SMA/SMK/SLB negeri: pendaftaran, zonasi, afirmasi, pengumuman."),
    R("PPDB Online Jatim", "prov-jawa-timur"),
    R("SPMB Sulsel (Sistem Penerimaan Murid Baru)", "prov-sulawesi-selatan",
      "Seleksi penerimaan murid baru jenjang SMA dan SMK negeri."),
])

G("G26", "Pembelajaran daring / LMS untuk pengembangan kompetensi ASN", "asn", [
    R("e-Learning LAN", "lan",
      "Pembelajaran daring untuk pelatihan dasar CPNS dan pelatihan kepemimpinan ASN."),
    R("Kemenkeu Learning Center", "kemenkeu",
      "Platform pembelajaran mandiri pegawai: kelas daring, e-book dan evaluasi pembelajaran."),
    R("LMS BPSDM Jatim", "prov-jawa-timur",
      "Learning management system BPSDM untuk pelatihan teknis dan fungsional ASN daerah."),
    R("MOOC Pusdiklat Kemnaker", "kemnaker",
      "Kursus daring terbuka untuk pengembangan kompetensi pegawai Kemnaker."),
])

G("G27", "Data terpadu kesejahteraan sosial dan penyaluran bantuan sosial", "sos", [
    U("SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "kemensos",
      "Pengelolaan DTKS, usulan dan verifikasi penerima bantuan sosial dari daerah.",
      "DTKS;verifikasi penerima bansos", url="https://siks.kemensos.go.id", tahun=2019, status="aktif"),
    R("Jabar Bansos Terpadu", "prov-jawa-barat",
      "Pendataan dan penyaluran bantuan sosial provinsi berbasis NIK dan DTKS."),
    R("SIBANSOS Banten", "prov-banten"),
    R("Aplikasi Data Kemiskinan Aceh (ADIKA)", "prov-aceh",
      "Basis data keluarga miskin dan penerima bantuan daerah."),
])

G("G28", "Pengelolaan keuangan desa (APBDes)", "dagri", [
    U("Siskeudes (Sistem Keuangan Desa)", "kemendagri",
      "Aplikasi Kemendagri dan BPKP untuk penganggaran, penatausahaan dan pelaporan APBDes.",
      "APBDes;penatausahaan keuangan desa", tahun=2015, status="aktif"),
    R("Siskeudes Online", "bpkp",
      "Versi daring Siskeudes untuk pemerintah desa dengan akses pemantauan bagi APIP dan pemda."),
    R("e-Dana Desa Kalteng", "prov-kalimantan-tengah",
      "Penatausahaan dan pelaporan penggunaan dana desa oleh desa-desa binaan provinsi."),
    R("Aplikasi Keuangan Desa Sultra", "prov-sulawesi-tenggara"),
])

G("G29", "Sistem informasi dan administrasi desa (profil desa, data warga desa, layanan surat desa)", "dagri", [
    R("Prodeskel (Profil Desa dan Kelurahan)", "kemendagri",
      "Pendataan potensi dan perkembangan desa dan kelurahan."),
    R("Sistem Informasi Desa (SID)", "kemendes-pdtt",
      "Aplikasi administrasi desa: data penduduk desa, surat keterangan, profil dan berita desa."),
    R("SIMADE Jateng (Sistem Informasi Manajemen Desa)", "prov-jawa-tengah",
      "Pelayanan administrasi dan pengelolaan data desa se-Jawa Tengah."),
    R("Desa Digital Jabar", "prov-jawa-barat", "Portal administrasi dan profil desa se-Jawa Barat."),
])

G("G30", "Portal data terbuka / Satu Data (katalog dataset)", "data", [
    U("Satu Data Indonesia (data.go.id)", "bappenas",
      "Portal katalog data terbuka nasional Satu Data Indonesia.", "katalog data;data terbuka",
      url="https://data.go.id", tahun=2019, status="aktif"),
    R("Open Data Jabar", "prov-jawa-barat",
      "Portal dataset sektoral Pemprov Jawa Barat dalam format terbuka dan API."),
    R("Satu Data Jatim", "prov-jawa-timur"),
    R("Portal Data Kemenkes", "kemenkes", "Publikasi dataset kesehatan yang dapat diunduh publik."),
    R("Satu Data Pertanian", "kementan", "Katalog data statistik pertanian dan dataset terbuka Kementan."),
])

G("G31", "Geoportal / berbagi pakai data dan peta geospasial", "data", [
    R("Ina-Geoportal", "big",
      "Simpul jaringan informasi geospasial nasional: katalog dan visualisasi peta tematik K/L/D.",
      jenis="", url="https://tanahair.indonesia.go.id", tahun=2015),
    R("Geoportal Jatim", "prov-jawa-timur", "Berbagi pakai data spasial perangkat daerah Jawa Timur."),
    R("SIGAP KLHK", "klhk",
      "Sistem informasi geospasial lingkungan hidup dan kehutanan: peta kawasan hutan dan tutupan lahan."),
    R("WebGIS Kalbar", "prov-kalimantan-barat", "Peta interaktif data spasial Pemprov Kalbar."),
])

G("G32", "Helpdesk / service desk TIK internal (tiket gangguan dan permintaan layanan TI)", "ops", [
    R("Servicedesk TIK Kemenkeu", "kemenkeu",
      "Pencatatan tiket gangguan TIK, permintaan layanan dan pemantauan SLA."),
    R("Helpdesk Diskominfo Jateng", "prov-jawa-tengah",
      "Layanan tiket dukungan teknis jaringan, email dan aplikasi untuk perangkat daerah."),
    R("IT Ticketing BPS", "bps"),
])

G("G33", "Perpustakaan digital untuk peminjaman buku elektronik oleh masyarakat", "pend", [
    R("iPusnas", "perpusnas", "Perpustakaan digital nasional: peminjaman e-book gratis untuk masyarakat.",
      jenis="", url="https://ipusnas.id", tahun=2016),
    R("iJakarta", "prov-dki-jakarta", "Aplikasi perpustakaan digital untuk meminjam buku elektronik."),
    R("e-Pustaka Sumbar", "prov-sumatera-barat",
      "Peminjaman buku digital koleksi perpustakaan daerah melalui ponsel."),
])

G("G34", "Manajemen rapat (jadwal, undangan, ruang rapat, notulen)", "ops", [
    R("e-Rapat Kemenkes", "kemenkes",
      "Penjadwalan rapat, undangan, daftar hadir dan notulen elektronik."),
    R("SiRapat Kemensetneg", "kemensetneg", "Pengelolaan agenda rapat dan peminjaman ruang rapat."),
    R("Booking Ruang Rapat BPS", "bps"),
])

G("G35", "Administrasi perjalanan dinas (SPT/SPPD, biaya, pertanggungjawaban)", "ops", [
    R("e-SPPD Kemenag", "kemenag",
      "Penerbitan surat perintah perjalanan dinas, rincian biaya dan pertanggungjawaban."),
    R("SIPD (Sistem Informasi Perjalanan Dinas) Kepri", "prov-kepulauan-riau",
      "Pengajuan perjalanan dinas pegawai, surat tugas dan laporan perjalanan."),
    R("SIPERJADIN Kemenhub", "kemenhub"),
    R("Perjalanan Dinas Online BMKG", "bmkg", "Travel requests and expense claims for official trips."),
])

G("G36", "Jaringan dokumentasi dan informasi hukum (publikasi peraturan dan produk hukum)", "hukum", [
    R("JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "kemenkumham",
      "Pusat integrasi dokumen peraturan perundang-undangan dari anggota JDIH.",
      jenis="", url="https://jdihn.go.id", tahun=2012),
    R("JDIH Kemendag", "kemendag", "Basis data peraturan perdagangan dan produk hukum kementerian."),
    R("JDIH Provinsi Lampung", "prov-lampung"),
    R("Sistem Informasi Produk Hukum BSN", "bsn",
      "Publikasi peraturan dan keputusan kepala BSN untuk publik."),
    R("JDIH Kaltim", "prov-kalimantan-timur", "Dokumentasi perda, pergub dan keputusan gubernur."),
])

G("G37", "Layanan permohonan informasi publik (PPID)", "kom", [
    R("e-PPID Kemendagri", "kemendagri", "Permohonan informasi publik dan pengajuan keberatan secara daring."),
    R("PPID Pemprov Gorontalo", "prov-gorontalo"),
    R("Layanan Informasi Publik Online BNPB", "bnpb",
      "Daftar informasi publik dan formulir permohonan informasi."),
    R("SIPPID (Sistem Informasi PPID) Sulbar", "prov-sulawesi-barat",
      "Pengelolaan permohonan informasi, keberatan dan daftar informasi publik."),
])

G("G38", "Registrasi petani dan alokasi/penebusan pupuk bersubsidi", "eko", [
    R("e-RDKK", "kementan",
      "Rencana Definitif Kebutuhan Kelompok tani untuk alokasi pupuk bersubsidi."),
    R("Kartu Tani Jateng", "prov-jawa-tengah", "Data petani dan penebusan pupuk bersubsidi dengan kartu."),
    R("Sistem Data Petani Sulsel (SiDaPet)", "prov-sulawesi-selatan",
      "Registrasi petani, lahan garapan dan kelompok tani untuk program bantuan."),
])

G("G39", "Registrasi dan pendataan nelayan / pelaku usaha perikanan", "eko", [
    R("KUSUKA (Kartu Pelaku Usaha Kelautan dan Perikanan)", "kkp",
      "Registrasi nelayan, pembudidaya, pengolah dan pemasar hasil perikanan."),
    R("Data Nelayan Online Maluku", "prov-maluku"),
    R("Sistem Informasi Nelayan Kepri", "prov-kepulauan-riau",
      "Pendataan nelayan, kapal kecil dan alat tangkap untuk bantuan provinsi."),
])

G("G40", "Bursa kerja / pencocokan pencari kerja dan lowongan", "ker", [
    R("SIAPkerja - Karirhub", "kemnaker",
      "Layanan bursa kerja nasional: pendaftaran pencari kerja, lowongan dan pencocokan."),
    R("Bursa Kerja Online Jatim", "prov-jawa-timur",
      "Informasi lowongan kerja dan pendaftaran pencari kerja (kartu AK/I) secara online."),
    R("Banten Kerja", "prov-banten", "Job portal connecting local job seekers with employers."),
    R("Loker Sultra", "prov-sulawesi-tenggara", "Portal lowongan kerja dan job fair virtual."),
])

G("G41", "Pendataan dan pelaporan kejadian bencana", "trib", [
    R("DIBI (Data dan Informasi Bencana Indonesia)", "bnpb",
      "Basis data kejadian bencana, korban dan kerusakan secara nasional."),
    R("Sistem Informasi Kebencanaan Jatim", "prov-jawa-timur",
      "Pelaporan kejadian bencana, korban dan kebutuhan logistik oleh BPBD."),
    R("Lapor Bencana Sulteng", "prov-sulawesi-tengah",
      "Pelaporan cepat kejadian bencana oleh masyarakat dan petugas ke Pusdalops."),
    R("e-Bencana Sumbar", "prov-sumatera-barat"),
])

G("G42", "Portal informasi dan promosi destinasi pariwisata", "eko", [
    R("Indonesia.travel", "kemenparekraf", "Portal promosi destinasi wisata Indonesia untuk wisatawan mancanegara."),
    R("Visit Jawa Tengah", "prov-jawa-tengah", "Informasi destinasi, event dan akomodasi wisata."),
    R("Pesona NTT", "prov-nusa-tenggara-timur", "Aplikasi informasi obyek wisata NTT."),
    R("Sumbar Tourism App", "prov-sumatera-barat",
      "Mobile guide for tourist attractions, culinary spots and events."),
])

G("G43", "Pendataan koperasi dan UMKM", "eko", [
    R("ODS (Online Data System) KemenKopUKM", "kemenkopukm",
      "Pendataan koperasi: laporan RAT, keanggotaan dan usaha koperasi."),
    R("SIDUMK Jatim (Sistem Informasi Data UMKM dan Koperasi)", "prov-jawa-timur",
      "Basis data UMKM dan koperasi binaan provinsi."),
    R("Sistem Pendataan UMKM Lampung", "prov-lampung"),
    R("e-Koperasi Sulsel", "prov-sulawesi-selatan", "Pelaporan kesehatan dan data koperasi provinsi."),
])

G("G44", "Pelaporan pengelolaan dan pemantauan lingkungan oleh pelaku usaha (RKL-RPL)", "lh", [
    R("SIMPEL (Sistem Informasi Pelaporan Elektronik Lingkungan Hidup)", "klhk",
      "Pelaporan pelaksanaan RKL-RPL dan kewajiban persetujuan lingkungan oleh pelaku usaha."),
    R("e-Pelaporan RKL-RPL Jatim", "prov-jawa-timur"),
    R("Sistem Pelaporan Lingkungan Kaltim", "prov-kalimantan-timur",
      "Laporan semesteran pemantauan lingkungan oleh perusahaan tambang dan perkebunan."),
])

G("G45", "Pendataan rumah ibadah", "bud", [
    R("SIMAS (Sistem Informasi Masjid)", "kemenag", "Pendataan masjid dan musala seluruh Indonesia."),
    R("Sistem Informasi Rumah Ibadah NTB", "prov-nusa-tenggara-barat",
      "Basis data rumah ibadah untuk pembinaan dan penyaluran hibah."),
    R("e-Masjid Aceh", "prov-aceh"),
])

G("G46", "Interoperabilitas / API gateway pertukaran data antar aplikasi pemerintah", "data", [
    U("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi",
      "API gateway dan integrasi layanan antar-instansi pemerintah.", "API gateway;interoperabilitas",
      url="https://splp.layanan.go.id", tahun=2022, status="aktif", dpi="dpi-pertukaran-data"),
    R("API Gateway Pemprov DIY", "prov-di-yogyakarta", "Pengelolaan API dan pertukaran data antar perangkat daerah."),
    R("Enterprise Service Bus Kemenkeu", "kemenkeu"),
    R("Integrasi Layanan Data Sulut (SILADA)", "prov-sulawesi-utara",
      "Pertukaran data antar-aplikasi perangkat daerah melalui web service."),
])

G("G47", "Informasi rute dan tiket angkutan bus perkotaan (BRT)", "wil", [
    R("Teman Bus", "kemenhub",
      "Informasi rute, posisi bus dan pembayaran non-tunai angkutan bus skema buy the service."),
    R("TJ: Transjakarta", "prov-dki-jakarta", "Aplikasi penumpang: rute, posisi bus dan tiket."),
    R("Trans Jateng Mobile", "prov-jawa-tengah"),
])

# --------------------------------------------------------------------------------------------
# traps: resemble a group (same acronym / generic name / neighbouring function) but are kept out

TRAPS = {
    # same acronym or brand, different function
    "simpeg_gambut": R("SIMPEG (Sistem Informasi Pemetaan Gambut)", "klhk",
                       "Pemetaan kedalaman dan sebaran lahan gambut serta status restorasinya.", tag="lh"),
    "sirup_pompa": R("SIRUP (Sistem Informasi Rumah Pompa)", "kemenpupr",
                     "Pemantauan operasi rumah pompa pengendali banjir dan tinggi muka air.", tag="wil"),
    "simpada_pangan": R("SIMPADA Pangan (Sistem Informasi Manajemen Pangan Daerah)", "prov-kalimantan-selatan",
                        "Pemantauan stok dan cadangan pangan pemerintah daerah.", tag="eko"),
    "siak_akademik": R("SIAK (Sistem Informasi Akademik) Politeknik Pelayaran", "kemenhub",
                       "Registrasi mata kuliah, nilai dan transkrip taruna.", tag="pend"),
    "sakti_akreditasi": R("SAKTI (Sistem Akreditasi Lembaga Pelatihan Kerja)", "kemnaker",
                          "Pengajuan dan penilaian akreditasi lembaga pelatihan kerja.", tag="ker"),
    "krisna_seniman": R("KRISNA (Kartu Identitas Seniman dan Budayawan)", "prov-bali",
                        "Registrasi dan kartu identitas pelaku seni untuk pembinaan dan insentif.", tag="bud"),
    "span_ptkin": R("SPAN-PTKIN", "kemenag",
                    "Seleksi Prestasi Akademik Nasional masuk perguruan tinggi keagamaan Islam negeri berdasarkan nilai rapor.", tag="pend"),
    "lapor_diri": R("Lapor Diri WNI", "kemlu",
                    "Pendaftaran diri WNI di luar negeri untuk perlindungan dan layanan kekonsuleran.", tag="hankam"),
    "katalog_produk": R("e-Katalog Produk Unggulan Sulteng", "prov-sulawesi-tengah",
                        "Etalase promosi produk unggulan IKM daerah untuk pembeli dan eksportir.", tag="eko"),
    "sipda_drainase": R("SIPDA (Sistem Informasi Pengelolaan Drainase Aceh)", "prov-aceh",
                        "Inventarisasi saluran drainase primer dan titik genangan.", tag="wil"),
    # generic names doing unrelated things
    "sms_jambi": R("SMS Gateway", "prov-jambi",
                   "Pengiriman pesan massal peringatan banjir ke warga bantaran sungai.", tag="trib"),
    "sms_kemenkes": R("SMS Gateway", "kemenkes", "Pengingat jadwal imunisasi anak kepada orang tua.", tag="kes"),
    "sms_bkkbn": R("SMS Gateway", "bkkbn", "Broadcast pesan penyuluhan KB kepada akseptor.", tag="kes"),
    "dash_sulteng": R("Dashboard", "prov-sulawesi-tengah",
                      "Dasbor eksekutif capaian indikator kinerja gubernur dan realisasi belanja.", tag="data"),
    "dash_covid": R("Dashboard Covid-19", "kemenkes",
                    "Publikasi kasus harian, vaksinasi dan keterisian tempat tidur selama pandemi.", tag="kes",
                    status="tidak aktif", tahun=2020),
    "dash_mudik": R("Dashboard", "kemenhub",
                    "Pemantauan real-time arus mudik di jalan tol dan pelabuhan penyeberangan.", tag="wil"),
    "web_bnn": R("Website Resmi", "bnn", "Profil, berita dan informasi layanan rehabilitasi BNN.", tag="kom"),
    "web_bpip": R("Website Resmi", "bpip",
                  "Portal kompetisi dan kampanye pembinaan ideologi Pancasila bagi pelajar.", tag="bud"),
    "web_basarnas": R("Website Resmi", "basarnas",
                      "Informasi operasi SAR yang sedang berjalan dan nomor darurat 115.", tag="trib"),
    "mob_parekraf": R("Aplikasi Mobile", "kemenparekraf",
                      "Kalender acara ekonomi kreatif dan pendaftaran pelaku kreatif ke pameran.", tag="eko"),
    "mob_kaltara": R("Aplikasi Mobile", "prov-kalimantan-utara",
                     "Informasi antrean dan jam layanan pos lintas batas negara.", tag="wil"),
    "mob_bapeten": R("Aplikasi Mobile", "bapeten",
                     "Pencatatan dosis radiasi pekerja di fasilitas pemanfaat tenaga nuklir.", tag="lh"),
    # neighbouring functions
    "wbs": R("WISE (Whistleblowing System) Kemenkeu", "kemenkeu",
             "Penyampaian laporan dugaan pelanggaran oleh pegawai atau masyarakat secara rahasia kepada inspektorat jenderal.",
             "whistleblowing;pelaporan pelanggaran", tag="akun", keepdesc=True),
    "skm": R("Survei Kepuasan Masyarakat Online Jatim", "prov-jawa-timur",
             "Kuesioner IKM setelah layanan di UPT dan rekap indeks kepuasan masyarakat.", tag="kom", keepdesc=True),
    "gratifikasi": R("e-Gratifikasi", "kemenag",
                     "Pelaporan penerimaan gratifikasi oleh pegawai ke unit pengendalian gratifikasi.", tag="akun"),
    "span": U("SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "kemenkeu",
              "Sistem perbendaharaan negara: pencairan dana (SP2D), manajemen kas negara dan akuntansi pusat.",
              "perbendaharaan;manajemen kas;SP2D", tag="keu", url="https://span.kemenkeu.go.id", tahun=2015,
              status="aktif", keepdesc=True),
    "pdn": U("PDN (Pusat Data Nasional)", "komdigi",
             "Layanan komputasi awan dan pusat data bersama untuk instansi pusat dan daerah.", tag="data",
             url="https://pdn.komdigi.go.id", tahun=2023, status="pengembangan", keepdesc=True),
    "cms_jateng": R("Transaksi Non Tunai Pemprov Jateng (CMS Bank)", "prov-jawa-tengah",
                    "Pembayaran belanja dari rekening kas umum daerah ke rekening penerima melalui cash management system bank daerah.",
                    tag="keu"),
    "emonev": R("e-Monev Bappenas", "bappenas",
                "Pemantauan pelaksanaan program dan kegiatan K/L secara triwulanan.", tag="ren", keepdesc=True),
    "puskesmas": R("ePuskesmas Papua Pegunungan", "prov-papua-pegunungan",
                   "Rekam medis dan pelayanan pasien di puskesmas binaan provinsi.", tag="kes", keepdesc=True),
    "arsip_statis": R("SIKS (Sistem Informasi Khazanah Arsip Statis) DIY", "prov-di-yogyakarta",
                      "Deskripsi, digitalisasi dan layanan akses arsip statis di dinas perpustakaan dan arsip.",
                      tag="ops", keepdesc=True),
    "presensi_siswa": R("e-Presensi Siswa SMA Kaltim", "prov-kalimantan-timur",
                        "Absensi harian peserta didik dengan kartu RFID dan notifikasi ke orang tua.", tag="pend"),
    "vicon": R("Vicon Pemprov Kaltara", "prov-kalimantan-utara",
               "Server video conference milik pemda untuk rapat daring.", tag="ops"),
    "inlislite": R("INLISLite", "perpusnas",
                   "Perangkat lunak otomasi perpustakaan: katalogisasi, sirkulasi dan keanggotaan, dibagikan gratis ke perpustakaan.",
                   tag="pend", keepdesc=True),
    "rumah_belajar": R("Rumah Belajar", "kemendikbudristek",
                       "Portal sumber belajar daring untuk siswa dan guru PAUD hingga SMA.", tag="pend", keepdesc=True),
    "prakerja": R("Kartu Prakerja", "kemenko-perekonomian",
                  "Program bantuan biaya pelatihan dan insentif bagi pencari kerja.", tag="ker"),
    "infobmkg": R("InfoBMKG", "bmkg",
                  "Informasi cuaca, peringatan dini cuaca ekstrem, gempa bumi dan tsunami.", tag="trib"),
    "inarisk": R("InaRISK", "bnpb",
                 "Kajian dan peta indeks risiko bencana per wilayah serta panduan kesiapsiagaan.", tag="trib"),
    "amdalnet": R("AMDALNET", "klhk",
                  "Penyusunan, penilaian dan penerbitan persetujuan lingkungan (AMDAL dan UKL-UPL).", tag="lh"),
    "gistaru": R("GISTARU", "atr-bpn",
                 "Informasi rencana tata ruang (RTRW/RDTR) dan kesesuaian pemanfaatan ruang.", tag="wil"),
    "sso_pegawai": R("SSO Pegawai Kemenkeu", "kemenkeu",
                     "Manajemen identitas dan login tunggal pegawai ke aplikasi internal.", tag="asn"),
    "sijk": R("SIJK (Sistem Informasi Jasa Konstruksi)", "kemenpupr",
              "Registrasi badan usaha dan tenaga kerja konstruksi bersertifikat.", tag="wil"),
    "sisrute": R("SISRUTE (Sistem Rujukan Terintegrasi)", "kemenkes",
                 "Rujukan pasien antar fasilitas kesehatan secara terintegrasi.", tag="kes"),
    "sscasn": R("SSCASN", "bkn", "Portal pendaftaran seleksi calon ASN (CPNS dan PPPK) nasional.",
                tag="asn", jenis=""),
    "eperda": R("e-Perda", "kemendagri",
                "Fasilitasi dan registrasi rancangan peraturan daerah oleh Kemendagri.", tag="hukum"),
    "cc112": R("Call Center 112 Jakarta", "prov-dki-jakarta",
               "Layanan panggilan darurat terpadu: penerimaan panggilan dan pengerahan ambulans, damkar dan polisi.",
               tag="trib"),
    "hibah": R("e-Hibah Jatim", "prov-jawa-timur",
               "Pengajuan, verifikasi dan pertanggungjawaban hibah untuk lembaga dan ormas.", tag="keu"),
    "bumdes": R("BUMDes Online", "kemendes-pdtt",
                "Pendaftaran badan hukum dan pelaporan usaha BUMDes.", tag="dagri"),
    "lovebali": R("Love Bali", "prov-bali",
                  "Pembayaran pungutan bagi wisatawan asing yang berkunjung ke Bali.", tag="pajak"),
    "padi": R("PaDi UMKM", "kementerian-bumn",
              "Pasar digital tempat BUMN membeli produk dan jasa dari UMKM.", tag="eko"),
    "silat": R("SILAT (Sistem Informasi Izin Layanan Cepat)", "kkp",
               "Penerbitan izin kapal penangkap dan pengangkut ikan.", tag="eko"),
    "simluhtan": R("SIMLUHTAN", "kementan",
                   "Data penyuluh pertanian, balai penyuluhan dan kegiatan penyuluhan.", tag="eko"),
    "wlkp": R("WLKP Online", "kemnaker",
              "Wajib lapor ketenagakerjaan perusahaan: jumlah pekerja dan kondisi hubungan kerja.", tag="ker"),
    "ebilling_djp": R("e-Billing Pajak DJP", "kemenkeu",
                      "Pembuatan kode billing untuk pembayaran pajak pusat.", tag="keu"),
    "mpaspor": R("M-Paspor", "kemenkumham",
                 "Permohonan paspor dan penjadwalan kedatangan di kantor imigrasi.", tag="duk"),
    "siga": R("SIGA (Sistem Informasi Keluarga)", "bkkbn",
              "Pendataan keluarga, KB dan kependudukan oleh kader.", tag="duk"),
    "pddikti": R("PDDikti (Pangkalan Data Pendidikan Tinggi)", "kemendikbudristek",
                 "Data perguruan tinggi, program studi, mahasiswa dan dosen.", tag="pend"),
    "epak": R("e-PAK Jabatan Fungsional", "prov-sumatera-utara",
              "Penilaian angka kredit jabatan fungsional dan usulan kenaikan jenjang.", tag="asn"),
    "eppgbm": R("e-PPGBM", "kemenkes",
                "Pencatatan dan pelaporan gizi berbasis masyarakat: status gizi balita per individu.", tag="kes"),
    "sentuh": R("Sentuh Tanahku", "atr-bpn",
                "Info layanan pertanahan, status berkas sertifikat dan lokasi bidang tanah.", tag="wil"),
    "elsimil": R("Elsimil", "bkkbn",
                 "Skrining kesehatan calon pengantin untuk pencegahan stunting.", tag="kes"),
    "simkah": R("SIMKAH", "kemenag", "Pendaftaran dan pencatatan nikah di KUA.", tag="bud"),
    "kip_kuliah": R("KIP Kuliah", "kemendikbudristek",
                    "Pendaftaran dan seleksi bantuan biaya pendidikan bagi mahasiswa.", tag="pend"),
    "desa_adat": R("Sistem Informasi Desa Adat Bali", "prov-bali",
                   "Pendataan desa adat, prajuru dan awig-awig.", tag="bud"),
}

# --------------------------------------------------------------------------------------------
# unique local / sectoral applications (no duplicate in this inventory)

UNIQUE = [
    R("Inaportnet", "kemenhub", "Layanan kapal dan barang di pelabuhan secara elektronik.", tag="wil"),
    R("e-Visa Indonesia", "kemenkumham", "Permohonan dan pembayaran visa kunjungan secara daring.", tag="hankam"),
    R("AHU Online", "kemenkumham", "Pendaftaran dan pengesahan badan hukum PT, yayasan dan perkumpulan.", tag="hukum"),
    R("SDP (Sistem Database Pemasyarakatan)", "kemenkumham", "Data warga binaan, remisi dan pembebasan bersyarat.", tag="hukum"),
    R("CEISA (Customs-Excise Information System and Automation)", "kemenkeu",
      "Pemberitahuan pabean ekspor impor dan pelayanan cukai.", tag="keu"),
    R("SIINas (Sistem Informasi Industri Nasional)", "kemenperin", "Pelaporan data produksi dan kapasitas perusahaan industri.", tag="eko"),
    R("SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "kemendag", "Pemantauan harga dan pasokan bahan pokok di pasar.", tag="eko"),
    R("Katam Terpadu (Kalender Tanam)", "kementan", "Rekomendasi waktu tanam, varietas dan dosis pupuk per kecamatan.", tag="eko"),
    R("AUTP Online (Asuransi Usaha Tani Padi)", "kementan", "Pendaftaran dan klaim asuransi usaha tani padi.", tag="eko"),
    R("Hak Tanggungan Elektronik (HT-el)", "atr-bpn", "Pendaftaran hak tanggungan secara elektronik oleh kreditor.", tag="wil"),
    R("Sistem Informasi Kinerja BUMN", "kementerian-bumn", "Pemantauan KPI dan laporan keuangan perusahaan BUMN.", tag="eko"),
    R("Sistem Informasi Dana Bergulir LPDB", "kemenkopukm", "Pengajuan dan penyaluran pinjaman dana bergulir koperasi.", tag="eko"),
    R("SISKOHAT (Sistem Komputerisasi Haji Terpadu)", "kemenag", "Pendaftaran, antrean dan pelunasan biaya haji.", tag="bud"),
    R("SIHALAL", "kemenag", "Permohonan sertifikasi halal produk oleh pelaku usaha.", tag="bud"),
    R("SIWAK (Sistem Informasi Wakaf)", "kemenag", "Pendataan tanah wakaf dan nazir.", tag="bud"),
    R("ANBK (Asesmen Nasional Berbasis Komputer)", "kemendikbudristek", "Pelaksanaan asesmen nasional di satuan pendidikan.", tag="pend"),
    R("SINTA (Science and Technology Index)", "kemendikbudristek", "Indeks kinerja peneliti, jurnal dan publikasi ilmiah.", tag="pend"),
    R("SISDMK (Sistem Informasi SDM Kesehatan)", "kemenkes", "Pendataan tenaga kesehatan per fasilitas dan registrasi STR.", tag="kes"),
    R("Regalkes (Registrasi Alat Kesehatan)", "kemenkes", "Izin edar alat kesehatan dan PKRT.", tag="kes"),
    R("Sistem Informasi Rehabilitasi Sosial Penyandang Disabilitas", "kemensos", "Asesmen dan layanan rehabilitasi sosial di balai.", tag="sos"),
    R("SIMFONI-PPA", "kemenpppa", "Pencatatan kasus kekerasan terhadap perempuan dan anak.", tag="sos"),
    R("Sistem Informasi Penghargaan Atlet Berprestasi", "kemenpora", "Usulan dan penetapan bonus atlet peraih medali.", tag="pend"),
    R("SITRANS (Sistem Informasi Transmigrasi)", "kemendes-pdtt", "Data kawasan transmigrasi dan penempatan transmigran.", tag="wil"),
    R("MODI (Minerba One Data Indonesia)", "kesdm", "Data perusahaan pemegang izin usaha pertambangan.", tag="lh"),
    R("SIH3 (Sistem Informasi Hidrologi, Hidrometeorologi dan Hidrogeologi)", "kemenpupr", "Data curah hujan, debit sungai dan air tanah dari pos hidrologi.", tag="lh"),
    R("Mitra Darat", "kemenhub", "Pemeriksaan kelaikan bus (ramp check) dan informasi terminal.", tag="wil"),
    R("VMS (Vessel Monitoring System) Perikanan", "kkp", "Pemantauan posisi kapal perikanan melalui transmitter satelit.", tag="eko"),
    R("SIPONGI", "klhk", "Pemantauan titik panas kebakaran hutan dan lahan.", tag="lh"),
    R("SILK (Sistem Informasi Legalitas Kayu)", "klhk", "Penerbitan dokumen V-Legal untuk ekspor produk kayu.", tag="lh"),
    R("Sistem Informasi Potensi Investasi Daerah", "kementerian-investasi", "Peta peluang proyek investasi siap tawar di daerah.", tag="eko"),
    R("Sistem Informasi Tanda Kehormatan", "kemensetneg", "Usulan dan verifikasi penerima tanda jasa dan tanda kehormatan.", tag="setneg"),
    R("SIMPUL KPBU", "bappenas", "Basis data proyek kerja sama pemerintah dan badan usaha.", tag="ren"),
    R("Romantik (Rekomendasi Kegiatan Statistik)", "bps", "Pengajuan rekomendasi kegiatan statistik sektoral oleh instansi.", tag="data"),
    R("Sensus Penduduk Online", "bps", "Pengisian mandiri kuesioner sensus penduduk.", tag="data", status="tidak aktif", tahun=2020),
    R("TTE BSrE", "bssn", "Penerbitan sertifikat elektronik untuk tanda tangan elektronik pejabat.", tag="data"),
    R("Pelaporan Insiden Siber (Gov-CSIRT)", "bssn", "Pelaporan dan penanganan insiden keamanan siber instansi.", tag="data"),
    R("ELSA (e-Layanan Sains)", "brin", "Pemesanan fasilitas laboratorium dan peralatan riset.", tag="pend"),
    R("RIN (Repositori Ilmiah Nasional)", "brin", "Penyimpanan dan publikasi data penelitian.", tag="pend"),
    R("SIKaP (Sistem Informasi Kinerja Penyedia)", "lkpp", "Data kualifikasi dan riwayat kinerja penyedia barang/jasa.", tag="proc"),
    R("Indeks Kualitas Kebijakan Online", "lan", "Penilaian mandiri kualitas kebijakan instansi.", tag="akun"),
    R("SIMWAS (Sistem Informasi Manajemen Pengawasan)", "bpkp", "Perencanaan penugasan, kertas kerja dan laporan audit intern.", tag="akun"),
    R("e-Registrasi Obat", "bpom", "Pendaftaran dan evaluasi izin edar obat.", tag="kes"),
    R("BPOM Mobile (Cek Produk)", "bpom", "Pengecekan nomor izin edar produk oleh konsumen.", tag="kes"),
    R("AWS Center", "bmkg", "Pengumpulan data stasiun cuaca otomatis.", tag="trib"),
    R("Sistem Informasi Deradikalisasi", "bnpt", "Data peserta program deradikalisasi dan pendampingan.", tag="trib"),
    R("SIN (Sistem Informasi Narkotika)", "bnn", "Data kasus, tersangka dan barang bukti narkotika.", tag="trib"),
    R("INACORS", "big", "Layanan koreksi posisi GNSS dari stasiun CORS.", tag="data"),
    R("Sistem Manajemen Operasi SAR", "basarnas", "Pengendalian operasi pencarian dan pertolongan serta pelaporan SAR.", tag="trib"),
    R("SISPK (Sistem Informasi Standardisasi dan Penilaian Kesesuaian)", "bsn", "Perumusan dan penetapan SNI.", tag="eko"),
    R("B@LIS (Perizinan Pemanfaatan Tenaga Nuklir)", "bapeten", "Perizinan sumber radiasi untuk rumah sakit dan industri.", tag="lh"),
    R("IMIC (Indonesia Maritime Information Centre)", "bakamla", "Gambaran situasi keamanan maritim dan laporan insiden laut.", tag="hankam"),
    R("Labkurtannas Online", "lemhannas", "Pengukuran indeks ketahanan nasional per provinsi.", tag="hankam"),
    R("e-Meterai", "peruri", "Pembelian dan pembubuhan meterai elektronik pada dokumen.", tag="keu"),
    R("Sistem Informasi Neraca Komoditas", "kemenko-perekonomian", "Penetapan neraca komoditas sebagai dasar persetujuan ekspor impor.", tag="eko"),
    R("Sistem Monitoring Gerakan Nasional Revolusi Mental", "kemenko-pmk", "Pemantauan program gerakan revolusi mental lintas K/L.", tag="bud"),
    R("Sistem Pemantauan Isu Strategis", "kemenko-polhukam", "Pengumpulan laporan situasi dan isu politik keamanan dari daerah.", tag="hankam"),
    R("Sistem Informasi Komponen Cadangan", "kemhan", "Pendaftaran dan seleksi warga untuk komponen cadangan.", tag="hankam"),
    R("e-Protokol Kemlu", "kemlu", "Fasilitas dan kartu identitas bagi anggota perwakilan asing.", tag="hankam"),
    R("TKA Online", "kemnaker", "Pengesahan rencana penggunaan tenaga kerja asing.", tag="ker"),
    R("Sistem Informasi Metrologi Legal", "kemendag", "Penjadwalan tera dan tera ulang alat ukur.", tag="eko"),
    R("Portal Diplomasi Ekonomi", "kemlu", "Peluang bisnis dan intelijen pasar dari perwakilan RI.", tag="hankam"),
    R("SIPPN (Sistem Informasi Pelayanan Publik Nasional)", "kemenpanrb", "Direktori standar pelayanan publik seluruh instansi.", tag="kom"),
    R("Sistem Informasi Syariat Islam Aceh", "prov-aceh", "Pembinaan dan pengawasan pelaksanaan qanun syariat.", tag="bud"),
    R("Zakat Online Baitul Mal Aceh", "prov-aceh", "Pembayaran zakat dan penyaluran kepada mustahik.", tag="bud"),
    R("Sistem Informasi Perkebunan Sumut", "prov-sumatera-utara", "Data luas tanam dan produksi kelapa sawit dan karet rakyat.", tag="eko"),
    R("Sistem Informasi Kebudayaan Melayu Riau", "prov-riau", "Dokumentasi naskah, tradisi dan pelaku budaya Melayu.", tag="bud"),
    R("e-Labuh Jangkar Kepri", "prov-kepulauan-riau", "Penagihan retribusi labuh jangkar kapal di perairan provinsi.", tag="pajak"),
    R("Sistem Informasi Kondisi Jalan Provinsi Jambi", "prov-jambi", "Survei dan peta kondisi ruas jalan provinsi.", tag="wil"),
    R("Sistem Informasi Angkutan Sungai Sumsel", "prov-sumatera-selatan", "Pendataan kapal sungai dan trayek angkutan sungai.", tag="wil"),
    R("Sistem Informasi Rafflesia Bengkulu", "prov-bengkulu", "Pemantauan lokasi dan masa mekar bunga rafflesia.", tag="lh"),
    R("Pemantauan Gajah Lampung", "prov-lampung", "Pelacakan kawanan gajah dengan kalung GPS untuk peringatan dini desa penyangga.", tag="lh"),
    R("Sistem Informasi Rusunawa", "prov-dki-jakarta", "Pendaftaran, sewa dan tagihan unit rumah susun sewa.", tag="wil"),
    R("OPOP (One Pesantren One Product) Jabar", "prov-jawa-barat", "Pendampingan usaha pesantren dan kurasi produknya.", tag="eko"),
    R("Bank Sampah Digital Banten", "prov-banten", "Pencatatan setoran sampah warga dan saldo tabungan bank sampah.", tag="lh"),
    R("Sistem Informasi Embung Jateng", "prov-jawa-tengah", "Inventaris embung dan volume tampungan air.", tag="lh"),
    R("Sistem Informasi Sultan Ground", "prov-di-yogyakarta", "Inventarisasi tanah kasultanan dan kadipaten serta perizinan pemanfaatannya.", tag="wil"),
    R("Sistem Informasi Subak", "prov-bali", "Data subak, pekaseh dan jadwal pengairan sawah.", tag="eko"),
    R("Sistem Informasi Pekerja Migran NTB", "prov-nusa-tenggara-barat", "Pendataan calon pekerja migran, pelatihan dan pemberangkatan.", tag="ker"),
    R("Sistem Informasi Air Bersih NTT", "prov-nusa-tenggara-timur", "Data sumber air dan sambungan air bersih pedesaan.", tag="wil"),
    R("Harga Karet Online Kalbar", "prov-kalimantan-barat", "Informasi harga karet di tingkat petani per kabupaten.", tag="eko"),
    R("e-Ternak Kalteng", "prov-kalimantan-tengah", "Data populasi ternak dan kelahiran sapi.", tag="eko"),
    R("Pemantauan Angkutan Batubara Kalsel", "prov-kalimantan-selatan", "Pengawasan truk batubara di jalan khusus tambang.", tag="wil"),
    R("Sistem Pemantauan Penurunan Emisi Karbon Kaltim", "prov-kalimantan-timur", "Pemantauan program pengurangan emisi dari deforestasi.", tag="lh"),
    R("Sistem Informasi Kawasan Perbatasan Kaltara", "prov-kalimantan-utara", "Data program pembangunan desa-desa di kawasan perbatasan.", tag="wil"),
    R("Sistem Informasi FKUB Sulut", "prov-sulawesi-utara", "Agenda dialog dan laporan kegiatan forum kerukunan umat beragama.", tag="bud"),
    R("Sistem Informasi Revitalisasi Danau Limboto", "prov-gorontalo", "Pemantauan pengerukan dan kualitas air danau.", tag="lh"),
    R("Sistem Informasi Huntap Pascabencana", "prov-sulawesi-tengah", "Data penerima hunian tetap korban bencana Palu dan sekitarnya.", tag="trib"),
    R("Pendaftaran Lomba Sandeq Race", "prov-sulawesi-barat", "Pendaftaran peserta dan jadwal lomba perahu sandeq.", tag="bud"),
    R("Sistem Informasi Tahura Nipa-Nipa", "prov-sulawesi-tenggara", "Pengelolaan kunjungan dan patroli taman hutan raya.", tag="lh"),
    R("Sistem Informasi Lumbung Ikan Maluku", "prov-maluku", "Pemantauan produksi dan pendaratan ikan program lumbung ikan.", tag="eko"),
    R("Tiket Speedboat Ternate-Tidore", "prov-maluku-utara", "Pemesanan tiket speedboat antar pulau.", tag="wil"),
    R("SIOAP (Sistem Informasi Orang Asli Papua)", "prov-papua", "Pendataan orang asli Papua untuk program afirmasi.", tag="duk"),
    R("Sistem Informasi Dana Otonomi Khusus Papua Barat", "prov-papua-barat", "Perencanaan dan pemantauan penggunaan dana otsus.", tag="keu"),
    R("Sistem Informasi Food Estate Merauke", "prov-papua-selatan", "Pemantauan pembukaan lahan dan produksi padi food estate.", tag="eko"),
    R("Sistem Informasi Pengungsi Papua Tengah", "prov-papua-tengah", "Pendataan warga mengungsi akibat konflik dan kebutuhan bantuannya.", tag="sos"),
    R("Jadwal Penerbangan Perintis Papua Pegunungan", "prov-papua-pegunungan", "Jadwal, kuota kursi dan subsidi penerbangan perintis.", tag="wil"),
    R("Peta Wilayah Adat Papua Barat Daya", "prov-papua-barat-daya", "Pemetaan partisipatif batas wilayah masyarakat hukum adat.", tag="bud"),
    R("Sistem Informasi Sertifikasi CHSE", "kemenparekraf", "Sertifikasi kebersihan, kesehatan, keselamatan usaha pariwisata.", tag="eko"),
    R("Sistem Informasi Kapal Nelayan Bantuan KKP", "kkp", "Pemantauan pembangunan dan serah terima kapal bantuan.", tag="eko"),
]

# --------------------------------------------------------------------------------------------
# proposals (reuse: expected rows to reuse, national platform first; novel: expected [])

PROPOSALS = [
    ("Portal Riwayat Karier Pegawai Balai",
     "Kami perlu mencatat riwayat pangkat, jabatan, mutasi dan usulan pensiun seluruh PNS di balai-balai kami, dan pegawai bisa memperbarui datanya sendiri.",
     ["G01.0", "G01.1"]),
    ("Aplikasi Target dan Capaian Kerja Individu",
     "Setiap pegawai mengisi rencana hasil kerja dan realisasinya tiap bulan, lalu atasan memberi nilai dan predikat.",
     ["G02.0", "G02.1"]),
    ("Absen Wajah Pegawai",
     "Pencatatan jam masuk dan pulang pegawai memakai swafoto dan titik lokasi ponsel, dengan rekap bulanan untuk bagian kepegawaian.",
     ["G03.0", "G03.1"]),
    ("Hitung Tunjangan Bulanan ASN Pemda",
     "Menghitung besaran tambahan penghasilan ASN provinsi tiap bulan dari nilai kinerja dan jumlah hari masuk, lalu mencetak daftar bayarnya.",
     ["G04.1", "G04.0"]),
    ("Sistem Surat-Menyurat Digital Dinas",
     "Membuat nota dinas, meneruskan disposisi pimpinan dan menyimpan berkas surat secara elektronik dengan tanda tangan digital.",
     ["G05.0"]),
    ("Kanal Keluhan Warga Provinsi",
     "Warga menyampaikan keluhan atas layanan pemerintah, petugas meneruskan ke dinas terkait dan memantau sampai selesai.",
     ["G06.0"]),
    ("Penyusunan Rencana Kerja Tahunan Kementerian",
     "Menyusun rencana kerja tahunan dan rincian output program yang dikaitkan dengan pagu indikatif dan sasaran kinerja.",
     ["G07.0"]),
    ("Aplikasi Pencairan dan Pembukuan Satker",
     "Satuan kerja membuat SPP dan SPM, mencatat realisasi belanja dan menyusun laporan keuangan semesteran ke kementerian.",
     ["G08.0"]),
    ("Sistem APBD dari Hulu ke Hilir",
     "Satu alur dari usulan musrenbang, RKA, DPA sampai SP2D dan laporan realisasi untuk pemerintah provinsi.",
     ["G09.0"]),
    ("Laporan Akuntabilitas Kinerja Dinas",
     "Menyusun perjanjian kinerja, mengukur indikator kinerja utama organisasi dan membuat laporan kinerja tahunan.",
     ["G10.0"]),
    ("Lelang Proyek Konstruksi Online",
     "Penyelenggaraan tender pekerjaan konstruksi secara elektronik: unggah dokumen penawaran, evaluasi dan pengumuman pemenang.",
     ["G11.0"]),
    ("Toko Belanja Kebutuhan Kantor",
     "Unit kerja memesan alat tulis dan perangkat komputer langsung dari daftar produk penyedia dengan harga yang sudah tayang.",
     ["G12.0"]),
    ("Kartu Inventaris Aset Pemda",
     "Mencatat tanah, gedung dan kendaraan milik pemerintah provinsi beserta mutasi, penghapusan dan penyusutannya.",
     ["G14.0", "G14.1"]),
    ("Layanan Izin Usaha Mikro Tanpa Tatap Muka",
     "Pelaku usaha kecil mengajukan nomor induk berusaha dan sertifikat standar tanpa datang ke kantor.",
     ["G15.0"]),
    ("Rekomendasi Izin Riset Daerah",
     "Menerbitkan surat izin penelitian untuk mahasiswa dan lembaga riset yang akan mengambil data di wilayah provinsi.",
     ["G16.0", "G16.1"]),
    ("Bayar Pajak Motor dari Rumah",
     "Pemilik kendaraan mengecek tagihan dan membayar pajak tahunan, lalu pengesahan STNK dilakukan secara elektronik.",
     ["G17.0", "G17.1"]),
    ("Tagihan Setoran Tarif Layanan Laboratorium",
     "Membuat kode bayar untuk tarif pengujian laboratorium balai yang disetor ke kas negara sebagai penerimaan bukan pajak.",
     ["G19.0"]),
    ("Login Tunggal Warga untuk Semua Layanan Daerah",
     "Warga cukup memiliki satu akun yang terverifikasi NIK untuk masuk ke semua layanan online pemerintah provinsi.",
     ["G20.0", "G20.1"]),
    ("Integrasi Data Kunjungan Pasien Fasyankes",
     "Mengirim data kunjungan dan rekam medis pasien dari klinik dan rumah sakit daerah ke satu platform data kesehatan.",
     ["G22.0"]),
    ("Billing dan Rekam Medis RSUD",
     "Pendaftaran pasien, rawat inap, farmasi dan tagihan pasien di rumah sakit milik provinsi.",
     ["G23.0", "G23.1"]),
    ("Pendaftaran Siswa Baru SMA Negeri Jalur Zonasi",
     "Calon siswa mendaftar ke SMA negeri, sistem menyeleksi berdasarkan jarak rumah dan jalur afirmasi lalu mengumumkan hasilnya.",
     ["G25.0", "G25.1"]),
    ("Kelas Daring Pelatihan Pegawai",
     "Modul pelatihan online untuk pegawai dengan video, kuis dan sertifikat kelulusan.",
     ["G26.0", "G26.1"]),
    ("Verifikasi Calon Penerima Bantuan Keluarga Miskin",
     "Dinas sosial memverifikasi dan mengusulkan keluarga miskin agar masuk data penerima bantuan pemerintah.",
     ["G27.0"]),
    ("Pembukuan Anggaran Desa",
     "Perangkat desa menyusun anggaran desa, mencatat belanja dan membuat laporan realisasi untuk kecamatan.",
     ["G28.0", "G28.1"]),
    ("Katalog Dataset Terbuka Dinas",
     "Mempublikasikan tabel statistik dinas agar bisa diunduh publik dalam format CSV dan API.",
     ["G30.0"]),
    ("Peta Data Spasial Bersama Pemda",
     "Tempat dinas-dinas berbagi layer peta tematik dan menampilkannya di satu peta interaktif.",
     ["G31.0", "G31.1"]),
    ("Portal Peraturan dan Produk Hukum",
     "Publikasi peraturan gubernur, keputusan dan naskah akademik agar mudah dicari masyarakat.",
     ["G36.0"]),
    ("Jembatan Data Antar Aplikasi Instansi",
     "Layanan web service terpusat agar aplikasi antar dinas dan kementerian bisa saling bertukar data melalui API.",
     ["G46.0"]),
    ("Pelaporan Pelanggaran Pegawai Secara Rahasia",
     "Pegawai dapat melaporkan dugaan korupsi atau pelanggaran etik atasannya tanpa identitas terungkap.",
     ["t:wbs"]),
    ("Permohonan Salinan Dokumen Publik",
     "Masyarakat meminta salinan dokumen dan informasi publik badan publik, dan bisa mengajukan keberatan bila ditolak.",
     ["G37.0", "G37.2"]),
    ("Pendaftaran Kartu Nelayan Provinsi",
     "Mendaftar nelayan dan pembudidaya ikan beserta kapal dan alat tangkapnya sebagai dasar pemberian bantuan.",
     ["G39.0", "G39.2"]),
    ("Laporan Cepat Kejadian Bencana BPBD",
     "Petugas BPBD melaporkan kejadian banjir atau longsor, jumlah korban dan kerusakan rumah untuk rekap nasional.",
     ["G41.0", "G41.1"]),
    # novel proposals (no existing row to reuse)
    ("SIMRS Mercusuar (Sistem Informasi Manajemen Rambu Suar)",
     "Penjadwalan perawatan menara suar dan rambu navigasi pelayaran serta pencatatan suku cadang lampu.", []),
    ("SPAN Jembatan",
     "Pemantauan getaran dan regangan struktur jembatan bentang panjang secara real time dari sensor yang dipasang di jembatan.", []),
    ("KRISNA Kopi",
     "Ketertelusuran lot biji kopi dari kebun sampai eksportir dengan kode QR dan hasil uji cita rasa.", []),
    ("SATUSEHAT Satwa",
     "Rekam medis satwa liar hasil sitaan dan rehabilitasi di pusat penyelamatan satwa sebelum dilepasliarkan.", []),
    ("e-Katalog Terumbu",
     "Registrasi fragmen karang hasil transplantasi, lokasi penanaman dan program adopsi terumbu karang oleh donatur.", []),
    ("LAPOR Satwa Tertabrak",
     "Pengguna jalan melaporkan satwa liar yang tertabrak di jalan tol untuk penelitian koridor satwa.", []),
    ("OSS Donor (Organ Sharing System)",
     "Registri calon donor organ dan pencocokan dengan penerima di rumah sakit transplantasi.", []),
    ("SRIKANDI Sains",
     "Program mentoring daring yang mempertemukan peneliti perempuan senior dengan mahasiswi bidang sains dan teknik.", []),
    ("Dashboard Kebisingan Bandara",
     "Pemantauan tingkat kebisingan pesawat di permukiman sekitar bandara dari sensor suara.", []),
    ("SIAK Batik (Sistem Informasi Arsip Kain)",
     "Katalog digital motif kain tradisional koleksi museum beserta foto resolusi tinggi dan asal daerahnya.", []),
    ("Aplikasi Mobile Pencatat Tangkapan Pemancing Rekreasi",
     "Pemancing hobi mencatat jenis dan ukuran ikan yang dipancing untuk kajian stok ikan di perairan wisata.", []),
    ("Sistem Pemantauan Gletser Puncak Jaya",
     "Pengukuran luas es dan data citra satelit gletser tropis di Pegunungan Jayawijaya.", []),
    ("Helpdesk Bahasa Isyarat",
     "Layanan video juru bahasa isyarat bagi warga tuli yang ingin berkomunikasi dengan petugas layanan instansi.", []),
]

# --------------------------------------------------------------------------------------------
# codes

PUBLIC_TAGS = {"kom", "duk", "kes", "sos", "pend", "ker", "eko", "wil", "lh", "trib", "bud", "pajak", "pub", "hankam"}
TAGS = {
    "asn": [("RAB", [9, 6])], "keu": [("RAB", [9, 2])], "ren": [("RAB", [9, 5])], "akun": [("RAB", [9, 6])],
    "ops": [("RAB", [9])], "data": [("RAB", [9, 3])], "kom": [("RAB", [9, 4])], "hukum": [("RAB", [9, 1])],
    "dagri": [("RAB", [9, 1])], "duk": [("RAB", [3, 7])], "kes": [("RAB", [4])], "sos": [("RAB", [4])],
    "pend": [("RAB", [6])], "ker": [("RAB", [6])], "eko": [("RAB", [2])], "wil": [("RAB", [3])],
    "lh": [("RAB", [7])], "trib": [("RAB", [5])], "bud": [("RAB", [8])], "hankam": [("RAB", [1])],
    "pajak": [("RAB", [9, 2])], "proc": [("RAB", [9, 2])], "setneg": [("RAB", [9, 7])], "pub": [("RAB", [9, 1])],
}
RAL = {
    "asn": [2, 4], "keu": [2, 2], "ren": [2, 3], "akun": [2, 7], "ops": [2, 6], "data": [2, 9],
    "hukum": [2, 8], "dagri": [2, 1], "proc": [2, 6], "setneg": [2, 5], "hankam": [1, 1],
}


def fmt_code(prefix, parts, style):
    if style == "nozero":
        s = prefix + "." + ".".join(str(p) for p in parts)
    else:
        s = prefix + "." + ".".join("%02d" % p for p in parts)
    if style == "lower":
        s = s.lower()
    elif style == "title":
        s = s[0] + s[1:3].lower() + s[3:]
    elif style == "space":
        s = s.replace(".", " ", 1)
    elif style == "trunc" and len(parts) >= 2:
        s = s[:-1]
    elif style == "spaced":
        s = s.replace(".", ". ", 1)
    return s


def messy_style():
    if rng.random() < 0.35:
        return rng.choice(["lower", "title", "space", "nozero", "trunc", "spaced"])
    return "clean"


def deepen(parts):
    """Levels 1-2 come from the reference; levels 3+ are invented (only under a known level 2)."""
    parts = list(parts)
    if len(parts) >= 2:
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            parts.append(rng.randint(1, 9))
    return parts


def make_codes(tag, jenis):
    ral = rab = raa = ""
    if rng.random() < 0.75:
        base = RAL.get(tag, [1] if tag in PUBLIC_TAGS else [2, 6])
        cs = [fmt_code("RAL", deepen(base), messy_style())]
        if rng.random() < 0.2:
            extra = fmt_code("RAL", deepen(base if len(base) >= 2 else [2, rng.choice([6, 9])]), messy_style())
            if extra.replace(" ", "").upper() != cs[0].replace(" ", "").upper():
                cs.append(extra)
        ral = ";".join(cs)
    if rng.random() < 0.7:
        base = TAGS.get(tag, [("RAB", [9])])[0][1]
        cs = [fmt_code("RAB", deepen(base), messy_style())]
        if rng.random() < 0.15:
            cs.append(fmt_code("RAB", deepen([9, rng.choice([1, 3, 6])]), messy_style()))
        rab = ";".join(cs)
    if rng.random() < 0.5 or not (ral or rab):
        if (jenis or "").lower() == "umum":
            base = [1, 1] if tag in PUBLIC_TAGS else [1, 2]
        else:
            base = [2, rng.choice([1, 2])]
        parts = base + ([rng.randint(1, 9)] if rng.random() < 0.4 else [])
        raa = fmt_code("RAA", parts, messy_style())
    return ral, rab, raa


# --------------------------------------------------------------------------------------------
# urls

DOMAINS = {
    "kemenkeu": "kemenkeu.go.id", "kemenag": "kemenag.go.id", "kemenhub": "dephub.go.id", "kemenkes": "kemkes.go.id",
    "kemendagri": "kemendagri.go.id", "kemnaker": "kemnaker.go.id", "kemendag": "kemendag.go.id",
    "kementan": "pertanian.go.id", "kkp": "kkp.go.id", "klhk": "menlhk.go.id", "kemenpupr": "pu.go.id",
    "kemendikbudristek": "kemdikbud.go.id", "kemensos": "kemensos.go.id", "bps": "bps.go.id", "bkn": "bkn.go.id",
    "lkpp": "lkpp.go.id", "bpom": "pom.go.id", "bmkg": "bmkg.go.id", "bnpb": "bnpb.go.id", "brin": "brin.go.id",
    "kemenperin": "kemenperin.go.id", "kemhan": "kemhan.go.id", "kemenkumham": "kemenkumham.go.id",
    "kemlu": "kemlu.go.id", "atr-bpn": "atrbpn.go.id", "kemenparekraf": "kemenparekraf.go.id",
    "kemenkopukm": "kemenkopukm.go.id", "kesdm": "esdm.go.id", "bappenas": "bappenas.go.id", "komdigi": "komdigi.go.id",
    "kemenpanrb": "menpan.go.id", "anri": "anri.go.id", "perpusnas": "perpusnas.go.id", "bkkbn": "bkkbn.go.id",
    "kementerian-bumn": "bumn.go.id", "kemendes-pdtt": "kemendesa.go.id", "kemensetneg": "setneg.go.id",
    "prov-jawa-timur": "jatimprov.go.id", "prov-jawa-barat": "jabarprov.go.id", "prov-jawa-tengah": "jatengprov.go.id",
    "prov-dki-jakarta": "jakarta.go.id", "prov-di-yogyakarta": "jogjaprov.go.id", "prov-sumatera-utara": "sumutprov.go.id",
    "prov-sumatera-barat": "sumbarprov.go.id", "prov-kalimantan-timur": "kaltimprov.go.id",
    "prov-kalimantan-barat": "kalbarprov.go.id", "prov-sulawesi-selatan": "sulselprov.go.id",
    "prov-nusa-tenggara-barat": "ntbprov.go.id", "prov-nusa-tenggara-timur": "nttprov.go.id",
    "prov-kepulauan-riau": "kepriprov.go.id", "prov-sulawesi-tengah": "sultengprov.go.id",
    "prov-kalimantan-selatan": "kalselprov.go.id", "prov-kalimantan-tengah": "kaltengprov.go.id",
    "prov-kalimantan-utara": "kaltaraprov.go.id", "prov-sulawesi-utara": "sulutprov.go.id",
    "prov-sulawesi-tenggara": "sultraprov.go.id", "prov-sulawesi-barat": "sulbarprov.go.id",
    "prov-sumatera-selatan": "sumselprov.go.id",
}


def domain(inst):
    if inst in DOMAINS:
        return DOMAINS[inst]
    if inst.startswith("prov-"):
        return inst[5:].replace("-", "") + "prov.go.id"
    return inst.replace("-", "") + ".go.id"


SLUG_STOP = {"sistem", "informasi", "aplikasi", "online", "dan", "of", "the", "untuk", "provinsi", "pemprov",
             "data", "layanan", "manajemen", "system"}


def slug(nama):
    words = [w for w in re.findall(r"[a-z0-9]+", nama.split("(")[0].lower()) if w not in SLUG_STOP]
    if not words:
        words = re.findall(r"[a-z0-9]+", nama.lower()) or ["app"]
    s = words[0]
    if len(s) < 4 and len(words) > 1:
        s += words[1]
    return s


def make_url(nama, inst):
    if rng.random() < 0.3:
        return ""
    d = domain(inst)
    s = slug(nama)
    r = rng.random()
    if r < 0.5:
        return "https://%s.%s" % (s, d)
    if r < 0.8:
        return "https://%s/%s" % (d, s)
    return "http://%s.%s/" % (s, d)


def rand_jenis():
    return rng.choice(["khusus", "khusus", "khusus", "Khusus", "", "", "KHUSUS"])


def rand_status():
    r = rng.random()
    if r < 0.62:
        return rng.choice(["aktif", "aktif", "aktif", "Aktif"])
    if r < 0.74:
        return rng.choice(["tidak aktif", "Tidak Aktif"])
    if r < 0.86:
        return "pengembangan"
    if r < 0.92:
        return "AKTIF"
    return ""


# --------------------------------------------------------------------------------------------
# assemble

rows = []  # (key, row, tag, grouped)
for gid, fn, tag, members in GROUPS:
    for i, m in enumerate(members):
        rows.append(("%s.%d" % (gid, i), m, m.get("tag", tag), True))
for k, m in TRAPS.items():
    rows.append(("t:" + k, m, m["tag"], False))
for i, m in enumerate(UNIQUE):
    rows.append(("u:%d" % i, m, m["tag"], False))

records = []
for key, m, tag, grouped in rows:
    jenis = m.get("jenis")
    if jenis is None:
        jenis = rand_jenis()
    elif jenis == "umum":
        jenis = rng.choice(["umum", "umum", "Umum"])
    desc = m["deskripsi"]
    fungsi = m["fungsi"]
    # blank some descriptions of ungrouped rows (realistic gaps); group members that are name-only are
    # written that way on purpose because their name says what they do
    if not grouped and not m.get("keepdesc") and rng.random() < 0.2:
        desc = ""
        if rng.random() < 0.5:
            fungsi = ""
    ral = rab = raa = ""
    if (desc or fungsi) and rng.random() < 0.42:
        ral, rab, raa = make_codes(tag, jenis)
    url = m.get("url")
    if url is None:
        url = make_url(m["nama"], m["instansi"])
    tahun = m.get("tahun") or rng.randint(2010, 2025)
    status = m.get("status") or rand_status()
    records.append(dict(key=key, nama=m["nama"], deskripsi=desc, fungsi=fungsi, instansi=m["instansi"],
                        jenis=jenis, kode_ral=ral, kode_rab=rab, kode_raa=raa, status=status, tahun=str(tahun),
                        url=url, dpi=m.get("dpi", "")))

rng.shuffle(records)
key2id = {}
for i, r in enumerate(records, 1):
    r["id"] = "h%03d" % i
    key2id[r["key"]] = r["id"]

FIELDS = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
          "status", "tahun", "url", "dpi"]
with open(os.path.join(HERE, "blind8-inventory.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in records:
        w.writerow(r)

groups_out = []
for gid, fn, tag, members in GROUPS:
    ids = sorted(key2id["%s.%d" % (gid, i)] for i in range(len(members)))
    groups_out.append({"id": gid, "function": fn, "members": ids})
with open(os.path.join(HERE, "blind8-groups.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({"source": SOURCE, "duplicateGroups": groups_out}, f, ensure_ascii=False, indent=2)
    f.write("\n")

props_out = []
for i, (nama, desc, exp) in enumerate(PROPOSALS, 1):
    props_out.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desc, "expected": [key2id[k] for k in exp]})
with open(os.path.join(HERE, "blind8-proposals.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump({"source": SOURCE, "proposals": props_out}, f, ensure_ascii=False, indent=2)
    f.write("\n")

print("rows %d, groups %d, grouped rows %d, proposals %d" % (
    len(records), len(groups_out), sum(len(g["members"]) for g in groups_out), len(props_out)))
