#!/usr/bin/env python3
"""Build the blind16 hand-labelled test set: a smart-city (kota cerdas) inventory.

Every row, group label, trap flag and proposal below was written by hand by an
SPBE architect working blind to the duplicate detector (no source code, tests,
benchmarks, docs or other data files of the repository were read).  This script
only shuffles the rows, assigns ids, blanks fields to realistic missing-data
rates and fills metadata columns (jenis variants, kode_*, status, tahun, url,
dpi) deterministically from a fixed seed.

Writes, next to this file:
  blind16-inventory.csv, blind16-groups.json, blind16-proposals.json
"""
import csv
import json
import os
import random
import re

SEED = 161616
HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "blind16: hand-written smart-city (kota cerdas) inventory as a national smart-city programme "
    "would compile it from city governments (kota) and some kabupaten in Java, Bali, Kalimantan and "
    "Sulawesi, plus the national platforms they connect to. Written blind to the detector: the only "
    "inputs read were /work/shared/domain/spbe-reference.md, name-only listings of catalog-info, "
    "catalog-info/agencies and bench/data, and a grep of the '  name:' lines of catalog-info/agencies "
    "and catalog-info/dpi for valid agency and DPI entity names; no source code, tests, benchmarks, docs, "
    "other data files, web or git were used. No kota entity exists, so city rows carry their province's "
    "entity and keep the city name in nama/deskripsi. Rows (names, descriptions, business functions, "
    "agency, group label, trap flag) are hand-written in blind16-build.py; the script only shuffles "
    "(seed 161616), assigns ids, blanks fields to realistic missing-data rates and fills metadata "
    "columns deterministically. A duplicate group means one platform could replace all its members "
    "(same government function, different agencies or units); where cities rebuilt a national "
    "aplikasi umum the national row is in the group. Trap rows share an acronym or generic words "
    "with a group but do a different job and are never in the group they resemble."
)

# ---------------------------------------------------------------------------
# Places: key -> (display name, agency entity, domain, aliases found in names)
# ---------------------------------------------------------------------------
CITIES = {
    'jkt': ('DKI Jakarta', 'prov-dki-jakarta', 'jakarta.go.id', ['jakarta', 'jak', 'dki']),
    'bdg': ('Kota Bandung', 'prov-jawa-barat', 'bandung.go.id', ['bandung']),
    'kbbdg': ('Kabupaten Bandung', 'prov-jawa-barat', 'bandungkab.go.id', ['bandung']),
    'bgr': ('Kota Bogor', 'prov-jawa-barat', 'kotabogor.go.id', ['bogor']),
    'bks': ('Kota Bekasi', 'prov-jawa-barat', 'bekasikota.go.id', ['bekasi']),
    'dpk': ('Kota Depok', 'prov-jawa-barat', 'depok.go.id', ['depok']),
    'cmh': ('Kota Cimahi', 'prov-jawa-barat', 'cimahikota.go.id', ['cimahi']),
    'crb': ('Kota Cirebon', 'prov-jawa-barat', 'cirebonkota.go.id', ['cirebon']),
    'pwk': ('Kabupaten Purwakarta', 'prov-jawa-barat', 'purwakartakab.go.id', ['purwakarta']),
    'smd': ('Kabupaten Sumedang', 'prov-jawa-barat', 'sumedangkab.go.id', ['sumedang']),
    'tng': ('Kota Tangerang', 'prov-banten', 'tangerangkota.go.id', ['tangerang']),
    'tgsel': ('Kota Tangerang Selatan', 'prov-banten', 'tangerangselatankota.go.id', ['tangsel', 'tangerang selatan']),
    'clg': ('Kota Cilegon', 'prov-banten', 'cilegon.go.id', ['cilegon']),
    'smg': ('Kota Semarang', 'prov-jawa-tengah', 'semarangkota.go.id', ['semarang', 'smg']),
    'ska': ('Kota Surakarta', 'prov-jawa-tengah', 'surakarta.go.id', ['solo', 'surakarta']),
    'mgl': ('Kota Magelang', 'prov-jawa-tengah', 'magelangkota.go.id', ['magelang']),
    'pkl': ('Kota Pekalongan', 'prov-jawa-tengah', 'pekalongankota.go.id', ['pekalongan']),
    'sltg': ('Kota Salatiga', 'prov-jawa-tengah', 'salatiga.go.id', ['salatiga']),
    'tgl': ('Kota Tegal', 'prov-jawa-tengah', 'tegalkota.go.id', ['tegal']),
    'bms': ('Kabupaten Banyumas', 'prov-jawa-tengah', 'banyumaskab.go.id', ['banyumas']),
    'kds': ('Kabupaten Kudus', 'prov-jawa-tengah', 'kuduskab.go.id', ['kudus']),
    'yk': ('Kota Yogyakarta', 'prov-di-yogyakarta', 'jogjakota.go.id', ['jogja', 'yogyakarta']),
    'slm': ('Kabupaten Sleman', 'prov-di-yogyakarta', 'slemankab.go.id', ['sleman']),
    'btl': ('Kabupaten Bantul', 'prov-di-yogyakarta', 'bantulkab.go.id', ['bantul']),
    'kp': ('Kabupaten Kulon Progo', 'prov-di-yogyakarta', 'kulonprogokab.go.id', ['kulon progo']),
    'sby': ('Kota Surabaya', 'prov-jawa-timur', 'surabaya.go.id', ['surabaya', 'suroboyo']),
    'mlg': ('Kota Malang', 'prov-jawa-timur', 'malangkota.go.id', ['malang']),
    'mdn': ('Kota Madiun', 'prov-jawa-timur', 'madiunkota.go.id', ['madiun']),
    'kdr': ('Kota Kediri', 'prov-jawa-timur', 'kedirikota.go.id', ['kediri']),
    'blt': ('Kota Blitar', 'prov-jawa-timur', 'blitarkota.go.id', ['blitar']),
    'pbl': ('Kota Probolinggo', 'prov-jawa-timur', 'probolinggokota.go.id', ['probolinggo']),
    'psr': ('Kota Pasuruan', 'prov-jawa-timur', 'pasuruankota.go.id', ['pasuruan']),
    'mjk': ('Kota Mojokerto', 'prov-jawa-timur', 'mojokertokota.go.id', ['mojokerto']),
    'batu': ('Kota Batu', 'prov-jawa-timur', 'batukota.go.id', ['batu']),
    'bwi': ('Kabupaten Banyuwangi', 'prov-jawa-timur', 'banyuwangikab.go.id', ['banyuwangi']),
    'sda': ('Kabupaten Sidoarjo', 'prov-jawa-timur', 'sidoarjokab.go.id', ['sidoarjo']),
    'dps': ('Kota Denpasar', 'prov-bali', 'denpasarkota.go.id', ['denpasar']),
    'bdn': ('Kabupaten Badung', 'prov-bali', 'badungkab.go.id', ['badung']),
    'gnr': ('Kabupaten Gianyar', 'prov-bali', 'gianyarkab.go.id', ['gianyar']),
    'tbn': ('Kabupaten Tabanan', 'prov-bali', 'tabanankab.go.id', ['tabanan']),
    'bll': ('Kabupaten Buleleng', 'prov-bali', 'bulelengkab.go.id', ['buleleng']),
    'ptk': ('Kota Pontianak', 'prov-kalimantan-barat', 'pontianak.go.id', ['pontianak', 'ptk']),
    'plk': ('Kota Palangka Raya', 'prov-kalimantan-tengah', 'palangkaraya.go.id', ['palangka']),
    'bjm': ('Kota Banjarmasin', 'prov-kalimantan-selatan', 'banjarmasinkota.go.id', ['banjarmasin', 'bjm', 'banjar']),
    'bjb': ('Kota Banjarbaru', 'prov-kalimantan-selatan', 'banjarbarukota.go.id', ['banjarbaru']),
    'tbl': ('Kabupaten Tabalong', 'prov-kalimantan-selatan', 'tabalongkab.go.id', ['tabalong']),
    'smr': ('Kota Samarinda', 'prov-kalimantan-timur', 'samarindakota.go.id', ['samarinda']),
    'bpp': ('Kota Balikpapan', 'prov-kalimantan-timur', 'balikpapan.go.id', ['balikpapan', 'bpp']),
    'btg': ('Kota Bontang', 'prov-kalimantan-timur', 'bontangkota.go.id', ['bontang']),
    'kaltim': ('Provinsi Kalimantan Timur', 'prov-kalimantan-timur', 'kaltimprov.go.id', ['kaltim']),
    'trk': ('Kota Tarakan', 'prov-kalimantan-utara', 'tarakankota.go.id', ['tarakan']),
    'mdo': ('Kota Manado', 'prov-sulawesi-utara', 'manadokota.go.id', ['manado']),
    'btn': ('Kota Bitung', 'prov-sulawesi-utara', 'bitungkota.go.id', ['bitung']),
    'tmh': ('Kota Tomohon', 'prov-sulawesi-utara', 'tomohon.go.id', ['tomohon']),
    'gto': ('Kota Gorontalo', 'prov-gorontalo', 'gorontalokota.go.id', ['gorontalo']),
    'palu': ('Kota Palu', 'prov-sulawesi-tengah', 'palukota.go.id', ['palu']),
    'mmj': ('Kabupaten Mamuju', 'prov-sulawesi-barat', 'mamujukab.go.id', ['mamuju']),
    'mks': ('Kota Makassar', 'prov-sulawesi-selatan', 'makassarkota.go.id', ['makassar']),
    'pre': ('Kota Parepare', 'prov-sulawesi-selatan', 'pareparekota.go.id', ['parepare']),
    'plp': ('Kota Palopo', 'prov-sulawesi-selatan', 'palopokota.go.id', ['palopo']),
    'bone': ('Kabupaten Bone', 'prov-sulawesi-selatan', 'bone.go.id', ['bone']),
    'kdi': ('Kota Kendari', 'prov-sulawesi-tenggara', 'kendarikota.go.id', ['kendari']),
    'bau': ('Kota Baubau', 'prov-sulawesi-tenggara', 'baubaukota.go.id', ['baubau']),
}

# sector letter -> (kode_rab canonical, kode_ral canonical)
SECTOR = {
    'T': ('RAB.03', 'RAL.01'),      # transport, infrastructure, spatial
    'E': ('RAB.02', 'RAL.01'),      # economy, trade, UMKM, tourism business
    'K': ('RAB.04', 'RAL.01'),      # health and social protection
    'O': ('RAB.05', 'RAL.01'),      # public order and safety
    'P': ('RAB.06', 'RAL.01'),      # education and labour
    'L': ('RAB.07', 'RAL.01'),      # environment
    'B': ('RAB.08', 'RAL.01'),      # culture, religion, tourism culture
    'D': ('RAB.03.07', 'RAL.01'),   # population administration
    'F': ('RAB.09.02', 'RAL.02.02'),  # finance
    'I': ('RAB.09.03', 'RAL.02.09'),  # information
    'C': ('RAB.09.04', 'RAL.01'),   # communication, public channels
    'R': ('RAB.09.05', 'RAL.02.03'),  # planning and monitoring
    'A': ('RAB.09.06', 'RAL.02.04'),  # civil service
    'G': ('RAB.09.01', 'RAL.02.01'),  # home affairs, general government
    'S': ('RAB.09.06', 'RAL.02.06'),  # office operations
    'Q': ('RAB.09.05.06', 'RAL.02.07'),  # accountability, oversight
}
ADMIN_SECTORS = set('FIRAGSQ')

ROWS = []


def R(loc, nama, desc, fungsi, sec, flags='', group=None, key=None):
    """flags: n national agency row, u designated aplikasi umum, o opaque local brand name,
    m group member whose name mimics another group, t trap (singleton), d inactive,
    q dpi-pembayaran, i dpi-identitas-digital, x dpi-pertukaran-data."""
    ROWS.append(dict(loc=loc, nama=nama, deskripsi=desc, fungsi=fungsi, sec=sec,
                     flags=flags, group=group, key=key))


def G(label, rows):
    for r in rows:
        assert len(r) in (5, 6), r
        R(*r, group=label)


def T(rows):
    for r in rows:
        loc, nama, desc, fungsi, sec = r[:5]
        flags = (r[5] if len(r) > 5 else '') + 't'
        R(loc, nama, desc, fungsi, sec, flags)


# ===========================================================================
# DUPLICATE GROUPS
# ===========================================================================
G('cctv', [
    ('bdg', 'Bandung Command Center - Modul CCTV', 'Pemantauan ratusan kamera CCTV di persimpangan, taman dan ruang publik Kota Bandung; live view untuk operator BCC dan sebagian dibuka ke warga.', 'Pemantauan CCTV kota', 'O'),
    ('smg', 'CCTV Online Kota Semarang', 'Portal live streaming kamera pengawas jalan protokol dan titik rawan genangan di Semarang, dikelola Diskominfo.', 'monitoring cctv', 'O'),
    ('mks', 'PAKKITA', 'Integrasi kamera CCTV milik Pemkot Makassar, kepolisian dan swasta ke War Room; rekaman, playback dan penandaan kejadian (pakkita = melihat).', 'Video surveillance terpadu', 'O', 'o'),
    ('dps', 'Denpasar Cyber Monitor (DCM)', 'Layanan pemantauan CCTV 24 jam di Kota Denpasar, rekaman kejadian untuk Satpol PP dan kepolisian.', 'pemantauan kamera pengawas', 'O'),
    ('smr', 'SI-PANTAU Samarinda', 'Sistem pemantauan CCTV jalan protokol, simpang dan tepian Mahakam oleh Diskominfo Kota Samarinda.', 'CCTV monitoring', 'O', 'm'),
    ('ska', 'Solo Smart Eye (CCTV Analytic)', 'CCTV dengan video analytics: pengenalan plat nomor, deteksi kerumunan untuk Command Center Kota Surakarta.', 'Pemantauan & analitik video', 'O'),
    ('ptk', 'Diskominfo Ptk - Dashboard CCTV Publik', 'Halaman publik untuk menonton tayangan kamera CCTV di titik-titik Kota Pontianak.', 'CCTV publik', 'O'),
    ('mdo', 'Torang Pe Mata', 'Aplikasi monitoring kamera pengawas kota Manado untuk Command Center dan Polresta, akses rekaman per titik.', 'pemantauan cctv', 'O', 'o'),
])
G('eparkir', [
    ('bdg', 'Bandung Smart Parking (Terminal Parkir Elektronik)', 'Mesin/terminal parkir elektronik di ruas jalan Kota Bandung; pembayaran retribusi parkir tepi jalan non tunai dan rekap setoran.', 'Retribusi parkir tepi jalan', 'T', 'qm'),
    ('sby', 'e-Parkir Dishub Surabaya', 'Pembayaran retribusi parkir tepi jalan umum memakai QRIS & uang elektronik, rekap pendapatan per juru parkir.', 'retribusi parkir non tunai', 'T', 'q'),
    ('jkt', 'JakParkir Online', 'Pembayaran parkir on-street di wilayah DKI Jakarta lewat aplikasi dan kartu, rekonsiliasi setoran UP Perparkiran.', 'Pembayaran parkir on-street', 'T', 'q'),
    ('mlg', 'SIPARKIR Kota Malang', 'Pencatatan karcis dan retribusi parkir, target per titik parkir, setoran harian jukir Dishub Malang.', 'Pengelolaan retribusi parkir', 'T'),
    ('yk', 'Jogja Parkir Nontunai', 'Bayar parkir tepi jalan kawasan Malioboro dan sekitarnya tanpa uang tunai melalui QRIS, Kota Yogyakarta.', '', 'T', 'q'),
    ('bjm', 'Parkir Bahalap Banjarmasin', 'Aplikasi juru parkir untuk menerbitkan karcis elektronik dan menerima retribusi parkir (bahalap = bagus).', 'e-retribusi parkir', 'T'),
    ('mks', 'e-Parking Perumda Parkir Makassar Raya', 'Sistem retribusi parkir elektronik: handheld jukir, QRIS, laporan pendapatan harian.', 'Retribusi parkir elektronik', 'T', 'q'),
    ('dps', 'PADAS - Parkir Denpasar Aman dan Santun', 'Retribusi parkir non tunai di kawasan Gajah Mada dan Sanur dengan karcis elektronik, Denpasar.', 'parkir nontunai', 'T'),
    ('bks', 'Si Jukir Bekasi', 'Registrasi juru parkir dan pembayaran retribusi parkir tepi jalan secara digital di Kota Bekasi, monitoring setoran.', 'Retribusi parkir', 'T'),
])
G('slotparkir', [
    ('jkt', 'Info Slot Parkir Park & Ride Jakarta', 'Informasi jumlah slot kosong di gedung parkir dan park and ride secara real-time dari sensor gerbang; reservasi slot.', 'Informasi ketersediaan parkir', 'T'),
    ('sby', 'Surabaya Smart Parking Building', 'Sensor slot di gedung parkir milik Pemkot, papan informasi slot kosong dan fitur cari parkir di aplikasi.', 'cari slot parkir', 'T'),
    ('bpp', 'Cari Parkir Balikpapan', 'Peta lokasi parkir dengan ketersediaan ruang di gedung dan pelataran parkir, booking slot sebelum datang.', 'Reservasi & informasi slot parkir', 'T'),
])
G('atcs', [
    ('bdg', 'ATCS Kota Bandung', 'Area Traffic Control System: pengaturan lampu lalu lintas adaptif dan pemantauan simpang dari ruang kendali Dishub Bandung.', 'Pengendalian lalu lintas', 'T'),
    ('smg', 'Dishub Smg - ATCS & Traffic Light Controller', 'Pengaturan siklus APILL secara terpusat dan imbauan suara di persimpangan Kota Semarang.', 'manajemen lalu lintas', 'T'),
    ('sby', 'SITS (Surabaya Intelligent Transport System)', 'Pengendalian APILL terpusat, countdown adaptif berdasarkan antrean kendaraan, info lalu lintas.', 'ATCS', 'T'),
    ('yk', 'ATCS Jogja', 'Pengaturan lampu lalin dan pemantauan arus simpang di Kota Yogyakarta, terhubung dengan Dishub DIY.', '', 'T'),
    ('mks', 'MATA LALIN Makassar', 'Kendali APILL adaptif, pemantauan arus dan kepadatan lalu lintas persimpangan Kota Makassar.', 'pengaturan traffic light', 'T'),
    ('bpp', 'ATCS Dishub Balikpapan v2', 'Versi 2 sistem kendali lampu lalu lintas terkoordinasi (green wave) di Balikpapan.', 'Area Traffic Control', 'T'),
])
G('bus', [
    ('@kemenhub', 'Teman Bus (Buy The Service)', 'Aplikasi penumpang angkutan perkotaan skema BTS di banyak kota: posisi bus real-time, rute, halte dan pembayaran tiket non tunai.', 'Layanan angkutan massal perkotaan', 'T', 'nq'),
    ('smg', 'Trans Semarang Mobile', 'Info posisi bus BRT Trans Semarang real-time, rute, jadwal dan tiket elektronik.', 'BRT', 'T'),
    ('yk', 'Trans Jogja Ticketing & Tracking', 'Tiket non tunai dan pelacakan armada Trans Jogja, info halte (Dishub DIY).', 'angkutan umum perkotaan', 'T'),
    ('sby', 'GoBis Suroboyo', 'Pelacakan Suroboyo Bus dan feeder Wira-Wiri, pembayaran tiket, jadwal di halte Kota Surabaya.', 'Transportasi umum', 'T'),
    ('bdg', 'TMB Tracker Bandung', 'Pelacakan bus Trans Metro Bandung, estimasi kedatangan di halte, kartu tiket.', '', 'T'),
    ('bjm', 'Trans Banjarbakula Info', 'Posisi armada, rute dan tarif bus Trans Banjarbakula (Banjarmasin-Banjarbaru-Banjar-Batola-Tanah Laut).', 'bus perkotaan', 'T'),
    ('mks', 'Trans Mamminasata Mobile', 'Jadwal, tracking bus dan e-ticket koridor Trans Mamminasata (Makassar, Maros, Sungguminasa, Takalar).', 'Angkutan massal', 'T'),
])
G('trayek', [
    ('bgr', 'SI-ANGKOT Kota Bogor', 'Pendataan armada angkot, izin trayek, program rerouting dan konversi angkot ke bus.', 'Izin trayek angkutan kota', 'T'),
    ('mlg', 'e-Trayek Malang', 'Permohonan dan perpanjangan izin trayek angkutan kota secara online, data kendaraan dan pemilik.', 'perizinan trayek', 'T'),
    ('mdo', 'Mikrolet Manado Online', 'Database mikrolet/angkot Kota Manado, izin trayek, kartu pengawasan dan jalur.', 'Administrasi angkutan kota', 'T'),
    ('btg', 'Angkot Pintar Bontang', 'Pendataan angkutan kota dan penerbitan izin operasi trayek, masa berlaku kartu pengawasan.', 'izin trayek', 'T'),
])
G('kir', [
    ('bks', 'e-KIR Bekasi', 'Pendaftaran uji berkala kendaraan bermotor (KIR), hasil uji dan kartu BLUe untuk mobil barang dan angkutan Kota Bekasi.', 'Pengujian kendaraan bermotor', 'T'),
    ('smg', 'SIMPKB Semarang', 'Sistem Informasi Manajemen Pengujian Kendaraan Bermotor: antrean uji, hasil uji, sertifikat.', 'uji berkala', 'T'),
    ('sda', 'Uji KIR Online UPTD PKB Sidoarjo', 'Daftar uji KIR secara daring dan cetak hasil uji, Kabupaten Sidoarjo.', '', 'T'),
    ('bjb', 'KIR Mobile Banjarbaru', 'Pendaftaran dan notifikasi jatuh tempo uji berkala kendaraan angkutan di Banjarbaru.', 'Uji KIR', 'T'),
    ('kdi', 'SIUJI Kendari', 'Antrean dan pencatatan hasil uji kendaraan angkutan barang/penumpang Dishub Kota Kendari.', 'pengujian kendaraan', 'T', 'm'),
])
G('superapp', [
    ('jkt', 'JAKI - Jakarta Kini', 'Super app warga Jakarta: satu pintu ke layanan Pemprov (aduan, info banjir, pajak, kesehatan, berita).', 'Super app layanan warga', 'C'),
    ('bdg', 'Sampurasun Bandung', 'Aplikasi tunggal warga Kota Bandung berisi layanan kependudukan, pengaduan, info kota dan pembayaran; super app.', 'super app kota', 'C', 'o'),
    ('smg', 'Semarang Satu Genggaman', 'Super app Pemkot Semarang yang menyatukan puluhan layanan publik dalam satu akun.', 'Integrasi layanan publik', 'C'),
    ('sby', 'Sobat Suroboyo Super Apps', 'Super app warga Surabaya: layanan kesehatan, pendidikan, perizinan dan aduan dalam satu aplikasi.', '', 'C'),
    ('bwi', 'Banyuwangi Satu Pintu Apps', 'Portal mobile seluruh layanan Pemkab Banyuwangi untuk warga.', 'Aplikasi layanan terpadu warga', 'C'),
    ('mks', 'Ewako Super App Makassar', 'Satu aplikasi untuk layanan Pemkot Makassar: info, aduan, pembayaran retribusi, layanan kelurahan (ewako = semangat).', 'Super app warga', 'C'),
])
G('eretribusi', [
    ('sby', 'e-Retribusi Surabaya', 'Penetapan dan pembayaran retribusi daerah (sewa tanah, pasar, kebersihan) lewat virtual account dan QRIS.', 'Retribusi daerah', 'F', 'q'),
    ('tng', 'SiReDi Tangerang', 'Sistem Retribusi Daerah Digital: billing seluruh objek retribusi, QRIS dan VA, Kota Tangerang.', 'e-retribusi', 'F', 'q'),
    ('dps', 'e-Ret Denpasar', 'Retribusi online Kota Denpasar: tagihan, pembayaran non tunai dan rekonsiliasi dengan BPD Bali.', '', 'F', 'q'),
    ('kdr', 'QR-Ku Retribusi Kediri', 'Pembayaran retribusi daerah Kota Kediri memakai QRIS dinamis per tagihan.', 'Pembayaran retribusi QRIS', 'F', 'q'),
    ('bpp', 'E-RETRIBUSI BPP', 'Aplikasi penagihan dan pembayaran retribusi jasa umum dan jasa usaha Kota Balikpapan.', 'retribusi non tunai', 'F', 'q'),
    ('gto', 'SIRETRI Gorontalo', 'Sistem Informasi Retribusi Kota Gorontalo: penerbitan SKRD, pembayaran via bank dan QRIS.', 'Pengelolaan retribusi', 'F', 'q'),
    ('mdn', 'Pendapatan Retribusi Non Tunai Madiun', 'Pencatatan objek retribusi dan pembayaran non tunai oleh wajib retribusi di Kota Madiun.', 'retribusi', 'F', 'q'),
])
G('bphtb', [
    ('sby', 'e-BPHTB Surabaya', 'Pelaporan dan validasi BPHTB online oleh notaris/PPAT, verifikasi nilai transaksi, integrasi bank dan BPN.', 'Pajak BPHTB', 'F'),
    ('bks', 'SI-BPHTB Bekasi', 'Sistem Informasi BPHTB Kota Bekasi untuk pendaftaran SSPD, verifikasi dan pembayaran.', 'BPHTB online', 'F'),
    ('mlg', 'BPHTB Online Malang', 'Layanan BPHTB daring Bapenda Kota Malang bagi PPAT.', '', 'F'),
    ('smg', 'e-BPHTB Bapenda Semarang v2', 'Versi 2 pelaporan BPHTB; validasi otomatis NOP PBB dan bukti bayar.', 'pajak perolehan hak atas tanah', 'F'),
    ('bdn', 'Badung BPHTB Daring', 'Pelaporan, penelitian dan pembayaran BPHTB Kabupaten Badung secara online.', 'BPHTB', 'F'),
])
G('pajakphr', [
    ('mks', 'Tapping Box Bapenda Makassar', 'Perekaman transaksi hotel, restoran, hiburan dan parkir swasta lewat alat tapping untuk pengawasan pajak daerah.', 'Monitoring pajak daerah online', 'F'),
    ('dps', 'e-SPTPD Denpasar', 'Pelaporan SPTPD pajak hotel dan restoran secara online oleh wajib pajak Kota Denpasar.', 'pelaporan pajak', 'F'),
    ('bdn', 'Badung Tax Monitoring (PHR Online)', 'Pelaporan dan pemantauan transaksi Pajak Hotel dan Restoran (PHR) Kabupaten Badung secara real-time.', 'Pajak hotel restoran', 'F'),
    ('yk', 'Jogja Pajak Online (JPO)', 'Pelaporan pajak daerah self assessment (hotel, restoran, hiburan) Kota Yogyakarta.', '', 'F'),
    ('smr', 'SIMPATDA Samarinda', 'Sistem Informasi Manajemen Pendapatan Daerah: pendaftaran wajib pajak, SPTPD online pajak hotel/restoran/hiburan.', 'Pajak daerah self assessment', 'F'),
])
G('tiketwisata', [
    ('bdn', 'Badung e-Ticket DTW', 'Tiket masuk daya tarik wisata (pantai, pura, taman) Kabupaten Badung secara non tunai.', 'Retribusi tiket wisata', 'B', 'q'),
    ('gnr', 'Tiket DTW Gianyar Online', 'Retribusi masuk daya tarik wisata Gianyar (Tegallalang, Goa Gajah) non tunai dengan QR.', '', 'B', 'q'),
    ('tbn', 'Tabanan e-Tiket Wisata', 'Penjualan tiket online objek wisata Kabupaten Tabanan dan validasi di gerbang.', 'e-ticketing wisata', 'B'),
    ('bwi', 'Banyuwangi Tourism Ticketing', 'Tiket destinasi wisata milik Pemkab Banyuwangi (pantai, air terjun) dibeli online.', 'tiket objek wisata', 'B'),
    ('batu', 'e-Tiket Wisata Kota Batu', 'Penjualan tiket masuk destinasi wisata yang dikelola Pemkot Batu, scan barcode di pintu.', 'Tiket wisata', 'B'),
    ('kp', 'TIWI Kulon Progo', 'Tiket Wisata Kulon Progo: pembelian tiket pantai dan kawasan wisata daring, pembayaran QRIS.', 'e-tiket destinasi', 'B', 'q'),
    ('bll', 'Buleleng Retribusi Wisata Online', 'Retribusi masuk objek wisata (Lovina, air terjun Gitgit) dengan tiket elektronik.', 'tiket DTW', 'B'),
    ('bau', 'Tiket Benteng Keraton Baubau', 'Karcis masuk kawasan wisata Benteng Keraton Buton dan pantai milik Pemkot Baubau dijual online.', 'Tiket masuk wisata', 'B'),
])
G('banksampah', [
    ('mks', 'e-Bank Sampah Makassar', 'Pencatatan nasabah bank sampah unit, penimbangan, tabungan sampah dan penjualan ke bank sampah induk.', 'Pengelolaan bank sampah', 'L'),
    ('sby', 'Surabaya Waste Bank (e-Tabungan Sampah)', 'Tabungan sampah warga: setor sampah terpilah, saldo dan penukaran.', 'bank sampah', 'L'),
    ('mlg', 'BSM Apps Malang', 'Aplikasi Bank Sampah Malang untuk nasabah: jadwal setor, harga sampah per kilo, saldo.', '', 'L'),
    ('bjm', 'Bubuhan Sampah', 'Aplikasi bank sampah se-Kota Banjarmasin: data nasabah, penimbangan dan tabungan (bubuhan = kelompok).', 'Bank sampah digital', 'L', 'o'),
    ('dps', 'Nyama Resik', 'Tabungan sampah banjar di Kota Denpasar: setoran plastik & kertas dicatat per KK.', 'Bank sampah', 'L', 'o'),
    ('cmh', 'Cimahi Bank Sampah Online', 'Pencatatan transaksi bank sampah RW, konversi saldo ke pembayaran PBB.', 'bank sampah', 'L'),
    ('kdi', 'SI-BASAH Kendari', 'Sistem Informasi Bank Sampah Kota Kendari: nasabah, setoran, saldo.', 'Bank sampah', 'L'),
])
G('angkutsampah', [
    ('sby', 'Surabaya Waste Truck Monitoring', 'Pelacakan truk sampah DLH Surabaya, ritase ke TPA dan jadwal angkut TPS.', 'Pengangkutan sampah', 'L'),
    ('bdg', 'Ngangkut Runtah', 'Pemesanan jemput sampah rumah tangga dan pelacakan truk pengangkut di Kota Bandung (runtah = sampah).', 'angkut sampah', 'L', 'o'),
    ('smg', 'SiJemput Sampah Semarang', 'Permintaan jemput sampah, jadwal pengangkutan per kelurahan dan pelacakan armada.', 'Layanan angkut sampah', 'L'),
    ('bpp', 'GPS Armada Sampah DLH Balikpapan', 'Monitoring posisi dan ritase armada pengangkut sampah dari TPS ke TPA Manggar.', '', 'L'),
    ('dpk', 'DASO Depok', 'Depok Angkut Sampah Online: pesan angkutan sampah rumah tangga, jadwal truk per kelurahan.', 'angkut sampah online', 'L'),
    ('mjk', 'Smart Bin Mojokerto', 'Sensor IoT di tempat sampah umum mengirim tingkat kepenuhan agar truk menjemput tepat waktu; rute pengangkutan.', 'Optimasi pengangkutan sampah', 'L'),
])
G('pju', [
    ('bdg', 'Caang Bandung', 'Pelaporan lampu PJU mati oleh warga dan monitoring perbaikan oleh Dishub (caang = terang).', 'Pemeliharaan PJU', 'T', 'o'),
    ('sby', 'e-PJU Surabaya (Smart Street Lighting)', 'Monitoring lampu penerangan jalan umum berbasis IoT: on/off terjadwal, deteksi padam, tiket perbaikan.', 'Monitoring PJU', 'T'),
    ('smg', 'SIPJU Semarang', 'Sistem Informasi Penerangan Jalan Umum: inventaris titik lampu, laporan kerusakan dan perbaikan.', '', 'T'),
    ('tgsel', 'Lapor PJU Tangsel', 'Warga melaporkan PJU padam/rusak lengkap foto dan lokasi, petugas menindaklanjuti.', 'pengaduan lampu jalan', 'T'),
    ('plk', 'PJU Online Palangka Raya', 'Data titik PJU, laporan kerusakan dan jadwal perbaikan Dinas Perhubungan Kota Palangka Raya.', 'PJU', 'T'),
    ('gto', 'Terang Kota Gorontalo', 'Pelaporan dan pemeliharaan lampu penerangan jalan di Kota Gorontalo.', 'Penerangan jalan umum', 'T'),
])
G('ewsbanjir', [
    ('jkt', 'Pantau Banjir Jakarta', 'Tinggi muka air di pintu air, status pompa dan peringatan dini banjir untuk warga DKI.', 'Peringatan dini banjir', 'O'),
    ('smg', 'SiAGA Banjir Semarang', 'Sensor tinggi muka air sungai dan rob, notifikasi siaga ke warga Kota Semarang.', 'EWS banjir', 'O', 'm'),
    ('kbbdg', 'EWS Banjir Citarum Kab. Bandung', 'Early warning system banjir DAS Citarum: sensor level air, curah hujan dan sirine di Dayeuhkolot/Baleendah.', 'peringatan dini', 'O'),
    ('bjm', 'Banyu Pasang', 'Pemantauan pasang surut sungai dan sensor genangan Kota Banjarmasin, peringatan ke kelurahan (banyu = air).', 'Monitoring genangan', 'O', 'o'),
    ('smr', 'Samarinda Flood Sensor', 'Sensor ketinggian air Sungai Karang Mumus dan drainase, dashboard status banjir.', '', 'O'),
    ('mdo', 'EWS Banjir Manado', 'Peringatan dini banjir berbasis sensor hujan dan level air sungai Tondano, Manado.', 'EWS', 'O'),
    ('dps', 'Kulkul Digital Denpasar', 'Sirene dan notifikasi peringatan dini banjir berbasis sensor curah hujan dan tinggi air Tukad Badung (kulkul = kentongan).', 'early warning banjir', 'O', 'o'),
])
G('wifi', [
    ('bdg', 'Bandung Wifi Gratis', 'Manajemen hotspot wifi publik di taman dan RW: captive portal, kuota, statistik pengguna.', 'Wifi publik', 'C'),
    ('sby', 'Surabaya Free WiFi Portal', 'Login wifi publik Pemkot Surabaya di taman, balai RW dan Broadband Learning Center.', '', 'C'),
    ('tgsel', 'Tangsel Connect', 'Layanan internet wifi gratis di ruang publik Tangerang Selatan, registrasi pengguna dan monitoring access point.', 'wifi gratis', 'C'),
    ('bjb', 'Wifi Kampung Banjarbaru', 'Wifi gratis di kelurahan Banjarbaru: pengelolaan titik akses, voucher dan laporan gangguan.', 'Internet publik', 'C'),
    ('plp', 'Palopo WiFi Taman', 'Hotspot taman kota Palopo dengan captive portal berisi info pemkot.', 'wifi publik', 'C'),
])
G('opendata', [
    ('@bappenas', 'Satu Data Indonesia (data.go.id)', 'Portal katalog data terbuka nasional; instansi pusat dan daerah mengunggah dataset dan metadata.', 'Portal data terbuka', 'I', 'nux'),
    ('bdg', 'Open Data Kota Bandung', 'Portal data terbuka: dataset sektoral OPD dalam format CSV/JSON, API, visualisasi.', 'open data', 'I'),
    ('sby', 'Portal Satu Data Surabaya', 'Katalog dataset sektoral Pemkot Surabaya untuk publik dan OPD.', 'Satu data', 'I'),
    ('yk', 'Jogja Open Data', 'Data terbuka Kota Yogyakarta: dataset, infografis, metadata walidata.', '', 'I'),
    ('mks', 'Makassar Satu Data', 'Portal data terbuka Pemkot Makassar, integrasi walidata dan produsen data.', 'portal data', 'I'),
    ('bjm', 'Satu Data Banjarmasin', 'Portal data sektoral Kota Banjarmasin; unduh dataset terbuka.', 'satu data daerah', 'I'),
    ('dps', 'Open Data Denpasar', 'Portal open data Kota Denpasar dengan API untuk pengembang.', 'Data terbuka', 'I'),
])
G('pengaduan', [
    ('@kemenpanrb', 'SP4N-LAPOR!', 'Kanal pengaduan pelayanan publik nasional; instansi pusat dan daerah menindaklanjuti laporan, integrasi API.', 'Pengelolaan pengaduan', 'C', 'nu'),
    ('mlg', 'SAMBAT Online Malang', 'Sistem Aplikasi Masyarakat Bertanya Terpadu: pengaduan dan pertanyaan warga ke OPD Kota Malang.', 'Pengaduan masyarakat', 'C'),
    ('smg', 'SiLapor Semarang', 'Laporan keluhan warga Kota Semarang dengan disposisi ke OPD dan batas waktu tindak lanjut.', 'pengaduan', 'C'),
    ('sby', 'Wadul Suroboyo', 'Kanal aduan warga Surabaya lewat aplikasi, WhatsApp dan media sosial (wadul = mengadu).', 'Aduan warga', 'C', 'o'),
    ('bdg', 'Hayu Ngadu Bandung', 'Pengaduan masyarakat Kota Bandung terintegrasi ke OPD dan kewilayahan.', '', 'C', 'o'),
    ('bjm', 'Pamandiran Warga', 'Aplikasi keluhan dan aspirasi warga Banjarmasin, tindak lanjut oleh OPD terkait (pamandiran = percakapan).', 'Pengaduan publik', 'C', 'o'),
    ('mks', "Sipakainga' Aduan Makassar", 'Layanan pengaduan warga Makassar: foto, lokasi, status tindak lanjut.', 'pengaduan masyarakat', 'C', 'o'),
    ('tng', 'LIVE Tangerang', 'Layanan Informasi dan Verifikasi pEngaduan: aduan warga Kota Tangerang via aplikasi & call center.', 'Pengaduan', 'C', 'm'),
    ('bll', 'e-Dumas Buleleng', 'Pengaduan masyarakat online Kabupaten Buleleng, terhubung ke SP4N-LAPOR.', 'pengaduam masyarakat', 'C'),
    ('btl', 'Lapor Bupati Bantul', 'Aspirasi dan keluhan warga Bantul langsung ke bupati, diteruskan ke OPD untuk ditindaklanjuti.', 'aduan & aspirasi', 'C'),
])
G('adminduk', [
    ('sby', 'Lampid Online Surabaya', 'Layanan kelahiran, kematian, pindah datang secara online: akta, KK, KIA dikirim elektronik.', 'Administrasi kependudukan', 'D'),
    ('smg', 'SiDukun Semarang', 'Sistem Dukcapil Online Semarang: permohonan KK, akta kelahiran/kematian, surat pindah.', 'adminduk online', 'D'),
    ('bdg', 'Salaman Adminduk Bandung', 'Permohonan dokumen kependudukan daring Disdukcapil Kota Bandung (KTP-el, KK, akta).', '', 'D'),
    ('mks', 'Dukcapil Makassar Online (DMO)', 'Pengajuan dokumen kependudukan dan cetak mandiri KK/akta dengan TTE.', 'Layanan dukcapil', 'D'),
    ('dps', 'Adminduk Denpasar Daring', 'Pelayanan administrasi kependudukan online Kota Denpasar termasuk pendaftaran penduduk pendatang.', 'pelayanan kependudukan', 'D'),
    ('jkt', 'Jakarta Adminduk Online', 'Layanan daring Dukcapil DKI Jakarta untuk KK, akta, pindah dan perubahan data.', 'Adminduk', 'D'),
    ('kdi', 'e-Dukcapil Kendari', 'Permohonan dokumen kependudukan Kota Kendari secara online, notifikasi status.', 'layanan kependudukan online', 'D'),
])
G('darurat112', [
    ('sby', 'Command Center 112 Surabaya', 'Layanan panggilan darurat 112: penerimaan panggilan, dispatch ambulans, damkar, polisi; pelacakan unit.', 'Layanan kedaruratan', 'O', 'm'),
    ('bdg', 'Bandung 112 Emergency', 'Call center kegawatdaruratan 112 Kota Bandung dengan dispatch unit dan rekam kejadian.', 'panggilan darurat', 'O'),
    ('smg', 'SiAmbu Semarang', 'Pemesanan ambulans gawat darurat gratis dan penugasan armada terdekat, Kota Semarang.', 'Ambulans darurat', 'K'),
    ('tgsel', 'Tangsel 112 Siaga', 'Layanan darurat 112 Tangerang Selatan: laporan kebakaran, kecelakaan, medis.', '', 'O'),
    ('mks', 'Sombere Call 112', 'Panggilan darurat 112 dan ambulans Kota Makassar, integrasi dengan PSC 119 (sombere = ramah).', 'layanan darurat', 'O', 'o'),
    ('bjb', 'AMBUBA Banjarbaru', 'Ambulans Gratis Banjarbaru: warga memanggil ambulans gawat darurat, petugas dikirim dari PSC.', 'ambulans', 'K'),
])
G('antripuskesmas', [
    ('sby', 'e-Health Surabaya (Antrian Puskesmas)', 'Pendaftaran antrean online puskesmas dan rumah sakit daerah Kota Surabaya.', 'Antrean faskes', 'K'),
    ('smg', 'SiAntri Puskesmas Semarang', 'Ambil nomor antrean poli puskesmas dari rumah, estimasi panggilan.', 'antrian online', 'K'),
    ('bks', 'Ngantri Sehat', 'Antrean online puskesmas Kota Bekasi (ngantri = antre).', 'Pendaftaran pasien', 'K', 'o'),
    ('yk', 'Jogja Antrean Puskesmas Online', 'Pendaftaran dan antrean daring 18 puskesmas Kota Yogyakarta.', '', 'K'),
    ('dps', 'Antrean Puskesmas Denpasar (APD)', 'Pendaftaran pasien puskesmas Kota Denpasar via web/WA dengan nomor antrean.', 'antrean pasien', 'K'),
    ('bpp', 'Puskesmas Online Balikpapan', 'Booking jadwal dan nomor antre puskesmas di Balikpapan.', 'Antrian puskesmas', 'K'),
    ('plk', 'SI-PUAS Palangka Raya', 'Sistem Informasi Pendaftaran Umum Antrean Sehat: antrean puskesmas Kota Palangka Raya.', 'pendaftaran online puskesmas', 'K', 'm'),
])
G('ppdb', [
    ('sby', 'PPDB Surabaya', 'Penerimaan peserta didik baru SD/SMP negeri jalur zonasi, afirmasi, prestasi.', 'Penerimaan siswa baru', 'P'),
    ('bdg', 'PPDB Kota Bandung', 'Pendaftaran PPDB online jenjang SD-SMP Kota Bandung.', 'ppdb', 'P'),
    ('yk', 'PPDB Jogja Zonasi', 'Seleksi penerimaan siswa baru Kota Yogyakarta berbasis zonasi dan nilai.', '', 'P'),
    ('mks', 'PPDB Makassar Online', 'Pendaftaran dan pengumuman penerimaan murid baru Makassar.', 'PPDB', 'P'),
    ('dpk', 'e-PPDB Depok', 'Penerimaan peserta didik baru online Kota Depok.', 'penerimaan peserta didik', 'P'),
    ('bjm', 'SPMB Banjarmasin', 'Sistem Penerimaan Murid Baru Kota Banjarmasin (pengganti PPDB).', 'penerimaan murid baru', 'P'),
    ('mlg', 'Sinau Ndaftar', 'Pendaftaran sekolah negeri Kota Malang (sinau = belajar): pilih sekolah, verifikasi KK, pengumuman.', 'PPDB online', 'P', 'o'),
])
G('hargapangan', [
    ('@kemendag', 'SP2KP', 'Sistem Pemantauan Pasar Kebutuhan Pokok: input harian harga bahan pokok dari pasar di seluruh daerah, publikasi harga.', 'Pemantauan harga bahan pokok', 'E', 'n'),
    ('smg', 'SiHarga Semarang', 'Informasi harga bahan pokok di pasar tradisional Kota Semarang, diperbarui harian.', 'Informasi harga pasar', 'E'),
    ('sby', 'Info Harga Bapok Surabaya', 'Pantauan harga bahan kebutuhan pokok pasar-pasar di Surabaya untuk warga dan TPID.', '', 'E'),
    ('bgr', 'Harga Pasar Bogor', 'Harga komoditas pangan harian di pasar Kota Bogor.', 'info harga', 'E'),
    ('bjm', 'Pasar Kita Bjm - Info Harga', 'Update harga sembako dan ikan di pasar Banjarmasin.', 'harga bahan pokok', 'E'),
    ('ptk', 'Pontianak Price Monitor', 'Monitoring harga pangan strategis di pasar Kota Pontianak, grafik tren.', 'Pemantauan harga', 'E'),
])
G('kiospasar', [
    ('sby', 'SIM Pasar Surya', 'Pengelolaan kios dan los pasar PD Pasar Surya Surabaya: data pedagang, kontrak sewa, tagihan sewa.', 'Manajemen pasar', 'E'),
    ('smg', 'e-Pasar Semarang', 'Pendataan pedagang, penempatan kios/los dan perpanjangan izin penempatan pasar tradisional.', 'pengelolaan pasar', 'E'),
    ('ska', 'Solo Pasar Digital', 'Data kios dan los pasar Kota Surakarta, kartu pedagang, sewa tempat.', '', 'E'),
    ('bdg', 'SiPaDi Bandung', 'Sistem Informasi Pasar Daerah: inventaris kios, pedagang dan kontrak sewa Perumda Pasar Juara.', 'Pengelolaan kios pasar', 'E'),
])
G('marketumkm', [
    ('kbbdg', 'Sabilulungan Mart', 'Lapak online produk UMKM Kabupaten Bandung untuk konsumen umum, ongkir dan pembayaran digital.', 'Marketplace UMKM', 'E', 'o'),
    ('sby', 'Peken Suroboyo', 'Toko online produk UMKM Surabaya (peken = pasar) untuk belanja warga dan ASN.', 'e-commerce UMKM', 'E', 'o'),
    ('smg', 'Semarang UMKM Store', 'Etalase dan penjualan online produk UMKM Kota Semarang.', '', 'E'),
    ('yk', 'Jogja Belanja Lokal', 'Marketplace produk lokal Kota Yogyakarta, kerja sama kurir.', 'marketplace', 'E'),
    ('mks', 'Pasar Lorong Online Makassar', 'Penjualan produk UMKM lorong Kota Makassar secara online.', 'Pemasaran UMKM', 'E'),
    ('dps', 'Mebelanja', 'Marketplace UMKM dan produk kerajinan Kota Denpasar (mebelanja = berbelanja).', 'e-commerce produk lokal', 'E', 'o'),
    ('bpp', 'Balikpapan UMKM Mall', 'Mall online produk UMKM Balikpapan.', 'Marketplace UMKM', 'E'),
    ('mdo', 'Torang Pe Pasar Online', 'Lapak daring UMKM Kota Manado: katalog produk, pesan antar.', '', 'E', 'o'),
])
G('dataumkm', [
    ('@kemenkopukm', 'SIDT UMKM', 'Sistem Informasi Data Tunggal UMKM: pendataan pelaku usaha mikro, kecil dan menengah (sektor, omzet, tenaga kerja) oleh pusat dan daerah.', 'Pendataan UMKM', 'E', 'n'),
    ('kdr', 'SI-UMKM Kota Kediri', 'Database UMKM Kota Kediri: profil usaha, pembinaan, pelatihan yang diikuti.', 'Data UMKM', 'E'),
    ('sby', 'Database UMKM Surabaya', 'Pendataan dan pemetaan pelaku UMKM binaan Pemkot Surabaya.', '', 'E'),
    ('tng', 'SIDATA UMKM Tangerang', 'Pendataan UMKM dan riwayat intervensi pembinaan Kota Tangerang.', 'pendataan umkm', 'E'),
    ('slm', 'Guyub UMKM', 'Registrasi dan profil pelaku UMKM Kabupaten Sleman untuk program pendampingan (guyub = rukun).', 'Data pelaku usaha mikro', 'E', 'o'),
    ('pre', 'SIUMKM Parepare', 'Sistem Informasi UMKM Kota Parepare: data usaha, omzet, tenaga kerja.', 'data UMKM', 'E'),
])
G('website', [
    ('bgr', 'Portal Resmi Pemkot Bogor', 'Website resmi Kota Bogor: berita, profil daerah, agenda, pengumuman.', 'Website pemerintah daerah', 'C'),
    ('mgl', 'Website Kota Magelang', 'Situs resmi Pemkot Magelang berbasis CMS, berita dan profil.', 'website', 'C'),
    ('pkl', 'Portal Kota Pekalongan (CMS)', 'Website resmi dan subsitus OPD Kota Pekalongan dikelola CMS terpusat.', '', 'C'),
    ('kds', 'Web Resmi Kab. Kudus', 'Portal informasi resmi Pemerintah Kabupaten Kudus.', 'Portal web resmi', 'C'),
    ('btn', 'Portal Pemkot Bitung', 'Website resmi Kota Bitung: berita, regulasi, layanan.', 'website resmi', 'C'),
    ('sltg', 'Website Kota Salatiga', 'Situs web Pemerintah Kota Salatiga.', 'web pemda', 'C'),
])
G('ppid', [
    ('mlg', 'e-PPID Kota Malang', 'Permohonan informasi publik online, daftar informasi publik dan keberatan.', 'PPID', 'I'),
    ('sby', 'PPID Online Surabaya', 'Layanan permohonan informasi publik Pemkot Surabaya.', 'layanan informasi publik', 'I'),
    ('smg', 'PPID Kota Semarang', 'Pengelolaan DIP dan permohonan informasi publik Semarang.', '', 'I'),
    ('dps', 'SiLIP Denpasar', 'Sistem Layanan Informasi Publik Kota Denpasar: permohonan dan keberatan informasi.', 'PPID', 'I'),
    ('mks', 'PPID Makassar', 'Portal PPID utama dan pembantu Kota Makassar.', 'keterbukaan informasi', 'I'),
    ('bwi', 'PPID Kab. Banyuwangi', 'Permohonan informasi publik Kabupaten Banyuwangi.', 'PPID', 'I'),
    ('cmh', 'Bewara Informasi Publik', 'PPID Kota Cimahi: daftar informasi publik, formulir permohonan, keberatan (bewara = pengumuman).', 'Permohonan informasi publik', 'I', 'o'),
])
G('simpeg', [
    ('@bkn', 'SIASN', 'Sistem Informasi ASN nasional: data kepegawaian seluruh instansi pusat dan daerah, layanan kepegawaian (kenaikan pangkat, pensiun).', 'Manajemen data ASN', 'A', 'nu'),
    ('sby', 'SIMPEG Kota Surabaya', 'Data induk pegawai, riwayat jabatan, pangkat dan pendidikan ASN Surabaya.', 'Kepegawaian', 'A'),
    ('mlg', 'Satu Data Kepegawaian Kota Malang', 'Basis data pegawai Pemkot Malang: riwayat pangkat, jabatan, diklat, cuti.', 'data pegawai', 'A', 'm'),
    ('smg', 'SIMPEG BKPSDM Semarang', 'Sistem informasi manajemen pegawai Kota Semarang.', '', 'A'),
    ('bks', 'SIMPEG Bekasi', 'Pengelolaan data ASN Kota Bekasi dan usulan layanan kepegawaian.', 'simpeg', 'A'),
    ('ptk', 'e-Pegawai Pontianak', 'Data kepegawaian Pemkot Pontianak dan layanan mandiri pegawai.', 'Kepegawaian', 'A'),
    ('bpp', 'SIKEP Balikpapan', 'Sistem Informasi Kepegawaian Kota Balikpapan.', 'Data ASN', 'A'),
])
G('ekinerja', [
    ('sby', 'e-Kinerja Surabaya', 'Penilaian kinerja harian ASN dan dasar perhitungan TPP.', 'Kinerja pegawai', 'A'),
    ('smg', 'e-TPP Semarang', 'Perhitungan tambahan penghasilan pegawai berbasis capaian kinerja dan disiplin.', 'TPP berbasis kinerja', 'A'),
    ('bdg', 'SIKERJA Bandung', 'Pencatatan aktivitas harian dan SKP pegawai Kota Bandung.', '', 'A'),
    ('bjm', 'Kinerja Pegawai Banjarmasin', 'Laporan aktivitas dan penilaian SKP ASN Kota Banjarmasin.', 'e-kinerja', 'A'),
    ('bgr', 'e-Performance Kota Bogor', 'Aplikasi kinerja pegawai: target SKP, realisasi, penilaian atasan.', 'Manajemen kinerja ASN', 'A'),
    ('mks', 'SIPEKA Makassar', 'Sistem Informasi Penilaian Kinerja ASN Pemkot Makassar, terhubung dengan TPP.', 'penilaian kinerja', 'A'),
])
G('presensi', [
    ('sby', 'e-Absensi Surabaya (Face Recognition)', 'Presensi ASN dengan pengenalan wajah dan lokasi.', 'Presensi pegawai', 'A'),
    ('bks', 'Absen Online Geotag Bekasi', 'Absensi pegawai Pemkot Bekasi melalui ponsel dengan geotagging.', 'absensi', 'A'),
    ('smg', 'Presensi ASN Semarang', 'Presensi elektronik pegawai Kota Semarang terintegrasi TPP.', '', 'A'),
    ('tgl', 'Hadir Kota Tegal', 'Aplikasi kehadiran pegawai Pemkot Tegal.', 'presensi', 'A'),
    ('kdi', 'SIAP Kendari (Presensi)', 'Sistem Informasi Absensi Pegawai Kota Kendari.', 'Absensi ASN', 'A'),
    ('mmj', 'Absensi Pegawai Mamuju', 'Presensi harian pegawai Kabupaten Mamuju berbasis mobile.', 'absensi pegawai', 'A'),
])
G('eoffice', [
    ('@anri', 'SRIKANDI', 'Sistem Informasi Kearsipan Dinamis Terintegrasi: naskah dinas elektronik dan arsip dinamis untuk instansi pusat dan daerah.', 'Tata naskah dinas & arsip dinamis', 'S', 'nu'),
    ('sby', 'e-Office Surabaya', 'Surat masuk/keluar, disposisi dan tanda tangan elektronik di lingkungan Pemkot Surabaya.', 'Persuratan elektronik', 'S'),
    ('sda', 'e-Surat Sidoarjo', 'Persuratan dinas elektronik Pemkab Sidoarjo.', '', 'S'),
    ('bdg', 'NADIN Bandung', 'Naskah Dinas Elektronik Pemkot Bandung: nota dinas, surat, disposisi.', 'tata naskah dinas', 'S'),
    ('bpp', 'e-Office Balikpapan', 'Aplikasi perkantoran: surat, disposisi, agenda surat OPD Balikpapan.', 'e-office', 'S'),
    ('mks', 'SIMAYA Makassar', 'Sistem Informasi Manajemen Persuratan Makassar.', 'persuratan', 'S'),
    ('tmh', 'Si Surat Tomohon', 'Administrasi surat menyurat dinas Kota Tomohon.', 'Surat dinas', 'S'),
])
G('keuda', [
    ('@kemendagri', 'SIPD', 'Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran, penatausahaan dan pelaporan keuangan pemda.', 'Perencanaan & keuangan daerah', 'F', 'nu'),
    ('@bpkp', 'SIMDA Keuangan', 'Sistem Informasi Manajemen Daerah bidang keuangan (legacy) untuk penatausahaan dan akuntansi pemda.', 'Keuangan daerah', 'F', 'n'),
    ('sby', 'e-Budgeting Surabaya', 'Penyusunan RKA dan APBD Pemkot Surabaya.', 'Penganggaran', 'F'),
    ('smg', 'e-Planning Kota Semarang', 'Perencanaan pembangunan: renja OPD, RKPD, musrenbang.', 'perencanaan', 'R'),
    ('mks', 'Tudang Sipulung', 'e-Musrenbang Kota Makassar: usulan warga dari kelurahan hingga kota (tudang sipulung = duduk bermusyawarah).', 'Musrenbang', 'R', 'o'),
    ('tbl', 'SIMDA Keuangan Kab. Tabalong', 'Instalasi SIMDA keuangan di BPKAD Tabalong untuk SP2D dan laporan keuangan.', '', 'F'),
    ('jkt', 'e-Budgeting DKI Jakarta', 'Penganggaran APBD Provinsi DKI Jakarta, komponen dan RKA.', 'e-budgeting', 'F'),
    ('cmh', 'e-Penganggaran Kota Cimahi', 'Penyusunan anggaran dan DPA OPD Kota Cimahi.', 'anggaran daerah', 'F'),
])
G('asetbmd', [
    ('sby', 'SIMBADA Surabaya', 'Sistem Informasi Barang Milik Daerah: inventaris, mutasi, penyusutan aset.', 'Pengelolaan BMD', 'F'),
    ('smg', 'e-Aset Semarang', 'Penatausahaan aset daerah Kota Semarang: KIB, mutasi, penghapusan.', 'aset daerah', 'F'),
    ('btn', 'SIMBADA Kota Bitung', 'Inventarisasi barang milik daerah Bitung.', '', 'F'),
    ('kdr', 'Aset Daerah Online Kediri', 'Pencatatan dan pelaporan BMD Kota Kediri.', 'BMD', 'F'),
    ('kdi', 'SIBADA Kendari', 'Sistem Informasi Barang Daerah Kota Kendari.', 'Manajemen aset', 'F'),
])
G('sakip', [
    ('@kemenpanrb', 'e-SAKIP', 'Aplikasi pelaporan Sistem Akuntabilitas Kinerja Instansi Pemerintah (perjanjian kinerja, LKjIP).', 'Akuntabilitas kinerja', 'Q', 'nu'),
    ('sby', 'e-SAKIP Kota Surabaya', 'Perjanjian kinerja, pengukuran dan LKjIP OPD Surabaya.', 'SAKIP', 'Q'),
    ('bjb', 'e-SAKIP Banjarbaru', 'Akuntabilitas kinerja instansi Kota Banjarbaru.', '', 'Q'),
    ('dps', 'SAKIP Online Denpasar', 'Penyusunan renstra, PK, capaian kinerja dan LKjIP.', 'sakip', 'Q'),
    ('mdn', 'SiAKIP Kota Madiun', 'Sistem informasi akuntabilitas kinerja Pemkot Madiun.', 'Akuntabilitas kinerja', 'Q'),
])
G('eproc', [
    ('@lkpp', 'SPSE', 'Sistem Pengadaan Secara Elektronik: tender dan seleksi, dipasang di LPSE instansi.', 'e-Procurement', 'F', 'nu'),
    ('bdg', 'LPSE Kota Bandung', 'Layanan pengadaan secara elektronik Kota Bandung (SPSE).', '', 'F'),
    ('bdn', 'LPSE Kab. Badung', 'Tender elektronik Pemkab Badung.', 'pengadaan', 'F'),
    ('sby', 'e-Procurement Surabaya', 'Tender barang/jasa Pemkot Surabaya secara elektronik.', 'e-proc', 'F'),
])
G('jdih', [
    ('@kemenkumham', 'JDIHN', 'Jaringan Dokumentasi dan Informasi Hukum Nasional: pusat jaringan dokumen hukum, anggota dari pusat dan daerah.', 'Dokumentasi hukum', 'G', 'nu'),
    ('sby', 'JDIH Kota Surabaya', 'Database peraturan daerah dan peraturan wali kota Surabaya.', 'JDIH', 'G'),
    ('yk', 'JDIH Kota Yogyakarta', 'Dokumentasi produk hukum Kota Yogyakarta.', '', 'G'),
    ('mks', 'JDIH Makassar', 'Produk hukum daerah Kota Makassar: perda, perwali, SK.', 'dokumentasi hukum', 'G'),
    ('gnr', 'JDIH Kab. Gianyar', 'Jaringan dokumentasi hukum Kabupaten Gianyar.', 'JDIH', 'G'),
    ('smr', 'Produk Hukum Kota Samarinda', 'Pencarian perda dan perwali Samarinda, terhubung JDIHN.', 'Produk hukum', 'G'),
])
G('simpus', [
    ('mlg', 'SIMPUS Kota Malang', 'Rekam medis elektronik puskesmas: pemeriksaan, diagnosa, resep, laporan LB1.', 'Rekam medis puskesmas', 'K'),
    ('bgr', 'SIMPUS Kota Bogor', 'Sistem informasi manajemen puskesmas, rekam medis dan pelayanan obat.', 'simpus', 'K'),
    ('dps', 'RME Puskesmas Denpasar', 'Rekam medis elektronik puskesmas terintegrasi SATUSEHAT.', '', 'K'),
    ('btg', 'Sistem Informasi Puskesmas Bontang', 'Pelayanan pasien, rekam medis dan laporan puskesmas Kota Bontang.', 'SIMPUS', 'K'),
    ('kdi', 'SIKDA Generik Kendari', 'Implementasi SIKDA Generik di puskesmas Kota Kendari untuk pencatatan pelayanan.', 'Rekam medis', 'K'),
])
G('gizi', [
    ('@kemenkes', 'e-PPGBM', 'Elektronik Pencatatan dan Pelaporan Gizi Berbasis Masyarakat: data penimbangan dan status gizi balita per posyandu.', 'Pemantauan gizi balita', 'K', 'n'),
    ('sby', 'e-Posyandu Surabaya', 'Pencatatan penimbangan balita, imunisasi dan status gizi per posyandu.', 'Posyandu', 'K'),
    ('kp', 'Gemati', 'Pemantauan tumbuh kembang balita dan kasus stunting di Kulon Progo (gemati = penuh perhatian).', 'pemantauan stunting', 'K', 'o'),
    ('pre', 'Sipakalebbi Anak', 'Pencatatan berat/tinggi balita posyandu Kota Parepare dan deteksi stunting.', '', 'K', 'o'),
    ('smd', 'Posyandu Digital Sumedang', 'Pencatatan kegiatan posyandu dan gizi balita Kabupaten Sumedang.', 'Gizi balita', 'K'),
    ('smg', 'SiGizi Semarang', 'Pelaporan status gizi balita dan intervensi stunting Kota Semarang.', 'gizi', 'K'),
])
G('dtks', [
    ('@kemensos', 'SIKS-NG', 'Sistem Informasi Kesejahteraan Sosial Next Generation: pengelolaan DTKS dan usulan bansos oleh daerah.', 'Data kesejahteraan sosial', 'K', 'nu'),
    ('sby', 'SIKS Surabaya (Verval DTKS)', 'Verifikasi dan validasi data warga miskin Surabaya untuk DTKS.', 'verval DTKS', 'K'),
    ('bdg', 'e-DTKS Bandung', 'Pengusulan dan pemutakhiran DTKS Kota Bandung.', '', 'K'),
    ('mks', 'Data Sosial Makassar', 'Pendataan keluarga miskin dan penerima bansos Kota Makassar.', 'Data bansos', 'K'),
    ('palu', 'Verifikasi Bansos Kota Palu', 'Verval calon penerima bantuan sosial dan sinkronisasi DTKS.', 'DTKS', 'K'),
])
G('elibrary', [
    ('@perpusnas', 'iPusnas', 'Perpustakaan digital nasional: pinjam e-book gratis.', 'Perpustakaan digital', 'P', 'n'),
    ('jkt', 'Jakarta Digital Library', 'Peminjaman buku elektronik Dinas Perpustakaan DKI.', 'e-library', 'P'),
    ('sby', 'e-Library Surabaya', 'Perpustakaan digital Kota Surabaya: koleksi e-book dan audio book.', '', 'P'),
    ('yk', 'Sinau Buku Digital Jogja', 'Pinjam e-book perpustakaan Kota Yogyakarta.', 'Perpustakaan digital', 'P', 'o'),
    ('bpp', 'Balikpapan e-Library', 'Koleksi buku digital perpustakaan daerah Balikpapan.', 'perpustakaan online', 'P'),
    ('mks', 'Pustaka Digital Makassar', 'E-book dan majalah digital Dinas Perpustakaan Makassar.', 'Perpustakaan', 'P'),
])
G('infowisata', [
    ('bdg', 'Hayu Ulin Bandung', 'Panduan wisata Kota Bandung: destinasi, kuliner, event dan peta (hayu ulin = ayo main).', 'Informasi pariwisata', 'B', 'om'),
    ('yk', 'Visit Jogja Kota', 'Informasi destinasi, kalender event, akomodasi Kota Yogyakarta.', '', 'B'),
    ('gnr', 'Nyama Tour', 'Panduan destinasi desa wisata Gianyar, peta dan agenda budaya.', 'Info wisata', 'B', 'o'),
    ('bwi', 'Banyuwangi Festival Guide', 'Kalender Banyuwangi Festival, destinasi dan peta wisata.', 'kalender event', 'B'),
    ('smr', 'Samarinda Tepian Wisata', 'Informasi wisata Kota Samarinda dan tepian Mahakam.', 'Informasi wisata', 'B'),
    ('batu', 'Batu Explore', 'Panduan wisata Kota Batu: destinasi, penginapan, kuliner.', 'pariwisata', 'B'),
])
G('dashboard', [
    ('sby', 'Surabaya City Dashboard', 'Dashboard eksekutif wali kota: indikator kinerja OPD, pendapatan, layanan, kependudukan dalam satu layar.', 'Dashboard pimpinan', 'R'),
    ('bdg', 'Bandung Executive Dashboard', 'Visualisasi data lintas OPD untuk pengambilan keputusan pimpinan.', '', 'R'),
    ('smg', 'Dashboard Kinerja Walikota Semarang', 'Pemantauan capaian program prioritas dan indikator kota.', 'dashboard eksekutif', 'R'),
    ('mlg', 'Malang Command Center Dashboard', 'Integrasi data OPD ke layar Command Center untuk monitoring indikator kota oleh pimpinan.', 'City dashboard', 'R', 'm'),
    ('mks', 'Makassar War Room Dashboard', 'Dashboard data kota: PAD, layanan publik, kesehatan untuk wali kota.', '', 'R', 'm'),
    ('btg', 'Bontang City Dashboard', 'Dashboard indikator pembangunan Kota Bontang.', 'dashboard data', 'R'),
])
G('pbg', [
    ('@kemenpupr', 'SIMBG', 'Sistem Informasi Manajemen Bangunan Gedung: PBG, SLF dan pendataan bangunan gedung oleh pemda.', 'Perizinan bangunan gedung', 'T', 'n'),
    ('sby', 'IMB Online Surabaya', 'Permohonan izin mendirikan bangunan/PBG Kota Surabaya.', 'izin bangunan', 'T'),
    ('smg', 'e-PBG Semarang', 'Persetujuan bangunan gedung online Semarang.', '', 'T'),
    ('bdg', 'SIBANGUN Bandung', 'Sistem perizinan bangunan Kota Bandung: berkas, verifikasi teknis, retribusi PBG.', 'PBG', 'T', 'm'),
    ('dps', 'Izin Bangun Denpasar Online', 'Permohonan PBG dan SLF Kota Denpasar.', 'Perizinan bangunan', 'T'),
])
G('makam', [
    ('sby', 'e-Makam Surabaya', 'Pemesanan petak makam TPU, izin pemakaman dan retribusi makam.', 'Pemakaman', 'L'),
    ('bdg', 'SIMAKAM Bandung', 'Sistem informasi pemakaman: data petak, ahli waris, perpanjangan sewa makam.', '', 'L'),
    ('jkt', 'Pemakaman Online Jakarta', 'Layanan izin penggunaan petak makam TPU DKI.', 'makam', 'L'),
    ('smg', 'TPU Online Semarang', 'Pendaftaran makam dan data jenazah di TPU Kota Semarang.', 'Layanan pemakaman', 'L'),
])
G('bursakerja', [
    ('@kemnaker', 'SIAPkerja - Karirhub', 'Layanan ketenagakerjaan nasional: lowongan kerja, pencari kerja, kartu AK/1 online.', 'Bursa kerja', 'P', 'n'),
    ('sby', 'Bursa Kerja Online Surabaya', 'Informasi lowongan kerja dan pendaftaran pencari kerja Kota Surabaya.', 'Bursa kerja', 'P'),
    ('bks', 'Job Fair Virtual Bekasi', 'Pameran kerja virtual dan lamaran ke perusahaan Kota Bekasi.', '', 'P'),
    ('tng', 'Pasar Kerja Kota Tangerang', 'Pencocokan lowongan dan pencari kerja di Kota Tangerang.', 'lowongan kerja', 'P', 'm'),
    ('bpp', 'Balikpapan Loker', 'Lowongan kerja perusahaan di Balikpapan, lamar online.', 'Info loker', 'P'),
])
G('sewafasilitas', [
    ('sby', 'e-Sewa Surabaya', 'Sewa gedung, GOR dan lapangan milik Pemkot Surabaya secara online.', 'Penyewaan fasilitas', 'E'),
    ('bks', 'Booking Lapangan Kota Bekasi', 'Reservasi lapangan olahraga dan stadion milik Pemkot Bekasi.', '', 'E'),
    ('yk', 'SIPINJAM Fasilitas Jogja', 'Peminjaman/sewa fasilitas Pemkot Yogyakarta: gedung, balai, lapangan.', 'sewa fasilitas', 'E', 'm'),
    ('bpp', 'Sewa Aset Balikpapan', 'Penyewaan gedung serbaguna dan GOR Kota Balikpapan.', 'Sewa gedung', 'E'),
])
G('desa', [
    ('bone', 'SIPD Kab. Bone', 'Sistem Informasi Profil Desa: profil, potensi, data penduduk desa di Kabupaten Bone.', 'Profil desa', 'G', 'm'),
    ('bwi', 'Smart Kampung Banyuwangi', 'Sistem informasi desa: profil desa, potensi, data warga dan pengumuman desa.', 'Sistem informasi desa', 'G'),
    ('tbl', 'Sistem Informasi Desa Kab. Tabalong', 'Website dan data profil desa se-Kabupaten Tabalong.', '', 'G'),
    ('pwk', 'Desa Digital Purwakarta', 'Profil dan layanan informasi desa Kabupaten Purwakarta.', 'SID', 'G'),
])
G('beasiswa', [
    ('sby', 'Beasiswa Surabaya Online', 'Pendaftaran dan seleksi beasiswa pelajar/mahasiswa warga Surabaya.', 'Beasiswa', 'P'),
    ('bgr', 'e-Beasiswa Kota Bogor', 'Pengajuan beasiswa pendidikan Kota Bogor.', '', 'P'),
    ('bpp', 'Beasiswa Balikpapan', 'Pendaftaran beasiswa kuliah Pemkot Balikpapan.', 'beasiswa', 'P'),
    ('mks', 'Macca Beasiswa', 'Pendaftaran beasiswa Kota Makassar (macca = pintar).', 'Bantuan pendidikan', 'P', 'o'),
])
G('udara', [
    ('@klhk', 'ISPU Net', 'Indeks Standar Pencemar Udara dari stasiun pemantau kualitas udara di kota-kota.', 'Pemantauan kualitas udara', 'L', 'n'),
    ('jkt', 'Udara Jakarta', 'Pemantauan kualitas udara SPKU DKI Jakarta real-time.', 'kualitas udara', 'L'),
    ('sby', 'AQMS Surabaya', 'Air Quality Monitoring System Surabaya: PM2.5, PM10, CO dari stasiun kota.', '', 'L'),
    ('bdg', 'Pantau Udara Bandung', 'Sensor kualitas udara murah di ruang publik Kota Bandung.', 'kualitas udara', 'L'),
])
G('izinnonusaha', [
    ('sby', 'Izin Reklame Online Surabaya', 'Perizinan reklame dan izin non-berusaha lainnya di Surabaya.', 'Perizinan non berusaha', 'E'),
    ('smg', 'e-Perizinan Non Berusaha Semarang', 'Izin penelitian, reklame, keramaian secara online DPMPTSP Semarang.', '', 'E'),
    ('tgsel', 'Single Window DPMPTSP Tangsel', 'Perizinan satu pintu non-berusaha Kota Tangerang Selatan.', 'perizinan', 'E'),
    ('pre', 'Perizinan Online Kota Parepare', 'Layanan izin non-berusaha (reklame, penelitian, keramaian) Parepare.', 'Izin', 'E'),
    ('mdn', 'Izin Penelitian & Keramaian Online Madiun', 'Permohonan rekomendasi penelitian dan izin keramaian Kota Madiun.', 'izin', 'E'),
])
G('sso', [
    ('@ina-digital', 'INApas', 'Single sign-on untuk layanan pemerintah digital: login tunggal dengan verifikasi identitas kependudukan.', 'Autentikasi tunggal', 'G', 'nui'),
    ('sby', 'SSO Pemkot Surabaya', 'Satu akun warga dan pegawai untuk login ke seluruh aplikasi Pemkot Surabaya.', 'single sign on', 'G'),
    ('yk', 'Satu Akun Jogja', 'Login tunggal warga untuk aplikasi Pemkot Yogyakarta.', '', 'G'),
    ('smr', 'Samarinda ID', 'Akun tunggal warga Kota Samarinda terverifikasi NIK untuk semua layanan daring.', 'SSO', 'G'),
])
G('kekerasanppa', [
    ('@kemenpppa', 'SIMFONI-PPA', 'Sistem Informasi Online Perlindungan Perempuan dan Anak: pencatatan kasus kekerasan oleh unit layanan daerah.', 'Pencatatan kasus kekerasan', 'K', 'n'),
    ('sby', 'SI-PUSPA Surabaya', 'Pelaporan dan penanganan kasus kekerasan terhadap perempuan dan anak (UPTD PPA).', '', 'K'),
    ('mks', 'Layanan Kekerasan Perempuan & Anak Makassar', 'Pengaduan dan manajemen kasus kekerasan UPTD PPA Makassar.', 'Perlindungan perempuan dan anak', 'K'),
    ('dpk', 'SIGAP PPA Depok', 'Penanganan kasus kekerasan perempuan dan anak Kota Depok.', 'PPA', 'K'),
])

# ===========================================================================
# TRAPS: share an acronym or generic words with a group, different job (singletons)
# ===========================================================================
T([
    ('btn', 'SIPANTAU Bitung', 'Sistem Informasi Pemantauan Pembangunan: progres fisik dan keuangan proyek APBD per paket, foto lapangan.', 'Monev pembangunan', 'R'),
    ('kdr', 'Command Center Covid-19 Kota Kediri', 'Data kasus Covid-19, isolasi mandiri, vaksinasi dan hunian RS untuk satgas (tidak dipakai sejak 2023).', 'Penanganan pandemi', 'K', 'd'),
    ('tng', 'Smart Parking Balaikota Tangerang (RFID Pegawai)', 'Gerbang RFID untuk kendaraan pegawai dan kendaraan dinas di kompleks Puspem Kota Tangerang, kartu akses.', 'Akses parkir kantor', 'S'),
    ('tbl', 'SIPARKIR Tabalong', 'Sistem Informasi PARiwisata dan eKonomi kReatif: pendataan pelaku ekraf dan statistik kunjungan wisatawan Kab. Tabalong.', 'Statistik pariwisata & ekraf', 'B'),
    ('tgl', 'Bus Sekolah Gratis Kota Tegal', 'Pendaftaran siswa pengguna bus sekolah gratis, kartu penumpang pelajar dan rute antar jemput.', 'Layanan bus sekolah', 'P'),
    ('jkt', 'e-Uji Emisi Jakarta', 'Pencatatan hasil uji emisi kendaraan pribadi dari bengkel, cek status lulus uji emisi.', 'Uji emisi kendaraan', 'L'),
    ('kdr', 'SIUJI Lab DLH Kota Kediri', 'Sistem Informasi Uji laboratorium lingkungan: permohonan uji sampel air limbah dan udara, hasil uji.', 'Laboratorium lingkungan', 'L'),
    ('bks', 'Super App ASN Kota Bekasi', 'Intranet pegawai: berita internal, pengumuman, forum dan direktori telepon OPD.', 'Intranet pegawai', 'S'),
    ('slm', 'Super App Guru Sleman', 'Administrasi guru: rapor digital, jurnal mengajar dan perangkat pembelajaran.', 'Administrasi pembelajaran', 'P'),
    ('bone', 'Petani Pintar Bone', 'Satu genggaman petani: jadwal tanam, info penyuluhan, alokasi kuota pupuk bersubsidi.', 'Penyuluhan pertanian', 'E'),
    ('palu', 'Si-ZAKAT ASN Kota Palu', 'Pemotongan zakat profesi ASN dan laporan penyaluran bersama Baznas.', 'Zakat ASN', 'B'),
    ('plp', 'SIRETRI Palopo', 'Sistem Informasi REgistrasi TeRa ulang UPTD Metrologi Legal: jadwal tera ulang timbangan pedagang.', 'Metrologi legal', 'E'),
    ('@atr-bpn', 'Sentuh Tanahku', 'Layanan informasi pertanahan: cek berkas dan sertifikat tanah, lokasi bidang.', 'Informasi pertanahan', 'E', 'n'),
    ('kaltim', 'e-Samsat Kaltim', 'Pembayaran pajak kendaraan bermotor tahunan provinsi secara online.', 'PKB online', 'F'),
    ('mjk', 'Helpdesk Ticketing Diskominfo Mojokerto', 'Sistem tiket bantuan TI: laporan gangguan aplikasi/jaringan OPD, SLA penanganan.', 'Service desk TI', 'S'),
    ('mdn', 'Bank Soal Madiun', 'Bank soal dan ujian berbasis komputer (CBT) SD/SMP Kota Madiun.', 'Ujian sekolah', 'P'),
    ('sda', 'e-PPJ Sidoarjo', 'Rekonsiliasi Pajak Penerangan Jalan dari tagihan listrik PLN, Bapenda Kab. Sidoarjo.', 'Pajak penerangan jalan', 'F'),
    ('bms', 'EWS Ibu Hamil Banyumas', 'Early warning ibu hamil risiko tinggi untuk bidan desa dan puskesmas.', 'Kesehatan ibu', 'K'),
    ('pbl', 'SIAGA Probolinggo', 'Sistem Informasi AGenda pimpinAn: jadwal kegiatan wali kota dan undangan.', 'Agenda pimpinan', 'S'),
    ('smg', 'SIJARI Semarang', 'Dashboard jaringan intra pemerintah: lalu lintas data, bandwidth dan status link OPD.', 'Monitoring jaringan', 'I'),
    ('tgsel', 'Open Bidding JPT Tangsel', 'Seleksi terbuka jabatan pimpinan tinggi: pendaftaran, seleksi administrasi, nilai.', 'Seleksi jabatan', 'A'),
    ('tng', 'LIVE Sidang DPRD Kota Tangerang', 'Layanan Informasi Video Elektronik: siaran langsung rapat paripurna DPRD.', 'Siaran sidang', 'G'),
    ('bjm', 'Hydrant Check Damkar Banjarmasin', 'Inspeksi berkala hidran kota dan sumber air pemadam, status layak pakai.', 'Inspeksi hidran', 'O'),
    ('mgl', 'SIPUAS Kota Magelang', 'Survei Indeks Kepuasan Masyarakat (IKM) unit layanan: kuesioner dan rekap nilai.', 'Survei kepuasan masyarakat', 'Q'),
    ('sby', 'Kartu Pelajar Digital Surabaya', 'Kartu identitas pelajar berbasis QR untuk masuk sekolah dan diskon transportasi.', 'Identitas pelajar', 'P'),
    ('btn', 'e-TPI Bitung', 'Lelang ikan dan pencatatan harga ikan di Tempat Pelelangan Ikan Bitung.', 'Pelelangan ikan', 'E'),
    ('bpp', 'Peluang Investasi Balikpapan', 'Portal potensi dan proyek investasi siap tawar (investment project ready to offer).', 'Promosi investasi', 'E'),
    ('mdn', 'SIMPONI Madiun', 'Sistem Informasi Monitoring Perkembangan Koperasi: laporan RAT dan kesehatan koperasi.', 'Pengawasan koperasi', 'E'),
    ('smg', 'Web GIS Kondisi Jalan Semarang', 'Peta ruas jalan kota dengan kondisi permukaan hasil survei (baik/sedang/rusak).', 'Inventaris jalan', 'T'),
    ('dps', 'Videotron Denpasar CMS', 'Pengelolaan konten layar videotron informasi publik di simpang kota.', 'Konten videotron', 'C'),
    ('kdi', 'SIKEP Kendari', 'Sistem Informasi Keselamatan dan Kesehatan Kerja: inspeksi K3 perusahaan.', 'Pengawasan K3', 'P'),
    ('yk', 'e-Arsip Statis Jogja', 'Digitalisasi dan layanan penelusuran khazanah arsip statis Dinas Perpustakaan dan Arsip.', 'Arsip statis', 'S'),
    ('dpk', 'SKTM Online Depok', 'Permohonan surat keterangan tidak mampu di kelurahan untuk keringanan biaya sekolah/RS.', 'Surat keterangan', 'D'),
    ('kdi', 'SIPD DBD Kendari', 'Sistem Informasi Penyakit Demam berdarah: surveilans kasus DBD dan PSN per kelurahan.', 'Surveilans DBD', 'K'),
    ('smr', 'Aset Digital Humas Samarinda', 'Repositori foto dan video kegiatan pemkot untuk humas dan media.', 'Dokumentasi humas', 'C'),
    ('mks', 'Posbakum Online Makassar', 'Pendaftaran bantuan hukum gratis untuk warga miskin (Bagian Hukum).', 'Bantuan hukum', 'G'),
    ('mlg', 'Sinau Bareng Malang', 'Kursus daring keterampilan kerja untuk pencari kerja (BLK online).', 'Pelatihan kerja', 'P'),
    ('mgl', 'Cagar Budaya Magelang', 'Register bangunan dan benda cagar budaya, status penetapan.', 'Pelestarian cagar budaya', 'B'),
    ('yk', 'SIPINJAM Koperasi Pegawai Jogja', 'Pengajuan pinjaman dan angsuran koperasi pegawai Pemkot Yogyakarta.', 'Simpan pinjam pegawai', 'E'),
    ('@kemenkeu', 'INSW', 'Indonesia National Single Window: layanan ekspor-impor terintegrasi.', 'Perdagangan internasional', 'E', 'n'),
    ('batu', 'Smart Farming Kota Batu', 'Sensor IoT greenhouse apel dan sayur: kelembapan, penyiraman otomatis.', 'Pertanian presisi', 'E'),
    ('@kemenkeu', 'SIMPONI', 'Sistem Informasi PNBP Online: billing dan pembayaran penerimaan negara bukan pajak.', 'Pembayaran PNBP', 'F', 'nq'),
    ('clg', 'e-Lomba Kampung Bersih Cilegon', 'Penilaian lomba kebersihan kampung/RW: juri, nilai, pengumuman.', 'Penilaian lomba', 'L'),
    ('blt', 'SMS Gateway PBB Blitar', 'Pengingat jatuh tempo PBB via SMS kepada wajib pajak.', 'Notifikasi pajak', 'F'),
    ('bks', 'SMS Gateway Humas Bekasi', 'Broadcast SMS massal ucapan, undangan dan info kegiatan Pemkot.', 'Broadcast SMS', 'C'),
    ('psr', 'SMS Gateway Absensi Siswa Pasuruan', 'Notifikasi kehadiran siswa ke orang tua via SMS.', 'Notifikasi kehadiran siswa', 'P'),
    ('sda', 'e-Voting Pilkades Sidoarjo', 'Pemungutan suara elektronik pemilihan kepala desa.', 'Pemilihan kepala desa', 'G'),
    ('sby', 'Rusunawa Surabaya', 'Pendaftaran calon penghuni rumah susun sewa, undian unit dan perjanjian sewa.', 'Rumah susun', 'T'),
    ('smr', 'Logistik Bencana BPBD Samarinda', 'Stok logistik dan distribusi bantuan ke pengungsi.', 'Logistik kebencanaan', 'O'),
    ('ska', 'e-Penertiban Satpol PP Solo', 'Laporan operasi penertiban trantibum dan pelanggaran perda.', 'Penegakan perda', 'O'),
    ('bks', 'SIMRS RSUD Kota Bekasi', 'Sistem informasi rumah sakit: rawat jalan, rawat inap, billing, farmasi RSUD.', 'Manajemen rumah sakit', 'K'),
    ('bjb', 'Cadangan Pangan Banjarbaru', 'Stok cadangan beras pemerintah daerah dan penyaluran saat rawan pangan.', 'Cadangan pangan', 'E'),
    ('bjm', 'Sensor Kualitas Air Sungai Martapura', 'Pemantauan kualitas air sungai (pH, DO, TSS) real-time di Banjarmasin.', 'Kualitas air', 'L'),
    ('sby', 'Puspaga Surabaya', 'Booking konsultasi psikolog keluarga di Pusat Pembelajaran Keluarga.', 'Konseling keluarga', 'K'),
    ('slm', 'Ngeronda', 'Jadwal ronda siskamling warga Sleman dan absensi peronda per RT (ngeronda = meronda).', 'Siskamling', 'O', 'o'),
    ('bdg', 'Bandung CSR Portal', 'Pencocokan program CSR perusahaan dengan kebutuhan pembangunan kota.', 'Kemitraan CSR', 'R'),
    ('smg', 'Gudang Farmasi Semarang', 'Stok obat dan BMHP instalasi farmasi kota, distribusi ke puskesmas.', 'Logistik obat', 'K'),
    ('bjm', 'Kamus Banjar', 'Kamus bahasa Banjar-Indonesia untuk pelestarian bahasa daerah.', 'Pelestarian bahasa', 'B'),
    ('dps', 'e-Audit Inspektorat Denpasar', 'Kertas kerja audit internal, temuan dan tindak lanjut.', 'Pengawasan internal', 'Q'),
    ('pkl', 'Buku Tamu Digital Pekalongan', 'Pencatatan tamu kantor walikota dengan foto dan tujuan.', 'Buku tamu', 'S'),
    ('tgsel', 'PSU Online Tangsel', 'Serah terima prasarana, sarana, utilitas perumahan dari pengembang.', 'PSU perumahan', 'T'),
    ('@kominfo', 'Monev Gerakan Menuju Smart City', 'Penilaian dan pendampingan masterplan smart city kabupaten/kota.', 'Evaluasi smart city', 'I', 'n'),
    ('pbl', 'UPG Online Probolinggo', 'Pelaporan gratifikasi pegawai Pemkot.', 'Pengendalian gratifikasi', 'Q'),
    ('plp', 'Data Rumah Ibadah Palopo', 'Database rumah ibadah dan tokoh agama (Bagian Kesra).', 'Data keagamaan', 'B'),
    ('crb', 'SKT Ormas Cirebon', 'Pendaftaran organisasi kemasyarakatan dan SKT Kesbangpol.', 'Pendaftaran ormas', 'G'),
    ('yk', 'Sedot Tinja Jogja', 'Pemesanan layanan sedot lumpur tinja terjadwal (LLTT) ke IPLT.', 'Air limbah domestik', 'L'),
    ('sby', 'Limbah B3 Medis Surabaya', 'Manifest pengangkutan limbah B3 medis puskesmas ke pengolah berizin.', 'Limbah B3', 'L'),
    ('mjk', 'Kantin Pemkot POS QRIS Mojokerto', 'Aplikasi kasir kantin pegawai dengan pembayaran QRIS.', 'Point of sale kantin', 'S', 'q'),
    ('smg', 'ETLE Dishub Semarang', 'Integrasi kamera pelanggaran lalu lintas elektronik ke Polrestabes: capture plat, data pelanggaran.', 'Penindakan pelanggaran lalu lintas', 'O'),
    ('mdo', 'SI-TERMINAL Manado', 'Pencatatan kedatangan/keberangkatan bus dan penumpang di terminal tipe B.', 'Operasional terminal', 'T'),
    ('btn', 'e-Tiket Kapal Bitung-Lembeh', 'Penjualan tiket penyeberangan kapal motor Bitung-Pulau Lembeh.', 'Tiket penyeberangan', 'T', 'q'),
    ('kdr', 'UHC Kediri', 'Pendaftaran warga ke JKN PBI APBD (Universal Health Coverage).', 'Jaminan kesehatan daerah', 'K'),
    ('mks', "Dottoro'ta", 'Layanan dokter kunjungan rumah (home care) warga Makassar dengan mobil layanan.', 'Home care', 'K', 'o'),
    ('trk', 'SI-MANGROVE Tarakan', 'Monitoring kawasan konservasi mangrove dan bekantan.', 'Konservasi mangrove', 'L'),
    ('palu', 'Huntap Palu', 'Data penyintas gempa 2018 dan penerima hunian tetap pascabencana.', 'Hunian pascabencana', 'K'),
])

# ===========================================================================
# NATIONAL PLATFORMS (singletons, no city duplicate in this inventory)
# ===========================================================================
for loc, nama, desc, fungsi, sec, flags, key in [
    ('@kemendagri', 'IKD - Identitas Kependudukan Digital', 'KTP digital di telepon genggam yang diterbitkan Ditjen Dukcapil; verifikasi identitas untuk layanan.', 'Identitas digital', 'D', 'nui', 'IKD'),
    ('@kemenkes', 'SATUSEHAT', 'Platform interoperabilitas data kesehatan: fasyankes mengirim data kunjungan dan rekam medis ke satu platform nasional.', 'Interoperabilitas data kesehatan', 'K', 'nux', 'SATUSEHAT'),
    ('@kementerian-investasi', 'OSS-RBA', 'Online Single Submission Berbasis Risiko: NIB dan perizinan berusaha sesuai tingkat risiko.', 'Perizinan berusaha', 'E', 'nu', 'OSS'),
    ('@lkpp', 'e-Katalog', 'Katalog elektronik pengadaan pemerintah: e-purchasing barang/jasa dari penyedia.', 'e-Purchasing', 'F', 'nu', 'EKATALOG'),
    ('@lkpp', 'SiRUP', 'Sistem Informasi Rencana Umum Pengadaan: pengumuman RUP instansi.', 'Rencana pengadaan', 'F', 'nu', None),
    ('@komdigi', 'SPLP', 'Sistem Penghubung Layanan Pemerintah: API gateway dan interoperabilitas antar aplikasi instansi.', 'Interoperabilitas', 'I', 'nux', 'SPLP'),
    ('@komdigi', 'PDN - Pusat Data Nasional', 'Layanan komputasi awan dan pusat data bersama untuk instansi pusat dan daerah.', 'Pusat data', 'I', 'nu', None),
    ('@kemendikbudristek', 'Dapodik', 'Data Pokok Pendidikan: data sekolah, peserta didik, PTK.', 'Data pendidikan', 'P', 'nu', None),
    ('@kemenkeu', 'SAKTI', 'Sistem Aplikasi Keuangan Tingkat Instansi untuk satker pusat: perencanaan hingga pelaporan.', 'Keuangan satker', 'F', 'nu', None),
    ('@kemenkeu', 'SPAN', 'Sistem Perbendaharaan dan Anggaran Negara.', 'Perbendaharaan', 'F', 'nu', None),
    ('@kemendagri', 'Siskeudes', 'Sistem Keuangan Desa: APBDes, penatausahaan dan pelaporan dana desa.', 'Keuangan desa', 'F', 'nu', 'SISKEUDES'),
    ('@bappenas', 'KRISNA', 'Kolaborasi perencanaan dan informasi kinerja anggaran K/L.', 'Perencanaan anggaran pusat', 'R', 'nu', None),
    ('@bmkg', 'InfoBMKG', 'Informasi cuaca, gempa bumi dan peringatan dini cuaca ekstrem.', 'Informasi cuaca dan gempa', 'O', 'n', None),
    ('@bnpb', 'InaRISK', 'Kajian dan peta risiko bencana per wilayah untuk masyarakat dan pemda.', 'Informasi risiko bencana', 'O', 'n', None),
    ('@bssn', 'BSrE - Tanda Tangan Elektronik', 'Penerbitan sertifikat elektronik untuk tanda tangan elektronik pejabat dan dokumen instansi.', 'Sertifikat elektronik', 'S', 'n', None),
    ('@peruri', 'e-Meterai', 'Pembelian dan pembubuhan meterai elektronik pada dokumen.', 'Meterai elektronik', 'F', 'nq', None),
    ('@kemenperin', 'SIINas', 'Sistem Informasi Industri Nasional: pelaporan data industri.', 'Data industri', 'E', 'n', None),
    ('@kemenag', 'SIMKAH', 'Sistem Informasi Manajemen Nikah di KUA.', 'Pencatatan nikah', 'B', 'n', None),
    ('@bpom', 'BPOM Mobile', 'Cek nomor izin edar obat dan makanan, pengaduan konsumen produk.', 'Informasi izin edar', 'K', 'n', None),
    ('@bkkbn', 'Elsimil', 'Elektronik Siap Nikah dan Hamil: skrining kesehatan calon pengantin.', 'Skrining calon pengantin', 'K', 'n', None),
    ('@big', 'Ina-Geoportal', 'Portal berbagi data dan informasi geospasial nasional.', 'Data geospasial', 'I', 'n', None),
    ('@bps', 'Romantik', 'Rekomendasi kegiatan statistik sektoral instansi.', 'Pembinaan statistik sektoral', 'I', 'n', None),
    ('@kemenparekraf', 'CHSE Sertifikasi', 'Sertifikasi kebersihan, kesehatan, keselamatan dan kelestarian usaha pariwisata.', 'Sertifikasi usaha pariwisata', 'B', 'n', None),
]:
    R(loc, nama, desc, fungsi, sec, flags, key=key)

# other city singletons (back office, nothing alike in the inventory)
R('sby', 'e-SPPD Surabaya', 'Surat perintah perjalanan dinas, biaya dan laporan perjalanan pegawai.', 'Perjalanan dinas', 'S')
R('bgr', 'Katalog Aplikasi SPBE Kota Bogor', 'Inventaris aplikasi OPD Kota Bogor, pemilik, server dan status untuk evaluasi SPBE.', 'Manajemen aplikasi SPBE', 'I')
R('dps', 'Manajemen Risiko SPBE Denpasar', 'Register risiko SPBE, penilaian dan rencana penanganan per OPD.', 'Manajemen risiko SPBE', 'Q')

# ===========================================================================
# PROPOSALS (written in the proposer's own words)
# ===========================================================================
REUSE = [
    ('cctv', 'Sistem Pantau Kamera Kota', 'Kami ingin aplikasi untuk menonton siaran langsung dan rekaman kamera pengawas yang dipasang di simpang, taman dan pasar; dipakai operator ruang kendali dan sebagian dibuka untuk publik.'),
    ('eparkir', 'Pembayaran Parkir Pinggir Jalan Tanpa Uang Tunai', 'Juru parkir diberi perangkat genggam untuk mencetak karcis, pengendara membayar dengan QRIS dan setoran harian langsung tercatat sebagai pendapatan daerah.'),
    ('atcs', 'Lampu Lalu Lintas Cerdas', 'Durasi lampu merah-hijau di persimpangan diatur otomatis menurut panjang antrean kendaraan dan dikendalikan dari pusat kendali Dishub.'),
    ('bus', 'Aplikasi Penumpang Bus Kota', 'Penumpang bisa melihat posisi bus kota, perkiraan tiba di halte dan membayar tiket secara elektronik.'),
    ('superapp', 'Satu Aplikasi untuk Semua Layanan Warga', 'Warga cukup mengunduh satu aplikasi mobile untuk mengakses aduan, informasi, pembayaran dan layanan administrasi pemerintah kota.'),
    ('tiketwisata', 'Penjualan Tiket Masuk Objek Wisata Daerah', 'Pengunjung pantai, air terjun dan taman wisata milik pemda membeli karcis daring dan petugas gerbang memindai kodenya.'),
    ('banksampah', 'Tabungan Sampah Warga', 'RT/RW mencatat setoran sampah terpilah warga yang ditimbang, lalu dikonversi menjadi saldo yang bisa ditukar.'),
    ('angkutsampah', 'Layanan Jemput Sampah dan Pelacakan Truk', 'Warga meminta penjemputan sampah rumah tangga; dinas memantau posisi truk dan ritase ke TPA.'),
    ('pju', 'Lapor Lampu Jalan Padam', 'Warga melaporkan lampu penerangan jalan yang mati lewat ponsel, petugas menindaklanjuti dan status perbaikannya bisa dipantau.'),
    ('ewsbanjir', 'Peringatan Dini Genangan dan Banjir', 'Sensor ketinggian air di sungai dan saluran mengirim data; sistem membunyikan sirene dan mengirim notifikasi ke warga bila air naik.'),
    ('wifi', 'Hotspot Internet Gratis di Ruang Publik', 'Pengelolaan titik akses internet gratis di taman dan balai warga: login pengguna, kuota dan statistik pemakaian.'),
    ('opendata', 'Portal Data Terbuka Pemerintah Daerah', 'OPD mengunggah dataset sektoral beserta metadata agar publik bisa mengunduh dan memakainya lewat API.'),
    ('pengaduan', 'Kanal Keluhan Warga', 'Warga menyampaikan keluhan tentang pelayanan publik; laporan diteruskan ke OPD yang berwenang dan tindak lanjutnya dipantau.'),
    ('adminduk', 'Pengurusan Dokumen Kependudukan dari Rumah', 'Permohonan kartu keluarga, akta kelahiran/kematian dan surat pindah diajukan daring tanpa datang ke kantor.'),
    ('darurat112', 'Panggilan Darurat Terpadu', 'Nomor darurat tunggal untuk kecelakaan, kebakaran dan kegawatan medis dengan pengiriman ambulans atau unit terdekat.'),
    ('antripuskesmas', 'Nomor Antre Puskesmas dari Rumah', 'Pasien mengambil nomor antrean poli puskesmas lewat ponsel dan melihat perkiraan waktu dipanggil.'),
    ('ppdb', 'Pendaftaran Siswa Baru Sekolah Negeri', 'Orang tua mendaftarkan anak ke SD/SMP negeri secara daring dengan seleksi zonasi dan pengumuman hasil.'),
    ('hargapangan', 'Pantauan Harga Sembako', 'Petugas pasar memasukkan harga beras, cabai dan minyak goreng setiap hari dan warga dapat melihat perkembangannya.'),
    ('marketumkm', 'Toko Online Produk Usaha Kecil', 'Tempat warga membeli produk usaha mikro lokal secara daring dengan pembayaran digital dan pengiriman.'),
    ('ppid', 'Layanan Permohonan Informasi Publik', 'Warga mengajukan permintaan informasi dan keberatan sesuai UU Keterbukaan Informasi Publik; daftar informasi publik diumumkan.'),
    ('simpeg', 'Basis Data Pegawai Pemerintah Daerah', 'Data induk ASN: riwayat pangkat, jabatan dan pendidikan serta usulan layanan kepegawaian.'),
    ('eoffice', 'Surat Dinas Elektronik', 'Surat masuk dan keluar, disposisi pimpinan dan arsip dinamis dikelola secara elektronik dengan tanda tangan digital.'),
    ('keuda', 'Penyusunan Anggaran dan Rencana Kerja Daerah', 'OPD menyusun rencana kerja, menampung usulan musyawarah perencanaan, menyusun RKA dan menatausahakan APBD dalam satu sistem.'),
    ('jdih', 'Database Peraturan Daerah', 'Kumpulan perda, peraturan kepala daerah dan keputusan yang bisa dicari publik dan terhubung dengan jaringan nasional.'),
    ('pbg', 'Permohonan Persetujuan Bangunan', 'Warga mengajukan persetujuan bangunan gedung dan sertifikat laik fungsi secara daring dengan verifikasi teknis.'),
    ('sso', 'Login Tunggal untuk Layanan Digital', 'Satu akun yang terverifikasi dengan data kependudukan dipakai untuk masuk ke semua aplikasi layanan pemerintah.'),
    ('#IKD', 'KTP di Ponsel', 'Warga menunjukkan identitas kependudukan secara digital di telepon genggam sebagai pengganti kartu fisik.'),
    ('#SATUSEHAT', 'Pertukaran Data Rekam Medis Antar Fasilitas Kesehatan', 'Data kunjungan dan rekam medis dari puskesmas, klinik dan rumah sakit dikirim ke satu platform sehingga riwayat pasien dapat dibaca antarfasilitas.'),
    ('#OSS', 'Pengurusan Izin Usaha Berbasis Risiko', 'Pelaku usaha mendapatkan nomor induk berusaha dan izin sesuai tingkat risiko kegiatan usahanya.'),
    ('#SPLP', 'Jembatan Pertukaran Data Antar Aplikasi Pemerintah', 'Layanan API gateway agar aplikasi OPD dan instansi pusat bisa saling bertukar data tanpa integrasi satu per satu.'),
    ('#EKATALOG', 'Belanja Barang Pemerintah Secara Daring', 'Pejabat pengadaan memilih dan membeli barang/jasa dari katalog penyedia dengan harga yang sudah tercantum.'),
    ('#SISKEUDES', 'Pengelolaan Keuangan Desa', 'Desa menyusun APBDes, menatausahakan belanja dan membuat laporan pertanggungjawaban dana desa.'),
]
NOVEL = [
    ('Smart Green: Inventaris Pohon Kota', 'Data setiap pohon peneduh di jalan dan taman kota, jadwal pemangkasan dan laporan pohon rawan tumbang.'),
    ('Dashboard Sensor Kebisingan', 'Pemantauan tingkat kebisingan (desibel) secara real-time di kawasan hiburan dan sekitar sekolah dengan sensor IoT.'),
    ('Registrasi Hewan Peliharaan dan Vaksin Rabies', 'Pemilik anjing/kucing mendaftarkan hewannya, menerima jadwal vaksin rabies dan melaporkan hewan liar.'),
    ('Peta Toilet Umum Bersih', 'Aplikasi warga untuk mencari toilet umum terdekat, menilai kebersihannya dan melapor ke pengelola.'),
    ('Sepeda Sewa Kota', 'Layanan bike sharing dengan stasiun dok, buka kunci lewat aplikasi dan pembayaran per menit.'),
    ('Lokasi Pengisian Kendaraan Listrik', 'Peta stasiun pengisian kendaraan listrik umum, ketersediaan colokan dan reservasi jadwal pengisian.'),
    ('Meteran Air Pintar', 'Smart meter air minum rumah tangga yang mengirim pemakaian harian dan mendeteksi kebocoran pipa pelanggan.'),
    ('Bank Pangan Kota', 'Platform penyaluran makanan berlebih dari hotel, restoran dan katering ke panti dan warga rawan pangan.'),
    ('Barang Hilang di Fasilitas Publik', 'Layanan lost and found untuk barang yang tertinggal di bus kota, taman dan kantor pelayanan.'),
    ('Digital Twin Kota 3D', 'Model tiga dimensi kota untuk simulasi rencana tata ruang, bayangan gedung dan skenario pembangunan.'),
    ('Pemantauan Energi Gedung Perkantoran Pemda', 'Smart meter listrik di gedung kantor pemerintah daerah untuk memantau konsumsi energi dan target penghematan.'),
    ('Pendaftaran Sumur Resapan dan Biopori Warga', 'Warga mendaftarkan sumur resapan atau lubang biopori yang dibuat agar dipetakan dan mendapat insentif.'),
    ('Penitipan Anak Pegawai', 'Pendaftaran dan jadwal tempat penitipan anak (daycare) bagi ASN di kompleks perkantoran pemerintah.'),
    ('Stok Darah dan Jadwal Donor', 'Informasi ketersediaan kantong darah per golongan dan pendaftaran jadwal donor darah.'),
    ('Sensor Kesehatan Struktur Jembatan', 'Sensor getaran dan regangan pada jembatan kota yang mengirim peringatan bila terjadi anomali struktur.'),
    ('Layanan Juru Bahasa Isyarat', 'Pemesanan juru bahasa isyarat untuk mendampingi warga tuli ketika mengakses layanan publik.'),
]


# ===========================================================================
# Deterministic assembly
# ===========================================================================
def slugify(text, n=2):
    words = re.findall(r'[a-z0-9]+', text.lower())
    words = [w for w in words if w not in ('kota', 'kab', 'online', 'dan', 'the')]
    return ''.join(words[:n])[:20] or 'app'


def messy(code, rng):
    r = rng.random()
    if r < 0.58:
        return code
    if r < 0.68:
        return code[0] + code[1:3].lower() + code[3:]          # Rab.09.02
    if r < 0.73:
        return code.lower()                                   # rab.09.02
    if r < 0.83:
        parts = code.split('.')
        return '.'.join([parts[0]] + [p.lstrip('0') or '0' for p in parts[1:]])  # RAB.9.2
    if r < 0.88:
        return code.replace('.', ' ', 1)                      # RAB 09.02
    return code + '.%02d' % rng.randint(1, 9)                # agency-defined deeper level


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    n = len(rows)
    for i, r in enumerate(rows, 1):
        r['id'] = 'b16-%04d' % i
        if r['loc'].startswith('@'):
            r['instansi'] = r['loc'][1:]
            r['domain'] = r['instansi'] + '.go.id'
            r['aliases'] = []
        else:
            disp, ent, dom, aliases = CITIES[r['loc']]
            r['instansi'] = ent
            r['domain'] = dom
            r['aliases'] = aliases

    # --- missing data -----------------------------------------------------
    def has_city(r):
        low = r['nama'].lower()
        return any(a in low for a in r['aliases'])

    # descriptions: blank only where the name still carries the place (or national row)
    # and never for opaque local brand names
    desc_pool = [r for r in rows if 'o' not in r['flags'] and ('n' in r['flags'] or has_city(r))
                 and not (r['group'] and not r['fungsi'])]
    desc_target = round(0.30 * n)
    for r in rng.sample(desc_pool, min(desc_target, len(desc_pool))):
        r['deskripsi'] = ''

    # fungsi: ~40% empty overall; group members keep at least one of deskripsi/fungsi
    already = sum(1 for r in rows if not r['fungsi'])
    f_pool = [r for r in rows if r['fungsi'] and not (r['group'] and not r['deskripsi'])]
    for r in rng.sample(f_pool, max(0, min(round(0.40 * n) - already, len(f_pool)))):
        r['fungsi'] = ''
    for r in rows:  # guard for hand-blank fungsi where deskripsi got blanked
        if r['group'] and not r['deskripsi'] and not r['fungsi']:
            raise SystemExit('group member without description and function: ' + r['nama'])

    # jenis: national designated rows always filled; ~35% blank overall
    for r in rows:
        if 'u' in r['flags']:
            r['jenis'] = rng.choice(['aplikasi umum'] * 4 + ['Aplikasi Umum', 'Umum'])
        elif 'n' in r['flags']:
            r['jenis'] = rng.choice(['aplikasi khusus', 'Khusus (Pusat)', 'aplikasi khusus'])
        else:
            r['jenis'] = rng.choice(['aplikasi khusus'] * 6 + ['Aplikasi Khusus'] * 2 +
                                    ['Khusus', 'khusus', 'Khusus/Lokal', 'Umum'])
    j_pool = [r for r in rows if 'u' not in r['flags']]
    for r in rng.sample(j_pool, round(0.35 * n)):
        r['jenis'] = ''

    # kode_*: mostly empty, sometimes messy
    for r in rows:
        rab, ral = SECTOR[r['sec']]
        r['kode_rab'] = messy(rab, rng) if rng.random() < 0.33 else ''
        r['kode_ral'] = messy(ral, rng) if rng.random() < 0.25 else ''
        if 'n' in r['flags']:
            raa = 'RAA.01.02' if r['sec'] in ADMIN_SECTORS else 'RAA.01.01'
            if 'u' not in r['flags']:
                raa = 'RAA.02.01'
            r['kode_raa'] = messy(raa, rng) if rng.random() < 0.7 else ''
        else:
            raa = rng.choice(['RAA.02.01', 'RAA.02.02'])
            r['kode_raa'] = messy(raa, rng) if rng.random() < 0.25 else ''

    # status, tahun, url, dpi
    for r in rows:
        if 'd' in r['flags']:
            r['status'] = 'tidak aktif'
        else:
            r['status'] = rng.choices(['aktif', 'Aktif', 'tidak aktif', 'non-aktif', 'pengembangan', ''],
                                      [70, 8, 7, 3, 6, 6])[0]
        r['tahun'] = '' if rng.random() < 0.08 else str(rng.randint(2012, 2024))
        if rng.random() < 0.25:
            r['url'] = ''
        else:
            scheme = 'http' if rng.random() < 0.15 else 'https'
            r['url'] = '%s://%s.%s' % (scheme, slugify(r['nama']), r['domain'])
        dpi = ''
        if 'i' in r['flags']:
            dpi = 'dpi-identitas-digital'
        elif 'x' in r['flags']:
            dpi = 'dpi-pertukaran-data'
        elif 'q' in r['flags']:
            dpi = 'dpi-pembayaran'
        r['dpi'] = dpi

    header = ['id', 'nama', 'deskripsi', 'fungsi', 'instansi', 'jenis', 'kode_ral', 'kode_rab',
              'kode_raa', 'status', 'tahun', 'url', 'dpi']
    with open(os.path.join(HERE, 'blind16-inventory.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])

    # groups, numbered in order of first definition
    labels = []
    for r in ROWS:
        if r['group'] and r['group'] not in labels:
            labels.append(r['group'])
    label_id = {lab: 'g%02d' % i for i, lab in enumerate(labels, 1)}
    members = {lab: sorted(r['id'] for r in rows if r['group'] == lab) for lab in labels}
    groups = [{'id': label_id[lab], 'members': members[lab]} for lab in labels]
    with open(os.path.join(HERE, 'blind16-groups.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': SOURCE, 'duplicateGroups': groups}, f, ensure_ascii=False, indent=2)
        f.write('\n')

    by_key = {r['key']: r['id'] for r in rows if r['key']}
    proposals = []
    for target, nama, desc in REUSE:
        expected = [by_key[target[1:]]] if target.startswith('#') else members[target]
        proposals.append({'nama': nama, 'deskripsi': desc, 'expected': expected})
    for nama, desc in NOVEL:
        proposals.append({'nama': nama, 'deskripsi': desc, 'expected': []})
    rng.shuffle(proposals)
    proposals = [dict(id='p%02d' % i, **p) for i, p in enumerate(proposals, 1)]
    psource = (SOURCE + " Proposals: %d reuse proposals (new applications described in the proposer's "
               "own words, not copying a row name) expect every member of the matching duplicate group, "
               "or the single matching national platform row; %d novel proposals describe functions no "
               "row serves, worded with generic government/smart-city words, and expect []."
               % (len(REUSE), len(NOVEL)))
    with open(os.path.join(HERE, 'blind16-proposals.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': psource, 'proposals': proposals}, f, ensure_ascii=False, indent=2)
        f.write('\n')

    print('rows', n, 'groups', len(groups), 'proposals', len(proposals))


if __name__ == '__main__':
    main()
