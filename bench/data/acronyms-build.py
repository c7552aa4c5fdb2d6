#!/usr/bin/env python3
"""Build the borrowed-acronyms labelled set (inventory, duplicate groups, proposals).

Deterministic (no randomness, fixed order, LF line endings). Run: python3 acronyms-build.py
Writes acronyms-inventory.csv, acronyms-groups.json and acronyms-proposals.json next to this file.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SOURCE = (
    "Borrowed dictionary acronyms: a small labelled set written on 2026-12-07 by the engine's developers, "
    "after the engine (a tuning set, not blind). Each block holds rows of the meaning that the engine's "
    "acronym dictionary gives a code name (SIAK: civil registration, SIPP: court case tracking, SIMPUS: "
    "puskesmas, SIPD: the Kemendagri regional-government platform, SIMAK: state-asset accounting, SPAN: "
    "the state treasury, WBS: whistleblowing, SIMPAS: corrections; and SIPAS, which no dictionary knows, as the rows that write its expansion define it: correspondence), one row that borrows the same code "
    "name for another function (a university's academic system, personnel services, a library, travel "
    "orders, graduate admission, Islamic university admission, a road-project work breakdown, a market "
    "manager, school admission) and, for most, rows of that other function. Functions and national platforms from "
    "/work/shared/domain/spbe-reference.md; the rows and their wording are invented. A duplicate group "
    "lists rows serving one government function; the borrowing row is never in the dictionary meaning's "
    "group."
)

# (group id, function, rows: (id, nama, deskripsi, fungsi, instansi, jenis))
GROUPS = [
    ('siak-dukcapil', 'Administrasi kependudukan (SIAK)', [
        ('a01', 'SIAK', 'Sistem Informasi Administrasi Kependudukan: KTP-el, KK dan akta', '', 'kab-jember', 'khusus'),
        ('a02', 'Adminduk Online', 'Pengurusan KK, KTP-el dan akta kelahiran secara online', 'Administrasi kependudukan', 'kota-surabaya', 'khusus'),
        ('a03', 'SIAK Terpusat', 'Pendataan penduduk dan pencetakan dokumen kependudukan', '', 'kab-gresik', 'khusus'),
    ]),
    ('akademik', 'Administrasi akademik perguruan tinggi', [
        ('a04', 'SIAK', 'KRS online, nilai, transkrip dan jadwal kuliah mahasiswa', 'Akademik', 'kemendikbudristek', 'khusus'),
        ('a05', 'SIAKAD', 'Sistem informasi akademik: KRS, KHS dan transkrip nilai mahasiswa', '', 'kemenag', 'khusus'),
        ('a06', 'Portal Akademik Mahasiswa', 'Pengisian KRS, jadwal kuliah dan nilai semester', '', 'kemendikbudristek', 'khusus'),
    ]),
    ('perkara', 'Penelusuran perkara pengadilan (SIPP)', [
        ('a07', 'SIPP', 'Sistem Informasi Penelusuran Perkara: jadwal sidang dan status perkara', '', 'mahkamah-agung', 'khusus'),
        ('a08', 'e-Court', 'Pendaftaran perkara dan persidangan elektronik', 'Peradilan', 'mahkamah-agung', 'khusus'),
    ]),
    ('kepegawaian', 'Layanan kepegawaian daerah', [
        ('a09', 'SIPP', 'Sistem pelayanan pegawai: usul kenaikan pangkat, cuti dan pensiun', 'Kepegawaian', 'kab-kudus', 'khusus'),
        ('a10', 'SIMPEG', 'Data pegawai, kenaikan pangkat dan pensiun', '', 'kab-pati', 'khusus'),
        ('a11', 'e-Kepegawaian', 'Layanan kepegawaian: cuti, kenaikan pangkat, mutasi', '', 'kota-semarang', 'khusus'),
    ]),
    ('puskesmas', 'Sistem informasi puskesmas', [
        ('a12', 'e-Puskesmas', 'Pendaftaran pasien, rekam medis dan farmasi puskesmas', '', 'kab-sleman', 'khusus'),
        ('a13', 'SIMPUS', 'Pendaftaran, pemeriksaan dan resep pasien puskesmas', 'Kesehatan', 'kab-bantul', 'khusus'),
        ('a14', 'Aplikasi Puskesmas Online', 'Antrean dan rekam medis elektronik puskesmas', '', 'kota-malang', 'khusus'),
    ]),
    ('perpustakaan', 'Otomasi perpustakaan daerah', [
        ('a15', 'SIMPUS', 'Katalog koleksi buku, keanggotaan dan peminjaman buku perpustakaan daerah', 'Perpustakaan', 'kab-klaten', 'khusus'),
        ('a16', 'e-Perpus', 'Peminjaman buku dan katalog online perpustakaan', '', 'kab-sragen', 'khusus'),
        ('a17', 'Perpustakaan Digital Daerah', 'Katalog dan peminjaman buku perpustakaan', '', 'kota-surakarta', 'khusus'),
    ]),
    ('sipd', 'Perencanaan, penganggaran dan keuangan daerah (SIPD)', [
        ('a18', 'SIPD', 'Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran dan penatausahaan keuangan daerah', '', 'kemendagri', 'umum'),
        ('a19', 'SIMDA Keuangan', 'Perencanaan anggaran dan penatausahaan keuangan daerah', 'Keuangan daerah', 'kab-ponorogo', 'khusus'),
    ]),
    ('perjalanan-dinas', 'Perjalanan dinas', [
        ('a20', 'SIPD', 'Perjalanan dinas pegawai: SPT, SPPD dan pertanggungjawaban biaya perjalanan', '', 'kab-lamongan', 'khusus'),
        ('a21', 'e-SPPD', 'Surat perintah perjalanan dinas dan laporan perjalanan', '', 'kab-tuban', 'khusus'),
        ('a22', 'Aplikasi Perjalanan Dinas', 'Pengajuan SPPD dan rincian biaya perjalanan dinas', 'Umum dan kepegawaian', 'kota-kediri', 'khusus'),
    ]),
    ('bmn', 'Akuntansi barang milik negara (SIMAK-BMN)', [
        ('a23', 'SIMAK-BMN', 'Sistem Informasi Manajemen dan Akuntansi Barang Milik Negara', '', 'kemenkes', 'khusus'),
        ('a24', 'Aplikasi Persediaan dan BMN', 'Pencatatan aset tetap dan persediaan barang milik negara satker', '', 'kemendag', 'khusus'),
    ]),
    ('penerimaan-mahasiswa', 'Penerimaan mahasiswa baru', [
        ('a25', 'SIMAK', 'Seleksi masuk mahasiswa baru program pascasarjana', '', 'kemendikbudristek', 'khusus'),
        ('a26', 'PMB Online', 'Penerimaan mahasiswa baru: pendaftaran, seleksi dan pengumuman', '', 'kemenag', 'khusus'),
        ('a27', 'SPMB', 'Seleksi penerimaan mahasiswa baru perguruan tinggi negeri', '', 'kemendikbudristek', 'khusus'),
        ('a28', 'SPAN-PTKIN', 'Seleksi prestasi akademik nasional perguruan tinggi keagamaan Islam negeri: pendaftaran mahasiswa baru jalur prestasi', '', 'kemenag', 'khusus'),
    ]),
    ('perbendaharaan', 'Perbendaharaan negara (SPAN, SAKTI)', [
        ('a29', 'SPAN', 'Sistem perbendaharaan dan anggaran negara: pencairan dana dan SP2D', '', 'kemenkeu', 'umum'),
        ('a30', 'SAKTI', 'Aplikasi keuangan satuan kerja: penganggaran, pembayaran dan akuntansi', '', 'kemenkeu', 'umum'),
        ('a31', 'Aplikasi Perbendaharaan Satker', 'Pengajuan SPM dan pencairan anggaran satuan kerja', '', 'kementan', 'khusus'),
    ]),
    ('wbs', 'Whistleblowing system', [
        ('a32', 'Whistleblowing System', 'Pelaporan dugaan pelanggaran oleh pegawai', '', 'kab-magetan', 'khusus'),
        ('a33', 'e-WBS Inspektorat', 'Pengaduan pelanggaran dan gratifikasi secara rahasia', '', 'kota-madiun', 'khusus'),
    ]),
    ('pemasyarakatan', 'Sistem database pemasyarakatan', [
        ('a34', 'SIMPAS', 'Sistem Informasi Pemasyarakatan: data warga binaan lapas dan rutan', '', 'kemenkumham', 'khusus'),
        ('a35', 'Sistem Database Pemasyarakatan', 'Registrasi warga binaan dan remisi', '', 'kemenkumham', 'khusus'),
    ]),
    ('pasar', 'Pengelolaan pasar rakyat', [
        ('a36', 'SIMPAS', 'Manajemen pasar tradisional: data kios, los dan retribusi pedagang pasar', '', 'kab-kediri', 'khusus'),
        ('a37', 'e-Retribusi Pasar', 'Penagihan retribusi kios dan los pasar', '', 'kota-blitar', 'khusus'),
        ('a38', 'Sistem Informasi Pasar Rakyat', 'Data pedagang dan kios pasar tradisional', '', 'kab-tulungagung', 'khusus'),
    ]),
    # an acronym no dictionary knows, learned from the rows that write its expansion
    ('persuratan', 'Persuratan dan arsip dinamis', [
        ('a41', 'SIPAS (Sistem Informasi Persuratan dan Arsip)', 'Surat masuk, surat keluar dan disposisi', '', 'kab-bogor', 'khusus'),
        ('a42', 'SIPAS (Sistem Informasi Persuratan dan Arsip)', '', 'Persuratan', 'kota-bekasi', 'khusus'),
        ('a43', 'e-Office Persuratan', 'Pengelolaan surat masuk, surat keluar dan disposisi naskah dinas', '', 'kab-karawang', 'khusus'),
    ]),
    ('ppdb', 'Penerimaan peserta didik baru', [
        ('a44', 'SIPAS', 'Pendaftaran siswa baru SMA negeri jalur zonasi, afirmasi dan prestasi', '', 'prov-jawa-timur', 'khusus'),
        ('a45', 'PPDB Online', 'Pendaftaran peserta didik baru jalur zonasi dan prestasi', '', 'kota-surabaya', 'khusus'),
        ('a46', 'Aplikasi Penerimaan Siswa Baru', 'Seleksi dan pengumuman penerimaan siswa baru SMP negeri', '', 'kab-sidoarjo', 'khusus'),
    ]),
]

# rows in no duplicate group
SINGLETONS = [
    ('a39', 'WBS', 'Work breakdown structure proyek konstruksi jalan dan jembatan', '', 'kab-madiun', 'khusus'),
    ('a40', 'SIAK Alumni', 'Penelusuran alumni, lowongan kerja dan survei kepuasan pengguna lulusan', '', 'kemendikbudristek', 'khusus'),
]

PROPOSALS = [
    ('q01', 'SIAK Kampus', 'Mahasiswa mengisi KRS, melihat KHS dan mencetak transkrip nilai secara online', ['a05', 'a06']),
    ('q02', 'SIPP Kepegawaian', 'Usul kenaikan pangkat, cuti dan pensiun pegawai secara daring', ['a10', 'a11']),
    ('q03', 'SIMPUS Perpustakaan Sekolah', 'Katalog buku, keanggotaan siswa dan peminjaman buku perpustakaan', ['a16', 'a17']),
    ('q04', 'SIPD Perjalanan Dinas', 'Pembuatan SPT dan SPPD serta laporan biaya perjalanan dinas pegawai', ['a21', 'a22']),
    ('q05', 'SIMAK Pascasarjana', 'Pendaftaran dan seleksi calon mahasiswa baru program magister', ['a26', 'a27']),
    # the acronym as the dictionary means it: the national platform or the meaning's rows
    ('q06', 'SIAK Kabupaten', 'Perekaman KTP-el, pencetakan KK dan akta kelahiran penduduk', ['a01', 'a02', 'a03']),
    ('q07', 'Penatausahaan Keuangan Daerah', 'Perencanaan, penganggaran dan penatausahaan APBD kabupaten', ['a18']),
    # novel: nothing in the inventory does it; the code name must not bring the dictionary meaning
    ('q08', 'WBS Proyek Irigasi', 'Rincian paket pekerjaan, jadwal dan bobot kemajuan fisik proyek irigasi', []),
    ('q09', 'SIPP Pariwisata', 'Promosi paket wisata, homestay dan kalender event budaya daerah', []),
    ('q10', 'SIPAS Sekolah', 'Pendaftaran calon siswa baru jalur zonasi dan prestasi secara online', ['a45', 'a46']),
]

FIELDS = ['id', 'nama', 'deskripsi', 'fungsi', 'instansi', 'jenis']


def build():
    rows = [r for _, _, members in GROUPS for r in members] + SINGLETONS
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(HERE, 'acronyms-inventory.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(FIELDS)
        for r in rows:
            w.writerow(r)
    groups = [{'id': g, 'function': fn, 'members': [r[0] for r in members]} for g, fn, members in GROUPS]
    with open(os.path.join(HERE, 'acronyms-groups.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': SOURCE, 'duplicateGroups': groups}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    props = [{'id': i, 'nama': n, 'deskripsi': d, 'expected': e} for i, n, d, e in PROPOSALS]
    with open(os.path.join(HERE, 'acronyms-proposals.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': SOURCE, 'proposals': props}, f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    build()
