#!/usr/bin/env python3
"""Build blind13: a hand-labelled test set shaped like a Kemenko coordinator's audit export.

Rows were written by hand (names, descriptions, business functions, agency and group labels).
The script only shuffles rows, assigns ids, blanks fields to reach the target rates of missing
data, and fills the metadata columns (jenis, kode_*, status, tahun, url) deterministically.

Outputs (same folder): blind13-inventory.csv, blind13-groups.json, blind13-proposals.json
Stdlib only; random.seed(131313).
"""
import csv
import json
import os
import random
import re

random.seed(131313)
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE_GROUPS = ("Hand-written and hand-labelled by an assistant acting as a senior SPBE architect, "
                 "working blind to the engine from a public SPBE reference note only; a group means one "
                 "platform could replace all its members.")
SOURCE_PROPOSALS = ("Hand-written by the same assistant, blind to the engine: reuse proposals expect every "
                    "member of the duplicated group (or the one matching row); novel proposals expect nothing.")

# ---------------------------------------------------------------------------------------------
# Reference-architecture codes per business area (RAB level 2, RAL level 2, RAA level 2).
# Levels 1-2 follow the public reference; numbers below level 2 are agency-style and illustrative.
TAGS = {
    'peg': ('RAB.09.06', 'RAL.02.04', 'RAA.01.02'),
    'keu': ('RAB.09.02', 'RAL.02.02', 'RAA.01.02'),
    'ren': ('RAB.09.05', 'RAL.02.03', 'RAA.01.02'),
    'kin': ('RAB.09.06', 'RAL.02.07', 'RAA.01.02'),
    'adm': ('RAB.09.07', 'RAL.02.06', 'RAA.01.02'),
    'org': ('RAB.09.06', 'RAL.02.08', 'RAA.01.02'),
    'data': ('RAB.09.03', 'RAL.02.09', 'RAA.01.02'),
    'info': ('RAB.09.03', 'RAL.01.41', 'RAA.01.01'),
    'ti': ('RAB.09.04', 'RAL.02.06', 'RAA.01.02'),
    'izin': ('RAB.02.10', 'RAL.01.20', 'RAA.02.01'),
    'hukum': ('RAB.05.02', 'RAL.01.07', 'RAA.02.01'),
    'ln': ('RAB.01.02', 'RAL.01.02', 'RAA.02.01'),
    'han': ('RAB.01.01', 'RAL.01.01', 'RAA.02.02'),
    'kes': ('RAB.04.01', 'RAL.01.04', 'RAA.02.01'),
    'sos': ('RAB.04.02', 'RAL.01.05', 'RAA.02.01'),
    'pend': ('RAB.06.01', 'RAL.01.06', 'RAA.02.01'),
    'naker': ('RAB.06.02', 'RAL.01.12', 'RAA.02.01'),
    'tani': ('RAB.02.05', 'RAL.01.27', 'RAA.02.01'),
    'kkp': ('RAB.07.03', 'RAL.01.28', 'RAA.02.01'),
    'lh': ('RAB.07.01', 'RAL.01.16', 'RAA.02.01'),
    'esdm': ('RAB.07.02', 'RAL.01.33', 'RAA.02.01'),
    'hub': ('RAB.03.04', 'RAL.01.23', 'RAA.02.01'),
    'pu': ('RAB.03.01', 'RAL.01.09', 'RAA.02.01'),
    'tanah': ('RAB.03.03', 'RAL.01.15', 'RAA.02.01'),
    'duk': ('RAB.03.07', 'RAL.01.17', 'RAA.01.01'),
    'desa': ('RAB.03.05', 'RAL.01.19', 'RAA.02.01'),
    'dag': ('RAB.02.02', 'RAL.01.31', 'RAA.02.01'),
    'ind': ('RAB.02.01', 'RAL.01.32', 'RAA.02.01'),
    'kop': ('RAB.02.04', 'RAL.01.25', 'RAA.02.01'),
    'agama': ('RAB.08.02', 'RAL.01.38', 'RAA.02.01'),
    'bud': ('RAB.08.01', 'RAL.01.22', 'RAA.02.01'),
    'bencana': ('RAB.05.03', 'RAL.01.11', 'RAA.02.01'),
    'trib': ('RAB.05.01', 'RAL.01.10', 'RAA.02.02'),
    'stat': ('RAB.09.03', 'RAL.02.09', 'RAA.02.02'),
    'riset': ('RAB.06.03', 'RAL.01.42', 'RAA.02.01'),
    'bayar': ('RAB.09.02', 'RAL.01.44', 'RAA.01.01'),
    'wisata': ('RAB.02.08', 'RAL.01.30', 'RAA.02.01'),
    'pora': ('RAB.06.04', 'RAL.01.37', 'RAA.02.01'),
}

# ---------------------------------------------------------------------------------------------
# Row tuple: (nama, instansi, deskripsi, fungsi, flags[, extra])
#   flags: 'u' national shared platform / aplikasi umum, 't' trap (resembles another group or a
#          same-acronym app), 'k' keep at least one of deskripsi/fungsi (the name alone is ambiguous)
#   extra: dict, e.g. {'dpi': 'dpi-pembayaran', 'key': 'x', 'status': 'nonaktif', 'tag': 'keu'}
# Groups: slug -> (tag, rows). Each group = applications one platform could replace.

GROUPS = [
    ('kepegawaian', 'peg', [
        ("SIASN (Sistem Informasi ASN)", "bkn",
         "Sistem informasi ASN nasional yang mengelola data dan layanan kepegawaian seluruh instansi pusat dan daerah, terintegrasi dengan MyASN untuk layanan mandiri pegawai.",
         "manajemen data ASN nasional", "u"),
        ("SIMPEG Kemnaker (Sistem Informasi Manajemen Kepegawain)", "kemnaker",
         "Aplikasi pengelolaan data pegawai internal Kementerian Ketenagakerjaan: riwayat jabatan, pangkat, pendidikan, keluarga, dan cetak DRH.",
         "administrasi kepegawaian", ""),
        ("SIMPEG v2.0", "kemenperin",
         "Pengembangan ulang Sistem Informasi Manajemen Kepegawaian versi 2.0 dengan modul mutasi, kenaikan pangkat dan pensiun.",
         "kepegawaian", ""),
        ("SIKEP (Sistem Informasi Kepegawaian)", "kemenpupr",
         "Basis data pegawai Kementerian PUPR termasuk pegawai balai besar dan balai di daerah.",
         "data kepegawaian", ""),
        ("Sist. Info. Kepegawaian Daerah (SIMPEG BKD)", "prov-sulawesi-tengah",
         "Dikelola BKD Provinsi untuk data ASN daerah, usulan kenaikan pangkat dan kenaikan gaji berkala.",
         "manajemen ASN daerah", ""),
        ("e-SDM Kementerian Kelautan dan Perikanan", "kkp",
         "Aplikasi pengelolaan sumber daya manusia aparatur: profil pegawai, riwayat diklat, usulan kenaikan pangkat dan usul pensiun.",
         "pengelolaan SDM aparatur", ""),
        ("Satu Data ASN Kemenag", "kemenag",
         "Database tunggal pegawai Kementerian Agama pusat, kanwil, kankemenag dan madrasah negeri untuk layanan kenaikan pangkat, mutasi dan pensiun.",
         "data kepegawaian", "tk"),
        ("Layanan Usul Kenaikan Pangkat Online (e-KP)", "prov-kalimantan-selatan",
         "Usulan kenaikan pangkat ASN Pemprov secara daring yang diverifikasi BKD lalu diteruskan ke BKN.",
         "layanan kenaikan pangkat", ""),
        ("HRIS Bakamla", "bakamla",
         "Human Resource Information System untuk data personel Bakamla: pegawai ASN dan personel penugasan TNI/Polri, riwayat jabatan dan pangkat.",
         "", ""),
    ]),
    ('presensi', 'peg', [
        ("e-Presensi Online", "kemendag",
         "Presensi pegawai berbasis aplikasi mobile dengan geotagging dan swafoto; rekap bulanan untuk perhitungan tunjangan kinerja.",
         "presensi pegawai", ""),
        ("Absensi Fingerprint Terintegrasi", "bmkg",
         "Integrasi mesin sidik jari di stasiun meteorologi seluruh Indonesia ke server pusat untuk rekap kehadiran pegawai.",
         "kehadiran pegawai", ""),
        ("Kanwil Jateng - Aplikasi Presensi Pegawai", "kemenkumham", "", "absensi", ""),
        ("SIPRESENSI", "prov-jambi",
         "Sistem presensi ASN Pemprov Jambi berbasis lokasi (geofencing) untuk WFO dan WFH.", "", ""),
        ("Presensi Mobile (PreMob) Versi Baru", "bpom",
         "Versi baru aplikasi presensi dengan face recognition untuk pegawai pusat dan Balai POM di daerah.",
         "presensi", ""),
        ("Aplikasi Kehadiran dan Jam Kerja Pegawai", "kemenparekraf",
         "Mencatat jam masuk/pulang, izin, sakit, cuti dan dinas luar; laporan bulanan ke bagian keuangan untuk potongan tukin.",
         "manajemen kehadiran", ""),
        ("E-Absen", "prov-maluku-utara", "", "", ""),
    ]),
    ('pengaduan', 'info', [
        ("SP4N-LAPOR!", "kemenpanrb",
         "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional; kanal aspirasi dan pengaduan masyarakat yang terhubung ke seluruh instansi pemerintah.",
         "pengelolaan pengaduan pelayanan publik", "u"),
        ("e-Pengaduan Masyarakat", "kemendes-pdtt",
         "Kanal pengaduan masyarakat terkait program desa, dana desa dan transmigrasi; tindak lanjut oleh unit teknis.",
         "pengaduan masyarakat", ""),
        ("SIPEMAS (Sistem Informasi Pengaduan Masyarakat)", "atr-bpn",
         "Penerimaan dan penanganan pengaduan masyarakat tentang layanan pertanahan di kantor pertanahan.",
         "penanganan pengaduan", ""),
        ("Hubla Care - Pengaduan Layanan", "kemenhub",
         "Aduan pengguna jasa transportasi laut terkait pelayanan kantor syahbandar dan pelabuhan.", "", "k"),
        ("Lapor Gub", "prov-sulawesi-selatan",
         "Aplikasi aspirasi dan pengaduan warga kepada Gubernur; disposisi otomatis ke OPD terkait.",
         "aspirasi dan pengaduan", ""),
        ("Kanim Kelas I Ngurah Rai - Pengaduan Layanan Keimigrasian", "kemenkumham", "", "pengaduan layanan", ""),
        ("Portal Aduan Warga NTB", "prov-nusa-tenggara-barat",
         "Kanal pengaduan online Pemprov NTB, terintegrasi dengan SP4N-LAPOR! melalui API.", "", ""),
    ]),
    ('persuratan', 'adm', [
        ("SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "anri",
         "Aplikasi umum bidang kearsipan dinamis: naskah dinas masuk dan keluar, disposisi, tanda tangan elektronik, dan pemberkasan arsip.",
         "kearsipan dinamis dan persuratan", "u"),
        ("E-Office", "kemenpora", "Persuratan elektronik dan disposisi pimpinan.", "persuratan", ""),
        ("TNDE (Tata Naskah Dinas Elektronik)", "kemendagri",
         "Pembuatan, pengiriman dan pengarsipan naskah dinas secara elektronik di lingkungan Kemendagri.",
         "naskah dinas elektronik", ""),
        ("SIMAS (Sistem Informasi Manajemen Surat)", "bnpt", "", "manajemen surat masuk dan keluar", "tk"),
        ("Aplikasi Persuratn & Disposisi (APD) v3", "kemenkes",
         "Pekerjaan pengembangan Aplikasi Persuratan dan Disposisi versi 3 meliputi analisis kebutuhan, perancangan basis data, pengembangan modul registrasi surat masuk, surat keluar, disposisi berjenjang dan notifikasi, serta pelatihan pengguna di lingkungan Sekretariat Jenderal, sesuai Kerangka Acuan Kerja.",
         "persuratan dinas", ""),
        ("Sist. Info. Arsip Dinamis (SIAD)", "prov-jawa-tengah",
         "Pengelolaan arsip aktif dan inaktif perangkat daerah: pemberkasan, daftar arsip, jadwal retensi.",
         "arsip dinamis", ""),
        ("Kanwil Kemenag Sumut - e-Surat", "kemenag",
         "Surat masuk dan keluar Kanwil serta Kankemenag kabupaten/kota.", "", ""),
        ("NADINE (Naskah Dinas Elektronik)", "kemenkopukm", "", "", ""),
        ("Office Automation System", "bsn",
         "Sistem otomasi perkantoran: surat-menyurat, nota dinas, agenda surat dan arsip digital.",
         "office automation", "k"),
        ("e-Arsip", "prov-bengkulu",
         "Digitalisasi dan penyimpanan arsip dinamis (arsip aktif) di unit kerja Pemprov.", "", "k"),
    ]),
    ('arsip-statis', 'adm', [
        ("SIKN - JIKN (Sistem Informasi Kearsipan Nasional)", "anri",
         "Jaringan Informasi Kearsipan Nasional: katalog dan akses publik arsip statis dari lembaga kearsipan pusat dan daerah.",
         "layanan arsip statis", ""),
        ("Sistem Informasi Khazanah Arsip Statis", "prov-di-yogyakarta",
         "Deskripsi, penelusuran dan layanan akses arsip statis di Dinas Perpustakaan dan Arsip.",
         "layanan arsip statis", ""),
        ("Aplikasi Digitalisasi Arsip Statis & Layanan Penelusuran", "prov-sumatera-barat",
         "Alih media arsip statis dan layanan penelusuran bagi peneliti dan masyarakat.", "", ""),
    ]),
    ('keuangan-daerah', 'keu', [
        ("SIPD (Sistem Informasi Pemerintahan Daerah)", "kemendagri",
         "Perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah secara terintegrasi.",
         "perencanaan dan keuangan daerah", "u"),
        ("e-Planning", "prov-sulawesi-utara",
         "Penyusunan RKPD, musrenbang online dan Renja perangkat daerah.",
         "perencanaan pembangunan daerah", "k"),
        ("e-Budgeting APBD", "prov-riau", "Penyusunan RKA-SKPD dan rancangan APBD.", "penganggaran daerah", ""),
        ("SIMDA Keuangan", "bpkp",
         "Aplikasi pengelolaan keuangan daerah yang dikembangkan BPKP: penganggaran, penatausahaan, akuntansi dan pelaporan; sedang digantikan SIPD.",
         "keuangan daerah", "", {'status': 'nonaktif'}),
        ("SIPKD (Sist. Informasi Pengelolaan Keuangan Daerah)", "prov-papua-barat", "", "pengelolaan keuangan daerah", ""),
    ]),
    ('perencanaan-kl', 'ren', [
        ("KRISNA (Kolaborasi Perencanaan dan Informasi Kinerja Anggaran)", "bappenas",
         "Aplikasi kolaborasi penyusunan Renja K/L dan RKA-K/L antara Bappenas, Kemenkeu dan KemenPANRB.",
         "perencanaan dan penganggaran K/L", "u"),
        ("SIPP (Sistem Informasi Perencanaan dan Penganggaran)", "kesdm",
         "Penyusunan usulan program dan kegiatan, Renja dan RKA-K/L unit eselon I KESDM sebelum diinput ke KRISNA.",
         "perencanaan anggaran", "k"),
        ("e-Renja", "kemensos", "Penyusunan rencana kerja tahunan unit kerja dan pagu indikatif.", "", ""),
        ("Aplikasi Perencanaan Anggaran Terpadu (APATU)", "klhk", "", "perencanaan penganggaran", ""),
    ]),
    ('keuangan-kl', 'keu', [
        ("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
         "Aplikasi terintegrasi pengelolaan keuangan satuan kerja: pelaksanaan anggaran, bendahara, komitmen, akuntansi dan pelaporan; menggantikan SAS, SAIBA dan aplikasi lain.",
         "pengelolaan keuangan satker", "u"),
        ("SIMKEU", "lemhannas",
         "Sistem informasi keuangan internal: pencatatan realisasi, SPP/SPM, kuitansi, dan laporan keuangan.",
         "keuangan", "k"),
        ("BBWS Brantas - Aplikasi Realisasi Anggaran", "kemenpupr",
         "Pencatatan realisasi belanja dan penyusunan SPM balai.", "", ""),
        ("General Ledger (GL) System", "kemhan",
         "Pembukuan dan penyusunan laporan keuangan satuan kerja: neraca, LRA, LO.",
         "akuntansi dan pelaporan keuangan", "k"),
        ("Sistem Informasi Anggaran (SIA)", "basarnas",
         "Pengelolaan pagu DIPA, pencatatan realisasi anggaran dan pertanggungjawaban kantor SAR.", "", ""),
        ("e-Keuangan", "bpip", "", "", ""),
    ]),
    ('sakip', 'kin', [
        ("e-SAKIP", "kemenpanrb",
         "Aplikasi pelaporan Sistem Akuntabilitas Kinerja Instansi Pemerintah: perjanjian kinerja, pengukuran, LKjIP dan evaluasi.",
         "akuntabilitas kinerja instansi", "u"),
        ("e-Kinerja Organisasi", "kemenpppa",
         "Pengukuran capaian indikator kinerja utama (IKU) unit eselon I dan II serta penyusunan Laporan Kinerja (LKj) tahunan.",
         "kinerja organisasi", "tk"),
        ("SAKIP Online Prov. Kaltim", "prov-kalimantan-timur", "", "akuntabilitas kinerja", ""),
        ("SIMKIN (Sistem Informasi Manajemen Kinerja)", "brin",
         "Perjanjian kinerja, pemantauan capaian IKU triwulanan dan penyusunan LAKIP.", "", "k"),
        ("Aplikasi Perjanjian Kinerja & LAKIP", "kemenko-pmk",
         "Penyusunan perjanjian kinerja, rencana aksi dan laporan kinerja Kemenko PMK.", "akuntabilitas kinerja", ""),
        ("Dashboard Capaian IKU", "bnn",
         "Dasbor pemantauan capaian indikator kinerja utama instansi dan rencana aksi per deputi.",
         "pemantauan kinerja instansi", "k"),
    ]),
    ('ekinerja-pegawai', 'peg', [
        ("e-Kinerja BKN", "bkn",
         "Penyusunan SKP, penilaian perilaku kerja dan predikat kinerja pegawai sesuai PermenPANRB 6/2022; terhubung SIASN.",
         "penilaian kinerja pegawai", ""),
        ("SIKAP (Sistem Informasi Kinerja dan Aktivitas Pegawai)", "kemendikbudristek",
         "Pencatatan log harian aktivitas pegawai, penyusunan SKP dan penilaian kinerja bulanan untuk dasar tunjangan kinerja.",
         "kinerja pegawai", "k"),
        ("SKP Online", "prov-banten", "", "penilaian SKP", ""),
        ("e-Kinerja", "prov-kalimantan-barat",
         "Aplikasi laporan kinerja harian ASN Pemprov sebagai dasar pembayaran TPP (tambahan penghasilan pegawai).", "", "k"),
        ("Kanwil Jatim - Penilaian Kinerja Pegawai", "kemenkumham", "", "penilaian kinerja individu", "k"),
    ]),
    ('satu-data', 'data', [
        ("Portal Satu Data Indonesia (data.go.id)", "bappenas",
         "Katalog dan portal data terbuka nasional; instansi pusat dan daerah mengunggah dataset dan metadata sesuai prinsip Satu Data Indonesia.",
         "portal data terbuka", "u"),
        ("Satu Data Kementan", "kementan",
         "Portal data sektoral pertanian: dataset produksi, luas panen, dan metadata untuk publik.",
         "portal data sektoral", ""),
        ("Open Data Jabar", "prov-jawa-barat", "Portal data terbuka Pemprov Jawa Barat.", "data terbuka", ""),
        ("Portal Data Kemenhub", "kemenhub", "", "", ""),
        ("SATU DATA KKP", "kkp",
         "Publikasi dataset kelautan dan perikanan dalam format terbuka beserta metadata.", "", ""),
        ("Portal Satu Data NTT", "prov-nusa-tenggara-timur", "", "satu data daerah", ""),
    ]),
    ('geoportal', 'data', [
        ("Ina-Geoportal", "big",
         "Simpul jaringan informasi geospasial nasional untuk berbagi pakai data dan peta tematik dari K/L dan daerah dalam kerangka Kebijakan Satu Peta.",
         "berbagi pakai data geospasial", "u"),
        ("Geoportal Kalteng", "prov-kalimantan-tengah", "Simpul jaringan data geospasial daerah.", "data geospasial", ""),
        ("Geoportal Pemprov Sumsel", "prov-sumatera-selatan", "", "simpul jaringan informasi geospasial", ""),
        ("SIGADA (Sistem Informasi Geospasial Daerah)", "prov-papua-selatan",
         "Katalog peta tematik OPD dan layanan WMS/WFS untuk berbagi pakai data spasial.", "", "k"),
    ]),
    ('perizinan', 'izin', [
        ("OSS-RBA (Online Single Submission Berbasis Risiko)", "kementerian-investasi",
         "Perizinan berusaha terintegrasi secara elektronik berbasis risiko untuk pelaku usaha, termasuk penerbitan NIB dan izin usaha.",
         "perizinan berusaha", "u"),
        ("SIGAP Perizinan (Sistem Informasi Gerai Pelayanan Perizinan)", "prov-kepulauan-riau",
         "Pelayanan perizinan dan nonperizinan berusaha pada DPMPTSP Provinsi.", "perizinan", "t"),
        ("Perizinan Online DPMPTSP", "prov-jawa-timur",
         "Pengajuan izin usaha, pelacakan berkas, dan penerbitan izin di DPMPTSP.", "", ""),
        ("e-Perijinan", "prov-lampung", "", "pelayanan ijin usaha", ""),
        ("Sistem Pelayanan Perizinan Terpadu Satu Pintu (SIMPPTSP)", "prov-kalimantan-utara",
         "Pengelolaan permohonan perizinan berusaha di PTSP Provinsi.", "perizinan terpadu", ""),
    ]),
    ('pengadaan', 'keu', [
        ("SPSE (Sistem Pengadaan Secara Elektronik)", "lkpp",
         "Aplikasi e-procurement untuk tender, seleksi dan pengadaan langsung yang dijalankan LPSE di setiap instansi.",
         "pengadaan barang/jasa elektronik", "u"),
        ("LPSE Kemenhub", "kemenhub",
         "Layanan pengadaan secara elektronik Kemenhub (instalasi SPSE).", "", ""),
        ("e-Procurement Internal Setneg", "kemensetneg",
         "Aplikasi pengadaan barang/jasa internal: pengumuman, pemasukan penawaran, evaluasi dan pengumuman pemenang.",
         "pengadaan", ""),
        ("Sistem Pengadaan Langsung (SIPL)", "kemenag", "", "pengadaan langsung", ""),
        ("e-Tendering", "prov-gorontalo", "Tender elektronik paket pekerjaan pemerintah provinsi.", "", ""),
    ]),
    ('bmn', 'keu', [
        ("Kanwil DJKN Sulsel - SIMAK-BMN", "kemenkeu",
         "Sistem informasi manajemen dan akuntansi barang milik negara: pencatatan perolehan, mutasi, penyusutan dan laporan BMN.",
         "penatausahaan BMN", "t"),
        ("SIMANIS (Sistem Informasi Manajemen Aset Negara Internal)", "kementan",
         "Inventarisasi BMN, label QR, dan pelacakan lokasi aset di UPT Kementan.", "manajemen aset", ""),
        ("Aplikasi Inventaris BMN", "bnpb", "", "inventarisasi barang milik negara", ""),
        ("e-Aset", "bapeten",
         "Pengelolaan aset tetap: pengadaan, distribusi, pemeliharaan dan penghapusan barang milik negara.", "", "k"),
        ("Sist. Info. Pengelolaan BMN (SIPBMN)", "kemlu",
         "Termasuk aset di perwakilan RI di luar negeri.", "pengelolaan BMN", ""),
    ]),
    ('bmd', 'keu', [
        ("SIMDA BMD", "bpkp",
         "Modul barang milik daerah dari SIMDA: inventarisasi, KIB, mutasi dan laporan barang.",
         "penatausahaan barang milik daerah", ""),
        ("SIMBADA", "prov-kepulauan-bangka-belitung", "Sistem Informasi Manajemen Barang Daerah.", "", ""),
        ("e-BMD", "prov-sulawesi-tenggara", "", "barang milik daerah", ""),
        ("Aset Daerah Online (ASDO)", "prov-aceh",
         "Pencatatan aset daerah per OPD, kartu inventaris barang, rekonsiliasi dengan BPKAD.",
         "manajemen aset daerah", ""),
    ]),
    ('helpdesk', 'ti', [
        ("Helpdesk TI", "kemenko-polhukam",
         "Layanan tiket gangguan TIK internal: email, jaringan, perangkat.", "layanan dukungan TI", ""),
        ("Service Desk Pusdatin", "kemenkes",
         "Aplikasi ITSM untuk pencatatan insiden, permintaan layanan, dan SLA di Pusat Data dan Informasi.",
         "manajemen layanan TI", ""),
        ("Pengaduan Gangguan Jaringan Internet Kantor", "prov-dki-jakarta",
         "Unit kerja melaporkan gangguan jaringan dan internet; teknisi Diskominfotik menindaklanjuti.",
         "penanganan gangguan TIK", "tk"),
        ("Helpdesk e-Ticketing Layanan TIK", "bps", "", "helpdesk TIK", ""),
        ("SIDESK (Sistem Informasi Helpdesk)", "kemensetneg", "", "", ""),
        ("Apl. Layanan Dukungan Teknis (ALDUTEK)", "bkkbn",
         "Permintaan dukungan teknis aplikasi dan perangkat oleh unit kerja dan perwakilan BKKBN provinsi.", "", "k"),
    ]),
    ('ppid', 'info', [
        ("e-PPID", "kemendag", "Layanan permohonan informasi publik dan keberatan secara daring.",
         "layanan informasi publik", ""),
        ("PPID Online", "kemenpupr", "", "permohonan informasi publik", ""),
        ("Sistem Informasi PPID", "prov-bali",
         "Daftar informasi publik, permohonan informasi, pengajuan keberatan dan laporan layanan informasi tahunan.", "", ""),
        ("e-PPID Kemendikbudristek", "kemendikbudristek", "", "", ""),
        ("Layanan Informasi Publik (LIP)", "kesdm",
         "Permohonan informasi publik dan Daftar Informasi Publik (DIP) kementerian.", "PPID", "k"),
        ("SIPPID", "prov-sulawesi-barat", "", "pelayanan informasi publik", ""),
        ("PPID Kanwil Kemenkumham Bali", "kemenkumham",
         "Portal PPID pelaksana Kanwil: permohonan informasi dan keberatan.", "", ""),
    ]),
    ('website', 'info', [
        ("Website Resmi Kemenko Perekonomian", "kemenko-perekonomian",
         "Portal berita dan profil kementerian berbasis CMS WordPress.", "publikasi informasi instansi", ""),
        ("Portal Web Kemendes", "kemendes-pdtt", "", "website instansi", ""),
        ("Website Kanwil Kemenag Aceh", "kemenag", "Situs berita dan profil Kanwil.", "", ""),
        ("Web Profil BPS Provinsi Jawa Timur", "bps", "", "", ""),
        ("Portal Resmi Pemprov Maluku", "prov-maluku",
         "Situs resmi pemerintah provinsi: berita, agenda, profil OPD.", "website pemerintah daerah", ""),
        ("Website Kemenko IPK", "kemenko-ipk", "", "profil dan berita instansi", ""),
    ]),
    ('vicon', 'ti', [
        ("Video Conference Kemlu (Vicon Perwakilan)", "kemlu",
         "Konferensi video antara kantor pusat dan perwakilan RI di luar negeri.", "rapat daring", ""),
        ("Zoom Enterprise Setjen", "kemenko-marves",
         "Layanan video conference berlisensi untuk rapat koordinasi.", "", ""),
        ("Sistem Vidcon Terpadu", "prov-sumatera-utara",
         "Ruang rapat virtual untuk rapat gubernur dengan bupati/wali kota.", "video conference", ""),
        ("e-Meeting (Vicon BigBlueButton)", "bssn",
         "Platform rapat daring self-hosted untuk rapat internal yang bersifat terbatas.", "", "k"),
    ]),
    ('monev', 'ren', [
        ("SIMONA (Sistem Monitoring dan Evaluasi Anggaran)", "kemenpora",
         "Pemantauan realisasi fisik dan keuangan kegiatan per satker setiap bulan serta evaluasi capaian output.",
         "monitoring dan evaluasi kegiatan", "tk"),
        ("e-Monev Kementan", "kementan", "", "monitoring evaluasi program", ""),
        ("Aplikasi Monev Pelaksanaan Program (AMPP)", "kemendes-pdtt",
         "Monitoring pelaksanaan program dan kegiatan prioritas berdasarkan laporan progres unit eselon II.", "", ""),
        ("Monitoring System Program Prioritas", "kemenperin",
         "Pemantauan progres program prioritas dan output kegiatan, termasuk kendala dan tindak lanjut.",
         "monitoring program", ""),
        ("e-Monev KLHK", "klhk",
         "Pelaporan realisasi fisik, keuangan dan capaian output kegiatan satker per triwulan sesuai PP 39/2006.",
         "monev pelaksanaan kegiatan", ""),
        ("Sist. Info. Monitoring dan Evaluasi (SIMONEV) v2", "kkp", "", "", ""),
    ]),
    ('pengawasan-internal', 'org', [
        ("SIMHP (Sistem Informasi Manajemen Hasil Pengawasan)", "bpkp",
         "Pengelolaan penugasan pengawasan, kertas kerja audit, laporan hasil pengawasan dan pemantauan tindak lanjut.",
         "manajemen pengawasan intern", ""),
        ("e-Audit Itjen", "kemenhub",
         "Perencanaan audit (PKPT), pelaksanaan audit, kertas kerja elektronik, dan tindak lanjut rekomendasi Inspektorat Jenderal.",
         "audit internal", ""),
        ("SIMWAS", "kemenag", "", "pengawasan internal", ""),
        ("Sistem Informasi Pengawasan Inspektorat Daerah (SIPANDA)", "prov-nusa-tenggara-barat",
         "Penugasan pemeriksaan inspektorat dan pemantauan tindak lanjut hasil pemeriksaan.", "", ""),
        ("Apl. Tindak Lanjut Hasil Pemeriksaan (TLHP)", "kemensos", "", "tindak lanjut hasil audit", ""),
    ]),
    ('lims', 'kes', [
        ("BBPOM Surabaya - LIMS", "bpom",
         "Laboratory Information Management System: registrasi sampel, penugasan analis, hasil uji dan sertifikat pengujian.",
         "manajemen laboratorium pengujian", ""),
        ("BBLK Jakarta - SILABKES (Sistem Informasi Laboratorium Kesehatan)", "kemenkes",
         "Pelacakan sampel klinis dan lingkungan, hasil uji dan pelaporan.", "", ""),
        ("Sistem Informasi Laboratorium Pengujian Mutu Hasil Perikanan", "kkp", "", "pengujian mutu", ""),
        ("e-Lab Balai Besar Veteriner", "kementan",
         "Penerimaan sampel, nomor registrasi, alur pengujian, hasil dan LHU (laporan hasil uji).",
         "pelayanan laboratorium veteriner", ""),
    ]),
    ('beasiswa', 'pend', [
        ("Beasiswa LPDP Online", "kemenkeu",
         "Pendaftaran, seleksi, dan monitoring penerima beasiswa LPDP.", "pengelolaan beasiswa", ""),
        ("SIBEA (Sistem Informasi Beasiswa) Kemenag", "kemenag",
         "Pendaftaran dan seleksi beasiswa santri dan mahasiswa PTKI.", "", ""),
        ("Beasiswa Unggulan", "kemendikbudristek", "", "beasiswa", ""),
        ("e-Beasiswa Pemprov", "prov-kalimantan-timur",
         "Pendaftaran, verifikasi berkas dan pengumuman penerima beasiswa daerah.", "bantuan beasiswa daerah", ""),
    ]),
    ('sertifikasi-kompetensi', 'naker', [
        ("Sistem Informasi Sertifikasi Kompetensi Kerja", "kemnaker",
         "Pendaftaran uji kompetensi melalui LSP, penjadwalan asesor, hasil uji, dan penerbitan sertifikat kompetensi.",
         "sertifikasi kompetensi", ""),
        ("Sertifikasi Kompetensi Pariwisata Online", "kemenparekraf",
         "Pendaftaran dan pencatatan hasil uji kompetensi SDM pariwisata.", "", ""),
        ("Sertifikasi Kompetensi TIK (DTS Sertifikasi)", "kominfo",
         "Pendaftaran uji sertifikasi kompetensi bidang TIK bagi peserta Digital Talent Scholarship.", "uji kompetensi", ""),
        ("SIKI - Sertifikasi Tenaga Kerja Konstruksi", "kemenpupr",
         "Registrasi dan sertifikasi kompetensi kerja tenaga konstruksi (SKK).", "", ""),
    ]),
    ('penyuluhan', 'tani', [
        ("SIMLUHTAN", "kementan",
         "Sistem Informasi Manajemen Penyuluhan Pertanian: data penyuluh, kelembagaan petani, programa dan laporan kegiatan penyuluhan.",
         "manajemen penyuluhan", ""),
        ("e-Penyuluh Perikanan", "kkp",
         "Data penyuluh perikanan, kelompok pelaku utama, dan laporan kegiatan penyuluhan harian.",
         "penyuluhan perikanan", ""),
        ("Sistem Informasi Penyuluhan Pertanian Daerah", "prov-jawa-timur", "", "", ""),
        ("Aplikasi Laporan Kegiatan Penyuluh (ALKP)", "prov-sulawesi-selatan",
         "Penyuluh melaporkan kunjungan ke kelompok tani beserta foto dan koordinat.", "", ""),
    ]),
    ('karantina', 'tani', [
        ("IQFAST (Indonesian Quarantine Full Automation System)", "kementan",
         "Otomasi layanan karantina hewan dan tumbuhan: permohonan, pemeriksaan, dan sertifikasi karantina ekspor/impor.",
         "pelayanan karantina", ""),
        ("Sistem Karantina Ikan Terpadu (SKIT)", "kkp",
         "Layanan karantina ikan, pengendalian mutu dan keamanan hasil perikanan: permohonan, pemeriksaan, health certificate.",
         "", ""),
        ("Balai Karantina Pertanian Soekarno-Hatta - e-Cert", "kementan",
         "Penerbitan sertifikat elektronik karantina tumbuhan (e-Phyto) dan pertukarannya dengan negara mitra.", "", "k"),
        ("PPK Online (Permohonan Pemeriksaan Karantina)", "kkp", "", "permohonan karantina", ""),
    ]),
    ('survei-capi', 'stat', [
        ("FASIH (Sistem Pengumpulan Data Survei)", "bps",
         "Aplikasi pengumpulan data survei dan sensus berbasis CAPI/CAWI dengan manajemen petugas dan pemeriksaan isian.",
         "pengumpulan data survei", ""),
        ("Aplikasi Survei Lapangan Mobile", "kemenkes",
         "Pengumpulan data survei kesehatan di lapangan menggunakan tablet (CAPI) oleh enumerator.", "", ""),
        ("e-Survei Ubinan", "kementan",
         "Pencatatan hasil survei ubinan oleh petugas lapangan untuk estimasi produktivitas.", "survei produksi", ""),
        ("Survei Wisnus Online (CAWI)", "kemenparekraf", "", "survei", "k"),
    ]),
    ('pelatihan-asn', 'peg', [
        ("ASN Unggul (MOOC LAN)", "lan",
         "Platform pembelajaran daring ASN berbasis MOOC dan LMS.", "pembelajaran ASN", ""),
        ("BPPK - SIMDIKLAT", "kemenkeu",
         "Administrasi penyelenggaraan diklat: pendaftaran peserta, jadwal, pengajar, sertifikat.",
         "penyelenggaraan diklat", ""),
        ("e-Learning BPSDM", "kemenkumham", "", "pembelajaran elektronik pegawai", ""),
        ("LMS Pusdiklat", "bps",
         "Learning Management System untuk pelatihan pegawai.", "", ""),
        ("SIDIA (Sistem Informasi Diklat Aparatur)", "prov-papua",
         "Pendaftaran dan pengelolaan pelatihan ASN di BPSDM Provinsi.", "", ""),
        ("Corpu Learning Hub Kemenhub", "kemenhub",
         "Corporate university: kurikulum, e-learning dan pencatatan jam pelajaran pengembangan kompetensi ASN (20 JP).",
         "pengembangan kompetensi ASN", ""),
        ("Pelatihan Online Pegawai (POP) versi 2", "bnpb", "", "", ""),
    ]),
    ('kerja-sama-ln', 'ln', [
        ("Sistem Informasi Kerja Sama Luar Negeri (SIKLN)", "kemendikbudristek",
         "Basis data perjanjian dan MoU kerja sama internasional, mitra, masa berlaku dan monitoring pelaksanaan.",
         "kerja sama luar negeri", ""),
        ("Database Kerja Sama Internasional", "klhk", "", "kerja sama internasional", ""),
        ("e-Treaty / MoU Tracking", "kemlu",
         "Repositori perjanjian internasional dan pelacakan status MoU yang diajukan K/L.", "", "k"),
        ("Apl. Monitorng Kerja Sama Teknik LN", "brin",
         "Pencatatan kerja sama riset dengan mitra luar negeri dan pelaporannya.", "", ""),
    ]),
    ('jdih', 'hukum', [
        ("JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)", "kemenkumham",
         "Pusat jaringan dokumentasi hukum nasional yang dikelola BPHN; mengintegrasikan dokumen hukum dari anggota JDIH.",
         "dokumentasi dan informasi hukum", "u"),
        ("JDIH Kemenkeu", "kemenkeu",
         "Basis data peraturan perundang-undangan bidang keuangan negara.", "dokumentasi hukum", ""),
        ("JDIH Provinsi Jawa Tengah", "prov-jawa-tengah", "", "", ""),
        ("Perpustakaan Hukum Digital", "kemensetneg",
         "Penelusuran peraturan perundang-undangan, keputusan presiden dan dokumen hukum lainnya secara daring.",
         "dokumentasi hukum", "tk"),
        ("Database Peraturan (e-Regulasi)", "kesdm", "Himpunan regulasi sektor ESDM.", "", ""),
        ("JDIH BNN", "bnn", "", "jaringan dokumentasi hukum", ""),
        ("SIDAHU (Sistem Informasi Dokumentasi Hukum)", "prov-kalimantan-selatan", "", "", ""),
    ]),
    ('media-monitoring', 'info', [
        ("Media Monitoring System", "kemenko-polhukam",
         "Pemantauan pemberitaan media online, cetak dan media sosial terkait isu strategis dengan analisis sentimen.",
         "pemantauan media", ""),
        ("SIAP Berita (Sistem Analisis Pemberitaan)", "kemendagri",
         "Kliping dan analisis sentimen pemberitaan tentang kementerian.", "", ""),
        ("e-Kliping Berita", "prov-di-yogyakarta", "", "kliping berita", ""),
        ("Dashboard Media Monitoring Humas", "kemenparekraf", "", "monitoring media", ""),
    ]),
    ('buku-tamu', 'adm', [
        ("Buku Tamu Digital", "bkn", "", "pencatatan tamu", ""),
        ("e-Tamu (Visitor Management)", "kemenpanrb",
         "Registrasi tamu kantor dengan foto KTP dan kartu akses sementara.", "", ""),
        ("SIBUTA (Sistem Informasi Buku Tamu)", "prov-lampung", "", "", ""),
    ]),
    ('ruang-rapat', 'adm', [
        ("Perizinan Pemakaian Ruang Rapat", "kemenkopukm",
         "Pengajuan dan persetujuan penggunaan ruang rapat dan aula.", "peminjaman ruang", "tk"),
        ("e-Booking Ruang Rapat", "bps", "", "", ""),
        ("Room Reservation System", "lkpp",
         "Reservasi ruang rapat dan sarana pendukung (proyektor, konsumsi).", "reservasi ruangan", ""),
    ]),
    ('perjalanan-dinas', 'keu', [
        ("SPPD Online", "kemenpppa", "Penerbitan surat perintah perjalanan dinas dan rincian biaya.",
         "perjalanan dinas", ""),
        ("e-Perjadin", "kemendagri",
         "Pengajuan perjalanan dinas, surat tugas, kuitansi, dan pertanggungjawaban biaya perjalanan dinas.", "", ""),
        ("Sist. Info. Perjalanan Dinas (SIPERDIN)", "prov-gorontalo", "", "perjalanan dinas", ""),
        ("Aplikasi Surat Tugas & Perjalanan Dinas", "big", "", "", ""),
        ("Kanwil Kemenkumham Sulsel - e-SPPD", "kemenkumham", "", "", ""),
    ]),
    ('dtks', 'sos', [
        ("SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "kemensos",
         "Pengelolaan Data Terpadu Kesejahteraan Sosial (DTKS): usulan, verifikasi dan validasi data oleh daerah.",
         "pengelolaan data kesejahteraan sosial", "u"),
        ("P3KE (Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem)", "kemenko-pmk",
         "Data keluarga miskin ekstrem berbasis nama dan alamat untuk pensasaran program.",
         "data sasaran kemiskinan", ""),
        ("Sistem Informasi Data Kemiskinan Daerah", "prov-papua-pegunungan",
         "Pendataan dan verifikasi rumah tangga miskin untuk sasaran bantuan sosial provinsi.", "", ""),
        ("e-DTKS Dinsos", "prov-papua-tengah", "", "verifikasi DTKS", ""),
        ("BDT Bansos", "prov-papua-barat-daya", "Basis data penerima bantuan sosial daerah.", "", ""),
    ]),
    ('keuangan-desa', 'desa', [
        ("Siskeudes (Sistem Keuangan Desa)", "bpkp",
         "Aplikasi pengelolaan keuangan desa: perencanaan, penganggaran, penatausahaan dan pelaporan APBDes.",
         "keuangan desa", "u"),
        ("SIMKEU Desa", "prov-sumatera-utara",
         "Pengelolaan APBDes dan laporan realisasi dana desa.", "", "k"),
        ("e-Keudes", "prov-nusa-tenggara-barat", "", "keuangan desa", ""),
        ("SIPKD Desa (Sistem Informasi Pengelolaan Keuangan Desa)", "kemendes-pdtt",
         "Penatausahaan APBDes dan pelaporan penggunaan dana desa oleh pemerintah desa.", "", "tk"),
    ]),
    ('rekrutmen', 'peg', [
        ("SSCASN (Sistem Seleksi Calon ASN)", "bkn",
         "Portal pendaftaran seleksi CPNS dan PPPK nasional.", "seleksi calon ASN", "u"),
        ("Pengadaan Pegawai (e-Rekrutmen)", "basarnas",
         "Pendaftaran seleksi calon pegawai (CPNS/PPPK) formasi Basarnas dan pengumuman hasil seleksi administrasi.",
         "rekrutmen pegawai", "tk"),
        ("Portal Rekrutmen Kemlu", "kemlu",
         "Seleksi penerimaan CPNS Kemlu (Diplomat, Penata Kanselerai).", "", ""),
        ("e-Recruitment Pemprov Jatim", "prov-jawa-timur", "", "seleksi pegawai", ""),
    ]),
    ('antrian', 'org', [
        ("Sistem Antrian Online Kantah", "atr-bpn",
         "Pengambilan nomor antrian layanan pertanahan secara daring di kantor pertanahan.", "antrian layanan", ""),
        ("Kanim Jakarta Selatan - Mesin Antrian Layanan", "kemenkumham", "", "nomor antrian layanan", ""),
        ("e-Antrian Samsat", "prov-jawa-barat", "Antrian elektronik di kantor Samsat.", "", "k"),
        ("Queue Management System (QMS) Pelayanan Terpadu", "kemnaker",
         "Mesin antrian, display panggilan, dan statistik waktu tunggu di ruang pelayanan terpadu.", "", ""),
    ]),
    ('skm', 'org', [
        ("e-SKM (Survei Kepuasan Masyarakat)", "prov-kalimantan-tengah",
         "Survei kepuasan masyarakat atas layanan OPD sesuai PermenPANRB 14/2017; indeks IKM dihitung otomatis.",
         "survei kepuasan masyarakat", ""),
        ("e-Survei", "atr-bpn",
         "Kuesioner kepuasan pemohon setelah layanan pertanahan; rekap indeks kepuasan masyarakat per kantor.",
         "kepuasan layanan", "tk"),
        ("Indeks Kepuasan Masyarakat Online", "kemenag", "", "IKM", ""),
        ("SKM Online", "bpom", "", "", ""),
        ("Survei Kepuasan Layanan Publik (SIKALAP)", "kemenkumham", "", "survei kepuasan", ""),
    ]),
    ('wbs', 'org', [
        ("WBS (Whistle Blowing System)", "kemenkeu",
         "Pelaporan dugaan pelanggaran oleh pegawai dengan jaminan kerahasiaan pelapor.", "pelaporan pelanggaran", ""),
        ("Pengaduan Internal (Whistle Blowing)", "kementan",
         "Sarana pegawai dan masyarakat melaporkan dugaan korupsi dan pelanggaran kode etik pegawai secara rahasia.",
         "", "tk"),
        ("e-WBS", "kemenpora", "", "whistleblowing", ""),
        ("Whistleblowing System Inspektorat", "prov-dki-jakarta",
         "Pelaporan pelanggaran ASN secara rahasia yang ditangani Inspektorat.", "", ""),
    ]),
    ('manajemen-risiko', 'org', [
        ("SIMRISK (Sistem Informasi Manajemen Risiko)", "kemenko-marves",
         "Register risiko, penilaian, mitigasi, dan pemantauan risiko organisasi sesuai PermenPANRB 5/2020.",
         "manajemen risiko", ""),
        ("e-Risk Register", "bps", "", "manajemen risiko", ""),
        ("Apl. Manajemen Risiko (AMR)", "prov-di-yogyakarta",
         "Identifikasi dan analisis risiko OPD serta rencana tindak pengendalian.", "", ""),
    ]),
    ('tte', 'ti', [
        ("BSrE - Layanan Tanda Tangan Elektronik", "bssn",
         "Penerbitan sertifikat elektronik dan layanan tanda tangan elektronik bagi instansi pemerintah (Balai Sertifikasi Elektronik).",
         "tanda tangan elektronik", "u"),
        ("e-Sign Kemenhub", "kemenhub",
         "Penandatanganan dokumen perizinan secara elektronik, terhubung ke BSrE.", "", ""),
        ("Aplikasi TTE Dokumen", "prov-kepulauan-bangka-belitung", "", "tanda tangan elektronik", ""),
        ("Digital Signature Server (DSS)", "kominfo", "", "", ""),
    ]),
    ('dapodik', 'pend', [
        ("Dapodik (Data Pokok Pendidikan)", "kemendikbudristek",
         "Pendataan satuan pendidikan, peserta didik, PTK dan sarana prasarana secara nasional.",
         "data pokok pendidikan", "u"),
        ("EMIS (Education Management Information System)", "kemenag",
         "Pendataan madrasah, pesantren, siswa, guru dan sarana prasarana pendidikan Islam.", "data pendidikan", ""),
        ("Sistem Informasi Data Sekolah SMA/SMK", "prov-banten", "", "pendataan sekolah", ""),
        ("DAPODIKDA Prov. Sulbar", "prov-sulawesi-barat",
         "Rekap data sekolah, siswa dan guru jenjang SMA/SMK/SLB kewenangan provinsi.", "", ""),
    ]),
    ('simrs', 'kes', [
        ("SIMRS RSUP Dr. Sardjito", "kemenkes",
         "Sistem informasi manajemen rumah sakit: pendaftaran, rekam medis elektronik, farmasi, billing dan klaim BPJS.",
         "manajemen rumah sakit", ""),
        ("SIMRS GOS (Generik Open Source)", "kemenkes",
         "SIMRS generik yang disediakan Kemenkes untuk rumah sakit pemerintah.", "SIMRS", ""),
        ("SIMRS RSUD Prof. W. Z. Johannes", "prov-nusa-tenggara-timur", "", "", ""),
        ("Hospital Information System RSPAD", "kemhan",
         "HIS rumah sakit TNI: rawat jalan, rawat inap, penunjang medis.", "", ""),
        ("SIMRS RSUD Provinsi Sulawesi Tenggara", "prov-sulawesi-tenggara", "", "sistem informasi rumah sakit", ""),
    ]),
    ('perpustakaan', 'pend', [
        ("INLISLite (Integrated Library System)", "perpusnas",
         "Perangkat lunak otomasi perpustakaan: katalogisasi, sirkulasi, keanggotaan, OPAC; dikembangkan Perpusnas.",
         "otomasi perpustakaan", "u"),
        ("SLiMS Perpustakaan Kemenperin", "kemenperin", "", "", ""),
        ("Sistem Informasi Perpustakaan (SIPUS)", "bmkg",
         "Katalog koleksi dan peminjaman buku perpustakaan BMKG.", "", ""),
        ("OPAC Perpustakaan Daerah", "prov-riau", "Katalog online dan sirkulasi Dispersip.", "layanan perpustakaan", ""),
        ("e-Library", "lemhannas", "", "perpustakaan", ""),
    ]),
    ('kebencanaan', 'bencana', [
        ("DIBI (Data dan Informasi Bencana Indonesia)", "bnpb",
         "Basis data kejadian bencana dan dampaknya (korban, kerusakan) yang dilaporkan BPBD.",
         "data kejadian bencana", ""),
        ("SIGAP Bencana", "prov-sulawesi-tengah",
         "Informasi kejadian bencana, peta rawan bencana dan kaji cepat BPBD provinsi.", "", "tk"),
        ("Sistem Informasi Kebencanaan Daerah (SIKDA)", "prov-kalimantan-selatan", "", "informasi kebencanaan", ""),
        ("Portal Kebencanaan Jatim", "prov-jawa-timur",
         "Pelaporan kejadian bencana, data dampak dan status tanggap darurat kabupaten/kota.", "", ""),
    ]),
    ('kendaraan-dinas', 'adm', [
        ("SIMKENDIS (Sistem Informasi Kendaraan Dinas)", "bmkg",
         "Data kendaraan dinas, pemakai, servis berkala dan BBM.", "pengelolaan kendaraan dinas", ""),
        ("e-Kendaraan", "prov-gorontalo", "", "kendaraan dinas", ""),
        ("Fleet Management Kendaraan Operasional", "kemensos",
         "Pemesanan kendaraan operasional, jadwal pengemudi dan pelacakan GPS.", "", ""),
    ]),
    ('sso-warga', 'duk', [
        ("INApas", "ina-digital",
         "Single sign-on dan dompet identitas digital untuk layanan pemerintah, terhubung dengan data kependudukan.",
         "autentikasi tunggal", "u", {'dpi': 'dpi-identitas-digital'}),
        ("Akun Tunggal Layanan Publik Bali", "prov-bali",
         "Satu akun warga untuk login ke layanan publik daring Pemprov dengan verifikasi NIK.", "", "k"),
        ("Akun SIAPkerja", "kemnaker",
         "Akun tunggal masyarakat untuk seluruh layanan ketenagakerjaan daring.", "single sign-on layanan", ""),
        ("Portal Akun Layanan Publik (SSO) Kemenag", "kemenag",
         "Akun tunggal masyarakat untuk layanan daring Kemenag (haji, nikah, halal).", "", ""),
    ]),
    ('interoperabilitas', 'ti', [
        ("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi",
         "Gateway API dan layanan interoperabilitas antar instansi pemerintah.", "interoperabilitas data", "u",
         {'dpi': 'dpi-pertukaran-data'}),
        ("Kemendag API Gateway", "kemendag",
         "Pengelolaan API untuk pertukaran data dengan K/L lain.", "", ""),
        ("ESB Jambi", "prov-jambi",
         "Enterprise service bus untuk integrasi data antar aplikasi OPD.", "integrasi aplikasi", ""),
        ("Sist. Pertukaran Data (SIPEDA)", "bkkbn", "", "pertukaran data antar sistem", ""),
    ]),
    ('pnbp', 'bayar', [
        ("SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu",
         "Pembuatan kode billing dan pembayaran PNBP secara elektronik.", "pembayaran PNBP", "u",
         {'dpi': 'dpi-pembayaran'}),
        ("e-PNBP Layanan Pelabuhan", "kemenhub",
         "Penerbitan tagihan PNBP jasa kepelabuhanan dan rekonsiliasi pembayaran.", "", ""),
        ("Billing PNBP Online", "bapeten",
         "Tagihan PNBP perizinan dan pembayaran melalui bank persepsi.", "", ""),
        ("Sistem Pembayaran Layanan (SIPELA)", "bmkg", "", "pembayaran PNBP jasa", ""),
    ]),
    ('data-umkm', 'kop', [
        ("Basis Data Tunggal UMKM", "kemenkopukm",
         "Basis data tunggal usaha mikro, kecil dan menengah nasional hasil pendataan lengkap.", "pendataan UMKM", ""),
        ("Sistem Informasi Data UMKM Daerah", "prov-sulawesi-utara", "", "data UMKM", ""),
        ("e-UMKM Kepri", "prov-kepulauan-riau", "Pendataan pelaku UMKM binaan dinas koperasi.", "", ""),
        ("SIDUMAS (Sistem Data UMKM Malut)", "prov-maluku-utara", "", "", ""),
    ]),
    ('harga-pangan', 'dag', [
        ("SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "kemendag",
         "Pemantauan harga dan pasokan barang kebutuhan pokok harian di pasar rakyat seluruh Indonesia.",
         "pemantauan harga", ""),
        ("Panel Harga Pangan", "kemenko-pangan",
         "Panel harga pangan nasional tingkat produsen dan konsumen.", "", ""),
        ("SISKAPERBAPO", "prov-jawa-timur",
         "Sistem Informasi Ketersediaan dan Perkembangan Harga Bahan Pokok di pasar Jawa Timur.", "", ""),
        ("Info Harga Pasar (IHP)", "prov-bengkulu", "", "informasi harga bahan pokok", ""),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Trap singletons: each resembles a group above (acronym, brand-like name or generic words) but
# serves a different function. Comment = what it resembles.
TRAPS = [
    ("SIMPATIKA (Sistem Informasi Manajemen Pendidik dan Tenaga Kependidikan)", "kemenag",
     "Pendataan guru dan tenaga kependidikan madrasah untuk tunjangan profesi, inpassing dan beban kerja mengajar.",
     "data pendidik madrasah", "k", {'tag': 'pend'}),  # kepegawaian
    ("TKA Online", "kemnaker",
     "Pengesahan RPTKA dan notifikasi penggunaan tenaga kerja asing oleh pemberi kerja.",
     "perizinan tenaga kerja asing", "k", {'tag': 'naker'}),  # kepegawaian / perizinan
    ("BUMN Talent (Manajemen Talenta Direksi)", "kementerian-bumn",
     "Pengelolaan talent pool calon direksi dan komisaris BUMN serta proses fit and proper test.",
     "manajemen talenta direksi BUMN", "k", {'tag': 'ind'}),  # kepegawaian
    ("SISDMK (Sistem Informasi SDM Kesehatan)", "kemenkes",
     "Registrasi dan pemetaan tenaga kesehatan di fasilitas pelayanan kesehatan pemerintah dan swasta.",
     "pemetaan tenaga kesehatan", "k", {'tag': 'kes'}),  # kepegawaian
    ("Absensi Siswa Online", "prov-sumatera-utara",
     "Presensi harian siswa SMA/SMK negeri dan notifikasi ke orang tua.", "presensi siswa", "k", {'tag': 'pend'}),
    ("Daftar Hadir Rapat Digital", "kemenko-perekonomian",
     "Daftar hadir peserta rapat koordinasi melalui QR code dan notulensi rapat.", "daftar hadir rapat", "k",
     {'tag': 'adm'}),  # presensi
    ("SIMPKTN (Pengaduan Konsumen)", "kemendag",
     "Sistem Informasi Manajemen Pengawasan dan Perlindungan Konsumen: pengaduan konsumen atas pelaku usaha, mediasi sengketa dan pengawasan barang beredar.",
     "perlindungan konsumen", "k", {'tag': 'dag'}),  # pengaduan
    ("SIMFONI-PPA", "kemenpppa",
     "Pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak oleh unit layanan di daerah.",
     "pencatatan kasus kekerasan", "k", {'tag': 'sos'}),  # pengaduan / SIMPONI
    ("e-Aduan Siber (Pelaporan Insiden Siber)", "bssn",
     "Pelaporan insiden keamanan siber oleh instansi dan masyarakat ke Gov-CSIRT untuk penanganan.",
     "penanganan insiden siber", "k", {'tag': 'ti'}),  # pengaduan
    ("SIMAS (Sistem Informasi Masjid)", "kemenag",
     "Pendataan masjid dan musala di seluruh Indonesia beserta profil dan kegiatannya.",
     "data rumah ibadah", "k", {'tag': 'agama'}),  # SIMAS persuratan
    ("Surat Pindah Online (SKPWNI)", "kemendagri",
     "Permohonan surat keterangan pindah WNI secara daring oleh penduduk.",
     "layanan pindah datang penduduk", "k", {'tag': 'duk'}),  # persuratan
    ("Mail Server Dinas (Zimbra)", "bpip",
     "Layanan surat elektronik (e-mail) dinas dengan domain instansi.", "email dinas", "k", {'tag': 'ti'}),
    ("GISTARU (Sistem Informasi Geografis Tata Ruang)", "atr-bpn",
     "Penyajian peta rencana tata ruang wilayah (RTRW/RDTR) untuk publik.", "informasi tata ruang", "k",
     {'tag': 'tanah'}),  # perencanaan / geoportal
    ("e-Formasi", "kemenpanrb",
     "Pengusulan dan penetapan kebutuhan formasi ASN oleh instansi pusat dan daerah.",
     "perencanaan kebutuhan ASN", "k", {'tag': 'peg'}),  # perencanaan / kepegawaian
    ("e-Logistik Obat", "kemenkes",
     "Perencanaan kebutuhan dan distribusi obat dan perbekalan kesehatan ke dinas kesehatan.",
     "logistik obat", "k", {'tag': 'kes'}),  # perencanaan
    ("Politeknik Pelayaran Surabaya - SIMKEU Mahasiswa", "kemenhub",
     "Tagihan dan pembayaran uang kuliah taruna melalui virtual account.",
     "pembayaran biaya pendidikan", "k", {'tag': 'pend'}),  # SIMKEU
    ("Lelang Indonesia (lelang.go.id)", "kemenkeu",
     "Lelang eksekusi dan noneksekusi barang milik negara dan swasta secara online oleh KPKNL.",
     "lelang barang", "k", {'tag': 'keu'}),  # pengadaan
    ("SIKaP (Sistem Informasi Kinerja Penyedia)", "lkpp",
     "Data kualifikasi dan penilaian kinerja penyedia barang/jasa pemerintah.", "kinerja penyedia", "k",
     {'tag': 'keu'}),  # SIKAP / kinerja
    ("Dashboard Kinerja Pelabuhan", "kemenhub",
     "Indikator kinerja operasional pelabuhan: waktu sandar, bongkar muat, dwelling time.",
     "kinerja operasional pelabuhan", "k", {'tag': 'hub'}),  # SAKIP dashboard
    ("DCIM (Data Center Infrastructure Management)", "kominfo",
     "Pemantauan daya, suhu, rak dan kapasitas di pusat data.", "pengelolaan pusat data", "k", {'tag': 'ti'}),
    ("Data Warehouse Perpajakan", "kemenkeu",
     "Gudang data perpajakan untuk analisis kepatuhan wajib pajak dan profil risiko.", "", "k", {'tag': 'keu'}),
    ("e-Registration Obat dan Makanan", "bpom",
     "Pendaftaran dan penerbitan nomor izin edar produk obat, pangan olahan dan kosmetik.",
     "registrasi produk", "k", {'tag': 'kes'}),  # perizinan
    ("Izin Tinggal Online", "kemenkumham",
     "Permohonan perpanjangan dan alih status izin tinggal orang asing.",
     "layanan izin tinggal keimigrasian", "k", {'tag': 'hukum'}),  # perizinan
    ("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "lkpp",
     "Pengumuman rencana umum pengadaan barang/jasa K/L/PD.", "perencanaan pengadaan", "k",
     {'tag': 'keu', 'key': 'sirup'}),  # pengadaan
    ("Sistem Informasi Pengadaan Tanah", "atr-bpn",
     "Pengelolaan tahapan pengadaan tanah bagi pembangunan untuk kepentingan umum: inventarisasi, penilaian, ganti kerugian.",
     "pengadaan tanah", "k", {'tag': 'tanah'}),  # pengadaan
    ("UIN Walisongo - SIMAK", "kemenag",
     "Sistem Informasi Manajemen Akademik: KRS, nilai, jadwal kuliah, dan transkrip mahasiswa.",
     "akademik", "k", {'tag': 'pend'}),  # SIMAK-BMN
    ("CMDB Aset TI", "kemendikbudristek",
     "Configuration Management Database: inventaris server, perangkat jaringan dan lisensi perangkat lunak.",
     "inventaris aset TI", "k", {'tag': 'ti'}),  # BMN / helpdesk
    ("SIMANTAP (Sistem Informasi Manajemen Aset Jalan dan Jembatan)", "kemenpupr",
     "Data kondisi jalan dan jembatan nasional untuk perencanaan preservasi.", "manajemen aset jalan", "k",
     {'tag': 'pu'}),  # BMN
    ("Galeri Multimedia (Arsip Foto dan Video Kegiatan)", "kemensetneg",
     "Penyimpanan dan publikasi foto/video kegiatan Presiden.", "dokumentasi kegiatan", "k", {'tag': 'info'}),
    ("Kring Pajak (Contact Center DJP)", "kemenkeu",
     "Layanan informasi perpajakan via telepon, chat dan email bagi wajib pajak.", "contact center perpajakan", "k",
     {'tag': 'bayar'}),  # helpdesk
    ("Call Center 112", "prov-dki-jakarta",
     "Layanan panggilan darurat tunggal yang meneruskan ke pemadam, ambulans dan polisi.", "layanan darurat", "k",
     {'tag': 'trib'}),  # helpdesk
    ("InfoBMKG", "bmkg",
     "Informasi cuaca, iklim, kualitas udara dan gempa bumi untuk publik.", "informasi cuaca", "k",
     {'tag': 'bencana'}),  # PPID / informasi publik
    ("Website Uptime Monitoring", "kominfo",
     "Pemantauan ketersediaan situs web pemerintah daerah dan notifikasi saat situs tidak dapat diakses.",
     "pemantauan ketersediaan situs", "k", {'tag': 'ti'}),  # website / monitoring
    ("WebGIS Kawasan Hutan", "klhk",
     "Peta kawasan hutan dan perubahan peruntukan kawasan.", "informasi kawasan hutan", "k", {'tag': 'lh'}),
    ("Konten Videotron", "prov-sulawesi-selatan",
     "Pengelolaan jadwal tayang konten di layar videotron milik Pemprov.", "", "k", {'tag': 'info'}),  # vicon
    ("Telemedicine Indonesia (Temenin)", "kemenkes",
     "Konsultasi daring dokter spesialis antar fasilitas kesehatan (tele-ekspertise).", "telemedisin", "k",
     {'tag': 'kes'}),  # vicon
    ("NMS (Network Monitoring System)", "bps",
     "Pemantauan bandwidth dan status perangkat jaringan kantor pusat dan BPS daerah.", "", "k", {'tag': 'ti'}),
    ("BBWS Citarum - SIMONA", "kemenpupr",
     "Sistem Informasi Monitoring Air: telemetri tinggi muka air dan debit sungai untuk peringatan banjir.",
     "pemantauan hidrologi", "k", {'tag': 'pu'}),  # SIMONA monev
    ("VMS (Vessel Monitoring System)", "kkp",
     "Pemantauan posisi kapal perikanan melalui transmitter.", "pengawasan kapal perikanan", "k", {'tag': 'kkp'}),
    ("MOMS (Minerba Online Monitoring System)", "kesdm",
     "Pelaporan produksi, penjualan dan pengapalan komoditas minerba oleh badan usaha.", "", "k", {'tag': 'esdm'}),
    ("e-Monev Kualitas Air (ONLIMO)", "klhk",
     "Pemantauan kualitas air sungai melalui stasiun pemantauan online.", "pemantauan kualitas lingkungan", "k",
     {'tag': 'lh'}),  # e-Monev
    ("VA/Pentest Tracker", "bssn",
     "Penjadwalan dan pelaporan hasil asesmen kerentanan dan uji penetrasi sistem elektronik instansi.",
     "audit keamanan informasi", "k", {'tag': 'ti'}),  # audit
    ("e-Inspeksi Keselamatan Kapal", "kemenhub",
     "Pencatatan hasil pemeriksaan kelaiklautan kapal oleh marine inspector.", "", "k", {'tag': 'hub'}),  # audit
    ("Pengawasan Ketenagakerjaan (Wasnaker)", "kemnaker",
     "Pemeriksaan norma ketenagakerjaan di perusahaan oleh pengawas ketenagakerjaan.", "pengawasan ketenagakerjaan",
     "k", {'tag': 'naker'}),  # pengawasan internal
    ("e-Layanan Sains (Booking Fasilitas Riset)", "brin",
     "Reservasi penggunaan laboratorium dan peralatan riset oleh peneliti eksternal.", "layanan fasilitas riset", "k",
     {'tag': 'riset'}),  # LIMS / ruang rapat
    ("BOS Salur", "kemendikbudristek",
     "Penyaluran dan pelaporan penggunaan dana Bantuan Operasional Sekolah.", "", "k", {'tag': 'pend'}),  # beasiswa
    ("Tugas Belajar dan Izin Belajar Pegawai", "kemendagri",
     "Pengajuan izin belajar dan tugas belajar bagi pegawai, termasuk monitoring studi.",
     "pengembangan pendidikan pegawai", "k", {'tag': 'peg'}),  # beasiswa
    ("SIHALAL (Sertifikasi Halal)", "kemenag",
     "Pengajuan sertifikat halal oleh pelaku usaha, pemeriksaan LPH dan penetapan fatwa.", "sertifikasi halal", "k",
     {'tag': 'agama'}),  # sertifikasi
    ("Sertipikat Tanah Elektronik", "atr-bpn",
     "Penerbitan sertipikat hak atas tanah dalam bentuk dokumen elektronik.", "", "k", {'tag': 'tanah'}),
    ("PPG (Pendidikan Profesi Guru) Online", "kemendikbudristek",
     "Pendaftaran, pembelajaran dan uji kompetensi mahasiswa PPG.", "pendidikan profesi guru", "k", {'tag': 'pend'}),
    ("Sertifikasi TKDN", "kemenperin",
     "Pengajuan dan verifikasi sertifikat Tingkat Komponen Dalam Negeri produk industri.",
     "sertifikasi komponen dalam negeri", "k", {'tag': 'ind'}),
    ("SPPT SNI Online", "bsn",
     "Permohonan sertifikasi produk penggunaan tanda SNI melalui LSPro.", "", "k", {'tag': 'ind'}),
    ("P4GN - Penyuluhan Anti Narkoba", "bnn",
     "Penjadwalan dan laporan kegiatan sosialisasi/penyuluhan bahaya narkoba di sekolah dan komunitas.",
     "pencegahan narkoba", "k", {'tag': 'trib'}),  # penyuluhan
    ("SINKARKES (Sistem Informasi Karantina Kesehatan)", "kemenkes",
     "Pengawasan kekarantinaan kesehatan di pelabuhan, bandara dan PLBN: ICV, sertifikat kesehatan kapal.",
     "kekarantinaan kesehatan", "k", {'tag': 'kes'}),  # karantina
    ("Survei Kadastral (Pengukuran Bidang Tanah)", "atr-bpn",
     "Pengelolaan data ukur bidang tanah dan peta bidang.", "pengukuran dan pemetaan bidang", "k",
     {'tag': 'tanah'}),  # survei
    ("Skillhub - Pelatihan Online BLK", "kemnaker",
     "Pendaftaran pelatihan vokasi di Balai Latihan Kerja bagi pencari kerja.", "pelatihan vokasi masyarakat", "k",
     {'tag': 'naker'}),  # pelatihan
    ("Rumah Belajar", "kemendikbudristek",
     "Portal pembelajaran untuk siswa dan guru: bahan belajar, kelas maya, laboratorium maya.", "", "k",
     {'tag': 'pend'}),  # e-learning
    ("Pembelajaran Pancasila Daring", "bpip",
     "Kelas daring pembinaan ideologi Pancasila untuk masyarakat umum.", "", "k", {'tag': 'bud'}),
    ("Sistem Informasi Kerja Sama Daerah (SIKD)", "kemendagri",
     "Pencatatan kerja sama antar daerah dan dengan pihak ketiga.", "kerja sama daerah", "k", {'tag': 'org'}),
    ("Sistem Informasi Pinjaman dan Hibah Luar Negeri", "bappenas",
     "Perencanaan dan pemantauan pinjaman dan hibah luar negeri (DRPLN, Blue Book).", "", "k", {'tag': 'ren'}),
    ("Layanan Visa Diplomatik dan Dinas", "kemlu",
     "Permohonan visa diplomatik/dinas dan izin tinggal diplomat asing.", "", "k", {'tag': 'ln'}),
    ("e-Harmonisasi Peraturan", "kemenkumham",
     "Pengajuan dan pembahasan harmonisasi rancangan peraturan perundang-undangan.", "harmonisasi peraturan", "k",
     {'tag': 'hukum'}),  # JDIH
    ("SIDBANKUM (Bantuan Hukum)", "kemenkumham",
     "Verifikasi pemberi bantuan hukum dan reimbursement perkara bantuan hukum bagi masyarakat miskin.",
     "bantuan hukum", "k", {'tag': 'hukum'}),
    ("SIPP (Sistem Informasi Penelusuran Perkara) Biro Hukum", "klhk",
     "Pencatatan perkara gugatan yang melibatkan kementerian dan jadwal sidang.", "penanganan perkara", "k",
     {'tag': 'hukum'}),  # SIPP
    ("Social Media Management Humas", "kemensos",
     "Penjadwalan unggahan konten ke akun media sosial resmi.", "", "k", {'tag': 'info'}),  # media monitoring
    ("Protokol Kunjungan Tamu Negara", "kemensetneg",
     "Pengaturan acara, akreditasi delegasi dan logistik kunjungan kepala negara asing.", "", "k",
     {'tag': 'ln'}),  # buku tamu
    ("SISKOHAT (Sistem Informasi dan Komputerisasi Haji Terpadu)", "kemenag",
     "Pendaftaran jemaah haji, pelunasan, kuota dan pemberangkatan.", "penyelenggaraan haji", "k",
     {'tag': 'agama'}),  # perjalanan
    ("Logistik Bantuan Bencana", "bnpb",
     "Pencatatan stok dan distribusi logistik serta peralatan penanggulangan bencana.", "logistik kebencanaan", "k",
     {'tag': 'bencana'}),  # bansos / bencana
    ("SIGA (Sistem Informasi Keluarga)", "bkkbn",
     "Pendataan keluarga untuk program Bangga Kencana dan pelayanan KB.", "pendataan keluarga", "k",
     {'tag': 'sos'}),  # DTKS
    ("Prodeskel (Profil Desa dan Kelurahan)", "kemendagri",
     "Data profil potensi desa dan tingkat perkembangan desa/kelurahan.", "profil desa", "k", {'tag': 'desa'}),
    ("Indeks Desa Membangun (IDM)", "kemendes-pdtt",
     "Pengukuran status kemajuan desa (tertinggal hingga mandiri).", "", "k", {'tag': 'desa'}),
    ("CAT BKN (Computer Assisted Test)", "bkn",
     "Pelaksanaan ujian seleksi berbasis komputer dan pengumuman skor secara real time.", "ujian berbasis komputer",
     "k", {'tag': 'peg'}),  # rekrutmen
    ("PPDB Online", "prov-sumatera-selatan",
     "Penerimaan peserta didik baru jenjang SMA/SMK negeri.", "penerimaan siswa baru", "k", {'tag': 'pend'}),
    ("Inaportnet", "kemenhub",
     "Layanan tunggal kapal dan barang di pelabuhan secara elektronik.", "pelayanan kapal dan barang", "k",
     {'tag': 'hub'}),  # antrian
    ("Survei Kepuasan Pegawai (Employee Engagement Survey)", "kemenpanrb",
     "Survei keterikatan dan kepuasan pegawai internal.", "", "k", {'tag': 'peg'}),  # SKM
    ("Pelaporan Gratifikasi Online", "kemendes-pdtt",
     "Pelaporan penerimaan dan penolakan gratifikasi oleh pegawai kepada Unit Pengendali Gratifikasi.",
     "pengendalian gratifikasi", "k", {'tag': 'org'}),  # WBS
    ("InaRISK", "bnpb",
     "Portal kajian risiko bencana: peta bahaya, kerentanan, kapasitas dan indeks risiko per kabupaten/kota.",
     "kajian risiko bencana", "k", {'tag': 'bencana'}),  # manajemen risiko / kebencanaan
    ("Penilaian Maturitas SPIP", "bpkp",
     "Penilaian mandiri tingkat maturitas sistem pengendalian intern pemerintah.", "", "k", {'tag': 'org'}),
    ("e-Meterai", "peruri",
     "Pembubuhan dan distribusi meterai elektronik pada dokumen.", "meterai elektronik", "k", {'tag': 'bayar'}),
    ("ePuskesmas", "kemenkes",
     "Sistem informasi pelayanan puskesmas: pendaftaran, pemeriksaan, farmasi.", "", "k", {'tag': 'kes'}),  # SIMRS
    ("iPusnas", "perpusnas",
     "Perpustakaan digital publik untuk meminjam e-book melalui ponsel.", "peminjaman buku digital", "k",
     {'tag': 'pend'}),  # otomasi perpustakaan
    ("InaTEWS (Peringatan Dini Tsunami)", "bmkg",
     "Diseminasi peringatan dini gempa bumi dan tsunami.", "peringatan dini", "k", {'tag': 'bencana'}),
    ("e-Samsat", "prov-jawa-tengah",
     "Pembayaran pajak kendaraan bermotor tahunan secara daring.", "pajak kendaraan bermotor", "k",
     {'tag': 'bayar'}),  # kendaraan dinas
    ("BLUe (Bukti Lulus Uji Elektronik)", "kemenhub",
     "Kartu dan data bukti lulus uji berkala (KIR) kendaraan bermotor.", "", "k", {'tag': 'hub'}),
    ("Sistem Informasi Barang Bukti", "bnn",
     "Pencatatan, penyimpanan dan pemusnahan barang bukti narkotika.", "pengelolaan barang bukti", "k",
     {'tag': 'trib'}),  # BMN/BMD
    ("SSO Portal Pegawai", "kemenpupr",
     "Single sign-on pegawai untuk mengakses aplikasi internal kementerian.", "", "k", {'tag': 'ti'}),  # SSO warga
    ("INSW (Indonesia National Single Window)", "kemenkeu",
     "Sistem elektronik terpadu untuk dokumen ekspor-impor dan kepelabuhanan (single submission).", "", "k",
     {'tag': 'dag'}),  # SSO / single
    ("e-Retribusi Daerah", "prov-kalimantan-timur",
     "Penagihan dan pembayaran retribusi daerah dengan QRIS dan virtual account.", "pembayaran retribusi daerah", "k",
     {'tag': 'bayar'}),  # PNBP
    ("e-PNBP Minerba", "kesdm",
     "Perhitungan mandiri dan pelaporan royalti serta iuran produksi mineral dan batubara.", "", "k",
     {'tag': 'esdm'}),  # PNBP
    ("SIMPONI (Sistem Informasi Monitoring Koperasi)", "prov-sumatera-barat",
     "Pemantauan kesehatan koperasi dan laporan RAT koperasi di provinsi.", "pengawasan koperasi", "k",
     {'tag': 'kop'}),  # SIMPONI Kemenkeu
    ("Harga Patokan Ekspor (HPE)", "kemendag",
     "Penetapan harga patokan ekspor komoditas tertentu untuk pengenaan bea keluar.", "", "k", {'tag': 'dag'}),
    ("Neraca Pangan", "kemenko-pangan",
     "Prognosa ketersediaan dan kebutuhan pangan pokok nasional.", "neraca pangan", "k", {'tag': 'tani'}),
    ("Peta Mudik Interaktif", "kemenhub",
     "Informasi jalur mudik, rest area dan kepadatan lalu lintas saat Lebaran.", "", "k", {'tag': 'hub'}),
    ("Dashboard Eksekutif Pimpinan (EIS)", "kemenko-marves",
     "Dasbor ringkasan indikator makro dan proyek strategis untuk Menko.", "", "k", {'tag': 'data'}),
    ("SMS Gateway Notifikasi Masa Berlaku Izin", "bapeten",
     "Pengingat masa berlaku izin pemanfaatan tenaga nuklir kepada pemegang izin via SMS.", "", "k", {'tag': 'izin'}),
    ("SMS Blast Peringatan Dini Cuaca", "bmkg",
     "Pengiriman SMS peringatan cuaca ekstrem ke nomor di wilayah terdampak.", "", "k", {'tag': 'bencana'}),
    ("B@LIS (Perizinan Tenaga Nuklir)", "bapeten",
     "Perizinan pemanfaatan tenaga nuklir dan zat radioaktif.", "perizinan ketenaganukliran", "k",
     {'tag': 'izin'}),  # perizinan
    ("Pemanfaatan Data Kependudukan (Hak Akses NIK)", "kemendagri",
     "Layanan verifikasi NIK dan biometrik bagi lembaga pengguna melalui web service.",
     "verifikasi data kependudukan", "k", {'tag': 'duk', 'key': 'hakakses'}),  # SPLP / SSO
    ("SATUSEHAT", "kemenkes",
     "Platform interoperabilitas data kesehatan: rekam medis elektronik terintegrasi antar fasyankes.",
     "interoperabilitas data kesehatan", "uk", {'tag': 'kes'}),  # SPLP / SIMRS
    ("ASPAK (Aplikasi Sarana Prasarana dan Alat Kesehatan)", "kemenkes",
     "Inventaris sarana, prasarana dan alat kesehatan di fasyankes untuk perencanaan pemenuhan standar.",
     "", "k", {'tag': 'kes'}),  # BMN
    ("SPIONAM (Perizinan Angkutan)", "kemenhub",
     "Perizinan penyelenggaraan angkutan orang dan barang serta kartu pengawasan.", "perizinan angkutan", "k",
     {'tag': 'hub'}),  # perizinan
    ("SIPONGI (Karhutla Monitoring System)", "klhk",
     "Pemantauan titik panas dan kebakaran hutan dan lahan.", "", "k", {'tag': 'lh', 'key': 'sipongi'}),  # monev
    ("Romantik (Rekomendasi Kegiatan Statistik)", "bps",
     "Pengajuan rekomendasi kegiatan statistik sektoral oleh K/L dan pemda.", "rekomendasi statistik", "k",
     {'tag': 'stat'}),  # survei / satu data
    ("Repositori Ilmiah Nasional (RIN)", "brin",
     "Repositori data penelitian dan publikasi ilmiah.", "repositori data riset", "k", {'tag': 'riset'}),
    ("Sistem Informasi Proyek Strategis Nasional (PSN)", "kemenko-perekonomian",
     "Pemantauan progres dan debottlenecking proyek strategis nasional.", "", "k", {'tag': 'ren'}),  # monev
    ("SIPEMAS (Sistem Informasi Pemberdayaan Masyarakat)", "kemenko-pm",
     "Koordinasi program pemberdayaan masyarakat lintas K/L dan data penerima program pemberdayaan.",
     "koordinasi pemberdayaan", "k", {'tag': 'sos'}),  # SIPEMAS pengaduan
    ("SIMBG (Persetujuan Bangunan Gedung)", "kemenpupr",
     "Permohonan PBG dan Sertifikat Laik Fungsi bangunan gedung.", "persetujuan bangunan gedung", "k",
     {'tag': 'pu'}),  # perizinan
    ("MAGMA Indonesia", "kesdm",
     "Informasi aktivitas gunung api, gerakan tanah dan gempa bumi dari PVMBG.", "", "k", {'tag': 'bencana'}),
]

# Near-miss singletons listed in TRAPS whose resemblance to a group is weak: kept as plain singletons,
# not counted as traps.
WEAK = {
    'TKA Online',
    'BUMN Talent (Manajemen Talenta Direksi)',
    'e-Logistik Obat',
    'Galeri Multimedia (Arsip Foto dan Video Kegiatan)',
    'DCIM (Data Center Infrastructure Management)',
    'Data Warehouse Perpajakan',
    'Izin Tinggal Online',
    'WebGIS Kawasan Hutan',
    'Konten Videotron',
    'MOMS (Minerba Online Monitoring System)',
    'e-Inspeksi Keselamatan Kapal',
    'BOS Salur',
    'Sertipikat Tanah Elektronik',
    'SPPT SNI Online',
    'Survei Kadastral (Pengukuran Bidang Tanah)',
    'Pembelajaran Pancasila Daring',
    'Sistem Informasi Pinjaman dan Hibah Luar Negeri',
    'Layanan Visa Diplomatik dan Dinas',
    'Protokol Kunjungan Tamu Negara',
    'SISKOHAT (Sistem Informasi dan Komputerisasi Haji Terpadu)',
    'Prodeskel (Profil Desa dan Kelurahan)',
    'Indeks Desa Membangun (IDM)',
    'Inaportnet',
    'Penilaian Maturitas SPIP',
    'e-Meterai',
    'InaTEWS (Peringatan Dini Tsunami)',
    'BLUe (Bukti Lulus Uji Elektronik)',
    'INSW (Indonesia National Single Window)',
    'Harga Patokan Ekspor (HPE)',
    'Neraca Pangan',
    'Peta Mudik Interaktif',
    'MAGMA Indonesia',
}

# Plain singletons: unique functions.
SINGLETONS = [
    ("SIAK Terpusat", "kemendagri",
     "Sistem Informasi Administrasi Kependudukan terpusat: pendaftaran penduduk, pencatatan sipil, penerbitan KK dan KTP-el.",
     "administrasi kependudukan", "", {'tag': 'duk'}),
    ("IKD (Identitas Kependudukan Digital)", "kemendagri",
     "KTP digital di ponsel penduduk dengan verifikasi biometrik wajah.", "identitas digital penduduk", "",
     {'tag': 'duk', 'dpi': 'dpi-identitas-digital'}),
    ("SIORMAS (Sistem Informasi Organisasi Kemasyarakatan)", "kemendagri",
     "Pendaftaran dan pendataan ormas (SKT).", "pendaftaran ormas", "", {'tag': 'org'}),
    ("Portal Peduli WNI", "kemlu",
     "Lapor diri WNI di luar negeri dan layanan perlindungan WNI.", "perlindungan WNI", "", {'tag': 'ln'}),
    ("Sistem Informasi Komponen Cadangan", "kemhan",
     "Pendaftaran, seleksi dan pembinaan komponen cadangan pertahanan.", "", "", {'tag': 'han'}),
    ("SIM Logistik Alutsista", "kemhan",
     "Pengelolaan suku cadang dan pemeliharaan alat utama sistem senjata.", "logistik pertahanan", "", {'tag': 'han'}),
    ("AHU Online", "kemenkumham",
     "Pendaftaran badan hukum (PT, yayasan, perkumpulan), fidusia dan wasiat.", "administrasi hukum umum", "",
     {'tag': 'hukum', 'key': 'ahu'}),
    ("M-Paspor", "kemenkumham",
     "Permohonan paspor RI secara daring oleh WNI beserta pembayaran dan pemilihan kantor imigrasi.", "", "",
     {'tag': 'hukum'}),
    ("SDP (Sistem Database Pemasyarakatan)", "kemenkumham",
     "Data warga binaan, registrasi, remisi dan integrasi di lapas/rutan.", "", "", {'tag': 'hukum'}),
    ("e-Merek (Pendaftaran Merek Online)", "kemenkumham",
     "Permohonan pendaftaran merek kepada DJKI.", "kekayaan intelektual", "", {'tag': 'hukum'}),
    ("AIS Pengendalian Konten Negatif", "kominfo",
     "Crawling dan penanganan konten internet bermuatan negatif.", "", "", {'tag': 'ti'}),
    ("PSE Lingkup Privat", "kominfo",
     "Pendaftaran penyelenggara sistem elektronik lingkup privat.", "pendaftaran PSE", "", {'tag': 'ti'}),
    ("PMPRB Online (Penilaian Mandiri Pelaksanaan Reformasi Birokrasi)", "kemenpanrb",
     "Penilaian mandiri pelaksanaan reformasi birokrasi oleh instansi dan reviu oleh APIP.",
     "evaluasi reformasi birokrasi", "", {'tag': 'org'}),
    ("CEISA (Customs-Excise Information System and Automation)", "kemenkeu",
     "Layanan kepabeanan dan cukai: pemberitahuan pabean, pembayaran, dan pengawasan.", "", "", {'tag': 'dag'}),
    ("SIKP (Sistem Informasi Kredit Program)", "kemenkeu",
     "Data calon debitur KUR dan penyaluran subsidi bunga.", "kredit program", "", {'tag': 'kop'}),
    ("Karirhub", "kemnaker",
     "Pencocokan lowongan kerja dan pencari kerja.", "penempatan tenaga kerja", "", {'tag': 'naker'}),
    ("WLKP (Wajib Lapor Ketenagakerjaan di Perusahaan)", "kemnaker", "", "wajib lapor ketenagakerjaan", "",
     {'tag': 'naker'}),
    ("SIINas (Sistem Informasi Industri Nasional)", "kemenperin",
     "Pelaporan data industri oleh perusahaan industri dan kawasan industri.", "data industri", "", {'tag': 'ind'}),
    ("IS-WRS (Sistem Resi Gudang)", "kemendag",
     "Penerbitan dan pencatatan resi gudang.", "", "", {'tag': 'dag'}),
    ("SIMETAL (Metrologi Legal)", "kemendag",
     "Pendataan alat ukur, takar, timbang dan pelaksanaan tera ulang.", "metrologi legal", "", {'tag': 'dag'}),
    ("e-RDKK (Pupuk Bersubsidi)", "kementan",
     "Rencana definitif kebutuhan kelompok tani untuk alokasi pupuk bersubsidi.", "alokasi pupuk bersubsidi", "",
     {'tag': 'tani'}),
    ("iSIKHNAS", "kementan",
     "Pelaporan penyakit hewan berbasis SMS dan web dari petugas lapangan.", "surveilans kesehatan hewan", "",
     {'tag': 'tani'}),
    ("SIAP (Asuransi Usaha Tani Padi)", "kementan", "", "asuransi pertanian", "", {'tag': 'tani'}),
    ("Sentuh Tanahku", "atr-bpn",
     "Aplikasi informasi berkas permohonan dan lokasi bidang tanah untuk masyarakat.", "", "", {'tag': 'tanah'}),
    ("HT-el (Hak Tanggungan Elektronik)", "atr-bpn",
     "Pendaftaran hak tanggungan secara elektronik oleh kreditur.", "hak tanggungan", "", {'tag': 'tanah'}),
    ("Portal Laporan BUMN", "kementerian-bumn",
     "Penyampaian laporan keuangan, RKAP dan KPI BUMN ke kementerian.", "pembinaan BUMN", "", {'tag': 'ind'}),
    ("SIMKAH (Sistem Informasi Manajemen Nikah)", "kemenag",
     "Pencatatan pernikahan di KUA dan penerbitan buku nikah.", "pencatatan nikah", "", {'tag': 'agama'}),
    ("Registrasi Nasional Cagar Budaya", "kemendikbudristek",
     "Pendaftaran dan penetapan cagar budaya.", "pelestarian cagar budaya", "", {'tag': 'bud'}),
    ("SIRASA (Sistem Informasi Rehabilitasi Sosial)", "kemensos",
     "Pendataan penerima manfaat rehabilitasi sosial dan layanan ATENSI.", "rehabilitasi sosial", "", {'tag': 'sos'}),
    ("Database Atlet Nasional", "kemenpora",
     "Data atlet, pelatih, prestasi dan program pelatnas.", "data keolahragaan", "", {'tag': 'pora'}),
    ("SITRANS (Sistem Informasi Transmigrasi)", "kemendes-pdtt",
     "Data kawasan transmigrasi dan calon transmigran.", "", "", {'tag': 'desa'}),
    ("SIBARU (Bantuan Stimulan Perumahan Swadaya)", "kemenpupr",
     "Pendataan penerima dan progres bantuan stimulan perumahan swadaya (BSPS).", "", "", {'tag': 'pu'}),
    ("e-Logbook Penangkapan Ikan", "kkp",
     "Pencatatan hasil tangkapan ikan per trip oleh nakhoda.", "logbook penangkapan", "", {'tag': 'kkp'}),
    ("STELINA (Sistem Ketertelusuran dan Logistik Ikan Nasional)", "kkp", "", "ketertelusuran produk perikanan", "",
     {'tag': 'kkp'}),
    ("SILK (Sistem Informasi Legalitas Kayu)", "klhk",
     "Penerbitan dokumen V-Legal untuk ekspor produk kayu.", "legalitas kayu", "", {'tag': 'lh'}),
    ("SRN PPI (Sistem Registri Nasional Pengendalian Perubahan Iklim)", "klhk",
     "Pencatatan aksi dan sumber daya mitigasi dan adaptasi perubahan iklim.", "", "", {'tag': 'lh'}),
    ("Sistem Informasi Tanda Kehormatan", "kemensetneg",
     "Usulan dan verifikasi penerima tanda jasa dan tanda kehormatan.", "tanda kehormatan", "", {'tag': 'adm'}),
    ("Honeynet Project", "bssn", "Sensor honeypot untuk mendeteksi serangan siber.", "", "", {'tag': 'ti'}),
    ("BIMA (Basis Informasi Penelitian dan Pengabdian kepada Masyarakat)", "kemendikbudristek",
     "Pengajuan, penilaian dan pelaporan hibah penelitian dan pengabdian masyarakat.", "hibah penelitian", "",
     {'tag': 'riset'}),
    ("Indeks Kualitas Kebijakan (IKK)", "lan",
     "Penilaian kualitas kebijakan instansi pemerintah.", "", "", {'tag': 'org'}),
    ("Sistem Informasi Deradikalisasi", "bnpt",
     "Data dan pembinaan narapidana terorisme dan mantan narapidana.", "", "", {'tag': 'trib'}),
    ("SIRENA (Rehabilitasi Narkoba)", "bnn",
     "Pencatatan klien rehabilitasi di klinik pratama BNN.", "rehabilitasi pecandu", "", {'tag': 'kes'}),
    ("InaCORS", "big",
     "Layanan koreksi posisi GNSS real-time dari jaring stasiun CORS.", "layanan penentuan posisi", "",
     {'tag': 'data'}),
    ("Elsimil (Elektronik Siap Nikah dan Hamil)", "bkkbn",
     "Skrining kesehatan calon pengantin untuk pencegahan stunting.", "", "", {'tag': 'kes'}),
    ("Rescue 115", "basarnas",
     "Manajemen operasi SAR: penerimaan berita musibah, pengerahan unit SAR dan pelaporan operasi.", "operasi SAR", "", {'tag': 'bencana'}),
    ("IMSS (Indonesia Maritime Security System)", "bakamla",
     "Pemantauan situasi keamanan laut berbasis radar dan AIS.", "", "", {'tag': 'han'}),
    ("Labkurtannas - Pengukuran Ketahanan Nasional", "lemhannas",
     "Pengukuran indeks ketahanan nasional per provinsi.", "", "", {'tag': 'han'}),
    ("Sistem Informasi Penanganan Isu Strategis", "kemenko-polhukam",
     "Pencatatan isu politik dan keamanan, rapat koordinasi dan rekomendasi kebijakan.", "", "", {'tag': 'trib'}),
    ("Sistem Informasi Kewaspadaan Nasional", "kemenko-polkam",
     "Pelaporan deteksi dini potensi konflik sosial dari forum kewaspadaan daerah.", "", "", {'tag': 'trib'}),
    ("Aplikasi Pemantauan Aksi HAM (RANHAM)", "kemenko-kumham-imipas",
     "Pelaporan capaian aksi HAM oleh K/L dan pemda.", "", "", {'tag': 'hukum'}),
    ("Sistem Informasi Desa Adat", "prov-bali",
     "Pendataan desa adat, prajuru dan awig-awig.", "", "", {'tag': 'bud'}),
    ("Sistem Informasi Zakat Baitul Mal Aceh", "prov-aceh",
     "Penghimpunan dan penyaluran zakat dan infak oleh Baitul Mal Aceh.", "pengelolaan zakat", "", {'tag': 'agama'}),
    ("Danais - Pelaporan Dana Keistimewaan", "prov-di-yogyakarta",
     "Perencanaan dan pelaporan penggunaan Dana Keistimewaan DIY.", "", "", {'tag': 'ren'}),
    ("SIMIRI (Sistem Informasi Irigasi)", "prov-nusa-tenggara-barat",
     "Data jaringan irigasi kewenangan provinsi dan kondisinya.", "", "", {'tag': 'pu'}),
    ("Sistem Informasi Kunjungan Wisata", "prov-papua-barat-daya",
     "Pencatatan jumlah kunjungan wisatawan per destinasi setiap bulan.", "", "", {'tag': 'wisata'}),
    ("Sistem Pajak Air Permukaan", "prov-kalimantan-tengah",
     "Pendataan wajib pajak dan penetapan pajak air permukaan.", "", "", {'tag': 'bayar'}),
    ("Sistem Informasi Perhutanan Sosial", "klhk",
     "Usulan dan verifikasi persetujuan perhutanan sosial.", "perhutanan sosial", "", {'tag': 'lh'}),
    ("SIMKADA - Pendataan Kapal Perikanan Daerah", "prov-maluku",
     "Pendataan kapal perikanan berukuran kecil kewenangan provinsi dan pas kecil.", "", "", {'tag': 'kkp'}),
    ("e-PPGBM (Pencatatan dan Pelaporan Gizi Berbasis Masyarakat)", "kemenkes",
     "Penimbangan balita, status gizi dan pemantauan stunting.", "surveilans gizi", "", {'tag': 'kes'}),
    ("SIPSN (Sistem Informasi Pengelolaan Sampah Nasional)", "klhk",
     "Pelaporan timbulan dan pengelolaan sampah dari pemerintah daerah.", "", "", {'tag': 'lh'}),
    ("Sistem Informasi Bahasa Daerah Papua", "prov-papua-pegunungan",
     "Dokumentasi kosakata dan revitalisasi bahasa daerah.", "", "", {'tag': 'bud'}),
    ("Aplikasi Pendataan Orang Asli Papua (OAP)", "prov-papua-tengah",
     "Pendataan orang asli Papua untuk program afirmasi.", "", "", {'tag': 'duk'}),
    ("Aplikasi Pemetaan Kebun Kakao Rakyat", "prov-sulawesi-barat",
     "Data kebun kakao rakyat dan produktivitasnya.", "", "", {'tag': 'tani'}),
    ("SIPTR (Sistem Informasi Pertambangan Timah Rakyat)", "prov-kepulauan-bangka-belitung",
     "Pendataan wilayah pertambangan rakyat dan penambang.", "", "", {'tag': 'esdm'}),
    ("SIBATAS (Sistem Informasi Perbatasan)", "prov-kalimantan-utara",
     "Data kawasan perbatasan negara dan program pembangunan di lokasi prioritas.", "", "", {'tag': 'desa'}),
    ("Aplikasi Pendataan Komunitas Adat Suku Anak Dalam", "prov-jambi",
     "Pendataan komunitas adat terpencil Suku Anak Dalam dan program pemberdayaannya.", "", "", {'tag': 'sos'}),
    ("SIMPADU Perikanan Budidaya", "prov-lampung",
     "Pendataan pembudidaya ikan dan produksi tambak.", "", "", {'tag': 'kkp'}),
    ("Apl. Pengelolaan Hibah Daerah", "prov-banten",
     "Pengajuan, verifikasi dan pertanggungjawaban hibah dan bantuan sosial APBD kepada lembaga.", "", "",
     {'tag': 'keu'}),
    ("Sistem Informasi Ketahanan Pangan Daerah", "prov-riau",
     "Peta ketahanan dan kerentanan pangan (FSVA) tingkat kecamatan.", "", "", {'tag': 'tani'}),
    ("Aplikasi Layanan Rujukan Pasien Gakin", "prov-papua",
     "Penjaminan biaya rujukan pasien keluarga miskin dari kabupaten ke RS rujukan provinsi.", "", "",
     {'tag': 'kes'}),
    ("Sistem Informasi Kawasan Industri Halal", "kemenperin",
     "Data kawasan industri halal dan tenant.", "", "", {'tag': 'ind'}),
    ("Aplikasi Kalender Tanam (KATAM Terpadu)", "kementan",
     "Rekomendasi waktu tanam, varietas dan dosis pupuk per kecamatan.", "kalender tanam", "", {'tag': 'tani'}),
    ("Sistem Informasi Geologi Lingkungan", "kesdm",
     "Data air tanah dan geologi lingkungan untuk tata ruang.", "", "", {'tag': 'esdm'}),
    ("Sistem Pendataan Pemuda Pelopor", "kemenpora",
     "Seleksi dan pendataan pemuda pelopor tingkat nasional.", "", "", {'tag': 'pora'}),
    ("Jadesta (Jejaring Desa Wisata)", "kemenparekraf",
     "Profil dan promosi desa wisata serta penilaian klasifikasi desa wisata.", "", "", {'tag': 'wisata'}),
    ("Sistem Informasi Meteorologi Penerbangan", "bmkg",
     "Informasi cuaca penerbangan (METAR/TAF) untuk bandara.", "", "", {'tag': 'hub'}),
    ("Sistem Informasi Pencegahan Terorisme di Kawasan", "bnpt",
     "Data forum koordinasi pencegahan terorisme di provinsi.", "", "", {'tag': 'trib'}),
    ("Sistem Informasi Standar Nasional (SISNI)", "bsn",
     "Katalog dan penjualan dokumen Standar Nasional Indonesia.", "", "", {'tag': 'ind'}),
    ("Sistem Informasi Dosis Pekerja Radiasi", "bapeten",
     "Pencatatan dosis radiasi yang diterima pekerja radiasi.", "", "", {'tag': 'kes'}),
    ("Portal Informasi Pinjaman Daerah", "kemenkeu",
     "Pengajuan dan pemantauan pinjaman pemerintah daerah.", "", "", {'tag': 'keu'}),
    ("PIPP (Pusat Informasi Pelabuhan Perikanan)", "kkp",
     "Data aktivitas kapal dan produksi ikan yang didaratkan di pelabuhan perikanan.", "", "", {'tag': 'kkp'}),
]

# ---------------------------------------------------------------------------------------------
# Proposals. Reuse: ('g', group_slug) expands to all group members; ('r', key) to one row.
PROPOSALS = [
    ("Sistem Informasi Manajemen SDM Terpadu", "Kami ingin membangun aplikasi pengelolaan data pegawai, riwayat pangkat dan jabatan, mutasi serta pensiun untuk seluruh unit kerja dan UPT.", [('g', 'kepegawaian')]),
    ("Aplikasi Presensi Wajah untuk Pegawai Balai", "Presensi pegawai balai dengan face recognition dan lokasi, hasilnya dipakai untuk pemotongan tunjangan kinerja.", [('g', 'presensi')]),
    ("Kanal Aspirasi & Pengaduan Warga", "Aplikasi untuk menerima aduan masyarakat atas pelayanan dinas, disposisi ke bidang dan pelaporan tindak lanjut.", [('g', 'pengaduan')]),
    ("e-Office Naskah Dinas dan Disposisi", "Pembuatan nota dinas, surat keluar, disposisi pimpinan dan arsip surat secara elektronik untuk Kanwil.", [('g', 'persuratan')]),
    ("e-Planning & Budgeting Daerah Terpadu", "Penyusunan RKPD, Renja OPD, RKA-SKPD dan rancangan APBD provinsi dalam satu aplikasi.", [('g', 'keuangan-daerah')]),
    ("Apl. Penyusunan RKA-K/L Internal Eselon I", "Aplikasi internal untuk menyusun usulan program, Renja dan RKA-K/L sebelum diinput ke sistem nasional.", [('g', 'perencanaan-kl')]),
    ("General Ledger dan Pelaporan Keuangan Satker", "Pembukuan transaksi, SPM, dan penyusunan laporan keuangan (LRA, neraca) satuan kerja.", [('g', 'keuangan-kl')]),
    ("Aplikasi Laporan Kinerja Instansi (LKjIP)", "Penyusunan perjanjian kinerja, pengukuran capaian IKU dan laporan kinerja tahunan organisasi.", [('g', 'sakip')]),
    ("SKP Digital Pegawai", "Penyusunan sasaran kinerja pegawai, log harian dan penilaian kinerja bulanan untuk TPP.", [('g', 'ekinerja-pegawai')]),
    ("Portal Data Terbuka Sektoral", "Portal publikasi dataset sektoral dan metadata untuk mendukung Satu Data Indonesia.", [('g', 'satu-data')]),
    ("Layanan Perizinan Berusaha Online Provinsi", "Pengajuan izin usaha, pelacakan berkas dan penerbitan izin oleh DPMPTSP.", [('g', 'perizinan')]),
    ("e-Procurement Unit Kerja", "Aplikasi tender dan pengadaan langsung elektronik untuk pengadaan barang/jasa di unit kerja.", [('g', 'pengadaan')]),
    ("Aplikasi Inventarisasi BMN dengan QR Code", "Pencatatan barang milik negara, label QR, mutasi dan laporan BMN di satker.", [('g', 'bmn')]),
    ("Service Desk TIK", "Tiket gangguan dan permintaan layanan TIK dari pegawai beserta pemantauan SLA.", [('g', 'helpdesk')]),
    ("Portal Permohonan Informasi Publik", "Layanan permohonan informasi publik, keberatan dan daftar informasi publik untuk PPID pelaksana.", [('g', 'ppid')]),
    ("Sistem Monev Realisasi Fisik dan Keuangan", "Pemantauan realisasi fisik dan keuangan kegiatan satker setiap bulan dan evaluasi capaian output.", [('g', 'monev')]),
    ("Aplikasi Audit Internal & TLHP", "Pengelolaan PKPT, kertas kerja audit elektronik dan tindak lanjut hasil pemeriksaan Inspektorat.", [('g', 'pengawasan-internal')]),
    ("Sistem Pelacakan Sampel Laboratorium Balai", "Registrasi sampel uji, penugasan analis, hasil uji dan penerbitan laporan hasil uji.", [('g', 'lims')]),
    ("Pendaftaran Beasiswa Mahasiswa Daerah", "Pendaftaran online, verifikasi berkas dan pengumuman penerima beasiswa.", [('g', 'beasiswa')]),
    ("LMS Pengembangan Kompetensi ASN", "Platform e-learning dan administrasi pelatihan pegawai, pencatatan JP pengembangan kompetensi.", [('g', 'pelatihan-asn')]),
    ("JDIH Unit Kerja", "Publikasi peraturan, keputusan dan dokumen hukum yang terhubung ke jaringan dokumentasi hukum nasional.", [('g', 'jdih')]),
    ("Aplikasi SPPD dan Pertanggungjawaban Perjalanan Dinas", "Surat tugas, SPPD, kuitansi dan rincian biaya perjalanan dinas pegawai.", [('g', 'perjalanan-dinas')]),
    ("Pendataan Keluarga Miskin Sasaran Bansos", "Pendataan dan verifikasi rumah tangga miskin sebagai sasaran bantuan sosial daerah.", [('g', 'dtks')]),
    ("Tanda Tangan Elektronik Dokumen Perizinan", "Penandatanganan elektronik surat izin dan dokumen dinas dengan sertifikat elektronik.", [('g', 'tte')]),
    ("SIMRS untuk RSUD Baru", "Pendaftaran pasien, rekam medis elektronik, farmasi, billing dan klaim BPJS untuk rumah sakit daerah.", [('g', 'simrs')]),
    ("Billing PNBP Layanan Jasa", "Pembuatan kode billing dan pembayaran PNBP atas layanan jasa kepada masyarakat.", [('g', 'pnbp')]),
    ("Sistem Antrian Kantor Layanan", "Nomor antrian daring dan mesin antrian di ruang pelayanan dengan display panggilan.", [('g', 'antrian')]),
    ("Survei Kepuasan Masyarakat Online", "Kuesioner kepuasan pengguna layanan dan perhitungan IKM per unit layanan.", [('g', 'skm')]),
    ("Media Monitoring & Analisis Sentimen", "Pemantauan pemberitaan online dan media sosial serta analisis sentimen untuk humas.", [('g', 'media-monitoring')]),
    ("Pemantauan Harga Bahan Pokok Pasar", "Pencatatan harga harian bahan pokok di pasar kabupaten/kota dan dasbor perkembangan harga.", [('g', 'harga-pangan')]),
    ("Layanan Verifikasi NIK Penerima Layanan", "Verifikasi NIK dan data kependudukan pemohon layanan melalui web service Dukcapil.", [('r', 'hakakses')]),
    ("Pendaftaran Badan Hukum Yayasan dan Perkumpulan", "Aplikasi pendaftaran dan perubahan badan hukum yayasan/perkumpulan.", [('r', 'ahu')]),
    ("Sistem Pemantauan Titik Panas Karhutla", "Pemantauan hotspot kebakaran hutan dan lahan untuk peringatan dini.", [('r', 'sipongi')]),
    # novel
    ("Sistem Informasi Taman Makam Pahlawan", "Pendataan makam pahlawan dan veteran di taman makam pahlawan nasional serta layanan ziarah.", []),
    ("Aplikasi Penjadwalan Medical Check-up Pegawai", "Penjadwalan pemeriksaan kesehatan berkala pegawai dan penyimpanan hasilnya.", []),
    ("Manifest Elektronik Limbah B3 Fasyankes", "Pelacakan pengangkutan limbah B3 medis dari fasyankes ke pengolah berizin.", []),
    ("Sistem Informasi Rehabilitasi dan Pelepasliaran Satwa", "Data satwa liar sitaan di pusat rehabilitasi, perawatan dan rencana pelepasliaran.", []),
    ("Registri Donor dan Transplantasi Organ", "Pendaftaran calon donor, daftar tunggu resipien dan pencocokan organ.", []),
    ("Monitoring Kebisingan Bandara", "Sensor kebisingan di sekitar bandara dan data untuk pengaturan jam operasi.", []),
    ("Layanan Juru Bahasa Isyarat Daring", "Pemesanan juru bahasa isyarat untuk warga tuli saat mengakses layanan publik.", []),
    ("Sistem Data Pemantauan Terumbu Karang", "Pencatatan hasil survei tutupan terumbu karang dan kesehatan ekosistem.", []),
    ("Pendataan Seniman dan Pelaku Budaya", "Sistem informasi data seniman, sanggar dan pelaku budaya daerah.", []),
    ("Layanan Penitipan Anak (Daycare) ASN", "Pendaftaran dan jadwal layanan penitipan anak di kantor untuk pegawai.", []),
    ("Kompetisi Inovasi Pelayanan Publik", "Pendaftaran, penilaian dan publikasi inovasi pelayanan publik instansi.", []),
    ("Layanan Konseling Kesehatan Mental ASN", "Janji temu konseling psikologis dan rujukan untuk pegawai.", []),
    ("Sistem Informasi Pengelolaan Air Minum Desa", "Data SPAM perdesaan, pelanggan dan iuran pengelola air minum desa.", []),
    ("Sistem Informasi Distribusi Benih Ikan", "Permintaan dan distribusi benih ikan dari balai benih ke pembudidaya.", []),
    ("Sistem Informasi Manajemen Koleksi Kebun Raya", "Data koleksi tumbuhan hidup kebun raya, lokasi dan perawatan.", []),
]

# ---------------------------------------------------------------------------------------------
DOMAINS = {
    'anri': 'anri.go.id', 'atr-bpn': 'atrbpn.go.id', 'bakamla': 'bakamla.go.id', 'bapeten': 'bapeten.go.id',
    'bappenas': 'bappenas.go.id', 'basarnas': 'basarnas.go.id', 'big': 'big.go.id', 'bkkbn': 'bkkbn.go.id',
    'bkn': 'bkn.go.id', 'bmkg': 'bmkg.go.id', 'bnn': 'bnn.go.id', 'bnpb': 'bnpb.go.id', 'bnpt': 'bnpt.go.id',
    'bpip': 'bpip.go.id', 'bpkp': 'bpkp.go.id', 'bpom': 'pom.go.id', 'bps': 'bps.go.id', 'brin': 'brin.go.id',
    'bsn': 'bsn.go.id', 'bssn': 'bssn.go.id', 'kemenag': 'kemenag.go.id', 'kemendag': 'kemendag.go.id',
    'kemendagri': 'kemendagri.go.id', 'kemendes-pdtt': 'kemendesa.go.id', 'kemendikbudristek': 'kemdikbud.go.id',
    'kemenhub': 'dephub.go.id', 'kemenkes': 'kemkes.go.id', 'kemenkeu': 'kemenkeu.go.id',
    'kemenko-ipk': 'kemenkoipk.go.id', 'kemenko-kumham-imipas': 'kemenkokumham.go.id',
    'kemenko-marves': 'maritim.go.id', 'kemenko-pangan': 'kemenkopangan.go.id',
    'kemenko-perekonomian': 'ekon.go.id', 'kemenko-pm': 'kemenkopm.go.id', 'kemenko-pmk': 'kemenkopmk.go.id',
    'kemenko-polhukam': 'polkam.go.id', 'kemenko-polkam': 'polkam.go.id', 'kemenkopukm': 'kemenkopukm.go.id',
    'kemenkumham': 'kemenkumham.go.id', 'kemenpanrb': 'menpan.go.id', 'kemenparekraf': 'kemenparekraf.go.id',
    'kemenperin': 'kemenperin.go.id', 'kemenpora': 'kemenpora.go.id', 'kemenpppa': 'kemenpppa.go.id',
    'kemenpupr': 'pu.go.id', 'kemensetneg': 'setneg.go.id', 'kemensos': 'kemensos.go.id',
    'kementan': 'pertanian.go.id', 'kementerian-bumn': 'bumn.go.id', 'kementerian-investasi': 'bkpm.go.id',
    'kemhan': 'kemhan.go.id', 'kemlu': 'kemlu.go.id', 'kemnaker': 'kemnaker.go.id', 'kesdm': 'esdm.go.id',
    'kkp': 'kkp.go.id', 'klhk': 'menlhk.go.id', 'komdigi': 'komdigi.go.id', 'kominfo': 'kominfo.go.id',
    'lan': 'lan.go.id', 'lemhannas': 'lemhannas.go.id', 'lkpp': 'lkpp.go.id', 'perpusnas': 'perpusnas.go.id',
    'prov-aceh': 'acehprov.go.id', 'prov-bali': 'baliprov.go.id', 'prov-banten': 'bantenprov.go.id',
    'prov-bengkulu': 'bengkuluprov.go.id', 'prov-di-yogyakarta': 'jogjaprov.go.id',
    'prov-dki-jakarta': 'jakarta.go.id', 'prov-gorontalo': 'gorontaloprov.go.id', 'prov-jambi': 'jambiprov.go.id',
    'prov-jawa-barat': 'jabarprov.go.id', 'prov-jawa-tengah': 'jatengprov.go.id',
    'prov-jawa-timur': 'jatimprov.go.id', 'prov-kalimantan-barat': 'kalbarprov.go.id',
    'prov-kalimantan-selatan': 'kalselprov.go.id', 'prov-kalimantan-tengah': 'kaltengprov.go.id',
    'prov-kalimantan-timur': 'kaltimprov.go.id', 'prov-kalimantan-utara': 'kaltaraprov.go.id',
    'prov-kepulauan-bangka-belitung': 'babelprov.go.id', 'prov-kepulauan-riau': 'kepriprov.go.id',
    'prov-lampung': 'lampungprov.go.id', 'prov-maluku': 'malukuprov.go.id', 'prov-maluku-utara': 'malutprov.go.id',
    'prov-nusa-tenggara-barat': 'ntbprov.go.id', 'prov-nusa-tenggara-timur': 'nttprov.go.id',
    'prov-papua': 'papua.go.id', 'prov-papua-barat': 'papuabaratprov.go.id',
    'prov-papua-barat-daya': 'papuabaratdayaprov.go.id', 'prov-papua-pegunungan': 'papuapegununganprov.go.id',
    'prov-papua-selatan': 'papuaselatanprov.go.id', 'prov-papua-tengah': 'papuatengahprov.go.id',
    'prov-riau': 'riau.go.id', 'prov-sulawesi-barat': 'sulbarprov.go.id', 'prov-sulawesi-selatan': 'sulselprov.go.id',
    'prov-sulawesi-tengah': 'sultengprov.go.id', 'prov-sulawesi-tenggara': 'sultraprov.go.id',
    'prov-sulawesi-utara': 'sulutprov.go.id', 'prov-sumatera-barat': 'sumbarprov.go.id',
    'prov-sumatera-selatan': 'sumselprov.go.id', 'prov-sumatera-utara': 'sumutprov.go.id',
}


def unpack(t, default_tag):
    nama, inst, desc, fungsi, flags = t[:5]
    extra = t[5] if len(t) > 5 else {}
    return {
        'nama': nama, 'instansi': inst, 'deskripsi': desc, 'fungsi': fungsi, 'flags': flags,
        'tag': extra.get('tag', default_tag), 'dpi': extra.get('dpi', ''), 'key': extra.get('key'),
        'status': extra.get('status'),
    }


rows = []
group_rows = {}
for gi, (slug, tag, members) in enumerate(GROUPS):
    group_rows[slug] = []
    for t in members:
        r = unpack(t, tag)
        r['group'] = slug
        rows.append(r)
        group_rows[slug].append(r)
for t in TRAPS:
    r = unpack(t, 'org')
    if r['nama'] not in WEAK:
        r['flags'] += 't'
    r['group'] = None
    rows.append(r)
for t in SINGLETONS:
    r = unpack(t, 'org')
    r['group'] = None
    rows.append(r)

random.shuffle(rows)
for i, r in enumerate(rows, 1):
    r['id'] = 'b13-%04d' % i
keyed = {r['key']: r for r in rows if r['key']}

# ---- blanking of deskripsi / fungsi -------------------------------------------------------------
n = len(rows)
T_DESC, T_FUNGSI, T_BOTH = round(0.40 * n), round(0.45 * n), round(0.20 * n)
idx = list(range(n))
authored_both = {i for i in idx if not rows[i]['deskripsi'] and not rows[i]['fungsi']}
authored_d = {i for i in idx if not rows[i]['deskripsi'] and rows[i]['fungsi']}
authored_f = {i for i in idx if rows[i]['deskripsi'] and not rows[i]['fungsi']}
assert not any('k' in rows[i]['flags'] for i in authored_both)
B = set(authored_both)
cand = [i for i in idx if i not in B and 'k' not in rows[i]['flags']]
random.shuffle(cand)
# prefer rows with one field already empty
cand.sort(key=lambda i: 0 if (i in authored_d or i in authored_f) else 1)
for i in cand:
    if len(B) >= T_BOTH:
        break
    B.add(i)
D = set(B) | (authored_d - B)
cand = [i for i in idx if i not in D and i not in authored_f]
random.shuffle(cand)
for i in cand:
    if len(D) >= T_DESC:
        break
    D.add(i)
F = set(B) | (authored_f - B)
cand = [i for i in idx if i not in D and i not in F]
random.shuffle(cand)
for i in cand:
    if len(F) >= T_FUNGSI:
        break
    F.add(i)
for i in D:
    rows[i]['deskripsi'] = ''
for i in F:
    rows[i]['fungsi'] = ''


# ---- metadata ------------------------------------------------------------------------------------
def messy(code):
    x = random.random()
    if x < 0.42:
        return code
    if x < 0.62:
        return code + random.choice(['.01', '.02', '.03', '.01.01', '.02.04', '.05.01.02'])
    if x < 0.70:
        return code[0] + code[1:3].lower() + code[3:]
    if x < 0.75:
        return code.lower()
    if x < 0.81:
        parts = code.split('.')
        return '.'.join([parts[0]] + [str(int(p)) for p in parts[1:]])
    if x < 0.87:
        return code.replace('.', ' ', 1)
    if x < 0.92:
        return code.replace('.', '')
    return code + ' '


code_rows = set(random.sample(idx, round(0.25 * n)))
for i, r in enumerate(rows):
    r['kode_ral'] = r['kode_rab'] = r['kode_raa'] = ''
    if i in code_rows:
        rab, ral, raa = TAGS[r['tag']]
        if 'u' in r['flags'] and raa.startswith('RAA.02'):
            raa = 'RAA.01.02'
        got = False
        if random.random() < 0.75:
            r['kode_ral'] = messy(ral); got = True
        if random.random() < 0.65:
            r['kode_rab'] = messy(rab); got = True
        if random.random() < 0.6 or not got:
            r['kode_raa'] = messy(raa)

for r in rows:
    x = random.random()
    if 'u' in r['flags']:
        r['jenis'] = 'aplikasi umum' if x < 0.85 else ''
    else:
        r['jenis'] = ('aplikasi khusus' if x < 0.62 else 'Aplikasi Khusus' if x < 0.68
                      else 'aplikasi umum' if x < 0.78 else '')
    if r['status'] is None:
        x = random.random()
        r['status'] = ('aktif' if x < 0.60 else 'nonaktif' if x < 0.70 else 'pengembangan' if x < 0.78 else '')
    if random.random() < 0.75:
        lo = 2009 if r['status'] != 'pengembangan' else 2023
        r['tahun'] = str(random.randint(lo, 2024))
    else:
        r['tahun'] = ''
    dom = DOMAINS.get(r['instansi'])
    if dom and random.random() < 0.55:
        nm = r['nama'].split(' - ')[-1]
        m = re.search(r'^([A-Za-z0-9\-!@]+)\s*\(', nm)
        p = re.search(r'\(([A-Z][A-Za-z0-9\-]{1,11})\)', nm)
        generic = {'aplikasi', 'apl.', 'sistem', 'sist.', 'portal', 'layanan', 'database', 'data', 'web', 'website'}
        words = [w for w in nm.split() if w.lower() not in generic] or nm.split()
        slug = (m.group(1) if m else p.group(1) if p else words[0]).lower()
        slug = re.sub(r'[^a-z0-9]', '', slug) or 'app'
        if len(slug) < 3:
            slug = re.sub(r'[^a-z0-9]', '', nm.lower())[:12]
        scheme = 'https' if random.random() < 0.85 else 'http'
        if random.random() < 0.7:
            r['url'] = '%s://%s.%s' % (scheme, slug, dom)
        else:
            r['url'] = '%s://%s/%s' % (scheme, dom, slug)
    else:
        r['url'] = ''

# ---- write ---------------------------------------------------------------------------------------
FIELDS = ['id', 'nama', 'deskripsi', 'fungsi', 'instansi', 'jenis', 'kode_ral', 'kode_rab', 'kode_raa',
          'status', 'tahun', 'url', 'dpi']
with open(os.path.join(HERE, 'blind13-inventory.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(FIELDS)
    for r in rows:
        w.writerow([r[k] for k in FIELDS])

groups_out = []
for gi, (slug, _tag, _m) in enumerate(GROUPS, 1):
    groups_out.append({'id': 'g%02d' % gi, 'members': sorted(r['id'] for r in group_rows[slug])})
with open(os.path.join(HERE, 'blind13-groups.json'), 'w', encoding='utf-8') as f:
    json.dump({'source': SOURCE_GROUPS, 'duplicateGroups': groups_out}, f, ensure_ascii=False, indent=1)

props_out = []
for pi, (nama, desk, exp) in enumerate(PROPOSALS, 1):
    ids = []
    for kind, ref in exp:
        if kind == 'g':
            ids += [r['id'] for r in group_rows[ref]]
        else:
            ids.append(keyed[ref]['id'])
    props_out.append({'id': 'p%02d' % pi, 'nama': nama, 'deskripsi': desk, 'expected': sorted(set(ids))})
with open(os.path.join(HERE, 'blind13-proposals.json'), 'w', encoding='utf-8') as f:
    json.dump({'source': SOURCE_PROPOSALS, 'proposals': props_out}, f, ensure_ascii=False, indent=1)

# ---- summary (counts only) -----------------------------------------------------------------------
if __name__ == '__main__':
    grouped = sum(len(v) for v in group_rows.values())
    traps = sum(1 for r in rows if 't' in r['flags'])
    print('rows', n, 'agencies', len({r['instansi'] for r in rows}), 'groups', len(groups_out),
          'grouped rows', grouped, 'traps', traps, 'singletons', n - grouped,
          'no desc %.1f%%' % (100.0 * sum(1 for r in rows if not r['deskripsi']) / n),
          'no fungsi %.1f%%' % (100.0 * sum(1 for r in rows if not r['fungsi']) / n),
          'name-only %.1f%%' % (100.0 * sum(1 for r in rows if not r['deskripsi'] and not r['fungsi']) / n),
          'with codes', sum(1 for r in rows if r['kode_ral'] or r['kode_rab'] or r['kode_raa']),
          'dpi rows', sum(1 for r in rows if r['dpi']),
          'proposals reuse', sum(1 for p in props_out if p['expected']),
          'novel', sum(1 for p in props_out if not p['expected']))
