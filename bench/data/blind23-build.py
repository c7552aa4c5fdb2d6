#!/usr/bin/env python3
"""Blind set 23 builder.

Merged application survey sent by several provincial Diskominfo offices to Kemenko PMK for a
consolidation review: every OPD application of the province and of its kabupaten/kota (filed under
the province id, the kabupaten/kota named in the application name), plus the central ministries'
applications they use and the national platforms / DPI blocks from the SPBE reference file.

Written by hand by a worker blind to the engine (seed 232323). Read only:
/work/shared/domain/spbe-reference.md; name-only listings of catalog-info, catalog-info/agencies and
bench/data; the agency and DPI "name:" lines of catalog-info/agencies and catalog-info/dpi; and the
formats of blind18 (inventory header and first rows, groups/proposals top-level keys, source, first
group, first proposal and first novel proposal). Nothing else.

Run: cd /work/main/bench/data && python3 blind23-build.py
"""
import csv
import json
import random

random.seed(232323)

PREFIX = "b23"
SOURCE_READ = (
    "read only /work/shared/domain/spbe-reference.md, name-only listings of catalog-info, "
    "catalog-info/agencies and bench/data, the agency and DPI 'name:' lines of catalog-info/agencies "
    "and catalog-info/dpi, and the formats of blind18 (head -3 of blind18-inventory.csv, top-level keys, "
    "source and first group of blind18-groups.json, top-level keys, source, first proposal and first novel "
    "proposal of blind18-proposals.json); nothing else (no engine code, no other benchmark file, no git)"
)

# Provinces that sent the survey (kabupaten/kota rows are filed under the province id).
JT = "prov-jawa-tengah"
SS = "prov-sulawesi-selatan"
KT = "prov-kalimantan-timur"
NT = "prov-nusa-tenggara-timur"
SB = "prov-sumatera-barat"
BA = "prov-bali"

# Each cluster: key, trap flag, codes (ral, rab, raa), members.
# Member: (nama, deskripsi, fungsi, instansi) or with a 5th dict of options:
#   keep=True  -> never blank the description (name alone would be too ambiguous to label)
#   dpi="..."  -> dpi column
#   jenis="..." -> force the jenis value
# Clusters with >= 2 members become duplicate groups; 1-member clusters are singletons.
CLUSTERS = []


def C(key, codes, members, trap=False):
    for c in CLUSTERS:
        if c["key"] == key:  # extension of an earlier cluster
            c["members"].extend(members)
            return
    CLUSTERS.append({"key": key, "codes": codes, "members": members, "trap": trap})


# ---------------------------------------------------------------- general functions (1)
C("simpeg", ("RAL.02.04.01", "RAB.09.06", "RAA.01.02"), [
    ("SIASN", "Sistem Informasi ASN nasional: data kepegawaian, riwayat jabatan, kenaikan pangkat dan pensiun.", "Manajemen data ASN", "bkn", {"jenis": "Aplikasi Umum"}),
    ("SIMPEG BKPSDM Kab. Banyumas", "Sistem informasi manajemen kepegawaian: data PNS, riwayat pangkat, mutasi dan DUK.", "Pengelolaan data pegawai", JT),
    ("SIMPEG Provinsi Jawa Tengah v3", "", "Database kepegawaian", JT),
    ("SIPAKATAU (Sistem Informasi Pegawai Kabupaten Gowa)", "Pengelolaan biodata, riwayat golongan, jabatan, diklat dan keluarga pegawai.", "", SS, {"keep": True}),
    ("Sistem Informasi Kepegawaian BKD Kaltim", "Database PNS dan PPPK, layanan kenaikan pangkat dan mutasi.", "kepegawaian", KT),
    ("e-Pegawai Kota Kupang", "Data pegawai, DUK, usulan pensiun.", "", NT),
    ("SIMPEG Online BKPSDM Kota Padang", "", "", SB),
    ("SIMASN Kota Bukittinggi (Sistem Informasi Manajemen ASN)", "Profil ASN, riwayat jabatan dan pendidikan, layanan mutasi.", "Manajemen kepegawaian", SB),
    ("Simpeg BKPSDM Badung", "sistem kepegawaian untuk data PNS kab badung", "", BA),
    ("SI-Pegawai Kab. Sikka", "Pendataan pegawai negeri sipil dan honorer lingkup Pemkab Sikka.", "", NT),
    ("MyASN", "Aplikasi layanan mandiri pegawai ASN: melihat profil dan memperbarui data kepegawaian.", "Layanan mandiri ASN", "bkn", {"jenis": "Aplikasi Umum"}),
    ("Kepegawaian Online (KEPO) Kab. Wajo", "Pemutakhiran data dan layanan administrasi kepegawaian secara online.", "", SS, {"keep": True}),
])

C("presensi-asn", ("RAL.02.04.03", "RAB.09.06", "RAA.01.02"), [
    ("e-Presensi ASN Jateng", "Absensi pegawai berbasis lokasi (geotagging) dan swafoto, rekap kehadiran untuk TPP.", "Absensi pegawai", JT),
    ("SIGAP Absensi Kab. Klaten", "Presensi online aparatur sipil negara Pemkab Klaten via Android.", "", JT, {"keep": True}),
    ("Absensi Finger Print BKPSDM Kab. Kudus", "Rekap kehadiran pegawai dari mesin sidik jari.", "Kehadiran pegawai", JT),
    ("E-Absen Kota Makassar", "Absensi ASN dan pegawai kontrak dengan face recognition.", "", SS),
    ("Presensi Online Pegawai Kab. Maros", "", "absensi", SS),
    ("SIAP Kaltim (Sistem Informasi Absensi Pegawai)", "Absensi pegawai lingkup Pemprov Kalimantan Timur berbasis GPS.", "", KT, {"keep": True}),
    ("Absen Etam Kota Samarinda", "Aplikasi absensi harian ASN Kota Samarinda.", "Presensi ASN", KT, {"keep": True}),
    ("e-Hadir Kab. Ende", "Daftar hadir elektronik pegawai negeri sipil dan PPPK.", "", NT),
    ("Presensi Pegawai Kota Payakumbuh Mobile", "", "Absensi ASN", SB),
    ("Sistem Absensi Elektronik Pemkab Gianyar", "absensi pegawai dengan mesin finger dan aplikasi mobile", "", BA),
    ("Absensi Online ASN v2.0 Kab. Pesisir Selatan", "Absen pegawai berbasis lokasi kantor, terintegrasi SIMPEG.", "", SB),
])

C("cuti-asn", ("RAL.02.04.03", "RAB.09.06", "RAA.01.02"), [
    ("e-Cuti BKPSDM Kota Semarang", "Pengajuan dan persetujuan cuti pegawai secara online.", "Administrasi cuti", JT),
    ("SI-IZIN Pegawai Kab. Bone", "Permohonan izin tidak masuk kerja, izin keluar kantor dan cuti tahunan ASN.", "", SS, {"keep": True}),
    ("Layanan Cuti Online BKD Provinsi Bali", "Usulan cuti ASN dan penerbitan surat cuti elektronik.", "", BA),
], trap=True)

C("ekinerja", ("RAL.02.05.01", "RAB.09.06", "RAA.01.02"), [
    ("e-Kinerja BKN", "Penyusunan SKP dan penilaian kinerja individu ASN.", "Penilaian kinerja pegawai", "bkn", {"jenis": "Aplikasi Umum"}),
    ("e-Kinerja Kab. Boyolali", "Input aktivitas harian pegawai dan penilaian SKP sebagai dasar TPP.", "", JT),
    ("SKP Online Kota Parepare", "Sasaran kinerja pegawai dan realisasi bulanan.", "Kinerja ASN", SS),
    ("E-KINERJA PEMPROV KALTIM", "", "", KT),
    ("Laporan Kinerja Harian Pegawai (LKH) Kota Bontang", "Pencatatan kegiatan harian ASN untuk perhitungan tambahan penghasilan.", "", KT),
    ("Sistem Penilaian Kinerja Pegawai NTT", "Penilaian prestasi kerja ASN lingkup Pemprov NTT.", "", NT),
    ("e-Kinerja ASN Kab. Agam", "Aktivitas harian dan SKP pegawai.", "", SB),
    ("Simkinerja Kab. Tabanan", "", "Kinerja pegawai", BA),
])

C("esakip", ("RAL.02.07.01", "RAB.09.06", "RAA.01.02"), [
    ("e-SAKIP", "Sistem akuntabilitas kinerja instansi pemerintah: perjanjian kinerja, LKjIP dan evaluasi SAKIP.", "Akuntabilitas kinerja instansi", "kemenpanrb", {"jenis": "Aplikasi Umum"}),
    ("e-SAKIP Kota Surakarta", "Penyusunan rencana strategis, perjanjian kinerja dan laporan kinerja perangkat daerah.", "", JT),
    ("SAKIP Online Provinsi Sulawesi Selatan", "Monitoring capaian indikator kinerja utama OPD dan pelaporan LKjIP.", "Akuntabilitas kinerja", SS),
    ("SIAKIP Kab. Kutai Kartanegara", "Sistem informasi akuntabilitas kinerja instansi pemerintah daerah.", "", KT, {"keep": True}),
    ("e-Sakip Bappeda Kab. Tanah Datar", "", "LKjIP OPD", SB),
    ("Aplikasi SAKIP Kab. Buleleng", "Perjanjian kinerja dan pengukuran kinerja instansi.", "", BA),
])

C("tpp", ("RAL.02.02.03", "RAB.09.02", "RAA.02.02"), [
    ("SI-TPP Kab. Banyumas", "Perhitungan tambahan penghasilan pegawai berdasarkan kehadiran dan kinerja.", "", JT, {"keep": True}),
    ("e-TPP BPKAD Kota Makassar", "Penghitungan dan pembayaran TPP ASN per bulan.", "Pembayaran TPP", SS),
    ("Aplikasi TPP Pemprov NTT", "Rekap dan perhitungan tambahan penghasilan pegawai.", "", NT),
    ("Sistem Informasi Gaji dan TPP (SIGAJI) Kota Balikpapan", "Daftar gaji dan tambahan penghasilan PNS.", "", KT),
])

# ---------------------------------------------------------------- general functions (2)
C("eoffice", ("RAL.02.06.01", "RAB.09.07", "RAA.01.02"), [
    ("SRIKANDI", "Sistem Informasi Kearsipan Dinamis Terintegrasi: naskah dinas elektronik, disposisi dan arsip dinamis.", "Persuratan dan kearsipan dinamis", "anri", {"jenis": "Aplikasi Umum"}),
    ("E-Office Pemprov Jawa Tengah", "Surat masuk, surat keluar, disposisi elektronik dan tanda tangan elektronik.", "Persuratan", JT),
    ("TNDE Kab. Cilacap (Tata Naskah Dinas Elektronik)", "", "", JT, {"keep": True}),
    ("SIMPEL Surat Kota Pekalongan", "Sistem persuratan elektronik lingkup Pemkot Pekalongan.", "", JT, {"keep": True}),
    ("e-Surat Kota Makassar", "Pengelolaan surat masuk dan keluar serta disposisi pimpinan.", "Administrasi persuratan", SS),
    ("LONTARA Office Kab. Gowa", "Naskah dinas elektronik, agenda surat dan arsip surat.", "", SS, {"keep": True}),
    ("E-Office Kaltim", "", "Surat menyurat", KT),
    ("Sistem Naskah Dinas Elektronik (SINDE) Kab. Berau", "Pembuatan, pengiriman dan pengarsipan naskah dinas.", "", KT),
    ("e-Ofis Pemkot Kupang", "surat elektronik dan disposisi", "", NT),
    ("Persuratan Online Sekretariat Daerah Sumbar", "Surat menyurat dan disposisi elektronik Setda Provinsi Sumatera Barat.", "", SB),
    ("E-Office Kab. Badung versi 2", "Tata naskah dinas elektronik terintegrasi TTE BSrE.", "Persuratan", BA),
    ("Srikandi Kab. Manggarai Barat", "Penggunaan aplikasi SRIKANDI untuk persuratan Pemkab Manggarai Barat.", "", NT),
    ("SIMADU Surat Kota Denpasar", "Sistem manajemen surat terpadu: agenda, disposisi, arsip.", "", BA, {"keep": True}),
])

C("arsip-statis", ("RAL.01.38.02", "RAB.08.01", "RAA.02.01"), [
    ("Sistem Informasi Arsip Statis Dinas Kearsipan Jateng", "Khazanah arsip statis, digitalisasi arsip sejarah daerah dan layanan penelusuran arsip untuk masyarakat.", "Layanan arsip statis", JT, {"keep": True}),
    ("SIKN-JIKN Simpul Provinsi Sulawesi Selatan", "Simpul jaringan informasi kearsipan nasional: katalog arsip statis daerah untuk publik.", "", SS, {"keep": True}),
    ("Layanan Penelusuran Arsip Dispursip Kota Padang", "Pencarian arsip statis dan foto sejarah Kota Padang oleh masyarakat dan peneliti.", "", SB, {"keep": True}),
    ("e-Arsip Sejarah Bali", "Digitalisasi lontar dan arsip statis bernilai sejarah, layanan baca arsip.", "", BA, {"keep": True}),
], trap=True)

C("pengaduan", ("RAL.01.45.01", "RAB.09.04", "RAA.01.01"), [
    ("SP4N-LAPOR!", "Sistem pengelolaan pengaduan pelayanan publik nasional.", "Pengaduan masyarakat", "kemenpanrb", {"jenis": "Aplikasi Umum"}),
    ("LaporGub Jateng", "Kanal aduan masyarakat kepada Gubernur Jawa Tengah, terintegrasi SP4N-LAPOR!.", "Pengaduan", JT),
    ("SAMBAT Banyumas", "Aduan warga tentang jalan rusak, pelayanan, dan infrastruktur.", "", JT, {"keep": True}),
    ("Sipakainge Kota Makassar", "Layanan pengaduan warga Makassar 24 jam melalui aplikasi dan WhatsApp.", "", SS, {"keep": True}),
    ("Aduan Online Kab. Bantaeng", "", "Aspirasi masyarakat", SS),
    ("BEKESAH Kota Samarinda", "Wadah aspirasi dan pengaduan masyarakat terhadap layanan Pemkot.", "", KT, {"keep": True}),
    ("Lapor Bupati Kab. Paser", "Pengaduan masyarakat langsung ke Bupati.", "", KT),
    ("Flobamora Lapor", "Pengaduan pelayanan publik masyarakat NTT.", "", NT, {"keep": True}),
    ("SAIYO (Sarana Aspirasi dan Informasi Masyarakat) Kab. Agam", "Penyampaian keluhan dan aspirasi masyarakat kepada Pemkab Agam.", "", SB, {"keep": True}),
    ("Sistem Pengaduan Masyarakat Kota Bukittinggi", "pengaduan pelayanan publik", "", SB),
    ("Denpasar Prama Sewaka Aduan", "Pengaduan dan keluhan masyarakat Kota Denpasar.", "Pengaduan publik", BA, {"keep": True}),
    ("e-Lapor Kab. Sumba Timur", "", "", NT),
])

C("helpdesk-it", ("RAL.02.06.02", "RAB.09.03", "RAA.02.02"), [
    ("Helpdesk Diskominfo Jateng", "Tiket gangguan jaringan, email dan aplikasi untuk pegawai OPD.", "Layanan dukungan TI internal", JT, {"keep": True}),
    ("Service Desk TIK Kota Balikpapan", "Pelaporan gangguan perangkat TIK dan permintaan instalasi oleh OPD.", "", KT, {"keep": True}),
    ("Helpdesk SPBE Kab. Gowa", "Permintaan dukungan teknis aplikasi, akun dan jaringan untuk perangkat daerah.", "", SS, {"keep": True}),
    ("SiTiket Diskominfo Kota Denpasar", "Manajemen tiket permintaan layanan TIK internal pemerintah kota.", "", BA, {"keep": True}),
    ("Aplikasi Helpdesk Jaringan Pemprov NTT", "pelaporan gangguan internet kantor", "", NT, {"keep": True}),
    ("Help Desk Kominfo Kota Padang", "", "Dukungan teknis TIK OPD", SB, {"keep": True}),
], trap=True)

C("ppid", ("RAL.01.45.02", "RAB.09.03", "RAA.01.01"), [
    ("e-PPID Provinsi Jawa Tengah", "Permohonan informasi publik, keberatan dan daftar informasi publik.", "Layanan informasi publik", JT),
    ("PPID Kota Semarang Online", "Layanan permohonan informasi publik Pemkot Semarang.", "", JT),
    ("PPID Sulsel", "", "Informasi publik", SS),
    ("e-PPID Kab. Kutai Kartanegara", "Pengajuan permohonan informasi dan keberatan secara daring.", "", KT),
    ("Portal PPID Pemprov NTT", "Daftar informasi publik dan formulir permohonan informasi.", "", NT),
    ("PPID Utama Kota Payakumbuh", "", "", SB),
    ("Sistem Informasi PPID Kab. Gianyar", "permohonan informasi publik sesuai UU KIP", "", BA),
    ("PPID Pembantu Dinas Kesehatan Kab. Klaten", "Permohonan informasi publik di lingkungan Dinkes Klaten.", "", JT),
    ("e-PPID Kab. Bone", "Layanan informasi publik Kabupaten Bone.", "", SS),
])

# ---------------------------------------------------------------- general functions (3): money
C("keuangan", ("RAL.02.02.02", "RAB.09.02", "RAA.01.02"), [
    ("SIPD RI", "Sistem Informasi Pemerintahan Daerah: penganggaran, penatausahaan dan pertanggungjawaban keuangan daerah.", "Keuangan daerah", "kemendagri", {"jenis": "Aplikasi Umum"}),
    ("SIMDA Keuangan", "Aplikasi keuangan daerah warisan: penatausahaan, akuntansi dan laporan keuangan pemda.", "Keuangan daerah", "bpkp"),
    ("SIMDA Keuangan Kab. Wonosobo v2.7", "", "", JT),
    ("SIPKD BPKAD Kota Makassar", "Sistem informasi pengelolaan keuangan daerah: SPP, SPM, SP2D dan akuntansi.", "", SS, {"keep": True}),
    ("e-Keuangan Pemprov Kaltim", "Penatausahaan belanja OPD dan penerbitan SP2D online.", "Penatausahaan keuangan", KT),
    ("Aplikasi SP2D Online Kab. Belu", "Penerbitan surat perintah pencairan dana secara elektronik.", "", NT),
    ("SIMKEUDA Kota Padang", "Sistem informasi manajemen keuangan daerah", "", SB),
    ("Keuda Online Kab. Tabanan", "penatausahaan dan laporan keuangan", "", BA),
    ("General Ledger BPKAD Provinsi Bali", "Buku besar, jurnal dan laporan keuangan pemerintah daerah.", "Akuntansi pemerintah", BA, {"keep": True}),
])

C("perencanaan", ("RAL.02.03.02", "RAB.09.05", "RAA.01.02"), [
    ("KRISNA", "Kolaborasi perencanaan dan informasi kinerja anggaran.", "Perencanaan dan penganggaran", "bappenas", {"jenis": "Aplikasi Umum"}),
    ("e-Planning Bappeda Jateng", "Penyusunan RKPD, Renja OPD dan sinkronisasi dengan RPJMD.", "Perencanaan pembangunan", JT),
    ("e-Musrenbang Kota Surakarta", "Usulan musrenbang kelurahan dan kecamatan secara online.", "", JT),
    ("SIPEDAS Sulsel (Sistem Informasi Perencanaan Daerah Sulsel)", "", "Perencanaan", SS, {"keep": True}),
    ("Aplikasi Musrenbang Kab. Maros", "Penjaringan usulan pembangunan dari desa/kelurahan.", "", SS),
    ("SIPPD Kab. Berau", "Sistem informasi perencanaan pembangunan daerah.", "", KT),
    ("e-Planning NTT", "Perencanaan program kegiatan OPD dan pagu indikatif.", "", NT),
    ("Rancak Bana Planning Kota Bukittinggi", "Perencanaan pembangunan dan pokok pikiran DPRD.", "", SB, {"keep": True}),
    ("e-Perencanaan Kab. Badung", "", "", BA),
    ("SIPD Perencanaan Pemkab Pesisir Selatan", "Penginputan RKPD dan Renja melalui modul perencanaan SIPD.", "", SB),
])

C("lpse", ("RAL.02.06.03", "RAB.09.02", "RAA.01.01"), [
    ("SPSE", "Sistem Pengadaan Secara Elektronik untuk tender dan seleksi barang/jasa pemerintah.", "Pengadaan barang/jasa", "lkpp", {"jenis": "Aplikasi Umum"}),
    ("LPSE Provinsi Jawa Tengah", "Layanan pengadaan secara elektronik Pemprov Jateng.", "", JT),
    ("LPSE Kab. Cilacap", "", "e-tender", JT),
    ("LPSE Kota Makassar", "Tender dan seleksi pengadaan barang dan jasa.", "", SS),
    ("LPSE Kaltim", "", "", KT),
    ("LPSE Kab. Ende", "Pengadaan barang jasa pemerintah secara elektronik", "", NT),
    ("LPSE Sumbar", "", "Pengadaan", SB),
    ("Layanan Pengadaan Secara Elektronik Kab. Buleleng", "Tender elektronik menggunakan SPSE versi 4.5.", "", BA),
])

C("ekatalog", ("RAL.02.06.03", "RAB.09.02", "RAA.01.01"), [
    ("e-Katalog", "Katalog elektronik dan e-purchasing barang/jasa pemerintah.", "Belanja pemerintah", "lkpp", {"jenis": "Aplikasi Umum"}),
    ("e-Katalog Lokal Provinsi Jawa Tengah", "Katalog produk penyedia lokal untuk e-purchasing OPD.", "", JT),
    ("Toko Daring UMKM Pengadaan Kota Makassar", "Belanja langsung OPD kepada UMKM lokal melalui toko daring pengadaan.", "e-purchasing", SS),
    ("Katalog Elektronik Lokal Kab. Badung", "Etalase produk lokal untuk belanja pemerintah.", "", BA),
])

C("sirup", ("RAL.02.06.03", "RAB.09.02", "RAA.01.01"), [
    ("SiRUP", "Sistem Informasi Rencana Umum Pengadaan: pengumuman rencana pengadaan barang/jasa pemerintah.", "Perencanaan pengadaan", "lkpp", {"jenis": "Aplikasi Umum"}),
])

C("aset", ("RAL.02.02.04", "RAB.09.02", "RAA.01.02"), [
    ("SIMDA BMD", "SIMDA Barang Milik Daerah: inventarisasi dan penatausahaan aset.", "Aset daerah", "bpkp"),
    ("SIMBADA Provinsi Jawa Tengah", "Sistem informasi manajemen barang daerah: KIB, mutasi, penyusutan.", "Penatausahaan BMD", JT),
    ("e-Aset Kota Semarang", "", "", JT),
    ("SIMASDA Kab. Gowa (Sistem Informasi Manajemen Aset Daerah)", "Inventarisasi aset tetap dan pelaporan BMD.", "", SS, {"keep": True}),
    ("Aplikasi Aset Daerah BPKAD Kaltim", "Pencatatan kartu inventaris barang dan rekonsiliasi aset.", "", KT),
    ("SIMAK BMD Kab. Sikka", "", "Barang milik daerah", NT),
    ("Inventaris Aset Pemkot Payakumbuh", "pencatatan barang milik daerah OPD", "", SB),
    ("Sistem Informasi Barang Daerah Kab. Gianyar", "Pengelolaan BMD: pengadaan, penggunaan, pemindahtanganan.", "", BA),
    ("SIMDA Barang Kab. Kudus", "", "", JT),
])

C("farmasi", ("RAL.01.20.03", "RAB.04.02", "RAA.02.01"), [
    ("SIMONA Instalasi Farmasi Kab. Boyolali", "Inventori obat dan BMHP di gudang farmasi kabupaten: stok, distribusi ke puskesmas, kedaluwarsa.", "", JT, {"keep": True}),
    ("e-Logistik Obat Dinkes Kota Kupang", "Pencatatan persediaan dan permintaan obat puskesmas (LPLPO).", "Logistik obat", NT, {"keep": True}),
    ("Inventaris Obat IFK Kab. Wajo", "Persediaan obat instalasi farmasi kabupaten.", "", SS, {"keep": True}),
    ("Sistem Persediaan Farmasi RSUD Kota Bontang", "Stok obat dan alat kesehatan di gudang farmasi rumah sakit.", "", KT, {"keep": True}),
], trap=True)

C("pajak-daerah", ("RAL.02.02.01", "RAB.09.02", "RAA.02.02"), [
    ("SIMPADA Kota Semarang", "Sistem informasi pajak daerah: pendaftaran WP, SPTPD hotel, restoran, hiburan, reklame dan parkir.", "Pajak daerah", JT),
    ("e-BPHTB Kab. Banyumas", "Pelaporan dan validasi BPHTB oleh PPAT secara online.", "", JT, {"keep": True}),
    ("e-SPTPD Bapenda Kota Makassar", "Pelaporan omzet dan pembayaran pajak hotel restoran secara mandiri.", "", SS, {"keep": True}),
    ("SISMIOP PBB-P2 Kab. Bone", "Pendataan objek dan penetapan PBB perdesaan dan perkotaan.", "", SS),
    ("e-Pajak Kota Balikpapan", "", "Pajak daerah", KT),
    ("SIMPATDA Kota Kupang", "Sistem informasi manajemen pendapatan asli daerah: pajak dan retribusi.", "", NT),
    ("Pajak Online Kota Padang", "Pembayaran pajak daerah melalui kanal bank dan QRIS.", "", SB, {"dpi": "dpi-pembayaran"}),
    ("SIMPADA Reklame Kab. Badung", "Perizinan dan penetapan pajak reklame.", "", BA),
    ("SIMPADA Parkir Kota Denpasar", "Pajak parkir: pendaftaran tempat parkir swasta, pelaporan omzet.", "", BA),
    ("e-BPHTB Kota Bukittinggi", "", "", SB),
    ("Tapping Box Pajak Restoran Kab. Kutai Kartanegara", "Perekaman transaksi wajib pajak restoran secara online.", "Pengawasan pajak", KT),
])

C("samsat", ("RAL.01.40.02", "RAB.09.02", "RAA.02.01"), [
    ("SAKPOLE Jateng", "Samsat online: pembayaran pajak kendaraan bermotor (PKB) tahunan.", "Pajak kendaraan bermotor", JT, {"keep": True, "dpi": "dpi-pembayaran"}),
    ("e-Samsat Sulsel", "Pembayaran PKB dan SWDKLLJ secara online.", "", SS, {"keep": True}),
    ("Samsat Mobile Kaltim", "", "PKB online", KT, {"keep": True}),
    ("Info Pajak Kendaraan NTT", "Cek tagihan pajak kendaraan bermotor.", "", NT, {"keep": True}),
    ("Signal Samsat Bali", "Pengesahan STNK tahunan dan pembayaran pajak kendaraan.", "", BA, {"keep": True}),
], trap=True)

C("retribusi", ("RAL.02.02.01", "RAB.09.02", "RAA.02.02"), [
    ("e-Retribusi Pasar Kab. Klaten", "Pembayaran retribusi sewa kios dan los pasar secara non-tunai.", "Retribusi pasar", JT, {"keep": True}),
    ("SI-RETRO Kota Makassar", "Retribusi daerah non-tunai: pasar, sampah, parkir tepi jalan.", "", SS, {"keep": True}),
    ("E-Retribusi Parkir Tepi Jalan Kota Samarinda", "Penarikan retribusi parkir tepi jalan umum oleh juru parkir dengan QRIS.", "", KT, {"keep": True, "dpi": "dpi-pembayaran"}),
    ("Retribusi Sampah Online Kota Denpasar", "Tagihan dan pembayaran retribusi pelayanan persampahan.", "", BA, {"keep": True}),
], trap=True)

C("simponi-pnbp", ("RAL.02.02.01", "RAB.09.02", "RAA.01.02"), [
    ("SIMPONI", "Sistem informasi PNBP online: pembayaran penerimaan negara bukan pajak.", "Penerimaan negara", "kemenkeu", {"dpi": "dpi-pembayaran", "jenis": "Aplikasi Umum"}),
])

# ---------------------------------------------------------------- general functions (4)
C("pengawasan", ("RAL.02.07.02", "RAB.09.06", "RAA.02.02"), [
    ("SIWAS Inspektorat Provinsi Jawa Tengah", "Sistem informasi pengawasan: program kerja pengawasan tahunan, kertas kerja audit, LHP.", "Pengawasan internal", JT),
    ("e-Audit Inspektorat Kab. Wonosobo", "", "Audit internal", JT),
    ("SIMTL Inspektorat Kota Makassar", "Pemantauan tindak lanjut hasil pemeriksaan BPK dan APIP.", "", SS, {"keep": True}),
    ("Aplikasi Pengawasan Inspektorat Kaltim", "Perencanaan, pelaksanaan dan pelaporan audit internal OPD.", "", KT),
    ("SIMWAS Kab. Sumba Timur", "Manajemen pengawasan APIP daerah", "", NT),
    ("e-Audit Itda Kab. Tanah Datar", "Kertas kerja pemeriksaan dan laporan hasil audit inspektorat.", "", SB),
    ("Sistem Tindak Lanjut Temuan Inspektorat Kab. Buleleng", "", "", BA),
])

C("audit-energi-lingkungan", ("RAL.01.27.04", "RAB.07.01", "RAA.02.01"), [
    ("e-Audit Lingkungan DLH Kaltim", "Pelaporan audit lingkungan hidup dan RKL-RPL oleh perusahaan tambang.", "", KT, {"keep": True}),
    ("SI Audit Lingkungan Kab. Kutai Kartanegara", "Pengawasan pelaksanaan audit lingkungan dan pelaporan pemantauan lingkungan oleh usaha.", "", KT, {"keep": True}),
], trap=True)

C("jdih", ("RAL.02.01.03", "RAB.09.01", "RAA.01.01"), [
    ("JDIHN", "Jaringan Dokumentasi dan Informasi Hukum Nasional: pusat jaringan dokumen hukum.", "Dokumentasi hukum", "kemenkumham", {"jenis": "Aplikasi Umum"}),
    ("JDIH Provinsi Jawa Tengah", "Database peraturan daerah, peraturan gubernur dan keputusan.", "", JT),
    ("JDIH Kota Pekalongan", "", "Produk hukum daerah", JT),
    ("JDIH Sulsel", "Dokumentasi produk hukum Pemprov Sulawesi Selatan terhubung JDIHN.", "", SS),
    ("Sistem Informasi Produk Hukum Daerah Kab. Paser", "Pencarian perda, perbup dan SK bupati.", "", KT),
    ("JDIH Biro Hukum NTT", "", "", NT),
    ("JDIH Kota Payakumbuh", "Jaringan dokumentasi dan informasi hukum.", "", SB),
    ("Kertha Sabha JDIH Kab. Gianyar", "Publikasi peraturan daerah dan peraturan bupati Gianyar.", "", BA, {"keep": True}),
    ("JDIH DPRD Kota Balikpapan", "Dokumentasi peraturan daerah dan keputusan DPRD.", "", KT),
])

C("eperda", ("RAL.02.01.03", "RAB.09.01", "RAA.02.02"), [
    ("e-Perda Kemendagri", "Fasilitasi dan registrasi rancangan peraturan daerah provinsi dan kabupaten/kota.", "Fasilitasi ranperda", "kemendagri", {"keep": True}),
    ("SI-Harmonisasi Ranperda Biro Hukum Jateng", "Pengajuan, pembahasan dan harmonisasi rancangan produk hukum daerah oleh OPD pemrakarsa.", "", JT, {"keep": True}),
    ("e-Legislasi Kab. Gowa", "Alur penyusunan rancangan perbup dan ranperda sampai penomoran.", "", SS, {"keep": True}),
], trap=True)

C("booking-kantor", ("RAL.02.06.04", "RAB.09.07", "RAA.02.02"), [
    ("SIPINJAM Setda Jateng", "Peminjaman ruang rapat dan kendaraan dinas di lingkungan Setda.", "Peminjaman sarpras", JT, {"keep": True}),
    ("Booking Ruang Rapat Kota Surakarta", "Reservasi ruang rapat OPD secara online.", "", JT, {"keep": True}),
    ("E-Room Pemprov Sulsel", "Penjadwalan penggunaan ruang rapat kantor gubernur.", "", SS, {"keep": True}),
    ("Sistem Peminjaman Kendaraan Dinas Kaltim", "Permohonan dan jadwal pemakaian kendaraan dinas operasional.", "", KT, {"keep": True}),
    ("SI-RUANG Kab. Agam", "pemesanan ruang rapat dan aula kantor bupati", "", SB, {"keep": True}),
    ("Reservasi Ruang Rapat dan Mobil Dinas Kab. Badung", "", "Layanan umum perkantoran", BA, {"keep": True}),
    ("e-Kendaraan Bagian Umum Kota Kupang", "Penjadwalan pemakaian kendaraan dinas dan pengemudi.", "", NT, {"keep": True}),
])

C("sewa-venue", ("RAL.01.44.02", "RAB.08.02", "RAA.02.01"), [
    ("Booking GOR Jatidiri Dispora Jateng", "Pemesanan jadwal lapangan dan gedung olahraga oleh masyarakat dan klub, pembayaran retribusi.", "", JT, {"keep": True}),
    ("Sewa Venue Olahraga Kota Makassar", "Reservasi stadion, lapangan futsal dan kolam renang milik Pemkot.", "", SS, {"keep": True}),
    ("SIPORA Booking Lapangan Kota Padang", "Pemesanan fasilitas olahraga daerah oleh masyarakat.", "", SB, {"keep": True}),
    ("Reservasi Gedung Pertemuan Kota Balikpapan", "Sewa gedung serbaguna milik daerah untuk acara masyarakat.", "Sewa aset daerah", KT, {"keep": True}),
], trap=True)

C("bukutamu", ("RAL.02.06.05", "RAB.09.07", "RAA.02.02"), [
    ("Buku Tamu Digital Diskominfo Jateng", "Pencatatan tamu kantor dengan foto dan tujuan kunjungan.", "Buku tamu", JT, {"keep": True}),
    ("e-Tamu Kab. Kudus", "", "", JT, {"keep": True}),
    ("Buku Tamu Online Kantor Gubernur Sulsel", "Registrasi tamu dinas dan masyarakat yang berkunjung ke kantor.", "", SS, {"keep": True}),
    ("SI-TAMU Kota Bontang", "Buku tamu elektronik resepsionis kantor wali kota.", "", KT, {"keep": True}),
    ("Aplikasi Buku Tamu Setda Kab. Ende", "", "", NT, {"keep": True}),
    ("Guest Book Bappeda Sumbar", "Buku tamu elektronik Bappeda.", "", SB, {"keep": True}),
    ("Buku Tamu Dinas Kominfos Provinsi Bali", "Daftar tamu kantor berbasis tablet dengan QR code.", "", BA, {"keep": True}),
])

C("wajib-lapor-tamu", ("RAL.01.37.03", "RAB.08.02", "RAA.02.01"), [
    ("Sistem Laporan Tamu Hotel Dispar Bali", "Pelaporan data tamu menginap oleh hotel dan villa untuk statistik kunjungan wisatawan.", "", BA, {"keep": True}),
    ("e-Lapor Tamu Akomodasi Kab. Manggarai Barat", "Hotel melaporkan jumlah dan asal tamu menginap setiap bulan.", "Statistik wisatawan", NT, {"keep": True}),
], trap=True)

# ---------------------------------------------------------------- general functions (5): TIK
C("website", ("RAL.02.09.01", "RAB.09.03", "RAA.02.02"), [
    ("Website Resmi Pemprov Jawa Tengah", "Portal berita dan informasi resmi pemerintah provinsi.", "Publikasi informasi", JT),
    ("Website OPD Kab. Boyolali (CMS Multisite)", "CMS terpusat untuk website seluruh perangkat daerah.", "", JT),
    ("Portal Resmi Kota Makassar", "", "Website", SS),
    ("Web Dinas Kominfo Kab. Maros", "website berita dinas", "", SS),
    ("Website Pemkab Berau", "Informasi profil daerah, berita, dan agenda.", "", KT),
    ("Portal Pemprov NTT", "", "", NT),
    ("Website Kab. Pesisir Selatan", "Berita dan informasi Pemerintah Kabupaten Pesisir Selatan.", "", SB),
    ("Sub Domain Website Perangkat Daerah Kota Denpasar", "Pengelolaan website OPD pada subdomain denpasarkota.go.id", "", BA),
    ("Desa Web Kab. Tabanan", "Website profil desa untuk seluruh desa di Tabanan.", "", BA),
], )

C("portal-data", ("RAL.02.09.02", "RAB.09.03", "RAA.01.02"), [
    ("Satu Data Indonesia (data.go.id)", "Katalog data terbuka nasional.", "Portal data", "bappenas", {"jenis": "Aplikasi Umum"}),
    ("Satu Data Jateng", "Portal data terbuka: dataset sektoral OPD, metadata dan visualisasi.", "", JT),
    ("Open Data Kota Semarang", "", "Data terbuka", JT),
    ("Portal Satu Data Sulsel", "Publikasi dataset statistik sektoral perangkat daerah.", "", SS),
    ("Sistem Informasi Data Pembangunan Kaltim (SIDAPEK)", "Data dan indikator pembangunan daerah Kaltim.", "", KT, {"keep": True}),
    ("Satu Data NTT", "", "", NT),
    ("Portal Data Sumbar", "Katalog dataset OPD Provinsi Sumatera Barat.", "", SB),
    ("Satu Data Kab. Gianyar", "Dataset dan infografis perangkat daerah.", "", BA),
    ("Data Lapau Kota Bukittinggi", "Portal data sektoral dan statistik Kota Bukittinggi.", "", SB, {"keep": True}),
    ("Open Data Kab. Kutai Kartanegara", "", "", KT),
])

C("geoportal", ("RAL.02.09.03", "RAB.03.01", "RAA.02.02"), [
    ("Ina-Geoportal", "Simpul jaringan informasi geospasial nasional.", "Informasi geospasial", "big", {"jenis": "Aplikasi Umum"}),
    ("Geoportal Jateng", "Peta tematik dan data spasial perangkat daerah.", "GIS", JT),
    ("Portal Peta Kota Semarang (SIG)", "Sistem informasi geografis tata ruang dan infrastruktur.", "", JT),
    ("Geoportal Sulsel", "", "", SS, {"keep": True}),
    ("Simpul Jaringan Spasial Kaltim", "Berbagi pakai data geospasial antar OPD.", "", KT, {"keep": True}),
    ("WebGIS Bappeda Kab. Ende", "Peta potensi dan sebaran pembangunan berbasis GIS.", "", NT),
    ("SIG Kab. Badung", "Sistem informasi geografis daerah", "", BA),
    ("Geoportal Satu Peta Sumbar", "Satu peta provinsi: layer administrasi, RTRW, infrastruktur.", "", SB, {"keep": True}),
])

C("vidcon", ("RAL.02.06.02", "RAB.09.04", "RAA.02.02"), [
    ("Vidcon Jateng", "Layanan video conference internal pemerintah berbasis Jitsi.", "Rapat virtual", JT),
    ("Video Conference Diskominfo Sulsel", "", "", SS),
    ("Kaltim Meet", "Aplikasi rapat daring pemerintah provinsi.", "", KT, {"keep": True}),
    ("Teleconference Pemkab Sikka", "rapat online OPD dengan kecamatan", "", NT),
    ("Bali Vicon", "Video konferensi untuk rapat pimpinan dan koordinasi OPD.", "", BA, {"keep": True}),
])

C("email", ("RAL.02.06.02", "RAB.09.04", "RAA.02.02"), [
    ("Mail Jatengprov", "Email dinas pegawai dengan domain jatengprov.go.id.", "Email dinas", JT),
    ("Email Resmi Pemkot Makassar", "", "", SS),
    ("Webmail Kab. Kutai Kartanegara", "Layanan surel resmi pegawai dan OPD.", "", KT),
    ("Email Dinas Pemprov NTT", "email go.id untuk ASN", "", NT),
    ("Zimbra Mail Kota Padang", "", "Email", SB),
])

C("pusat-data", ("RAL.02.06.02", "RAB.09.03", "RAA.02.02"), [
    ("PDN (Pusat Data Nasional)", "Pusat data nasional bersama untuk instansi pusat dan daerah.", "Infrastruktur pusat data", "komdigi", {"jenis": "Aplikasi Umum"}),
    ("Data Center Diskominfo Jateng", "Layanan colocation dan virtual server untuk aplikasi OPD.", "Hosting", JT),
    ("Cloud Pemkot Makassar", "Private cloud untuk hosting aplikasi perangkat daerah.", "", SS),
    ("Pusat Data Daerah Kaltim", "", "", KT),
    ("Layanan Hosting dan VPS Diskominfo Kab. Badung", "Penyediaan VPS dan hosting untuk OPD.", "", BA),
    ("Server Room Kominfo Kota Padang", "ruang server dan hosting aplikasi OPD", "", SB),
])

C("command-center", ("RAL.02.09.04", "RAB.09.03", "RAA.02.02"), [
    ("Smart City Dashboard Kota Semarang", "Dasbor eksekutif yang menampilkan data layanan, CCTV dan indikator kota secara real time.", "Dashboard pimpinan", JT),
    ("Command Center Kab. Banyumas", "Integrasi data aplikasi OPD dan CCTV untuk pemantauan pimpinan daerah.", "", JT),
    ("War Room Makassar", "Dashboard monitoring kota dan kinerja OPD.", "", SS, {"keep": True}),
    ("Dashboard Eksekutif Gubernur Kaltim", "", "Monitoring pimpinan", KT),
    ("Balikpapan Smart City Command Center", "Pusat kendali smart city: pemantauan lalu lintas, aduan, dan data OPD.", "", KT),
    ("Dashboard Pimpinan Kab. Tanah Datar", "Ringkasan data pembangunan untuk bupati.", "", SB),
    ("Denpasar Smart City Dashboard", "", "", BA),
])

C("call-112", ("RAL.01.31.01", "RAB.05.02", "RAA.02.01"), [
    ("Command Center 112 Kota Surakarta", "Layanan panggilan darurat 112: ambulans, pemadam, polisi, bencana.", "Panggilan darurat", JT, {"keep": True}),
    ("Layanan Darurat 112 Kota Makassar", "Penerimaan panggilan darurat masyarakat dan dispatch petugas.", "", SS, {"keep": True}),
    ("Call Center 112 Kab. Badung", "Nomor tunggal panggilan darurat.", "", BA, {"keep": True}),
    ("Kupang Emergency Call 112", "Layanan panggilan gawat darurat terpadu Kota Kupang.", "", NT, {"keep": True}),
], trap=True)

C("splp", ("RAL.02.09.05", "RAB.09.03", "RAA.01.02"), [
    ("SPLP (Sistem Penghubung Layanan Pemerintah)", "API gateway dan interoperabilitas layanan antar instansi.", "Interoperabilitas", "komdigi", {"dpi": "dpi-pertukaran-data", "jenis": "Aplikasi Umum"}),
    ("API Gateway Diskominfo Jateng", "Penghubung layanan dan pertukaran data antar aplikasi OPD.", "Integrasi data", JT, {"dpi": "dpi-pertukaran-data"}),
    ("Integrasi Layanan (SPLP Daerah) Kaltim", "Sistem penghubung layanan pemerintah daerah untuk berbagi pakai data.", "", KT, {"keep": True}),
    ("Kota Makassar Data Exchange (KMDX)", "Pertukaran data antar aplikasi perangkat daerah melalui API.", "", SS, {"keep": True}),
])

C("ikd", ("RAL.01.07.02", "RAB.03.07", "RAA.01.01"), [
    ("IKD (Identitas Kependudukan Digital)", "KTP digital pada ponsel, diverifikasi Dukcapil.", "Identitas digital", "kemendagri", {"dpi": "dpi-identitas-digital", "jenis": "Aplikasi Umum"}),
])

C("inapas", ("RAL.02.09.05", "RAB.09.03", "RAA.01.02"), [
    ("INApas", "Single sign-on dan dompet identitas untuk layanan pemerintah.", "SSO nasional", "ina-digital", {"dpi": "dpi-identitas-digital"}),
    ("SSO Pemprov Jawa Tengah", "Satu akun untuk masuk ke seluruh aplikasi pemerintah provinsi.", "Single sign-on", JT, {"keep": True}),
    ("Satu Akun Kota Denpasar (SSO)", "Login tunggal warga dan pegawai ke layanan digital kota.", "", BA, {"keep": True}),
])

# ---------------------------------------------------------------- sector services (1)
C("dukcapil", ("RAL.01.07.01", "RAB.03.07", "RAA.02.01"), [
    ("SIAK Terpusat", "Sistem informasi administrasi kependudukan: pendaftaran penduduk dan pencatatan sipil.", "Administrasi kependudukan", "kemendagri", {"jenis": "Aplikasi Umum"}),
    ("Dukcapil Online Kota Semarang", "Permohonan KK, akta kelahiran dan pindah datang secara daring.", "", JT),
    ("SIPENDUDUK Kab. Cilacap", "", "Layanan adminduk", JT),
    ("Si Dukun Kab. Wonosobo (Sistem Informasi Dukcapil Online)", "Layanan adminduk daring: KK, KIA, akta.", "", JT, {"keep": True}),
    ("Layanan Adminduk Daring Kota Makassar", "Pengajuan dokumen kependudukan tanpa datang ke kantor.", "", SS),
    ("Disdukcapil Kab. Bone Online", "", "", SS),
    ("SAPA Dukcapil Kota Samarinda", "Layanan antar jemput dokumen kependudukan dan akta online.", "", KT, {"keep": True}),
    ("Akta Online Kab. Belu", "Permohonan akta kelahiran dan kematian secara online.", "Pencatatan sipil", NT),
    ("Dukcapil Mobile Kota Padang", "Cek NIK, pengajuan KK dan akta.", "", SB),
    ("Taring Dukcapil Kab. Tabanan", "Layanan adminduk dalam jaringan.", "", BA, {"keep": True}),
    ("e-Dukcapil v2 Kab. Pesisir Selatan", "", "", SB),
])

C("perizinan", ("RAL.01.23.01", "RAB.02.05", "RAA.02.01"), [
    ("OSS-RBA", "Perizinan berusaha terintegrasi secara elektronik berbasis risiko.", "Perizinan berusaha", "kementerian-investasi", {"jenis": "Aplikasi Umum"}),
    ("SiCantik Cloud", "Aplikasi perizinan non-berusaha untuk DPMPTSP daerah.", "Perizinan", "kominfo", {"jenis": "Aplikasi Umum"}),
    ("SiCantik DPMPTSP Jateng", "", "Perijinan", JT),
    ("Ijin Online DPMPTSP Kota Surakarta", "Permohonan ijin dan non-ijin, tracking berkas dan SK elektronik.", "", JT),
    ("SIPANDAI Kab. Gowa", "Sistem perizinan dan non perizinan daerah terintegrasi.", "", SS, {"keep": True}),
    ("e-Perizinan PTSP Kota Parepare", "Layanan izin usaha dan izin non usaha satu pintu.", "", SS),
    ("Perizinan Online DPMPTSP Kaltim", "", "", KT),
    ("Simpel Izin Kota Bontang", "Sistem pelayanan perizinan elektronik DPMPTSP.", "", KT, {"keep": True}),
    ("SIMPATEN NTT (Sistem Pelayanan Perizinan Terpadu)", "Izin reklame, izin praktik, SIUP non OSS.", "", NT),
    ("e-Izin Kab. Agam", "Perizinan satu pintu Kabupaten Agam.", "", SB, {"keep": True}),
    ("Pelayanan Perijinan Online Kab. Gianyar", "", "", BA),
])

C("simpus", ("RAL.01.20.01", "RAB.04.02", "RAA.02.01"), [
    ("e-Puskesmas Kota Semarang", "Rekam medis elektronik puskesmas: pendaftaran, poli, farmasi, laporan LB1.", "Pelayanan puskesmas", JT),
    ("SIMPUS Kab. Klaten", "", "", JT),
    ("SIKDA Generik Dinkes Sulsel", "Sistem informasi kesehatan daerah untuk puskesmas.", "", SS),
    ("SIMPUS Kota Samarinda", "Pencatatan kunjungan dan pelayanan pasien puskesmas.", "", KT),
    ("e-Puskesmas Kab. Sikka", "", "", NT),
    ("SIMPUS Online Kab. Agam", "Rekam medis dan pelaporan puskesmas.", "", SB),
    ("Sistem Informasi Puskesmas Kab. Buleleng", "pendaftaran pasien dan rekam medis puskesmas", "", BA),
])

C("simrs", ("RAL.01.20.02", "RAB.04.02", "RAA.02.01"), [
    ("SIMRS RSUD Dr. Moewardi", "Sistem informasi manajemen rumah sakit: rawat jalan, rawat inap, billing, BPJS.", "Manajemen rumah sakit", JT),
    ("SIMRS RSUD Labuang Baji", "", "", SS),
    ("SIMRS RSUD AW Sjahranie Samarinda", "Pendaftaran, rekam medis dan kasir rumah sakit.", "", KT),
    ("SIMRS RSUD Prof. W.Z. Johannes Kupang", "", "SIMRS", NT),
    ("Khanza SIMRS RSUD Kota Padang", "SIMRS open source Khanza untuk RSUD.", "", SB),
    ("SIMRS RSUD Bali Mandara", "Manajemen pasien dan billing rumah sakit.", "", BA),
])

C("satusehat", ("RAL.01.20.04", "RAB.04.02", "RAA.01.01"), [
    ("SATUSEHAT Platform", "Interoperabilitas data kesehatan nasional: rekam medis elektronik dari fasyankes.", "Pertukaran data kesehatan", "kemenkes", {"dpi": "dpi-pertukaran-data", "jenis": "Aplikasi Umum"}),
])

C("ppdb", ("RAL.01.19.01", "RAB.06.01", "RAA.02.01"), [
    ("PPDB Online Jateng", "Penerimaan peserta didik baru SMA/SMK negeri.", "Penerimaan siswa baru", JT),
    ("PPDB Kota Semarang", "", "", JT),
    ("SPMB Sulsel", "Sistem penerimaan murid baru jenjang SMA/SMK/SLB.", "", SS, {"keep": True}),
    ("PPDB Kota Makassar", "Pendaftaran siswa SD dan SMP negeri.", "", SS),
    ("PPDB Kaltim", "", "", KT),
    ("PPDB Online Kota Kupang", "Seleksi penerimaan peserta didik baru jalur zonasi, afirmasi, prestasi.", "", NT),
    ("PPDB Sumbar", "", "PPDB", SB),
    ("Penerimaan Peserta Didik Baru Kab. Badung", "", "", BA),
])

C("presensi-siswa", ("RAL.01.19.03", "RAB.06.01", "RAA.02.01"), [
    ("e-Presensi Siswa SMA/SMK Jateng", "Absensi harian siswa dengan kartu pelajar RFID, notifikasi ke orang tua.", "Kehadiran siswa", JT, {"keep": True}),
    ("Absensi Online Sekolah Kota Makassar", "Kehadiran peserta didik SD/SMP dan rekap per kelas.", "", SS, {"keep": True}),
    ("SIGAP Absensi Siswa Kab. Kutai Kartanegara", "Presensi murid berbasis QR code di sekolah.", "", KT, {"keep": True}),
    ("Absen Murid Disdik Kota Padang", "Absensi siswa dan laporan ketidakhadiran ke wali murid.", "", SB, {"keep": True}),
], trap=True)

# teachers who are civil servants: employee attendance despite the school words
C("presensi-asn", ("RAL.02.04.03", "RAB.09.06", "RAA.02.02"), [
    ("Presensi Guru dan Tendik Dinas Pendidikan NTT", "Absensi harian guru PNS dan tenaga kependidikan SMA/SMK untuk perhitungan TPP.", "Absensi pegawai", NT, {"keep": True}),
])

C("dapodik", ("RAL.01.19.02", "RAB.06.01", "RAA.01.01"), [
    ("Dapodik", "Data pokok pendidikan: sekolah, peserta didik, PTK.", "Data pendidikan", "kemendikbudristek", {"jenis": "Aplikasi Umum"}),
    ("SIM Data Pendidikan Kab. Boyolali", "Rekap data sekolah, siswa dan guru dari Dapodik untuk dinas.", "", JT),
    ("Data Sekolah Kota Balikpapan", "Profil sekolah, jumlah siswa, guru dan sarana prasarana.", "", KT),
    ("Sistem Informasi Pendidikan Kab. Tanah Datar", "", "", SB),
])

# ---------------------------------------------------------------- sector services (2)
C("dtks", ("RAL.01.21.01", "RAB.04.01", "RAA.01.01"), [
    ("SIKS-NG", "Sistem informasi kesejahteraan sosial: pengolahan dan verifikasi DTKS.", "Data kesejahteraan sosial", "kemensos", {"jenis": "Aplikasi Umum"}),
    ("SIDATA Sosial Jateng", "Verifikasi dan validasi data terpadu kesejahteraan sosial, usulan PBI.", "", JT),
    ("Sistem Informasi Kesejahteraan Sosial Kab. Gowa", "", "DTKS", SS),
    ("DTKS Online Kota Samarinda", "Usulan dan pemutakhiran data warga miskin oleh kelurahan.", "", KT),
    ("e-DTKS Dinsos Kab. Sumba Timur", "Pendataan fakir miskin dan penerima bansos.", "", NT),
    ("Saiyo Sakato Data Sosial Sumbar", "Verifikasi data keluarga miskin penerima bantuan sosial.", "", SB, {"keep": True}),
    ("SIKS Dinsos Kab. Buleleng", "", "", BA),
    ("Data Kemiskinan Terpadu Kab. Banyumas (DAKSINA)", "Basis data kemiskinan daerah untuk sasaran program.", "", JT, {"keep": True}),
])

C("bursa-kerja", ("RAL.01.25.01", "RAB.06.02", "RAA.02.01"), [
    ("SIAPkerja", "Ekosistem layanan ketenagakerjaan nasional: lowongan, pelatihan, sertifikasi.", "Layanan ketenagakerjaan", "kemnaker", {"jenis": "Aplikasi Umum"}),
    ("Bursa Kerja Online Disnakertrans Jateng", "Informasi lowongan kerja dan pencari kerja, kartu AK/I online.", "Bursa kerja", JT),
    ("Loker Makassar", "Portal lowongan pekerjaan dan pencari kerja Kota Makassar.", "", SS, {"keep": True}),
    ("Kartu Kuning Online Disnaker Kota Balikpapan", "Pendaftaran pencari kerja dan penerbitan kartu AK-1.", "", KT, {"keep": True}),
    ("Job Fair Virtual Kota Padang", "Pameran bursa kerja daring dan pendaftaran pencari kerja.", "", SB),
    ("Sistem Informasi Pasar Kerja Provinsi Bali", "", "", BA),
])

C("uji-kir", ("RAL.01.40.01", "RAB.03.04", "RAA.02.01"), [
    ("e-KIR Dishub Kota Semarang", "Pendaftaran dan hasil pengujian berkala kendaraan bermotor (uji KIR).", "Pengujian kendaraan", JT, {"keep": True}),
    ("Uji KIR Online Kota Makassar", "Antrean pengujian kendaraan angkutan barang dan penumpang.", "", SS, {"keep": True}),
    ("SIM-PKB (Sistem Informasi Manajemen Pengujian Kendaraan Bermotor) Kab. Kutai Kartanegara", "Pencatatan hasil uji laik jalan kendaraan wajib uji.", "", KT, {"keep": True}),
    ("BLUe Pengujian Kendaraan Dishub Kab. Badung", "Bukti lulus uji elektronik.", "", BA, {"keep": True}),
], trap=True)

C("harga-pangan", ("RAL.01.24.02", "RAB.02.03", "RAA.02.01"), [
    ("SP2KP", "Sistem pemantauan pasar dan kebutuhan pokok: harga harian di pasar rakyat.", "Pemantauan harga", "kemendag", {"jenis": "Aplikasi Umum"}),
    ("SiHaTi Jateng (Sistem Informasi Harga Komoditas)", "Harga harian bahan pokok di pasar tradisional kabupaten/kota.", "", JT, {"keep": True}),
    ("Info Harga Pasar Kota Makassar", "", "Harga bahan pokok", SS),
    ("Harga Pangan Kaltim", "Pemantauan harga dan stok pangan strategis.", "", KT),
    ("SIHARPA NTT", "Harga pasar komoditas pangan di kota kabupaten.", "", NT, {"keep": True}),
    ("Info Harga Bapokting Kota Bukittinggi", "harga bahan pokok penting di pasar atas dan pasar bawah", "", SB),
    ("Bali Harga Pasar", "", "", BA),
])

C("pupuk", ("RAL.01.29.02", "RAB.02.02", "RAA.01.01"), [
    ("e-RDKK", "Rencana definitif kebutuhan kelompok tani untuk alokasi pupuk bersubsidi.", "Alokasi pupuk subsidi", "kementan", {"jenis": "Aplikasi Umum"}),
    ("Kartu Tani Jateng", "Penebusan pupuk bersubsidi dengan kartu tani berdasarkan RDKK.", "", JT, {"keep": True}),
    ("SIPUPUK Kab. Bone", "Monitoring alokasi dan penyaluran pupuk subsidi per kelompok tani.", "", SS, {"keep": True}),
    ("Sistem Alokasi Pupuk Bersubsidi Kab. Agam", "", "", SB),
    ("e-Pupuk Distan Kab. Tabanan", "Pendataan kebutuhan pupuk subak dan kelompok tani.", "", BA),
])

C("nelayan", ("RAL.01.30.01", "RAB.07.03", "RAA.01.01"), [
    ("KUSUKA", "Kartu pelaku usaha kelautan dan perikanan: data nelayan, pembudidaya, pengolah.", "Data pelaku usaha perikanan", "kkp", {"jenis": "Aplikasi Umum"}),
    ("SIDATIK Sulsel (Sistem Data Nelayan)", "Pendataan nelayan dan kapal perikanan daerah.", "", SS, {"keep": True}),
    ("Data Nelayan DKP Kaltim", "", "", KT),
    ("SI Nelayan NTT", "Basis data nelayan dan kelompok usaha bersama.", "", NT),
    ("e-Nelayan DKP Kab. Pesisir Selatan", "Registrasi nelayan untuk asuransi dan bantuan alat tangkap.", "", SB),
])

C("pariwisata", ("RAL.01.37.01", "RAB.08.02", "RAA.02.01"), [
    ("Visit Jawa Tengah", "Portal promosi destinasi wisata, event dan akomodasi.", "Promosi wisata", JT, {"keep": True}),
    ("Makassar Tourism", "", "", SS, {"keep": True}),
    ("Pesona Kaltim", "Informasi destinasi, kalender event dan kuliner Kaltim.", "", KT, {"keep": True}),
    ("Labuan Bajo Tourism Info Kab. Manggarai Barat", "Informasi destinasi wisata dan paket perjalanan.", "", NT, {"keep": True}),
    ("Sumbar Travel Guide", "Panduan wisata Ranah Minang.", "", SB, {"keep": True}),
    ("Bali Tourism Guide", "Aplikasi informasi destinasi pariwisata Bali untuk wisatawan.", "", BA, {"keep": True}),
    ("Jelajah Banyumas", "", "Informasi pariwisata", JT, {"keep": True}),
])

C("tiket-wisata", ("RAL.01.37.02", "RAB.08.02", "RAA.02.01"), [
    ("e-Tiket Wisata Kab. Wonosobo (Dieng)", "Penjualan tiket masuk objek wisata dan retribusi non tunai.", "", JT, {"keep": True, "dpi": "dpi-pembayaran"}),
    ("Pungutan Wisatawan Asing Bali", "Pembayaran pungutan bagi wisatawan mancanegara secara online.", "", BA, {"keep": True, "dpi": "dpi-pembayaran"}),
    ("e-Ticketing Objek Wisata Kab. Tanah Datar", "Tiket elektronik Istano Basa Pagaruyung dan objek wisata daerah.", "", SB, {"keep": True}),
], trap=True)

C("sampah", ("RAL.01.27.02", "RAB.07.01", "RAA.02.01"), [
    ("SIPSN", "Sistem informasi pengelolaan sampah nasional: data timbulan dan pengelolaan sampah.", "Data persampahan", "klhk", {"jenis": "Aplikasi Umum"}),
    ("Bank Sampah Digital Kota Semarang", "Pencatatan setoran bank sampah nasabah dan tabungan sampah.", "", JT),
    ("SI-Sampah DLH Kota Makassar", "Jadwal angkut, armada dan data TPS/TPA.", "Pengelolaan sampah", SS),
    ("e-Sampah Kota Balikpapan", "", "", KT),
    ("Kupang Bersih", "Laporan timbunan sampah liar dan jadwal pengangkutan.", "", NT, {"keep": True}),
    ("Bank Sampah Online Kota Payakumbuh", "", "", SB),
    ("Sistem Informasi Persampahan Kota Denpasar", "Pengangkutan sampah dan TPS3R.", "", BA),
])

C("bencana", ("RAL.01.31.02", "RAB.05.02", "RAA.01.01"), [
    ("DIBI BNPB", "Data dan informasi bencana Indonesia.", "Data kebencanaan", "bnpb", {"jenis": "Aplikasi Umum"}),
    ("SIGAP Bencana BPBD Jateng", "Pelaporan kejadian bencana dan kaji cepat oleh BPBD kabupaten/kota.", "", JT, {"keep": True}),
    ("Pusdalops BPBD Sulsel", "Informasi kejadian bencana dan respon darurat.", "", SS),
    ("SI Kebencanaan Kaltim", "", "Kebencanaan", KT),
    ("Lapor Bencana Kab. Ende", "Laporan masyarakat dan petugas tentang kejadian bencana.", "", NT),
    ("SIBENA Kab. Pesisir Selatan", "Sistem informasi bencana daerah: kejadian, dampak, pengungsi.", "", SB, {"keep": True}),
    ("BPBD Bali Info Bencana", "", "", BA),
])

# ---------------------------------------------------------------- sector services (3)
C("jalan", ("RAL.01.26.01", "RAB.03.02", "RAA.02.01"), [
    ("SIJALI DPU Bina Marga Jateng", "Data kondisi jalan dan jembatan provinsi, survei kemantapan jalan.", "Kondisi jalan", JT, {"keep": True}),
    ("Sistem Informasi Jalan Kab. Maros", "Database ruas jalan kabupaten dan kondisinya.", "", SS),
    ("SIPJALAN Kaltim", "", "Data jalan", KT, {"keep": True}),
    ("e-Jalan PUPR Kab. Belu", "Inventarisasi ruas jalan dan jembatan kabupaten.", "", NT),
    ("Road Monitoring System Kab. Agam", "Pemantauan kondisi jalan kabupaten berbasis survei.", "", SB),
])

C("rtlh", ("RAL.01.28.01", "RAB.03.03", "RAA.02.01"), [
    ("e-RTLH Disperakim Jateng", "Pendataan rumah tidak layak huni dan penerima bantuan stimulan perumahan.", "Data RTLH", JT, {"keep": True}),
    ("SI-RTLH Kab. Bantaeng", "", "", SS, {"keep": True}),
    ("Sistem Data Rumah Tidak Layak Huni Kab. Paser", "Basis data RTLH dan usulan bedah rumah.", "", KT),
    ("Bedah Rumah Kab. Sikka", "Data dan verifikasi calon penerima bantuan bedah rumah.", "", NT),
    ("RTLH Online Kab. Buleleng", "", "Perumahan", BA),
])

C("sid", ("RAL.01.09.01", "RAB.09.01", "RAA.01.01"), [
    ("Prodeskel", "Profil desa dan kelurahan: data potensi dan perkembangan desa.", "Profil desa", "kemendagri", {"jenis": "Aplikasi Umum"}),
    ("OpenSID Kab. Wonosobo", "Sistem informasi desa: data penduduk desa, surat desa, website desa.", "", JT),
    ("SIMADE Kab. Gowa (Sistem Informasi Manajemen Desa)", "Administrasi pemerintahan desa: data warga, layanan surat desa, profil desa.", "", SS, {"keep": True}),
    ("Sistem Informasi Desa Kab. Kutai Kartanegara", "", "Pemerintahan desa", KT),
    ("SID Lewotana Kab. Ende", "Sistem informasi desa terpadu untuk seluruh desa.", "", NT, {"keep": True}),
    ("Nagari Digital Kab. Agam", "Sistem informasi pemerintahan nagari: administrasi penduduk nagari dan surat.", "", SB, {"keep": True}),
    ("SIDesa Prov. Bali", "Sistem informasi desa adat dan desa dinas.", "", BA),
    ("SIDAKEP Kab. Klaten (Sistem Informasi Desa dan Kelurahan Pintar)", "", "", JT, {"keep": True}),
])

C("siskeudes", ("RAL.02.02.05", "RAB.09.02", "RAA.01.02"), [
    ("Siskeudes", "Sistem keuangan desa: perencanaan, penganggaran, penatausahaan dan pelaporan APBDes.", "Keuangan desa", "kemendagri", {"jenis": "Aplikasi Umum"}),
    ("Siskeudes Online Kab. Gowa", "APBDes dan SPJ desa secara online.", "", SS),
    ("SIMKEUDES Kab. Sikka", "", "Keuangan desa", NT, {"keep": True}),
    ("Sistem Keuangan Nagari Kab. Tanah Datar", "Penatausahaan APB Nagari.", "", SB, {"keep": True}),
])

C("sipades", ("RAL.02.02.05", "RAB.09.02", "RAA.01.02"), [
    ("SIPADES", "Sistem pengelolaan aset desa.", "Aset desa", "kemendagri", {"keep": True}),
    ("Aset Desa Online Kab. Klaten", "Inventaris barang milik desa oleh pemerintah desa.", "", JT, {"keep": True}),
], trap=True)

C("umkm", ("RAL.01.34.01", "RAB.02.04", "RAA.01.01"), [
    ("Data Tunggal KUMKM", "Basis data tunggal koperasi dan usaha mikro, kecil, menengah.", "Data UMKM", "kemenkopukm", {"jenis": "Aplikasi Umum"}),
    ("SI-UMKM Jateng", "Pendataan pelaku UMKM binaan, sektor usaha dan omzet.", "", JT),
    ("Database UMKM Kota Makassar", "", "Pendataan UMKM", SS),
    ("SIDAKUM Kaltim", "Sistem informasi data koperasi dan UMKM.", "", KT, {"keep": True}),
    ("Data UMKM Kab. Manggarai Barat", "pendataan usaha mikro", "", NT),
    ("SAIYO UMKM Kota Payakumbuh", "Pendataan dan pembinaan usaha mikro kecil.", "", SB, {"keep": True}),
    ("UMKM Bangkit Kab. Gianyar", "Database pelaku usaha mikro dan kecil.", "", BA),
])

C("koperasi", ("RAL.01.34.02", "RAB.02.04", "RAA.02.01"), [
    ("ODS Koperasi", "Online data system koperasi: laporan keanggotaan, RAT dan keuangan koperasi.", "Pelaporan koperasi", "kemenkopukm"),
    ("SIMPONI Kota Semarang (Sistem Monitoring Koperasi)", "Pemantauan kesehatan koperasi dan laporan RAT koperasi di Kota Semarang.", "", JT, {"keep": True, "trap": True}),
    ("e-Koperasi Provinsi Sulawesi Selatan", "Pelaporan rapat anggota tahunan dan penilaian kesehatan koperasi.", "", SS),
    ("Monitoring Koperasi Kab. Badung", "", "Pembinaan koperasi", BA),
])

C("marketplace", ("RAL.01.34.03", "RAB.02.03", "RAA.02.01"), [
    ("Lapak UMKM Jateng", "Marketplace produk UMKM untuk masyarakat umum, pembayaran online.", "", JT, {"keep": True}),
    ("Makassar Mall Online", "E-commerce produk lokal UMKM Makassar.", "", SS, {"keep": True}),
    ("Pasar Rakyat Online Kota Padang", "Belanja online kebutuhan rumah tangga dari pedagang pasar.", "", SB, {"keep": True}),
], trap=True)

C("ebook", ("RAL.01.36.01", "RAB.08.01", "RAA.01.01"), [
    ("iPusnas", "Perpustakaan digital nasional: peminjaman e-book.", "Perpustakaan digital", "perpusnas", {"jenis": "Aplikasi Umum"}),
    ("iJateng", "Perpustakaan digital Jawa Tengah: pinjam baca buku elektronik.", "", JT, {"keep": True}),
    ("Makassar Digital Library", "", "", SS, {"keep": True}),
    ("e-Pustaka Kaltim", "Peminjaman buku digital untuk masyarakat Kaltim.", "", KT),
    ("Bali Digital Library (Bali Dilib)", "Aplikasi baca e-book koleksi perpustakaan daerah.", "", BA),
    ("iPadang Perpustakaan Digital", "", "", SB, {"keep": True}),
])

C("otomasi-perpus", ("RAL.01.36.02", "RAB.08.01", "RAA.01.01"), [
    ("INLISLite", "Sistem otomasi perpustakaan: katalog, sirkulasi, keanggotaan.", "Otomasi perpustakaan", "perpusnas", {"jenis": "Aplikasi Umum"}),
    ("SLiMS Dispusip Kota Semarang", "Katalog online (OPAC) dan sirkulasi peminjaman buku fisik.", "", JT),
    ("OPAC Perpustakaan Daerah NTT", "Katalog koleksi dan keanggotaan perpustakaan daerah.", "", NT, {"keep": True}),
    ("Sistem Otomasi Perpustakaan Kab. Tanah Datar", "", "", SB),
])

# madrasah data: same function as school data (same group), same acronym as a village system (trap)
C("dapodik", None, [
    ("EMIS Kemenag", "Education management information system: data madrasah, siswa, guru dan pesantren.", "Data pendidikan madrasah", "kemenag", {"jenis": "Aplikasi Umum"}),
    ("SIMADE Kanwil Kemenag (Sistem Informasi Madrasah)", "Data lembaga madrasah, peserta didik, guru dan sarana prasarana madrasah.", "", "kemenag", {"keep": True, "trap": True}),
])

# ---------------------------------------------------------------- further traps
C("skm", ("RAL.02.07.03", "RAB.09.06", "RAA.01.02"), [
    ("SKM Online Jateng", "Survei kepuasan masyarakat terhadap unit layanan publik (IKM).", "Survei kepuasan", JT, {"keep": True}),
    ("e-SKM Kota Makassar", "Pengisian indeks kepuasan masyarakat di unit layanan melalui tablet.", "", SS, {"keep": True}),
    ("Survei Kepuasan Layanan Kab. Badung", "Kuesioner IKM unit pelayanan publik.", "", BA, {"keep": True}),
], trap=True)

C("wbs", ("RAL.02.07.02", "RAB.09.06", "RAA.02.02"), [
    ("WBS Inspektorat Jateng", "Whistleblowing system: pelaporan dugaan pelanggaran, korupsi dan gratifikasi oleh pegawai.", "", JT, {"keep": True}),
    ("Whistle Blowing System Kota Balikpapan", "Pengaduan pelanggaran internal ASN secara rahasia.", "", KT, {"keep": True}),
    ("WBS Kab. Agam", "Pelaporan pelanggaran dan benturan kepentingan pegawai.", "", SB, {"keep": True}),
], trap=True)

C("presensi-kegiatan", ("RAL.02.06.05", "RAB.09.07", "RAA.02.02"), [
    ("e-Daftar Hadir Rapat Bappeda Sulsel", "Daftar hadir peserta rapat dan kegiatan dengan QR code dan tanda tangan digital.", "", SS, {"keep": True}),
    ("Absensi Peserta Diklat BPSDMD Jateng", "Kehadiran peserta pelatihan kepemimpinan dan teknis.", "", JT, {"keep": True}),
    ("Presensi Kegiatan Online Kab. Berau", "Absensi peserta sosialisasi dan bimtek.", "", KT, {"keep": True}),
], trap=True)

C("emonev", ("RAL.02.03.03", "RAB.09.05", "RAA.02.02"), [
    ("e-Monev Bappeda Jateng", "Pengendalian dan evaluasi pelaksanaan pembangunan: realisasi fisik dan keuangan kegiatan OPD.", "Monev pembangunan", JT, {"keep": True}),
    ("SIMONEV Kota Makassar", "Monitoring realisasi fisik dan keuangan kegiatan APBD.", "", SS, {"keep": True}),
    ("e-Monev Pembangunan Kab. Paser", "Laporan progres kegiatan pembangunan per triwulan.", "", KT, {"keep": True}),
    ("Sistem Pengendalian Pembangunan NTT", "", "Pengendalian pembangunan", NT, {"keep": True}),
], trap=True)

C("surat-kelurahan", ("RAL.01.09.02", "RAB.09.01", "RAA.02.01"), [
    ("Surat Keterangan Online Kelurahan Kota Semarang", "Warga mengajukan surat pengantar dan keterangan domisili dari kelurahan.", "", JT, {"keep": True}),
    ("e-Kelurahan Kota Makassar", "Permohonan surat keterangan tidak mampu, domisili, usaha dari kelurahan.", "", SS, {"keep": True}),
    ("SUREK Kota Padang (Surat Keterangan Elektronik)", "Layanan surat keterangan warga di kelurahan.", "", SB, {"keep": True}),
], trap=True)

C("antrian", ("RAL.01.45.03", "RAB.09.01", "RAA.02.01"), [
    ("Antrian Online MPP Kota Denpasar", "Ambil nomor antrean layanan di Mal Pelayanan Publik.", "", BA, {"keep": True}),
    ("e-Antrian Dukcapil Kab. Boyolali", "Nomor antrean online layanan kependudukan.", "", JT, {"keep": True}),
    ("Sistem Antrean Pelayanan Kota Samarinda", "Manajemen antrean loket pelayanan publik.", "", KT, {"keep": True}),
], trap=True)

C("beasiswa", ("RAL.01.19.04", "RAB.06.01", "RAA.02.01"), [
    ("Beasiswa Jateng", "Pendaftaran dan seleksi beasiswa mahasiswa berprestasi dan kurang mampu.", "", JT, {"keep": True}),
    ("Beasiswa Kaltim Tuntas", "Pendaftaran beasiswa pendidikan tinggi Pemprov Kaltim.", "Beasiswa", KT, {"keep": True}),
    ("Beasiswa Sumbar Cerdas", "", "", SB, {"keep": True}),
], trap=True)

C("rekrutmen-asn", ("RAL.02.04.02", "RAB.09.06", "RAA.01.02"), [
    ("SSCASN", "Seleksi calon ASN nasional: pendaftaran CPNS dan PPPK.", "Seleksi ASN", "bkn", {"keep": True, "jenis": "Aplikasi Umum"}),
    ("e-Rekrutmen Tenaga Kontrak Kab. Gowa", "Pendaftaran dan seleksi tenaga kontrak dan PPPK daerah.", "", SS, {"keep": True}),
], trap=True)

C("sms-dukcapil", ("RAL.01.07.01", "RAB.03.07", "RAA.02.02"), [
    ("SMS Gateway Disdukcapil Kota Makassar", "Notifikasi SMS dokumen kependudukan siap diambil.", "", SS, {"keep": True}),
], trap=True)
C("sms-puskesmas", ("RAL.01.20.01", "RAB.04.02", "RAA.02.02"), [
    ("SMS Gateway Puskesmas Kab. Klaten", "Pengingat jadwal imunisasi dan kontrol pasien via SMS.", "", JT, {"keep": True}),
], trap=True)
C("sms-opini", ("RAL.02.09.01", "RAB.09.04", "RAA.02.02"), [
    ("SMS Gateway Humas Pemprov NTT", "Broadcast informasi dan undangan kepada pejabat dan wartawan.", "", NT, {"keep": True}),
], trap=True)
C("posyandu", ("RAL.01.20.05", "RAB.04.02", "RAA.02.01"), [
    ("SIMPEL Posyandu Kab. Klaten", "Pencatatan penimbangan balita dan kegiatan posyandu.", "", JT, {"keep": True}),
], trap=True)
C("puspaga", ("RAL.01.22.01", "RAB.04.01", "RAA.02.01"), [
    ("SIPAKATAU Kota Parepare", "Layanan konseling keluarga PUSPAGA dan pendampingan anak.", "", SS, {"keep": True}),
], trap=True)
C("smart-parking", ("RAL.01.40.03", "RAB.03.04", "RAA.02.01"), [
    ("Smart Parking Dishub Kota Surakarta", "Informasi ketersediaan slot parkir gedung dan pemesanan tempat parkir.", "", JT, {"keep": True}),
], trap=True)
C("helpdesk-oss", ("RAL.01.23.02", "RAB.02.05", "RAA.02.01"), [
    ("Helpdesk Perizinan DPMPTSP Sulsel", "Konsultasi pemohon izin usaha via chat dan WhatsApp.", "", SS, {"keep": True}),
], trap=True)
C("telemedicine", ("RAL.01.20.06", "RAB.04.02", "RAA.02.01"), [
    ("Telemedicine Puskesmas Kab. Sumba Timur", "Konsultasi dokter jarak jauh melalui video call untuk pasien di pulau terpencil.", "", NT, {"keep": True}),
], trap=True)
C("covid-dashboard", ("RAL.01.20.07", "RAB.04.02", "RAA.02.01"), [
    ("Dashboard Covid-19 Kaltim", "Sebaran kasus dan vaksinasi Covid-19 (tidak aktif sejak 2023).", "", KT, {"keep": True}),
], trap=True)
C("info-angkutan", ("RAL.01.40.04", "RAB.03.04", "RAA.02.01"), [
    ("Informasi Publik Angkutan Umum Trans Semarang", "Jadwal, rute dan posisi real time bus Trans Semarang.", "", JT, {"keep": True}),
], trap=True)
C("puskeswan", ("RAL.01.29.03", "RAB.02.02", "RAA.02.01"), [
    ("SIMPUS Hewan (Puskeswan) Kab. Bone", "Pelayanan kesehatan hewan ternak: pemeriksaan, vaksinasi rabies, IB.", "", SS, {"keep": True}),
], trap=True)
C("ews-banjir", ("RAL.01.31.03", "RAB.05.02", "RAA.02.01"), [
    ("Early Warning System Banjir Kota Samarinda", "Sensor tinggi muka air sungai dan sirine peringatan dini.", "", KT, {"keep": True}),
], trap=True)
C("simbg", ("RAL.01.26.02", "RAB.03.02", "RAA.01.01"), [
    ("SIMBG", "Sistem informasi manajemen bangunan gedung: persetujuan bangunan gedung (PBG) dan SLF.", "", "kemenpupr", {"keep": True, "jenis": "Aplikasi Umum"}),
], trap=True)
C("rusunawa", ("RAL.01.28.02", "RAB.03.03", "RAA.02.01"), [
    ("e-Rusunawa Kota Balikpapan", "Pendaftaran penghuni dan tagihan sewa rumah susun sederhana sewa.", "", KT, {"keep": True}),
], trap=True)
C("repo-dokumen", ("RAL.02.03.04", "RAB.09.05", "RAA.02.02"), [
    ("e-Library Bappeda Kab. Badung", "Repositori dokumen perencanaan: RPJMD, RKPD, kajian.", "", BA, {"keep": True}),
], trap=True)

# ---------------------------------------------------------------- old and new names of one system
C("simpeg", None, [
    ("SIMPEG Kaltim (aplikasi lama)", "Aplikasi kepegawaian desktop lama, digantikan Sistem Informasi Kepegawaian BKD.", "", KT, {"status": "tidak aktif"}),
])
C("eoffice", None, [
    ("SiMANTAP Kaltim (pengganti E-Office)", "Persuratan elektronik dan disposisi generasi baru Pemprov Kaltim.", "Naskah dinas", KT, {"keep": True}),
])
C("pengaduan", None, [
    ("Lapor Mas Wali (nama lama SAMBAT) Kota Surakarta", "", "Pengaduan warga", JT, {"status": "tidak aktif"}),
    ("ULAS Kota Surakarta (Unit Layanan Aduan Surakarta)", "Kanal aduan warga Solo pengganti Lapor Mas Wali.", "", JT, {"keep": True}),
])
C("perizinan", None, [
    ("SIMPATEN NTT versi lama (desktop)", "", "", NT, {"status": "tidak aktif"}),
])
C("keuangan", None, [
    ("SIMDA Keuangan Kota Makassar (sebelum SIPD)", "Penatausahaan keuangan daerah sebelum migrasi SIPD.", "", SS, {"status": "tidak aktif"}),
])

# ---------------------------------------------------------------- build
PROV_DOMAIN = {JT: "jatengprov.go.id", SS: "sulselprov.go.id", KT: "kaltimprov.go.id",
               NT: "nttprov.go.id", SB: "sumbarprov.go.id", BA: "baliprov.go.id"}


def norm_member(m):
    opts = dict(m[4]) if len(m) > 4 else {}
    return {"nama": m[0], "deskripsi": m[1], "fungsi": m[2], "instansi": m[3], "opts": opts}


def messy_code(base, empty_p):
    """A messy rendering of a reference code, the way survey forms carry them."""
    if base is None:
        return ""
    r = random.random()
    if r < empty_p:
        return ""
    r = random.random()
    parts = base.split(".")
    if r < 0.40:
        return base
    if r < 0.52:
        return base.lower() if random.random() < 0.5 else parts[0].capitalize() + "." + ".".join(parts[1:])
    if r < 0.62:
        return parts[0] + "." + ".".join(str(int(p)) for p in parts[1:])
    if r < 0.72:
        return ".".join(parts[:3]) if len(parts) > 3 else ".".join(parts[:2])
    if r < 0.80:
        return ".".join(parts[1:])
    if r < 0.85:
        return parts[0] + " " + ".".join(parts[1:])
    if r < 0.93:
        return base + ".%02d" % random.randint(1, 9)
    return base + " "  # trailing blank, as typed


def wrong_code(kind):
    other = random.choice(CLUSTERS)
    while other["codes"] is None:
        other = random.choice(CLUSTERS)
    return other["codes"][kind]


def typo(s):
    """One adjacent-letter swap or dropped letter inside a long word."""
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    if not idx:
        return s
    i = random.choice(idx)
    w = words[i]
    k = random.randint(1, len(w) - 3)
    if random.random() < 0.5:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    else:
        w = w[:k] + w[k + 1:]
    words[i] = w
    return " ".join(words)


def slug(s):
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:28].strip("-")


def jenis_for(raa, opts):
    if "jenis" in opts:
        return opts["jenis"]
    if random.random() < 0.32:
        return ""
    if raa and raa.startswith("RAA.01"):
        return random.choice(["Aplikasi Umum", "Umum", "umum", "Aplikasi Umum (Pusat)", "Pusat"])
    return random.choice(["Aplikasi Khusus", "Khusus", "khusus", "Aplikasi Khusus", "Lokal", "KHUSUS"])


def build_rows():
    rows = []
    for c in CLUSTERS:
        ral, rab, raa = c["codes"]
        for m in c["members"]:
            m = norm_member(m)
            o = m["opts"]
            nama = m["nama"]
            if not o.get("keep") and random.random() < 0.05:
                nama = typo(nama)
            desk = m["deskripsi"]
            if desk and not o.get("keep") and random.random() < 0.18:
                desk = ""
            elif desk and random.random() < 0.06:
                desk = typo(desk)
            fungsi = m["fungsi"]
            if fungsi and random.random() < 0.15:
                fungsi = ""
            if random.random() < 0.07:
                kral = wrong_code(0)
            else:
                kral = messy_code(ral, 0.22)
            krab = messy_code(rab, 0.45)
            kraa = messy_code(raa, 0.35)
            jenis = jenis_for(raa, o)
            status = o.get("status") or random.choice(
                ["aktif"] * 6 + ["Aktif", "AKTIF", "dalam pengembangan", "tidak aktif", ""])
            tahun = "" if random.random() < 0.12 else str(random.randint(2011, 2024))
            url = ""
            if random.random() < 0.4:
                dom = PROV_DOMAIN.get(m["instansi"], m["instansi"].replace("-", "") + ".go.id")
                url = "https://%s.%s" % (slug(nama.split("(")[0]), dom)
            rows.append({
                "nama": nama, "deskripsi": desk, "fungsi": fungsi, "instansi": m["instansi"],
                "jenis": jenis, "kode_ral": kral, "kode_rab": krab, "kode_raa": kraa,
                "status": status, "tahun": tahun, "url": url, "dpi": o.get("dpi", ""),
                "_orig": m["nama"], "_key": c["key"], "_trap": bool(c["trap"] or o.get("trap")),
            })
    random.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "%s-%04d" % (PREFIX, i)
    return rows


# ---------------------------------------------------------------- proposals
# (nama, deskripsi, target) with target a cluster key (whole group) or ("row", exact name) or None (novel).
PROPOSALS = [
    ("Sistem data kepegawaian perangkat daerah", "Kami ingin mencatat biodata ASN, riwayat pangkat, jabatan, pendidikan dan keluarga, serta mengelola usulan mutasi dan pensiun.", "simpeg"),
    ("Absensi pegawai berbasis swafoto", "Aplikasi Android agar ASN dan PPPK mengisi kehadiran masuk dan pulang dengan lokasi kantor; rekap kehadiran dipakai untuk potongan TPP.", "presensi-asn"),
    ("Aplikasi aktivitas harian dan SKP", "Pegawai mengisi kegiatan harian, atasan menilai capaian sasaran kinerja pegawai setiap bulan.", "ekinerja"),
    ("Pelaporan LKjIP perangkat daerah", "Menyusun perjanjian kinerja, mengukur indikator kinerja utama OPD dan membuat laporan kinerja instansi pemerintah.", "esakip"),
    ("Naskah dinas elektronik dinas", "Surat masuk dan keluar, disposisi pimpinan, tanda tangan elektronik dan penyimpanan arsip dinamis.", "eoffice"),
    ("Kanal aspirasi warga", "Warga melaporkan jalan rusak, pelayanan lambat atau pungli, laporan diteruskan ke OPD dan ditindaklanjuti.", "pengaduan"),
    ("Layanan permohonan informasi publik", "Masyarakat mengajukan permohonan informasi dan keberatan sesuai UU Keterbukaan Informasi Publik; daftar informasi publik dinas.", "ppid"),
    ("Penatausahaan belanja SKPD", "Pengajuan SPP, SPM, penerbitan SP2D dan pembukuan untuk laporan keuangan pemerintah daerah.", "keuangan"),
    ("Aplikasi penyusunan RKPD", "Usulan musrenbang desa dan kecamatan, penyusunan rencana kerja OPD dan sinkronisasi dengan RPJMD.", "perencanaan"),
    ("Tender barang dan jasa daring", "Pokja pemilihan mengumumkan paket, penyedia mengunggah penawaran dan evaluasi dilakukan secara elektronik.", "lpse"),
    ("Inventarisasi barang milik daerah", "Kartu inventaris barang, mutasi antar OPD, penyusutan dan rekonsiliasi aset tetap pemda.", "aset"),
    ("Pelaporan pajak hotel dan restoran mandiri", "Wajib pajak daerah melaporkan omzet dan membayar pajak hotel, restoran, hiburan dan reklame secara online.", "pajak-daerah"),
    ("Manajemen audit APIP", "Program kerja pengawasan tahunan, kertas kerja pemeriksaan, laporan hasil audit dan tindak lanjut temuan inspektorat.", "pengawasan"),
    ("Database peraturan daerah", "Publikasi perda, perkada dan keputusan kepala daerah yang dapat dicari masyarakat dan terhubung ke jaringan nasional.", "jdih"),
    ("Pemesanan aula dan mobil operasional", "Pegawai memesan jadwal ruang rapat kantor dan kendaraan dinas beserta pengemudi.", "booking-kantor"),
    ("Tiket dukungan TIK pegawai", "Pegawai OPD melaporkan gangguan jaringan, akun email dan aplikasi ke tim Diskominfo dan memantau status tiket.", "helpdesk-it"),
    ("Katalog dataset sektoral", "Walidata mengunggah dataset OPD beserta metadata agar dapat diunduh publik dalam format terbuka.", "portal-data"),
    ("Berbagi pakai peta tematik", "Simpul jaringan untuk menampilkan dan berbagi layer peta tata ruang, batas administrasi dan infrastruktur antar OPD.", "geoportal"),
    ("Pusat kendali kota", "Dasbor eksekutif untuk kepala daerah yang menggabungkan CCTV, aduan dan indikator layanan OPD secara real time.", "command-center"),
    ("Pengurusan akta dan KK dari rumah", "Warga mengajukan kartu keluarga, akta kelahiran dan surat pindah secara online ke dinas kependudukan.", "dukcapil"),
    ("Layanan izin non-berusaha satu pintu", "Permohonan izin praktik tenaga kesehatan, izin reklame dan non-perizinan dengan pelacakan berkas di DPMPTSP.", "perizinan"),
    ("Rekam medis elektronik puskesmas", "Pendaftaran pasien, pemeriksaan di poli, resep dan laporan bulanan puskesmas.", "simpus"),
    ("Seleksi siswa baru SMP negeri", "Pendaftaran calon peserta didik jalur zonasi, afirmasi dan prestasi serta pengumuman hasil seleksi.", "ppdb"),
    ("Verifikasi data keluarga miskin", "Kelurahan mengusulkan dan memutakhirkan data terpadu kesejahteraan sosial untuk sasaran bantuan sosial.", "dtks"),
    ("Pemantauan harga bahan pokok", "Petugas pasar menginput harga harian beras, cabai, minyak goreng di pasar tradisional untuk publikasi.", "harga-pangan"),
    ("Laporan kejadian bencana", "Petugas BPBD dan masyarakat melaporkan kejadian banjir dan longsor, dampak dan jumlah pengungsi.", "bencana"),
    ("Administrasi pemerintahan desa", "Desa mengelola data warga, pelayanan surat desa dan profil desa dalam satu sistem.", "sid"),
    ("Bayar pajak kendaraan bermotor online", "Pemilik kendaraan membayar PKB tahunan dan pengesahan STNK tanpa datang ke kantor Samsat.", "samsat"),
    ("Kehadiran murid dan notifikasi orang tua", "Siswa menempelkan kartu pelajar saat datang; orang tua mendapat notifikasi jika anak tidak hadir.", "presensi-siswa"),
    ("Stok obat gudang farmasi kabupaten", "Pencatatan persediaan obat dan BMHP, distribusi ke puskesmas dan pemantauan tanggal kedaluwarsa.", "farmasi"),
    ("KTP di ponsel warga", "Warga memakai identitas kependudukan digital di ponsel untuk membuktikan identitas saat mengakses layanan.", ("row", "IKD (Identitas Kependudukan Digital)")),
    ("Pengumuman rencana pengadaan", "OPD mengumumkan rencana umum pengadaan barang/jasa tahun anggaran berjalan sebelum proses pemilihan.", ("row", "SiRUP")),
    # novel: domain words shared with the inventory, but no existing application serves the function
    ("Pemesanan petak makam TPU", "Warga mendaftar dan memesan petak makam di tempat pemakaman umum dan membayar retribusi pemakaman.", None),
    ("Tagihan air minum pelanggan", "Pembacaan meter, tagihan bulanan dan pembayaran rekening air pelanggan perusahaan air minum daerah.", None),
    ("Registrasi cagar budaya", "Pendataan situs, bangunan dan benda cagar budaya, penetapan status dan pemantauan kondisinya.", None),
    ("Pemantauan kualitas udara", "Sensor kualitas udara ambien di titik kota dan publikasi indeks standar pencemar udara di dashboard.", None),
    ("Pendaftaran atlet pekan olahraga pelajar", "Sekolah mendaftarkan atlet pelajar dan official untuk kejuaraan olahraga pelajar daerah, pengundian dan hasil pertandingan.", None),
    ("Insentif guru ngaji", "Pendataan guru ngaji dan guru keagamaan non-formal serta pembayaran insentif bulanan dari APBD.", None),
    ("Legalisir ijazah online", "Alumni SMA/SMK mengajukan legalisir ijazah dan surat keterangan pengganti ijazah secara daring.", None),
    ("Stok darah dan donor", "Informasi ketersediaan stok darah per golongan di unit transfusi darah dan jadwal donor darah keliling.", None),
    ("Lelang ikan di TPI", "Pencatatan hasil tangkapan nelayan yang dilelang di tempat pelelangan ikan dan pembagian hasil lelang.", None),
    ("Tera ulang timbangan pedagang", "Pendaftaran tera dan tera ulang alat ukur, takar dan timbang milik pedagang pasar serta pembayaran retribusi tera.", None),
    ("Jadwal pembagian air irigasi", "Jadwal giliran air irigasi untuk kelompok tani dan pelaporan kerusakan saluran irigasi.", None),
    ("Evaluasi mandiri indeks SPBE", "OPD mengisi penilaian mandiri indikator SPBE beserta bukti dukung untuk evaluasi SPBE pemerintah daerah.", None),
    ("Registrasi pemandu wisata", "Pendaftaran, sertifikasi dan kartu identitas pemandu wisata berlisensi di destinasi daerah.", None),
    ("Penamaan jalan dan nomor rumah", "Pengusulan nama jalan baru, penetapan nomor rumah dan pembakuan nama rupabumi.", None),
    ("Bimbingan calon pengantin", "Pendaftaran kelas bimbingan perkawinan calon pengantin, jadwal sesi dan sertifikat kelulusan.", None),
    ("Zakat profesi ASN", "Pemotongan zakat profesi dari gaji ASN yang bersedia dan penyalurannya melalui Baznas daerah.", None),
]

FIELDS = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab", "kode_raa",
          "status", "tahun", "url", "dpi"]


def main():
    rows = build_rows()
    with open("blind23-inventory.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)

    by_key = {}
    for r in rows:
        by_key.setdefault(r["_key"], []).append(r["id"])
    groups = []
    key_group = {}
    for key, ids in sorted(by_key.items(), key=lambda kv: min(kv[1])):
        if len(ids) >= 2:
            g = {"id": "g%02d" % (len(groups) + 1), "members": sorted(ids)}
            groups.append(g)
            key_group[key] = g["members"]
    with open("blind23-groups.json", "w", encoding="utf-8") as f:
        json.dump({
            "source": "Blind set 23: merged application survey that several provincial Diskominfo offices "
                      "(Jawa Tengah, Sulawesi Selatan, Kalimantan Timur, Nusa Tenggara Timur, Sumatera Barat, "
                      "Bali) sent to Kemenko PMK for a consolidation review: OPD applications of the provinces "
                      "and their kabupaten/kota (filed under the province id), the central ministries' "
                      "applications they use and national platforms/DPI blocks; written by hand in "
                      "blind23-build.py (seed 232323) by a worker blind to the engine, who " + SOURCE_READ + ".",
            "duplicateGroups": groups,
        }, f, ensure_ascii=False, indent=1)

    name_id = {r["_orig"]: r["id"] for r in rows}
    assert len(name_id) == len(rows), "duplicate application names"
    props = []
    for i, (nama, desk, target) in enumerate(PROPOSALS, 1):
        if target is None:
            exp = []
        elif isinstance(target, tuple):
            exp = [name_id[target[1]]]
        else:
            exp = key_group[target]
        props.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desk, "expected": exp})
    with open("blind23-proposals.json", "w", encoding="utf-8") as f:
        json.dump({
            "source": "Blind set 23 proposals (32 reuse, 16 novel) against blind23-inventory.csv, written by hand "
                      "in blind23-build.py (seed 232323) by a worker blind to the engine, who " + SOURCE_READ + ".",
            "proposals": props,
        }, f, ensure_ascii=False, indent=1)

    # summary (counts only)
    in_groups = sum(len(g["members"]) for g in groups)
    sizes = [len(g["members"]) for g in groups]
    print("rows", len(rows), "instansi", len({r["instansi"] for r in rows}))
    print("groups", len(groups), "rows in groups", in_groups, "size", min(sizes), "-", max(sizes))
    print("trap rows", sum(r["_trap"] for r in rows))
    print("no deskripsi", sum(not r["deskripsi"] for r in rows), "no fungsi", sum(not r["fungsi"] for r in rows),
          "no jenis", sum(not r["jenis"] for r in rows))
    print("proposals", len(props), "reuse", sum(bool(p["expected"]) for p in props),
          "novel", sum(not p["expected"] for p in props),
          "single-row", sum(len(p["expected"]) == 1 for p in props))


if __name__ == "__main__":
    main()
