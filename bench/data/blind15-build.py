#!/usr/bin/env python3
"""Build the blind15 hand-labelled test set.

Shape: a provincial Diskominfo's consolidated SPBE self-assessment export from Sumatra
(10 provinces with their kabupaten/kota, vertical offices of ministries and a few national
shared-platform rows). Public services emphasised. All rows, descriptions, business
functions, agencies, duplicate-group labels, trap labels and proposals are written by hand
below; this script only shuffles, assigns ids, blanks fields to realistic missing-data
rates and fills metadata columns (jenis, kode_*, status, tahun, url, dpi) deterministically.

Written blind to the detector: the author read only the SPBE reference note and the
catalog agency/DPI entity names. Kabupaten/kota have no entity of their own in the
catalog, so their rows carry the entity of their province (the owning kab/kota or unit
is kept in the name/description, as clerks write it).

Python 3 stdlib only. Fixed seed 151515.
"""
import csv
import json
import os
import random
import re

SEED = 151515
HERE = os.path.dirname(os.path.abspath(__file__))

PROV = {
    "aceh": "prov-aceh",
    "sumut": "prov-sumatera-utara",
    "sumbar": "prov-sumatera-barat",
    "riau": "prov-riau",
    "kepri": "prov-kepulauan-riau",
    "jambi": "prov-jambi",
    "sumsel": "prov-sumatera-selatan",
    "bkl": "prov-bengkulu",
    "lpg": "prov-lampung",
    "babel": "prov-kepulauan-bangka-belitung",
}
PROV_DOMAIN = {
    "aceh": "acehprov.go.id", "sumut": "sumutprov.go.id", "sumbar": "sumbarprov.go.id",
    "riau": "riau.go.id", "kepri": "kepriprov.go.id", "jambi": "jambiprov.go.id",
    "sumsel": "sumselprov.go.id", "bkl": "bengkuluprov.go.id", "lpg": "lampungprov.go.id",
    "babel": "babelprov.go.id",
}

# sector -> (RAB level-2, RAL level-2, public service?)
SECTOR = {
    "duk": ("RAB.03.07", "RAL.01.10", True),
    "kes": ("RAB.04.02", "RAL.01.05", True),
    "sos": ("RAB.04.01", "RAL.01.06", True),
    "pend": ("RAB.06.01", "RAL.01.04", True),
    "naker": ("RAB.06.02", "RAL.01.08", True),
    "dag": ("RAB.02.05", "RAL.01.12", True),
    "par": ("RAB.02.08", "RAL.01.13", True),
    "kop": ("RAB.02.06", "RAL.01.16", True),
    "inv": ("RAB.02.07", "RAL.01.17", True),
    "tani": ("RAB.02.03", "RAL.01.14", True),
    "kkp": ("RAB.02.04", "RAL.01.15", True),
    "lh": ("RAB.07.01", "RAL.01.18", True),
    "hut": ("RAB.07.02", "RAL.01.19", True),
    "esdm": ("RAB.07.03", "RAL.01.21", True),
    "bencana": ("RAB.05.02", "RAL.01.20", True),
    "trantib": ("RAB.05.01", "RAL.01.24", True),
    "hub": ("RAB.03.03", "RAL.01.22", True),
    "pu": ("RAB.03.01", "RAL.01.28", True),
    "perkim": ("RAB.03.02", "RAL.01.29", True),
    "agama": ("RAB.08.02", "RAL.01.25", True),
    "budaya": ("RAB.08.01", "RAL.01.26", True),
    "pajak": ("RAB.09.02", "RAL.01.30", True),
    "izin": ("RAB.02.07", "RAL.01.31", True),
    "desa": ("RAB.09.01", "RAL.02.01", False),
    "keu": ("RAB.09.02", "RAL.02.02", False),
    "renc": ("RAB.09.05", "RAL.02.03", False),
    "apar": ("RAB.09.06", "RAL.02.04", False),
    "ses": ("RAB.09.07", "RAL.02.05", False),
    "ops": ("RAB.09.01", "RAL.02.06", False),
    "akun": ("RAB.09.06", "RAL.02.07", False),
    "org": ("RAB.09.06", "RAL.02.08", False),
    "data": ("RAB.09.03", "RAL.02.09", False),
    "kom": ("RAB.09.04", "RAL.01.32", True),
    "hukum": ("RAB.09.01", "RAL.01.33", True),
    "pbj": ("RAB.09.02", "RAL.02.06", False),
    "hankam": ("RAB.01.01", "RAL.01.01", True),
}

# duplicate-group label -> sector
GROUP_SEC = {
    "adminduk": "duk", "simpus": "kes", "simrs": "kes", "stunting": "kes", "imunisasi": "kes",
    "psc119": "kes", "ppdb": "pend", "beasiswa": "pend", "datasekolah": "pend", "dtks": "sos",
    "rtlh": "perkim", "zakat": "agama", "masjid": "agama", "wisata": "par", "hargapasar": "dag",
    "retribusipasar": "dag", "hargatbs": "tani", "stdb": "tani", "lelangkaret": "tani",
    "kopi": "tani", "pupuk": "tani", "nelayan": "kkp", "tpi": "kkp", "banjir": "bencana",
    "karhutla": "hut", "bencana": "bencana", "bus": "hub", "ferry": "hub", "samsat": "pajak",
    "perizinan": "izin", "pbg": "pu", "pengaduan": "kom", "ppid": "kom", "persuratan": "ses",
    "simpeg": "apar", "absensi": "apar", "ekinerja": "apar", "keuda": "keu", "pajakdaerah": "pajak",
    "monev": "renc", "siddesa": "desa", "umkm": "kop", "bursakerja": "naker", "perpusdigital": "pend",
    "banksampah": "lh", "jdih": "hukum", "satudata": "data", "ispu": "lh", "keswan": "tani",
    "asetbmd": "keu", "geoportal": "data", "ppa": "sos", "madrasah": "pend", "kendinas": "ops",
    "vethewan": "tani", "koperasi": "kop",
}
PAY_GROUPS = {"samsat", "pajakdaerah", "retribusipasar", "zakat"}
XCHG_GROUPS = {"satudata"}

# ---------------------------------------------------------------------------------------
# Rows: (tags, instansi, unit@locality, nama, deskripsi, fungsi)
# tags: g=<group>  t=<what it resembles (trap)>  s=<singleton ref>  sec=<sector>
#       h (name hides the function: keep its description)  u (national aplikasi umum)
#       url=<known url>  dpi=<dpi block>
# ---------------------------------------------------------------------------------------
R = [
# ---- adminduk online services -------------------------------------------------------
("g=adminduk", "sumut", "Disdukcapil@Kota Medan", "SIPADU Capil Medan", "Sistem Pelayanan Adminduk Terpadu: warga mengajukan KK, akta kelahiran, akta kematian dan surat pindah secara online tanpa datang ke kantor", "Pelayanan pendaftaran penduduk dan pencatatan sipil"),
("g=adminduk h", "aceh", "Disdukcapil@Kota Banda Aceh", "Meuseuraya Capil", "Aplikasi layanan dokumen kependudukan dari gampong: pengajuan akta lahir, KK dan KTP-el lewat operator kantor keuchik", "Pelayanan adminduk"),
("g=adminduk h", "sumbar", "Disdukcapil@Kota Bukittinggi", "Capil Bagurau", "Layanan adminduk dalam jaringan; permohonan akta, KK dan pindah datang, dokumen dikirim PDF ber-TTE", "pendaftaran penduduk & capil"),
("g=adminduk h", "sumsel", "Disdukcapil@Kota Palembang", "JINGOK CAPIL", "Jemput bola dan pengajuan online dokumen kependudukan wong kito (KK, akta, KIA)", "Adminduk online"),
("g=adminduk", "kepri", "Disdukcapil@Kota Batam", "SIAP Dukcapil Batam v3", "Pendaftaran permohonan dokumen kependudukan via web dan android", "Pelayanan Pendaftaran Penduduk"),
("g=adminduk", "riau", "Disdukcapil@Kab. Siak", "Disdukcapil - LADAR (Layanan Adminduk Daring)", "", "pencatatan sipil"),
("g=adminduk h", "lpg", "Disdukcapil@Kota Bandar Lampung", "Nemui Capil Online", "Permohonan akta kelahiran, KK, surat pindah scr online, pengambilan dokumen di kecamatan", "Pencatatan sipil"),
("g=adminduk h", "bkl", "Disdukcapil@Kota Bengkulu", "Sebiduk Capil", "", "Pelayanan dokumen adminduk online"),
("g=adminduk", "babel", "Disdukcapil@Kab. Bangka", "DUKCAPIL ONLEN Bangka", "aplikasi permohonan dokumen kependudukan online", ""),
("g=adminduk", "jambi", "Disdukcapil@Kab. Kerinci", "Si Capil Kerinci versi 2", "Pengajuan KK & akta secara daring oleh operator desa utk warga", "adminduk"),
# ---- puskesmas management / EMR --------------------------------------------------------
("g=simpus", "sumbar", "Dinkes@Kab. Agam", "SIMPUS Agam", "Sistem Informasi Manajemen Puskesmas: pendaftaran pasien, rekam medis elektronik, resep, laporan LB1", "Pelayanan kesehatan dasar"),
("g=simpus", "sumut", "Dinkes@Kab. Deli Serdang", "e-Puskesmas Deli Serdang", "Rekam medis elektronik dan pelayanan pasien di 34 puskesmas", "Pelayanan kesehatan dasar"),
("g=simpus", "riau", "Dinkes@Kota Pekanbaru", "RME Puskesmas Madani", "Rekam Medis Elektronik puskesmas terintegrasi SATUSEHAT", "Pelayanan kesehatan"),
("g=simpus", "jambi", "Dinkes@Kota Jambi", "SIKDA Generik Puskesmas", "Sistem informasi kesehatan daerah utk pelayanan pasien puskesmas", ""),
("g=simpus", "lpg", "Dinkes@Kab. Pringsewu", "Dinkes Simpus Pringsewu Ver 4.1", "", "pencatatan kunjungan pasien puskesmas"),
("g=simpus h", "aceh", "Dinkes@Kab. Aceh Besar", "Peumulia Puskesmas", "Aplikasi pelayanan pasien puskesmas: registrasi, pemeriksaan, rekam medis, farmasi", "Yankes puskesmas"),
("g=simpus", "sumsel", "Dinkes@Kab. Muara Enim", "SIMPUSKESMAS ME", "Manajemen data pasien puskesmas", "Pelayanan kesehatan masyarakat"),
# ---- hospital management (SIMRS) -------------------------------------------------------
("g=simrs", "riau", "RSUD Arifin Achmad@Prov", "SIMRS RSUD Arifin Achmad", "Sistem informasi manajemen rumah sakit: admisi, rawat jalan/inap, billing, farmasi, rekam medis", "Pelayanan kesehatan rujukan"),
("g=simrs", "sumbar", "RSUD Dr. M. Zein Painan@Kab. Pesisir Selatan", "SIMRS Khanza RSUD Painan", "SIMRS open source Khanza utk pelayanan dan billing pasien", "Pelayanan rumah sakit"),
("g=simrs", "jambi", "RSUD Raden Mattaher@Prov", "SIM-RS Raden Mattaher", "", "Manajemen rumah sakit"),
("g=simrs", "aceh", "RSUD dr. Zainoel Abidin@Prov", "SIMRS Zainoel Abidin (SIMRS-ZA)", "billing, rekam medis, farmasi, laboratorium rumah sakit", ""),
("g=simrs", "sumsel", "RSUD Siti Fatimah@Prov", "Hospital Information System RSUD Siti Fatimah", "HIS terintegrasi BPJS (V-Claim) untuk seluruh unit rumah sakit", "pelayanan RS"),
("g=simrs", "bkl", "RSUD M. Yunus@Prov", "SIMRS RSMY", "Sistem Informasi Manajemen RS M. Yunus Bengkulu", "Pelayanan kesehatan rujukan"),
# ---- stunting ---------------------------------------------------------------------------
("g=stunting", "kemenkes", "Ditjen Kesmas@Pusat", "e-PPGBM (Sigizi Terpadu)", "Pencatatan dan pelaporan gizi berbasis masyarakat by name by address: penimbangan balita, status gizi, stunting", "Surveilans gizi"),
("g=stunting", "sumbar", "Dinkes@Kab. Pasaman Barat", "Dashboard Stunting Pasbar", "Pemantauan balita stunting per nagari dan intervensinya", ""),
("g=stunting h", "aceh", "Bappeda@Kab. Pidie", "Aneuk Meutuah", "Aplikasi pemantauan tumbuh kembang balita dan sasaran stunting gampong", "Percepatan penurunan stunting"),
("g=stunting", "sumut", "Dinkes@Kab. Langkat", "SI TUNTAS (Stunting Tuntas)", "", "penurunan stunting"),
("g=stunting", "jambi", "Bappeda@Kab. Tanjung Jabung Timur", "GEMAS Cegah Stunting", "data sasaran stunting, intervensi spesifik dan sensitif, konvergensi desa", "Konvergensi stunting"),
("g=stunting h", "lpg", "DP3AP2KB@Kab. Lampung Tengah", "Siger Anak Sehat", "monitoring balita stunting dan ibu hamil KEK di pekon", "Pencegahan stunting"),
("g=stunting", "bkl", "Dinkes@Kab. Rejang Lebong", "Aplikasi Monitoring Stunting RL", "input hasil pengukuran balita posyandu, status gizi", ""),
("g=stunting", "riau", "Dinkes@Kab. Rokan Hilir", "SiPATUH Stunting", "", ""),
# ---- immunisation ----------------------------------------------------------------------
("g=imunisasi", "kemenkes", "Ditjen P2P@Pusat", "ASIK (Aplikasi Sehat IndonesiaKu)", "Pencatatan imunisasi rutin dan skrining kesehatan oleh nakes puskesmas", "Imunisasi"),
("g=imunisasi", "riau", "Dinkes@Kota Pekanbaru", "e-Imunisasi Pekanbaru", "Registrasi dan riwayat imunisasi anak, pengingat jadwal", "Imunisasi"),
("g=imunisasi", "sumbar", "Dinkes@Kota Payakumbuh", "SIMUNIS", "Sistem Informasi Imunisasi: kohort bayi, cakupan IDL, BIAS", "Pelayanan imunisasi"),
("g=imunisasi", "sumsel", "Dinkes@Kota Prabumulih", "Kartu Imunisasi Digital", "", "pencatatan imunisasi balita"),
("g=imunisasi", "kepri", "Dinkes@Kab. Karimun", "Pantau Imunisasi Karimun", "Catatan imunisasi bayi dan baduta per posyandu", ""),
# ---- emergency ambulance / PSC 119 ------------------------------------------------------
("g=psc119", "sumbar", "Dinkes@Kota Padang", "PSC 119 Padang Sigap", "Layanan gawat darurat: panggilan ambulans 119, dispatch dan pelacakan ambulans", "Kegawatdaruratan kesehatan"),
("g=psc119", "aceh", "Dinkes@Kota Lhokseumawe", "Ambulance Call Lhokseumawe", "", "pelayanan ambulans"),
("g=psc119", "riau", "Dinkes@Kab. Bengkalis", "Bengkalis Emergency Medical (BEM 119)", "panggilan darurat medis dan ambulans gratis", ""),
("g=psc119", "lpg", "Dinkes@Kota Metro", "Metro Siaga 119", "dispatch ambulans, PSC", "Pelayanan gawat darurat"),
("g=psc119", "jambi", "Dinkes@Kab. Merangin", "Ambulans Desa Online", "pemesanan ambulans desa untuk rujukan pasien darurat", "Rujukan pasien"),
# ---- PPDB ------------------------------------------------------------------------------
("g=ppdb", "sumbar", "Disdik@Prov", "PPDB Online SMA/SMK Sumbar", "Penerimaan peserta didik baru jenjang SMA, SMK dan SLB: zonasi, afirmasi, prestasi", "Penerimaan siswa baru"),
("g=ppdb", "riau", "Disdik@Prov", "PPDB Riau 2024", "", "PPDB"),
("g=ppdb", "sumut", "Disdik@Kota Medan", "SIPPDB Medan", "sistem PPDB SD dan SMP negeri Kota Medan", "PPDB"),
("g=ppdb", "sumsel", "Disdik@Kota Palembang", "Penerimaan Murid Baru Palembang (PMB Kito)", "pendaftaran siswa baru SD/SMP jalur zonasi", ""),
("g=ppdb", "jambi", "Disdik@Prov", "SPMB Jambi", "Sistem Penerimaan Murid Baru (pengganti PPDB) SMA/SMK", "Penerimaan peserta didik"),
("g=ppdb", "bkl", "Disdik@Kota Bengkulu", "Zonasi Sekolah Online Kota Bengkulu", "Pendaftaran PPDB SD-SMP berbasis zonasi domisili", ""),
("g=ppdb", "babel", "Disdik@Prov", "PPDB Babel", "", ""),
("g=ppdb", "aceh", "Disdik@Kota Banda Aceh", "PPDB Kutaraja", "penerimaan peserta didik baru SMP", ""),
# ---- scholarships ----------------------------------------------------------------------
("g=beasiswa", "jambi", "Biro Kesra@Prov", "BEASISWA PESAKO", "Pendaftaran, seleksi dan pencairan beasiswa Pemprov Jambi bagi mahasiswa berprestasi dan kurang mampu", "Bantuan pendidikan"),
("g=beasiswa", "sumsel", "Disdik@Prov", "Si-Beasiswa Sumsel", "", "beasiswa"),
("g=beasiswa h", "aceh", "BPSDM@Prov", "Aceh Carong", "Portal beasiswa pendidikan dalam dan luar negeri: pendaftaran online, verifikasi berkas, pengumuman", "Beasiswa pendidikan"),
("g=beasiswa", "kepri", "Biro Kesra@Prov", "Beasiswa Marwah Kepri", "beasiswa mahasiswa asal Kepri", ""),
("g=beasiswa h", "lpg", "Disdik@Kab. Tulang Bawang", "Tuba Cerdas", "aplikasi pendaftaran bantuan beasiswa mahasiswa Tulang Bawang", "Bantuan pendidikan"),
("g=beasiswa", "riau", "Bagian Kesra@Kab. Bengkalis", "e-Beasiswa Bengkalis", "pengajuan beasiswa S1/S2 online", "Bantuan beasiswa"),
# ---- school data (Dapodik + local re-collection) ---------------------------------------
("g=datasekolah u url=https://dapo.kemdikbud.go.id", "kemendikbudristek", "Pusdatin@Pusat", "Dapodik", "Data Pokok Pendidikan: data sekolah, peserta didik, PTK dan sarpras", "Pendataan pendidikan"),
("g=datasekolah", "sumut", "Disdik@Kab. Karo", "SIDAPEN Karo", "Sistem Data Pendidikan: profil sekolah, jumlah siswa dan guru per kecamatan", "Data pendidikan"),
("g=datasekolah", "sumbar", "Disdik@Kab. Tanah Datar", "Data Sekolah Luhak Nan Tuo", "", "data pokok sekolah"),
("g=datasekolah", "riau", "Disdik@Kab. Kampar", "e-Data Guru & Siswa Kampar", "pendataan guru, murid dan rombel SD/SMP", ""),
("g=datasekolah", "babel", "Disdik@Kab. Belitung", "SIPENDIK Belitung", "Sistem informasi pendidikan: input data sekolah, ruang kelas, guru oleh operator", ""),
# ---- DTKS / social welfare data -----------------------------------------------------------
("g=dtks u", "kemensos", "Pusdatin Kesos@Pusat", "SIKS-NG", "Sistem Informasi Kesejahteraan Sosial - Next Generation untuk verifikasi dan validasi DTKS", "Pengelolaan data kesejahteraan sosial"),
("g=dtks", "sumbar", "Dinsos@Kab. Pesisir Selatan", "Data Miskin Terpadu Pessel", "pendataan warga miskin untuk usulan DTKS dan bantuan", ""),
("g=dtks", "sumut", "Dinsos@Kab. Tapanuli Utara", "SI-DATUK Taput", "Sistem Data Terpadu Kesejahteraan: verivali data fakir miskin oleh operator desa", ""),
("g=dtks", "aceh", "Dinsos@Kab. Aceh Utara", "Gampong Sejahtera Data (DTKS)", "", "DTKS"),
("g=dtks", "lpg", "Dinsos@Kab. Lampung Selatan", "e-DTKS Lamsel", "usulan dan pemutakhiran DTKS tingkat desa", "Data kemiskinan"),
("g=dtks h", "sumsel", "Dinsos@Kab. Ogan Komering Ilir", "Sedulang Setudung Sosial", "verifikasi validasi data terpadu kesejahteraan sosial dan penerima PKH/BPNT", "Data kesejahteraan sosial"),
# ---- RTLH ------------------------------------------------------------------------------
("g=rtlh", "sumbar", "Disperkim@Prov", "SI-RTLH Sumbar", "Pendataan rumah tidak layak huni dan program bedah rumah", "Perumahan"),
("g=rtlh", "sumut", "Disperkim@Kab. Labuhanbatu", "Bedah Rumah Labuhanbatu", "", "bantuan RTLH"),
("g=rtlh h", "jambi", "Perkim@Kab. Bungo", "Rumah Layak Bungo", "data calon penerima bantuan stimulan perumahan swadaya (rumah tdk layak huni)", "Perumahan swadaya"),
("g=rtlh", "bkl", "Disperkimtan@Kab. Bengkulu Utara", "e-RTLH BU", "pendataan RTLH dan monitoring bantuan", ""),
# ---- zakat -----------------------------------------------------------------------------
("g=zakat", "aceh", "Baitul Mal Aceh@Prov", "e-Zakat Baitul Mal Aceh", "Pembayaran zakat, infak, sedekah online dan penyaluran kepada mustahik", "Pengelolaan zakat"),
("g=zakat", "kemenag", "Kanwil Kemenag@Sumbar", "SIMBA BAZNAS", "Sistem Informasi Manajemen BAZNAS: penghimpunan dan pendistribusian ZIS", "Pengelolaan ZIS"),
("g=zakat", "sumbar", "Bagian Kesra@Kota Padang", "Zakat Online Padang", "", "zakat ASN"),
("g=zakat", "riau", "Bagian Kesra@Kab. Siak", "ZIS Siak Online", "pengelolaan zakat infak sedekah, potongan zakat ASN, data mustahik", ""),
("g=zakat", "sumut", "Bagian Kesra@Kota Medan", "Si ZAKAT Medan", "pencatatan muzakki dan penyaluran zakat", ""),
# ---- mosque / place-of-worship data ----------------------------------------------------
("g=masjid", "kemenag", "Bimas Islam@Pusat", "SIMAS (Sistem Informasi Masjid)", "Pendataan masjid dan musala seluruh Indonesia: profil, kepengurusan, ID masjid", "Data rumah ibadah"),
("g=masjid h", "aceh", "Dinas Syariat Islam@Kab. Aceh Besar", "Meunasah Digital", "pendataan meunasah dan masjid gampong, imam dan kegiatan", "Pembinaan rumah ibadah"),
("g=masjid", "sumbar", "Bagian Kesra@Kab. Agam", "Data Surau & Masjid Agam", "", ""),
("g=masjid", "sumut", "Bagian Kesra@Kota Medan", "SiMasjid Medan", "database masjid dan pengurus BKM", ""),
# ---- tourism portals -----------------------------------------------------------------------
("g=wisata", "kemenparekraf", "Deputi Pemasaran@Pusat", "Wonderful Indonesia (indonesia.travel)", "Portal promosi destinasi wisata nasional, event dan itinerary", "Promosi pariwisata"),
("g=wisata", "sumut", "Dispar@Kab. Samosir", "Wonderful Samosir", "Portal destinasi wisata Samosir, event, homestay dan kuliner", "Promosi pariwisata"),
("g=wisata", "sumbar", "Disparpora@Kota Bukittinggi", "Visit Bukittinggi", "informasi objek wisata Jam Gadang, Ngarai Sianok, event, hotel", "Pemasaran pariwisata"),
("g=wisata", "babel", "Dispar@Kab. Belitung", "Jelajah Belitong", "", "pariwisata"),
("g=wisata", "kepri", "Dispar@Kota Batam", "Batam Tourism Info Center", "Tourist information: destinations, events, calendar of events, accommodation", ""),
("g=wisata", "jambi", "Disparbud@Kab. Kerinci", "Kerinci Eksplor", "aplikasi informasi wisata Gunung Kerinci, Danau Kaco, paket wisata", ""),
("g=wisata", "lpg", "Dispar@Prov", "Lampung Explore", "portal promosi destinasi wisata Lampung", ""),
("g=wisata h", "aceh", "Disbudpar@Prov", "Seuramoe Wisata", "Informasi destinasi wisata halal Aceh dan kalender event", "Promosi wisata"),
# ---- market prices -----------------------------------------------------------------------
("g=hargapasar", "kemendag", "Ditjen PDN@Pusat", "SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "Pemantauan harga dan pasokan bahan pokok harian di pasar seluruh daerah", "Stabilisasi harga"),
("g=hargapasar h", "sumbar", "Disperindag@Kota Padang", "Lapau Harga", "Informasi harga bahan pokok harian di Pasar Raya dan pasar satelit Padang", "Informasi harga pasar"),
("g=hargapasar", "sumut", "Disperindag@Prov", "SiHarPa Sumut", "Sistem Informasi Harga Pangan: harga cabai, beras, bawang per kab/kota", "Pemantauan harga pangan"),
("g=hargapasar h", "sumsel", "Disdag@Kota Palembang", "Rego Pasar Palembang", "", "pemantauan harga"),
("g=hargapasar", "riau", "Disperindag@Prov", "Info Harga Bapokting Riau", "harga bahan pokok dan barang penting", ""),
("g=hargapasar", "aceh", "Disperindag@Kota Langsa", "e-Harga Langsa", "pemantauan harga komoditas pasar tradisional", ""),
("g=hargapasar", "lpg", "Disdag@Kota Bandar Lampung", "SIPANTAU HARGA", "input harga komoditas oleh petugas pasar dan dashboard", ""),
("g=hargapasar", "babel", "Disperindag@Kab. Bangka Tengah", "Pantau Harga Bateng", "", ""),
# ---- market stall retribution ------------------------------------------------------------
("g=retribusipasar", "sumbar", "Disdag@Kota Payakumbuh", "e-Retribusi Pasar Payakumbuh", "Pembayaran retribusi pelayanan pasar dan sewa kios oleh pedagang secara non tunai", "Pengelolaan pasar"),
("g=retribusipasar", "sumut", "PD Pasar@Kota Pematangsiantar", "Sewa Kios Online Siantar", "", "retribusi pasar"),
("g=retribusipasar", "jambi", "Disperindag@Kota Jambi", "SIMPAS (Sistem Informasi Manajemen Pasar)", "pendataan pedagang, los, kios dan tagihan retribusi", "Pengelolaan pasar rakyat"),
("g=retribusipasar h", "bkl", "Disperindag@Kota Bengkulu", "Pasar Sebiduk e-Retri", "retribusi los pasar non tunai QRIS", ""),
# ---- palm oil FFB price --------------------------------------------------------------------
("g=hargatbs", "riau", "Disbun@Prov", "Info Harga TBS Riau", "Penetapan dan publikasi harga tandan buah segar kelapa sawit mingguan", "Perkebunan"),
("g=hargatbs", "jambi", "Disbun@Prov", "SIHARBUN Jambi", "Sistem informasi harga TBS dan karet hasil rapat tim penetapan", ""),
("g=hargatbs", "sumsel", "Disbun@Prov", "Harga Sawit Sumsel", "", "harga TBS"),
("g=hargatbs h", "bkl", "Distanbun@Prov", "Sawit Rafflesia", "publikasi harga TBS periode dua mingguan", "Harga komoditas perkebunan"),
("g=hargatbs", "sumut", "Disbun@Prov", "Penetapan Harga TBS Sumut", "aplikasi input data komponen harga dan penetapan harga TBS", ""),
# ---- plantation registration STDB -------------------------------------------------------------
("g=stdb", "riau", "Disbun@Kab. Pelalawan", "e-STDB Pelalawan", "Penerbitan Surat Tanda Daftar Budidaya bagi pekebun sawit rakyat", "Pendaftaran usaha perkebunan"),
("g=stdb", "sumsel", "Disbun@Kab. Musi Banyuasin", "Pendataan Pekebun Muba", "registrasi pekebun, poligon kebun dan STDB", "Pendaftaran pekebun"),
("g=stdb", "jambi", "Disbun@Kab. Muaro Jambi", "SI-STDB", "", ""),
("g=stdb", "sumut", "Disbun@Kab. Labuhanbatu", "Registrasi Kebun Rakyat Labuhanbatu", "pendataan lahan pekebun dan penerbitan STD-B", ""),
# ---- rubber auction ---------------------------------------------------------------------
("g=lelangkaret", "sumsel", "Disbun@Kab. Musi Banyuasin", "Lelang Karet Online Muba", "Lelang bahan olah karet (bokar) UPPB secara daring antara petani dan pabrik", "Pemasaran hasil kebun"),
("g=lelangkaret", "jambi", "Disbun@Kab. Bungo", "e-Lelang Bokar Bungo", "", ""),
("g=lelangkaret", "sumsel", "Disbun@Kab. Ogan Komering Ilir", "Pasar Lelang Karet OKI", "jadwal dan hasil lelang karet UPPB", ""),
# ---- coffee traceability -------------------------------------------------------------------
("g=kopi", "aceh", "Distanbun@Kab. Aceh Tengah", "Kopi Gayo Traceability", "Penelusuran asal-usul kopi Gayo dari kebun petani hingga eksportir (QR code)", "Perkebunan"),
("g=kopi", "lpg", "Disbun@Kab. Lampung Barat", "Kopi Lambar Origin", "ketertelusuran kopi robusta Lampung Barat dari kebun ke pembeli", ""),
("g=kopi", "jambi", "Disbun@Kab. Kerinci", "Kerinci Coffee Trace", "", "ketertelusuran kopi"),
# ---- farmer registry & subsidised fertiliser ---------------------------------------------------
("g=pupuk", "kementan", "Ditjen PSP@Pusat", "e-RDKK", "Rencana Definitif Kebutuhan Kelompok tani elektronik untuk alokasi pupuk bersubsidi", "Pupuk bersubsidi"),
("g=pupuk", "lpg", "Distan@Prov", "Kartu Petani Berjaya", "registrasi petani, alokasi dan penebusan pupuk bersubsidi, akses asuransi", "Pelayanan petani"),
("g=pupuk h", "sumbar", "Distan@Kab. Tanah Datar", "Tani Sakato", "pendataan petani dan kebutuhan pupuk kelompok tani", "Pendataan petani"),
("g=pupuk h", "aceh", "Distanbun@Kab. Pidie", "Meugoe Digital", "pendaftaran petani penerima pupuk subsidi", "pendaftaran petani"),
("g=pupuk", "sumut", "Distan@Kab. Deli Serdang", "SIPETANI DS", "Sistem Informasi Petani: data petani, lahan, kebutuhan pupuk subsidi", ""),
# ---- fishers registry ------------------------------------------------------------------------
("g=nelayan", "kkp", "Ditjen Perikanan Tangkap@Pusat", "KUSUKA", "Kartu Pelaku Usaha Kelautan dan Perikanan: registrasi nelayan, pembudidaya, akses asuransi dan bantuan", "Pendataan nelayan"),
("g=nelayan", "kepri", "DKP@Kab. Natuna", "Data Nelayan Natuna", "pendataan nelayan dan kapal kecil", ""),
("g=nelayan", "babel", "DKP@Prov", "SiNelayan Babel", "", ""),
("g=nelayan h", "riau", "Diskanlut@Kab. Indragiri Hilir", "Jong Nelayan", "registrasi nelayan, alat tangkap, bantuan premi asuransi", "Pemberdayaan nelayan"),
("g=nelayan", "bkl", "DKP@Kab. Mukomuko", "e-Nelayan Mukomuko", "pendataan pelaku usaha perikanan", ""),
# ---- fish landing logbook -----------------------------------------------------------------------
("g=tpi", "sumbar", "DKP@Prov", "e-Logbook TPI Bungus", "pencatatan ikan didaratkan di TPI/PPS per kapal dan jenis ikan", "Statistik perikanan tangkap"),
("g=tpi", "aceh", "DKP@Kota Banda Aceh", "Produksi Ikan Lampulo", "", "data pendaratan ikan"),
("g=tpi", "kepri", "DKP@Kab. Lingga", "SI Tangkapan Ikan Lingga", "rekap produksi hasil tangkapan di tempat pelelangan ikan", ""),
# ---- flood early warning --------------------------------------------------------------------
("g=banjir", "sumbar", "BPBD@Kota Padang", "Siaga Banjir Padang", "Sistem peringatan dini banjir berbasis sensor tinggi muka air sungai", "Peringatan dini"),
("g=banjir", "sumut", "BPBD@Kota Medan", "Pantau Banjir Medan", "monitoring ketinggian air Sungai Deli dan Babura, notifikasi warga", ""),
("g=banjir", "sumsel", "BPBD@Prov", "TMA Musi Online", "", "EWS banjir"),
("g=banjir", "riau", "BPBD@Kab. Kampar", "EWS Banjir Kampar", "early warning banjir Sungai Kampar (AWLR)", "Peringatan dini bencana"),
("g=banjir", "jambi", "BPBD@Kota Jambi", "Jambi Flood Alert", "sensor level air Batanghari, sirene dan SMS blast", ""),
# ---- forest & land fire hotspots --------------------------------------------------------------
("g=karhutla", "klhk", "Ditjen PPI@Pusat", "SiPongi", "Sistem monitoring karhutla: sebaran titik panas (hotspot), luas kebakaran", "Pengendalian kebakaran hutan"),
("g=karhutla", "riau", "BPBD@Prov", "Dashboard Lancang Kuning Karhutla", "pemantauan hotspot, patroli terpadu dan pemadaman karhutla Riau", ""),
("g=karhutla", "jambi", "BPBD@Prov", "Si Api Jambi", "monitoring titik panas dan laporan groundcheck karhutla", "Pengendalian karhutla"),
("g=karhutla", "sumsel", "BPBD@Prov", "Sumsel Karhutla Monitoring", "", "karhutla"),
("g=karhutla", "riau", "BPBD@Kab. Pelalawan", "Pantau Titik Api Pelalawan", "hotspot harian dan laporan patroli MPA", ""),
("g=karhutla", "sumsel", "BPBD@Kab. Ogan Komering Ilir", "SIGAP Karhutla OKI", "", ""),
("g=karhutla", "riau", "Damkar@Kab. Siak", "Siak Hijau Fire Watch", "pemantauan titik panas di lahan gambut Siak, laporan ground check", ""),
# ---- disaster incident reporting -----------------------------------------------------------------
("g=bencana", "bnpb", "Pusdatinkom@Pusat", "DIBI (Data Informasi Bencana Indonesia)", "Pencatatan kejadian bencana dan dampaknya: korban, kerusakan", "Data kebencanaan"),
("g=bencana", "sumbar", "BPBD@Prov", "Lapor Bencana Sumbar", "pelaporan kejadian bencana oleh BPBD kab/kota, kaji cepat dan kebutuhan logistik", "Penanganan darurat bencana"),
("g=bencana", "aceh", "BPBA@Prov", "SIBA - Sistem Informasi Bencana Aceh", "", "pendataan kejadian bencana"),
("g=bencana", "bkl", "BPBD@Prov", "Data Kejadian Bencana Bengkulu", "rekap kejadian dan kerugian bencana", ""),
("g=bencana", "lpg", "BPBD@Kab. Lampung Selatan", "SIGAP Bencana Lamsel", "laporan kejadian bencana dan assessment", ""),
# ---- bus tracking -----------------------------------------------------------------------------
("g=bus", "kemenhub", "Ditjen Hubdat@Pusat", "Teman Bus", "Informasi rute, posisi real time dan pembayaran non tunai bus Buy The Service", "Angkutan umum perkotaan"),
("g=bus", "sumbar", "Dishub@Kota Padang", "Trans Padang Live", "pelacakan posisi bus Trans Padang dan estimasi kedatangan di halte", "Angkutan umum"),
("g=bus", "riau", "Dishub@Kota Pekanbaru", "TMP Tracker", "", "angkutan massal"),
("g=bus", "sumsel", "Dishub@Prov", "Trans Musi Jaya Tracking", "real time bus location Trans Musi", ""),
("g=bus", "aceh", "Dishub@Prov", "Trans Koetaradja Mobile", "jadwal, rute dan posisi bus Trans Koetaradja", ""),
("g=bus", "kepri", "Dishub@Kota Batam", "Trans Batam App", "", ""),
# ---- ferry tickets -----------------------------------------------------------------------------
("g=ferry", "kementerian-bumn", "ASDP Indonesia Ferry@Pusat", "Ferizy", "Pembelian tiket kapal penyeberangan online, termasuk Merak-Bakauheni", "Angkutan penyeberangan"),
("g=ferry", "kepri", "Dishub@Kota Tanjungpinang", "e-Ticket Pelabuhan Sri Bintan Pura", "pembelian tiket kapal cepat dan pas pelabuhan online", ""),
("g=ferry", "kepri", "Dishub@Kab. Natuna", "Jadwal & Tiket Kapal Natuna", "", ""),
("g=ferry", "aceh", "Dishub@Kota Sabang", "Tiket Kapal Sabang", "pemesanan tiket ferry Ulee Lheue - Balohan", "Angkutan penyeberangan"),
("g=ferry", "sumbar", "Dishub@Kab. Kepulauan Mentawai", "Mentawai Fast Boat Booking", "booking kapal Padang-Mentawai", "angkutan laut"),
("g=ferry", "babel", "Dishub@Prov", "Tiket Roro Babel", "tiket kapal roro Tanjung Kalian - Tanjung Api-Api", ""),
# ---- vehicle tax (Samsat) ----------------------------------------------------------------------
("g=samsat", "sumut", "Bapenda@Prov", "Samsat Online Sumut", "Informasi dan pembayaran pajak kendaraan bermotor tahunan secara online", "Pajak kendaraan bermotor"),
("g=samsat", "riau", "Bapenda@Prov", "e-Samsat Riau", "", "PKB"),
("g=samsat", "sumbar", "Bapenda@Prov", "Samsat Sakato", "cek dan bayar PKB, pengesahan STNK tahunan via aplikasi", "Pajak kendaraan bermotor"),
("g=samsat", "jambi", "BPPRD@Prov", "Si Pajak Kendaraan Jambi", "informasi tagihan PKB dan BBNKB", ""),
("g=samsat", "sumsel", "Bapenda@Prov", "Samsat Kito", "", ""),
("g=samsat", "lpg", "Bapenda@Prov", "Lampung Samsat Mobile", "bayar pajak kendaraan non tunai", ""),
("g=samsat", "babel", "BPPRD@Prov", "E-SAMSAT Babel", "PKB online", ""),
# ---- local (non-business) licensing ---------------------------------------------------------------
("g=perizinan", "kominfo", "Ditjen Aptika@Pusat", "SiCantik Cloud", "Aplikasi perizinan dan non-perizinan daerah untuk DPMPTSP", "Pelayanan perizinan"),
("g=perizinan", "jambi", "DPMPTSP@Kota Jambi", "e-Perizinan Kota Jambi", "permohonan izin non berusaha: izin praktik nakes, izin penelitian, reklame", ""),
("g=perizinan", "kepri", "DPMPTSP@Kab. Karimun", "Ijin Online Karimun", "", "perizinan"),
("g=perizinan", "sumbar", "DPMPTSP@Prov", "SIMPEL Izin Sumbar", "Sistem Pelayanan Perizinan: permohonan, tracking, TTE izin", ""),
("g=perizinan h", "aceh", "DPMPTSP@Kota Lhokseumawe", "Meurah Izin", "layanan perizinan daring, tanda tangan elektronik dan cek status", "Pelayanan perizinan"),
("g=perizinan", "lpg", "DPMPTSP@Kab. Pringsewu", "Izin Pringsewu Online", "perizinan non berusaha dan rekomendasi teknis", ""),
# ---- building approval PBG ----------------------------------------------------------------------
("g=pbg", "kemenpupr", "Ditjen Cipta Karya@Pusat", "SIMBG", "Sistem Informasi Manajemen Bangunan Gedung: PBG, SLF, pendataan bangunan", "Persetujuan bangunan gedung"),
("g=pbg", "sumut", "Dinas PKP@Kota Pematangsiantar", "e-IMB Siantar", "permohonan IMB online (legacy)", ""),
("g=pbg", "riau", "Dinas PUPR@Kota Dumai", "IMB Online Dumai", "", ""),
("g=pbg", "sumsel", "Dinas PUPR@Kota Lubuklinggau", "SIPBG Linggau", "pengajuan persetujuan bangunan gedung dan retribusi", "Bangunan gedung"),
# ---- public complaints -------------------------------------------------------------------------
("g=pengaduan u url=https://www.lapor.go.id", "kemenpanrb", "Deputi Pelayanan Publik@Pusat", "SP4N-LAPOR!", "Kanal pengaduan pelayanan publik nasional", "Pengelolaan pengaduan"),
("g=pengaduan h", "riau", "Diskominfo@Kota Pekanbaru", "Cakap Pekanbaru", "aduan warga tentang jalan rusak, sampah, lampu jalan, ditindaklanjuti OPD", "Pengelolaan pengaduan"),
("g=pengaduan", "sumbar", "Diskominfo@Kota Padang", "Padang Lapor", "", "pengaduan masyarakat"),
("g=pengaduan", "sumut", "Diskominfo@Kab. Toba", "Horas Aduan Toba", "pengaduan masyarakat Kabupaten Toba", "Pengaduan publik"),
("g=pengaduan", "lpg", "Diskominfo@Prov", "Sai Aduan Lampung", "penyampaian keluhan dan aspirasi publik terhubung LAPOR", ""),
("g=pengaduan", "babel", "Diskominfo@Kota Pangkalpinang", "Lapor Bang Wako", "", "aduan warga"),
("g=pengaduan", "aceh", "Diskominfo@Kab. Bireuen", "Pengadun Online Bireuen", "Pengaduan online masyarakat", ""),
# ---- PPID -------------------------------------------------------------------------------------
("g=ppid", "sumbar", "Diskominfotik@Prov", "e-PPID Sumbar", "Permohonan informasi publik dan keberatan secara online", "Keterbukaan informasi publik"),
("g=ppid", "jambi", "Diskominfo@Kab. Muaro Jambi", "PPID Muaro Jambi", "", ""),
("g=ppid", "sumsel", "Diskominfo@Kab. Banyuasin", "Info Publik Banyuasin (PPID)", "daftar informasi publik dan form permohonan", "Layanan informasi publik"),
("g=ppid", "kepri", "Diskominfo@Kab. Bintan", "SIPPID Bintan", "", "layanan informasi publik"),
("g=ppid", "bkl", "Diskominfo@Kab. Kepahiang", "PPID Kepahiang Online", "permohonan informasi, DIP, keberatan", ""),
("g=ppid", "sumut", "Diskominfo@Kab. Samosir", "e-PPID Samosir", "", ""),
# ---- correspondence / e-office ----------------------------------------------------------------
("g=persuratan u url=https://srikandi.arsip.go.id", "anri", "ANRI@Pusat", "SRIKANDI", "Sistem Informasi Kearsipan Dinamis Terintegrasi: naskah dinas elektronik, disposisi, arsip", "Kearsipan dan persuratan"),
("g=persuratan", "sumbar", "Biro Umum@Prov", "e-Office Sumbar", "surat masuk/keluar, disposisi elektronik, TTE", "Persuratan dinas"),
("g=persuratan", "riau", "Setda@Kab. Bengkalis", "TNDE Bengkalis", "Tata Naskah Dinas Elektronik", ""),
("g=persuratan", "sumut", "Setda@Kota Medan", "Si Surat Medan", "", "persuratan"),
("g=persuratan", "lpg", "Setda@Kab. Lampung Tengah", "e-Surat Lamteng", "agenda surat dan disposisi", ""),
("g=persuratan h", "sumsel", "Setda@Kota Pagar Alam", "Kito Naskah", "naskah dinas elektronik dan pengarsipan surat", "Tata naskah dinas"),
# ---- personnel -----------------------------------------------------------------------------------
("g=simpeg u url=https://asn.bkn.go.id", "bkn", "Direktorat Sistem Informasi ASN@Pusat", "SIASN", "Sistem Informasi ASN nasional: data dan layanan kepegawaian", "Manajemen ASN"),
("g=simpeg", "aceh", "BKPSDM@Kota Banda Aceh", "SIMPEG Banda Aceh", "data pegawai, riwayat pangkat, jabatan, pendidikan", ""),
("g=simpeg", "sumut", "BKD@Prov", "SIMPEG Sumut v2", "", "kepegawaian"),
("g=simpeg", "sumbar", "BKPSDM@Kab. Tanah Datar", "SIPEGA Tanah Datar", "sistem informasi pegawai: data ASN, kenaikan pangkat, pensiun", "Administrasi kepegawaian"),
("g=simpeg", "bkl", "BKD@Prov", "e-Pegawai Bengkulu", "", ""),
("g=simpeg", "lpg", "BKPSDM@Kab. Tulang Bawang", "Simpeg Tuba", "database kepegawaian dan layanan usul mutasi", ""),
("g=simpeg", "babel", "BKPSDM@Kab. Bangka Barat", "SI-ASN Babar", "sistem informasi kepegawaian lokal Bangka Barat", ""),
# ---- ASN attendance ------------------------------------------------------------------------------
("g=absensi", "riau", "BKD@Prov", "e-Absen Riau", "absensi ASN berbasis GPS dan foto selfie", "Kehadiran pegawai"),
("g=absensi", "sumsel", "BKPSDM@Kota Palembang", "Absensi Wajah ASN Palembang", "", ""),
("g=absensi", "jambi", "BKPSDM@Kab. Merangin", "SIAP Hadir Merangin", "presensi online pegawai dengan geotagging", ""),
("g=absensi h", "aceh", "BKPSDM@Kab. Aceh Tengah", "Hadir Gayo", "presensi ASN via android", "Presensi pegawai"),
("g=absensi", "kepri", "BKPSDM@Kab. Kepulauan Anambas", "e-Presensi Anambas", "", "absensi"),
("g=absensi", "sumbar", "BKPSDM@Kota Solok", "Absen Online Solok", "kehadiran ASN dan rekap potongan TPP", ""),
# ---- ASN performance ---------------------------------------------------------------------------
("g=ekinerja", "sumut", "BKD@Prov", "e-Kinerja Sumut", "penyusunan SKP, realisasi kinerja harian pegawai dan penilaian atasan", "Manajemen kinerja ASN"),
("g=ekinerja", "sumbar", "BKPSDM@Kota Padang", "SKP Online Padang", "", ""),
("g=ekinerja", "lpg", "BKPSDM@Kota Metro", "e-Kin Metro", "kinerja harian ASN untuk dasar TPP", "Penilaian kinerja pegawai"),
("g=ekinerja", "jambi", "BKPSDM@Kota Jambi", "SIKAP Jambi (Sistem Informasi Kinerja Aparatur)", "", ""),
("g=ekinerja", "bkl", "BKPSDM@Kab. Kepahiang", "Kinerja Pegawai Kepahiang", "laporan aktivitas harian dan capaian SKP", ""),
# ---- regional finance ------------------------------------------------------------------------
("g=keuda u url=https://sipd.kemendagri.go.id", "kemendagri", "Ditjen Bina Keuangan Daerah@Pusat", "SIPD", "Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran, penatausahaan keuangan daerah", "Pengelolaan keuangan daerah"),
("g=keuda", "sumut", "BPKAD@Kab. Karo", "SIMDA Keuangan Karo 2.7", "penatausahaan, akuntansi dan laporan keuangan daerah (SIMDA BPKP)", "Penatausahaan keuangan"),
("g=keuda", "sumsel", "BPKAD@Kab. Banyuasin", "SIPKD Banyuasin", "", "keuangan daerah"),
("g=keuda", "riau", "BPKAD@Kab. Rokan Hilir", "e-Budgeting Rohil", "penyusunan RKA, DPA dan anggaran kas", ""),
("g=keuda", "kepri", "BPKAD@Kab. Lingga", "SIMKEUDA Lingga", "sistem informasi manajemen keuangan daerah", ""),
# ---- local taxes (kab/kota) -------------------------------------------------------------------
("g=pajakdaerah", "sumbar", "Bapenda@Kota Padang", "e-BPHTB Padang", "pelaporan dan validasi BPHTB oleh PPAT/notaris", "Pajak daerah"),
("g=pajakdaerah", "sumut", "BPPRD@Kota Medan", "e-PBB Medan", "cek tagihan dan pembayaran PBB-P2", ""),
("g=pajakdaerah", "riau", "Bapenda@Kota Pekanbaru", "SIPADAH Pekanbaru", "Sistem Pajak Daerah: PBB-P2 dan BPHTB online", "Pajak daerah"),
("g=pajakdaerah", "lpg", "BPPRD@Kota Bandar Lampung", "e-BPHTB Balam", "", ""),
("g=pajakdaerah", "babel", "Bakeuda@Kota Pangkalpinang", "Pajak Online Pangkalpinang", "PBB, BPHTB, pajak hotel restoran", ""),
("g=pajakdaerah h", "sumut", "Bapenda@Kab. Samosir", "HORAS Pajak Samosir", "pelaporan dan pembayaran pajak hotel dan restoran (self assessment) online", "Pajak hotel dan restoran"),
# ---- development monitoring ------------------------------------------------------------------
("g=monev", "sumbar", "Bappeda@Prov", "e-Monev Sumbar", "pemantauan realisasi fisik dan keuangan kegiatan APBD per triwulan", "Pengendalian pembangunan"),
("g=monev", "sumut", "Bappeda@Kab. Deli Serdang", "SIMONEV DS", "", ""),
("g=monev", "bkl", "Bappeda@Kab. Rejang Lebong", "Monev Pembangunan RL", "laporan progres fisik dan foto kegiatan", ""),
("g=monev", "aceh", "Bappeda@Prov", "e-Kendali Aceh", "pengendalian dan evaluasi pelaksanaan kegiatan", "Pengendalian pembangunan"),
# ---- village information systems --------------------------------------------------------------
("g=siddesa", "aceh", "DPMG@Kab. Aceh Besar", "Sistem Informasi Gampong", "website dan administrasi gampong: profil, data penduduk gampong, surat keterangan", "Administrasi desa"),
("g=siddesa", "sumbar", "DPMN@Kab. Agam", "SI Nagari Agam", "", ""),
("g=siddesa", "riau", "DPMD@Kab. Kampar", "Web Kampung Kampar", "", "sistem informasi desa"),
("g=siddesa", "lpg", "DPMP@Kab. Lampung Barat", "Pekon Digital Lambar", "administrasi pekon, layanan surat, profil pekon", "Administrasi pekon"),
("g=siddesa", "sumsel", "DPMD@Kab. Musi Banyuasin", "SID Muba", "sistem informasi desa berbasis OpenSID", ""),
("g=siddesa", "babel", "DPMD@Kab. Belitung Timur", "Portal Desa Beltim", "", ""),
("g=siddesa", "jambi", "DPMD@Kab. Tanjung Jabung Timur", "SIMADE Tanjabtim", "Sistem Informasi Manajemen Desa: data kependudukan desa, surat-menyurat dan profil desa", "Administrasi pemerintahan desa"),
# ---- UMKM --------------------------------------------------------------------------------------
("g=umkm", "sumbar", "Dinas Koperasi UKM@Prov", "UMKM Sakato", "pendataan dan profil UMKM, legalitas, pembinaan", "Pemberdayaan UMKM"),
("g=umkm h", "sumsel", "Dinkop UKM@Kota Palembang", "Kedai Wong Kito", "database UMKM dan katalog produk", "Pemberdayaan usaha mikro"),
("g=umkm", "riau", "Diskop@Kab. Siak", "SI-UMKM Siak", "", ""),
("g=umkm", "lpg", "Diskop UKM@Kab. Lampung Tengah", "e-UMKM Lamteng", "registrasi pelaku UMKM dan pelatihan", ""),
("g=umkm", "aceh", "Diskop UKM@Prov", "Data UMKM Aceh", "", "pendataan UMKM"),
# ---- job market --------------------------------------------------------------------------------
("g=bursakerja", "kemnaker", "Ditjen Binapenta@Pusat", "Karirhub (SIAPkerja)", "Bursa kerja online nasional: lowongan, pencari kerja, AK/1", "Penempatan tenaga kerja"),
("g=bursakerja", "riau", "Disnakertrans@Prov", "Bursa Kerja Riau", "", ""),
("g=bursakerja", "kepri", "Disnaker@Kota Batam", "Batam Job Center", "job portal lowongan kerja industri Batam dan pendaftaran pencaker", "Penempatan tenaga kerja"),
("g=bursakerja", "sumut", "Disnaker@Kota Medan", "Medan Kerja", "informasi lowongan dan job fair online", ""),
("g=bursakerja", "sumsel", "Disnakertrans@Prov", "SIPENAKER Sumsel", "pendaftaran pencari kerja dan lowongan", ""),
# ---- digital library -----------------------------------------------------------------------------
("g=perpusdigital", "perpusnas", "Perpusnas@Pusat", "iPusnas", "perpustakaan digital peminjaman e-book", "Layanan perpustakaan"),
("g=perpusdigital", "sumbar", "Dinas Kearsipan dan Perpustakaan@Prov", "iSumbar Pustaka", "e-book lending Perpustakaan Daerah Sumbar", "Perpustakaan digital"),
("g=perpusdigital", "riau", "Dispersip@Prov", "Perpusda Digital Riau", "", ""),
("g=perpusdigital", "jambi", "Dispusip@Prov", "e-Pustaka Jambi", "pinjam buku digital via android", ""),
# ---- waste bank ---------------------------------------------------------------------------------
("g=banksampah", "sumbar", "DLH@Kota Padang", "Bank Sampah Digital Padang", "pencatatan tabungan sampah nasabah bank sampah dan penjualan", "Pengelolaan sampah"),
("g=banksampah", "lpg", "DLH@Kota Metro", "Sampah Jadi Rupiah Metro", "", ""),
("g=banksampah t=tpi", "kepri", "DLH@Kota Tanjungpinang", "e-Banksampah TPI", "aplikasi nasabah bank sampah Kota Tanjungpinang: setoran dan saldo tabungan sampah", "Pengelolaan sampah"),
("g=banksampah", "riau", "DLHK@Kota Pekanbaru", "Si Bangsa (Bank Sampah)", "", ""),
# ---- legal documentation --------------------------------------------------------------------------
("g=jdih u url=https://jdihn.go.id", "kemenkumham", "BPHN@Pusat", "JDIHN", "Jaringan Dokumentasi dan Informasi Hukum Nasional: pusat integrasi dokumen hukum", "Dokumentasi hukum"),
("g=jdih", "sumbar", "Biro Hukum@Prov", "JDIH Sumbar", "peraturan daerah dan pergub", ""),
("g=jdih", "riau", "Bagian Hukum@Kota Dumai", "JDIH Dumai", "", ""),
("g=jdih", "sumut", "Bagian Hukum@Kab. Deli Serdang", "Produk Hukum Deli Serdang", "database perda, perbup dan keputusan bupati", "Dokumentasi hukum"),
("g=jdih", "bkl", "Biro Hukum@Prov", "e-JDIH Bengkulu", "", ""),
("g=jdih", "jambi", "Bagian Hukum@Kab. Bungo", "JDIH Bungo Online", "", ""),
# ---- open data portals ----------------------------------------------------------------------------
("g=satudata u url=https://data.go.id", "bappenas", "Sekretariat Satu Data Indonesia@Pusat", "Portal Satu Data Indonesia (data.go.id)", "katalog data terbuka nasional", "Satu Data"),
("g=satudata", "sumbar", "Diskominfotik@Prov", "Satu Data Sumbar", "portal dataset sektoral OPD Sumbar", ""),
("g=satudata", "riau", "Diskominfotik@Prov", "Data Riau", "", ""),
("g=satudata", "sumut", "Diskominfo@Kota Medan", "Open Data Medan", "", ""),
("g=satudata", "lpg", "Diskominfotik@Prov", "Lampung Satu Data", "katalog dan visualisasi data statistik sektoral", "Satu data daerah"),
("g=satudata", "kepri", "Diskominfo@Kota Batam", "Batam Open Data", "", ""),
# ---- air quality ---------------------------------------------------------------------------------
("g=ispu", "riau", "DLHK@Kota Pekanbaru", "ISPU Pekanbaru", "indeks standar pencemar udara dari stasiun AQMS, PM2.5", "Pemantauan kualitas udara"),
("g=ispu", "jambi", "DLH@Prov", "Kualitas Udara Jambi", "", ""),
("g=ispu", "sumsel", "DLH@Kota Palembang", "AQMS Palembang", "monitoring kualitas udara real time saat kabut asap", "Pemantauan kualitas udara"),
# ---- animal disease reporting ---------------------------------------------------------------------
("g=keswan", "kementan", "Ditjen PKH@Pusat", "iSIKHNAS", "Sistem informasi kesehatan hewan nasional: laporan penyakit hewan via SMS", "Kesehatan hewan"),
("g=keswan", "sumbar", "Disnakkeswan@Kota Payakumbuh", "Keswan Online Payakumbuh", "pelaporan kasus penyakit ternak (PMK, LSD) oleh petugas", "Surveilans penyakit hewan"),
("g=keswan", "aceh", "Distanbun@Kab. Bireuen", "Lapor Penyakit Ternak", "", ""),
# ---- regional asset management --------------------------------------------------------------------
("g=asetbmd", "sumut", "BPKAD@Prov", "SIMBADA Sumut", "Sistem Informasi Manajemen Barang Daerah: inventaris, KIB, mutasi aset", "Pengelolaan barang milik daerah"),
("g=asetbmd", "jambi", "BPKAD@Kab. Merangin", "SIMDA BMD Merangin", "", ""),
("g=asetbmd", "sumbar", "BPKAD@Kota Solok", "e-Aset Solok", "pencatatan aset tetap dan penyusutan", "Penatausahaan BMD"),
("g=asetbmd", "bkl", "BPKAD@Kab. Mukomuko", "Aset Mukomuko", "", "aset daerah"),
# ---- geoportals (they resemble open-data portals) ---------------------------------------------------
("g=geoportal t=satudata", "big", "Deputi IIG@Pusat", "Ina-Geoportal", "simpul jaringan informasi geospasial nasional, peta tematik", "Informasi geospasial"),
("g=geoportal t=satudata", "sumbar", "Bappeda@Prov", "Geoportal Sumbar Satu Peta", "peta tematik OPD, simpul jaringan informasi geospasial daerah", "Informasi geospasial"),
("g=geoportal t=satudata", "riau", "Bappedalitbang@Prov", "Satu Peta Riau", "geoportal peta dasar dan peta tematik Riau", "Informasi geospasial"),
# ---- violence against women & children ---------------------------------------------------------------
("g=ppa", "kemenpppa", "Deputi Perlindungan Khusus Anak@Pusat", "SIMFONI-PPA", "pencatatan dan pelaporan kasus kekerasan terhadap perempuan dan anak", "Perlindungan perempuan dan anak"),
("g=ppa", "sumut", "UPTD PPA@Prov", "UPTD PPA - Lapor Kekerasan Sumut", "pengaduan dan penanganan kasus kekerasan perempuan anak", "Penanganan kasus kekerasan"),
("g=ppa h", "sumbar", "DP3AP2KB@Kota Padang", "Bundo Kanduang Lindungi", "layanan pengaduan kekerasan dan pendampingan korban perempuan dan anak", "Perlindungan perempuan dan anak"),
("g=ppa", "lpg", "DP3A@Kab. Lampung Selatan", "SIGAP PPA Lamsel", "", ""),
# ---- madrasah / pesantren data (resemble school data and the village SIMADE) ---------------------------
("g=madrasah t=datasekolah", "kemenag", "Ditjen Pendis@Pusat", "EMIS", "Education Management Information System: data madrasah dan pesantren, siswa, guru madrasah", "Data pendidikan madrasah"),
("g=madrasah t=siddesa", "kemenag", "Kanwil Kemenag@Sumsel", "SIMADE Madrasah Sumsel", "Sistem Informasi Madrasah: data MI/MTs/MA, siswa dan guru", "Data pendidikan madrasah"),
("g=madrasah t=datasekolah", "aceh", "Dinas Pendidikan Dayah@Prov", "SIDAYAH", "pendataan dayah (pesantren), santri dan teungku pengajar di Aceh", "Pendidikan dayah"),
# ---- official vehicle fleet (each resembles something else) ------------------------------------------------
("g=kendinas t=zakat", "riau", "BPKAD@Prov", "SIMBA Kendaraan", "Sistem Informasi Manajemen Bahan Bakar kendaraan dinas: voucher BBM dan pemakaian", "Pengelolaan kendaraan dinas"),
("g=kendinas t=samsat", "sumut", "Biro Umum@Prov", "SIMAKDA (Manajemen Kendaraan Dinas)", "pemeliharaan, servis dan BBM kendaraan dinas", "Pengelolaan kendaraan dinas"),
("g=kendinas t=bus", "lpg", "Biro Umum@Prov", "Peminjaman Kendaraan Dinas", "pemesanan/peminjaman bus dan mobil dinas oleh OPD", "Pelayanan umum perkantoran"),
# ---- veterinary clinic patient management (resembles hospital systems) --------------------------------------
("g=vethewan t=simrs", "sumbar", "Disnakkeswan@Prov", "SIMRS Hewan Sumbar", "manajemen pasien hewan di Rumah Sakit Hewan Provinsi: registrasi, rekam medis hewan, billing", "Pelayanan kesehatan hewan"),
("g=vethewan t=simpus", "riau", "Disnakkeswan@Kab. Kampar", "Puskeswan Online Kampar", "pendaftaran dan rekam medis pasien hewan di pusat kesehatan hewan", "Pelayanan kesehatan hewan"),
# ---- cooperative reporting (resembles UMKM and Kemenkeu's SIMPONI) ------------------------------------------
("g=koperasi t=umkm", "kemenkopukm", "Deputi Perkoperasian@Pusat", "ODS Koperasi (Online Data System)", "data koperasi dan laporan RAT koperasi", "Pengawasan koperasi"),
("g=koperasi t=simponi", "sumbar", "Diskop@Kota Bukittinggi", "SIMPONI Bukittinggi", "Sistem Monitoring Koperasi: kesehatan dan laporan tahunan koperasi", "Pengawasan koperasi"),

# =================================== TRAPS (singletons) ===================================
("t=adminduk sec=trantib", "sumut", "Damkarmat@Kab. Deli Serdang", "SIPADU", "Sistem Informasi Pemadam Kebakaran Terpadu: laporan kebakaran, dispatch unit damkar", "Penanggulangan kebakaran"),
("t=adminduk sec=data", "sumut", "Diskominfo@Prov", "Dashboard Kependudukan Sumut", "visualisasi agregat jumlah penduduk per kab/kota dari data konsolidasi semester", "Penyajian data statistik kependudukan"),
("t=adminduk sec=sos", "bkkbn", "Perwakilan BKKBN@Riau", "New SIGA (Pendataan Keluarga)", "Sistem Informasi Keluarga BKKBN: pendataan keluarga, peserta KB, verval keluarga berisiko", "Pembangunan keluarga dan KB"),
("t=adminduk sec=kop", "sumbar", "Dinas Koperasi UKM@Prov", "e-Akta Koperasi", "pencatatan akta pendirian dan perubahan anggaran dasar koperasi", "Pembinaan kelembagaan koperasi"),
("t=adminduk sec=pend", "riau", "Disdik@Prov", "Pindah Tugas Guru Online", "usulan mutasi/pindah tugas guru SMA SMK antar kabupaten", "Manajemen guru"),
("t=adminduk sec=hankam", "kemenkumham", "Kantor Imigrasi@Pekanbaru", "M-Paspor", "permohonan paspor dan antrean kantor imigrasi secara online", "Layanan keimigrasian"),
("t=adminduk sec=agama", "kemenag", "Kanwil Kemenag@Jambi", "SIMKAH Web", "pendaftaran dan pencatatan nikah di KUA", "Pelayanan nikah dan rujuk"),
("t=adminduk sec=duk", "bkl", "Disdukcapil@Kota Bengkulu", "SMS Gateway Disdukcapil", "notifikasi SMS ke pemohon bahwa dokumen sudah selesai dicetak", "Notifikasi layanan"),
("t=adminduk sec=kom", "sumsel", "Diskominfo@Kota Palembang", "Jingok CCTV", "akses kamera CCTV publik di simpang jalan Palembang", "Pemantauan lalu lintas"),
("t=ikd sec=pend", "lpg", "Disdik@Kota Metro", "KIP Digital Metro", "kartu identitas pelajar digital untuk akses perpustakaan sekolah", "Layanan kesiswaan"),
("t=simpus sec=pend", "sumut", "Disdik@Kota Pematangsiantar", "SIMPUS Sekolah Siantar", "Sistem Informasi Manajemen Perpustakaan Sekolah: katalog buku, sirkulasi peminjaman", "Pengelolaan perpustakaan sekolah"),
("t=simrs sec=kes", "kemenkes", "Ditjen Yankes@Pusat", "SIRANAP", "informasi ketersediaan tempat tidur rumah sakit untuk masyarakat", "Informasi layanan rumah sakit"),
("t=simrs sec=kom", "riau", "RSUD Arifin Achmad@Prov", "SMS Gateway RSUD AA", "pengingat jadwal kontrol pasien via SMS", "Komunikasi pasien"),
("t=simrs sec=kom", "sumsel", "RSUD Siti Fatimah@Prov", "Website RSUD Siti Fatimah", "profil rumah sakit, jadwal dokter, berita", "Informasi dan publikasi"),
("t=stunting sec=kes", "bkkbn", "Perwakilan BKKBN@Sumbar", "ELSIMIL", "Elektronik Siap Nikah Siap Hamil: skrining kesehatan calon pengantin 3 bulan sebelum menikah", "Pendampingan calon pengantin"),
("t=stunting sec=pend", "jambi", "Disdik@Kab. Bungo", "Makan Bergizi Sekolah Bungo", "distribusi dan pencatatan menu makanan bergizi anak sekolah", "Pemenuhan gizi anak sekolah"),
("t=stunting sec=lh", "sumut", "DLH@Kab. Langkat", "SI TUNTAS Sampah", "jadwal dan rute armada pengangkut sampah", "Pengangkutan sampah"),
("t=imunisasi sec=kes", "kemenkes", "Ditjen Farmalkes@Pusat", "SMILE", "Sistem Monitoring Imunisasi dan Logistik secara Elektronik: stok dan suhu vaksin di rantai dingin", "Logistik vaksin"),
("t=psc119 sec=bencana", "basarnas", "Kantor SAR@Padang", "Basarnas Rescue 115", "pelaporan kecelakaan kapal/orang hilang untuk operasi pencarian dan pertolongan", "Pencarian dan pertolongan"),
("t=bencana sec=pajak", "sumsel", "Bapenda@Prov", "SIGAP Pajak Sumsel", "gerai pajak air permukaan dan pajak alat berat", "Pajak daerah provinsi"),
("t=ppdb sec=apar", "bkn", "Direktorat Pengadaan ASN@Pusat", "SSCASN", "seleksi calon ASN: pendaftaran, verifikasi berkas, pengumuman", "Pengadaan ASN"),
("t=ppdb sec=pu", "sumbar", "Dinas BMCKTR@Prov", "SIMTARU Zonasi", "Sistem informasi tata ruang: peta zonasi RDTR dan kesesuaian pemanfaatan ruang", "Penataan ruang"),
("t=beasiswa sec=pend", "jambi", "Disdik@Prov", "BOSDA Jambi", "penyaluran dan pelaporan bantuan operasional sekolah daerah", "Pendanaan pendidikan"),
("t=datasekolah sec=pend", "riau", "Dispora@Kota Pekanbaru", "Data Sekolah Sepak Bola Pekanbaru", "pendataan SSB, pelatih dan atlet muda sepak bola", "Pembinaan olahraga"),
("t=dtks sec=pu", "jambi", "Dinas PUPR@Prov", "Data Terpadu Jalan Jembatan (DTJJ)", "database kondisi jalan dan jembatan provinsi", "Penyelenggaraan jalan"),
("t=rtlh sec=perkim", "riau", "Disperkim@Kota Pekanbaru", "Rusunawa Pekanbaru", "pendaftaran penghuni dan tagihan sewa rumah susun sederhana sewa", "Pengelolaan rumah susun"),
("t=zakat sec=agama", "kemenag", "Kanwil Kemenag@Riau", "SIWAK (Sistem Informasi Wakaf)", "pendataan tanah wakaf dan progres sertifikasi wakaf", "Pemberdayaan wakaf"),
("t=masjid sec=budaya", "sumbar", "Dinas Kebudayaan@Prov", "SIMAS Adat", "Sistem Informasi Masyarakat Adat: data kaum, suku, ninik mamak dan lembaga adat nagari", "Pelestarian adat"),
("t=masjid sec=agama", "aceh", "Dinas Syariat Islam@Kota Banda Aceh", "SMS Gateway Info Kajian", "broadcast jadwal pengajian dan tausiah", "Syiar dan dakwah"),
("t=wisata sec=lh", "sumut", "DLH@Prov", "Toba Monitoring Kualitas Air", "pemantauan kualitas air Danau Toba (keramba jaring apung, limbah)", "Pengendalian pencemaran air"),
("t=wisata sec=budaya", "babel", "Disbud@Prov", "Tiket Museum Online Babel", "pembelian tiket masuk museum daerah", "Pengelolaan museum"),
("t=hargapasar sec=keu", "sumbar", "BPKAD@Prov", "SSH Online Sumbar", "Standar Satuan Harga barang/jasa untuk penyusunan anggaran", "Penganggaran"),
("t=hargapasar sec=dag", "riau", "Disperindag@Prov", "Pasar Murah Riau", "jadwal operasi pasar murah dan kuota per kecamatan", "Stabilisasi pasokan"),
("t=hargatbs sec=keu", "riau", "BPKAD@Prov", "DBH Sawit Riau", "monitoring dana bagi hasil perkebunan sawit", "Pendapatan transfer"),
("t=stdb sec=tani", "jambi", "Disbun@Prov", "PSR Online Jambi", "usulan peremajaan sawit rakyat: verifikasi proposal kelompok tani", "Peremajaan perkebunan"),
("t=lelangkaret sec=apar", "kepri", "BKPSDM@Prov", "Lelang Jabatan Kepri", "seleksi terbuka JPT pratama: pendaftaran, seleksi administrasi", "Pengisian jabatan"),
("t=lelangkaret sec=keu", "kemenkeu", "KPKNL@Palembang", "Lelang Indonesia (lelang.go.id)", "lelang barang milik negara dan barang sitaan secara online", "Pelayanan lelang negara"),
("t=kopi sec=ses", "sumbar", "Setda@Prov", "KOPI Sumbar (Komunikasi Pimpinan)", "agenda rapat pimpinan dan notulen", "Koordinasi pimpinan"),
("t=pupuk sec=tani", "kementan", "BPPSDMP@Pusat", "SIMLUHTAN", "data penyuluh pertanian, kelembagaan penyuluhan dan programa", "Penyuluhan pertanian"),
("t=nelayan sec=kkp", "kepri", "DKP@Prov", "SIMKADA Kepri", "perizinan kapal perikanan sampai 30 GT", "Perizinan kapal perikanan"),
("t=nelayan sec=kkp", "babel", "DKP@Kab. Bangka Barat", "Antrean BBM Nelayan", "kuota dan antrean solar nelayan di SPBN", "Distribusi BBM nelayan"),
("t=tpi sec=inv", "kepri", "DPMPTSP@Prov", "TPI Dashboard (Tim Percepatan Investasi)", "pemantauan proyek investasi prioritas dan hambatannya", "Fasilitasi investasi"),
("t=keswan sec=kkp", "kkp", "Balai Karantina Ikan@Jambi", "Karantina Ikan Online", "permohonan sertifikat kesehatan ikan untuk lalu lintas antar area", "Karantina ikan"),
("t=banjir sec=bencana", "bmkg", "Stasiun Meteorologi@Padang", "InfoBMKG", "prakiraan cuaca, info gempa, peringatan dini cuaca ekstrem", "Informasi cuaca dan iklim"),
("t=banjir sec=pu", "kemenpupr", "BWS Sumatera V@Padang", "e-Monitoring Proyek BWS", "pemantauan progres fisik proyek normalisasi sungai dan pengendali banjir", "Pengelolaan sumber daya air"),
("t=banjir sec=data", "big", "Pusat Jaring Kontrol Geodesi@Pusat", "Prediksi Pasang Surut (Pasut)", "prediksi tinggi muka air laut di pelabuhan", "Informasi geospasial kelautan"),
("t=karhutla sec=kom", "sumbar", "Diskominfo@Kota Padang", "Hotspot WiFi Publik Padang", "manajemen titik akses WiFi gratis di taman kota", "Infrastruktur TIK publik"),
("t=karhutla sec=trantib", "riau", "Satpol PP@Prov", "Patroli Terpadu Satpol PP", "jadwal dan laporan patroli ketertiban umum", "Ketenteraman dan ketertiban umum"),
("t=bencana sec=bencana", "bnpb", "Direktorat PRB@Pusat", "InaRISK", "kajian risiko bencana dan peta bahaya per wilayah", "Pengurangan risiko bencana"),
("t=ferry sec=hub", "kemenhub", "KSOP@Tanjungpinang", "e-Pas Kecil", "penerbitan pas kecil kapal di bawah 7 GT", "Kelaiklautan kapal"),
("t=samsat sec=hub", "jambi", "Dishub@Prov", "Uji KIR Online Jambi", "pendaftaran uji berkala kendaraan bermotor angkutan", "Pengujian kendaraan bermotor"),
("t=pajakdaerah sec=keu", "kemenkeu", "Kanwil DJP@Sumbar", "e-Filing SPT", "pelaporan SPT tahunan pajak penghasilan", "Perpajakan pusat"),
("t=pajakdaerah sec=kom", "lpg", "Bapenda@Kota Metro", "SMS Gateway Bapenda Metro", "notifikasi jatuh tempo via SMS blast", "Notifikasi wajib pajak"),
("t=perizinan sec=apar", "sumsel", "BPSDM@Prov", "SIMPEL BPSDM Sumsel", "Sistem Informasi Manajemen Pelatihan: pendaftaran diklat ASN, sertifikat", "Pengembangan kompetensi ASN"),
("t=perizinan sec=sos", "sumut", "Dinsos@Kota Medan", "SIMPEL Lansia Medan", "pendataan lansia terlantar dan layanan home care", "Rehabilitasi sosial lansia"),
("t=perizinan sec=apar", "sumbar", "BKPSDM@Kota Padang", "Izin Cuti Online", "pengajuan cuti pegawai dan persetujuan atasan", "Administrasi kepegawaian"),
("t=perizinan sec=naker", "kemnaker", "Ditjen Binwasnaker@Pusat", "WLKP Online", "wajib lapor ketenagakerjaan di perusahaan", "Pengawasan ketenagakerjaan"),
("t=pbg sec=budaya", "sumbar", "Dinas Kebudayaan@Prov", "Registri Cagar Budaya Sumbar", "pendataan bangunan dan benda cagar budaya, rumah gadang", "Pelestarian cagar budaya"),
("t=pengaduan sec=akun", "jambi", "Inspektorat@Prov", "WBS Jambi (Whistleblowing System)", "pelaporan dugaan pelanggaran/korupsi oleh pegawai", "Pengawasan internal"),
("t=pengaduan sec=org", "riau", "Biro Organisasi@Prov", "SKM Online Riau", "survei kepuasan masyarakat atas unit pelayanan publik", "Evaluasi pelayanan publik"),
("t=pengaduan sec=ops", "babel", "Diskominfo@Prov", "Helpdesk TIK Babel", "tiket gangguan jaringan dan layanan TIK internal OPD", "Dukungan layanan TIK"),
("t=ppid sec=kom", "aceh", "Disdik@Prov", "Website Disdik Aceh", "portal profil dinas dan berita", "Publikasi informasi"),
("t=ppid sec=kom", "sumut", "Diskominfo@Prov", "Portal Berita Sumutprov", "berita dan rilis humas pemprov", "Kehumasan"),
("t=ppid sec=kom", "bkl", "Diskominfo@Kab. Mukomuko", "Website Resmi Kab. Mukomuko", "website pemerintah kabupaten", "Publikasi informasi"),
("t=persuratan sec=ses", "anri", "ANRI@Pusat", "JIKN", "Jaringan Informasi Kearsipan Nasional: akses arsip statis", "Kearsipan statis"),
("t=persuratan sec=keu", "sumsel", "Setda@Kab. Muara Enim", "e-SPPD Muara Enim", "pembuatan surat perintah perjalanan dinas dan rekap biaya perjalanan", "Administrasi perjalanan dinas"),
("t=persuratan sec=sos", "sumut", "TP-PKK@Prov", "SRIKANDI PKK Sumut", "pendataan kader dan kegiatan PKK", "Pemberdayaan kesejahteraan keluarga"),
("t=simpeg sec=org", "sumbar", "Biro Organisasi@Prov", "Anjab ABK Online", "analisis jabatan dan beban kerja unit", "Kelembagaan dan ketatalaksanaan"),
("t=absensi sec=pend", "riau", "Disdik@Kab. Bengkalis", "Absensi Siswa Bengkalis", "presensi siswa dengan kartu RFID dan notifikasi orang tua", "Layanan kesiswaan"),
("t=ekinerja s=esakip u sec=akun url=https://esr.menpan.go.id", "kemenpanrb", "Deputi RB Akuntabilitas@Pusat", "e-SAKIP", "Sistem Akuntabilitas Kinerja Instansi Pemerintah: perjanjian kinerja, LKjIP, evaluasi", "Akuntabilitas kinerja"),
("t=keuda sec=keu", "aceh", "BPKD@Kab. Bireuen", "SIMDA Gaji Bireuen", "perhitungan gaji dan potongan pegawai", "Penggajian pegawai"),
("t=monev sec=akun", "bpkp", "Perwakilan BPKP@Sumut", "MAPS BPKP (Manajemen Pengawasan)", "perencanaan, pelaksanaan dan pelaporan penugasan audit", "Pengawasan keuangan dan pembangunan"),
("t=siddesa s=siskeudes u sec=desa", "kemendagri", "Ditjen Bina Pemdes@Pusat", "Siskeudes", "Sistem Keuangan Desa: APBDes, penatausahaan, pelaporan keuangan desa", "Keuangan desa"),
("t=siddesa sec=desa", "kemendes-pdtt", "Pusdatin@Pusat", "IDM (Indeks Desa Membangun)", "pendataan indikator dan status desa membangun", "Pembangunan desa"),
("t=siddesa sec=desa", "kemendagri", "Ditjen Bina Pemdes@Pusat", "SIPADES", "Sistem Pengelolaan Aset Desa", "Pengelolaan aset desa"),
("t=umkm s=ekatalog u sec=pbj", "lkpp", "Direktorat e-Katalog@Pusat", "e-Katalog", "katalog elektronik untuk e-purchasing barang/jasa pemerintah, termasuk produk lokal UMKM", "Pengadaan barang/jasa"),
("t=bursakerja sec=naker", "riau", "UPTD BLK@Kota Dumai", "Pendaftaran Pelatihan BLK Dumai", "pendaftaran peserta pelatihan berbasis kompetensi", "Pelatihan kerja"),
("t=banksampah sec=lh", "klhk", "Ditjen PSLB3@Pusat", "SIPSN", "Sistem Informasi Pengelolaan Sampah Nasional: data timbulan dan komposisi sampah per daerah", "Pengelolaan sampah nasional"),
("t=jdih sec=hukum", "bkl", "Biro Hukum@Prov", "Posbakum Bengkulu", "pendaftaran bantuan hukum gratis bagi masyarakat miskin", "Bantuan hukum"),
("t=satudata sec=renc", "sumsel", "Diskominfo@Prov", "Dashboard Eksekutif Gubernur Sumsel", "ringkasan indikator dan agenda untuk pimpinan", "Dukungan keputusan pimpinan"),
("t=sakti sec=trantib", "sumbar", "Satpol PP@Kab. Pesisir Selatan", "SAKTI Satpol PP", "Sistem Aplikasi Ketertiban: pelaporan penegakan perda dan razia", "Penegakan perda"),
("t=satusehat sec=kes", "aceh", "Dinkes@Prov", "JKA Verifikasi", "verifikasi kepesertaan Jaminan Kesehatan Aceh", "Jaminan kesehatan daerah"),

# ============================== other singletons ==============================
("s=spse u sec=pbj url=https://spse.inaproc.id", "lkpp", "Direktorat Pengembangan SPSE@Pusat", "SPSE (LPSE)", "Sistem Pengadaan Secara Elektronik: tender, seleksi, e-procurement", "Pengadaan barang/jasa"),
("s=sirup u sec=pbj url=https://sirup.lkpp.go.id", "lkpp", "Direktorat Perencanaan PBJ@Pusat", "SiRUP", "Sistem Informasi Rencana Umum Pengadaan", "Perencanaan pengadaan"),
("s=sakti u sec=keu", "kemenkeu", "Kanwil DJPb@Sumbar", "SAKTI", "Sistem Aplikasi Keuangan Tingkat Instansi untuk satker vertikal: penganggaran s.d. pelaporan", "Keuangan satker"),
("s=span u sec=keu", "kemenkeu", "DJPb@Pusat", "SPAN", "Sistem Perbendaharaan dan Anggaran Negara", "Perbendaharaan"),
("s=simponi u sec=keu dpi=dpi-pembayaran", "kemenkeu", "DJA@Pusat", "SIMPONI", "Sistem Informasi PNBP Online: pembayaran penerimaan negara bukan pajak", "PNBP"),
("s=krisna u sec=renc", "bappenas", "Deputi Pendanaan@Pusat", "KRISNA", "Kolaborasi perencanaan dan informasi kinerja anggaran", "Perencanaan"),
("s=splp u sec=data dpi=dpi-pertukaran-data", "komdigi", "Ditjen Aptika@Pusat", "SPLP", "Sistem Penghubung Layanan Pemerintah: API gateway dan interoperabilitas antar instansi", "Interoperabilitas"),
("s=ikd u sec=duk dpi=dpi-identitas-digital", "kemendagri", "Ditjen Dukcapil@Pusat", "IKD (Identitas Kependudukan Digital)", "KTP digital di ponsel untuk verifikasi identitas penduduk", "Identitas digital"),
("s=inapas u sec=data dpi=dpi-identitas-digital", "ina-digital", "INA Digital@Pusat", "INApas", "single sign-on dan dompet identitas warga untuk layanan digital pemerintah", "Identitas digital"),
("s=satusehat u sec=kes dpi=dpi-pertukaran-data url=https://satusehat.kemkes.go.id", "kemenkes", "DTO Kemenkes@Pusat", "SATUSEHAT", "Platform interoperabilitas data kesehatan nasional", "Pertukaran data kesehatan"),
("s=oss u sec=izin url=https://oss.go.id", "kementerian-investasi", "Deputi Pelayanan Penanaman Modal@Pusat", "OSS-RBA", "Online Single Submission berbasis risiko: NIB dan perizinan berusaha", "Perizinan berusaha"),
("s=emeterai sec=pbj dpi=dpi-pembayaran", "peruri", "Peruri@Pusat", "e-Meterai", "pembelian dan pembubuhan meterai elektronik", "Bea meterai"),
("s=bpommobile sec=kes", "bpom", "Balai Besar POM@Medan", "BPOM Mobile", "cek legalitas produk obat dan makanan", "Pengawasan obat dan makanan"),
("s=sentuhtanahku sec=pu", "atr-bpn", "Kanwil BPN@Riau", "Sentuh Tanahku", "informasi berkas pertanahan dan lokasi bidang tanah", "Layanan pertanahan"),
("s=siinas sec=dag", "kemenperin", "Pusdatin@Pusat", "SIINas", "Sistem Informasi Industri Nasional: laporan perusahaan industri", "Data industri"),
("s=rehabbnn sec=kes", "bnn", "BNNP@Sumut", "e-Rehab BNN", "pendaftaran dan pemantauan klien rehabilitasi narkoba", "Rehabilitasi penyalahguna narkotika"),
("s=sdp sec=hukum", "kemenkumham", "Kanwil Kemenkumham@Sumsel", "SDP (Sistem Database Pemasyarakatan)", "data warga binaan lapas dan rutan", "Pemasyarakatan"),
("s=timpora sec=hankam", "kemenkumham", "Kantor Imigrasi@Batam", "APOA Online", "pelaporan keberadaan orang asing oleh hotel dan penjamin", "Pengawasan orang asing"),
("s=bakamla sec=hankam", "bakamla", "Zona Kamla Barat@Batam", "Bakamla IMIC", "pemantauan dan peringatan dini keamanan laut", "Keamanan laut"),
("s=modi sec=esdm", "kesdm", "Ditjen Minerba@Pusat", "MODI (Minerba One Data Indonesia)", "data perusahaan dan izin pertambangan minerba", "Pertambangan mineral dan batubara"),
("s=fasih sec=data", "bps", "BPS Provinsi@Sumbar", "FASIH BPS", "pengumpulan data survei BPS berbasis tablet/CAPI", "Statistik dasar"),
("s=bsre sec=data", "bssn", "BSrE@Pusat", "BSrE (Balai Sertifikasi Elektronik)", "penerbitan sertifikat elektronik untuk tanda tangan elektronik ASN", "Persandian"),
("s=pju sec=perkim", "sumsel", "Dinas Perkim@Kota Palembang", "SI-PJU Palembang", "monitoring lampu penerangan jalan umum, titik dan meteran", "Penerangan jalan umum"),
("s=pdam sec=pu", "sumut", "PDAM Tirtanadi@Prov", "Billing PDAM Tirtanadi", "rekening air, pembacaan meter pelanggan", "Pelayanan air minum"),
("s=pilkades sec=desa", "lpg", "DPMD@Kab. Tulang Bawang", "e-Voting Pilkades Tuba", "pemungutan suara elektronik pemilihan kepala kampung", "Pemilihan kepala desa"),
("s=fkub sec=agama", "kepri", "Kesbangpol@Prov", "SI FKUB Kepri", "data kegiatan forum kerukunan umat beragama", "Kerukunan umat beragama"),
("s=tera sec=dag", "babel", "Disperindag@Prov", "SI Tera UTTP", "tera ulang alat ukur, takar, timbang dan perlengkapannya", "Kemetrologian"),
("s=perhutsos sec=hut", "jambi", "Dishut@Prov", "Perhutanan Sosial Jambi", "usulan dan pemantauan persetujuan perhutanan sosial kelompok tani hutan", "Perhutanan sosial"),
("s=reklamasi sec=esdm", "babel", "DLH@Prov", "Reklamasi Lahan Bekas Tambang Babel", "pemantauan reklamasi lahan bekas tambang timah", "Pemulihan lingkungan"),
("s=irigasi sec=pu", "sumbar", "Dinas PSDA@Prov", "e-PAKSI Sumbar", "inventaris jaringan irigasi dan indeks kinerja irigasi", "Pengelolaan irigasi"),
("s=pulau sec=ops", "kepri", "Biro Pemerintahan@Prov", "SI Pulau dan Batas Wilayah Kepri", "data pulau, toponimi dan batas wilayah administrasi", "Kewilayahan"),
("s=jinayat sec=trantib", "aceh", "Satpol PP dan WH@Prov", "e-Jinayat WH", "pencatatan pelanggaran qanun jinayat dan pelaksanaan uqubat", "Penegakan syariat Islam"),
("s=ormas sec=ops", "sumut", "Kesbangpol@Prov", "Ormas Sumut", "pendaftaran dan pendataan organisasi kemasyarakatan", "Pembinaan ormas"),
("s=jembatantimbang sec=hub", "kemenhub", "BPTD Wilayah VI@Sumbar", "JTO Online", "pencatatan kendaraan di jembatan timbang (ODOL)", "Pengawasan angkutan barang"),
]

# ---------------------------------------------------------------------------------------
# Proposals (written in the proposer's own words).  target: ("g", group) | ("s", ref) | None
# ---------------------------------------------------------------------------------------
P = [
("Layanan Dokumen Kependudukan Mandiri", "Warga dapat mengajukan penerbitan kartu keluarga, akta lahir dan surat pindah dari rumah lewat ponsel, lalu menerima dokumen ber-TTE tanpa antre di kantor catatan sipil.", ("g", "adminduk")),
("Klinik Digital Layanan Primer", "Pencatatan kunjungan pasien, pemeriksaan dokter, resep obat dan laporan bulanan di seluruh puskesmas kabupaten dalam satu rekam medis elektronik.", ("g", "simpus")),
("Pemantauan Balita Kerdil Terpadu", "Mencatat hasil timbang dan ukur balita di posyandu per nama per alamat, menandai anak bertubuh pendek dan memantau intervensi gizinya sampai tingkat desa.", ("g", "stunting")),
("Catatan Vaksin Anak", "Riwayat pemberian vaksin dasar bayi dan baduta, pengingat jadwal suntikan berikutnya dan rekap cakupan per posyandu.", ("g", "imunisasi")),
("Layanan Jemput Pasien Gawat Darurat", "Warga menelepon satu nomor darurat medis, petugas mengirim mobil ambulans terdekat dan memantau posisinya sampai pasien tiba di fasilitas kesehatan.", ("g", "psc119")),
("Pendaftaran Siswa Baru Berbasis Jarak Rumah", "Orang tua mendaftarkan anak ke SMP/SMA negeri secara daring melalui jalur domisili, afirmasi dan prestasi, lalu melihat hasil seleksi.", ("g", "ppdb")),
("Bantuan Biaya Kuliah Daerah", "Mahasiswa asal daerah mengajukan bantuan biaya pendidikan, panitia memverifikasi berkas, menyeleksi dan mengumumkan penerima serta pencairan dana.", ("g", "beasiswa")),
("Verifikasi Data Warga Kurang Mampu", "Operator desa memutakhirkan daftar keluarga fakir miskin serta mengusulkan penambahan dan penghapusan ke basis data penerima bantuan sosial kementerian.", ("g", "dtks")),
("Layanan Penghimpunan dan Penyaluran ZIS", "Masyarakat dan ASN menyetor zakat, infak dan sedekah secara non tunai; pengelola mencatat mustahik dan menyalurkan dana.", ("g", "zakat")),
("Gerbang Informasi Pelancong", "Satu situs dan aplikasi yang menampilkan objek wisata, kalender acara, penginapan dan kuliner daerah untuk wisatawan.", ("g", "wisata")),
("Papan Informasi Harga Sembako", "Petugas pasar menginput harga beras, cabai, bawang dan minyak goreng setiap hari; masyarakat dan TPID melihat perkembangan harga per kota.", ("g", "hargapasar")),
("Publikasi Harga Buah Sawit Petani", "Hasil rapat tim penetapan harga tandan buah segar dipublikasikan berkala agar pekebun tahu harga pembelian oleh pabrik kelapa sawit.", ("g", "hargatbs")),
("Pasar Daring Getah Petani", "Kelompok petani penyadap menjual bahan olah karet melalui pelelangan daring yang diikuti pabrik, dengan jadwal dan hasil transaksi tercatat.", ("g", "lelangkaret")),
("Kartu Identitas Nelayan Daerah", "Pendaftaran nelayan kecil dan pembudidaya beserta kapal dan alat tangkapnya sebagai syarat menerima bantuan dan premi asuransi.", ("g", "nelayan")),
("Sensor Peringatan Air Sungai Meluap", "Alat ukur ketinggian air di sungai mengirim data otomatis; bila melewati batas siaga, warga di bantaran menerima notifikasi.", ("g", "banjir")),
("Pantauan Sebaran Titik Panas Lahan Gambut", "Memetakan hotspot harian dari satelit, menugaskan regu patroli untuk groundcheck dan mencatat luas lahan yang terbakar.", ("g", "karhutla")),
("Pemesanan Karcis Penyeberangan Laut", "Penumpang membeli karcis kapal antar pulau secara daring dan melihat jadwal keberangkatan dari pelabuhan.", ("g", "ferry")),
("Bayar Pajak Motor dan Mobil dari Rumah", "Wajib pajak mengecek tagihan pajak kendaraan tahunan, membayar non tunai dan mendapatkan pengesahan STNK.", ("g", "samsat")),
("Kanal Aspirasi dan Keluhan Warga", "Masyarakat menyampaikan keluhan tentang layanan pemerintah, laporan diteruskan ke OPD terkait dan tindak lanjutnya dapat dipantau.", ("g", "pengaduan")),
("Tata Naskah Dinas Tanpa Kertas", "Surat masuk dan keluar, disposisi pimpinan, tanda tangan elektronik dan penyimpanan arsip dinamis antar perangkat daerah.", ("g", "persuratan")),
("Basis Data Riwayat Pegawai", "Pengelolaan data ASN: riwayat pangkat, jabatan, pendidikan, usulan kenaikan pangkat dan pensiun.", ("g", "simpeg")),
("Presensi Pegawai Berbasis Lokasi", "Pegawai merekam kehadiran masuk dan pulang melalui ponsel dengan foto dan koordinat GPS; rekap dipakai untuk potongan tunjangan.", ("g", "absensi")),
("Penganggaran dan Penatausahaan APBD", "Menyusun RKA dan DPA perangkat daerah, mencatat SPP/SPM/SP2D dan menghasilkan laporan keuangan pemerintah daerah.", ("g", "keuda")),
("Administrasi Kampung Digital", "Perangkat desa mengelola profil desa, data warga desa dan pembuatan surat keterangan untuk warga melalui situs desa.", ("g", "siddesa")),
("Portal Lowongan dan Pencari Kerja", "Perusahaan memasang lowongan, pencari kerja mendaftar dan memperoleh kartu AK/1 serta mengikuti bursa kerja daring.", ("g", "bursakerja")),
("Layanan Korban Kekerasan Rumah Tangga dan Anak", "Pengaduan kasus kekerasan terhadap perempuan dan anak, pencatatan kasus, pendampingan dan rujukan korban.", ("g", "ppa")),
("Katalog Data Terbuka Daerah", "Perangkat daerah mengunggah dataset sektoral dengan metadata standar agar publik dapat mencari dan mengunduh data pemerintah.", ("g", "satudata")),
("Tender Elektronik Pengadaan Barang Jasa", "Pelaksanaan tender dan seleksi penyedia pekerjaan konstruksi dan jasa konsultansi secara elektronik oleh UKPBJ.", ("s", "spse")),
("Penerbitan Nomor Induk Berusaha", "Pelaku usaha mendaftarkan kegiatan usahanya dan memperoleh NIB serta izin berusaha sesuai tingkat risiko.", ("s", "oss")),
("KTP di Ponsel", "Penduduk mengaktifkan kartu identitas kependudukan dalam bentuk digital di telepon genggam untuk verifikasi identitas.", ("s", "ikd")),
("Pembukuan Dana Desa", "Perangkat desa menyusun APBDes, menatausahakan belanja dan membuat laporan pertanggungjawaban keuangan desa.", ("s", "siskeudes")),
("Pertukaran Rekam Kesehatan Antar Fasyankes", "Menghubungkan data rekam medis dari puskesmas, klinik dan rumah sakit ke satu platform interoperabilitas data kesehatan nasional.", ("s", "satusehat")),
("Satu Akun Masuk Layanan Pemerintah", "Warga cukup memakai satu akun terverifikasi identitasnya untuk masuk ke berbagai aplikasi layanan pemerintah (single sign-on).", ("s", "inapas")),
# ---- novel -------------------------------------------------------------------------------
("Sistem Informasi Pelayanan Pemakaman", "Pendaftaran petak makam di taman pemakaman umum milik pemerintah, retribusi sewa makam dan peta lokasi makam.", None),
("Aplikasi Pelaporan Konflik Satwa Liar", "Masyarakat melaporkan kemunculan harimau atau gajah liar di kebun dan permukiman; petugas menanggapi dan mencatat penanganannya.", None),
("Layanan Pendampingan Sertifikasi Halal UMKM", "Pendaftaran pelaku usaha mikro untuk pendampingan proses produk halal dan pemantauan status sertifikat halal.", None),
("Pendaftaran Calon Jemaah Haji Daerah", "Pendaftaran calon jemaah haji, estimasi tahun keberangkatan dan pelunasan biaya perjalanan ibadah.", None),
("Parkir Tepi Jalan Non Tunai", "Juru parkir memungut retribusi parkir tepi jalan umum melalui QRIS dan setoran terekam otomatis.", None),
("Pemesanan Fasilitas Olahraga Daerah", "Warga memesan jadwal pemakaian lapangan, gedung olahraga dan kolam renang milik pemerintah daerah dan membayar sewanya.", None),
("Layanan Juru Bahasa Isyarat", "Pemesanan juru bahasa isyarat untuk warga tuli yang mengakses layanan publik di kantor pemerintah.", None),
("Informasi Stok Darah dan Jadwal Donor", "Warga melihat ketersediaan kantong darah per golongan dan mendaftar jadwal donor darah.", None),
("Legalisasi Ijazah Daring", "Alumni mengajukan legalisir ijazah dan transkrip sekolah secara online, membayar dan menerima salinan terlegalisasi.", None),
("Portal Penyaluran CSR Perusahaan", "Pemerintah daerah memetakan usulan program, mencocokkannya dengan dana tanggung jawab sosial perusahaan dan melaporkan realisasinya.", None),
("Inventarisasi Kekayaan Intelektual Komunal", "Pencatatan ekspresi budaya tradisional seperti tarian, motif tenun dan songket, serta pengetahuan tradisional untuk perlindungan hukum.", None),
("Kamus Digital Bahasa Daerah", "Aplikasi kamus dan pelestarian kosakata bahasa Minang, Aceh, Batak dan Lampung dengan rekaman pelafalan.", None),
("Layanan Penitipan Anak Pegawai", "Pendaftaran dan jadwal layanan tempat penitipan anak bagi pegawai pemerintah daerah di lingkungan kantor.", None),
("Inventaris Pohon Peneduh Kota", "Pendataan setiap pohon di ruang terbuka hijau dan jalan kota, kondisinya, jadwal pemangkasan dan laporan pohon tumbang.", None),
("Penjangkauan ODGJ Terlantar", "Pelaporan warga tentang orang dengan gangguan jiwa terlantar, penjemputan oleh petugas dan rujukan ke panti atau rumah sakit jiwa.", None),
("Sertifikasi Kompetensi Tukang Lokal", "Pendaftaran tukang dan tenaga kerja konstruksi lokal untuk uji kompetensi dan penerbitan sertifikat kerja.", None),
]


def parse_tags(s):
    out = {"h": False, "u": False}
    for tok in s.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            out[k] = v
        else:
            out[tok] = True
    return out


def slug(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def domain_for(prov_key, inst, unit):
    opd, loc = unit.split("@", 1)
    if prov_key:
        if loc == "Prov":
            return PROV_DOMAIN[prov_key]
        if loc.startswith("Kota "):
            return slug(loc[5:]) + "kota.go.id"
        if loc.startswith("Kab. "):
            return slug(loc[5:]) + "kab.go.id"
        return PROV_DOMAIN[prov_key]
    return inst + ".go.id"


def mess_code(code, rng):
    r = rng.random()
    if r < 0.18:
        code = code[0] + code[1:3].lower() + code[3:] if rng.random() < 0.7 else code.lower()
    elif r < 0.30:
        parts = code.split(".")
        code = ".".join([parts[0]] + [str(int(p)) for p in parts[1:]])
    elif r < 0.40:
        code = code + ".%02d" % rng.randint(1, 9) + (".%02d" % rng.randint(1, 5) if rng.random() < 0.5 else "")
    elif r < 0.45:
        code = code.replace(".", " ", 1)
    elif r < 0.52:
        code = code.rsplit(".", 1)[0]
    return code


def main():
    rng = random.Random(SEED)
    rows = []
    for tags, inst, unit, nama, desk, fungsi in R:
        t = parse_tags(tags)
        prov_key = inst if inst in PROV else None
        rows.append({
            "tags": t, "prov_key": prov_key, "instansi": PROV.get(inst, inst), "unit": unit,
            "nama": nama, "deskripsi": desk, "fungsi": fungsi,
        })
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "b15-%04d" % i

    n = len(rows)
    # ---- blank deskripsi to ~30% (never for traps, hidden names, national platforms) ----
    def protected_desc(r):
        t = r["tags"]
        return t.get("t") or t["h"] or t["u"]
    target = round(0.30 * n)
    empty = sum(1 for r in rows if not r["deskripsi"])
    cand = [r for r in rows if r["deskripsi"] and not protected_desc(r)]
    rng.shuffle(cand)
    for r in cand[: max(0, target - empty)]:
        r["deskripsi"] = ""
    # ---- blank fungsi to ~40% (keep at least one of deskripsi/fungsi on hidden names) ----
    target = round(0.40 * n)
    empty = sum(1 for r in rows if not r["fungsi"])
    cand = [r for r in rows if r["fungsi"] and not r["tags"]["u"]
            and not (r["tags"]["h"] and not r["deskripsi"])]
    rng.shuffle(cand)
    for r in cand[: max(0, target - empty)]:
        r["fungsi"] = ""

    # ---- metadata ----
    jenis_khusus = ["aplikasi khusus"] * 6 + ["Aplikasi Khusus", "Khusus", "khusus", "AK"]
    status_pool = ["aktif"] * 12 + ["Aktif"] * 2 + ["tidak aktif"] * 2 + ["dalam pengembangan", "Non Aktif"] + [""] * 3
    for r in rows:
        t = r["tags"]
        grp = t.get("g")
        sec = GROUP_SEC[grp] if grp else t.get("sec", "ops")
        rab, ral, public = SECTOR[sec]
        # jenis
        if t["u"]:
            r["jenis"] = "aplikasi umum"
        else:
            x = rng.random()
            if x < 0.35:
                r["jenis"] = ""
            elif x < 0.97:
                r["jenis"] = rng.choice(jenis_khusus)
            else:
                r["jenis"] = rng.choice(["Umum", "umum"])  # clerk's mislabel
        # codes
        r["kode_rab"] = mess_code(rab, rng) if rng.random() < 0.28 else ""
        r["kode_ral"] = mess_code(ral + ".%02d" % rng.randint(1, 6), rng) if rng.random() < 0.20 else ""
        if rng.random() < 0.25 or (t["u"] and rng.random() < 0.6):
            if t["u"]:
                raa = "RAA.01.01" if public else "RAA.01.02"
            else:
                raa = "RAA.02.01" if public else "RAA.02.02"
            r["kode_raa"] = mess_code(raa, rng)
        else:
            r["kode_raa"] = ""
        r["status"] = rng.choice(status_pool)
        r["tahun"] = "" if rng.random() < 0.15 else str(rng.randint(2011, 2024))
        # url
        if t.get("url"):
            r["url"] = t["url"]
        elif rng.random() < 0.45:
            first = slug(r["nama"].split("(")[0].split()[0]) or "app"
            r["url"] = "https://%s.%s" % (first, domain_for(r["prov_key"], r["instansi"], r["unit"]))
            if rng.random() < 0.2:
                r["url"] = r["url"].replace("https://", "http://")
        else:
            r["url"] = ""
        # dpi
        if t.get("dpi"):
            r["dpi"] = t["dpi"]
        elif grp in PAY_GROUPS and rng.random() < 0.5:
            r["dpi"] = "dpi-pembayaran"
        elif grp in XCHG_GROUPS and rng.random() < 0.5:
            r["dpi"] = "dpi-pertukaran-data"
        else:
            r["dpi"] = ""

    cols = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
            "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind15-inventory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])

    # ---- groups ----
    order = []
    members = {}
    for tags, *_ in R:
        g = parse_tags(tags).get("g")
        if g and g not in members:
            order.append(g)
            members[g] = []
    for r in rows:
        g = r["tags"].get("g")
        if g:
            members[g].append(r["id"])
    gid = {g: "g%02d" % (i + 1) for i, g in enumerate(order)}
    groups = [{"id": gid[g], "members": sorted(members[g])} for g in order]
    src = ("Hand-labelled blind test set (blind15): provincial Diskominfo consolidated SPBE "
           "self-assessment export from Sumatra (10 provinces and their kab/kota, vertical offices, "
           "national platforms). Rows, groups, traps and proposals written by hand in blind15-build.py "
           "(seed %d) without reading the detector; kab/kota rows carry their province entity." % SEED)
    with open(os.path.join(HERE, "blind15-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src, "duplicateGroups": groups}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # ---- proposals ----
    by_ref = {}
    for r in rows:
        if r["tags"].get("s"):
            by_ref[r["tags"]["s"]] = r["id"]
    props = []
    for i, (nama, desk, target) in enumerate(P, 1):
        if target is None:
            exp = []
        elif target[0] == "g":
            exp = sorted(members[target[1]])
        else:
            exp = [by_ref[target[1]]]
        props.append({"id": "p%02d" % i, "nama": nama, "deskripsi": desk, "expected": exp})
    with open(os.path.join(HERE, "blind15-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": src.replace("test set", "proposal set"), "proposals": props},
                  f, ensure_ascii=False, indent=2)
        f.write("\n")

    # ---- self-checks ----
    ids = {r["id"] for r in rows}
    seen = set()
    for g in groups:
        assert 2 <= len(g["members"]) <= 12, g
        for m in g["members"]:
            assert m in ids and m not in seen, m
            seen.add(m)
    for p in props:
        for e in p["expected"]:
            assert e in ids, e
    with open(os.path.join(HERE, "blind15-inventory.csv"), encoding="utf-8") as f:
        parsed = list(csv.DictReader(f))
    assert len(parsed) == n and list(parsed[0].keys()) == cols
    reuse = sum(1 for p in props if p["expected"])
    traps = sum(1 for r in rows if r["tags"].get("t"))
    owners = {(r["instansi"], r["unit"].split("@", 1)[1]) for r in rows}
    print("rows", n)
    print("instansi entities", len({r["instansi"] for r in rows}))
    print("owning governments/offices (entity+locality)", len(owners))
    print("groups", len(groups), "grouped rows", len(seen), "max size", max(len(g["members"]) for g in groups))
    print("trap rows", traps, "(in other groups:", sum(1 for r in rows if r["tags"].get("t") and r["tags"].get("g")), ")")
    print("proposals", len(props), "reuse", reuse, "novel", len(props) - reuse)
    for c in ("deskripsi", "fungsi", "jenis", "kode_rab", "kode_ral", "kode_raa", "url", "dpi"):
        print("empty %-9s %.0f%%" % (c, 100.0 * sum(1 for r in rows if not r[c]) / n))


if __name__ == "__main__":
    main()
