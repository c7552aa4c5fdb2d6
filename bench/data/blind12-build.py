#!/usr/bin/env python3
"""Build the blind12 benchmark (hand-labelled, written blind to the engine).

Writes blind12-inventory.csv, blind12-groups.json and blind12-proposals.json
next to this script. Standard library only; random.seed(121212).

Scenario: a provincial Diskominfo (Jawa Tengah) takes a census of the
applications of the province and of its kabupaten/kota (kabupaten/kota rows
carry the province's agency id, with the place in the name), mixed with rows
from other provinces and with the national platforms and ministry
applications they duplicate or should use.

Rows, groups and proposals were invented by hand from general knowledge and
the SPBE reference notes; real national platform names are used as such,
agency and regional rows are illustrative.
"""
import csv
import json
import os
import random

random.seed(121212)
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "blind12: hand-labelled benchmark written BLIND to the engine by a helper session. "
    "Read only: /work/shared/domain/spbe-reference.md (in full); name-only listings "
    "`ls /work/main/catalog-info`, `ls /work/main/catalog-info/*/`, `ls /work/main/bench/data`; "
    "agency and DPI ids from `grep -h \"^  name:\" /work/main/catalog-info/agencies/*.yaml` and "
    "`grep -h \"^  name:\" /work/main/catalog-info/dpi/*.yaml`. No engine code, plugin, doc, test, "
    "other benchmark file or git history was opened or run, and no web or code-index search about "
    "the repository was made. Rows, groups and proposals were invented by hand from general "
    "knowledge and the reference file (real national platform names used as such; agency and "
    "regional rows are illustrative). A group = rows serving the same government function in "
    "different agencies (consolidation candidates), with the national platform / aplikasi umum as a "
    "member when one exists; neighbouring functions are kept apart and a trap row is never in the "
    "group it resembles; rows in no group are singletons and are not listed. "
    "Built by blind12-build.py (random seed 121212)."
)

# ---------------------------------------------------------------------------
# Reference-architecture code profiles (ral, rab, raa). Level 1-2 follow the
# reference notes; deeper levels are illustrative, as in real agency data.
# ---------------------------------------------------------------------------
CP = {
    "surat": ("RAL.02.06.01", "RAB.09.07.02", "RAA.01.02"),
    "aduan": ("RAL.01.34.01", "RAB.09.06.05", "RAA.01.01"),
    "pegawai": ("RAL.02.04.01", "RAB.09.06.01", "RAA.01.02"),
    "presensi": ("RAL.02.04.02", "RAB.09.06.01", "RAA.02.02"),
    "kinerja": ("RAL.02.04.03", "RAB.09.06.02", "RAA.01.02"),
    "tpp": ("RAL.02.02.04", "RAB.09.06.01", "RAA.02.02"),
    "gaji": ("RAL.02.02.04", "RAB.09.02.03", "RAA.02.02"),
    "rencana": ("RAL.02.03.02", "RAB.09.05.01", "RAA.01.02"),
    "musrenbang": ("RAL.02.03.03", "RAB.09.05.02", "RAA.02.02"),
    "keuda": ("RAL.02.02.01", "RAB.09.02.01", "RAA.01.02"),
    "sakip": ("RAL.02.07.01", "RAB.09.06.04", "RAA.01.02"),
    "monev": ("RAL.02.03.05", "RAB.09.05.06", "RAA.02.02"),
    "aset": ("RAL.02.02.05", "RAB.09.02.04", "RAA.01.02"),
    "izin": ("RAL.01.10.01", "RAB.02.05.01", "RAA.01.01"),
    "pbg": ("RAL.01.13.03", "RAB.03.02.02", "RAA.01.01"),
    "adminduk": ("RAL.01.19.01", "RAB.03.07.01", "RAA.02.01"),
    "sso": ("RAL.02.09.02", "RAB.09.04.02", "RAA.01.02"),
    "puskesmas": ("RAL.01.04.02", "RAB.04.02.01", "RAA.02.01"),
    "rs": ("RAL.01.04.03", "RAB.04.02.02", "RAA.02.01"),
    "dapodik": ("RAL.01.03.01", "RAB.06.01.01", "RAA.01.01"),
    "ppdb": ("RAL.01.03.02", "RAB.06.01.02", "RAA.02.01"),
    "sosial": ("RAL.01.05.01", "RAB.04.01.01", "RAA.01.01"),
    "hibah": ("RAL.02.02.06", "RAB.04.01.03", "RAA.02.02"),
    "desa": ("RAL.01.20.01", "RAB.03.06.01", "RAA.01.01"),
    "keudes": ("RAL.01.20.02", "RAB.03.06.02", "RAA.01.02"),
    "pajak": ("RAL.01.33.01", "RAB.09.02.05", "RAA.02.01"),
    "bphtb": ("RAL.01.33.02", "RAB.09.02.05", "RAA.02.01"),
    "pbb": ("RAL.01.33.03", "RAB.09.02.05", "RAA.02.01"),
    "pkb": ("RAL.01.33.04", "RAB.09.02.05", "RAA.02.01"),
    "parkir": ("RAL.01.15.04", "RAB.03.05.03", "RAA.02.01"),
    "harga": ("RAL.01.08.01", "RAB.02.01.01", "RAA.01.01"),
    "bencana": ("RAL.01.21.02", "RAB.05.02.01", "RAA.01.01"),
    "karhutla": ("RAL.01.17.02", "RAB.07.02.03", "RAA.01.01"),
    "wisata": ("RAL.01.22.01", "RAB.02.07.01", "RAA.02.01"),
    "perpus": ("RAL.01.24.01", "RAB.08.03.01", "RAA.01.01"),
    "epustaka": ("RAL.01.24.02", "RAB.08.03.01", "RAA.01.01"),
    "arsipstatis": ("RAL.01.25.01", "RAB.08.03.02", "RAA.01.01"),
    "data": ("RAL.02.09.01", "RAB.09.03.01", "RAA.01.01"),
    "jdih": ("RAL.01.29.01", "RAB.05.03.01", "RAA.01.01"),
    "ppid": ("RAL.01.26.02", "RAB.09.03.02", "RAA.01.01"),
    "pengadaan": ("RAL.02.06.03", "RAB.09.02.06", "RAA.01.02"),
    "gizi": ("RAL.01.04.05", "RAB.04.02.04", "RAA.01.01"),
    "darurat": ("RAL.01.21.01", "RAB.05.01.02", "RAA.01.01"),
    "kerja": ("RAL.01.06.01", "RAB.06.02.01", "RAA.01.01"),
    "umkm": ("RAL.01.09.01", "RAB.02.03.01", "RAA.01.01"),
    "pupuk": ("RAL.01.11.01", "RAB.02.04.02", "RAA.01.01"),
    "ruang": ("RAL.01.13.01", "RAB.03.03.01", "RAA.01.01"),
    "geo": ("RAL.02.09.03", "RAB.03.03.02", "RAA.01.01"),
    "sampah": ("RAL.01.16.02", "RAB.07.01.02", "RAA.01.01"),
    "interop": ("RAL.02.09.04", "RAB.09.04.03", "RAA.01.02"),
    "skm": ("RAL.02.08.02", "RAB.09.06.05", "RAA.02.02"),
    "beasiswa": ("RAL.01.03.04", "RAB.06.01.04", "RAA.02.01"),
    "tte": ("RAL.02.09.05", "RAB.09.04.04", "RAA.01.02"),
}

# ---------------------------------------------------------------------------
# Rows: key | instansi | jenis (U/K) | trap (T) | code profile | domain | nama | deskripsi | fungsi
#   key gNNx = member of group gNN; tNN = trap singleton; sNN = other singleton.
#   code profile: a CP key, or a literal "RAL/RAB/RAA" triple, or "-" for none.
#   domain: a .go.id base (url made from it at random), a full url, or "-".
# ---------------------------------------------------------------------------
JT = "prov-jawa-tengah"
ROWS_TEXT = r"""
g01a|anri|U||surat|https://srikandi.arsip.go.id|SRIKANDI|Sistem Informasi Kearsipan Dinamis Terintegrasi, aplikasi umum tata naskah dinas elektronik dan pengelolaan arsip dinamis untuk instansi pusat dan daerah.|pembuatan, pengiriman, disposisi dan penyimpanan naskah dinas
g01b|JT|K||surat|jatengprov.go.id|E-Office Pemprov Jateng|Persuratan elektronik antar OPD: surat masuk, surat keluar, disposisi dan tanda tangan elektronik.|
g01c|JT|K||surat|banyumaskab.go.id|SiMAS Banyumas (Sistem Informasi Manajemen Arsip dan Surat)||agenda surat masuk/keluar, disposisi, arsip
g01d|JT|K||surat|surakarta.go.id|Layang - Kota Surakarta|Aplikasi layang (surat) dinas elektronik Pemkot Surakarta, layang mlebu lan layang metu.|
g01e|prov-jawa-barat|K||surat|jabarprov.go.id|e-Surat Jabar||persuratan dinas elektronik
g01f|prov-sulawesi-selatan|K||surat|sulselprov.go.id|SIPAKATAU e-Persuratan|Surat menyurat elektronik dan disposisi pimpinan lingkup Pemprov Sulsel.|
g01g|kemenag|K||surat|kemenag.go.id|TNDE Kemenag (Tata Naskah Dinas Elektronik)||naskah dinas elektronik satuan kerja
g01h|JT|K||surat|kebumenkab.go.id|Sistim Persuratan Elektronik Kab. Kebumen||
g01i|kemenko-pmk|K||surat|kemenkopmk.go.id|Persuratan Elektronik Kemenko PMK|Aplikasi surat dinas dan disposisi internal Kemenko PMK.|
g01j|kemenko-marves|K||surat|maritim.go.id|e-Office Marves||
g01k|anri|U||surat|-|SIKD (Sistem Informasi Kearsipan Dinamis) versi lama|Aplikasi kearsipan dinamis dan persuratan yang dibagikan ANRI ke pemerintah daerah sebelum SRIKANDI.|
g02a|kemenpanrb|U||aduan|https://www.lapor.go.id|SP4N-LAPOR!|Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional; kanal aspirasi dan pengaduan masyarakat yang terhubung ke instansi pusat dan daerah.|penyampaian, disposisi dan tindak lanjut pengaduan masyarakat
g02b|JT|K||aduan|jatengprov.go.id|LaporGub! Jawa Tengah|Kanal aduan masyarakat kepada Gubernur melalui web, SMS, Twitter dan WhatsApp.|pengaduan masyarakat
g02c|JT|K||aduan|wonosobokab.go.id|Sambat Wonosobo||wadah sambatan (keluhan) warga terhadap layanan Pemkab
g02d|prov-jawa-barat|K||aduan|jabarprov.go.id|Ngawadul Jabar||
g02e|prov-sumatera-barat|K||aduan|sumbarprov.go.id|Rang Kito Mangadu|Aplikasi pengaduan pelayanan publik Provinsi Sumatera Barat.|
g02f|prov-bali|K||aduan|baliprov.go.id|e-Mesadu Bali||penyampaian keluhan dan laporan warga
g02h|prov-dki-jakarta|K||aduan|jakarta.go.id|CRM Jakarta (Cepat Respon Masyarakat)|Pengelolaan laporan warga dari berbagai kanal dan tindak lanjut oleh SKPD, kecamatan dan kelurahan.|
g02i|JT|K||aduan|tegalkab.go.id|SMS Center Bupati Tegal|Layanan SMS untuk menyampaikan keluhan dan usulan warga langsung ke Bupati.|
g03a|bkn|U||pegawai|https://asn.bkn.go.id|SIASN|Sistem Informasi Aparatur Sipil Negara BKN: data induk dan layanan kepegawaian ASN nasional (kenaikan pangkat, mutasi, pensiun).|pengelolaan data dan layanan kepegawaian ASN
g03b|bkn|U||pegawai|https://myasn.bkn.go.id|MyASN|Aplikasi layanan mandiri ASN untuk melihat dan memutakhirkan data kepegawaian di SIASN.|
g03c|JT|K||pegawai|jatengprov.go.id|SIMPEG Provinsi Jawa Tengah||data riwayat pegawai, kepangkatan, jabatan dan pendidikan
g03d|JT|K||pegawai|klatenkab.go.id|SIGAWE Klaten (Sistem Informasi Pegawe)|Database kepegawaian PNS dan PPPK Kabupaten Klaten.|
g03e|prov-sulawesi-selatan|K||pegawai|sulselprov.go.id|SIMPEG Sulsel||
g03f|prov-kalimantan-timur|K||pegawai|kaltimprov.go.id|e-Pegawai Kaltim||pengelolaan data ASN, usul kenaikan pangkat dan cuti
g03h|kemenkumham|K||pegawai|kemenkumham.go.id|SIMPEG Kemenkumham|Sistem informasi kepegawaian pegawai Kementerian Hukum dan HAM di pusat dan kantor wilayah.|
g03i|prov-maluku-utara|K||pegawai|malutprov.go.id|SIMPEG Maluku Utara||
g04a|JT|K||presensi|jatengprov.go.id|e-Presensi ASN Jateng|Absensi pegawai berbasis lokasi dan swafoto melalui ponsel.|presensi kehadiran pegawai
g04b|JT|K||presensi|kuduskab.go.id|E-Absensi Kab. Kudus||rekap kehadiran PNS harian
g04c|prov-jawa-barat|K||presensi|jabarprov.go.id|Hadir Jabar (absen online pegawai)||
g04d|prov-bali|K||presensi|baliprov.go.id|Absensi Pegawai Pemprov Bali|Kehadiran pegawai dari mesin sidik jari dan aplikasi mobile.|
g04f|prov-sulawesi-tenggara|K||presensi|sultraprov.go.id|Absen Online Sultra|Aplikasi absen ASN dengan geotagging untuk Pemprov Sulawesi Tenggara.|
g05a|bkn|U||kinerja|https://kinerja.bkn.go.id|e-Kinerja BKN|Pengelolaan kinerja ASN nasional: SKP, rencana hasil kerja, bukti dukung dan evaluasi kinerja.|penilaian kinerja pegawai
g05b|JT|K||kinerja|patikab.go.id|e-SKP Kab. Pati||penyusunan SKP dan laporan kinerja pegawai
g05c|prov-sumatera-barat|K||kinerja|sumbarprov.go.id|e-Kinerja Sumbar||
g05d|prov-jawa-timur|K||kinerja|jatimprov.go.id|SKP Online Jatim|Sasaran kinerja pegawai, realisasi dan penilaian oleh atasan langsung.|
g05e|JT|K||kinerja|pekalongankota.go.id|LAH Kota Pekalongan (Laporan Aktivitas Harian)||catatan aktivitas harian pegawai untuk penilaian kinerja
g06a|JT|K|T|tpp|jatengprov.go.id|e-TPP Jateng|Perhitungan tambahan penghasilan pegawai berdasarkan presensi dan capaian kinerja.|
g06b|JT|K|T|tpp|magelangkab.go.id|SITAMPAN Kab. Magelang (Sistem Tambahan Penghasilan)||hitung TPP bulanan ASN
g06c|prov-dki-jakarta|K|T|tpp|jakarta.go.id|TKD Online DKI|Perhitungan tunjangan kinerja daerah pegawai Pemprov DKI Jakarta.|
g07a|JT|K|T|gaji|brebeskab.go.id|SIGAPE (Sistem Informasi Gaji dan Pegawai) Brebes|Penghitungan gaji bulanan, potongan dan daftar gaji PNS.|
g07b|prov-lampung|K||gaji|lampungprov.go.id|e-Gaji Lampung||daftar gaji PNS provinsi
g07c|JT|K||gaji|semarangkota.go.id|Aplikasi Gaji Kota Semarang||
g08a|kemendagri|U||rencana|https://sipd.kemendagri.go.id|SIPD (Sistem Informasi Pemerintahan Daerah)|Platform Kemendagri untuk perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah.|perencanaan dan penganggaran daerah
g08b|JT|K||rencana|jatengprov.go.id|e-Planning Bappeda Jateng||penyusunan RKPD dan Renja perangkat daerah
g08c|JT|K||rencana|jepara.go.id|SIMRENBANG Jepara|Sistem informasi perencanaan pembangunan daerah: RPJMD, Renstra dan RKPD.|
g08d|prov-sulawesi-selatan|K||rencana|sulselprov.go.id|e-Budgeting Sulsel|Penyusunan RKA perangkat daerah dan rancangan APBD.|
g08f|prov-kalimantan-selatan|K||rencana|kalselprov.go.id|SIMRAL Kalimantan Selatan||perencanaan, penganggaran dan pelaporan pembangunan
g09a|JT|K|T|musrenbang|surakarta.go.id|e-Musrenbang Kota Surakarta|Usulan kegiatan warga dari musrenbang kelurahan sampai kota.|
g09b|prov-jawa-barat|K||musrenbang|jabarprov.go.id|e-Sawala Jabar||usulan masyarakat dalam musrenbang
g09c|JT|K||musrenbang|klatenkab.go.id|Aplikasi Usulan Musrenbang Klaten||
g09d|prov-nusa-tenggara-barat|K|T|musrenbang|ntbprov.go.id|e-Musrenbang NTB|Penjaringan dan prioritas usulan pembangunan dari desa dan kecamatan.|
g10a|bpkp|U||keuda|bpkp.go.id|SIMDA Keuangan|Aplikasi BPKP untuk penatausahaan, akuntansi dan pelaporan keuangan daerah (bertahap digantikan SIPD).|
g10b|JT|K||keuda|cilacapkab.go.id|e-SP2D Kab. Cilacap||penerbitan SP2D dan pencairan dana online
g10c|prov-sumatera-utara|K||keuda|sumutprov.go.id|SIPKD Sumut (Sistem Informasi Pengelolaan Keuangan Daerah)||
g10d|JT|K||keuda|salatiga.go.id|SIMKEU Kota Salatiga|Penatausahaan belanja, SPP, SPM dan laporan keuangan OPD.|
g10e|prov-riau|K||keuda|riau.go.id|Akuntansi dan Pelaporan Keuangan Daerah Riau||
g11a|kemenpanrb|U||sakip|https://esakip.menpan.go.id|e-SAKIP|Sistem Akuntabilitas Kinerja Instansi Pemerintah elektronik: perjanjian kinerja, LKjIP dan evaluasi SAKIP.|
g11b|JT|K||sakip|jatengprov.go.id|e-SAKIP Jawa Tengah||penyusunan perjanjian kinerja dan LKjIP perangkat daerah
g11c|JT|K||sakip|wonosobokab.go.id|SAKIP Kab. Wonosobo||
g11d|prov-di-yogyakarta|K||sakip|jogjaprov.go.id|e-SAKIP DIY||
g11e|prov-gorontalo|K||sakip|gorontaloprov.go.id|Sistem Akuntabilitas Kinerja Gorontalo|Pelaporan kinerja instansi pemerintah daerah.|
g12a|bappenas|U|T|monev|https://e-monev.bappenas.go.id|e-Monev Bappenas|Pemantauan dan evaluasi pelaksanaan rencana pembangunan (PP 39/2006).|
g12b|JT|K||monev|kebumenkab.go.id|SIMONEV Kab. Kebumen||monitoring realisasi fisik dan keuangan kegiatan APBD
g12c|prov-papua|K||monev|papua.go.id|e-Monev Papua||
g12d|JT|K|T|monev|jatengprov.go.id|Dashboard Pengendalian Pembangunan Jateng|Pantau progres fisik dan keuangan kegiatan OPD secara real time.|
g13a|bpkp|U||aset|bpkp.go.id|SIMDA BMD|Modul barang milik daerah SIMDA: inventarisasi, KIB, penyusutan dan laporan aset.|
g13b|JT|K||aset|patikab.go.id|SIMBADA Pati||sistem informasi manajemen barang daerah
g13c|JT|K||aset|jatengprov.go.id|e-Aset Jateng||pencatatan aset dan kartu inventaris barang
g13e|prov-maluku|K||aset|malukuprov.go.id|SIMA Maluku (Sistem Informasi Manajemen Aset)|Penatausahaan barang milik daerah Provinsi Maluku.|
g13f|kemenkeu|U||aset|https://siman.kemenkeu.go.id|SIMAN (Sistem Informasi Manajemen Aset Negara)|Pengelolaan barang milik negara: perencanaan kebutuhan, penggunaan, pemanfaatan dan penghapusan.|
g14a|kementerian-investasi|U||izin|https://oss.go.id|OSS-RBA|Online Single Submission berbasis risiko, perizinan berusaha terintegrasi secara elektronik.|perizinan berusaha
g14b|kominfo|U||izin|https://sicantikcloud.go.id|SiCantik Cloud|Aplikasi perizinan dan nonperizinan untuk DPMPTSP daerah, terintegrasi dengan OSS.|
g14c|JT|K||izin|banyumaskab.go.id|e-Ijin Banyumas|Pelayanan ijin online DPMPTSP Kabupaten Banyumas.|
g14e|prov-jawa-timur|K||izin|jatimprov.go.id|Jatim Izin Online||pengajuan izin dan nonizin tingkat provinsi
g14f|prov-kepulauan-riau|K||izin|kepriprov.go.id|e-Perizinan Kepri||
g14g|JT|K||izin|brebeskab.go.id|SIMPATIK Brebes (Sistem Pelayanan Perizinan Terpadu Satu Pintu)||penerbitan izin dan non izin
g15a|kemenpupr|U||pbg|https://simbg.pu.go.id|SIMBG|Sistem Informasi Manajemen Bangunan Gedung untuk PBG, SLF dan pendataan bangunan gedung.|
g15b|JT|K||pbg|sukoharjokab.go.id|IMB Online Sukoharjo|Permohonan izin mendirikan bangunan secara online.|
g15c|prov-bali|K||pbg|baliprov.go.id|e-Wangunan Bali||permohonan persetujuan bangunan gedung
g15d|JT|K||pbg|magelangkota.go.id|Layanan PBG dan SLF Kota Magelang||
g16a|JT|K||adminduk|kuduskab.go.id|Adminduk Online Kab. Kudus|Permohonan KK, akta kelahiran dan pindah datang secara daring.|
g16b|JT|K||adminduk|tegalkota.go.id|e-Dukcapil Kota Tegal||layanan dokumen kependudukan daring
g16c|prov-sulawesi-selatan|K||adminduk|makassarkota.go.id|Daeng Dukcapil Makassar|Pengurusan dokumen kependudukan warga Kota Makassar tanpa datang ke kantor.|
g16d|prov-jawa-barat|K||adminduk|bandungkab.go.id|e-Adminduk Kab. Bandung||
g16e|JT|K||adminduk|demakkab.go.id|Akta Online Demak||pengajuan akta kelahiran dan kematian
g17a|ina-digital|U||sso|-|INApas|Identitas digital dan single sign-on warga untuk mengakses layanan pemerintah (INA Digital).|
g17b|JT|K||sso|jatengprov.go.id|Single Sign On Pemprov Jateng||satu akun untuk seluruh aplikasi OPD
g17c|prov-di-yogyakarta|K||sso|jogjaprov.go.id|Jogja Satu Akun||
g17d|prov-dki-jakarta|K||sso|jakarta.go.id|Jakarta SSO|Login tunggal untuk aplikasi internal dan layanan warga Pemprov DKI.|
g18a|JT|K||puskesmas|banyumaskab.go.id|SIMPUS Banyumas|Sistem informasi manajemen puskesmas: pendaftaran, rekam medis, farmasi dan laporan LB1.|
g18b|JT|K||puskesmas|semarangkota.go.id|e-Puskesmas Kota Semarang||
g18c|prov-nusa-tenggara-timur|K||puskesmas|nttprov.go.id|SIM Puskesmas Kab. Sikka||pelayanan pasien dan pelaporan puskesmas
g18d|prov-sumatera-selatan|K||puskesmas|palembang.go.id|Puskesmas Online Palembang|Pendaftaran pasien, rekam medis elektronik dan laporan bulanan puskesmas.|
g18e|JT|K||puskesmas|grobogan.go.id|Rekam Medis Elektronik Puskesmas Grobogan||
g19a|kemenkes|U||rs|-|SIMRS GOS|SIMRS Generik Open Source dari Kemenkes untuk rumah sakit pemerintah.|
g19b|JT|K||rs|jatengprov.go.id|SIMRS RSUD Dr. Moewardi||pendaftaran, rawat jalan, rawat inap, billing dan klaim
g19d|prov-sumatera-barat|K||rs|pariamankota.go.id|Sistem Informasi Rumah Sakit RSUD Pariaman|Pengelolaan pelayanan pasien dan keuangan rumah sakit.|
g19e|prov-aceh|K||rs|acehprov.go.id|SIMRS RSUD Zainoel Abidin||
g19f|kemenkes|K||rs|-|SIMRS RSUP Dr. Kariadi|Sistem informasi manajemen rumah sakit vertikal Kemenkes di Semarang.|
g19g|JT|K||rs|jatengprov.go.id|Hospital Information System RSUD Tugurejo||
g20a|kemendikbudristek|U||dapodik|https://dapo.kemdikbud.go.id|Dapodik|Data Pokok Pendidikan: data satuan pendidikan, peserta didik, pendidik dan tenaga kependidikan.|
g20b|JT|K||dapodik|jatengprov.go.id|SIDAPEN Jateng (Sistem Informasi Data Pendidikan)||rekap data SMA, SMK dan SLB
g20c|prov-papua-pegunungan|K||dapodik|-|Data Sekolah Papua Pegunungan||
g20d|kemenag|U||dapodik|https://emis.kemenag.go.id|EMIS Kemenag|Education Management Information System: pendataan madrasah, siswa dan guru madrasah.|
g20e|JT|K||dapodik|temanggungkab.go.id|Pendataan Sekolah Kab. Temanggung|Data sekolah, siswa dan guru SD/SMP se-kabupaten.|
g21a|JT|K||ppdb|jatengprov.go.id|PPDB Online Jawa Tengah|Penerimaan peserta didik baru SMA/SMK negeri secara daring.|
g21b|JT|K||ppdb|semarangkota.go.id|SPMB Kota Semarang||pendaftaran murid baru SD dan SMP
g21c|prov-jawa-barat|K||ppdb|jabarprov.go.id|PPDB Jabar||
g21e|prov-kalimantan-tengah|K||ppdb|kalteng.go.id|Penerimaan Siswa Baru Kalteng||seleksi zonasi, afirmasi dan prestasi
g22a|kemensos|U||sosial|https://siks.kemensos.go.id|SIKS-NG|Sistem Informasi Kesejahteraan Sosial Next Generation untuk pengelolaan DTKS.|pengolahan dan pemutakhiran data terpadu kesejahteraan sosial
g22b|JT|K||sosial|banjarnegarakab.go.id|e-DTKS Banjarnegara||verifikasi dan validasi data kemiskinan
g22c|prov-nusa-tenggara-barat|K||sosial|ntbprov.go.id|Data Kemiskinan Terpadu NTB|Basis data rumah tangga miskin untuk sasaran program perlindungan sosial.|
g22d|JT|K||sosial|purbalinggakab.go.id|SIKS Purbalingga||data PPKS dan fakir miskin
g23a|JT|K|T|hibah|jatengprov.go.id|e-Hibah Bansos Jawa Tengah|Pengajuan, verifikasi dan pertanggungjawaban hibah dan bantuan sosial dari APBD.|
g23b|prov-dki-jakarta|K||hibah|jakarta.go.id|e-Hibah DKI||proposal hibah ormas dan lembaga
g23c|JT|K|T|hibah|sragenkab.go.id|SIHIBAH Sragen||
g23d|prov-sulawesi-tengah|K||hibah|sultengprov.go.id|Hibah Online Sulteng||
g24a|kemendagri|U||desa|https://prodeskel.binapemdes.kemendagri.go.id|Prodeskel|Profil Desa dan Kelurahan, Ditjen Bina Pemerintahan Desa.|
g24b|kemendes-pdtt|U||desa|https://sid.kemendesa.go.id|SDGs Desa (Sistem Informasi Desa)|Pendataan desa berbasis SDGs Desa untuk perencanaan pembangunan desa.|
g24c|JT|K||desa|wonogirikab.go.id|Sistem Informasi Desa Kab. Wonogiri|Website desa, data penduduk desa dan layanan surat keterangan desa.|
g24d|prov-jawa-barat|K||desa|jabarprov.go.id|Desa Digital Jabar||
g24e|prov-sulawesi-selatan|K||desa|gowakab.go.id|SIMADE Gowa (Sistem Informasi Manajemen Desa)||administrasi dan profil desa
g24g|prov-sumatera-barat|K||desa|sumbarprov.go.id|SINAGARI (Sistem Informasi Nagari)|Profil nagari, data penduduk nagari dan layanan administrasi wali nagari.|
g25a|kemendagri|U||keudes|-|Siskeudes|Sistem Keuangan Desa (Kemendagri dan BPKP): perencanaan, penatausahaan dan pelaporan APBDes.|
g25b|JT|K||keudes|pemalangkab.go.id|e-Keuangan Desa Pemalang||pengelolaan keuangan desa
g25c|prov-kalimantan-utara|K||keudes|kaltaraprov.go.id|Keuangan Desa Kaltara||
g25d|prov-bengkulu|K||keudes|bengkuluprov.go.id|SIKEUDES Bengkulu||
g26a|JT|K||pajak|klatenkab.go.id|SIMPADA Klaten|Sistem informasi pajak daerah: pendaftaran, pelaporan dan penetapan pajak hotel, restoran, hiburan, parkir dan reklame.|
g26b|JT|K||pajak|semarangkota.go.id|e-Tax Kota Semarang||self assessment pajak hotel dan restoran
g26d|prov-bali|K||pajak|badungkab.go.id|e-PAD Badung||pelaporan omzet pajak hotel dan restoran
g26e|JT|K||pajak|jepara.go.id|SIMPADA Parkir Jepara||
g26f|prov-kepulauan-bangka-belitung|K||pajak|pangkalpinangkota.go.id|Sistem Pajak Daerah Pangkalpinang||
g26g|JT|K||pajak|tegalkota.go.id|SIPADU Kota Tegal (Sistem Informasi Pajak Daerah Terpadu)|Pendataan wajib pajak, SPTPD dan pembayaran pajak daerah.|
g27a|JT|K||bphtb|sukoharjokab.go.id|e-BPHTB Sukoharjo|Pelaporan dan validasi BPHTB online oleh PPAT dan wajib pajak.|
g27b|prov-banten|K||bphtb|tangerangselatankota.go.id|e-BPHTB Tangerang Selatan||
g27c|JT|K||bphtb|surakarta.go.id|BPHTB Online Kota Surakarta||
g27d|prov-sumatera-utara|K||bphtb|pemkomedan.go.id|Sistem BPHTB Medan||verifikasi transaksi BPHTB
g28a|JT|K||pbb|grobogan.go.id|SISMIOP PBB Grobogan|Pendataan objek dan subjek PBB-P2 dan penetapan SPPT.|
g28b|prov-jawa-timur|K||pbb|sidoarjokab.go.id|e-PBB Sidoarjo||cek tagihan dan pembayaran PBB-P2
g28c|JT|K||pbb|karanganyarkab.go.id|Info PBB Karanganyar||
g29a|JT|K||pkb|jatengprov.go.id|SAKPOLE Jawa Tengah|Pembayaran pajak kendaraan bermotor tahunan secara online.|
g29b|prov-jawa-barat|K||pkb|jabarprov.go.id|Sambara (Samsat Mobile Jawa Barat)||
g29c|prov-jawa-timur|K||pkb|jatimprov.go.id|e-Samsat Jatim||info dan bayar PKB
g29d|prov-sumatera-barat|K||pkb|sumbarprov.go.id|Samsat Digital Sumbar||
g30a|kemendag|U||harga|https://sp2kp.kemendag.go.id|SP2KP|Sistem Pemantauan Pasar Kebutuhan Pokok: harga harian bahan pokok di pasar seluruh Indonesia.|
g30b|JT|K||harga|jatengprov.go.id|SiHaTi Jateng (Sistem Informasi Harga dan Produksi Komoditi)||
g30c|JT|K||harga|kendalkab.go.id|Info Rego Pasar Kendal|Informasi rego (harga) kebutuhan pokok di pasar-pasar Kabupaten Kendal.|
g30d|prov-sumatera-barat|K||harga|sumbarprov.go.id|Harga Pasa Sumbar||harga bahan pokok harian
g30e|prov-sulawesi-utara|K||harga|sulutprov.go.id|Info Harga Bapok Sulut||
g31a|bnpb|U||bencana|https://dibi.bnpb.go.id|DIBI (Data Informasi Bencana Indonesia)|Basis data kejadian bencana, korban dan kerusakan di seluruh Indonesia.|
g31b|JT|K||bencana|jatengprov.go.id|SIAGA BENCANA Jateng|Pelaporan kejadian bencana, dampak dan kebutuhan logistik dari kabupaten/kota.|
g31c|prov-sulawesi-tengah|K||bencana|sultengprov.go.id|Info Bencana Sulteng||
g31d|JT|K||bencana|banjarnegarakab.go.id|Lapor Bencana Banjarnegara||laporan kejadian longsor dan banjir dari relawan desa
g32a|kemenparekraf|K||wisata|https://www.indonesia.travel|Indonesia.travel|Portal promosi pariwisata nasional: destinasi, atraksi dan event.|
g32b|JT|K||wisata|jatengprov.go.id|Visit Jawa Tengah||promosi destinasi wisata, event dan akomodasi
g32c|prov-bali|K||wisata|baliprov.go.id|Bali Smart Tourism||
g32d|prov-sumatera-barat|K||wisata|sumbarprov.go.id|Pariwisata Ranah Minang|Informasi objek wisata, kuliner dan agenda budaya di Sumatera Barat.|
g32e|JT|K||wisata|wonosobokab.go.id|Wisata Wonosobo (Dieng)||
g33a|perpusnas|U||perpus|https://inlislite.perpusnas.go.id|INLISLite|Perangkat lunak otomasi perpustakaan Perpusnas: katalogisasi, sirkulasi dan keanggotaan.|
g33b|JT|K||perpus|jatengprov.go.id|SLiMS Perpustakaan Daerah Jateng||katalog dan sirkulasi koleksi
g33c|prov-riau|K||perpus|riau.go.id|Otomasi Perpustakaan Soeman HS|Pengelolaan koleksi, anggota dan peminjaman buku Perpustakaan Soeman HS.|
g33d|JT|K||perpus|purworejokab.go.id|Katalog Online Perpusda Purworejo||
g34a|perpusnas|U||epustaka|-|iPusnas|Aplikasi perpustakaan digital untuk meminjam dan membaca buku elektronik.|
g34b|JT|K||epustaka|jatengprov.go.id|iJateng||pinjam baca e-book koleksi perpustakaan daerah
g34c|prov-kalimantan-timur|K||epustaka|kaltimprov.go.id|iKaltim||
g34d|prov-sumatera-barat|K||epustaka|sumbarprov.go.id|e-Pustaka Sumbar|Buku digital yang dapat dipinjam anggota perpustakaan melalui ponsel.|
g35a|anri|U||arsipstatis|https://sikn.go.id|SIKN-JIKN|Sistem Informasi Kearsipan Nasional dan Jaringan Informasi Kearsipan Nasional untuk akses khazanah arsip statis.|
g35b|JT|K||arsipstatis|jatengprov.go.id|Arsip Digital Dinarpus Jateng||digitalisasi dan penelusuran arsip statis
g35c|prov-di-yogyakarta|K||arsipstatis|jogjaprov.go.id|Sistem Informasi Arsip Statis DIY||
g35d|JT|K||arsipstatis|rembangkab.go.id|e-Arsip Kab. Rembang|Alih media dan layanan penelusuran arsip statis daerah.|
g36a|bappenas|U||data|https://data.go.id|Satu Data Indonesia (data.go.id)|Portal data terbuka nasional dan katalog data Satu Data Indonesia.|
g36b|JT|K||data|jatengprov.go.id|Portal Data Jawa Tengah||katalog data terbuka OPD
g36c|prov-jawa-barat|K||data|jabarprov.go.id|Open Data Jabar||
g36d|prov-dki-jakarta|K||data|jakarta.go.id|Satu Data Jakarta|Portal dataset sektoral Pemprov DKI Jakarta dalam format terbuka.|
g36e|JT|K||data|banyumaskab.go.id|Satu Data Banyumas||
g36f|prov-aceh|K||data|acehprov.go.id|Portal Satu Data Aceh||
g37a|kemenkumham|U||jdih|https://jdihn.go.id|JDIHN|Jaringan Dokumentasi dan Informasi Hukum Nasional, pusat jaringan di BPHN.|
g37b|JT|K||jdih|jatengprov.go.id|JDIH Provinsi Jawa Tengah||dokumentasi perda, pergub dan keputusan gubernur
g37d|prov-bali|K||jdih|baliprov.go.id|JDIH Bali||
g37e|kemenkeu|K||jdih|https://jdih.kemenkeu.go.id|JDIH Kemenkeu|Basis data peraturan perundang-undangan di bidang keuangan negara.|
g37f|prov-sulawesi-barat|K||jdih|sulbarprov.go.id|Produk Hukum Daerah Sulbar|Publikasi perda, pergub dan dokumen hukum daerah.|
g38a|JT|K||ppid|jatengprov.go.id|e-PPID Jawa Tengah|Permohonan informasi publik dan pengajuan keberatan secara online.|
g38b|JT|K||ppid|pemalangkab.go.id|PPID Kab. Pemalang||
g38c|prov-jambi|K||ppid|jambiprov.go.id|PPID Jambi Online||layanan permohonan informasi publik
g38d|kominfo|K||ppid|https://eppid.kominfo.go.id|e-PPID Kominfo||
g38e|prov-kalimantan-utara|K||ppid|kaltaraprov.go.id|Layanan Informasi Publik Kaltara||
g39a|lkpp|U||pengadaan|https://spse.inaproc.id|SPSE|Sistem Pengadaan Secara Elektronik untuk tender, seleksi dan pengadaan langsung.|
g39b|JT|K||pengadaan|jatengprov.go.id|LPSE Provinsi Jawa Tengah||
g39c|JT|K||pengadaan|kendalkab.go.id|LPSE Kab. Kendal||
g39d|prov-papua-barat|K||pengadaan|papuabaratprov.go.id|e-Procurement Papua Barat||tender barang dan jasa pemerintah provinsi
g40a|kemenkes|U||gizi|-|e-PPGBM|Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat: data penimbangan balita dan status gizi.|
g40b|JT|K||gizi|pemalangkab.go.id|Sistem Informasi Stunting Pemalang||pemantauan balita stunting per desa
g40c|prov-nusa-tenggara-timur|K||gizi|nttprov.go.id|e-Stunting NTT|Pencatatan hasil pengukuran balita dan intervensi stunting.|
g40d|prov-sulawesi-barat|K||gizi|sulbarprov.go.id|Sigap Stunting Sulbar||
g40e|JT|K||gizi|grobogan.go.id|Dashboard Stunting Grobogan||
g41a|kominfo|U||darurat|-|Layanan Darurat 112|Nomor tunggal panggilan darurat yang dioperasikan pemerintah daerah.|
g41b|JT|K||darurat|semarangkota.go.id|Panggilan Darurat Kota Semarang||
g41c|prov-jawa-barat|K||darurat|bogorkab.go.id|Tombol Darurat Kab. Bogor||tombol panik warga untuk kejadian darurat
g41d|prov-kalimantan-barat|K||darurat|pontianak.go.id|Call Center Kegawatdaruratan Pontianak||
g42a|kemnaker|U||kerja|https://karirhub.kemnaker.go.id|Karirhub SIAPkerja|Layanan informasi lowongan kerja dan penempatan tenaga kerja nasional.|
g42b|JT|K||kerja|jatengprov.go.id|Golek Gawe Jateng||bursa kerja online
g42c|prov-jawa-barat|K||kerja|jabarprov.go.id|Pagawean Jabar|Informasi lowongan pagawean dan pencari kerja Jawa Barat.|
g42d|prov-banten|K||kerja|bantenprov.go.id|Banten Job Fair Online||
g43a|kemenkopukm|U||umkm|-|SIDT UMKM (Sistem Informasi Data Tunggal)|Basis data tunggal UMKM nasional.|
g43b|prov-di-yogyakarta|K||umkm|jogjaprov.go.id|SiBakul Jogja||pendataan dan pembinaan UMKM
g43c|JT|K||umkm|jepara.go.id|Database UMKM Jepara||
g43e|JT|K||umkm|pekalongankota.go.id|SIUMKM Kota Pekalongan|Pendataan pelaku usaha mikro, kecil dan menengah.|
g44a|kementan|U||pupuk|-|e-RDKK|Rencana Definitif Kebutuhan Kelompok elektronik untuk alokasi pupuk bersubsidi.|
g44b|JT|K||pupuk|jatengprov.go.id|Kartu Tani Jawa Tengah||penebusan pupuk bersubsidi petani
g44c|prov-nusa-tenggara-barat|K||pupuk|ntbprov.go.id|Si Pupuk NTB||
g44d|prov-sulawesi-selatan|K||pupuk|bone.go.id|Sistem Alokasi Pupuk Kab. Bone||
g45a|atr-bpn|U||ruang|https://gistaru.atrbpn.go.id|GISTARU|Informasi rencana tata ruang berbasis peta.|
g45b|JT|K||ruang|jatengprov.go.id|Sistem Informasi Tata Ruang Jawa Tengah||
g45c|prov-jawa-timur|K||ruang|surabaya.go.id|Peta Rencana Tata Ruang Kota Surabaya||cek zonasi dan ketentuan pemanfaatan ruang
g45d|JT|K||ruang|semarangkab.go.id|SITARU Kab. Semarang||
g46a|big|U||geo|https://tanahair.indonesia.go.id|Ina-Geoportal|Portal berbagi pakai data dan informasi geospasial nasional (Kebijakan Satu Peta).|
g46b|JT|K||geo|jatengprov.go.id|Geoportal Jawa Tengah||
g46c|prov-kalimantan-tengah|K||geo|kalteng.go.id|Geoportal Kalteng||
g46d|JT|K||geo|boyolali.go.id|Simpul Jaringan Boyolali|Simpul jaringan informasi geospasial daerah.|
g47a|klhk|U||sampah|https://sipsn.menlhk.go.id|SIPSN|Sistem Informasi Pengelolaan Sampah Nasional.|
g47b|JT|K||sampah|surakarta.go.id|Data Pengelolaan Sampah Kota Surakarta||timbulan dan pengurangan sampah
g47c|prov-bali|K||sampah|baliprov.go.id|Bali Resik||
g48a|komdigi|U||interop|-|SPLP (Sistem Penghubung Layanan Pemerintah)|Hub API dan interoperabilitas layanan antar instansi.|
g48b|JT|K||interop|jatengprov.go.id|API Gateway Jateng||
g48c|prov-jawa-timur|K||interop|jatimprov.go.id|Enterprise Service Bus Jatim||pertukaran data antar aplikasi OPD
g48d|prov-sulawesi-utara|K||interop|sulutprov.go.id|Interoperabilitas Data Sulut||
g49a|JT|K|T|skm|jatengprov.go.id|e-SKM Jawa Tengah|Survei kepuasan masyarakat atas pelayanan OPD.|
g49b|prov-kepulauan-riau|K||skm|kepriprov.go.id|Survei Kepuasan Kepri||
g49c|JT|K||skm|sragenkab.go.id|Indeks Kepuasan Masyarakat Sragen||
g50a|JT|K||beasiswa|jatengprov.go.id|Beasiswa Jateng|Pendaftaran beasiswa mahasiswa berprestasi dan kurang mampu.|
g50b|prov-riau|K||beasiswa|riau.go.id|Beasiswa Riau||
g50c|prov-papua-selatan|K||beasiswa|-|Beasiswa Papua Selatan Cerdas||
g50d|JT|K||beasiswa|kuduskab.go.id|SIBEA Kudus (Sistem Informasi Beasiswa)||
g51a|bssn|U||tte|https://bsre.bssn.go.id|BSrE|Layanan sertifikat elektronik dan tanda tangan elektronik untuk instansi pemerintah.|
g51b|peruri|K||tte|-|Peruri Sign||tanda tangan digital tersertifikasi
g51c|JT|K||tte|sukoharjokab.go.id|Sistem TTE Kab. Sukoharjo||
g51d|prov-gorontalo|K||tte|gorontaloprov.go.id|TTE Gorontalo||
g52a|klhk|U||karhutla|https://sipongi.menlhk.go.id|SiPongi|Sistem pemantauan kebakaran hutan dan lahan berbasis titik panas.|
g52b|prov-riau|K||karhutla|riau.go.id|Dashboard Lancang Kuning|Pemantauan hotspot dan penanganan karhutla Provinsi Riau.|
g52c|prov-kalimantan-tengah|K||karhutla|kalteng.go.id|Sistem Pantau Karhutla Kalteng||
g53a|JT|K|T|parkir|surakarta.go.id|e-Parkir Kota Surakarta|Pembayaran retribusi parkir tepi jalan umum secara non tunai.|
g53b|prov-dki-jakarta|K|T|parkir|jakarta.go.id|Terminal Parkir Elektronik DKI||
g53c|prov-jawa-barat|K|T|parkir|bandung.go.id|Parkir Non Tunai Kota Bandung||bayar parkir on street pakai QRIS
t01|JT|K|T|RAL.01.32.02/RAB.04.03.02/RAA.02.01|pekalongankota.go.id|SRIKANDI Kota Pekalongan (Sistem Informasi Pemberdayaan Perempuan Kreatif dan Mandiri)||pendataan peserta pelatihan wirausaha perempuan
t02|JT|K|T|RAL.01.30.03/RAB.08.02.02/RAA.02.01|demakkab.go.id|SIMADE Demak (Sistem Informasi Madrasah Diniyah)|Pendataan madrasah diniyah dan penyaluran insentif ustadz madin.|
t03|JT|K|T|RAL.01.09.02/RAB.02.03.02/RAA.02.01|surakarta.go.id|SIMPONI Kota Surakarta (Sistem Informasi Monitoring Perkembangan Koperasi)||
t04|JT|K|T|RAL.01.20.03/RAB.03.06.03/RAA.02.02|sragenkab.go.id|SIPERADES Sragen (Sistem Informasi Perangkat Desa)|Data perangkat desa, SK pengangkatan dan penghasilan tetap.|
t05|JT|K|T|RAL.01.13.05/RAB.03.01.04/RAA.02.02|jatengprov.go.id|e-Kinerja Penyedia Jasa Konstruksi Jateng||penilaian kinerja kontraktor dan konsultan
t06|JT|K|T|RAL.01.03.05/RAB.06.01.05/RAA.02.01|kuduskab.go.id|Absensi Siswa Online Kab. Kudus||
t07|prov-jawa-timur|K|T|-|jatimprov.go.id|e-Hadir Rapat Jatim||daftar hadir dan notulen rapat digital
t08|JT|K|T|-|klatenkab.go.id|e-Lapor Kegiatan OPD Klaten|Pelaporan mingguan kegiatan OPD kepada Bupati.|
t09|JT|K|T|adminduk|cilacapkab.go.id|SMS Gateway Dukcapil Cilacap|Notifikasi SMS bahwa dokumen kependudukan sudah jadi.|
t10|JT|K|T|rs|banyumaskab.go.id|SMS Gateway RSUD Banyumas||pengingat jadwal kontrol pasien
t11|prov-sulawesi-tengah|K|T|-|sultengprov.go.id|SMS Gateway Pemprov Sulteng|Broadcast informasi dan undangan kepada ASN.|
t12|JT|K|T|RAL.01.26.01/RAB.09.03.03/RAA.02.01|jatengprov.go.id|Website Resmi Pemerintah Provinsi Jawa Tengah||
t13|JT|K|T|RAL.01.26.01/RAB.09.03.03/RAA.02.01|brebeskab.go.id|Website Resmi Kab. Brebes||
t14|prov-sumatera-barat|K|T|RAL.01.26.01/RAB.09.03.03/RAA.02.01|sumbarprov.go.id|Portal Berita Diskominfo Sumbar||
t15|JT|K|T|RAL.01.04.06/RAB.04.02.05/RAA.02.01|jatengprov.go.id|Dashboard Covid-19 Jateng (Tanggap Covid)||
t16|JT|K|T|RAL.02.03.06/RAB.02.01.03/RAA.02.02|magelangkab.go.id|Dashboard Inflasi Daerah Kab. Magelang (TPID)|Agenda rapat, rencana aksi dan laporan tim pengendalian inflasi daerah.|
t17|JT|K|T|RAL.02.02.07/RAB.09.02.05/RAA.02.02|salatiga.go.id|Dashboard Realisasi Pendapatan Daerah Kota Salatiga||
t18|JT|K|T|RAL.01.13.06/RAB.03.01.05/RAA.02.02|jatengprov.go.id|SHSB Jateng (Standar Harga Satuan Bangunan)|Penetapan standar harga satuan bangunan gedung negara.|
t19|JT|K|T|RAL.01.09.03/RAB.02.03.03/RAA.02.01|boyolali.go.id|e-Pasar Boyolali|Lapak daring produk UMKM dan pedagang pasar.|
t20|JT|K|T|RAL.01.21.04/RAB.05.01.03/RAA.02.02|surakarta.go.id|Sistem Informasi Proteksi Kebakaran Kota Surakarta||data hidran, armada dan sarana pemadam
t21|bmkg|K|T|RAL.01.21.03/RAB.05.02.02/RAA.02.01|https://www.bmkg.go.id|Info BMKG|Prakiraan cuaca, peringatan dini cuaca ekstrem dan informasi gempa bumi.|
t22|bmkg|K|T|RAL.01.21.03/RAB.05.02.02/RAA.02.01|-|InaTEWS|Sistem peringatan dini tsunami Indonesia.|
t23|kemenparekraf|K|T|RAL.01.22.02/RAB.02.07.02/RAA.02.01|https://jadesta.kemenparekraf.go.id|Jadesta (Jejaring Desa Wisata)||
t24|JT|K|T|pegawai|jatengprov.go.id|e-Arsip Pegawai BKD Jateng|Digitalisasi berkas kepegawaian (SK, ijazah) pegawai.|
t25|JT|K|T|RAL.02.08.03/RAB.05.03.02/RAA.02.02|jatengprov.go.id|e-Legislasi Biro Hukum Jateng|Penyusunan dan harmonisasi rancangan perda dan pergub.|
t26|bps|K|T|RAL.01.27.01/RAB.09.03.04/RAA.02.01|https://sirusa.bps.go.id|SIRUSA (Sistem Informasi Rujukan Statistik)||
t27|bps|K|T|RAL.01.27.02/RAB.09.03.04/RAA.02.01|https://romantik.web.bps.go.id|Romantik (Rekomendasi Kegiatan Statistik)||pengajuan rekomendasi kegiatan statistik sektoral
t28|JT|K|T|RAL.01.13.02/RAB.03.01.02/RAA.02.02|klatenkab.go.id|SIG Jalan Kab. Klaten|Peta kondisi ruas jalan kabupaten dan jembatan.|
t30|kemendikbudristek|K|T|RAL.01.03.06/RAB.06.01.06/RAA.02.01|-|e-Rapor||
t31|kemendikbudristek|K|T|RAL.01.03.07/RAB.06.01.07/RAA.02.01|-|Platform Merdeka Mengajar||pelatihan mandiri dan perangkat ajar guru
t32|bkkbn|K|T|RAL.01.04.07/RAB.04.02.06/RAA.02.01|-|Elsimil (Elektronik Siap Nikah Siap Hamil)|Skrining kesehatan calon pengantin dan pendampingan oleh tim pendamping keluarga.|
t33|JT|K|T|RAL.01.04.08/RAB.04.02.07/RAA.02.01|purbalinggakab.go.id|PSC 119 Purbalingga|Layanan ambulans dan penanganan gawat darurat medis.|
t34|JT|K|T|rs|cilacapkab.go.id|Antrean Online RSUD Cilacap||
t35|kemenkes|K|T|RAL.01.04.09/RAB.04.02.08/RAA.02.01|-|SMILE (Sistem Monitoring Imunisasi dan Logistik secara Elektronik)||
t36|kemenkes|K|T|RAL.01.04.10/RAB.04.02.09/RAA.02.01|-|SIHA (Sistem Informasi HIV AIDS)||pencatatan dan pelaporan layanan HIV
t37|kemensos|K|T|RAL.01.05.03/RAB.04.01.04/RAA.02.01|-|SILKS (Sistem Informasi Lembaga Kesejahteraan Sosial)||
t38|kemenpppa|K|T|RAL.01.32.01/RAB.04.03.01/RAA.02.01|-|SIMFONI-PPA|Pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak.|
t40|JT|K|T|RAL.01.20.05/RAB.03.06.05/RAA.02.01|boyolali.go.id|BUMDes Online Boyolali||laporan usaha dan keuangan BUMDes
t41|kemendes-pdtt|K|T|RAL.01.20.06/RAB.03.06.06/RAA.02.01|-|Sistem Informasi Pendamping Desa||
t42|JT|K|T|RAL.01.08.03/RAB.02.01.04/RAA.02.01|surakarta.go.id|e-Retribusi Pasar Kota Surakarta||retribusi pedagang pasar non tunai
t44|JT|K|T|pegawai|klatenkab.go.id|e-Ijin Cuti Pegawai Klaten||
t45|JT|K|T|RAL.01.04.11/RAB.04.02.10/RAA.02.01|purworejokab.go.id|SI CANTIK Purworejo (Sistem Informasi Cakupan Tablet Tambah Darah Remaja Putri)||
t46|JT|K|T|RAL.01.14.02/RAB.03.02.03/RAA.02.01|jatengprov.go.id|e-RTLH Jateng (Rumah Tidak Layak Huni)|Pendataan dan bantuan perbaikan rumah tidak layak huni.|
t47|kemenkeu|K|T|RAL.01.08.04/RAB.02.01.05/RAA.02.01|https://www.insw.go.id|INSW (Indonesia National Single Window)||
t48|JT|K|T|RAL.01.19.04/RAB.09.01.03/RAA.02.01|brebeskab.go.id|SIPADU Brebes (Sistem Informasi Pelayanan Administrasi Terpadu Kecamatan)|Layanan PATEN di kecamatan: surat pengantar dan rekomendasi.|
t49|JT|K|T|adminduk|tegalkab.go.id|Antrian Online Dukcapil Kab. Tegal||
t50|bkn|K|T|RAL.02.04.05/RAB.09.06.06/RAA.02.02|-|CAT BKN (Computer Assisted Test)||
t51|bkn|K|T|RAL.02.04.06/RAB.09.06.07/RAA.01.02|https://sscasn.bkn.go.id|SSCASN|Portal pendaftaran seleksi calon ASN (CPNS dan PPPK).|
t52|JT|K|T|keuda|magelangkota.go.id|SPPD Online Kota Magelang (Perjalanan Dinas)||
t53|JT|K|T|rs|jatengprov.go.id|Keuangan BLUD RSUD Dr. Moewardi||akuntansi dan laporan keuangan BLUD rumah sakit
t54|JT|K|T|RAL.02.07.03/RAB.09.06.08/RAA.02.02|jatengprov.go.id|Whistleblowing System Inspektorat Jateng|Pelaporan dugaan pelanggaran dan korupsi oleh pegawai secara rahasia.|
t55|JT|K|T|pegawai|jatengprov.go.id|e-Lelang Jabatan Jateng (Seleksi Terbuka JPT)||
t56|kemenkeu|K|T|RAL.02.02.08/RAB.09.02.07/RAA.02.01|https://lelang.go.id|Lelang Negara (lelang.go.id)|Lelang barang milik negara dan lelang eksekusi secara online.|
t57|kemenpupr|K|T|RAL.01.13.07/RAB.03.01.06/RAA.02.01|-|SIJK (Sistem Informasi Jasa Konstruksi)||
t58|kemenpanrb|K|T|RAL.02.07.04/RAB.09.06.09/RAA.02.02|-|e-LHKASN|Pelaporan harta kekayaan aparatur sipil negara.|
t59|kemenag|K|T|RAL.01.30.02/RAB.08.02.03/RAA.02.01|https://simas.kemenag.go.id|SIMAS (Sistem Informasi Masjid)||
t60|basarnas|K|T|RAL.01.21.05/RAB.05.01.04/RAA.02.01|-|Aplikasi Pelaporan Darurat SAR 115||
t61|bin|K|T|RAL.01.01.03/RAB.01.01.04/RAA.02.01|-|Portal Penerimaan Taruna STIN||
t62|bapeten|K|T|RAL.01.18.03/RAB.02.08.03/RAA.02.01|-|B@LIS (Bapeten Licensing and Inspection System)|Perizinan pemanfaatan tenaga nuklir dan inspeksi fasilitas radiasi.|
t63|bpom|K|T|RAL.01.04.12/RAB.04.02.11/RAA.02.01|-|e-Registration Pangan Olahan BPOM||
t64|kemendag|K|T|RAL.01.08.05/RAB.02.01.06/RAA.02.01|https://inatrade.kemendag.go.id|INATRADE||perizinan ekspor impor
t65|kemenko-pangan|K|T|-|-|Dashboard Neraca Pangan||
t66|kemenko-pm|K|T|-|-|Dashboard Penanggulangan Kemiskinan Ekstrem|Pemantauan capaian program penurunan kemiskinan ekstrem lintas kementerian.|
t67|kemensos|K|T|sosial|https://cekbansos.kemensos.go.id|Cek Bansos||
t68|prov-bali|K|T|RAL.01.23.02/RAB.08.01.03/RAA.02.01|baliprov.go.id|Sistem Informasi Desa Adat Bali|Registrasi desa adat, prajuru dan awig-awig.|
t69|kemenhub|K|T|RAL.01.15.02/RAB.03.05.02/RAA.02.01|-|SPIONAM (Perizinan Angkutan Online)||
t70|kementerian-bumn|K|T|-|-|Portal Data BUMN||
t71|prov-papua-tengah|K|T|RAL.01.26.01/RAB.09.03.03/RAA.02.01|-|Website Resmi Pemprov Papua Tengah||
t72|prov-papua-barat-daya|K|T|-|-|Portal Berita Papua Barat Daya||
t73|kemenko-perekonomian|K|T|RAL.02.03.07/RAB.02.03.04/RAA.02.02|-|Dashboard Monitoring KUR|Pemantauan penyaluran Kredit Usaha Rakyat oleh bank penyalur.|
t74|kemenkes|K|T|puskesmas|-|ASIK (Aplikasi Sehat IndonesiaKu)||pencatatan imunisasi dan skrining kesehatan oleh tenaga kesehatan
t75|JT|K|T|-|kendalkab.go.id|Dashboard Eksekutif Bupati Kendal||
t76|JT|K|T|RAL.01.11.04/RAB.02.04.03/RAA.02.01|boyolali.go.id|SIKESWAN Boyolali (Sistem Informasi Kesehatan Hewan)||
t77|JT|K|T|RAL.02.04.07/RAB.09.06.10/RAA.02.02|sragenkab.go.id|e-PAK Guru Sragen||penilaian angka kredit jabatan fungsional guru
s01|kemenkeu|U||RAL.01.33.05/RAB.09.02.08/RAA.01.01|https://www.simponi.kemenkeu.go.id|SIMPONI|Sistem Informasi PNBP Online untuk pembuatan kode billing dan pembayaran penerimaan negara bukan pajak.|
s02|kemendagri|U||RAL.01.19.02/RAB.03.07.02/RAA.01.01|-|IKD (Identitas Kependudukan Digital)|KTP digital di ponsel yang diterbitkan Ditjen Dukcapil.|
s03|kemenkeu|U||RAL.01.33.06/RAB.09.02.09/RAA.01.01|-|MPN G3 (Modul Penerimaan Negara)|Sistem penerimaan negara untuk setoran pajak, bea cukai dan PNBP melalui bank persepsi.|
s04|kemenkes|U||RAL.01.04.01/RAB.04.02.12/RAA.01.01|https://satusehat.kemkes.go.id|SATUSEHAT|Platform interoperabilitas data kesehatan nasional.|
s05|kemenkeu|U||RAL.02.02.02/RAB.09.02.02/RAA.01.02|-|SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)||penganggaran sampai pelaporan satker pusat
s06|bnpb|U||RAL.01.21.06/RAB.05.02.03/RAA.01.01|https://inarisk.bnpb.go.id|InaRISK||kajian risiko dan peta bahaya bencana
s07|lkpp|U||RAL.02.06.04/RAB.09.02.06/RAA.01.02|https://sirup.lkpp.go.id|SiRUP (Sistem Informasi Rencana Umum Pengadaan)||
s08|lkpp|U||RAL.02.06.05/RAB.09.02.06/RAA.01.02|https://e-katalog.lkpp.go.id|e-Katalog|Katalog elektronik untuk e-purchasing barang dan jasa pemerintah.|
s09|komdigi|U||-|-|PDN (Pusat Data Nasional)||
s10|kementan|U||RAL.01.11.05/RAB.02.04.04/RAA.01.01|-|iSIKHNAS||surveilans kesehatan hewan nasional
s11|kemendikbudristek|U||RAL.01.23.01/RAB.08.01.01/RAA.01.01|-|Registrasi Nasional Cagar Budaya||
s12|kemenkopukm|K||RAL.01.09.04/RAB.02.03.05/RAA.01.01|-|ODS (Online Data System) Koperasi|Pelaporan data dan laporan tahunan koperasi.|
s13|kemenag|K||RAL.01.30.04/RAB.08.02.04/RAA.02.01|https://simkah.kemenag.go.id|SIMKAH||pencatatan nikah di KUA
s14|kemenkumham|K||RAL.01.29.02/RAB.05.03.03/RAA.02.01|https://ahu.go.id|AHU Online|Pendaftaran badan hukum: PT, yayasan, perkumpulan.|
s15|atr-bpn|K||RAL.01.28.01/RAB.03.04.01/RAA.02.01|-|Sentuh Tanahku||
s16|kkp|K||RAL.01.12.01/RAB.02.06.01/RAA.02.01|-|KUSUKA (Kartu Pelaku Usaha Kelautan dan Perikanan)||
s17|kemenperin|K||RAL.01.08.06/RAB.02.02.01/RAA.02.01|https://siinas.kemenperin.go.id|SIINas (Sistem Informasi Industri Nasional)||pelaporan data industri
s18|kesdm|K||RAL.01.18.01/RAB.02.08.01/RAA.02.01|-|MODI (Minerba One Data Indonesia)||
s19|lan|K||RAL.02.04.08/RAB.09.06.11/RAA.02.02|-|ASN Unggul (Learning Management System)|Pembelajaran daring pengembangan kompetensi ASN.|
s20|kemenpora|K||RAL.01.31.01/RAB.06.03.01/RAA.02.01|-|SIMPORA (Sistem Informasi Atlet dan Pelatih Berprestasi)||
s21|brin|K||RAL.01.35.01/RAB.06.04.01/RAA.02.01|-|Repositori Ilmiah Nasional (RIN)||
s22|bsn|K||RAL.01.08.07/RAB.02.02.02/RAA.02.01|-|Akses SNI||
s23|kemlu|K||RAL.01.02.01/RAB.01.02.01/RAA.02.01|https://peduliwni.kemlu.go.id|Portal Peduli WNI|Lapor diri dan pelindungan WNI di luar negeri.|
s24|kemhan|K||RAL.01.01.01/RAB.01.01.01/RAA.02.01|-|SIKOMCAD (Sistem Informasi Komponen Cadangan)||
s25|bakamla|K||RAL.01.01.02/RAB.01.01.02/RAA.02.01|-|IMIC (Indonesia Maritime Information Center)||
s26|bnpt|K||-|-|Portal Duta Damai Dunia Maya||
s28|bnn|K||RAL.01.21.07/RAB.05.01.05/RAA.02.01|-|SIN BNN (Sistem Informasi Narkoba)||
s29|lemhannas|K||-|-|Sistem Informasi Alumni Lemhannas||
s30|kemensetneg|K||RAL.02.05.01/RAB.09.07.01/RAA.02.02|-|Sistem Informasi Tanda Kehormatan||
s31|kemenko-polhukam|K||-|-|Sistem Monitoring Isu Strategis Polhukam||
s34|kemenko-polkam|K||-|-|Dashboard Koordinasi Keamanan Siber||
s35|klhk|U||RAL.01.16.01/RAB.07.01.01/RAA.01.01|https://amdalnet.menlhk.go.id|AMDALNET|Penilaian AMDAL dan pemeriksaan UKL-UPL untuk persetujuan lingkungan.|
s36|kemenhub|U||RAL.01.15.01/RAB.03.05.01/RAA.01.01|-|BLUe (Bukti Lulus Uji Elektronik)|Uji berkala kendaraan bermotor dengan kartu bukti lulus uji elektronik.|
s37|bkkbn|K||RAL.01.04.13/RAB.04.02.13/RAA.02.01|-|SIGA (Sistem Informasi Keluarga)||pendataan keluarga dan pelayanan KB
"""

# Second pass by hand: deskripsi / fungsi that other clerks did fill in.
# key | deskripsi (added only if empty) | fungsi (added only if empty)
SUPP_TEXT = r"""
g02d||aduan dan aspirasi warga Jawa Barat
g03e||data kepegawaian ASN provinsi
g04c||absensi harian pegawai via aplikasi
g05c||pelaporan kinerja bulanan ASN
g07c||perhitungan gaji dan potongan pegawai
g09c||input usulan musrenbang desa dan kecamatan
g10c||penatausahaan dan akuntansi keuangan daerah
g11c||laporan kinerja instansi
g12c||monitoring dan evaluasi kegiatan pembangunan
g14f||perizinan online DPMPTSP
g16d||permohonan dokumen kependudukan online
g18b||rekam medis dan pendaftaran pasien puskesmas
g19e||manajemen pelayanan rumah sakit
g21c||pendaftaran peserta didik baru SMA/SMK/SLB
g23c||pengajuan dan verifikasi hibah daerah
g25c||pengelolaan dan pelaporan keuangan desa
g26f||pendataan dan penetapan pajak daerah
g27b||pelaporan BPHTB oleh PPAT
g29b||pembayaran pajak kendaraan bermotor
g30b||informasi harga komoditas pangan harian
g31c||informasi kejadian dan penanganan bencana
g33d||pencarian koleksi perpustakaan
g36c||publikasi dataset terbuka
g37d||dokumentasi dan publikasi produk hukum
g38b||permohonan informasi publik
g39b||layanan pengadaan secara elektronik
g41b||penerimaan panggilan darurat warga
g42d||lowongan kerja dan pameran kerja daring
g44c||data kebutuhan dan penyaluran pupuk subsidi
g45b||informasi rencana tata ruang wilayah
g46b||berbagi pakai data geospasial
g48b||integrasi layanan antar aplikasi
g49c||pengukuran indeks kepuasan layanan publik
g50d||pendaftaran dan seleksi beasiswa
g51c||tanda tangan elektronik naskah dinas
t06||presensi kehadiran siswa sekolah
t34||pendaftaran antrean poliklinik
t44||pengajuan dan persetujuan cuti pegawai
t49||ambil nomor antrean layanan dukcapil
t59||pendataan masjid dan musala
g01j|Aplikasi surat masuk, surat keluar dan disposisi di lingkungan Kemenko Marves.|
g10e|Akuntansi, jurnal dan laporan keuangan pemerintah daerah Provinsi Riau.|
g15d|Permohonan persetujuan bangunan gedung dan sertifikat laik fungsi di Kota Magelang.|
g20c|Rekap data sekolah, siswa dan guru di kabupaten-kabupaten Papua Pegunungan.|
g24d|Program digitalisasi layanan dan data desa di Jawa Barat.|
g35c|Penyimpanan dan penelusuran arsip statis Daerah Istimewa Yogyakarta.|
g40e|Visualisasi data balita stunting dan intervensi per desa.|
g43c|Basis data pelaku UMKM Kabupaten Jepara.|
g47c|Pemantauan pengelolaan sampah dan TPS3R di Bali.|
g52c|Pemantauan titik panas dan laporan kebakaran lahan di Kalimantan Tengah.|
t14|Publikasi berita kegiatan pemerintah provinsi.|
t26|Rujukan konsep, definisi, klasifikasi dan metadata statistik.|
t30|Pengolahan nilai dan pencetakan rapor peserta didik.|
t47|Layanan tunggal perizinan dan dokumen ekspor impor serta kepabeanan.|
t50|Pelaksanaan ujian seleksi ASN berbasis komputer.|
t61|Pendaftaran calon taruna Sekolah Tinggi Intelijen Negara.|
t45|Pencatatan pemberian tablet tambah darah kepada remaja putri di sekolah.|pencegahan anemia remaja
t57|Registrasi badan usaha jasa konstruksi dan sertifikat kompetensi tenaga kerja konstruksi.|pembinaan jasa konstruksi
t63|Pendaftaran izin edar pangan olahan.|registrasi produk pangan
g01b||naskah dinas elektronik OPD
g01d||persuratan dinas
g01f||surat menyurat dan disposisi
g01k||pengelolaan arsip dinamis dan surat
g02e||pengaduan masyarakat
g02h||pengelolaan laporan warga
g02i||pengaduan melalui SMS
g03b||pemutakhiran data mandiri ASN
g03d||database kepegawaian
g03h||administrasi kepegawaian
g04d||presensi pegawai
g04f||absensi ASN
g05d||penilaian SKP
g06a||perhitungan TPP
g07a||penggajian PNS
g08c||perencanaan pembangunan daerah
g08d||penganggaran APBD
g09a||usulan musrenbang
g10a||akuntansi dan pelaporan keuangan daerah
g10d||penatausahaan keuangan OPD
g11a||akuntabilitas kinerja instansi
g12a||pemantauan pelaksanaan pembangunan
g13a||penatausahaan barang milik daerah
g13e||manajemen aset daerah
g13f||pengelolaan BMN
g14b||perizinan dan nonperizinan daerah
g14c||perizinan online
g15a||persetujuan bangunan gedung
g16a||layanan adminduk daring
g17a||identitas digital dan SSO
g18a||manajemen puskesmas
g19a||manajemen rumah sakit
g20a||pendataan pendidikan
g21a||penerimaan siswa baru
g22c||data kemiskinan
g24a||profil desa dan kelurahan
g24c||administrasi dan website desa
g25a||keuangan desa
g26a||pajak daerah
g28a||pendataan dan penetapan PBB-P2
g29a||pembayaran PKB online
g30a||pemantauan harga bahan pokok
g31b||pelaporan kejadian bencana
g33a||otomasi perpustakaan
g34a||perpustakaan digital
g36a||portal data terbuka
g37a||jaringan dokumentasi hukum
g39a||pengadaan barang/jasa elektronik
g40a||pencatatan gizi balita
g42a||informasi pasar kerja
g45a||informasi tata ruang
g48a||interoperabilitas layanan
g51a||sertifikat elektronik
t02||data madrasah diniyah dan insentif ustadz
t09||notifikasi dokumen jadi
t16||koordinasi pengendalian inflasi
t19||pemasaran produk UMKM
t21||informasi cuaca dan gempa
t24||arsip digital berkas pegawai
t33||layanan gawat darurat medis
t38||pencatatan kasus kekerasan
t51||pendaftaran seleksi CASN
t56||lelang barang milik negara
s01||pembayaran PNBP
s02||KTP digital
s04||pertukaran data kesehatan
g01c|Aplikasi surat dan arsip Pemkab Banyumas.|
g01g|Tata naskah dinas elektronik di satuan kerja Kementerian Agama pusat dan daerah.|
g03c|Sistem informasi kepegawaian BKD Provinsi Jawa Tengah.|
g03f|Aplikasi kepegawaian BKD Provinsi Kalimantan Timur.|
g04b|Absensi elektronik pegawai Pemkab Kudus terhubung mesin finger print.|
g05b|Aplikasi sasaran kinerja pegawai Kabupaten Pati.|
g07b|Aplikasi penggajian pegawai BPKAD Provinsi Lampung.|
g08b|Perencanaan pembangunan tahunan Bappeda Provinsi Jawa Tengah.|
g10b|Aplikasi pencairan dana (SP2D) BPKAD Kabupaten Cilacap.|
g11b|Sistem akuntabilitas kinerja Pemerintah Provinsi Jawa Tengah.|
g12b|Aplikasi monitoring dan evaluasi pembangunan Bappeda Kabupaten Kebumen.|
g13b|Aplikasi pengelolaan barang milik daerah Kabupaten Pati.|
g14e|Layanan perizinan DPMPTSP Provinsi Jawa Timur.|
g15c|Pengajuan persetujuan bangunan gedung (PBG) secara online di Bali.|
g16b|Layanan Dukcapil Kota Tegal secara online.|
g17b|Single sign on untuk aplikasi-aplikasi Pemprov Jawa Tengah.|
g18c|Sistem informasi puskesmas di Kabupaten Sikka.|
g19b|SIMRS RSUD Dr. Moewardi Surakarta milik Pemprov Jawa Tengah.|
g20b|Sistem informasi data pendidikan menengah Dinas Pendidikan Jawa Tengah.|
g21b|Sistem penerimaan murid baru jenjang SD dan SMP Kota Semarang.|
g22b|Pengelolaan DTKS di Dinas Sosial Kabupaten Banjarnegara.|
g23b|Aplikasi hibah Pemprov DKI Jakarta.|
g24e|Sistem informasi desa di Kabupaten Gowa.|
g25b|Aplikasi keuangan desa Kabupaten Pemalang.|
g26b|Pajak daerah online Kota Semarang.|
g26d|Aplikasi pendapatan asli daerah Kabupaten Badung.|
g28b|Layanan PBB Kabupaten Sidoarjo.|
g29c|Layanan Samsat online Jawa Timur.|
g31d|Aplikasi pelaporan bencana BPBD Kabupaten Banjarnegara.|
g32b|Portal pariwisata resmi Provinsi Jawa Tengah.|
g33b|Otomasi perpustakaan Dinas Arsip dan Perpustakaan Jawa Tengah.|
g34b|Perpustakaan digital Provinsi Jawa Tengah.|
g36b|Portal satu data Provinsi Jawa Tengah.|
g37b|Jaringan dokumentasi dan informasi hukum Biro Hukum Setda Jateng.|
g38c|PPID Provinsi Jambi.|
g40b|Aplikasi penanganan stunting Kabupaten Pemalang.|
g42b|Aplikasi bursa kerja Disnakertrans Jawa Tengah.|
g44b|Kartu Tani untuk petani Jawa Tengah.|
g45c|Peta interaktif rencana detail tata ruang Kota Surabaya.|
g48c|Integrasi aplikasi Pemprov Jawa Timur.|
t01|Aplikasi DP3A Kota Pekalongan untuk program perempuan wirausaha.|
t05|Penilaian kinerja penyedia jasa konstruksi pada proyek Pemprov Jateng.|
t07|Daftar hadir rapat elektronik dengan kode QR.|
t10|Pengiriman SMS otomatis ke pasien RSUD Banyumas.|
t20|Sistem informasi Dinas Pemadam Kebakaran Kota Surakarta.|
t42|Penarikan retribusi pasar tradisional secara non tunai.|
t53|Aplikasi keuangan BLUD RSUD Dr. Moewardi.|
s05|Aplikasi keuangan terintegrasi satker kementerian/lembaga dari Kemenkeu.|
s06|Portal kajian risiko bencana BNPB.|
"""

NATIONAL_URL_STATUS = {
    "g01k": "tidak aktif", "t15": "tidak aktif", "g10a": "aktif", "g13a": "aktif",
}
FIXED_YEAR = {
    "g01a": "2021", "g02a": "2016", "g03a": "2022", "g03b": "2022", "g05a": "2022",
    "g08a": "2020", "g14a": "2021", "g14b": "2017", "g17a": "2024", "s02": "2022",
    "s04": "2022", "g48a": "2021", "g01k": "2013", "t15": "2020", "g51a": "2018",
}
DPI = {
    "g17a": "dpi-identitas-digital",
    "s02": "dpi-identitas-digital",
    "g48a": "dpi-pertukaran-data",
    "s03": "dpi-pembayaran",
}


def parse_rows():
    rows = []
    for line in ROWS_TEXT.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 9, line
        key, inst, jenis, trap, cp, dom, nama, desk, fungsi = [p.strip() for p in parts]
        if inst == "JT":
            inst = JT
        rows.append(dict(key=key, inst=inst, jenis=jenis, trap=(trap == "T"), cp=cp,
                         dom=dom, nama=nama, desk=desk, fungsi=fungsi))
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    byk = {r["key"]: r for r in rows}
    seen = set()
    for line in SUPP_TEXT.strip().splitlines():
        key, desk, fungsi = [p.strip() for p in line.split("|")]
        assert key in byk and key not in seen, line
        seen.add(key)
        if desk and not byk[key]["desk"]:
            byk[key]["desk"] = desk
        if fungsi and not byk[key]["fungsi"]:
            byk[key]["fungsi"] = fungsi
    return rows


def messy(code):
    """Return a code as a clerk might have typed it."""
    x = random.random()
    if x < 0.10:
        return code.lower()
    if x < 0.17:
        return code[:3].capitalize() + code[3:]
    if x < 0.24:  # drop leading zero of level 1
        head, rest = code.split(".", 1)
        lvl = rest.split(".")
        lvl[0] = str(int(lvl[0]))
        return head + "." + ".".join(lvl)
    if x < 0.30:  # truncated to two levels
        return ".".join(code.split(".")[:3])
    if x < 0.34:
        return code.replace(".", " ", 1)
    return code


def codes_for(cp):
    if cp == "-" or not cp:
        return "", "", ""
    if cp in CP:
        triple = CP[cp]
    else:
        triple = tuple(cp.split("/"))
    out = []
    for code, p_empty in zip(triple, (0.58, 0.62, 0.55)):
        if random.random() < p_empty:
            out.append("")
            continue
        c = messy(code)
        if random.random() < 0.10:  # a second code
            parent = ".".join(code.split(".")[:3])
            sep = random.choice([";", ",", "; ", ", "])
            second = parent if parent != code else code[:3] + ".02"
            c = c + sep + second
        out.append(c)
    return tuple(out)


def jenis_for(j):
    if random.random() < 0.33:
        return ""
    base = "umum" if j == "U" else "khusus"
    return random.choice([base, base, base, base.capitalize(), base.upper(),
                          base.capitalize() + " ", "Aplikasi " + base.capitalize()])


def slug(nama):
    tok = nama.split()[0].lower()
    return "".join(ch for ch in tok if ch.isalnum()) or "app"


def url_for(key, nama, dom):
    if dom == "-":
        return ""
    if dom.startswith("http"):
        return dom if random.random() < 0.85 else ""
    if random.random() < 0.5:
        return ""
    return "https://%s.%s" % (slug(nama), dom)


def status_for(key):
    if key in NATIONAL_URL_STATUS:
        return NATIONAL_URL_STATUS[key]
    return random.choices(["aktif", "pengembangan", "tidak aktif", ""], [58, 9, 10, 23])[0]


def tahun_for(key):
    if key in FIXED_YEAR:
        return FIXED_YEAR[key]
    if random.random() < 0.27:
        return ""
    return str(random.choice(range(2012, 2025)))


def group_of(key):
    return key[:3] if key.startswith("g") else None


def assign_ids(rows):
    """Shuffle until no two members of a group get adjacent ids."""
    for _ in range(5000):
        order = rows[:]
        random.shuffle(order)
        ok = True
        for a, b in zip(order, order[1:]):
            ga, gb = group_of(a["key"]), group_of(b["key"])
            if ga and ga == gb:
                ok = False
                break
        if ok:
            return order
    raise SystemExit("could not separate group members")


# ---------------------------------------------------------------------------
# Proposals: nama | deskripsi | expected keys (national platforms first)
# ---------------------------------------------------------------------------
PROPOSALS = [
    ("Aplikasi Naskah Dinas Digital Kabupaten",
     "Kami butuh aplikasi untuk membuat surat dinas, mengirimkannya ke OPD lain, disposisi pimpinan dan menyimpan arsip suratnya secara digital.",
     ["g01a", "g01b"]),
    ("Kanal Aspirasi Warga lewat WhatsApp",
     "Warga menyampaikan keluhan tentang layanan publik, OPD terkait wajib menindaklanjuti dalam batas waktu dan warga bisa memantau statusnya.",
     ["g02a", "g02b"]),
    ("Database Riwayat ASN Kabupaten",
     "Mencatat riwayat pangkat, jabatan, pendidikan dan usulan pensiun pegawai negeri di lingkungan pemkab.",
     ["g03a", "g03b"]),
    ("Absen Pegawai Pakai Wajah dan GPS",
     "Pegawai mencatat jam masuk dan pulang lewat HP dengan foto wajah dan titik lokasi kantor.",
     ["g04a", "g04b"]),
    ("Penilaian SKP Bulanan Pegawai",
     "Atasan menilai sasaran kerja dan capaian kerja bawahan setiap bulan.",
     ["g05a"]),
    ("Aplikasi Penyusunan RKPD dan RKA",
     "Bappeda dan BPKAD menyusun rencana kerja tahunan dan rencana anggaran tiap perangkat daerah dalam satu sistem.",
     ["g08a"]),
    ("Inventarisasi Barang Milik Daerah",
     "Pencatatan KIB, mutasi barang antar OPD dan penyusutan aset daerah.",
     ["g13a", "g13c"]),
    ("Layanan Izin Terpadu Online DPMPTSP",
     "Masyarakat dan pelaku usaha mengajukan izin dan non izin secara daring tanpa datang ke mal pelayanan publik.",
     ["g14a", "g14b"]),
    ("Pengajuan Persetujuan Bangunan Gedung Online",
     "Permohonan PBG dan sertifikat laik fungsi untuk rumah dan gedung usaha.",
     ["g15a"]),
    ("Laporan Akuntabilitas Kinerja OPD",
     "OPD mengisi perjanjian kinerja dan laporan kinerja tahunan yang dievaluasi inspektorat.",
     ["g11a", "g11b"]),
    ("Pelayanan Pasien Puskesmas Terintegrasi",
     "Pendaftaran, pemeriksaan dokter, resep obat dan laporan bulanan untuk seluruh puskesmas kabupaten.",
     ["g18a", "g18b"]),
    ("Sistem Manajemen RSUD Tipe C Baru",
     "Kami akan membuka RSUD baru dan memerlukan aplikasi pendaftaran, rawat inap, farmasi dan kasir.",
     ["g19a"]),
    ("Pendaftaran Murid Baru SD dan SMP Daring",
     "Orang tua mendaftarkan anak ke sekolah negeri dengan jalur zonasi dan prestasi secara online.",
     ["g21b", "g21a"]),
    ("Verifikasi Data Warga Miskin",
     "Operator desa memperbarui data keluarga miskin sebagai dasar penyaluran bantuan sosial.",
     ["g22a"]),
    ("Aplikasi Data dan Profil Desa",
     "Setiap desa mengisi data potensi, kelembagaan dan kependudukan desanya.",
     ["g24a", "g24b"]),
    ("Aplikasi Pengelolaan APBDes",
     "Perangkat desa menyusun APBDes, mencatat belanja dan membuat laporan pertanggungjawaban dana desa.",
     ["g25a"]),
    ("Pelaporan Pajak Hotel dan Restoran Online",
     "Wajib pajak melaporkan omzet bulanan dan mencetak kode bayar pajak daerah.",
     ["g26a", "g26g"]),
    ("Pantauan Harga Sembako Harian",
     "Petugas pasar menginput harga beras, cabai, bawang dan minyak setiap pagi untuk dipublikasikan.",
     ["g30a", "g30b"]),
    ("Aplikasi Laporan Kejadian Bencana",
     "Relawan dan kecamatan melaporkan kejadian banjir atau longsor, korban dan kebutuhan bantuan.",
     ["g31a", "g31b"]),
    ("Perpustakaan Digital Kabupaten",
     "Warga bisa meminjam dan membaca buku elektronik dari koleksi perpustakaan daerah melalui ponsel.",
     ["g34a", "g34b"]),
    ("Portal Satu Data Kabupaten",
     "Tempat OPD mengunggah dataset sektoral agar bisa diunduh publik.",
     ["g36a", "g36b"]),
    ("Publikasi Perda dan Perbup Online",
     "Masyarakat dapat mencari dan mengunduh peraturan daerah dan peraturan bupati.",
     ["g37a", "g37b"]),
    ("Layanan Permohonan Informasi Publik",
     "Warga mengajukan permintaan informasi publik dan keberatan kepada PPID kabupaten.",
     ["g38a"]),
    ("Aplikasi Tender Barang dan Jasa",
     "Pokja pemilihan melaksanakan tender dan seleksi penyedia secara elektronik.",
     ["g39a"]),
    ("Pencatatan Penimbangan Balita Posyandu",
     "Kader posyandu mencatat berat dan tinggi badan balita untuk memantau status gizi.",
     ["g40a"]),
    ("Bursa Lowongan Kerja Daerah",
     "Perusahaan lokal memasang lowongan dan pencari kerja melamar secara online.",
     ["g42a", "g42b"]),
    ("Peta Online Rencana Tata Ruang",
     "Warga dan investor mengecek peruntukan ruang suatu bidang tanah di peta.",
     ["g45a"]),
    ("Satu Akun untuk Semua Layanan Pemda",
     "Warga cukup login sekali untuk mengakses semua aplikasi layanan pemerintah daerah.",
     ["g17a", "g17b"]),
    ("Platform Pertukaran Data Antar Aplikasi OPD",
     "Aplikasi-aplikasi OPD saling bertukar data melalui API yang terkelola.",
     ["g48a"]),
    ("Tanda Tangan Digital Dokumen Dinas",
     "Pejabat menandatangani dokumen dinas secara elektronik yang sah dan tersertifikasi.",
     ["g51a", "g51b"]),
    ("Pengajuan Proposal Hibah Online",
     "Ormas dan lembaga mengajukan proposal hibah APBD dan melaporkan pertanggungjawabannya.",
     ["g23a", "g23b"]),
    # novel functions: nothing in the inventory serves them
    ("Aplikasi Layanan Pemakaman",
     "Pendaftaran pemakaman, sewa petak makam di TPU dan perpanjangan izin penggunaan tanah makam.",
     []),
    ("Pendampingan Sertifikasi Halal UMKM",
     "Pendaftaran UMKM yang ingin didampingi mengurus sertifikat halal gratis.",
     []),
    ("Sistem Informasi Tagihan Air PDAM",
     "Pelanggan mengecek tagihan air minum, mencatat meter mandiri dan membayar rekening air.",
     []),
    ("Dashboard Kualitas Udara Kota",
     "Menampilkan data sensor PM2.5 dan indeks kualitas udara di beberapa titik kota.",
     []),
    ("Portal Pengelolaan Rusunawa",
     "Pendaftaran calon penghuni rumah susun sewa, kontrak sewa dan tagihan bulanan penghuni.",
     []),
    ("Aplikasi Tera Ulang UTTP",
     "Pendaftaran tera dan tera ulang timbangan, takaran dan pompa BBM oleh UPT metrologi legal.",
     []),
    ("Sistem Informasi Peminjaman Ruang Rapat",
     "Pemesanan aula dan ruang rapat gedung pemda secara online beserta jadwal pemakaiannya.",
     []),
    ("Kalender Tanam Kabupaten",
     "Rekomendasi waktu tanam padi dan palawija per kecamatan berdasarkan curah hujan.",
     []),
    ("Aplikasi Zakat Profesi ASN",
     "Pencatatan potongan zakat penghasilan ASN dan penyalurannya.",
     []),
    ("Portal Pendaftaran Event Olahraga Daerah",
     "Pendaftaran peserta lomba lari, sepeda dan turnamen antar kecamatan.",
     []),
    ("Sistem Informasi Daerah Irigasi",
     "Inventarisasi saluran irigasi, pintu air dan kelompok P3A serta jadwal pemeliharaan.",
     []),
    ("Manajemen Armada Bus Sekolah Gratis",
     "Penjadwalan rute, pelacakan posisi bus dan pencatatan penumpang bus sekolah.",
     []),
    ("Sistem Informasi Penegakan Perda Satpol PP",
     "Pencatatan operasi penertiban, pelanggaran perda dan sanksi yang dijatuhkan Satpol PP.",
     []),
    ("Aplikasi Pengunjung Kebun Raya Daerah",
     "Tiket masuk, data koleksi tanaman dan jadwal tur edukasi kebun raya.",
     []),
    ("Telemetri Muka Air Bendungan",
     "Pemantauan otomatis tinggi muka air bendungan dan embung dari sensor lapangan.",
     []),
]


def main():
    rows = parse_rows()
    order = assign_ids(rows)
    idmap = {}
    for i, r in enumerate(order, 1):
        idmap[r["key"]] = "k%03d" % i

    header = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral",
              "kode_rab", "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind12-inventory.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in order:
            ral, rab, raa = codes_for(r["cp"])
            w.writerow([idmap[r["key"]], r["nama"], r["desk"], r["fungsi"], r["inst"],
                        jenis_for(r["jenis"]), ral, rab, raa, status_for(r["key"]),
                        tahun_for(r["key"]), url_for(r["key"], r["nama"], r["dom"]),
                        DPI.get(r["key"], "")])

    groups = {}
    for r in rows:
        g = group_of(r["key"])
        if g:
            groups.setdefault(g, []).append(r["key"])
    dup = []
    for n, g in enumerate(sorted(groups), 1):
        dup.append({"id": "G%02d" % n, "members": sorted(idmap[k] for k in groups[g])})
    with open(os.path.join(HERE, "blind12-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "duplicateGroups": dup}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    props = []
    for n, (nama, desk, exp) in enumerate(PROPOSALS, 1):
        props.append({"id": "p%02d" % n, "nama": nama, "deskripsi": desk,
                      "expected": [idmap[k] for k in exp]})
    with open(os.path.join(HERE, "blind12-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "proposals": props}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    n = len(rows)
    traps = sum(r["trap"] for r in rows)
    nodesk = sum(not r["desk"] for r in rows)
    nofun = sum(not r["fungsi"] for r in rows)
    nameonly = sum(not r["desk"] and not r["fungsi"] for r in rows)
    print("rows", n, "agencies", len({r["inst"] for r in rows}), "groups", len(dup),
          "in groups", sum(len(g["members"]) for g in dup),
          "sizes", min(len(g["members"]) for g in dup), max(len(g["members"]) for g in dup),
          "traps", traps, "proposals", len(props),
          "reuse", sum(1 for p in props if p["expected"]),
          "no deskripsi %.2f" % (nodesk / n), "no fungsi %.2f" % (nofun / n),
          "name only %.2f" % (nameonly / n), "dpi", len(DPI))


if __name__ == "__main__":
    main()
