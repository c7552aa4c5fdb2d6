#!/usr/bin/env python3
"""Build the blind4 hand-labelled test set (inventory, duplicate groups, proposals).

Rows are hand-written per government function below; this script only shuffles them
with a fixed seed, assigns ids c001..cNNN, fills status/tahun/url/codes with a seeded
RNG where a row does not fix them, and writes:
  blind4-inventory.csv, blind4-groups.json, blind4-proposals.json
Run: python3 bench/data/blind4-build.py   (from anywhere; output goes next to this file)
"""
import csv
import json
import os
import random

SEED = 4404
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Groups: key -> (function text, canonical codes (ral, rab, raa_umum), rows)
# row = (nama, deskripsi, fungsi, instansi, opts)
# opts keys: jenis, status, tahun, url, dpi, key (for proposals), ral, rab, raa, nocode
# ---------------------------------------------------------------------------
U = {"jenis": "umum"}


def u(**kw):
    d = dict(U)
    d.update(kw)
    return d


GROUPS = {}
ORDER = []


def group(gid, function, codes, rows):
    GROUPS[gid] = (function, codes, rows)
    ORDER.append(gid)


group("pengaduan",
      "Pengaduan dan aspirasi masyarakat atas pelayanan publik; SP4N-LAPOR! is the national channel that "
      "should replace local complaint apps (or they integrate into it). Not PPID information requests, not "
      "whistleblowing (WBS), not satisfaction surveys (SKM), not disaster incident reporting.",
      ("RAL.01", "RAB.09.06", "RAA.01.01"), [
          ("SP4N-LAPOR!", "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional - Layanan Aspirasi dan Pengaduan Online Rakyat. Kanal pengaduan nasional; instansi pusat dan daerah menghubungkan kanal pengaduannya melalui API", "Pengaduan pelayanan publik", "kemenpanrb", u(key="lapor", url="https://www.lapor.go.id")),
          ("Lapor Bupati Gresik", "Aduan warga kepada bupati melalui aplikasi dan WhatsApp, diteruskan ke OPD terkait", "", "pemkab-gresik", {}),
          ("Wadul Bupati", "", "Penanganan keluhan masyarakat", "pemkab-ngawi", {}),
          ("Sambat Online", "Warga menyampaikan sambatan tentang jalan rusak, sampah, lampu jalan atau layanan OPD; admin Diskominfo meneruskan ke OPD dan memantau jawabannya", "", "pemkot-batu", {}),
          ("SIPADU (Sistem Informasi Pengaduan Terpadu)", "Pengaduan masyarakat terpadu antar perangkat daerah", "Pengaduan", "pemkab-kuningan", {}),
          ("e-Aduan", "", "", "pemkot-tegal", {}),
          ("Ngadu Yuk!", "Kanal aspirasi dan aduan warga berbasis Android, terhubung ke SP4N-LAPOR", "", "pemkab-purwakarta", {}),
          ("Srawung Warga", "Ruang daring bagi warga untuk menyampaikan keluhan atas pelayanan publik dan mengikuti tindak lanjut dari dinas", "", "pemkot-salatiga", {}),
          ("Kandani", "Warga mengirim laporan masalah di lingkungannya kepada pemerintah kota lengkap dengan foto dan titik lokasi, lalu melihat status tindak lanjut", "", "pemkot-magelang", {}),
          ("Pengaduan Masyarkat Online", "", "pengaduan", "pemkab-bone", {}),
          ("Aplikasi Pengaduan Layanan Publik", "Penerimaan dan tindak lanjut pengaduan pengguna layanan kementerian di kantor wilayah", "", "kemenkumham", {}),
          ("Sampurasun Lapor", "Saluran aduan warga Kabupaten Sumedang lewat web, SMS dan media sosial", "", "pemkab-sumedang", {}),
          ("Suara Warga Makassar", "Keluhan dan aspirasi warga, disposisi ke SKPD penanggung jawab", "", "pemkot-makassar", {}),
          ("Lapor Gub", "", "Aspirasi dan pengaduan masyarakat provinsi", "pemprov-nusa-tenggara-barat", {}),
          ("e-Lapor Walikota v2", "Pengaduan masyarakat kepada walikota, versi 2 Android", "", "pemkot-kupang", {"status": "pengembangan"}),
      ])

group("naskah-dinas",
      "Persuratan / tata naskah dinas elektronik and dynamic archives (surat masuk-keluar, disposisi, TTE); "
      "SRIKANDI is the Aplikasi Umum. Not static archives (arsip statis).",
      ("RAL.02.06", "RAB.09.07", "RAA.01.02"), [
          ("SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)", "Aplikasi Umum bidang kearsipan dinamis: pembuatan, pengiriman dan disposisi naskah dinas serta pengelolaan arsip dinamis; ditetapkan melalui KepmenPANRB 679/2020", "Persuratan dan kearsipan dinamis", "anri", u(key="srikandi", url="https://srikandi.arsip.go.id")),
          ("e-Office", "Surat masuk, surat keluar dan disposisi elektronik", "", "pemkab-sleman", {}),
          ("E-Office Pemprov Jateng", "", "Persuratan elektronik", "pemprov-jawa-tengah", {}),
          ("SIKD (Sistem Informasi Kearsipan Dinamis)", "Aplikasi kearsipan dinamis versi lama dari ANRI, dipakai bagian umum untuk agenda surat dan arsip aktif", "", "pemkab-tuban", {"status": "tidak aktif"}),
          ("TNDE (Tata Naskah Dinas Elektronik)", "Penyusunan naskah dinas, tanda tangan elektronik dan distribusi ke unit kerja", "", "kemenhub", {}),
          ("Si Surti (Sistem Surat Elektronik Terintegrasi)", "", "", "pemkot-probolinggo", {}),
          ("e-Surat", "Pengelolaan surat dinas dan disposisi pimpinan", "", "pemkab-jember", {}),
          ("Aplikasi Persuratan Dinas", "", "Agenda surat masuk dan keluar", "bnpb", {}),
          ("Naskah Dinas Online (NADIN)", "Pembuatan dan pengiriman nota dinas, surat undangan dan surat keputusan secara elektronik antar unit eselon", "", "kemenpppa", {}),
          ("Layang Kencana", "Registrasi surat masuk, disposisi berjenjang, arsip surat keluar dan notifikasi ke pimpinan", "", "pemkab-klaten", {}),
          ("e-Disposisi Mobile", "", "disposisi surat", "pemkot-pasuruan", {}),
          ("SIMPAS (Sistem Manajemen Persuratan dan Arsip Dinamis)", "", "", "pemprov-kalimantan-selatan", {}),
          ("Tata Naskah Elektronik (TaNaKa)", "Aplikasi naskah dinas dengan tanda tangan elektronik BSrE", "", "pemkab-banyumas", {}),
          ("Surat Menyurat Online Setda", "", "", "pemkot-ambon", {}),
          ("e-Office versi 2.0", "Pengembangan e-office dengan TTE dan penomoran surat otomatis", "", "pemkab-deli-serdang", {"status": "pengembangan"}),
      ])

group("kepegawaian",
      "Manajemen data kepegawaian ASN (data induk, pangkat, jabatan, mutasi, pensiun); SIASN with MyASN is "
      "the national system. Not payroll (gaji), TPP, attendance (presensi) or individual performance (e-kinerja).",
      ("RAL.02.04", "RAB.09.06", "RAA.01.02"), [
          ("SIASN (Sistem Informasi ASN)", "Sistem informasi ASN nasional BKN: data induk pegawai dan layanan kepegawaian (kenaikan pangkat, mutasi, pensiun) untuk instansi pusat dan daerah", "Manajemen ASN", "bkn", u(key="siasn")),
          ("MyASN", "Aplikasi layanan mandiri bagi pegawai ASN untuk melihat dan memutakhirkan data kepegawaiannya di SIASN", "", "bkn", u(key="myasn")),
          ("SIMPEG (Sistem Informasi Manajemen Kepegawaian)", "", "Kepegawaian", "pemkab-sragen", {}),
          ("Simpeg Online", "Data pegawai, riwayat jabatan, pangkat dan pendidikan", "", "pemkot-semarang", {}),
          ("SIMPEG BKD Provinsi", "", "", "pemprov-sumatera-barat", {}),
          ("SIKEP (Sistem Informasi Kepegwaian)", "Data induk PNS dan PPPK, usul kenaikan pangkat dan pensiun", "", "pemkab-pringsewu", {}),
          ("e-Pegawai", "", "", "pemkot-jambi", {}),
          ("SIMASN", "Sistem Informasi Manajemen ASN: profil ASN, mutasi, riwayat diklat", "", "pemkab-bojonegoro", {}),
          ("Sistem Informasi SDM Aparatur", "Pengelolaan data sumber daya manusia aparatur kementerian", "", "kementan", {}),
          ("Pagawe Online", "Riwayat kepangkatan, SK dan dokumen digital setiap pegawai, usul mutasi dan pemutakhiran data keluarga", "", "pemkab-garut", {}),
          ("SIMPEG v3 Android", "", "", "pemkot-balikpapan", {"status": "pengembangan"}),
          ("Sistem Informasi Kepegawaian Daerah (SIMPEGDA)", "", "", "pemkab-kampar", {}),
      ])

group("e-kinerja",
      "Penilaian kinerja individu ASN (SKP, aktivitas harian, penilaian atasan); e-Kinerja BKN is the national "
      "application. Not organisational performance accountability (SAKIP), not TPP calculation.",
      ("RAL.02.04", "RAB.09.06", "RAA.01.02"), [
          ("e-Kinerja BKN", "Aplikasi pengelolaan kinerja pegawai ASN secara nasional: perencanaan SKP, evaluasi dan penilaian kinerja oleh atasan", "", "bkn", u(key="ekinerja")),
          ("e-Kinerja", "", "Penilaian SKP pegawai", "pemkab-bantul", {}),
          ("E-SKP", "Penyusunan Sasaran Kinerja Pegawai, realisasi dan penilaian oleh atasan", "", "pemkot-kediri", {}),
          ("Aplikasi Kinerja Harian Pegawai", "Pencatatan aktivitas harian pegawai sebagai bahan penilaian kinerja", "", "pemkab-pati", {}),
          ("SIKERJA", "", "Kinerja individu ASN", "pemkab-langkat", {}),
          ("e-Kinerja ASN Online", "Pelaporan capaian kinerja bulanan ASN", "", "pemprov-lampung", {}),
          ("SiKinerja Pegawai", "", "", "kemendag", {}),
          ("Laporan Aktivitas Harian (LAH) ASN", "Input aktivitas harian ASN dan persetujuan atasan langsung", "", "pemkot-padang", {}),
          ("Greget Kinerja", "Perencanaan dan penilaian kinerja individu PNS: SKP, rencana aksi, bukti dukung dan penilaian perilaku kerja", "", "pemkab-jepara", {}),
          ("e-Perform", "", "Kinerja pegawai", "kemenpora", {}),
      ])

group("presensi",
      "Presensi / absensi kehadiran pegawai (GPS, swafoto, sidik jari). No national platform in the reference. "
      "Not student attendance.",
      ("RAL.02.04", "RAB.09.06", "RAA.01.02"), [
          ("e-Presensi", "Absensi pegawai berbasis lokasi GPS dan swafoto", "", "pemkab-magetan", {}),
          ("SIAP (Sistem Informasi Absensi Pegawai)", "", "Absensi", "pemkab-kediri", {}),
          ("Absensi Online ASN", "", "", "pemkot-cimahi", {}),
          ("Presensi Finger Terintegrasi", "Rekap kehadiran dari mesin sidik jari seluruh OPD", "", "pemkab-cianjur", {}),
          ("e-Absen Mobile", "", "", "pemkot-bengkulu", {}),
          ("SiHadir", "Kehadiran pegawai: datang, pulang, izin, dinas luar", "", "kemenag", {}),
          ("Kehadiran Pegawai Berbasis Face Recognition", "", "", "pemprov-banten", {}),
          ("Presensi Ku", "Aplikasi Android untuk absen pegawai dengan geotagging kantor", "", "pemkab-gowa", {}),
          ("Absensi Elektronik Pegawai Kecamatan", "", "", "pemkab-bireuen", {}),
          ("Tepat Wektu", "Pencatatan jam masuk dan pulang pegawai dengan swafoto di dalam radius lokasi kantor", "", "pemkab-wonosobo", {}),
      ])

group("gaji",
      "Penggajian pegawai daerah (daftar gaji, potongan, gaji susulan). Not TPP, not personnel data.",
      ("RAL.02.02", "RAB.09.02", "RAA.01.02"), [
          ("SIGAP (Sistem Informasi Gaji Pegawai)", "Perhitungan gaji bulanan PNS, potongan dan cetak daftar gaji", "", "pemkab-banjar", {}),
          ("Aplikasi Gaji PNS Daerah", "", "Penggajian", "pemkab-agam", {}),
          ("e-Gaji", "Daftar gaji, gaji susulan dan kekurangan gaji", "", "pemkot-pontianak", {}),
          ("SIMGAJI", "", "", "pemkab-tanah-laut", {}),
          ("Daftar Gaji Online Pegawai", "Pembuatan daftar gaji induk, perubahan data keluarga untuk tunjangan, potongan IWP dan BPJS", "", "pemkab-siak", {}),
          ("Aplikasi Penggajian ASN dan PPPK", "", "", "pemkot-palu", {}),
      ])

group("tpp",
      "Perhitungan Tambahan Penghasilan Pegawai (TPP) daerah from attendance and performance. Not salary, not "
      "the performance appraisal itself.",
      ("RAL.02.04", "RAB.09.02", "RAA.01.02"), [
          ("e-TPP", "Perhitungan tambahan penghasilan pegawai berdasarkan kehadiran dan kinerja", "", "pemkot-surakarta", {}),
          ("SI-TPP", "", "TPP ASN", "pemkab-temanggung", {}),
          ("Aplikasi Tambahan Penghasilan Pegawai", "", "", "pemprov-gorontalo", {}),
          ("TPP Online", "Rekap TPP bulanan, potongan disiplin, cetak daftar pembayaran TPP", "", "pemkab-batang", {}),
          ("SiTamsil", "Hitung tambahan penghasilan ASN per kelas jabatan setelah dikurangi ketidakhadiran", "", "pemkab-lombok-timur", {}),
          ("Tukin Daerah", "Perhitungan tunjangan kinerja daerah (TPP) per kelas jabatan", "", "pemprov-dki-jakarta", {}),
      ])

group("sakip",
      "Akuntabilitas kinerja instansi (SAKIP: perjanjian kinerja, IKU, LKjIP, evaluasi); e-SAKIP is the "
      "national application. Not individual ASN performance (e-kinerja), even when named 'e-Kinerja OPD'.",
      ("RAL.02.07", "RAB.09.06", "RAA.01.02"), [
          ("e-SAKIP", "Aplikasi sistem akuntabilitas kinerja instansi pemerintah: perjanjian kinerja, pengukuran kinerja, LKjIP dan evaluasi SAKIP", "", "kemenpanrb", u(key="esakip")),
          ("e-Sakip", "", "SAKIP", "pemkab-sidoarjo", {}),
          ("e-Kinerja OPD", "Pengukuran capaian indikator kinerja utama perangkat daerah dan penyusunan LKjIP", "", "pemkab-ponorogo", {}),
          ("SAKIP Online Kota Cirebon", "", "", "pemkot-cirebon", {}),
          ("Sistem Akuntabilitas Kinerja Instansi", "Renstra, IKU dan perjanjian kinerja unit kerja", "", "bps", {}),
          ("e-Perjanjian Kinerja", "Penyusunan perjanjian kinerja kepala OPD, rencana aksi dan capaian triwulan", "", "pemkab-kutai-kartanegara", {}),
          ("Titen Kinerja", "Pemantauan capaian IKU perangkat daerah dan evaluasi akuntabilitas kinerja oleh Inspektorat", "", "pemkab-kulon-progo", {}),
          ("E-SAKIP Terintegrasi", "", "", "pemprov-sulawesi-selatan", {}),
      ])

group("spse",
      "Tender / seleksi pengadaan barang-jasa secara elektronik (e-procurement); SPSE run by LPSE is national. "
      "Not procurement planning (SiRUP), not e-purchasing catalogues, not fish auctions.",
      ("RAL.02.06", "RAB.09.02", "RAA.01.02"), [
          ("SPSE (Sistem Pengadaan Secara Elektronik)", "Aplikasi e-procurement LKPP untuk tender dan seleksi, dijalankan oleh LPSE di setiap instansi", "", "lkpp", u(key="spse")),
          ("LPSE Kabupaten Banyuwangi", "Layanan pengadaan secara elektronik", "", "pemkab-banyuwangi", {"jenis": "umum"}),
          ("e-Lelang", "", "Lelang barang/jasa", "pemkot-bogor", {}),
          ("E-Proc Pemprov", "Tender elektronik paket pekerjaan provinsi", "", "pemprov-kalimantan-timur", {}),
          ("LPSE Kemenkes", "", "", "kemenkes", {}),
          ("e-Tendering", "", "", "pemkab-musi-banyuasin", {"status": "tidak aktif"}),
          ("Layanan Pengadaan Secara Elektronik (LPSE) Kota Medan", "", "", "pemkot-medan", {}),
          ("Tender Online", "Pengumuman lelang, unggah dokumen penawaran dan evaluasi oleh pokja pemilihan", "", "pemkab-minahasa", {}),
      ])

group("e-purchasing",
      "Katalog elektronik untuk e-purchasing barang/jasa pemerintah; the LKPP e-Katalog is national. Not UMKM "
      "product catalogues, library catalogues or tourism catalogues.",
      ("RAL.02.06", "RAB.09.02", "RAA.01.02"), [
          ("e-Katalog", "Katalog elektronik LKPP untuk e-purchasing barang/jasa pemerintah", "", "lkpp", u(key="ekatalog")),
          ("e-Katalog Lokal Provinsi", "Katalog elektronik lokal berisi produk penyedia daerah untuk pembelian oleh OPD", "", "pemprov-jawa-barat", {}),
          ("Pasar Belanja Pemerintah Online", "OPD memesan barang kebutuhan kantor dari penyedia lokal yang terdaftar, pembayaran non-tunai", "", "pemkot-surabaya", {}),
          ("Katalog Elektronik Sektoral", "e-Purchasing alat kesehatan dan obat untuk satker", "", "kemenkes", {}),
      ])

group("sipd",
      "Perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah (incl. musrenbang "
      "proposals); SIPD (Kemendagri) is the national platform displacing SIMDA Keuangan and local e-planning / "
      "e-budgeting. Not asset management (BMD), not central-government SAKTI, not village finance.",
      ("RAL.02.02", "RAB.09.02", "RAA.01.02"), [
          ("SIPD (Sistem Informasi Pemerintahan Daerah)", "Platform Kemendagri untuk perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemerintah daerah", "", "kemendagri", u(key="sipd")),
          ("SIMDA Keuangan", "Aplikasi BPKP untuk pengelolaan keuangan daerah: penganggaran, penatausahaan dan akuntansi", "", "pemkab-jombang", {"status": "tidak aktif"}),
          ("Simda Keuangan v2.7", "", "", "pemkot-mataram", {}),
          ("e-Budgeting", "Penyusunan RKA dan APBD", "", "pemkot-depok", {}),
          ("e-Planning", "Perencanaan pembangunan daerah: RPJMD, Renstra, RKPD, Renja", "", "pemkab-malang", {"ral": "RAL.02.03", "rab": "RAB.09.05"}),
          ("e-Musrenbang", "Usulan musrenbang desa dan kecamatan", "", "pemkab-bandung", {"ral": "RAL.02.03", "rab": "RAB.09.05"}),
          ("SIKD (Sistem Informasi Keuangan Daerah)", "Penatausahaan keuangan: SPP, SPM, SP2D dan BKU bendahara", "", "pemkab-halmahera-utara", {}),
          ("SIPKD", "", "Keuangan daerah", "pemkot-kendari", {}),
          ("e-RKA", "", "", "pemkab-sambas", {}),
          ("Rembug Warga", "Penjaringan usulan pembangunan dari RT/RW dan kelurahan sebagai bahan penyusunan RKPD", "", "pemkot-yogyakarta", {"ral": "RAL.02.03", "rab": "RAB.09.05"}),
          ("Gempungan", "Usulan dan prioritas kegiatan hasil musyawarah perencanaan pembangunan tingkat desa dan kecamatan", "", "pemkab-tasikmalaya", {"ral": "RAL.02.03", "rab": "RAB.09.05"}),
          ("SIMAKDA (Sistem Informasi Manajemen Keuangan Daerah)", "", "", "pemkab-cilacap", {}),
          ("e-Penatausahaan", "SPD, SPP-SPM, SP2D online, cetak kwitansi dan integrasi bank daerah", "", "pemkot-pekanbaru", {}),
          ("SIAP (Sistem Informasi Anggaran dan Perencanaan)", "", "", "pemkot-tarakan", {}),
      ])

group("sakti",
      "Keuangan satuan kerja pemerintah pusat (penganggaran sampai pelaporan, akuntansi, persediaan, BMN); SAKTI "
      "(Kemenkeu) absorbed SAS, Persediaan, SIMAK-BMN, SAIBA. Not local-government finance or assets.",
      ("RAL.02.02", "RAB.09.02", "RAA.01.02"), [
          ("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "Aplikasi Kemenkeu (DJPb) bagi satuan kerja pusat dari perencanaan hingga pelaporan; menggantikan RKAKL, GPP, SAS, SILABI, Persediaan, SIMAK-BMN dan SAIBA", "", "kemenkeu", u(key="sakti")),
          ("SIMAK-BMN", "Sistem Informasi Manajemen dan Akuntansi Barang Milik Negara", "", "kemenag", {"status": "tidak aktif"}),
          ("Aplikasi SAS", "Sistem Akuntansi Satker untuk pembuatan SPM", "", "bmkg", {"status": "tidak aktif"}),
          ("Aplikasi Persediaan", "", "Persediaan barang satker", "big", {}),
          ("SAIBA", "Sistem Akuntansi Instansi Berbasis Akrual", "", "basarnas", {}),
      ])

group("aset-daerah",
      "Penatausahaan barang milik daerah (BMD: KIB, mutasi, penyusutan). Not central BMN (SAKTI), not finance.",
      ("RAL.02.02", "RAB.09.02", "RAA.01.02"), [
          ("SIMDA BMD (Barang Milik Daerah)", "Penatausahaan barang milik daerah: KIB, mutasi, penyusutan", "", "pemkab-jombang", {}),
          ("SIMBADA", "", "Aset daerah", "pemkot-malang", {}),
          ("e-Aset", "Inventarisasi aset tetap OPD", "", "pemkab-lampung-selatan", {}),
          ("SIMANIS (Sistem Informasi Manajemen Aset Daerah Terintegrasi)", "", "", "pemkot-bandar-lampung", {}),
          ("Simda Barang", "", "", "pemkab-maros", {}),
          ("Si Banda (Sistem Informasi Barang Daerah)", "Pencatatan KIB A-F, kartu inventaris ruangan dan rekonsiliasi aset dengan akuntansi", "", "pemprov-riau", {}),
      ])

group("pajak-daerah",
      "Administrasi pajak daerah (PBB-P2, BPHTB, hotel, restoran, hiburan, reklame: pendataan, SPTPD, "
      "penetapan, pembayaran). Not retribusi, not advertising permits (izin reklame), not SMS reminders.",
      ("RAL.01", "RAB.09.02", "RAA.01.01"), [
          ("e-BPHTB", "Pelaporan dan validasi BPHTB online oleh PPAT", "", "pemkab-sidoarjo", {}),
          ("e-PBB", "Informasi tagihan PBB-P2 dan pembayaran", "", "pemkab-klaten", {}),
          ("SIMPADA", "Sistem informasi manajemen pajak daerah: pajak hotel, restoran, hiburan dan reklame", "", "pemkab-badung", {}),
          ("SIMPADA Reklame", "", "", "pemkot-denpasar", {}),
          ("e-SPTPD", "Pelaporan SPTPD wajib pajak hotel dan restoran secara online", "", "pemkot-manado", {}),
          ("SIPADU (Sistem Informasi Pajak Daerah Terpadu)", "", "", "pemkot-samarinda", {}),
          ("Tapping Box Pajak Restoran", "Perekaman transaksi restoran untuk pemantauan pajak daerah", "", "pemkot-makassar", {}),
          ("e-Pajak Daerah", "", "Pajak daerah", "pemkab-kudus", {}),
          ("SIM PBB-P2", "Pendataan objek dan subjek PBB, penetapan SPPT", "", "pemkab-gianyar", {}),
          ("WaPaMa (Wajib Pajak Mandiri)", "Pendaftaran NPWPD, pelaporan omzet dan penerbitan kode bayar bagi usaha hotel, restoran dan hiburan", "", "pemkot-bekasi", {}),
          ("SIMPATDA (Sistem Informasi Manajemen Pendapatan Pajak Daerah)", "", "", "pemkab-sumbawa", {}),
          ("SIKAT (Sistem Informasi Kepatuhan Wajib Pajak)", "Pemeriksaan kepatuhan wajib pajak daerah dan penagihan tunggakan", "", "pemkab-jepara", {}),
      ])

group("retribusi",
      "Penetapan dan pembayaran retribusi daerah (pasar, parkir tepi jalan, sampah, tempat rekreasi). Not "
      "pajak daerah (including pajak parkir), not PNBP.",
      ("RAL.01", "RAB.09.02", "RAA.01.01"), [
          ("e-Retribusi", "Pembayaran retribusi daerah secara non tunai", "", "pemkot-surakarta", {"dpi": "dpi-pembayaran"}),
          ("Retribusi Pasar Online", "Penagihan retribusi los dan kios pasar dengan QRIS", "", "pemkab-sleman", {}),
          ("e-Parkir", "Retribusi parkir tepi jalan umum, juru parkir mencatat dengan aplikasi", "", "pemkot-bandung", {}),
          ("SIMRET (Sistem Informasi Retribusi)", "", "", "pemkab-bone", {}),
          ("Retribusi Sampah Elektronik", "Penetapan dan pembayaran retribusi persampahan rumah tangga dan usaha", "", "pemkot-balikpapan", {}),
          ("e-Retda", "", "retribusi daerah", "pemkab-kotawaringin-barat", {}),
          ("e-Ticketing Retribusi Wisata", "Karcis retribusi masuk tempat rekreasi milik pemda", "", "pemkab-bantul", {}),
      ])

group("ppid",
      "Layanan informasi publik PPID (daftar informasi publik, permohonan, keberatan, UU KIP). Not complaints "
      "(pengaduan), not satisfaction surveys, not whistleblowing.",
      ("RAL.01", "RAB.09.03", "RAA.01.01"), [
          ("e-PPID", "Permohonan informasi publik online", "", "pemkab-sragen", {}),
          ("PPID Online", "", "", "pemprov-jawa-timur", {}),
          ("Sistem Informasi PPID Kementerian", "Daftar informasi publik, permohonan dan keberatan", "", "kesdm", {}),
          ("Nyuwun Pirsa", "Daftar informasi publik, formulir permohonan informasi dan pengajuan keberatan sesuai UU Keterbukaan Informasi Publik", "", "pemprov-di-yogyakarta", {}),
          ("SI-PPID", "", "Keterbukaan informasi publik", "pemkot-blitar", {}),
          ("Layanan Informasi Publik Terpadu", "Pengelolaan DIP dan permohonan informasi dari masyarakat", "", "klhk", {}),
          ("e-PPID Kabupaten Sikka", "", "", "pemkab-sikka", {}),
          ("Portal PPID Utama", "", "", "pemkot-palembang", {}),
          ("Permohonan Informasi Online (PIO)", "Pemohon meminta salinan dokumen publik dan memantau status jawaban dalam 10 hari kerja", "", "bpom", {}),
          ("e-PPID Mobile", "", "", "pemkab-pati", {}),
      ])

group("skm",
      "Survei kepuasan masyarakat (IKM) atas unit layanan. Not complaints, not PPID.",
      ("RAL.02.08", "RAB.09.06", "RAA.01.02"), [
          ("e-SKM", "Survei kepuasan masyarakat terhadap unit layanan", "", "pemkab-sleman", {}),
          ("Survei Kepuasan Masyarakat Online", "", "", "pemkot-madiun", {}),
          ("Sambung Rasa", "Kuesioner 9 unsur pelayanan sesuai PermenPANRB, rekap nilai indeks per unit layanan", "", "pemkab-boyolali", {}),
          ("Indeks Kepuasan Masyarakat (IKM) Digital", "", "", "pemkot-mojokerto", {}),
          ("e-Survei Pelayanan", "", "survei kepuasan", "pemprov-bali", {}),
          ("Rating Layanan Kecamatan", "Warga menilai kepuasan layanan kecamatan melalui tablet di ruang tunggu", "", "pemkab-sumedang", {}),
      ])

group("wbs",
      "Whistleblowing system: confidential reports of misconduct, corruption, gratification by officials. "
      "Not public-service complaints.",
      ("RAL.02.08", "RAB.09.06", "RAA.01.02"), [
          ("WBS (Whistle Blowing System)", "Pelaporan dugaan pelanggaran oleh pegawai secara rahasia", "", "kemenkeu", {}),
          ("e-WBS Inspektorat", "", "", "pemkab-gresik", {}),
          ("Sistem Pelaporan Pelanggaran", "Pengaduan dugaan korupsi, gratifikasi dan pelanggaran kode etik ASN, identitas pelapor dirahasiakan", "", "pemprov-jawa-tengah", {}),
          ("Wani Lapor", "Kanal rahasia bagi pegawai dan masyarakat untuk melaporkan penyimpangan dan penyalahgunaan wewenang aparatur", "", "pemkot-semarang", {}),
      ])

group("jdih",
      "Dokumentasi dan informasi hukum (database of regulations); JDIHN (BPHN) is the national network. Not "
      "the drafting / harmonisation of draft regulations.",
      ("RAL.01", "RAB.09", "RAA.01.01"), [
          ("JDIHN", "Jaringan Dokumentasi dan Informasi Hukum Nasional; BPHN sebagai pusat jaringan mengintegrasikan dokumen hukum dari anggota JDIH", "", "kemenkumham", u(key="jdihn", tahun="2012")),
          ("JDIH", "Dokumentasi peraturan daerah dan peraturan bupati", "", "pemkab-purworejo", {}),
          ("JDIH Online", "", "", "pemkot-kediri", {}),
          ("Jaringan Dokumentasi dan Informasi Hukum", "", "", "pemprov-sumatera-utara", {}),
          ("e-Perda", "Kumpulan produk hukum daerah: perda, perbup dan keputusan bupati", "", "pemkab-aceh-besar", {}),
          ("Katalog Produk Hukum Daerah", "Pencarian peraturan daerah dan abstrak hukum", "", "pemkot-pekalongan", {}),
          ("Si Produk Hukum", "", "", "pemkab-bojonegoro", {}),
          ("JDIH Kementerian Pertanian", "Database peraturan menteri dan keputusan menteri", "", "kementan", {}),
          ("Pustaka Hukum Daerah", "Arsip digital peraturan daerah dan monografi hukum untuk anggota jaringan dokumentasi hukum", "", "pemkab-wonosobo", {}),
          ("JDIH Mobile", "", "", "pemkot-tangerang", {}),
      ])

group("harmonisasi",
      "Penyusunan, fasilitasi dan harmonisasi rancangan peraturan daerah (legislative drafting workflow). Not "
      "JDIH publication of enacted regulations.",
      ("RAL.02.01", "RAB.09.01", "RAA.02"), [
          ("e-Harmonisasi Raperda", "Pengajuan, pembahasan dan harmonisasi rancangan peraturan daerah bersama Kanwil", "", "pemprov-jawa-timur", {}),
          ("Sistem Informasi Legislasi Daerah", "Tahapan pembentukan perda: propemperda, naskah akademik, pembahasan raperda", "", "pemkot-surabaya", {}),
          ("Saluyu", "Fasilitasi dan penyelarasan rancangan produk hukum daerah antara bagian hukum dan perangkat daerah sebelum ditetapkan", "", "pemkab-bandung", {}),
          ("e-Fasilitasi Produk Hukum", "", "Fasilitasi raperda kabupaten/kota oleh provinsi", "pemprov-sulawesi-utara", {}),
      ])

group("arsip-statis",
      "Pengelolaan dan layanan arsip statis (depo arsip, digitalisasi arsip sejarah, akses). Not dynamic "
      "records / official correspondence (SRIKANDI).",
      ("RAL.01", "RAB.09", "RAA.02"), [
          ("Sistem Informasi Arsip Statis", "Pengolahan, deskripsi dan layanan akses arsip statis di depo arsip daerah", "", "pemprov-jawa-tengah", {}),
          ("Gedhong Arsip", "Digitalisasi arsip bersejarah dan layanan penelusuran arsip bagi peneliti", "", "pemkab-kebumen", {}),
          ("e-Arsip Statis", "", "", "pemprov-sumatera-barat", {}),
          ("Khazanah Arsip Daerah Online", "Penelusuran daftar arsip statis, foto dan peta lama milik lembaga kearsipan daerah", "", "pemkot-banda-aceh", {}),
      ])

group("umkm",
      "Pendataan, pembinaan dan pemasaran usaha mikro kecil (UMKM). Not cooperatives, not business licensing.",
      ("RAL.01", "RAB.02", "RAA.02"), [
          ("Data UMKM", "Pendataan usaha mikro dan kecil", "", "pemkab-lamongan", {}),
          ("e-Katalog UMKM", "Katalog produk UMKM lokal untuk pemasaran", "", "pemkab-kudus", {}),
          ("Nglarisi", "Lapak daring produk pelaku usaha mikro binaan dinas, pesan antar dan promosi", "", "pemkab-kebumen", {}),
          ("Sistem Informasi UMKM Terpadu", "", "", "pemprov-jawa-barat", {}),
          ("Pasar UMKM Online", "", "", "pemkot-cimahi", {}),
          ("SI-UMKM", "Database pelaku usaha mikro, pelatihan dan pendampingan", "", "pemkab-gowa", {}),
          ("Etalase Usaha Mikro", "", "", "pemkab-banyumas", {}),
      ])

group("koperasi",
      "Pembinaan dan pengawasan koperasi (data koperasi, RAT, kesehatan koperasi). Not UMKM, not PNBP "
      "(the SIMPONI here is a cooperative monitor).",
      ("RAL.01", "RAB.02", "RAA.02"), [
          ("SIMPONI (Sistem Informasi Monitoring Koperasi)", "Monitoring kesehatan koperasi dan laporan RAT", "", "pemkot-blitar", {}),
          ("Sistem Informasi Koperasi", "Pendataan koperasi aktif, laporan RAT dan penilaian kesehatan", "", "pemprov-jawa-tengah", {}),
          ("e-Koperasi", "", "", "pemkab-sidoarjo", {}),
          ("Babarengan", "Pembinaan badan usaha koperasi: registrasi anggota, laporan keuangan dan jadwal rapat anggota tahunan", "", "pemkab-cianjur", {}),
          ("SI-KOP", "Basis data koperasi nasional dan nomor induk koperasi", "", "kemenkopukm", {}),
      ])

group("pnbp",
      "Billing dan pembayaran Penerimaan Negara Bukan Pajak (PNBP); SIMPONI (Kemenkeu) is national. Not the "
      "cooperative monitor also called SIMPONI, not retribusi daerah.",
      ("RAL.01", "RAB.09.02", "RAA.01.01"), [
          ("SIMPONI", "Sistem Informasi PNBP Online Kemenkeu: pembuatan billing dan pembayaran penerimaan negara bukan pajak", "", "kemenkeu", u(key="simponi", dpi="dpi-pembayaran")),
          ("e-PNBP", "Pembayaran PNBP layanan karantina dan sertifikasi", "", "kementan", {}),
          ("Billing PNBP Online", "", "", "kemenhub", {}),
          ("Aplikasi Penerimaan Negara Bukan Pajak Layanan Laboratorium", "Penerbitan kode billing tarif PNBP layanan uji laboratorium", "", "brin", {}),
      ])

group("perizinan-berusaha",
      "Perizinan berusaha (NIB, izin usaha); OSS-RBA is the national system. Not non-business permits (izin "
      "praktik, reklame, penelitian).",
      ("RAL.01", "RAB.02", "RAA.01.01"), [
          ("OSS-RBA (Online Single Submission Risk Based Approach)", "Perizinan berusaha berbasis risiko secara elektronik: penerbitan NIB dan izin usaha", "", "kementerian-investasi", u(key="oss", tahun="2021")),
          ("Sistem Perizinan Usaha Terpadu", "Izin usaha perdagangan dan tanda daftar perusahaan", "", "pemkab-jember", {"status": "tidak aktif"}),
          ("SIMPERIZINAN Usaha", "", "", "pemkot-tasikmalaya", {}),
          ("e-Perijinan Usaha", "Pelayanan ijin usaha industri dan perdagangan", "", "pemkab-ngawi", {}),
          ("Si Ijin Berusaha", "", "", "pemprov-kalimantan-selatan", {}),
          ("Layanan NIB Mandiri", "Pendampingan pelaku usaha mendapatkan NIB dan izin usaha sektor perdagangan", "", "pemkab-kendal", {}),
          ("Perizinan Berusaha Terintegrasi Kota", "Penerbitan izin usaha sektor perdagangan dan jasa di DPMPTSP", "", "pemkot-jambi", {}),
      ])

group("perizinan-nonberusaha",
      "Perizinan non-berusaha di DPMPTSP / Kesbangpol (izin praktik tenaga kesehatan, izin reklame, rekomendasi "
      "penelitian). Not OSS business licensing, not pajak reklame.",
      ("RAL.01", "", "RAA.02"), [
          ("Si Cantik (Sistem Izin Cepat dan Terpadu Online)", "Perizinan non-berusaha di DPMPTSP: izin praktik tenaga kesehatan, izin reklame, izin penelitian", "", "pemkab-magelang", {}),
          ("SIMPEL (Sistem Informasi Pelayanan Perizinan Elektronik)", "Ijin praktek dokter, bidan, apoteker dan izin reklame", "", "pemkot-batu", {}),
          ("e-Izin Praktik Nakes", "Permohonan surat izin praktik tenaga kesehatan secara online", "", "pemkot-bogor", {}),
          ("Perijinan Online Non Usaha", "", "", "pemkab-kudus", {}),
          ("SiPerak (Sistem Perizinan Reklame)", "Permohonan izin penyelenggaraan reklame dan penentuan titik reklame", "", "pemkot-denpasar", {}),
          ("Rekomendasi Izin Penelitian Online", "Penerbitan surat keterangan penelitian bagi mahasiswa dan peneliti oleh Kesbangpol", "", "pemprov-di-yogyakarta", {}),
      ])

group("puskesmas",
      "Sistem informasi manajemen puskesmas (pendaftaran, rekam medis, farmasi, laporan). Not hospitals (SIMRS), "
      "not the national data exchange (SATUSEHAT), not stunting monitoring.",
      ("RAL.01", "RAB.04", "RAA.02"), [
          ("SIMPUS", "Sistem informasi manajemen puskesmas: pendaftaran, rekam medis, resep, laporan LB1", "", "pemkab-cilacap", {}),
          ("e-Puskesmas", "", "", "pemkot-semarang", {}),
          ("Rekam Medis Elektronik Puskesmas", "RME pelayanan rawat jalan di puskesmas", "", "pemkab-temanggung", {}),
          ("Tatamba", "Antrean, pemeriksaan pasien, apotek dan laboratorium di pusat kesehatan masyarakat serta pelaporan bulanan ke dinas kesehatan", "", "pemkab-garut", {}),
          ("SIMPUS Online", "", "", "pemkab-bojonegoro", {}),
          ("Sistem Informasi Puskesmas Terintegrasi", "", "", "pemkot-tegal", {}),
          ("ePuskesmas Mobile", "Pendaftaran pasien puskesmas dari rumah dan riwayat kunjungan", "", "pemkab-jayapura", {}),
          ("SIMPUSKESMAS", "", "Pelayanan kesehatan dasar", "pemkab-kampar", {}),
      ])

group("simrs",
      "Sistem informasi manajemen rumah sakit daerah (RSUD). Not puskesmas, not SATUSEHAT.",
      ("RAL.01", "RAB.04", "RAA.02"), [
          ("SIMRS", "Sistem informasi manajemen rumah sakit: pendaftaran, rawat jalan, rawat inap, billing, farmasi", "", "pemkab-karanganyar", {}),
          ("SIMRS RSUD", "", "", "pemprov-nusa-tenggara-timur", {}),
          ("SIM Rumah Sakit Terintegrasi", "Billing pasien BPJS, bridging VClaim dan rekam medis", "", "pemkot-medan", {}),
          ("e-Hospital", "", "", "pemkab-badung", {}),
          ("Sistem Informasi RSUD Kabupaten", "Manajemen pelayanan rumah sakit umum daerah", "", "pemkab-lombok-timur", {}),
          ("SIMRS v2", "", "", "pemkot-depok", {"status": "pengembangan"}),
          ("Hospital Information System RSJ", "Sistem informasi rumah sakit jiwa provinsi: rawat inap, IGD, farmasi", "", "pemprov-lampung", {}),
          ("Waras", "Pendaftaran pasien, rawat inap, kamar operasi, billing dan klaim BPJS di RSUD", "", "pemkab-kebumen", {}),
      ])

group("satusehat",
      "Interoperabilitas / pertukaran data rekam medis antar fasilitas kesehatan; SATUSEHAT (Kemenkes) is "
      "national. Not the facility information systems themselves.",
      ("RAL.01", "RAB.04", "RAA.01.01"), [
          ("SATUSEHAT", "Platform interoperabilitas data kesehatan Kemenkes; fasilitas pelayanan kesehatan mengirim data rekam medis elektronik ke platform", "", "kemenkes", u(key="satusehat", tahun="2022", dpi="dpi-pertukaran-data")),
          ("Bridging Data Kesehatan Terpadu", "Integrasi data pasien antar fasilitas kesehatan (RS, puskesmas, klinik) kota", "", "pemkot-surabaya", {}),
          ("Health Data Exchange Provinsi", "", "Pertukaran data kesehatan", "pemprov-dki-jakarta", {}),
          ("Integrasi Rekam Medis Daerah", "Menghimpun ringkasan rekam medis dari seluruh fasyankes kabupaten dalam satu basis data", "", "pemkab-banyuwangi", {}),
      ])

group("dtks",
      "Data terpadu kesejahteraan sosial / data kemiskinan (usulan, verifikasi, pemutakhiran); SIKS-NG "
      "(Kemensos) is national. Not grant (hibah) proposals, not stunting.",
      ("RAL.01", "RAB.04", "RAA.01.01"), [
          ("SIKS-NG", "Sistem Informasi Kesejahteraan Sosial Next Generation Kemensos untuk pengelolaan Data Terpadu Kesejahteraan Sosial (DTKS)", "", "kemensos", u(key="siksng")),
          ("Sistem Data Kemiskinan Daerah", "", "", "pemkab-tuban", {}),
          ("SIDAK (Sistem Informasi Data Kemiskinan)", "Verifikasi dan validasi data warga miskin", "", "pemkab-lamongan", {}),
          ("e-DTKS", "Usulan dan pemutakhiran DTKS dari desa", "", "pemkab-sikka", {}),
          ("Data Terpadu Kesejahteraan Sosial Online", "", "", "pemprov-gorontalo", {}),
          ("Sistem Informasi Penerima Bansos", "Basis data penerima bantuan sosial dan fakir miskin", "", "pemkot-pontianak", {}),
          ("Ngopeni Warga", "Pendataan rumah tangga miskin oleh pendamping desa, foto rumah dan usulan masuk DTKS", "", "pemkab-magelang", {}),
          ("Basis Data Terpadu PPKS", "", "", "pemkab-deli-serdang", {}),
      ])

group("ppdb",
      "Penerimaan peserta didik baru (zonasi, afirmasi, prestasi). No national platform in the reference.",
      ("RAL.01", "RAB.06", "RAA.02"), [
          ("PPDB Online", "Penerimaan peserta didik baru jalur zonasi, afirmasi dan prestasi", "", "pemkot-yogyakarta", {}),
          ("e-PPDB", "", "", "pemkab-gresik", {}),
          ("Sistem Penerimaan Murid Baru", "", "", "pemprov-jawa-barat", {}),
          ("Sakola Online", "Pendaftaran siswa baru SD dan SMP negeri: seleksi zonasi berdasarkan jarak dan pengumuman hasil", "", "pemkab-purwakarta", {}),
          ("PPDB SMP Negeri", "", "", "pemkot-malang", {}),
          ("Daftar Sekolah Online", "Pendaftaran peserta didik baru TK sampai SMP", "", "pemkab-pringsewu", {}),
      ])

group("adminduk-online",
      "Permohonan dokumen kependudukan (KK, akta, pindah datang, KIA) secara daring di Dukcapil daerah. Not the "
      "digital ID itself (IKD), not kecamatan/kelurahan surat keterangan.",
      ("RAL.01", "RAB.03.07", "RAA.02"), [
          ("Dukcapil Online", "Permohonan dokumen kependudukan online: KK, akta kelahiran, pindah datang", "", "pemkot-bekasi", {}),
          ("Layanan Adminduk Daring", "", "", "pemkab-kulon-progo", {}),
          ("Si Dukun (Sistem Informasi Dukcapil Untuk Negeri)", "Pengajuan akta kelahiran, akta kematian, KIA dan perubahan KK tanpa datang ke kantor", "", "pemkab-lumajang", {}),
          ("Akta Online", "Pengurusan akta kelahiran bayi langsung dari rumah sakit", "", "pemkot-mojokerto", {}),
          ("e-Adminduk", "", "", "pemkab-tasikmalaya", {}),
          ("PAKEMON (Pelayanan Kependudukan Online)", "", "", "pemkot-gorontalo", {}),
          ("Ngurus Dhewe", "Warga mengurus sendiri kartu keluarga, akta dan surat pindah lewat ponsel; dokumen dicetak mandiri di kertas HVS", "", "pemkab-boyolali", {}),
          ("Adminduk Jemput Bola Mobile", "Perekaman data dan pengajuan dokumen kependudukan oleh petugas keliling", "", "pemkab-sambas", {}),
      ])

group("paten-kecamatan",
      "Pelayanan administrasi terpadu kecamatan / kelurahan (PATEN): surat keterangan, pengantar, rekomendasi. "
      "Not Dukcapil documents, not village-government information systems.",
      ("RAL.01", "RAB.09.01", "RAA.02"), [
          ("Sipaten", "Sistem informasi pelayanan administrasi terpadu kecamatan (PATEN)", "", "pemkab-karanganyar", {}),
          ("SIPRAJA", "Layanan surat keterangan dan rekomendasi kecamatan dan kelurahan secara online: SKTM, domisili, pengantar nikah", "", "pemkab-lamongan", {}),
          ("e-Kelurahan", "", "", "pemkot-medan", {}),
          ("Pelyanan Kecamatan Online", "Pengajuan surat keterangan usaha, domisili dan ahli waris di kantor kecamatan", "", "pemkab-bandung", {}),
          ("SIPANDAI (Sistem Pelayanan Administrasi Terpadu Kecamatan dan Kelurahan)", "", "", "pemkab-minahasa", {}),
          ("Surat Pengantar RT/RW Online", "Warga meminta surat pengantar RT/RW dan kelurahan secara daring", "", "pemkot-cimahi", {}),
      ])

group("splp",
      "Interoperabilitas / API gateway antar aplikasi pemerintah; SPLP (Komdigi) is national. Not SSO, not "
      "open-data portals.",
      ("RAL.02.09", "RAB.09.03", "RAA.01.02"), [
          ("SPLP (Sistem Penghubung Layanan Pemerintah)", "API gateway dan interoperabilitas layanan pemerintah nasional", "", "komdigi", u(key="splp", dpi="dpi-pertukaran-data")),
          ("API Gateway Pemprov", "Pertukaran data antar aplikasi OPD melalui API", "", "pemprov-jawa-timur", {}),
          ("Enterprise Service Bus Daerah", "", "", "pemkot-semarang", {}),
          ("Integrasi Data Antar Aplikasi (INTAN)", "Layanan web service agar aplikasi OPD saling bertukar data kependudukan, pajak dan perizinan", "", "pemkab-banyuwangi", {}),
          ("Sistem Penghubung Layanan Kementerian", "", "", "kemnaker", {}),
      ])

group("satu-data",
      "Portal data terbuka / katalog data sektoral (Satu Data); Satu Data Indonesia (data.go.id) is national. "
      "Not API interoperability, not executive dashboards.",
      ("RAL.02.09", "RAB.09.03", "RAA.01.02"), [
          ("Satu Data Indonesia (data.go.id)", "Portal katalog data terbuka nasional; sekretariat Satu Data Indonesia di Bappenas", "", "bappenas", u(key="sdi", tahun="2019", url="https://data.go.id")),
          ("Portal Satu Data Kabupaten", "Publikasi dataset sektoral OPD", "", "pemkab-boyolali", {}),
          ("Open Data Provinsi", "", "", "pemprov-jawa-barat", {}),
          ("Lumbung Data", "Katalog dataset statistik sektoral perangkat daerah yang dapat diunduh publik, lengkap dengan metadata dan walidata", "", "pemkab-kediri", {}),
          ("Satu Data Kota", "", "", "pemkot-bandung", {}),
          ("Portal Data Sektoral", "", "", "pemprov-sumatera-barat", {}),
          ("Open Data Kota Pekalongan", "", "", "pemkot-pekalongan", {}),
          ("Bank Data Pembangunan", "Kumpulan data statistik pembangunan daerah dari seluruh OPD untuk publik", "", "pemkab-jombang", {}),
      ])

group("keuangan-desa",
      "Pengelolaan keuangan desa (APBDes, penatausahaan, SPJ dana desa); Siskeudes is national. Not "
      "village-government administration, not pemda finance.",
      ("RAL.02.02", "RAB.09.01", "RAA.01.02"), [
          ("Siskeudes (Sistem Keuangan Desa)", "Aplikasi Kemendagri dan BPKP untuk APBDes, penatausahaan dan pelaporan keuangan desa", "", "bpkp", u(key="siskeudes")),
          ("Sistem Informasi Keuangan Desa", "", "", "pemkab-malang", {}),
          ("Simdes Keuangan", "Penyusunan APBDes dan SPJ dana desa", "", "pemkab-gowa", {}),
          ("Pengelolaan Keuangan Desa Online", "", "", "pemkab-banjar", {}),
          ("APBDes Online", "", "", "pemkab-tanah-laut", {}),
      ])

group("administrasi-desa",
      "Sistem informasi administrasi dan profil pemerintahan desa (buku administrasi desa, data penduduk desa, "
      "potensi desa). Not village finance, not the madrasah system also called SIMADE.",
      ("RAL.02.01", "RAB.09.01", "RAA.02"), [
          ("SIMADE (Sistem Informasi Manajemen Desa)", "Profil desa, data penduduk desa dan buku administrasi pemerintahan desa", "", "pemkab-sumbawa", {}),
          ("Sistem Informasi Desa (SID)", "", "", "pemkab-gunungkidul", {}),
          ("e-Desa", "Administrasi pemerintahan desa: buku induk penduduk, profil dan potensi desa", "", "pemkab-banyumas", {}),
          ("Tilik Desa", "Data kependudukan tingkat desa, buku aparat desa, peraturan desa dan potensi wilayah untuk setiap pemerintah desa", "", "pemkab-wonogiri", {}),
          ("SiDesa Terpadu", "", "", "pemkab-agam", {}),
          ("Digitalisasi Administrasi Desa", "Buku administrasi umum desa (peraturan desa, aparat, inventaris) dalam bentuk elektronik", "", "pemkab-halmahera-utara", {}),
      ])

group("perpustakaan",
      "Otomasi dan layanan perpustakaan daerah (OPAC, sirkulasi, e-book). Not the LKPP e-Katalog.",
      ("RAL.01", "RAB.06", "RAA.02"), [
          ("Perpustakaan Digital", "Peminjaman e-book untuk anggota perpustakaan daerah", "", "pemkab-sleman", {}),
          ("e-Katalog Perpustakaan", "Katalog online (OPAC) koleksi buku perpustakaan daerah", "", "pemkot-magelang", {}),
          ("Sistem Otomasi Perpustakaan", "", "", "pemprov-kalimantan-timur", {}),
          ("Maca", "Membaca dan meminjam buku digital, keanggotaan dan sirkulasi di perpustakaan daerah", "", "pemkab-klaten", {}),
          ("SIPERPUS", "", "Perpustakaan", "pemkot-kendari", {}),
      ])

group("stunting",
      "Pemantauan dan percepatan penurunan stunting (pengukuran balita, status gizi, aksi konvergensi). Not "
      "puskesmas records, not DTKS, not school meals.",
      ("RAL.01", "RAB.04", "RAA.02"), [
          ("Dashboard Stunting", "Pemantauan prevalensi stunting per desa", "", "pemkab-pati", {}),
          ("e-Stunting", "Pencatatan pengukuran balita posyandu dan intervensi gizi", "", "pemkab-sikka", {}),
          ("Nyaah Budak", "Aplikasi kader posyandu: tinggi dan berat badan balita, status gizi, rujukan balita berisiko gagal tumbuh", "", "pemkab-sumedang", {}),
          ("SI-Cegah Stunting", "", "", "pemprov-nusa-tenggara-timur", {}),
          ("Aksi Konvergensi Stunting Online", "Pelaporan 8 aksi konvergensi penurunan stunting kabupaten", "", "pemkab-gowa", {}),
      ])

group("kebencanaan",
      "Informasi dan pelaporan kejadian bencana (BPBD: kaji cepat, korban, logistik). Not public-service "
      "complaints.",
      ("RAL.01", "RAB.05", "RAA.02"), [
          ("SIGAP Bencana", "Pelaporan kejadian bencana dan kaji cepat oleh BPBD", "", "pemkab-cilacap", {}),
          ("Sistem Informasi Kebencanaan", "", "", "pemprov-sumatera-barat", {}),
          ("Lapor Bencana", "Masyarakat melaporkan kejadian banjir dan longsor dengan foto dan lokasi; BPBD menindaklanjuti", "", "pemkab-garut", {}),
          ("e-Pusdalops", "Pusat pengendalian operasi: data kejadian, korban dan logistik bencana", "", "pemkab-bojonegoro", {}),
      ])

group("monev-pembangunan",
      "Monitoring, evaluasi dan pengendalian realisasi fisik/keuangan kegiatan pembangunan daerah. Not SIPD "
      "budgeting, not SAKIP, not the school BOS monitor also called SIMONEV.",
      ("RAL.02.03", "RAB.09.05.06", "RAA.02"), [
          ("SIMONEV", "Monitoring dan evaluasi realisasi fisik dan keuangan kegiatan APBD", "", "pemkab-klaten", {}),
          ("e-Monev", "", "", "pemkot-denpasar", {}),
          ("e-Lapor Pembangunan", "Laporan realisasi kegiatan OPD per bulan dan foto progres fisik", "", "pemkab-kutai-kartanegara", {}),
          ("Si Dalang (Sistem Pengendalian Pembangunan)", "", "", "pemkab-sragen", {}),
          ("Pengendalian Pembangunan Online", "Pemantauan progres paket pekerjaan dan serapan anggaran", "", "pemprov-banten", {}),
          ("SIMONEV APBD", "", "", "pemkot-balikpapan", {}),
          ("e-Dalbang", "Evaluasi dan pengendalian pelaksanaan RKPD triwulanan", "", "pemkot-manado", {}),
      ])

group("pengawasan-apip",
      "Pengawasan internal APIP / Inspektorat (perencanaan audit, kertas kerja, temuan, tindak lanjut). Not "
      "whistleblowing, not SAKIP evaluation.",
      ("RAL.02.07", "RAB.09.06", "RAA.02"), [
          ("SIDAK (Sistem Informasi Data Audit dan Kinerja Pengawasan)", "Pengelolaan penugasan audit Inspektorat, kertas kerja dan temuan", "", "pemkab-bantul", {}),
          ("e-Audit", "", "", "pemprov-riau", {}),
          ("Sistem Informasi Tindak Lanjut Hasil Pemeriksaan", "Pemantauan tindak lanjut rekomendasi temuan BPK dan Inspektorat", "", "pemkot-samarinda", {}),
          ("Si Awas", "Rencana pengawasan tahunan, penugasan reviu dan audit, laporan hasil pengawasan dan tindak lanjutnya", "", "pemkab-pacitan", {}),
      ])

group("bursa-kerja",
      "Bursa kerja / informasi lowongan dan pencari kerja. Not personnel management.",
      ("RAL.01", "RAB.06", "RAA.02"), [
          ("SIAP Kerja (Sistem Informasi Antar Kerja dan Pencari Kerja)", "Bursa kerja online: lowongan dan pendaftaran pencari kerja", "", "pemkab-karawang", {}),
          ("Bursa Kerja Online", "", "", "pemkot-cirebon", {}),
          ("Job Fair Virtual", "Pameran lowongan kerja daring perusahaan lokal", "", "pemkot-bekasi", {}),
          ("e-Loker", "Informasi lowongan kerja dan pendaftaran pencari kerja", "", "pemkab-kendal", {}),
          ("Golek Gawe", "Mempertemukan pencari kerja dan perusahaan: unggah CV, lowongan, jadwal wawancara", "", "pemkab-sragen", {}),
      ])

# ---------------------------------------------------------------------------
# Singletons: in no group. (nama, deskripsi, fungsi, instansi, opts, codes)
# ---------------------------------------------------------------------------
SINGLETONS = [
    # national platforms without local duplicates in this set
    ("SPAN (Sistem Perbendaharaan dan Anggaran Negara)", "Sistem perbendaharaan Kemenkeu untuk pengelolaan anggaran dan pencairan dana APBN", "", "kemenkeu", u(key="span"), ("RAL.02.02", "RAB.09.02", "RAA.01.02")),
    ("PDN (Pusat Data Nasional)", "Pusat data bersama nasional untuk penempatan sistem elektronik instansi pemerintah", "", "komdigi", u(key="pdn"), ("", "", "")),
    ("IKD (Identitas Kependudukan Digital)", "KTP digital pada ponsel, aktivasi dilakukan di Dinas Dukcapil", "", "kemendagri", u(key="ikd", dpi="dpi-identitas-digital"), ("RAL.01", "RAB.03.07", "RAA.01.01")),
    ("INApas", "Single sign-on dan dompet identitas digital untuk layanan pemerintah, dikembangkan INA Digital/Peruri bersama Dukcapil dan BSSN", "", "ina-digital", u(key="inapas", tahun="2024", dpi="dpi-identitas-digital"), ("RAL.01", "", "RAA.01.01")),
    ("SiRUP (Sistem Informasi Rencana Umum Pengadaan)", "Pengumuman rencana umum pengadaan barang/jasa kementerian, lembaga dan pemerintah daerah", "", "lkpp", u(key="sirup"), ("RAL.02.06", "RAB.09.02", "RAA.01.02")),
    ("KRISNA", "Kolaborasi perencanaan dan informasi kinerja anggaran kementerian/lembaga", "", "bappenas", u(key="krisna"), ("RAL.02.03", "RAB.09.05", "RAA.01.02")),
    ("Dapodik (Data Pokok Pendidikan)", "Pendataan satuan pendidikan, peserta didik, pendidik dan tenaga kependidikan", "", "kemendikbudristek", u(key="dapodik"), ("RAL.01", "RAB.06", "RAA.01.01")),
    # acronym traps
    ("SIMADE (Sistem Informasi Manajemen Madrasah)", "Data madrasah, guru, siswa dan rapor madrasah ibtidaiyah", "", "kemenag", {}, ("RAL.01", "RAB.08", "RAA.02")),
    ("SIMAK (Sistem Informasi Manajemen Akademik)", "KRS, nilai dan jadwal kuliah taruna politeknik", "", "kemenhub", {}, ("", "RAB.06", "")),
    ("SIMPEL (Sistem Informasi Pengelolaan Limbah B3)", "Pelaporan pengelolaan limbah B3 oleh perusahaan kepada DLH", "", "pemkab-gresik", {}, ("RAL.01", "RAB.07", "RAA.02")),
    ("SIPANDAI (Sistem Informasi Pantauan Air Irigasi)", "Debit air saluran irigasi dan jadwal gilir air untuk petani", "", "pemkab-klaten", {}, ("", "RAB.07", "")),
    ("SIMONEV Dana BOS", "Pemantauan penggunaan dana BOS oleh sekolah", "", "pemkab-lamongan", {}, ("RAL.01", "RAB.06", "")),
    ("SIMANIS (Sistem Informasi Manajemen Nilai Siswa)", "Pengolahan nilai dan rapor digital siswa SD-SMP", "", "pemkot-yogyakarta", {}, ("", "", "")),
    ("SIKAT (Sistem Informasi Kesenian dan Adat Tradisi)", "Data sanggar seni, seniman dan kalender event budaya", "", "pemkab-gianyar", {}, ("RAL.01", "RAB.08", "")),
    ("e-Lelang Ikan", "Pelelangan ikan hasil tangkapan di TPI secara elektronik", "", "pemkab-pati", {}, ("RAL.01", "RAB.07", "")),
    # generic names
    ("SMS Gateway", "Pengiriman SMS pengingat jatuh tempo PBB kepada wajib pajak", "", "pemkab-gianyar", {}, ("", "", "")),
    ("SMS Gateway Puskesmas", "Pengingat jadwal imunisasi dan kunjungan ibu hamil lewat SMS", "", "pemkab-temanggung", {}, ("", "", "")),
    ("SMS Gateway", "", "", "kemensos", {}, ("", "", "")),
    ("Dashboard Eksekutif", "Tampilan ringkas data pendapatan, belanja, kependudukan dan kesehatan dari aplikasi OPD untuk pimpinan daerah", "", "pemkab-bojonegoro", {}, ("RAL.02.09", "", "")),
    ("Dashboard COVID-19", "Sebaran kasus dan capaian vaksinasi COVID-19", "", "pemkot-bogor", {"status": "tidak aktif", "tahun": "2020"}, ("", "", "")),
    ("Dashboard", "", "", "pemkab-kampar", {}, ("", "", "")),
    ("Website Resmi Pemerintah Kabupaten Ngawi", "Portal berita dan informasi pemerintah kabupaten", "", "pemkab-ngawi", {}, ("", "RAB.09.04", "")),
    ("Website Resmi Dinas Pariwisata", "", "", "pemprov-bali", {}, ("", "", "")),
    ("Website Resmi", "", "", "bnpt", {}, ("", "", "")),
    ("e-Katalog Destinasi Wisata", "Daftar destinasi, homestay dan paket wisata daerah", "", "pemkab-banyuwangi", {}, ("RAL.01", "RAB.02", "")),
    ("SSO Pegawai", "Login tunggal pegawai ke aplikasi internal OPD menggunakan NIP", "", "pemkot-madiun", {}, ("", "", "")),
    # unique local functions
    ("Sistem Informasi Tata Ruang", "Peta rencana detail tata ruang (RDTR) interaktif untuk masyarakat", "", "pemkot-palembang", {}, ("RAL.01", "RAB.03", "")),
    ("SIG Jalan dan Jembatan", "Data kondisi ruas jalan dan jembatan kabupaten", "", "pemkab-jember", {}, ("", "RAB.03", "")),
    ("Among Tani", "Data kelompok tani, luas lahan dan alokasi pupuk bersubsidi", "", "pemkab-ponorogo", {}, ("RAL.01", "RAB.07", "")),
    ("Sistem Billing Air Minum", "Tagihan rekening air pelanggan PDAM", "", "pemkab-kebumen", {}, ("", "", "")),
    ("e-Voting Pilkades", "Pemungutan suara pemilihan kepala desa secara elektronik", "", "pemkab-boyolali", {}, ("", "RAB.09.01", "")),
    ("Sistem Informasi Pemakaman", "Data petak makam TPU, pencarian lokasi makam dan pendaftaran pemakaman", "", "pemkot-tegal", {}, ("", "", "")),
    ("ATCS (Area Traffic Control System)", "Pengendalian lampu lalu lintas dan pemantauan CCTV simpang", "", "pemkot-surakarta", {}, ("RAL.01", "RAB.05", "")),
    ("Bank Sampah Digital", "Tabungan nasabah bank sampah, penimbangan dan harga sampah", "", "pemkot-malang", {}, ("", "RAB.07", "")),
    ("Sistem Informasi Cagar Budaya", "Inventaris objek cagar budaya dan status penetapannya", "", "pemprov-di-yogyakarta", {}, ("", "RAB.08", "")),
    ("Aplikasi Hibah Bansos", "Pengajuan proposal hibah dan bantuan sosial oleh lembaga ke pemda, verifikasi dan pencairan", "", "pemprov-sulawesi-selatan", {}, ("", "RAB.09.02", "")),
    ("Sistem Informasi Beasiswa Daerah", "Pendaftaran dan seleksi beasiswa mahasiswa berprestasi", "", "pemprov-kalimantan-timur", {}, ("RAL.01", "RAB.06", "")),
    ("Sistem Informasi Rumah Tidak Layak Huni", "Pendataan rumah tidak layak huni dan bantuan bedah rumah", "", "pemkab-gowa", {}, ("", "RAB.03", "")),
    ("e-KIR", "Pendaftaran uji berkala kendaraan angkutan, hasil uji dan buku uji", "", "pemkab-sidoarjo", {}, ("RAL.01", "RAB.05", "")),
    ("Pantau Harga Pangan", "Harga harian komoditas pangan di pasar tradisional", "", "pemprov-jawa-tengah", {}, ("", "RAB.02", "")),
    ("Sistem Informasi Perikanan Tangkap", "Data produksi ikan dan armada kapal nelayan", "", "pemkab-tuban", {}, ("", "RAB.07", "")),
    ("Antrean Online Mal Pelayanan Publik", "Pengambilan nomor antrean layanan di MPP", "", "pemkot-pekanbaru", {}, ("", "", "")),
    ("Sistem Informasi Kualitas Udara", "Data ISPU dari stasiun pemantau kualitas udara", "", "pemprov-dki-jakarta", {}, ("", "RAB.07", "")),
    ("Sistem Informasi Pengelolaan Zakat ASN", "Pencatatan zakat ASN dan penyaluran kepada mustahik", "", "pemkab-bireuen", {}, ("", "RAB.08", "")),
    ("Sistem Pemantauan Kapal Patroli", "Posisi dan status operasional kapal patroli", "", "bakamla", {}, ("", "RAB.01", "")),
    ("Aplikasi Laboratorium Kesehatan Daerah", "Pendaftaran sampel, hasil uji laboratorium klinik dan lingkungan", "", "pemprov-jawa-barat", {}, ("RAL.01", "RAB.04", "")),
    ("Sistem Informasi Rumah Potong Hewan", "Jadwal pemotongan, pemeriksaan ante mortem dan post mortem di RPH", "", "pemkot-bandar-lampung", {}, ("", "RAB.07", "")),
    ("Jaga Praja", "Jadwal patroli dan pelaporan penertiban pedagang kaki lima oleh Satpol PP", "", "pemkot-probolinggo", {}, ("RAL.01", "RAB.05", "")),
    ("Sistem Informasi Peta Kerawanan Pangan", "", "Ketahanan pangan", "pemprov-nusa-tenggara-barat", {}, ("", "", "")),
]

# ---------------------------------------------------------------------------
# Proposals
# ---------------------------------------------------------------------------
PROPOSALS_SERVED = [
    ("Kanal Keluhan Warga atas Layanan Publik", "Warga menyampaikan keluhan tentang layanan dinas dan kecamatan lalu dapat memantau tanggapan dan tindak lanjutnya", "key:lapor"),
    ("Aplikasi Tata Naskah dan Disposisi Elektronik", "Pembuatan nota dinas dan surat keluar, pencatatan surat masuk, disposisi pimpinan dan penyimpanan arsip aktif perangkat daerah", "key:srikandi"),
    ("Sistem Data SDM Aparatur Terpadu", "Data induk ASN, riwayat kepangkatan dan jabatan, usul kenaikan pangkat, mutasi dan pensiun", "key:siasn"),
    ("Aplikasi Penilaian Sasaran Kerja Individu", "Penyusunan sasaran kerja tiap pegawai, catatan kegiatan harian dan penilaian oleh atasan langsung", "key:ekinerja"),
    ("Aplikasi Kehadiran Aparatur Berbasis Lokasi", "Pegawai mencatat jam datang dan pulang dengan foto wajah dari ponsel dalam radius kantor", "group:presensi"),
    ("Sistem Hitung Tunjangan Tambahan Pegawai", "Perhitungan tambahan penghasilan bulanan aparatur berdasarkan beban kerja, disiplin dan capaian kerja", "group:tpp"),
    ("Sistem Laporan Akuntabilitas Kinerja Perangkat Daerah", "Perjanjian kinerja kepala OPD, indikator kinerja utama, pengukuran capaian dan penyusunan LKjIP", "key:esakip"),
    ("Aplikasi Lelang Pengadaan Barang dan Jasa", "Pengumuman paket tender, pemasukan penawaran penyedia dan evaluasi oleh pokja secara daring", "key:spse"),
    ("Aplikasi Perencanaan dan Penganggaran Daerah", "Penyusunan RKPD, rencana kerja anggaran OPD, APBD serta penerbitan SPM dan SP2D", "key:sipd"),
    ("Sistem Pendataan Pajak Hotel dan Restoran", "Wajib pajak melaporkan omzet bulanan dan memperoleh kode bayar pajak daerah", "group:pajak-daerah"),
    ("Aplikasi Pungutan Los Pasar dan Parkir Tepi Jalan", "Penagihan dan pembayaran pungutan daerah atas pemakaian los pasar dan parkir di tepi jalan umum secara non tunai", "group:retribusi"),
    ("Layanan Permintaan Informasi Publik", "Masyarakat meminta salinan dokumen publik badan publik dan mengajukan keberatan bila tidak dilayani", "group:ppid"),
    ("Aplikasi Penilaian Mutu Pelayanan oleh Warga", "Pengisian kuesioner unsur pelayanan oleh pengguna layanan dan perhitungan indeks kepuasan per unit", "group:skm"),
    ("Basis Data Peraturan Perundang-undangan Daerah", "Penyimpanan dan pencarian perda, perkada dan keputusan yang sudah ditetapkan, terhubung jaringan nasional", "key:jdihn"),
    ("Aplikasi Izin Usaha dan Nomor Induk Berusaha", "Pelaku usaha mengajukan perizinan berusaha dan memperoleh NIB secara elektronik", "key:oss"),
    ("Sistem Rekam Medis Pusat Kesehatan Masyarakat", "Pendaftaran pasien, pemeriksaan, resep obat dan laporan bulanan di puskesmas", "group:puskesmas"),
    ("Sistem Manajemen Rumah Sakit Umum Daerah", "Pendaftaran pasien rawat jalan dan rawat inap, farmasi, tagihan dan klaim BPJS di RSUD", "group:simrs"),
    ("Pendataan Keluarga Miskin Penerima Bantuan", "Usulan, verifikasi dan pemutakhiran data keluarga kurang mampu calon penerima bantuan sosial", "key:siksng"),
    ("Aplikasi Pendaftaran Siswa Baru Sistem Zonasi", "Calon siswa SD dan SMP mendaftar secara daring, seleksi berdasarkan jarak rumah dan pengumuman", "group:ppdb"),
    ("Layanan Dokumen Kependudukan dari Rumah", "Pengajuan kartu keluarga, akta kelahiran dan surat pindah tanpa datang ke kantor Dukcapil", "group:adminduk-online"),
    ("Portal Dataset Terbuka Pemerintah", "Publikasi dataset sektoral dengan metadata yang dapat diunduh masyarakat", "key:sdi"),
    ("Aplikasi Anggaran dan Pertanggungjawaban Dana Desa", "Penyusunan APBDes, penatausahaan belanja desa dan laporan pertanggungjawaban dana desa", "key:siskeudes"),
    ("Aplikasi Pembinaan Badan Usaha Koperasi", "Data koperasi, laporan rapat anggota tahunan dan penilaian kesehatan koperasi", "group:koperasi"),
    ("Layanan Pertukaran Data Antar Sistem Elektronik", "Penghubung API agar aplikasi antar instansi dapat saling berbagi data secara aman", "key:splp"),
    ("Aplikasi Pengendalian Realisasi Kegiatan OPD", "Pemantauan progres fisik dan serapan anggaran kegiatan pembangunan setiap bulan", "group:monev-pembangunan"),
    ("Aplikasi Pemantauan Gizi Balita dan Gagal Tumbuh", "Kader posyandu mencatat pengukuran tinggi dan berat anak, status gizi dan intervensi pencegahan kekerdilan", "group:stunting"),
    ("Inventarisasi Barang Milik Pemda", "Kartu inventaris barang, mutasi barang antar OPD dan penyusutan aset tetap pemerintah daerah", "group:aset-daerah"),
    ("Kanal Pelaporan Rahasia Pelanggaran Aparatur", "Pegawai melaporkan dugaan gratifikasi dan penyalahgunaan wewenang tanpa membuka identitas pelapor", "group:wbs"),
    ("Aplikasi Surat Keterangan Kelurahan dan Kecamatan", "Warga mengajukan surat keterangan domisili, tidak mampu dan pengantar nikah secara daring", "group:paten-kecamatan"),
    ("Sistem Penyusunan Rancangan Perda", "Alur pembahasan, fasilitasi dan harmonisasi draf peraturan daerah sebelum ditetapkan", "group:harmonisasi"),
]

PROPOSALS_NOVEL = [
    ("SIMADE (Sistem Informasi Manajemen Dermaga)", "Penjadwalan sandar dan tambat kapal di dermaga pelabuhan pengumpan milik daerah"),
    ("Aplikasi Presensi Siswa dengan Kartu RFID", "Pencatatan kehadiran peserta didik SD dan SMP serta notifikasi ke orang tua"),
    ("Sistem Ujian Sekolah Berbasis Komputer", "Bank naskah soal, pelaksanaan ujian daring dan koreksi otomatis"),
    ("Sistem Pemantauan Upah Minimum Perusahaan", "Pengawas ketenagakerjaan memeriksa kepatuhan perusahaan membayar gaji pekerja sesuai upah minimum"),
    ("Survei Ubinan Produktivitas Padi", "Petugas mencatat hasil ubinan di petak sampel untuk menghitung produktivitas padi per kecamatan"),
    ("Aplikasi Penilaian Kinerja Operator Angkutan Massal", "Pemantauan ketepatan waktu, jumlah penumpang dan standar pelayanan operator bus kota"),
    ("e-Katalog Benih dan Bibit Unggul", "Daftar stok benih bantuan pemerintah di balai benih dan permohonan alokasi oleh kelompok tani"),
    ("Aplikasi Tera dan Tera Ulang Alat Ukur", "Pendaftaran tera ulang timbangan dan pompa BBM oleh UPT metrologi legal"),
    ("Sistem Pelacakan Armada Pengangkut Sampah", "Pemantauan posisi truk sampah dengan GPS dan rute pengangkutan ke TPA"),
    ("Layanan Konseling Psikologi Remaja Daring", "Konsultasi psikolog untuk remaja melalui chat dan video"),
    ("Portal Informasi Cuaca dan Gelombang Perairan Daerah", "Prakiraan cuaca, tinggi gelombang dan peringatan dini pelayaran untuk nelayan"),
    ("Sistem Informasi Puskeswan", "Rekam medis ternak, jadwal vaksinasi hewan dan pelayanan dokter hewan di pusat kesehatan hewan"),
    ("Aplikasi Penilaian Lomba Desa", "Juri mengisi nilai lomba desa dan kelurahan tingkat kabupaten serta rekap peringkat"),
    ("Aplikasi Distribusi Makan Bergizi Sekolah", "Perencanaan menu, dapur penyedia dan distribusi paket makan bergizi ke sekolah"),
    ("Aplikasi Jadwal Ronda Siskamling", "Penyusunan jadwal ronda warga per RT dan laporan kejadian saat ronda"),
]

# ---------------------------------------------------------------------------


def domain(inst):
    if inst.startswith("pemkab-"):
        return inst[7:].replace("-", "") + "kab.go.id"
    if inst.startswith("pemkot-"):
        return inst[7:].replace("-", "") + "kota.go.id"
    if inst.startswith("pemprov-"):
        return inst[8:].replace("-", "") + "prov.go.id"
    return inst.replace("-", "") + ".go.id"


GENERIC = {"sistem", "aplikasi", "layanan", "data", "portal", "pelayanan", "sim", "si", "e", "pengelolaan",
           "informasi", "dan", "online", "daerah", "kabupaten", "kota", "provinsi", "pegawai", "website"}


def slug(nama):
    words = ["".join(c for c in w if c.isalnum()).lower() for w in nama.split("(")[0].split()]
    words = [w for w in words if w]
    if words and words[0] not in GENERIC and len(words[0]) > 2:
        return words[0]
    return "".join(w[0] for w in words if w not in ("dan",)) or "app"


def messy(code, rng):
    """Return the code as written, sometimes in a messy real-world form."""
    if not code:
        return ""
    r = rng.random()
    if r < 0.68:
        return code
    head, *parts = code.split(".")
    if r < 0.76:
        return code.lower()
    if r < 0.84:
        return head + " " + ".".join(parts) if parts else head
    if r < 0.90 and parts:
        return head + "." + ".".join(p.lstrip("0") or "0" for p in parts)
    if r < 0.95:
        return head.capitalize() + "." + ".".join(parts) if parts else head.capitalize()
    return code + ".01"


# earliest plausible build year per group (seeded years are drawn from MINYEAR..2024)
MINYEAR = {"stunting": 2018, "satusehat": 2021, "splp": 2019, "satu-data": 2016, "wbs": 2014,
           "tpp": 2016, "e-kinerja": 2014, "sakip": 2012, "paten-kecamatan": 2013,
           "adminduk-online": 2015, "ppdb": 2012, "harmonisasi": 2016, "skm": 2014}


def build():
    rng = random.Random(SEED)
    rows = []  # dicts with _group / _key
    for gid in ORDER:
        function, codes, grows = GROUPS[gid]
        for nama, desk, fungsi, inst, opts in grows:
            rows.append(dict(_group=gid, _codes=codes, nama=nama, deskripsi=desk, fungsi=fungsi,
                             instansi=inst, _opts=opts))
    for nama, desk, fungsi, inst, opts, codes in SINGLETONS:
        rows.append(dict(_group=None, _codes=codes, nama=nama, deskripsi=desk, fungsi=fungsi,
                         instansi=inst, _opts=opts))

    for r in rows:
        o = r["_opts"]
        umum = o.get("jenis") == "umum"
        r["jenis"] = o.get("jenis", "khusus" if rng.random() < 0.62 else "")
        # reference codes: about 30% of rows (more for national rows)
        ral, rab, raa = r["_codes"]
        ral = o.get("ral", ral)
        rab = o.get("rab", rab)
        if not umum and raa.startswith("RAA.01"):
            raa = "RAA.02"
        p = 0.6 if umum else 0.3
        if rng.random() < p and (ral or rab or raa):
            r["kode_ral"] = messy(ral, rng) if rng.random() < 0.85 else ""
            r["kode_rab"] = messy(rab, rng) if rng.random() < 0.6 else ""
            r["kode_raa"] = messy(raa, rng) if rng.random() < 0.55 else ""
            if not (r["kode_ral"] or r["kode_rab"] or r["kode_raa"]):
                r["kode_ral"] = messy(ral or rab or raa, rng)
        else:
            r["kode_ral"] = r["kode_rab"] = r["kode_raa"] = ""
        x = rng.random()
        st = "aktif" if x < 0.8 else ("tidak aktif" if x < 0.91 else "pengembangan")
        r["status"] = o.get("status", "aktif" if umum else st)
        if "tahun" in o:
            r["tahun"] = o["tahun"]
        elif umum:
            r["tahun"] = ""
        else:
            r["tahun"] = "" if rng.random() < 0.1 else str(rng.randint(MINYEAR.get(r["_group"], 2010), 2024))
        if r["status"] == "pengembangan" and r["tahun"] and int(r["tahun"]) < 2022:
            r["tahun"] = str(rng.randint(2023, 2024))
        if "url" in o:
            r["url"] = o["url"]
        elif not umum and rng.random() < 0.2:
            r["url"] = "https://%s.%s" % (slug(r["nama"]), domain(r["instansi"]))
        else:
            r["url"] = ""
        r["dpi"] = o.get("dpi", "")
        r["_key"] = o.get("key")

    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "c%03d" % i

    fields = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
              "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind4-inventory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(fields)
        for r in rows:
            w.writerow([r[k] for k in fields])

    keys = {r["_key"]: r["id"] for r in rows if r["_key"]}
    groups = []
    for gid in ORDER:
        members = sorted(r["id"] for r in rows if r["_group"] == gid)
        groups.append({"id": gid, "function": GROUPS[gid][0], "members": members})

    source = (
        "Fourth hand-labelled set (blind4), hand-written blind to the reuse engine: its code, dictionaries, "
        "bench/quality, docs/benchmarks.md and the contents of the other bench/data sets were not read; of "
        "those only the first lines of the blind3 files were read, to copy the file formats (one command also loaded blind3-groups.json whole but printed only its number of groups). Facts about SPBE "
        "and the national platforms come from /work/shared/domain/spbe-reference.md; no row is copied from a "
        "real inventory (names and descriptions are invented in the style of Indonesian pemda and ministry "
        "inventories, with acronyms, e-prefixes, qualifiers, ijin/izin and other spelling variants, typos, "
        "Javanese/Sundanese brand names whose function only the description reveals, and empty "
        "descriptions). Rows were written per function in bench/data/blind4-build.py, shuffled with "
        "random.Random(%d) and then given ids c001..c%03d in shuffled order; about 30%% of rows carry "
        "reference-architecture codes, some deliberately messy (lower case, spaces, dropped zeros, extra "
        "level). A group = applications serving the same government function in different agencies, with the "
        "national platform row included where it should replace the local ones. Rows in no group are "
        "singletons. Traps, never placed in the group of another variant: one acronym for unrelated systems "
        "(SIMADE village administration vs madrasah; SIMPONI Kemenkeu PNBP vs city cooperative monitor; SIAP "
        "attendance vs budget planning vs job market; SIMPEL non-business permits vs B3 waste; SIMAK-BMN vs "
        "academic SIMAK; SIPADU complaints vs local tax; SIGAP payroll vs disaster; SIDAK poverty data vs "
        "Inspektorat audit; SIMONEV development monitoring vs BOS school funds; SIKD dynamic archives vs "
        "local finance; SIPANDAI kecamatan services vs irrigation; SIMANIS regional assets vs student grades; "
        "SIKAT tax compliance vs arts and culture; e-Kinerja BKN vs 'e-Kinerja OPD' = SAKIP); generic names "
        "(SMS Gateway, Dashboard, Website Resmi, e-Katalog of LKPP vs UMKM vs library vs tourism, e-Lelang "
        "procurement vs fish auction); neighbouring functions kept apart (kepegawaian vs gaji vs TPP vs "
        "presensi vs e-kinerja; SAKIP vs e-kinerja; puskesmas vs SIMRS vs SATUSEHAT vs stunting; pajak daerah "
        "vs retribusi, pajak reklame vs izin reklame; PPID vs pengaduan vs SKM vs WBS vs disaster reports; "
        "UMKM vs koperasi; OSS business licensing vs non-business permits; JDIH vs raperda harmonisation; "
        "arsip statis vs naskah dinas; SIPD vs SAKTI vs village finance vs BMD assets vs development monev; "
        "SPSE vs SiRUP vs e-Katalog; adminduk online vs IKD vs kecamatan PATEN letters vs village "
        "administration; DTKS vs hibah/bansos proposals; SSO for employees vs INApas; SPLP vs Satu Data)."
        % (SEED, len(rows)))
    with open(os.path.join(HERE, "blind4-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": source, "duplicateGroups": groups}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    props = []
    n = 0
    for nama, desk, exp in PROPOSALS_SERVED:
        n += 1
        if exp.startswith("key:"):
            e = [keys[exp[4:]]]
        else:
            assert exp[6:] in GROUPS, exp
            e = [exp]
        props.append({"id": "q%02d" % n, "nama": nama, "deskripsi": desk, "expected": e})
    for nama, desk in PROPOSALS_NOVEL:
        n += 1
        props.append({"id": "q%02d" % n, "nama": nama, "deskripsi": desk, "expected": []})
    psource = (
        "Hand-written proposals (usulan) for blind4-inventory.csv, written blind to the reuse engine (its code, "
        "dictionaries, bench/quality, docs/benchmarks.md, other bench/data contents); facts from "
        "/work/shared/domain/spbe-reference.md. q01-q30 describe a need an existing row serves, in words that "
        "differ from the row names (paraphrases and synonyms: pegawai/ASN/SDM aparatur, surat/naskah dinas, "
        "pengaduan/aduan/keluhan, retribusi/pungutan, stunting/kekerdilan ...). `expected`: the national "
        "platform row id where one exists, else `group:<id>` from blind4-groups.json (any member of that group "
        "is a correct match). q31-q45 are novel needs no row serves (`expected` empty, must get no match); "
        "several are lexically close to rows of a different function (SIMADE dermaga, presensi siswa, naskah "
        "soal ujian, upah/gaji, survei ubinan, kinerja operator bus, e-Katalog benih, puskeswan, makan "
        "bergizi vs gizi balita). Generated by bench/data/blind4-build.py.")
    with open(os.path.join(HERE, "blind4-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": psource, "proposals": props}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return rows, groups, props


if __name__ == "__main__":
    rows, groups, props = build()
    grouped = sum(len(g["members"]) for g in groups)
    print("rows", len(rows), "groups", len(groups), "grouped", grouped,
          "singletons", len(rows) - grouped, "proposals", len(props))
