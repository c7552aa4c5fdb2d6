#!/usr/bin/env python3
"""Blind set 22: Kemenko PMK / Kemenko Pangan audit export (health, social protection, population and
family planning, women and child protection, disaster management, food security, youth and sports,
general functions, national platforms and DPI blocks), written by hand, blind to the detector.
Standard library only; deterministic (random.seed(222222)).
Run: cd bench/data && python3 blind22-build.py
"""
import csv
import json
import random

random.seed(222222)

SOURCE_NOTE = (
    "written by hand in blind22-build.py (seed 222222) by a worker blind to the engine, having read only: "
    "/work/shared/domain/spbe-reference.md; name-only listings of catalog-info, catalog-info/agencies and "
    "bench/data; the agency and DPI ids (grep of '  name:' in catalog-info/agencies and catalog-info/dpi); "
    "the first 3 lines of blind18-inventory.csv and the top-level keys, source and first entry of "
    "blind18-groups.json and blind18-proposals.json (format only); nothing else (no detector code, "
    "no other benchmark data, no docs)."
)

# ---------------------------------------------------------------------------------------------
# Data model.  GROUPS: key -> dict(fungsi variants, codes, rows).  Each row: (nama, instansi, deskripsi)
# A row may carry a 4th element dict of overrides (e.g. {'trap': True, 'dpi': ..., 'jenis': ...}).
# Trap rows are marked trap=True: they share words/acronyms with another group but serve another function.
# SINGLES: rows that belong to no group (many of them traps).
# ---------------------------------------------------------------------------------------------
GROUPS = {}
SINGLES = []


def G(key, fungsi, ral, rab, raa, rows, trap=False, dpi=""):
    GROUPS[key] = dict(fungsi=fungsi, ral=ral, rab=rab, raa=raa, rows=rows, trap=trap, dpi=dpi)


def S(nama, inst, desk, fungsi, ral="", rab="", raa="RAA.02", trap=True, dpi=""):
    SINGLES.append(dict(nama=nama, inst=inst, desk=desk, fungsi=[fungsi], ral=ral, rab=rab, raa=raa,
                        trap=trap, dpi=dpi))


# ============================== HEALTH ==============================
G("simrs", ["Pengelolaan pelayanan rumah sakit: pendaftaran, rawat jalan, rawat inap, billing, farmasi, rekam medis",
            "Sistem informasi manajemen rumah sakit", "Manajemen operasional RSUD"],
  "RAL.01.14.02", "RAB.04.02.01", "RAA.02.01", [
    ("SIMRS RSUD Dr. Soetomo", "prov-jawa-timur", "Sistem informasi manajemen rumah sakit terintegrasi: admisi, IGD, rawat inap, kasir dan apotek."),
    ("Hospital Management System RSUP Persahabatan", "kemenkes", "Integrated HMS covering registration, outpatient, inpatient, billing and pharmacy modules."),
    ("SIMRS Khanza RSUD Kab. Sleman", "prov-di-yogyakarta", ""),
    ("SIM-RS v3.2 RSUD Ulin Banjarmasin", "prov-kalimantan-selatan", "Aplikasi operasional rumah sakit daerah, versi 3.2."),
    ("e-Hospital RSUD Provinsi NTB", "prov-nusa-tenggara-barat", "Pendaftaran pasien, pelayanan poliklinik, rawat inap, penagihan BPJS dan laporan RL."),
    ("SIMERS (Sistem Informasi Manajemen Rumah Sakit) RSUD Kota Makassar", "prov-sulawesi-selatan", ""),
    ("Sistem Informasi Rumah Sakit RSJ Menur", "prov-jawa-timur", "Aplikasi pelayanan pasien rumah sakit jiwa: registrasi, rekam medis elektronik, farmasi, billing."),
    ("SIMRS Gos RSUD Dr. Moewardi", "prov-jawa-tengah", "SIMRS generik open source untuk rumah sakit pemerintah."),
    ("SIMRS RSPAD Gatot Soebroto (Kemhan)", "kemhan", "Manajemen pelayanan pasien rumah sakit TNI."),
    ("HIS RSUD Zainoel Abidin", "prov-aceh", "Hospital information system: admisi pasien, rawat inap, kamar operasi, laboratorium, kasir."),
    ("SIM Rumah Sakit RSUD Provinsi Kalimantan Timur AW Sjahranie", "prov-kalimantan-timur", ""),
    ("SIMRS RS Paru Kemenkes", "kemenkes", "Sistem informasi manajemen RS vertikal."),
  ])

G("puskesmas", ["Pencatatan pelayanan pasien puskesmas dan rekam medis elektronik", "Sistem informasi manajemen puskesmas",
                "Pelayanan kesehatan dasar di puskesmas"],
  "RAL.01.14.01", "RAB.04.02.02", "RAA.02.01", [
    ("SIMPUS Dinkes Kab. Banyumas", "prov-jawa-tengah", "Sistem informasi manajemen puskesmas: loket, poli umum, poli gigi, apotek, laporan LB1."),
    ("e-Puskesmas", "kemenkes", "Aplikasi pencatatan pelayanan dan rekam medis elektronik puskesmas (pasien, diagnosa, resep)."),
    ("ePuskesmas Kota Surabaya", "prov-jawa-timur", ""),
    ("SIKDA Generik", "kemenkes", "Sistem Informasi Kesehatan Daerah generik modul puskesmas."),
    ("Primary Care Record Puskesmas Kota Denpasar", "prov-bali", "Electronic medical records for primary health centres."),
    ("SIMPUSTRONIK Kab. Gianyar", "prov-bali", "Simpus elektronik untuk pencatatan kunjungan pasien puskesmas."),
    ("Sipakatau Sehat - SIM Puskesmas Dinkes Sulsel", "prov-sulawesi-selatan", ""),
    ("RME Puskesmas Dinas Kesehatan Kota Kupang", "prov-nusa-tenggara-timur", "Rekam Medis Elektronik puskesmas terhubung SATUSEHAT."),
    ("SIMPUS", "prov-jambi", ""),
  ])

G("imunisasi", ["Pencatatan dan pelaporan imunisasi rutin anak dan ibu hamil", "Pencatatan imunisasi",
                "Monitoring cakupan imunisasi"],
  "RAL.01.14.03", "RAB.04.02.03", "RAA.02.01", [
    ("ASIK (Aplikasi Sehat IndonesiaKu) modul imunisasi", "kemenkes", "Pencatatan imunisasi rutin bayi, baduta, anak sekolah dan WUS secara individual."),
    ("SIMUNDU - Sistem Informasi Imunisasi Terpadu Dinkes Jatim", "prov-jawa-timur", "Pencatatan imunisasi per anak dan cakupan desa UCI."),
    ("Si-Imun Dinkes DIY", "prov-di-yogyakarta", ""),
    ("Immunization Registry Dinas Kesehatan DKI", "prov-dki-jakarta", "Electronic immunization register for children under five."),
    ("Aplikasi Pencatatan Imunisasi (e-Imunisasi) Kab. Lombok Timur", "prov-nusa-tenggara-barat", "Catatan imunisasi dasar lengkap dan BIAS."),
    ("SIMUNISASI Dinkes Sumut", "prov-sumatera-utara", "Pelaporan hasil imunisasi rutin per puskesmas."),
    ("Kartu Imunisasi Digital Kota Padang", "prov-sumatera-barat", ""),
  ])

G("stunting", ["Pemantauan status gizi balita dan percepatan penurunan stunting", "Monitoring stunting",
               "Pencatatan pengukuran balita di posyandu dan intervensi gizi"],
  "RAL.01.14.04", "RAB.04.02.04", "RAA.02.01", [
    ("e-PPGBM (Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat)", "kemenkes", "Pencatatan berat dan tinggi badan balita by name by address, status gizi."),
    ("Stunting Dashboard Provinsi Jawa Barat", "prov-jawa-barat", "Dashboard prevalensi stunting per desa dan intervensi konvergensi."),
    ("Elsimil (Elektronik Siap Nikah dan Hamil)", "bkkbn", "Skrining calon pengantin dan pendampingan keluarga berisiko stunting."),
    ("SiGiZi Dinkes Kab. Aceh Besar", "prov-aceh", ""),
    ("Aplikasi Cegah Stunting 'Ngopeni Balita' Kab. Banyumas", "prov-jawa-tengah", "Pemantauan tumbuh kembang balita berisiko stunting oleh kader."),
    ("Sistem Monitoring Stunting Terpadu (SIMONTING) Kaltim", "prov-kalimantan-timur", ""),
    ("Dashboard Percepatan Penurunan Stunting", "kemenko-pmk", "Pemantauan capaian indikator percepatan penurunan stunting nasional."),
    ("Posyandu Digital 'Huyula Gizi' Gorontalo", "prov-gorontalo", "Input hasil penimbangan balita di posyandu, deteksi gizi kurang."),
    ("stunting monitoring app NTT", "prov-nusa-tenggara-timur", ""),
    ("Sistem Informasi Gizi Terpadu (Sigizi Terpadu)", "kemenkes", ""),
  ])

G("kia", ["Pencatatan kesehatan ibu hamil, bersalin, nifas dan bayi", "Kesehatan ibu dan anak",
          "Pemantauan ibu hamil risiko tinggi"],
  "RAL.01.14.05", "RAB.04.02.05", "RAA.02.01", [
    ("Buku KIA Digital", "kemenkes", "Versi digital buku kesehatan ibu dan anak: kehamilan, persalinan, tumbuh kembang."),
    ("SIJARIEMAS Jawa Barat", "prov-jawa-barat", "Sistem jejaring rujukan maternal dan neonatal serta pemantauan ibu hamil."),
    ("Maternal and Child Health Tracking Dinkes Kota Medan", "prov-sumatera-utara", ""),
    ("Si Bumil Dinkes Kab. Banjar", "prov-kalimantan-selatan", "Pendataan ibu hamil, ANC, dan pemantauan risiko tinggi."),
    ("Jaga Ibu Kab. Sumba Timur", "prov-nusa-tenggara-timur", ""),
    ("Aplikasi Pemantauan Ibu Hamil 'Sayang Bumil' DIY", "prov-di-yogyakarta", "Pendampingan ibu hamil hingga nifas dan bayi baru lahir."),
  ])

G("surveilans", ["Surveilans penyakit menular dan kewaspadaan dini KLB", "Pelaporan kasus penyakit potensial wabah",
                 "Sistem kewaspadaan dini dan respon"],
  "RAL.01.14.06", "RAB.04.02.06", "RAA.02.01", [
    ("SKDR (Sistem Kewaspadaan Dini dan Respon)", "kemenkes", "Laporan mingguan penyakit potensial KLB dari puskesmas dan sinyal alert."),
    ("Surveilans DBD Online Dinkes Jatim", "prov-jawa-timur", "Pelaporan kasus demam berdarah dan penyelidikan epidemiologi."),
    ("Disease Surveillance Dashboard DKI Jakarta", "prov-dki-jakarta", ""),
    ("SIMPUL KLB Kab. Kampar", "prov-riau", "Pelaporan kejadian luar biasa penyakit menular."),
    ("e-Surveilans Penyakit Dinkes Sulteng", "prov-sulawesi-tengah", ""),
    ("Sistem Informasi Surveilans Epidemiologi (SISEPI) Bali", "prov-bali", "Pencatatan kasus penyakit menular dan peta sebaran."),
  ])

G("klaim_jkn", ["Pengajuan dan verifikasi klaim pelayanan kesehatan jaminan kesehatan", "Klaim asuransi kesehatan",
                "Pengelolaan klaim Jamkesda/JKN"],
  "RAL.01.14.07", "RAB.04.01.03", "RAA.02.01", [
    ("e-Klaim INA-CBG", "kemenkes", "Pengajuan klaim pelayanan rumah sakit menggunakan tarif INA-CBG."),
    ("SI Klaim Jamkesda Kota Balikpapan", "prov-kalimantan-timur", "Verifikasi dan pembayaran klaim jaminan kesehatan daerah ke RS mitra."),
    ("Health Insurance Claims Portal Jamkesos Jabar", "prov-jawa-barat", ""),
    ("E-Klaim Jamkesda Aceh (JKA)", "prov-aceh", "Klaim pelayanan peserta Jaminan Kesehatan Aceh."),
    ("Klaim Online Jampersal Kab. Gorontalo", "prov-gorontalo", ""),
  ])

G("pom", ["Pengawasan obat dan makanan beredar: sampling, pemeriksaan sarana, tindak lanjut", "Pengawasan sarana distribusi obat",
          "Inspeksi sarana farmasi dan pangan olahan"],
  "RAL.01.14.08", "RAB.04.02.07", "RAA.02.01", [
    ("SIPT (Sistem Informasi Pelaporan Terpadu) BPOM", "bpom", "Pelaporan hasil pemeriksaan sarana produksi dan distribusi obat dan makanan."),
    ("e-Pengawasan Sarana Farmasi Dinkes Jateng", "prov-jawa-tengah", "Pemeriksaan apotek, toko obat dan PBF; tindak lanjut temuan."),
    ("Drug and Food Inspection System Loka POM", "bpom", ""),
    ("SIWAS OBAT Dinkes Kota Pontianak", "prov-kalimantan-barat", ""),
    ("Sistem Pengawasan Obat dan Makanan Terpadu Sumbar", "prov-sumatera-barat", "Sampling dan pengujian produk obat, kosmetik dan pangan olahan yang beredar."),
  ])

G("nakes", ["Registrasi dan perizinan tenaga kesehatan (STR, SIP)", "Pendataan tenaga kesehatan",
            "Penerbitan surat izin praktik tenaga kesehatan"],
  "RAL.01.14.09", "RAB.04.02.08", "RAA.02.01", [
    ("SISDMK (Sistem Informasi SDM Kesehatan)", "kemenkes", "Pendataan tenaga kesehatan di fasilitas kesehatan seluruh Indonesia."),
    ("e-STR KKI / Registrasi Nakes Online", "kemenkes", "Penerbitan Surat Tanda Registrasi tenaga kesehatan."),
    ("SI-Praktik (Surat Izin Praktik Online) Kota Makassar", "prov-sulawesi-selatan", "Permohonan SIP dokter, bidan dan perawat."),
    ("Health Workforce Registry Dinkes Papua", "prov-papua", ""),
    ("SIMNAKES Kab. Bandung", "prov-jawa-barat", ""),
    ("SIP Nakes online Dinkes Kota Manado (Torang Sehat)", "prov-sulawesi-utara", "Izin praktik tenaga kesehatan."),
  ])

G("rujukan", ["Rujukan pasien antar fasilitas kesehatan", "Sistem rujukan terintegrasi",
              "Koordinasi rujukan dan ketersediaan tempat tidur"],
  "RAL.01.14.10", "RAB.04.02.09", "RAA.02.01", [
    ("SISRUTE (Sistem Informasi Rujukan Terintegrasi)", "kemenkes", "Rujukan pasien online antar faskes dengan informasi kondisi pasien."),
    ("e-Rujukan Dinkes Provinsi Jawa Timur", "prov-jawa-timur", ""),
    ("Referral System RSUD Kota Jayapura", "prov-papua", "Patient referral between puskesmas and hospitals."),
    ("SIRUJUK Kab. Lombok Timur", "prov-nusa-tenggara-barat", "Rujukan maternal neonatal dan umum dari puskesmas ke RS."),
    ("Si-Rujuk Terpadu Kalsel", "prov-kalimantan-selatan", ""),
    ("Sistem Rujukan Online (SIRUNO) Banten", "prov-banten", "Rujukan berjenjang antar fasilitas kesehatan."),
  ])

G("ambulans", ["Layanan gawat darurat dan pengiriman ambulans (PSC 119)", "Dispatch ambulans",
               "Pelayanan kegawatdaruratan pra-rumah sakit"],
  "RAL.01.14.11", "RAB.04.02.10", "RAA.02.01", [
    ("PSC 119 Dinkes Kota Palembang", "prov-sumatera-selatan", "Call center gawat darurat, penugasan ambulans terdekat dan pelacakan."),
    ("Ambulance Dispatch System SPGDT DKI (AGD 119)", "prov-dki-jakarta", "Emergency call handling and ambulance dispatch."),
    ("SIGAP 119 Kab. Sleman", "prov-di-yogyakarta", ""),
    ("Ambulans Hebat Jateng", "prov-jawa-tengah", "Pemesanan ambulans gratis dan pemantauan armada."),
    ("Aplikasi Layanan Ambulans Gratis 'Meuseuraya' Aceh", "prov-aceh", ""),
    ("e-Ambulance NTB", "prov-nusa-tenggara-barat", ""),
    ("SPGDT Online (Sistem Penanggulangan Gawat Darurat Terpadu)", "kemenkes", "Integrasi layanan PSC 119 kabupaten/kota."),
  ])

# ============================== SOCIAL PROTECTION ==============================
G("dtks", ["Pengelolaan data terpadu kesejahteraan sosial / data penerima bantuan sosial", "Verifikasi dan validasi data penerima bansos",
           "Pendataan fakir miskin"],
  "RAL.01.15.01", "RAB.04.01.01", "RAA.01.01", [
    ("SIKS-NG (Sistem Informasi Kesejahteraan Sosial Next Generation)", "kemensos", "Verifikasi dan validasi DTKS oleh operator desa dan dinas sosial."),
    ("DTKS Dinsos Prov. Jawa Tengah", "prov-jawa-tengah", "Data terpadu kesejahteraan sosial tingkat provinsi."),
    ("Sistem Informasi Data Penerima Bansos (SIDAPEB) Kota Surabaya", "prov-jawa-timur", ""),
    ("Social Assistance Recipient Database Jabar (Sapa Warga Bansos)", "prov-jawa-barat", ""),
    ("e-DTKS Kab. Kampar", "prov-riau", "Usulan dan pemutakhiran data warga miskin."),
    ("SIPEDAS - Sistem Pendataan Sosial Dinsos Sulsel", "prov-sulawesi-selatan", ""),
    ("Data Kemiskinan Terpadu 'Baiman' Kalsel", "prov-kalimantan-selatan", "Basis data penerima bantuan sosial daerah."),
    ("Regsosek Bansos Dashboard", "kemenko-pmk", "Dashboard sasaran penerima program perlindungan sosial."),
    ("SIKS-NG Offline", "kemensos", ""),
    ("Aplikasi Cek Bansos", "kemensos", "Pengecekan status penerima bantuan sosial oleh masyarakat dan usul-sanggah."),
  ])

G("pkh", ["Pengelolaan Program Keluarga Harapan", "Verifikasi komitmen peserta PKH", "Pendampingan KPM PKH"],
  "RAL.01.15.02", "RAB.04.01.02", "RAA.02.01", [
    ("e-PKH", "kemensos", "Verifikasi komitmen kesehatan dan pendidikan keluarga penerima manfaat PKH."),
    ("SIPKH Dinsos Kab. Bandung", "prov-jawa-barat", ""),
    ("PKH Monitoring Pendamping Jatim", "prov-jawa-timur", "Laporan pendamping PKH dan pemutakhiran KPM."),
    ("Aplikasi Pendamping Keluarga Harapan (SIMPLE PKH) NTT", "prov-nusa-tenggara-timur", ""),
  ])

G("blt", ["Penyaluran bantuan langsung tunai / bantuan sosial tunai kepada penerima", "Penyaluran bansos tunai",
          "Rekonsiliasi penyaluran bantuan tunai"],
  "RAL.01.15.03", "RAB.04.01.04", "RAA.02.01", [
    ("SIBANSOS Tunai - Penyaluran BLT Kemensos", "kemensos", "Pencairan dan rekonsiliasi penyaluran bantuan sosial tunai melalui bank dan pos."),
    ("Cash Transfer Disbursement Monitoring DKI (BST Jakarta)", "prov-dki-jakarta", ""),
    ("e-BLT Dana Desa", "kemendes-pdtt", "Pendataan dan penyaluran BLT Dana Desa ke KPM."),
    ("SiPenyalur Bantuan Tunai Prov. Bali", "prov-bali", ""),
    ("Aplikasi Penyaluran Bansos Tunai Kab. Lombok Timur (Gawe Bansos)", "prov-nusa-tenggara-barat", "Penyaluran bantuan tunai daerah dengan bukti foto penerima."),
  ])

G("disabilitas", ["Pendataan dan layanan penyandang disabilitas", "Layanan penyandang disabilitas",
                  "Kartu penyandang disabilitas dan bantuan alat bantu"],
  "RAL.01.15.04", "RAB.04.01.05", "RAA.02.01", [
    ("SIMPD - Sistem Informasi Manajemen Penyandang Disabilitas", "kemensos", "Pendataan penyandang disabilitas dan penerbitan Kartu Penyandang Disabilitas."),
    ("Disability Services Jakarta (Jakarta Inklusi)", "prov-dki-jakarta", ""),
    ("SIDIFA Dinsos DIY", "prov-di-yogyakarta", "Pendataan difabel dan pengajuan alat bantu."),
    ("e-Disabilitas Kota Padang", "prov-sumatera-barat", ""),
    ("Layanan Disabilitas Terpadu Kab. Banyumas", "prov-jawa-tengah", "Pendataan, asesmen dan rujukan layanan disabilitas."),
  ])

G("rehsos", ["Rehabilitasi sosial: asesmen, rujukan, layanan balai/panti rehabilitasi", "Manajemen kasus rehabilitasi sosial",
             "Layanan ATENSI (Asistensi Rehabilitasi Sosial)"],
  "RAL.01.15.05", "RAB.04.01.06", "RAA.02.01", [
    ("SIERA - Sistem Informasi ATENSI Rehabilitasi Sosial", "kemensos", "Asesmen dan manajemen kasus penerima layanan rehabilitasi sosial."),
    ("Social Rehabilitation Case Management Dinsos Jatim", "prov-jawa-timur", ""),
    ("SIREHSOS Kalimantan Barat", "prov-kalimantan-barat", "Rujukan dan layanan rehabilitasi sosial PMKS."),
    ("e-Rehsos Dinsos Sumut", "prov-sumatera-utara", ""),
  ])

G("panti", ["Pendataan panti asuhan/LKSA dan anak asuh", "Data lembaga kesejahteraan sosial anak",
            "Akreditasi dan pendataan LKSA"],
  "RAL.01.15.06", "RAB.04.01.07", "RAA.02.01", [
    ("SIM LKSA (Lembaga Kesejahteraan Sosial Anak)", "kemensos", "Pendataan panti asuhan dan anak asuh."),
    ("Data Panti Asuhan Dinsos Kota Medan", "prov-sumatera-utara", ""),
    ("Orphanage Data System Dinsos Jabar", "prov-jawa-barat", "Registry of orphanages (panti asuhan) and children in care."),
    ("SIPANTAS - Sistem Informasi Panti Asuhan Sulsel", "prov-sulawesi-selatan", ""),
  ])

# ============================== POPULATION AND FAMILY PLANNING ==============================
G("kb", ["Pencatatan dan pelaporan pelayanan keluarga berencana (peserta KB, alat kontrasepsi)", "Pelayanan KB",
         "Pelaporan pelayanan kontrasepsi di faskes"],
  "RAL.01.16.01", "RAB.03.07.02", "RAA.02.01", [
    ("SIGA (Sistem Informasi Keluarga) modul pelayanan KB", "bkkbn", "Pencatatan pelayanan kontrasepsi dan peserta KB aktif di faskes KB."),
    ("e-KB DP3AP2KB Kab. Banyumas", "prov-jawa-tengah", "Laporan pelayanan KB dan ketersediaan alokon."),
    ("Family Planning Service Reporting Jatim", "prov-jawa-timur", ""),
    ("SiKaBe (Sistem Informasi Keluarga Berencana) Kota Kupang", "prov-nusa-tenggara-timur", ""),
    ("Aplikasi Pelayanan KB Online DPPKB Kota Balikpapan", "prov-kalimantan-timur", "Pendaftaran pelayanan MOW/MOP dan IUD gratis."),
  ])

G("pendataan_keluarga", ["Pendataan keluarga (PK) dan profil keluarga", "Pemutakhiran data keluarga",
                         "Pendataan keluarga dan indikator keluarga sejahtera"],
  "RAL.01.16.02", "RAB.03.07.03", "RAA.02.01", [
    ("PK21 / Pendataan Keluarga BKKBN", "bkkbn", "Pendataan keluarga oleh kader: komposisi, KB, keluarga berisiko stunting."),
    ("Family Data Collection Dashboard DP3AP2KB Sulsel", "prov-sulawesi-selatan", ""),
    ("SIDAKEL - Sistem Data Keluarga Kab. Gianyar", "prov-bali", "Profil keluarga dan tahapan keluarga sejahtera per banjar."),
    ("e-Pendataan Keluarga DPPKB Jabar", "prov-jawa-barat", ""),
  ])

# ============================== WOMEN AND CHILD PROTECTION ==============================
G("kekerasan", ["Pelaporan dan penanganan kasus kekerasan terhadap perempuan dan anak", "Pengaduan kekerasan perempuan dan anak",
                "Pencatatan kasus kekerasan dan layanan UPTD PPA"],
  "RAL.01.17.01", "RAB.04.03.01", "RAA.02.01", [
    ("SIMFONI-PPA", "kemenpppa", "Sistem informasi online pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak."),
    ("SAPA 129", "kemenpppa", "Layanan pengaduan kekerasan terhadap perempuan dan anak melalui hotline dan WhatsApp."),
    ("Jaga Anak - Lapor Kekerasan DP3AP2KB Jatim", "prov-jawa-timur", ""),
    ("Violence Reporting App UPTD PPA DKI (JAKI Lapor Kekerasan)", "prov-dki-jakarta", ""),
    ("SIPEKA (Sistem Pelaporan Kekerasan Anak) Kota Padang", "prov-sumatera-barat", "Laporan dan penanganan kasus kekerasan anak."),
    ("Sombere - Layanan Pengaduan KtP/A DP3A Sulsel", "prov-sulawesi-selatan", ""),
    ("e-Lapor PPA Kab. Sumba Timur", "prov-nusa-tenggara-timur", "Pelaporan kekerasan perempuan dan anak dan pendampingan korban."),
    ("Sistem Pencatatan Kasus Kekerasan DP3AP2KB Kaltim (SIKAPMU)", "prov-kalimantan-timur", ""),
  ])

G("kla", ["Evaluasi Kabupaten/Kota Layak Anak", "Penilaian indikator KLA", "Pelaporan pemenuhan hak anak untuk KLA"],
  "RAL.01.17.02", "RAB.04.03.02", "RAA.02.01", [
    ("Evaluasi KLA Online", "kemenpppa", "Pengisian dan verifikasi indikator Kabupaten/Kota Layak Anak."),
    ("Child Friendly City Monitoring DIY", "prov-di-yogyakarta", ""),
    ("SI-KLA Kota Surabaya", "prov-jawa-timur", "Data dukung 24 indikator kota layak anak."),
    ("Gugus Tugas KLA Dashboard Jabar", "prov-jawa-barat", ""),
  ])

# ============================== DISASTER MANAGEMENT ==============================
G("lapor_bencana", ["Pelaporan kejadian bencana dan kaji cepat dampak", "Pelaporan kejadian bencana",
                    "Data dan informasi kejadian bencana"],
  "RAL.01.18.01", "RAB.05.02.01", "RAA.02.01", [
    ("DIBI (Data Informasi Bencana Indonesia)", "bnpb", "Basis data kejadian bencana dan dampaknya."),
    ("SIBENTO - Sistem Informasi Bencana Terpadu Online BPBD Jatim", "prov-jawa-timur", "Laporan kejadian bencana dari kecamatan dan kaji cepat."),
    ("Disaster Report App BPBD DKI (Pantau Banjir Lapor)", "prov-dki-jakarta", ""),
    ("e-Lapor Bencana BPBD Kab. Sleman", "prov-di-yogyakarta", ""),
    ("SIGAP Bencana BPBD Sulteng", "prov-sulawesi-tengah", "Pelaporan cepat kejadian bencana dan kebutuhan mendesak."),
    ("Sistem Informasi Kebencanaan (SIKB) Aceh", "prov-aceh", ""),
    ("Lapor Bencana NTB", "prov-nusa-tenggara-barat", "Laporan masyarakat tentang kejadian bencana dan dampaknya."),
    ("Pusdalops Reporting BPBD Jateng", "prov-jawa-tengah", ""),
  ])

G("logistik_bencana", ["Pengelolaan logistik dan peralatan penanggulangan bencana (gudang, distribusi bantuan)",
                       "Manajemen logistik bencana", "Distribusi bantuan logistik bencana"],
  "RAL.01.18.02", "RAB.05.02.02", "RAA.02.01", [
    ("SILOG (Sistem Informasi Logistik dan Peralatan) BNPB", "bnpb", "Stok gudang logistik kebencanaan dan distribusi bantuan ke daerah."),
    ("Disaster Logistics Tracking BPBD Jabar", "prov-jawa-barat", ""),
    ("SILOGPB Kab. Gianyar", "prov-bali", "Penerimaan dan penyaluran bantuan logistik bencana."),
    ("e-Logistik Bencana BPBD Sumbar", "prov-sumatera-barat", ""),
    ("Buffer Stock Bansos Bencana (Lumbung Sosial)", "kemensos", "Gudang dan penyaluran bantuan logistik korban bencana."),
  ])

G("evakuasi", ["Pendataan pengungsi dan pengelolaan tempat evakuasi", "Evakuasi dan pengungsian",
               "Data pengungsi dan posko"],
  "RAL.01.18.03", "RAB.05.02.03", "RAA.02.01", [
    ("SIPENGUNGSI BPBD Sulteng", "prov-sulawesi-tengah", "Pendataan pengungsi per posko dan kebutuhan dasar."),
    ("Evacuation Center Management DKI", "prov-dki-jakarta", ""),
    ("Data Pengungsi Erupsi Merapi (Sister Village) BPBD DIY", "prov-di-yogyakarta", "Pengungsian berbasis desa bersaudara dan tempat evakuasi akhir."),
    ("e-Pengungsi Bencana Maluku", "prov-maluku", ""),
  ])

# ============================== FOOD SECURITY ==============================
G("harga_pangan", ["Pemantauan harga pangan pokok di pasar", "Informasi harga bahan pokok",
                   "Panel harga komoditas pangan harian"],
  "RAL.01.19.01", "RAB.02.05.01", "RAA.01.01", [
    ("Panel Harga Pangan", "kemenko-pangan", "Pemantauan harga pangan strategis harian dari enumerator di pasar."),
    ("PIHPS Nasional (Pusat Informasi Harga Pangan Strategis)", "kemendag", ""),
    ("SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "kemendag", "Harga dan pasokan bahan pokok di pasar rakyat."),
    ("Food Price Board Jawa Timur (Siskaperbapo)", "prov-jawa-timur", "Harga bahan pokok di pasar kabupaten/kota Jawa Timur."),
    ("Info Harga Pangan Jakarta", "prov-dki-jakarta", ""),
    ("SiHarPa (Sistem Informasi Harga Pangan) DKP Kalsel", "prov-kalimantan-selatan", ""),
    ("Harga Sembako Online Disperindag Sumut", "prov-sumatera-utara", "Informasi harga sembilan bahan pokok."),
    ("Hargapangan.id / Dashboard Harga Pangan Jateng", "prov-jawa-tengah", ""),
    ("Sipakatau Harga Pangan Sulsel", "prov-sulawesi-selatan", ""),
  ])

G("cadangan_pangan", ["Pengelolaan cadangan pangan pemerintah dan daerah", "Cadangan pangan",
                      "Monitoring stok dan penyaluran cadangan pangan pemerintah daerah"],
  "RAL.01.19.02", "RAB.02.05.02", "RAA.02.01", [
    ("SI-CPP (Sistem Informasi Cadangan Pangan Pemerintah)", "kemenko-pangan", "Monitoring cadangan pangan pemerintah pusat dan daerah."),
    ("Cadangan Pangan Pemerintah Daerah (CPPD) Jatim", "prov-jawa-timur", ""),
    ("Food Reserve Management DKP Jabar", "prov-jawa-barat", ""),
    ("Lumbung Pangan Digital Kab. Aceh Besar", "prov-aceh", "Pencatatan cadangan pangan masyarakat dan pemerintah desa."),
    ("SICAPAN Bali", "prov-bali", "Pengelolaan cadangan pangan daerah untuk rawan pangan dan bencana."),
  ])

G("stok_beras", ["Pemantauan stok beras di gudang, penggilingan dan pasar", "Monitoring stok beras",
                 "Neraca ketersediaan beras"],
  "RAL.01.19.03", "RAB.02.05.03", "RAA.02.01", [
    ("Sistem Monitoring Stok Beras Nasional", "kemenko-pangan", "Stok beras di gudang Bulog, penggilingan, pedagang dan rumah tangga."),
    ("e-Stok Beras Distan Jateng", "prov-jawa-tengah", ""),
    ("Rice Stock Monitoring Sulsel (SIMBERAS)", "prov-sulawesi-selatan", "Stok gabah dan beras penggilingan."),
    ("SISTOK Beras Kab. Lombok Timur", "prov-nusa-tenggara-barat", ""),
  ])

G("keamanan_pangan", ["Pengawasan keamanan pangan segar dan registrasi PSAT", "Keamanan pangan segar asal tumbuhan",
                      "Sertifikasi dan pengujian keamanan pangan"],
  "RAL.01.19.04", "RAB.02.05.04", "RAA.02.01", [
    ("SIKAP (Sistem Informasi Keamanan Pangan) Badan Pangan", "kemenko-pangan", "Registrasi dan pengawasan keamanan pangan segar asal tumbuhan."),
    ("e-PSAT Dinas Ketahanan Pangan Jabar", "prov-jawa-barat", "Pendaftaran PSAT PD dan sertifikasi prima."),
    ("Food Safety Testing DKP DIY", "prov-di-yogyakarta", ""),
    ("Si-AMPU (Sistem Informasi Aman Pangan) Kota Surabaya", "prov-jawa-timur", "Uji cepat keamanan pangan segar di pasar."),
    ("OKKP-D Online Sumbar", "prov-sumatera-barat", ""),
  ])

G("penyuluhan", ["Pengelolaan penyuluhan pertanian: penyuluh, kelompok tani, programa", "Penyuluhan pertanian",
                 "Data penyuluh dan kelembagaan petani"],
  "RAL.01.19.05", "RAB.02.05.05", "RAA.02.01", [
    ("SIMLUHTAN (Sistem Informasi Manajemen Penyuluhan Pertanian)", "kementan", "Data penyuluh, kelembagaan petani, dan programa penyuluhan."),
    ("Cyber Extension Kementan", "kementan", "Materi penyuluhan pertanian online."),
    ("Agricultural Extension Reporting Distan Jatim", "prov-jawa-timur", ""),
    ("e-Penyuluhan Disbun Kaltim", "prov-kalimantan-timur", ""),
    ("Si Luhtan Kab. Banjar", "prov-kalimantan-selatan", "Laporan kegiatan penyuluh pertanian lapangan."),
  ])

G("perikanan", ["Pencatatan hasil tangkapan dan produksi perikanan", "Statistik produksi perikanan",
                "Logbook penangkapan ikan"],
  "RAL.01.20.01", "RAB.07.03.01", "RAA.02.01", [
    ("e-Logbook Penangkapan Ikan", "kkp", "Pencatatan hasil tangkapan kapal perikanan elektronik."),
    ("SATU DATA KKP Statistik Produksi", "kkp", ""),
    ("SIPERIKAN DKP Jateng", "prov-jawa-tengah", "Pencatatan produksi perikanan tangkap dan budidaya."),
    ("Fisheries Catch Recording DKP Maluku", "prov-maluku", ""),
    ("e-Produksi Ikan DKP Sulut (Mapalus Ikan)", "prov-sulawesi-utara", ""),
  ])

G("keswan", ["Pelaporan dan penanganan penyakit hewan dan layanan kesehatan hewan", "Kesehatan hewan",
             "Surveilans dan pelayanan puskeswan"],
  "RAL.01.19.06", "RAB.02.05.06", "RAA.02.01", [
    ("iSIKHNAS", "kementan", "Sistem informasi kesehatan hewan nasional: laporan penyakit hewan via SMS."),
    ("SI-Keswan Disnakkeswan Jateng", "prov-jawa-tengah", ""),
    ("Livestock Health Reporting Disnakkeswan NTB", "prov-nusa-tenggara-barat", ""),
    ("e-Puskeswan Kab. Kampar", "prov-riau", "Pencatatan pelayanan pusat kesehatan hewan: pengobatan, IB, pemeriksaan.", {"trap": True}),
    ("SIKHNAS Lampung", "prov-lampung", "Pelaporan kasus penyakit hewan menular."),
    ("SIMPUSKESWAN (SIM Puskeswan) Bali", "prov-bali", "", {"trap": True}),
  ])

# ============================== YOUTH AND SPORTS ==============================
G("atlet", ["Basis data atlet, pelatih dan prestasi olahraga", "Database atlet", "Pembinaan atlet berprestasi"],
  "RAL.01.21.01", "RAB.06.03.01", "RAA.02.01", [
    ("SIPOLNAS / Database Atlet Nasional", "kemenpora", "Data atlet, pelatih, dan prestasi olahraga."),
    ("Athlete Database Dispora Jatim", "prov-jawa-timur", ""),
    ("SIATLET Kaltim", "prov-kalimantan-timur", "Pendataan atlet dan bonus prestasi."),
    ("e-Atlet Dispora Papua", "prov-papua", ""),
    ("Sistem Informasi Keolahragaan Sumsel (SIKORSEL)", "prov-sumatera-selatan", "Data atlet, cabor dan pelatih."),
  ])

G("pemuda", ["Pendataan organisasi kepemudaan dan pemuda pelopor", "Kepemudaan", "Data organisasi kepemudaan"],
  "RAL.01.21.02", "RAB.06.03.02", "RAA.02.01", [
    ("SIPEMUDA Kemenpora", "kemenpora", "Pendataan organisasi kepemudaan dan wirausaha muda."),
    ("Youth Organization Registry Dispora Jabar", "prov-jawa-barat", ""),
    ("e-OKP Dispora Sulsel", "prov-sulawesi-selatan", "Registrasi organisasi kemasyarakatan pemuda."),
  ])

# ============================== GENERAL FUNCTIONS ==============================
G("kepegawaian", ["Pengelolaan data dan administrasi kepegawaian ASN", "Manajemen kepegawaian",
                  "Data pegawai, kenaikan pangkat, mutasi, cuti"],
  "RAL.02.04.01", "RAB.09.06.01", "RAA.01.02", [
    ("SIASN", "bkn", "Sistem informasi ASN nasional: data pegawai, layanan kepegawaian."),
    ("SIMPEG Kemenkes", "kemenkes", ""),
    ("SIMPEG BKKBN v2", "bkkbn", "Sistem informasi manajemen pegawai."),
    ("Sistem Informasi Kepegawaian (SIKEP) Kemensos", "kemensos", ""),
    ("e-Kepegawaian BKPSDM Kab. Sleman", "prov-di-yogyakarta", "Layanan kenaikan pangkat, cuti dan mutasi ASN daerah."),
    ("SIMPEG BPBD", "bnpb", ""),
    ("HRIS Kemenpora", "kemenpora", "Human resource information system for employees."),
    ("SIMASN Jatim", "prov-jawa-timur", ""),
    ("SIMPEG (Sistem Infromasi Manajemen Pegawai) BPOM", "bpom", ""),
    ("SIGAPE (Sistem Informasi Gaji dan Pegawai) Kab. Gorontalo", "prov-gorontalo", "Data pegawai dan penghitungan gaji."),
    ("e-Personalia KemenPPPA", "kemenpppa", ""),
    ("SIMPEG Badan Pangan Nasional", "kemenko-pangan", ""),
  ])

G("persuratan", ["Tata naskah dinas elektronik, persuratan dan arsip dinamis", "Persuratan elektronik",
                 "Surat masuk/keluar, disposisi dan tanda tangan elektronik"],
  "RAL.02.06.01", "RAB.09.07.01", "RAA.01.02", [
    ("SRIKANDI", "anri", "Aplikasi umum bidang kearsipan dinamis: naskah dinas, disposisi, arsip."),
    ("e-Office Kemenkes", "kemenkes", ""),
    ("TNDE (Tata Naskah Dinas Elektronik) Kemensos", "kemensos", "Surat masuk, surat keluar, disposisi pimpinan."),
    ("Persuratan Online BNPB", "bnpb", ""),
    ("SIMAYA - Sistem Informasi Manajemen Naskah Dinas Kemenpora", "kemenpora", ""),
    ("e-Surat Dinkes Prov. Bali", "prov-bali", "Persuratan dan disposisi elektronik."),
    ("SIPERSURATAN BKKBN", "bkkbn", ""),
    ("E-Ofice Pemprov Kalbar", "prov-kalimantan-barat", "Tata naskah dinas dan tanda tangan elektronik."),
    ("Naskah Dinas Elektronik (NADINE) KemenPPPA", "kemenpppa", ""),
    ("SIMARSIP dinamis & Surat Kementan", "kementan", ""),
    ("e-Disposisi Kemenko PMK", "kemenko-pmk", "Disposisi surat dan agenda pimpinan."),
  ])

G("pengaduan", ["Pengelolaan pengaduan masyarakat terhadap pelayanan publik", "Pengaduan masyarakat",
                "Aspirasi dan pengaduan online"],
  "RAL.01.45.01", "RAB.09.06.02", "RAA.01.01", [
    ("SP4N-LAPOR!", "kemenpanrb", "Kanal pengaduan pelayanan publik nasional."),
    ("Halo Kemenkes Pengaduan", "kemenkes", ""),
    ("Pengaduan Masyarakat Kemensos (Command Center 171)", "kemensos", "Pengaduan dan aspirasi masyarakat tentang layanan sosial."),
    ("e-Pengaduan BPOM (HaloBPOM)", "bpom", ""),
    ("Lapor Bos! Kab. Banyumas", "prov-jawa-tengah", "Aspirasi dan pengaduan warga."),
    ("Public Complaint System Pemprov Kaltim", "prov-kalimantan-timur", ""),
    ("SIPEDULI Pengaduan Kementan", "kementan", ""),
    ("Kanal Aduan Dinkes Kota Makassar", "prov-sulawesi-selatan", "Pengaduan layanan puskesmas dan RS."),
    ("e-Lapor Kemendes PDTT", "kemendes-pdtt", ""),
    ("Aspirasi Online Kemenpora", "kemenpora", ""),
  ])

G("ppid", ["Layanan permohonan informasi publik (PPID)", "Informasi publik", "Pengelolaan permohonan dan keberatan informasi"],
  "RAL.01.45.02", "RAB.09.03.01", "RAA.01.01", [
    ("e-PPID Kemenkes", "kemenkes", "Permohonan informasi publik dan keberatan."),
    ("PPID Kemensos", "kemensos", ""),
    ("PPID BNPB Online", "bnpb", ""),
    ("e-PPID BKKBN", "bkkbn", ""),
    ("Sistem Informasi PPID Kementan (SiPPID)", "kementan", "Layanan informasi publik."),
    ("PPID Pemprov NTT", "prov-nusa-tenggara-timur", ""),
    ("Public Information Request Portal BPOM", "bpom", ""),
    ("PPID KemenPPPA", "kemenpppa", ""),
    ("e-PPID Dinkes Jateng", "prov-jawa-tengah", ""),
  ])

G("data_portal", ["Portal satu data / open data", "Katalog data terbuka", "Publikasi dataset sektoral"],
  "RAL.02.09.01", "RAB.09.03.02", "RAA.01.02", [
    ("Satu Data Indonesia (data.go.id)", "bappenas", "Portal katalog data terbuka nasional."),
    ("Satu Data Kesehatan", "kemenkes", ""),
    ("Open Data Jabar", "prov-jawa-barat", "Portal data terbuka Jawa Barat."),
    ("Satu Data Pangan", "kemenko-pangan", ""),
    ("Portal Data Kemensos", "kemensos", ""),
    ("Satu Data Bencana Indonesia", "bnpb", ""),
    ("SDI Jatim (Satu Data Jatim)", "prov-jawa-timur", ""),
    ("Data Portal Kemenpora", "kemenpora", ""),
  ])

G("keuangan", ["Penatausahaan dan pelaporan keuangan satuan kerja pusat", "Pengelolaan keuangan satker",
               "Anggaran, pelaksanaan dan akuntansi"],
  "RAL.02.02.01", "RAB.09.02.01", "RAA.01.02", [
    ("SAKTI", "kemenkeu", "Sistem aplikasi keuangan tingkat instansi."),
    ("SIMKEU Kemenkes", "kemenkes", ""),
    ("e-Keuangan BNPB", "bnpb", ""),
    ("Aplikasi Pelaporan Keuangan (SIMAK) Kemensos", "kemensos", ""),
    ("General Ledger BKKBN", "bkkbn", "Pembukuan dan laporan keuangan satker."),
    ("SIMKEU Kemenko PMK", "kemenko-pmk", ""),
  ])

G("keuangan_daerah", ["Perencanaan, penganggaran dan penatausahaan keuangan pemerintah daerah",
                      "Keuangan daerah", "Pengelolaan keuangan daerah"],
  "RAL.02.02.02", "RAB.09.02.02", "RAA.01.02", [
    ("SIPD", "kemendagri", "Sistem informasi pemerintahan daerah: perencanaan, penganggaran, penatausahaan."),
    ("SIMDA Keuangan Kab. Banjar", "prov-kalimantan-selatan", ""),
    ("e-Budgeting DKI", "prov-dki-jakarta", ""),
    ("SIKD Prov. NTB", "prov-nusa-tenggara-barat", ""),
    ("SIPKD Kota Medan", "prov-sumatera-utara", "Sistem informasi pengelolaan keuangan daerah."),
  ])

G("perencanaan", ["Perencanaan program dan kinerja instansi", "Perencanaan dan penganggaran berbasis kinerja",
                  "Penyusunan renja dan RKA K/L"],
  "RAL.02.03.02", "RAB.09.05.01", "RAA.01.02", [
    ("KRISNA", "bappenas", "Kolaborasi perencanaan dan informasi kinerja anggaran."),
    ("e-Planning Kemenkes", "kemenkes", ""),
    ("SIMRENCANA Kemensos", "kemensos", ""),
    ("Sistem Perencanaan BKKBN (SIPENA)", "bkkbn", ""),
    ("e-Renja BNPB", "bnpb", ""),
    ("e-Perencanaan Kementan", "kementan", ""),
  ])

G("pengadaan", ["Pengadaan barang/jasa pemerintah secara elektronik", "Tender dan e-purchasing", "Pengadaan"],
  "RAL.02.06.03", "RAB.09.02.03", "RAA.01.02", [
    ("SPSE", "lkpp", "Sistem pengadaan secara elektronik."),
    ("LPSE Kemenkes", "kemenkes", ""),
    ("LPSE Kemensos", "kemensos", ""),
    ("e-Katalog", "lkpp", "Katalog elektronik untuk e-purchasing."),
    ("LPSE BNPB", "bnpb", ""),
    ("e-Procurement Pemprov Sulsel", "prov-sulawesi-selatan", ""),
    ("LPSE Kementan", "kementan", ""),
    ("SiRUP", "lkpp", "Rencana umum pengadaan."),
  ])

G("aset", ["Penatausahaan barang milik negara/daerah", "Pengelolaan aset BMN", "Inventarisasi aset"],
  "RAL.02.02.04", "RAB.09.02.04", "RAA.01.02", [
    ("SIMAN (Sistem Informasi Manajemen Aset Negara)", "kemenkeu", "Pengelolaan BMN."),
    ("SIMAK-BMN Kemenkes", "kemenkes", ""),
    ("Aset BMN BNPB", "bnpb", ""),
    ("SIMBADA Prov. Jateng", "prov-jawa-tengah", "Sistem informasi barang daerah."),
    ("e-Aset Kemensos", "kemensos", ""),
    ("Asset Management System Kemenpora", "kemenpora", ""),
    ("SIMDA Barang Kota Padang", "prov-sumatera-barat", ""),
  ])

G("arsip_statis", ["Pengelolaan arsip statis/inaktif dan alih media arsip", "Arsip statis",
                   "Record center dan digitalisasi arsip"],
  "RAL.02.06.02", "RAB.09.07.02", "RAA.02.02", [
    ("SIKN-JIKN (Sistem Informasi Kearsipan Nasional)", "anri", "Jaringan informasi kearsipan nasional, arsip statis."),
    ("Record Center Kemenkes", "kemenkes", ""),
    ("e-Arsip Statis Dinas Kearsipan Jatim", "prov-jawa-timur", "Khazanah arsip statis dan layanan penelusuran."),
    ("SIMARSIP Inaktif Kemensos", "kemensos", ""),
    ("Digital Archive BKKBN", "bkkbn", ""),
  ])

# ============================== DPI AND NATIONAL PLATFORMS ==============================
G("identitas", ["Identitas digital dan single sign-on layanan", "Autentikasi pengguna", "Identitas digital"],
  "RAL.02.09.02", "RAB.09.01.01", "RAA.01.02", [
    ("IKD (Identitas Kependudukan Digital)", "kemendagri", "KTP digital di ponsel."),
    ("INApas", "ina-digital", "Single sign-on dan dompet identitas."),
    ("SSO Kemenkes", "kemenkes", ""),
    ("Single Sign On Kemensos", "kemensos", ""),
    ("SSO Jabar (Sapawarga ID)", "prov-jawa-barat", ""),
    ("Akun Tunggal Pemprov Jatim", "prov-jawa-timur", ""),
  ], dpi="dpi-identitas-digital")

G("pembayaran", ["Pembayaran elektronik layanan pemerintah", "Payment gateway", "Pembayaran non-tunai"],
  "RAL.02.02.05", "RAB.09.02.05", "RAA.01.01", [
    ("SIMPONI", "kemenkeu", "Pembayaran PNBP."),
    ("Payment Gateway Pemprov DKI", "prov-dki-jakarta", ""),
    ("e-Retribusi Kab. Gianyar", "prov-bali", "Pembayaran retribusi daerah non-tunai."),
    ("Jatim Pay", "prov-jawa-timur", ""),
    ("QRIS Layanan Dinkes Kota Surabaya", "prov-jawa-timur", "Pembayaran retribusi puskesmas dengan QRIS."),
  ], dpi="dpi-pembayaran")

G("pertukaran", ["Pertukaran data dan interoperabilitas antar instansi", "API gateway", "Integrasi layanan"],
  "RAL.02.09.03", "RAB.09.04.01", "RAA.01.02", [
    ("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi", "API gateway dan interoperabilitas."),
    ("Interoperabilitas Data Kemenpora (API Gateway)", "kemenpora", ""),
    ("API Gateway Kemensos", "kemensos", ""),
    ("Jabar Integrated Data Exchange", "prov-jawa-barat", ""),
    ("SPBE Integrasi NTB", "prov-nusa-tenggara-barat", ""),
  ], dpi="dpi-pertukaran-data")

# ============================== TRAP GROUPS (duplicates of each other, another function) ==============================
TG = dict(trap=True)
G("t_vaksin_ternak", ["Pencatatan vaksinasi ternak (PMK, rabies, LSD)", "Vaksinasi hewan", "Vaksinasi hewan penular rabies"],
  "RAL.01.19.07", "RAB.02.05.07", "RAA.02.01", [
    ("SI Vaksinasi PMK Ternak", "kementan", "Pencatatan vaksinasi penyakit mulut dan kuku pada sapi, kerbau, kambing."),
    ("e-Imunisasi Ternak Disnakkeswan Jateng", "prov-jawa-tengah", "Pencatatan vaksinasi ternak per desa."),
    ("Vaksinasi Rabies (SIVARA) Disnakkeswan NTT", "prov-nusa-tenggara-timur", ""),
    ("Livestock Vaccination Tracker Bali", "prov-bali", "Vaccination records for dogs (rabies) and cattle."),
  ], trap=True)

G("t_harga_obat", ["Informasi harga obat dan e-katalog obat", "Harga eceran tertinggi obat", "Daftar harga obat"],
  "RAL.01.14.12", "RAB.04.02.11", "RAA.02.01", [
    ("Info Harga Obat (HET Obat)", "kemenkes", "Daftar harga eceran tertinggi obat generik."),
    ("Drug Price List Dinkes DKI", "prov-dki-jakarta", ""),
    ("Panel Harga Obat Farmalkes", "kemenkes", "Pemantauan harga obat di apotek dan e-katalog."),
  ], trap=True)

G("t_pbi", ["Kepesertaan PBI Jaminan Kesehatan", "Pendaftaran peserta jaminan kesehatan yang dibiayai daerah",
            "Data kepesertaan jaminan kesehatan"],
  "RAL.01.14.13", "RAB.04.01.08", "RAA.02.01", [
    ("SIPBI - Data Kepesertaan PBI JK", "kemensos", "Usulan dan penonaktifan peserta PBI jaminan kesehatan."),
    ("e-Kepesertaan JKN PBPU Pemda Kota Surabaya", "prov-jawa-timur", "Pendaftaran warga miskin sebagai peserta JKN dibiayai APBD."),
    ("Health Insurance Membership Jakarta (KJS Peserta)", "prov-dki-jakarta", ""),
    ("SiJamkes Peserta Kab. Lombok Timur", "prov-nusa-tenggara-barat", "Data peserta jaminan kesehatan daerah (bukan klaim)."),
  ], trap=True)

G("t_kia_kartu", ["Penerbitan Kartu Identitas Anak (KIA)", "Kartu Identitas Anak", "Administrasi kependudukan anak"],
  "RAL.01.16.03", "RAB.03.07.01", "RAA.02.01", [
    ("KIA Online Disdukcapil Kota Makassar", "prov-sulawesi-selatan", "Permohonan Kartu Identitas Anak."),
    ("SI-KIA (Kartu Identitas Anak) Disdukcapil Kab. Banyumas", "prov-jawa-tengah", ""),
    ("e-KIA Dukcapil Kota Padang", "prov-sumatera-barat", "Penerbitan kartu identitas anak usia 0-17 tahun."),
  ], trap=True)

G("t_kk", ["Layanan administrasi kependudukan: Kartu Keluarga", "Penerbitan KK", "Perubahan data Kartu Keluarga"],
  "RAL.01.16.04", "RAB.03.07.01", "RAA.02.01", [
    ("Layanan KK Online Dukcapil Jatim", "prov-jawa-timur", "Permohonan perubahan dan cetak Kartu Keluarga."),
    ("e-Kartu Keluarga Disdukcapil Kab. Gianyar", "prov-bali", ""),
    ("Family Card Service (KK) Disdukcapil DKI", "prov-dki-jakarta", ""),
  ], trap=True)

G("t_erdkk", ["Rencana definitif kebutuhan kelompok tani pupuk bersubsidi", "Alokasi pupuk bersubsidi", "e-RDKK"],
  "RAL.01.19.08", "RAB.02.05.08", "RAA.02.01", [
    ("e-RDKK", "kementan", "Penyusunan rencana kebutuhan pupuk bersubsidi kelompok tani."),
    ("Data Penerima Pupuk Bersubsidi Distan Jatim", "prov-jawa-timur", "Data petani penerima alokasi pupuk subsidi."),
    ("Kartu Tani Jateng", "prov-jawa-tengah", "Penebusan pupuk bersubsidi berbasis kartu."),
  ], trap=True)

G("t_autp", ["Asuransi usaha tani padi / ternak sapi: pendaftaran dan klaim", "Asuransi pertanian", "Klaim asuransi pertanian"],
  "RAL.01.19.09", "RAB.02.05.09", "RAA.02.01", [
    ("SIAP (Sistem Informasi Asuransi Pertanian) AUTP/AUTS", "kementan", "Pendaftaran dan klaim asuransi usaha tani padi dan ternak sapi."),
    ("e-Klaim AUTP Distan Sulsel", "prov-sulawesi-selatan", "Klaim asuransi padi akibat puso."),
  ], trap=True)

G("t_rtlh", ["Bantuan rehabilitasi rumah tidak layak huni", "Data RTLH", "Bedah rumah"],
  "RAL.01.15.07", "RAB.03.02.01", "RAA.02.01", [
    ("SI-RTLH (Rehabilitasi Sosial Rumah Tidak Layak Huni) Dinsos Kab. Banjar", "prov-kalimantan-selatan", "Pendataan dan bantuan rehab RTLH."),
    ("e-RTLH Disperkim Jabar", "prov-jawa-barat", "Data rumah tidak layak huni dan penerima bantuan bedah rumah."),
    ("Bedah Rumah Online Kemenpupr (SIBARU)", "kemenpupr", ""),
  ], trap=True)

G("t_kb_paud", ["Pendataan Kelompok Bermain (KB) dan satuan PAUD", "Data PAUD", "Izin operasional KB/TK"],
  "RAL.01.22.01", "RAB.06.01.01", "RAA.02.01", [
    ("SI-KB PAUD (Kelompok Bermain) Disdik Kota Kupang", "prov-nusa-tenggara-timur", "Pendataan lembaga Kelompok Bermain dan TK."),
    ("e-Izin KB/TK Disdikbud Kab. Banyumas", "prov-jawa-tengah", "Izin operasional kelompok bermain dan taman kanak-kanak."),
  ], trap=True)

G("t_csirt", ["Penanganan insiden keamanan informasi (CSIRT)", "Keamanan informasi", "Pelaporan insiden siber"],
  "RAL.02.09.04", "RAB.09.04.02", "RAA.02.02", [
    ("Kemenkes-CSIRT Incident Reporting", "kemenkes", "Pelaporan insiden keamanan siber."),
    ("Jatimprov-CSIRT (Sistem Keamanan Informasi)", "prov-jawa-timur", ""),
    ("BNPB-CSIRT", "bnpb", "Penanganan insiden keamanan informasi BNPB."),
  ], trap=True)

G("t_kapal_ikan", ["Perizinan kapal perikanan", "Izin kapal penangkap ikan", "SIPI/SIKPI"],
  "RAL.01.20.02", "RAB.07.03.02", "RAA.02.01", [
    ("SIMKADA (Sistem Informasi Kapal Daerah) DKP Jateng", "prov-jawa-tengah", "Perizinan kapal perikanan di bawah 30 GT."),
    ("e-SIPI DKP Maluku", "prov-maluku", "Surat izin penangkapan ikan."),
    ("Perizinan Kapal Perikanan Online", "kkp", ""),
  ], trap=True)

G("t_stok_darah", ["Informasi stok darah dan donor", "Stok darah", "Bank darah"],
  "RAL.01.14.14", "RAB.04.02.12", "RAA.02.01", [
    ("SIMDONDAR (Sistem Informasi Donor Darah) UDD Jatim", "prov-jawa-timur", "Stok darah per golongan dan jadwal donor."),
    ("Info Stok Darah Kota Medan", "prov-sumatera-utara", ""),
  ], trap=True)

G("t_siskeudes", ["Pengelolaan keuangan desa", "Keuangan desa", "Siskeudes"],
  "RAL.02.01.01", "RAB.09.01.02", "RAA.01.02", [
    ("Siskeudes", "bpkp", "Sistem keuangan desa."),
    ("Siskeudes Online Kab. Kampar", "prov-riau", ""),
    ("e-Keuangan Desa (Aplikasi Keuangan Desa) Kemendes", "kemendes-pdtt", "Penatausahaan APBDes."),
  ], trap=True)

G("t_lapor_jalan", ["Pelaporan kerusakan jalan", "Laporan jalan rusak", "Pemeliharaan jalan"],
  "RAL.01.30.01", "RAB.03.03.01", "RAA.02.01", [
    ("Lapor Jalan Rusak Jatim", "prov-jawa-timur", "Laporan warga atas kerusakan jalan provinsi."),
    ("SIGAP Jalan PUPR Kab. Sleman", "prov-di-yogyakarta", ""),
    ("Sapa Jalan (Lapor Kerusakan Jalan) Kemenpupr", "kemenpupr", "Pelaporan kerusakan jalan nasional."),
  ], trap=True)

G("t_pengadaan_tanah", ["Pengadaan tanah bagi pembangunan untuk kepentingan umum", "Pengadaan tanah", "Ganti rugi lahan"],
  "RAL.01.31.01", "RAB.03.05.01", "RAA.02.01", [
    ("SI Pengadaan Tanah ATR/BPN", "atr-bpn", "Inventarisasi, penilaian dan ganti kerugian pengadaan tanah."),
    ("e-Pengadaan Tanah Pemprov Jabar", "prov-jawa-barat", ""),
  ], trap=True)

G("t_rehab_hutan", ["Rehabilitasi hutan dan lahan", "RHL", "Penanaman dan pemeliharaan RHL"],
  "RAL.01.32.01", "RAB.07.02.01", "RAA.02.01", [
    ("SIRHL (Sistem Informasi Rehabilitasi Hutan dan Lahan)", "klhk", "Pemantauan penanaman RHL dan bibit."),
    ("e-RHL Dishut Kaltim", "prov-kalimantan-timur", ""),
  ], trap=True)

G("t_logfar", ["Logistik obat, vaksin dan perbekalan farmasi", "Logistik farmasi", "Distribusi obat ke puskesmas"],
  "RAL.01.14.15", "RAB.04.02.13", "RAA.02.01", [
    ("SMILE (Sistem Monitoring Imunisasi dan Logistik secara Elektronik)", "kemenkes", "Pemantauan stok dan suhu rantai dingin vaksin dan obat program."),
    ("SI Logistik Farmasi Dinkes Kab. Bandung", "prov-jawa-barat", "Penerimaan dan distribusi obat dari gudang farmasi ke puskesmas."),
    ("e-Logistik Obat Instalasi Farmasi Provinsi Sulteng", "prov-sulawesi-tengah", ""),
  ], trap=True)

# ============================== TRAP SINGLES ==============================
# (nama, instansi, deskripsi, fungsi, ral, rab)
S("SIM Rumah Sakit Hewan Pendidikan", "kementan", "Pelayanan pasien hewan: registrasi pemilik, rekam medis hewan, tindakan.", "Pelayanan rumah sakit hewan")
S("SIMRUSUN Kota Surabaya", "prov-jawa-timur", "Pengelolaan penghuni dan retribusi rumah susun sederhana sewa.", "Manajemen rusunawa", "RAL.01.33.01")
S("Hospitality Management System Balai Diklat Kemenpora", "kemenpora", "Pemesanan kamar asrama dan wisma atlet.", "Pengelolaan wisma")
S("Dashboard Kinerja Pegawai (e-Kinerja) Dinkes Jabar", "prov-jawa-barat", "Capaian SKP dan kinerja harian pegawai.", "Kinerja pegawai", "RAL.02.04.02")
S("Stunting Kebijakan Repository (Pustaka Regulasi Stunting)", "kemenko-pmk", "Kumpulan regulasi dan kebijakan percepatan penurunan stunting.", "Dokumentasi regulasi")
S("Neraca Bahan Makanan dan Pola Pangan Harapan (NBM-PPH)", "kemenko-pangan", "Penyusunan neraca bahan makanan dan skor PPH konsumsi pangan wilayah.", "Analisis ketersediaan dan konsumsi pangan", "RAL.01.19.10")
S("Makan Bergizi Gratis - Distribusi SPPG", "kemenko-pangan", "Pemantauan distribusi paket makan bergizi dari dapur SPPG ke sekolah.", "Distribusi makan bergizi sekolah")
S("Surveilans OPT (Organisme Pengganggu Tumbuhan) Distan Jabar", "prov-jawa-barat", "Laporan serangan hama dan penyakit tanaman padi.", "Pengamatan hama tanaman", "RAL.01.19.11")
S("Surveilans Kualitas Air Minum PDAM", "prov-bali", "Hasil uji kualitas air minum perpipaan.", "Pengawasan kualitas air")
S("e-Registrasi Obat Hewan", "kementan", "Pendaftaran dan nomor registrasi obat hewan.", "Registrasi obat hewan")
S("Registrasi Pencari Kerja (Kartu Kuning AK1) Disnaker Kota Medan", "prov-sumatera-utara", "Pendaftaran pencari kerja dan kartu AK/1.", "Registrasi pencari kerja")
S("SI Rujukan Statistik (SIRuSa)", "bps", "Metadata, konsep dan definisi statistik.", "Rujukan metadata statistik")
S("Sistem Rujukan Hukum Kemenkes (JDIH)", "kemenkes", "Dokumentasi peraturan perundang-undangan bidang kesehatan.", "Dokumentasi hukum", "RAL.02.08.01")
S("Damkar 113 Dispatch Kota Makassar", "prov-sulawesi-selatan", "Penerimaan panggilan kebakaran dan pengerahan unit pemadam.", "Penanggulangan kebakaran", "RAL.01.18.04")
S("Tracking Armada Angkutan Sampah DLH DKI", "prov-dki-jakarta", "GPS truk sampah.", "Pengelolaan armada sampah")
S("Data Penerima Beasiswa Daerah (Beasiswa Pintar Kaltim)", "prov-kalimantan-timur", "Pendaftaran dan seleksi penerima beasiswa pendidikan.", "Beasiswa pendidikan", "RAL.01.22.02")
S("Data Penerima Bantuan Benih dan Alsintan", "kementan", "Pencatatan kelompok tani penerima bantuan benih dan alat mesin pertanian.", "Bantuan sarana pertanian")
S("SIPKH - Sistem Informasi Penertiban Kawasan Hutan", "klhk", "Data penertiban kawasan hutan dan sanksi administratif.", "Penertiban kawasan hutan", "RAL.01.32.02")
S("Monitoring Transfer ke Daerah (TKD)", "kemenkeu", "Penyaluran DAU, DAK dan dana bagi hasil ke pemerintah daerah.", "Transfer fiskal ke daerah", "RAL.02.02.06")
S("Aksesibilitas Web Checker", "kominfo", "Audit aksesibilitas situs pemerintah (WCAG).", "Kualitas situs web")
S("Data Panti Pijat dan Spa (Izin Usaha Pariwisata) Kab. Gianyar", "prov-bali", "Perizinan usaha spa dan panti pijat.", "Perizinan usaha pariwisata")
S("Sistem Informasi Panti Wreda / Lansia Dinsos DIY", "prov-di-yogyakarta", "Pendataan lansia terlantar di panti werdha.", "Layanan lanjut usia", "RAL.01.15.08", "", "RAA.02.01", True)
S("Penyuluhan Hukum Online (Luhkum) BPHN", "kemenkumham", "Jadwal dan materi penyuluhan hukum masyarakat.", "Penyuluhan hukum")
S("SI Penyuluh KB (SIPKB) BKKBN", "bkkbn", "Data penyuluh KB dan PLKB serta laporan kinerja penyuluh.", "Kepegawaian penyuluh KB", "", "", "RAA.02.01", True)
S("Kota Layak Huni Index Dashboard", "prov-jawa-barat", "Indeks kota layak huni dan livability.", "Indeks pembangunan perkotaan")
S("Kabupaten Layak Investasi (KLI) Profil", "kementerian-investasi", "Profil peluang investasi daerah.", "Promosi investasi")
S("Laporan Kinerja (LKj) Online BPBD Jatim", "prov-jawa-timur", "Penyusunan laporan kinerja instansi.", "Akuntabilitas kinerja", "RAL.02.07.01")
S("Rudenim Refugee Management (Data Pengungsi Luar Negeri)", "kemenkumham", "Pendataan pengungsi luar negeri dan deteni di rumah detensi imigrasi.", "Pengawasan pengungsi luar negeri")
S("Harga TBS Sawit Penetapan Disbun Riau", "prov-riau", "Penetapan harga tandan buah segar sawit periodik.", "Penetapan harga TBS")
S("Info Harga BBM dan LPG", "kesdm", "Harga jual eceran BBM dan LPG.", "Informasi harga energi")
S("Cadangan Benih Nasional (CBN) Kementan", "kementan", "Stok dan penyaluran cadangan benih tanaman pangan.", "Cadangan benih")
S("Gudang Logistik Biro Umum Pemprov NTB", "prov-nusa-tenggara-barat", "Inventaris persediaan ATK dan barang habis pakai gudang kantor gubernur.", "Persediaan barang habis pakai")
S("Perencanaan Kebutuhan Obat (RKO) e-Logistik", "kemenkes", "Penyusunan rencana kebutuhan obat faskes.", "Perencanaan kebutuhan obat")
S("Surat Keterangan Sehat Online Puskesmas Kota Balikpapan", "prov-kalimantan-timur", "Permohonan surat keterangan sehat.", "Layanan surat keterangan kesehatan")
S("SMS Gateway Posyandu Reminder Kab. Gorontalo", "prov-gorontalo", "Pengingat jadwal posyandu via SMS ke ibu balita.", "Pengingat jadwal posyandu")
S("SMS Gateway Peringatan Dini Banjir BPBD Jateng", "prov-jawa-tengah", "SMS peringatan dini tinggi muka air sungai.", "Peringatan dini banjir", "RAL.01.18.05")
S("SMS Gateway Kepegawaian BKKBN", "bkkbn", "Notifikasi SMS kepada pegawai.", "Notifikasi SMS")
S("SIGAP Perizinan Kota Balikpapan", "prov-kalimantan-timur", "Perizinan usaha daerah.", "Perizinan usaha")
S("SIMPEL (Sistem Informasi Pelaporan Limbah) DLH Jatim", "prov-jawa-timur", "Pelaporan pengelolaan limbah B3 industri.", "Pengawasan limbah")
S("SIMONA Monitoring Anggaran Kab. Banyumas", "prov-jawa-tengah", "Realisasi fisik dan keuangan kegiatan.", "Monitoring realisasi")
S("Aset Cagar Budaya Registry Dispar Bali", "prov-bali", "Registrasi nasional objek cagar budaya.", "Registrasi cagar budaya")
S("Pembayaran Gaji dan Tunjangan (GPP) Kemenpora", "kemenpora", "Daftar gaji pegawai.", "Penggajian")
S("Portal Berita Kemenko PMK", "kemenko-pmk", "Publikasi berita dan siaran pers.", "Publikasi berita", "RAL.02.09.05")
S("InaRISK", "bnpb", "Kajian dan peta risiko bencana per wilayah, rekomendasi aksi.", "Kajian risiko bencana", "RAL.01.18.06", "", "RAA.02.01", False)
S("Sport Tourism Event Calendar Kemenparekraf", "kemenparekraf", "Kalender event sport tourism.", "Promosi event wisata")
S("Dana Bergulir Ternak Koperasi (LPDB)", "kemenkopukm", "Pinjaman dana bergulir untuk koperasi peternak.", "Pembiayaan koperasi")
S("Absensi Siswa Online Disdik Kota Padang", "prov-sumatera-barat", "Presensi siswa sekolah.", "Presensi siswa")
S("SATUSEHAT Mobile", "kemenkes", "Aplikasi warga: rekam kesehatan pribadi dan tiket layanan.", "Layanan kesehatan warga", "", "", "RAA.01.01", False)
S("Pengaduan Konsumen BPSK Kota Medan", "prov-sumatera-utara", "Penyelesaian sengketa konsumen.", "Penyelesaian sengketa konsumen")
S("Ayo Olahraga - Fitness Tracker ASN", "kemenpanrb", "Pencatatan aktivitas olahraga pegawai.", "Kesehatan pegawai")


# ============================== BUILD ROWS ==============================
def messy_code(code, p_blank=0.3):
    """Real inventories record codes inconsistently: case, zero padding, missing prefix, truncation."""
    if not code or random.random() < p_blank:
        return ""
    parts = code.split(".")
    prefix, nums = parts[0], parts[1:]
    r = random.random()
    if r < 0.40:
        return code
    if r < 0.52:
        return prefix.capitalize() + "." + ".".join(nums)
    if r < 0.64:
        return prefix + "." + ".".join(str(int(n)) for n in nums)
    if r < 0.74:
        return ".".join(nums)
    if r < 0.84:
        return prefix.lower() + "." + ".".join(nums[: max(1, len(nums) - 1)])
    if r < 0.92:
        return prefix + " " + ".".join(nums)
    return prefix + "." + ".".join(nums[:1])


def jenis_for(raa):
    if random.random() < 0.3:
        return ""
    if raa.startswith("RAA.01"):
        return random.choice(["Umum", "Aplikasi Umum", "umum", "Umum"])
    return random.choice(["Khusus", "Aplikasi Khusus", "khusus", "Khusus", "Aplikasi khusus"])


def typo(name):
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    if not idx:
        return name
    i = random.choice(idx)
    w = words[i]
    j = random.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def domain(inst):
    if inst.startswith("prov-"):
        return inst[5:].replace("-", "") + "prov.go.id"
    return inst.replace("-", "") + ".go.id"


def slug(name):
    t = "".join(c.lower() if c.isalnum() else "-" for c in name.split("(")[0]).strip("-")
    while "--" in t:
        t = t.replace("--", "-")
    return t[:24].strip("-")


records = []  # dict(key, trap, fields)
for key, g in GROUPS.items():
    for row in g["rows"]:
        nama, inst, desk = row[:3]
        ov = row[3] if len(row) > 3 else {}
        records.append(dict(group=key, trap=ov.get("trap", g["trap"]), nama=nama, inst=inst, desk=desk,
                            fungsi=g["fungsi"], ral=g["ral"], rab=g["rab"], raa=g["raa"], dpi=g["dpi"]))
for s in SINGLES:
    records.append(dict(group=None, trap=s["trap"], nama=s["nama"], inst=s["inst"], desk=s["desk"],
                        fungsi=s["fungsi"], ral=s["ral"], rab=s["rab"], raa=s["raa"], dpi=s["dpi"]))

random.shuffle(records)
rows = []
for n, r in enumerate(records, 1):
    rid = "b22-%04d" % n
    r["id"] = rid
    nama = r["nama"]
    if random.random() < 0.06:
        nama = typo(nama)
    desk = r["desk"]
    if desk and random.random() < 0.15:
        desk = ""
    fungsi = ""
    if random.random() > 0.35:
        fungsi = random.choice(r["fungsi"])
        if random.random() < 0.15:
            fungsi = fungsi.lower()
    st = random.random()
    status = "aktif" if st < 0.68 else "tidak aktif" if st < 0.78 else "pengembangan" if st < 0.84 else ""
    tahun = "" if random.random() < 0.1 else str(random.randint(2008, 2024))
    url = ""
    if random.random() < 0.3:
        url = "https://%s.%s" % (slug(r["nama"]) or "app", domain(r["inst"]))
    dpi = r["dpi"] if (r["dpi"] and random.random() < 0.8) else ""
    rows.append(dict(id=rid, nama=nama, deskripsi=desk, fungsi=fungsi, instansi=r["inst"], jenis=jenis_for(r["raa"]),
                     kode_ral=messy_code(r["ral"]), kode_rab=messy_code(r["rab"], 0.45), kode_raa=messy_code(r["raa"], 0.4),
                     status=status, tahun=tahun, url=url, dpi=dpi))

HEADER = "id,nama,deskripsi,fungsi,instansi,jenis,kode_ral,kode_rab,kode_raa,status,tahun,url,dpi".split(",")
with open("blind22-inventory.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

members = {}
for r in records:
    if r["group"]:
        members.setdefault(r["group"], []).append(r["id"])
gid = {}
groups_out = []
for n, key in enumerate(GROUPS, 1):
    ids = sorted(members[key])
    assert 2 <= len(ids) <= 14, key
    gid[key] = "g%02d" % n
    groups_out.append(dict(id=gid[key], members=ids))
with open("blind22-groups.json", "w", encoding="utf-8") as f:
    json.dump({"source": "Blind set 22: Kemenko PMK / Kemenko Pangan audit export of central and regional applications "
                         "(health, social protection, family planning, women and child protection, disaster management, "
                         "food security, youth and sports, general functions, national platforms and DPI), " + SOURCE_NOTE,
               "duplicateGroups": groups_out}, f, ensure_ascii=False, indent=1)

single_id = {r["nama"]: r["id"] for r in records if r["group"] is None}

# ============================== PROPOSALS ==============================
REUSE = [
    ("Aplikasi manajemen RSUD baru", "Kami membutuhkan aplikasi untuk rumah sakit daerah: pendaftaran pasien, IGD, rawat inap, kasir, apotek dan penagihan BPJS.", "simrs"),
    ("Rekam medis elektronik fasilitas kesehatan tingkat pertama", "Pencatatan kunjungan pasien, diagnosa dan resep di puskesmas dan pustu, terhubung SATUSEHAT.", "puskesmas"),
    ("Pencatatan vaksinasi bayi dan balita", "Mencatat imunisasi dasar lengkap setiap bayi by name by address dan menghitung cakupan per desa.", "imunisasi"),
    ("Pemantauan balita pendek dan gizi kurang per desa", "Kader posyandu menginput hasil penimbangan dan pengukuran tinggi badan, sistem menandai balita stunting dan menampilkan peta prevalensi.", "stunting"),
    ("Pendampingan ibu hamil risiko tinggi", "Pendataan ibu hamil, kunjungan ANC, persalinan dan nifas, serta pemantauan bayi baru lahir.", "kia"),
    ("Laporan mingguan penyakit berpotensi wabah", "Puskesmas melaporkan kasus diare, DBD, campak setiap minggu; sistem memberi alert bila melewati ambang KLB.", "surveilans"),
    ("Rujukan pasien antar fasilitas kesehatan", "Puskesmas mengirim rujukan pasien ke RS dengan informasi klinis dan konfirmasi ketersediaan tempat tidur.", "rujukan"),
    ("Call center kegawatdaruratan medis", "Warga menelepon 119, operator menugaskan ambulans terdekat dan memantau perjalanan ke IGD.", "ambulans"),
    ("Permohonan izin praktik bidan dan perawat", "Pengajuan dan penerbitan SIP tenaga kesehatan secara daring beserta data STR.", "nakes"),
    ("Basis data keluarga miskin penerima bantuan", "Usulan, verifikasi dan validasi data warga miskin yang menjadi sasaran bantuan sosial.", "dtks"),
    ("Penyaluran bantuan uang tunai", "Mencatat pencairan bantuan tunai kepada keluarga penerima melalui bank dan kantor pos serta rekonsiliasinya.", "blt"),
    ("Pendataan difabel dan bantuan alat bantu", "Mendata penyandang disabilitas, menerbitkan kartu dan menyalurkan kursi roda.", "disabilitas"),
    ("Pelaporan pelayanan kontrasepsi", "Bidan dan klinik melaporkan peserta KB baru dan aktif serta pemakaian alat kontrasepsi.", "kb"),
    ("Hotline pengaduan kekerasan terhadap anak", "Korban atau saksi melaporkan kekerasan seksual dan KDRT, UPTD PPA menindaklanjuti dan mendampingi korban.", "kekerasan"),
    ("Laporan cepat kejadian banjir dan longsor", "Petugas kecamatan melaporkan kejadian bencana, korban dan kerusakan untuk kaji cepat.", "lapor_bencana"),
    ("Gudang bantuan korban bencana", "Pencatatan stok gudang logistik kebencanaan dan distribusi bantuan ke lokasi bencana.", "logistik_bencana"),
    ("Data pengungsi di posko", "Mencatat pengungsi per posko pengungsian beserta kebutuhan dasar mereka.", "evakuasi"),
    ("Papan harga sembako harian", "Enumerator mengisi harga beras, cabai, bawang dan minyak goreng setiap hari dari pasar tradisional.", "harga_pangan"),
    ("Pengelolaan cadangan pangan daerah", "Mencatat pengadaan, stok dan pelepasan cadangan beras pemerintah daerah untuk rawan pangan.", "cadangan_pangan"),
    ("Uji residu pestisida sayur dan buah", "Pengawasan keamanan pangan segar di pasar dan pendaftaran produk pangan segar asal tumbuhan.", "keamanan_pangan"),
    ("Laporan penyakit hewan ternak", "Petugas kesehatan hewan melaporkan kasus penyakit pada ternak dan pengobatan di pusat kesehatan hewan.", "keswan"),
    ("Database atlet dan pelatih daerah", "Pendataan atlet, cabang olahraga, pelatih dan prestasi untuk pembinaan.", "atlet"),
    ("Manajemen data ASN", "Data pegawai, riwayat jabatan, kenaikan pangkat, mutasi dan cuti.", "kepegawaian"),
    ("Surat menyurat elektronik", "Surat masuk dan keluar, disposisi berjenjang dan tanda tangan elektronik.", "persuratan"),
    ("Layanan permohonan informasi publik", "Masyarakat mengajukan permohonan informasi dan keberatan sesuai UU KIP.", "ppid"),
    ("Pemilihan penyedia barang dan jasa", "Tender dan e-purchasing pengadaan alat kesehatan secara elektronik.", "pengadaan"),
    ("Pencatatan vaksinasi rabies anjing", "Petugas peternakan mencatat vaksinasi rabies pada anjing dan kucing serta vaksin PMK sapi.", "t_vaksin_ternak"),
    ("Pendaftaran warga miskin ke BPJS Kesehatan dibiayai pemda", "Mengusulkan dan menonaktifkan kepesertaan jaminan kesehatan penerima bantuan iuran.", "t_pbi"),
    ("Kartu identitas untuk anak", "Penerbitan kartu identitas penduduk usia di bawah 17 tahun oleh dinas kependudukan.", "t_kia_kartu"),
]
REUSE_SINGLE = [
    ("Neraca ketersediaan dan konsumsi pangan wilayah", "Menyusun neraca bahan makanan dan skor pola pangan harapan provinsi.",
     "Neraca Bahan Makanan dan Pola Pangan Harapan (NBM-PPH)"),
    ("Peta risiko bencana kabupaten", "Kajian risiko bencana per desa dan rekomendasi aksi pengurangan risiko.", "InaRISK"),
    ("Pendataan penertiban kawasan hutan", "Mencatat kebun dan tambang di kawasan hutan yang ditertibkan serta sanksi administratifnya.",
     "SIPKH - Sistem Informasi Penertiban Kawasan Hutan"),
]
NOVEL = [
    ("Pemeriksaan kesehatan calon jemaah haji", "Pencatatan hasil pemeriksaan istithaah kesehatan jemaah haji di puskesmas dan rumah sakit."),
    ("Kalibrasi alat kesehatan", "Penjadwalan dan sertifikat kalibrasi alat kesehatan di rumah sakit dan puskesmas."),
    ("Registrasi donor organ", "Pendaftaran calon donor organ dan daftar tunggu transplantasi."),
    ("Bank ASI donor", "Pengelolaan donor ASI, skrining pendonor dan distribusi ASI ke bayi prematur di rumah sakit."),
    ("Pemetaan lahan sawah dilindungi", "Peta lahan pertanian pangan berkelanjutan dan alih fungsi sawah."),
    ("Sertifikasi benih padi", "Permohonan sertifikasi dan label benih tanaman pangan oleh penangkar."),
    ("Lelang ikan di TPI", "Pencatatan transaksi lelang ikan di tempat pelelangan ikan dan retribusinya."),
    ("Manajemen turnamen olahraga pelajar", "Jadwal pertandingan, bagan, skor dan klasemen kejuaraan olahraga antar sekolah."),
    ("Identifikasi korban bencana massal", "Pencatatan data ante-mortem dan post-mortem untuk identifikasi korban (DVI)."),
    ("Pelatihan daring kader posyandu", "Kursus e-learning dan sertifikat untuk kader posyandu dan kader KB."),
    ("Seleksi peserta pertukaran pemuda antar negara", "Pendaftaran, tes dan pengumuman peserta program pertukaran pemuda."),
    ("Informasi cuaca maritim untuk nelayan", "Prakiraan gelombang dan angin untuk nelayan sebelum melaut."),
    ("Rumah singgah pasien kanker", "Pemesanan kamar rumah singgah bagi pasien dan pendamping dari daerah yang berobat ke rumah sakit rujukan."),
    ("Pemantauan produksi garam rakyat", "Pencatatan luas tambak garam, produksi dan stok garam petambak."),
    ("Pekarangan pangan lestari", "Pendampingan kelompok wanita tani mengelola kebun bibit dan pekarangan pangan."),
    ("Skrining kesehatan jiwa remaja", "Kuesioner skrining depresi dan kecemasan siswa SMP/SMA dan rujukan ke konselor."),
]

proposals = []
n = 0
for nama, desk, key in REUSE:
    n += 1
    proposals.append(dict(id="p%02d" % n, nama=nama, deskripsi=desk, expected=sorted(members[key])))
for nama, desk, rowname in REUSE_SINGLE:
    n += 1
    proposals.append(dict(id="p%02d" % n, nama=nama, deskripsi=desk, expected=[single_id[rowname]]))
for nama, desk in NOVEL:
    n += 1
    proposals.append(dict(id="p%02d" % n, nama=nama, deskripsi=desk, expected=[]))
assert len(proposals) == 48
with open("blind22-proposals.json", "w", encoding="utf-8") as f:
    json.dump({"source": "Blind set 22 proposals (32 reuse, 16 novel) against blind22-inventory.csv, " + SOURCE_NOTE,
               "proposals": proposals}, f, ensure_ascii=False, indent=1)

# summary (counts only)
trap_rows = sum(1 for r in records if r["trap"])
print("rows", len(rows), "agencies", len({r["instansi"] for r in rows}), "groups", len(groups_out),
      "rows in groups", sum(len(g["members"]) for g in groups_out),
      "sizes", min(len(g["members"]) for g in groups_out), max(len(g["members"]) for g in groups_out),
      "traps", trap_rows, "no desc", sum(1 for r in rows if not r["deskripsi"]),
      "no fungsi", sum(1 for r in rows if not r["fungsi"]), "no jenis", sum(1 for r in rows if not r["jenis"]))
