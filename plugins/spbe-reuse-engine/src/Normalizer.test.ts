import { Normalizer } from './Normalizer';

const normalizer = Normalizer.create();
const words = (text: string, field: 'name' | 'text' = 'name') =>
  normalizer
    .normalize(text, { field })
    .filter(t => t.kind === 'word')
    .map(t => t.term);
const kinds = (text: string) =>
  normalizer.normalize(text, { field: 'name' }).map(t => `${t.kind}:${t.term}`);

describe('Normalizer', () => {
  it('keeps parenthesised expansions as aliases', () => {
    const n = normalizer.normalizeName('SIGAPE (Sistem Informasi Gaji dan Pegawai)');
    expect(n.aliases).toEqual(['Sistem Informasi Gaji dan Pegawai']);
    expect(n.terms.map(t => `${t.kind}:${t.term}`)).toEqual([
      'acronym:sigape',
      'word:gaji',
      'word:pegawai',
    ]);
  });

  it("reads a dictionary acronym in parentheses after a name that says another function as that name's code", () => {
    const name = (text: string) => normalizer.normalizeName(text).terms.map(t => `${t.kind}:${t.term}`);
    // SIMAK is the dictionary's state-asset accounting; this ministry's SIMAK is its financial reporting
    expect(name('Aplikasi Pelaporan Keuangan (SIMAK) Kemensos')).toEqual(['generic:pelaporan', 'word:keuangan', 'acronym:simak']);
    // a name that says the dictionary's function keeps its expansion (state-asset accounting, a SAKTI module)
    expect(name('Akuntansi Barang Milik Negara (SIMAK)')).toContain('word:modul sakti');
    expect(name('SIMAK-BMN')).toContain('word:modul sakti');
    // the agency's own abbreviation is no code name of the application
    expect(name('SIMPEG BKKBN v2')).toEqual(name('SIMPEG'));
  });

  it.each([
    ['e-Kinerja', ['kinerja']],
    ['E-Kinerja Online', ['kinerja']],
    ['eKinerja', ['kinerja']],
    ['e Kinerja Mobile Android versi 2.0', ['kinerja']],
    ['Aplikasi Sistem Informasi Manajemen Perizinan Terpadu', ['izin']],
    ['Sistem Informasi Perijinan Online', ['izin']],
    ['Portal Ijin Daring', ['izin']],
    ['Website Resmi Layanan Perizinan', ['izin']],
  ])('strips prefixes, boilerplate and spelling variants: %s', (name, expected) => {
    expect(words(name)).toEqual(expected);
  });

  it.each([
    ['Sistem Informasi Kepegawaian', 'Data ASN', 'SDM Aparatur'],
    ['Persuratan', 'Naskah Dinas', 'Tata Naskah Dinas'],
    ['Pengaduan Masyarakat', 'Aduan', 'Keluhan Warga'],
    ['e-Learning', 'MOOC', 'Learning Management System'],
    ['Katalog Elektronik', 'Toko Online', 'Belanja Daring'],
    ['Karhutla', 'Kebakaran Hutan dan Lahan', 'Kebakaran Lahan Gambut'],
    ['Rencana Umum Pengadaan', 'Perencanaan Pengadaan', 'Rencana Pengadaan'],
    ['PNBP', 'Penerimaan Negara Bukan Pajak', 'Penerimaan Bukan Pajak'],
    ['Geoportal', 'WebGIS', 'Informasi Geospasial'],
    ['Lingkungan Hidup', 'Pemantauan Lingkungan', 'Kualitas Lingkungan'],
    ['RKL-RPL', 'Rencana Pengelolaan Lingkungan', 'Laporan Pengelolaan Lingkungan'],
    ['AMDAL', 'UKL-UPL', 'Persetujuan Lingkungan'],
    ['Transjakarta', 'Bus Rapid Transit', 'Angkutan Massal'],
    ['Rumah Ibadah', 'Masjid', 'Gereja'],
    ['Informasi Publik', 'Badan Publik', 'Sengketa Informasi'],
    ['Helpdesk', 'Service Desk', 'IT Ticketing'],
    ['Kartu Tani', 'e-RDKK', 'Pupuk Bersubsidi'],
    ['Metrologi Legal', 'Tera Ulang', 'UTTP'],
    ['e-Samsat', 'Pajak Kendaraan Bermotor', 'Pajak Motor'],
    ['Survei Kepuasan Masyarakat', 'IKM', 'Kuesioner Kepuasan'],
    ['Rujukan Pasien', 'Pengiriman Pasien', 'Patient Referral'],
    ['Karhutla', 'Lahan Terbakar', 'Manggala Agni'],
    ['PPID', 'Dokumen Publik', 'Keberatan Informasi'],
    ['Whistleblowing System', 'Whistleblower System', 'Pelaporan Pelanggaran'],
    ['Whistleblowing', 'Dugaan Korupsi', 'Penyalahgunaan Wewenang'],
    ['Pengaduan Masyarakat', 'Dumas', 'Aduan'],
    ['Tata Naskah Dinas', 'TNDE', 'Persuratan'],
    ['Agenda Pimpinan', 'Keprotokolan', 'Jadwal Kegiatan Bupati'],
    ['Rekrutmen Pegawai', 'Seleksi CPNS', 'e-Recruitment'],
    ['Geoportal', 'Kebijakan Satu Peta', 'One Map'],
    ['SAKIP', 'LKj', 'LKjIP'],
    ['Dapodik', 'Data Pokok Pendidikan', 'Data Peserta Didik'],
    ['TTE', 'e-Sign', 'Digital Signature'],
    ['Tanda Tangan Elektronik', 'Penandatanganan', 'Ditandatangani'],
    ['SKP', 'Rencana Hasil Kerja', 'Capaian Kerja Individu'],
    ['Survei Kepuasan Masyarakat', 'Survei Persepsi Kualitas Pelayanan', 'IKM'],
    ['Kesehatan Hewan', 'Penyakit Hewan', 'Veterinary Surveillance'],
    ['Bursa Kerja', 'Job Vacancy', 'Career Center'],
    ['Helpdesk TIK', 'IT Service Management', 'Incident Management'],
    ['Siskeudes', 'Keudes', 'APBDes'],
    ['Keuangan Desa', 'Penganggaran Desa', 'Village Budgeting'],
    ['Call Center 112', 'Panggilan Gawat Darurat', 'Layanan Darurat'],
    ['Indeks Desa Membangun', 'IDM', 'Indeks Desa'],
    ['Anak Putus Sekolah', 'Anak Tidak Sekolah', 'Putus Sekolah'],
    ['Rumah Sakit Hewan', 'Puskeswan', 'Klinik Hewan'],
    ['Mutasi Siswa', 'Pindah Sekolah', 'Surat Pindah Sekolah'],
    ['Desa Wisata', 'Jejaring Desa Wisata', 'Objek Wisata'],
    ['Interoperabilitas', 'API Gateway', 'Integrasi Layanan'],
    ['RDTR', 'Zonasi RDTR', 'Pemanfaatan Ruang'],
  ])('maps synonyms to one concept: %s / %s / %s', (a, b, c) => {
    const concept = (s: string) => words(s, 'text').find(w => w !== 'data' && w !== 'warga');
    expect(concept(a)).toBeDefined();
    expect(concept(b)).toBe(concept(a));
    expect(concept(c)).toBe(concept(a));
  });

  it('reads a word written with the "e-" prefix as the synonyms write it (e-katalog), else as the word', () => {
    for (const name of ['e-Katalog', 'eKatalog', 'E Katalog', 'E-Purchasing']) {
      expect(words(name)).toEqual(['katalog elektronik']);
    }
    // the local e-catalogue (katalog lokal) is the e-catalogue
    expect(words('E-Katalog Lokal')).toEqual(['katalog elektronik']);
    expect(words('E-Katalog Produk')).toEqual(['katalog elektronik', 'produk']);
    // only synonyms: "e-mail" of the generic words is not "e-Surat"
    expect(words('e-Surat')).toEqual(words('Surat'));
    expect(words('e-Kinerja')).toEqual(['kinerja']);
    expect(words('Katalog Buku')).not.toContain('katalog elektronik');
    // after an English function word read as nothing ("the")
    expect(words('The e-Katalog')).toEqual(['katalog elektronik']);
  });

  it('reads words run together as words ("LaporGub"), not names the dictionaries write so ("WhatsApp") or SI names', () => {
    expect(words('LaporGub!')).toEqual(words('Lapor Gub'));
    expect(words('LaporGub!')).toEqual(words('Pengaduan'));
    expect(kinds('WhatsApp Gateway')).toEqual(['generic:whatsapp', 'generic:gateway']);
    expect(kinds('SiCantik')).toEqual(['acronym:sicantik']);
  });

  it('reads a dictionary acronym with a version number written onto it as the acronym', () => {
    expect(kinds('SIMPEG5')).toEqual(kinds('SIMPEG'));
    expect(words('Data Tenaga Non ASN Pemprov PBD')).toEqual(words('Data Tenaga Non ASN'));
    // a building approval (PBG, the IMB before it) is a permit of its own, not any permit
    expect(words('IMB Online')).toEqual(words('Izin Bangunan Online'));
    expect(words('IMB Online')).not.toEqual(words('Izin Online'));
    // "Ina-" names a national platform for Indonesia (Ina-Geoportal, InaRISK): a place word
    expect(words('Ina-Geoportal')).toEqual(words('Geoportal'));
    // penatausahaan (of state assets, of finance) is bookkeeping, not office administration (tata usaha)
    expect(words('penatausahaan BMN', 'text')).not.toContain(words('tata usaha', 'text')[0]);
    // "by name by address" (BNBA) says how detailed a list is, not what it is for
    expect(words('data keluarga miskin by name by address', 'text')).toEqual(words('data keluarga miskin', 'text'));
    // state auctions (KPKNL) and fish auctions (TPI) are not procurement tenders; reporting negative content is not a complaint
    const tender = words('Lelang Paket Pekerjaan')[0];
    expect(words('Lelang Indonesia')).not.toContain(tender);
    expect(words('lelang eksekusi oleh KPKNL', 'text')).not.toContain(tender);
    expect(words('e-Lelang Ikan TPI')).not.toContain(tender);
    expect(words('AduanKonten')).not.toEqual(words('Aduan'));
    // the official e-mail service is a function of its own, neither a technology word nor correspondence
    expect(words('Webmail Dinas')).toEqual(words('Email Resmi'));
    expect(words('Zimbra Mail')).toEqual(words('Email Dinas'));
    expect(words('Zimbra Mail')).not.toContain(words('Persuratan')[0]);
    // an emergency call centre is not disaster management, nor a veterinary hospital a hospital
    expect(words('Layanan Darurat 112')).not.toEqual(words('Tanggap Darurat Bencana'));
    expect(words('Rumah Sakit Hewan')).not.toEqual(words('Rumah Sakit'));
    // a food price panel is about prices, as a staple price monitor is
    expect(words('Panel Harga Pangan')).toContain(words('harga harian bahan pokok', 'text')[0]);
    // riset is penelitian; a Balitbang (research agency) names the agency, not the function
    expect(words('Repositori Riset', 'text')).toEqual(words('Repositori Penelitian', 'text'));
    expect(words('Repository Balitbanghub')).toEqual(words('Repository'));
    // a tourism portal's "travel" is not official travel
    expect(words('Indonesia.travel')).not.toEqual(words('Perjalanan Dinas'));
    expect(words('kapan bayar pajak, sbg wajib pajak', 'text')).toEqual(words('bayar pajak wajib pajak', 'text'));
  });

  it('reads a kabupaten or kota named after its marker as a place, also when it is an acronym (Kab. Siak)', () => {
    expect(kinds('Aplikasi SKP Online Kab. Siak')).toEqual(kinds('Aplikasi SKP Online'));
    expect(kinds('SIAK Terpusat')).toContain('acronym:siak');
    expect(words('SIMPEG Kabupaten Tanah Datar')).toEqual(words('SIMPEG'));
    expect(words('Kota Layak Anak')).toEqual(words('Layak Anak'));
  });

  it('drops province abbreviations (Jatim, Jabar, Sumut) as places and titles (dr., Prof.) as stop words', () => {
    expect(words('e-Samsat Jatim')).toEqual(words('e-Samsat'));
    expect(words('Open Data Jabar', 'text')).toEqual(words('Open Data', 'text'));
    expect(words('SIMRS RSUD dr. Zainoel Abidin')).not.toContain('dr');
  });

  it('drops the verbs of a stated need ("kami ingin membangun", "memerlukan"): building is not development planning', () => {
    expect(words('Kami ingin membangun aplikasi presensi pegawai', 'text')).toEqual(words('presensi pegawai', 'text'));
    expect(words('RSUD baru memerlukan aplikasi farmasi', 'text')).not.toContain('perlu');
    expect(words('perencanaan pembangunan daerah', 'text')).toContain('bangun');
    // pakai / memakai / dipakai are the everyday menggunakan / digunakan
    expect(words('absen pakai selfie dipakai pegawai', 'text')).toEqual(words('absen selfie pegawai', 'text'));
  });

  it('reads a hotspot as a fire hotspot (titik panas) unless it is a wifi hotspot', () => {
    expect(words('Hotspot Monitoring').sort()).toEqual(words('Pemantauan Titik Panas').sort());
    expect(words('Hotspot WiFi Desa')).toContain('wifi publik');
    expect(words('Hotspot WiFi Desa')).not.toContain('titik panas');
  });

  it('drops "perangkat lunak" (software) like aplikasi, and reads katalogisasi as katalog', () => {
    expect(words('Perangkat Lunak Perpustakaan', 'text')).toEqual(words('Aplikasi Perpustakaan', 'text'));
    expect(words('katalogisasi koleksi', 'text')).toEqual(words('katalog koleksi', 'text'));
  });

  it('reads business licensing as a permit and a business, as "izin usaha" reads', () => {
    const sorted = (s: string) => words(s, 'text').sort();
    expect(sorted('perizinan berusaha')).toEqual(['izin', 'usaha']);
    expect(sorted('izin berusaha')).toEqual(sorted('izin usaha'));
    expect(sorted('business licensing')).toEqual(sorted('izin usaha'));
  });

  it('reads the words of a spelled-out abbreviation in a name as words, not code names', () => {
    // MONEV is written as a code; its reading "pemantauan evaluasi" is two words
    expect(kinds('MONEV Dana Desa')).toEqual(expect.arrayContaining(['word:pemantauan', 'word:evaluasi']));
    expect(kinds('MONEV Dana Desa').filter(k => k.startsWith('acronym:'))).toEqual([]);
  });

  it('reads permit and certificate letters (surat izin, surat keterangan) apart from correspondence (surat)', () => {
    const correspondence = words('Surat Masuk', 'text')[0];
    expect(words('Surat Izin Penelitian', 'text')).toEqual(words('Izin Penelitian', 'text'));
    expect(words('Surat Izin Penelitian', 'text')).not.toContain(correspondence);
    expect(words('Surat Keterangan Domisili', 'text')).not.toContain(correspondence);
    expect(words('surat pengantar', 'text')).toEqual(words('surat keterangan', 'text'));
  });

  it('reads the free nutritious meal programme (MBG) apart from nutrition surveillance (gizi)', () => {
    expect(words('Monitoring Program Makan Bergizi Gratis')).toContain('makan bergizi');
    expect(words('Monitoring Program Makan Bergizi Gratis')).not.toContain('gizi');
  });

  it('reads a vacancy (lowongan) and a job application as the job market', () => {
    expect(words('Perusahaan memasang lowongan', 'text')).toContain('pasar kerja');
    expect(words('melamar kerja', 'text')).toEqual(['pasar kerja']);
  });

  it('reads the job market (pasar kerja) from its phrases, not from the bare word kerja', () => {
    const employment = words('Bursa Kerja', 'text')[0];
    expect(words('lowongan kerja', 'text')).toEqual([employment]);
    expect(words('Job Fair', 'text')).toEqual([employment]);
    // cooperation agreements and performance systems are not employment
    expect(words('Sistem Informasi Kerja Sama Daerah')).not.toContain(employment);
    expect(kinds('SIKERJA')).not.toContain(`word:${employment}`);
  });

  it('reads sidik jari (fingerprint) as one word, not as the ambiguous code name SIDIK', () => {
    expect(kinds('Absensi Sidik Jari')).not.toContain('acronym:sidik');
    expect(words('Absensi Finger Print')).toEqual(words('Absensi Sidik Jari'));
  });

  it('reads the vehicle roadworthiness test (uji KIR, uji berkala) as one concept, apart from other tests (ujian)', () => {
    const test = words('Uji KIR', 'text');
    expect(test).toHaveLength(1);
    expect(words('Uji Berkala Kendaraan Bermotor', 'text')).toEqual(test);
    expect(words('Bukti Lulus Uji', 'text')).toEqual(test);
    expect(words('Antrean Ujian SIM', 'text')).not.toContain(test[0]);
    // KIR alone is also Kartu Inventaris Ruangan (an asset register): a code name, never expanded
    expect(kinds('e-KIR')).toEqual(['acronym:kir']);
  });

  it('reads the finance of a nagari, gampong or pekon as village finance (keuangan desa)', () => {
    expect(words('Keuangan Nagari', 'text')).toEqual(words('Keuangan Desa', 'text'));
    expect(words('e-Keuangan Gampong')).toEqual(words('Siskeudes'));
  });

  it('reads the village head election (pilkades) as a function of its own, not as village administration (desa)', () => {
    expect(words('e-Voting Pemilihan Kepala Desa', 'text')).toEqual(words('e-Voting Pilkades', 'text'));
    expect(words('Pemilihan Kepala Desa', 'text')).not.toContain(words('Kepala Desa', 'text')[0]);
  });

  it('reads the digital identity card (KTP digital) as digital identity, not as the paper KTP (kependudukan)', () => {
    expect(words('KTP digital', 'text')).toEqual(words('identitas digital', 'text'));
    expect(words('KTP digital', 'text')).not.toContain(words('KTP', 'text')[0]);
  });

  it('keeps the urban ward (kelurahan, under a kecamatan) apart from the village (desa, nagari, gampong)', () => {
    const village = words('Desa', 'text')[0];
    expect(words('Nagari', 'text')).toEqual([village]);
    expect(words('Kelurahan', 'text')).not.toContain(village);
  });

  it('reads the individual work targets and daily activity logs as employee performance (SKP, LKH)', () => {
    const performance = words('SKP', 'text');
    expect(words('Sasaran Kerja Individu', 'text')).toEqual(performance);
    expect(words('catatan kegiatan harian', 'text')).toEqual(words('laporan kinerja harian', 'text'));
  });

  it('reads a follow-up as one word however it is written, apart from an audit follow-up', () => {
    expect(words('tindak lanjut pengaduan', 'text')).toEqual(['tindaklanjut', 'pengaduan']);
    expect(words('OPD wajib menindaklanjuti', 'text')).toEqual(words('OPD wajib tindak lanjut', 'text'));
    expect(words('tindak lanjut hasil pemeriksaan', 'text')).toEqual(words('audit internal', 'text'));
  });

  it('reads selfies and face recognition as one way of clocking in', () => {
    const face = words('swafoto', 'text');
    expect(face).toEqual(['pengenalan wajah']);
    expect(words('foto wajah', 'text')).toEqual(face);
    expect(words('Face Recognition', 'text')).toEqual(face);
    expect(words('jam datang dan jam pulang', 'text')).toEqual(['presensi', 'presensi']);
  });

  it('reads meeting attendance and minutes as meetings, not as clocking in', () => {
    expect(words('Daftar hadir rapat elektronik', 'text')).toEqual(['rapat']);
    expect(words('notulen rapat', 'text')).toEqual(['rapat']);
    expect(words('daftar hadir pegawai', 'text')).toEqual(['presensi']);
  });

  it('reads village facilitators as a function of their own, and Javanese words of letters and prices', () => {
    expect(words('Sistem Informasi Pendamping Desa')).toEqual(['pendamping desa']);
    expect(words('layang mlebu lan layang metu', 'text')).toEqual(expect.arrayContaining(['surat']));
    expect(words('jalan layang', 'text')).not.toContain('surat');
    expect(words('rego pasar', 'text')).toEqual(words('harga pasar', 'text'));
  });

  it('reads SITARU as spatial planning and citizen reports (laporan warga, sambatan) as complaints', () => {
    expect(words('SITARU Kab. Semarang')).toEqual(expect.arrayContaining(['tata ruang']));
    expect(words('laporan warga', 'text')).toEqual(['pengaduan']);
    expect(words('wadah sambatan warga', 'text')).toContain('pengaduan');
  });

  it('reads IT asset inventories apart from state assets, and the email service apart from correspondence', () => {
    expect(words('CMDB Aset TI')).toContain('aset ti');
    expect(words('CMDB Aset TI')).not.toContain('aset');
    expect(words('inventaris aset TI', 'text')).toEqual(['aset ti']);
    // an email service is a technology, not a function: it says nothing of correspondence
    expect(words('Layanan surat elektronik dinas', 'text')).toEqual([]);
    expect(words('disposisi surat elektronik', 'text')).toContain('surat');
  });

  it('reads network trouble tickets as the helpdesk, competence development as training, internal oversight as audit', () => {
    expect(words('Pengaduan Gangguan Jaringan', 'text')).toContain('helpdesk');
    expect(words('pengembangan kompetensi ASN', 'text')).toEqual(['pelatihan', 'pegawai']);
    expect(words('manajemen pengawasan intern', 'text')).toContain('kendali mutu');
    expect(words('lelang barang', 'text')).toEqual(['lelang negara']);
  });

  it('reads international cooperation and laboratory systems as their functions', () => {
    const cooperation = words('Sistem Informasi Kerja Sama Luar Negeri');
    expect(cooperation).toEqual(['kerja sama internasional']);
    expect(words('Apl. Monitorng Kerja Sama Teknik LN')).toEqual(expect.arrayContaining(cooperation));
    expect(words('perjanjian internasional', 'text')).toEqual(cooperation);
    expect(words('LIMS')).toEqual(['laboratorium']);
    expect(words('e-Lab Balai Besar Veteriner')).toContain('laboratorium');
  });

  it('keeps land acquisition apart from procurement, and health quarantine apart from fish, animal and plant quarantine', () => {
    expect(words('Sistem Informasi Pengadaan Tanah')).toEqual(['pengadaan tanah']);
    expect(words('Sistem Informasi Pengadaan Tanah')).not.toEqual(words('e-Pengadaan'));
    expect(words('kekarantinaan kesehatan', 'text')).not.toEqual(words('karantina ikan', 'text'));
  });

  it('reads clerks\' abbreviations (Apl., Sist.), dasbor and resiko as written in full, and risk registers as risk management', () => {
    expect(words('Apl. Manajemen Risiko')).toEqual(['risiko']);
    expect(words('Sist. Info. Pengelolaan BMN')).toEqual(words('Sistem Informasi Pengelolaan BMN'));
    expect(words('Dasbor Pemantauan')).toEqual(words('Dashboard Pemantauan'));
    expect(words('e-Risk Register')).toEqual(['risiko']);
    expect(words('Manajemen Resiko')).toEqual(['risiko']);
    expect(words('SIMWAS')).toContain('kendali mutu');
  });

  it('reads the school levels (SMP, SMA, SMK) in a name as the words a text writes, not as code names', () => {
    expect(kinds('PPDB SD dan SMP')).toContain('word:smp');
    expect(kinds('Data Guru SMA SMK')).toEqual(expect.arrayContaining(['word:sma', 'word:smk']));
    expect(words('sekolah menengah kejuruan', 'text')).toEqual(['smk']);
    expect(words('SMA')).not.toEqual(words('SMK'));
  });

  it('reads common abbreviations with one meaning (SP2D, NIK, BOS, BUMDes, SPJ) in a name as the words a text writes', () => {
    expect(kinds('e-SP2D Kab. Cilacap')).toContain('word:sp2d');
    expect(words('Penerbitan SP2D', 'text')).toEqual(expect.arrayContaining(['sp2d']));
    expect(words('surat perintah pencairan dana', 'text')).toEqual(['sp2d']);
    expect(kinds('Verifikasi NIK')).toContain('word:nik');
    expect(words('Laporan SPJ Dana BOS')).toEqual(expect.arrayContaining(['spj', 'bos']));
    expect(words('Badan Usaha Milik Desa', 'text')).toEqual(words('BUMDes'));
    expect(words('Dashboard Capaian IKU')).toContain('akuntabilitas kinerja');
  });

  it('reads pelaku usaha (business actors) as usaha, without the stem of pelaku', () => {
    expect(words('pelaku usaha', 'text')).toEqual(words('usaha', 'text'));
    expect(words('Pelaku usaha mengurus izin', 'text')).not.toContain('laku');
  });

  it('reads the inflected generic verbs (mencatat, mengelola, mengunggah, mencetak, mengirim) as generic', () => {
    const generic = (text: string) => normalizer.normalize(text, { field: 'text' }).map(t => t.kind);
    for (const verb of ['mencatat', 'dicatat', 'mengelola', 'mengunggah', 'mencetak', 'dikirim']) {
      expect(generic(verb)).toEqual(['generic']);
    }
  });

  it('keeps derived words apart from the unrelated words they would stem to', () => {
    const pairs: Array<[string, string]> = [
      ['pendapatan daerah', 'mendapatkan'], // revenue, to get
      ['dinas perhubungan', 'terhubung'], // transport, connected
      ['keberatan pajak', 'berat badan'], // an objection, body weight
      ['pengumuman', 'umum'], // an announcement, general
      ['pembayaran non tunai', 'ikan tuna'], // cash, the fish
      ['keputusan bupati', 'putus sekolah'], // a decree, dropping out of school
      ['penempatan tenaga kerja', 'tempat parkir'], // job placement, a place
      ['lembaga pemasyarakatan', 'organisasi kemasyarakatan'], // corrections, community organisations
      ['persalinan ibu hamil', 'salinan dokumen'], // childbirth, a copy
      ['pertimbangan teknis', 'penimbangan balita'], // a consideration, weighing
    ];
    for (const [a, b] of pairs) {
      const shared = words(a, 'text').filter(w => words(b, 'text').includes(w));
      expect(shared).toEqual([]);
    }
    expect(words('mengumumkan', 'text')).toEqual(words('pengumuman', 'text'));
    expect(words('tenaga kependidikan', 'text')).toContain(words('pendidikan', 'text')[0]);
    expect(words('Disnaker', 'text')).toEqual(words('ketenagakerjaan', 'text'));
  });

  it('reads sembako as bahan pokok (staple food prices) and drops "info" like informasi', () => {
    expect(words('Info Harga Sembako')).toEqual(words('Harga Bahan Pokok'));
  });

  it('keeps legal aid and legal entities apart from legal documentation (hukum)', () => {
    const legalDocs = words('Produk Hukum Daerah', 'text');
    expect(legalDocs).toContain('hukum');
    // "bantuan hukum" (legal aid) and "badan hukum" (legal entities) are functions of their own
    expect(words('Pos Bantuan Hukum', 'text')).toEqual(['bantuan hukum']);
    expect(words('Pendirian Badan Hukum', 'text')).toEqual(['badan hukum']);
    // drafting regulations (harmonisasi, raperda, legislasi) is law-making, not the published legal documents (JDIH)
    const drafting = words('Pembentukan peraturan', 'text');
    for (const text of ['Harmonisasi rancangan peraturan daerah', 'Raperda', 'Legislasi daerah', 'Fasilitasi produk hukum']) {
      expect([...new Set(words(text, 'text'))]).toEqual(drafting);
    }
    expect(words('Database peraturan daerah', 'text')).not.toContain(drafting[0]);
  });

  it.each([
    ['Complaint Handling System', 'Sistem Penanganan Pengaduan'],
    ['HRIS Pemda', 'Sistem Informasi Kepegawaian'],
    ['Village Finance App', 'Aplikasi Keuangan Desa'],
    ['Social Aid Programme', 'Program Bantuan Sosial'],
    ['New Student Admission', 'PPDB Online'],
    ['Civil Registration Services', 'Layanan Pencatatan Sipil'],
    ['Mail Tracking', 'Pelacakan Surat'],
    ['Attractions Guide', 'Panduan Objek Wisata'],
    // "Visit <place>" names a tourism portal
    ['Visit Bali', 'Pariwisata Bali'],
    ['Animal Disease Surveillance', 'Surveilans Penyakit Hewan'],
    // English province names: the compass words are place words like barat, timur
    ['Pesona West Sumatra', 'Pesona Sumatera Barat'],
    ['Official Travel', 'Perjalanan Dinas'],
    ['Visiting Jogja', 'Wisata Jogja'],
    ['Budget Ceiling Proposals', 'Usulan Pagu Anggaran'],
    ['Room Booking', 'Pemesanan Ruang'],
    ['Human Capital Information System', 'Sistem Informasi Kepegawaian'],
    ['Staff Leave Requests', 'Permohonan Cuti Pegawai'],
    ['Disaster Incidents, Casualties and Damage', 'Kejadian Bencana, Korban dan Kerusakan'],
    ['Library Collections and Lending', 'Koleksi dan Peminjaman Perpustakaan'],
  ])('reads English names as their Indonesian counterparts: %s / %s', (english, indonesian) => {
    expect(words(english).sort()).toEqual(words(indonesian).sort());
  });

  it('reads English plurals and drops English function words', () => {
    expect(words('Records of the Complaints', 'text')).toEqual(words('catatan pengaduan', 'text'));
    expect(words('complaints about services handled between agencies, including others', 'text')).toEqual(words('pengaduan layanan instansi', 'text'));
  });

  it('lets a deployment add English words', () => {
    const extended = Normalizer.create({ dictionaries: [{ english: { grievance: 'keluhan', kiosk: 'anjungan' } }] });
    const read = (text: string) => extended.normalize(text, { field: 'text' }).map(t => t.term);
    expect(read('grievances')).toEqual(read('pengaduan'));
    expect(read('kiosks')).toEqual(read('anjungan'));
  });

  it('reads the words of a spelled-out code name as words, not as acronyms', () => {
    const terms = (name: string) => normalizer.normalizeName(name).terms.map(t => `${t.kind}:${t.term}`);
    expect(terms('e-LAPOR Pemkab')).toEqual(expect.arrayContaining(['acronym:lapor', 'word:pengaduan']));
    const wlkp = terms('WLKP (Wajib Lapor Ketenagakerjaan Perusahaan)');
    expect(wlkp).toEqual(expect.arrayContaining(['acronym:wlkp', 'word:lapor']));
    expect(wlkp).not.toContain('acronym:lapor');
    expect(wlkp).not.toContain('word:pengaduan');
  });

  it('reads an acronym that is also a word as the acronym only when written as a code', () => {
    const terms = (name: string) => normalizer.normalizeName(name).terms.map(t => `${t.kind}:${t.term}`);
    expect(terms('SP4N-LAPOR!')).toEqual(expect.arrayContaining(['acronym:lapor', 'word:pengaduan']));
    // lapor: to report (a disaster, wrongdoing, progress), not the national complaint channel
    expect(terms('Lapor Bencana')).not.toContain('word:pengaduan');
    expect(terms('Wani Lapor')).not.toContain('acronym:lapor');
    // but a report addressed to the regional head is the complaint channel ("Lapor Bupati", "Lapor Gub")
    for (const name of ['Lapor Bupati', 'e-Lapor Walikota', 'Lapor Gub', 'Warga Lapor']) {
      expect(terms(name)).toEqual(['word:pengaduan']);
    }
    // written as a code it stays the national channel's acronym
    expect(terms('LAPOR Bupati')).toEqual(expect.arrayContaining(['acronym:lapor', 'word:pengaduan', 'word:bupati']));
  });

  it('keeps neighbouring functions apart: static archives, e-purchasing and procurement plans', () => {
    expect(words('Sistem Informasi Arsip Statis')).not.toEqual(words('Arsip Dinamis'));
    // records in daily use are what correspondence systems manage
    expect(words('Kearsipan Dinamis')).toEqual(words('Persuratan'));
    expect(words('e-Katalog')).not.toEqual(words('Pengadaan Barang dan Jasa'));
    expect(words('Rencana Umum Pengadaan')).not.toEqual(words('Pengadaan Barang dan Jasa'));
    // perjalanan stems to jalan: official travel is not roads
    expect(words('Sistem Informasi Perjalanan Dinas')).toEqual(words('e-SPPD'));
    expect(words('Sistem Informasi Perjalanan Dinas')).not.toContain(words('Jalan')[0]);
  });

  it('reads the renamed school admission (SPMB) as PPDB, and SI compounds with a spelling variant', () => {
    expect(words('Sistem Penerimaan Murid Baru', 'text')).toEqual(words('PPDB', 'text'));
    // registering new pupils is admission too ("Daftar Sekolah Online")
    expect(words('Pendaftaran peserta didik baru', 'text')).toEqual(words('PPDB', 'text'));
    expect(words('Daftar Sekolah', 'name')).toEqual(words('PPDB', 'name'));
    expect(kinds('SiAbsen')).toEqual(expect.arrayContaining(['acronym:siabsen', ...kinds('Absensi')]));
  });

  it('expands unambiguous acronyms and keeps the acronym as evidence', () => {
    expect(kinds('SIMPEG')).toEqual(
      expect.arrayContaining(['acronym:simpeg', 'word:pegawai']),
    );
  });

  it('expands the personnel, regional finance and legal administration acronyms', () => {
    expect(kinds('Sipeg')).toEqual(expect.arrayContaining(['acronym:sipeg', 'word:pegawai']));
    expect(kinds('e-Dupak')).toEqual(expect.arrayContaining(['acronym:dupak', 'word:kredit', 'word:pegawai']));
    // not ke- + uda
    expect(kinds('Keuda Online')).toEqual(expect.arrayContaining(['acronym:keuda', 'word:keuangan', 'word:daerah']));
    // PPKS (pemerlu pelayanan kesejahteraan sosial): the social-welfare data of DTKS
    expect(kinds('Basis Data PPKS')).toEqual(expect.arrayContaining(['acronym:ppks', `word:${words('DTKS')[0]}`]));
    // AHU (administrasi hukum umum) registers legal entities: that function, not legal documentation
    expect(kinds('AHU Online')).toEqual(['word:badan hukum']);
    expect(words('AHU Online')).not.toContain(words('JDIH')[0]);
    // the regional asset register, the regional personnel system and the open-source village system
    expect(kinds('SIMBADA')).toEqual(expect.arrayContaining(['acronym:simbada', `word:${words('Aset')[0]}`]));
    expect(kinds('SIMPEGDA')).toEqual(expect.arrayContaining(['acronym:simpegda', 'word:pegawai']));
    expect(kinds('OpenSID')).toEqual(expect.arrayContaining(['acronym:opensid', `word:${words('Desa')[0]}`]));
    // the regional tax return, the accrual accounting of the satker, regional retribution, marriage registration
    expect(kinds('e-SPTPD')).toEqual(expect.arrayContaining(['acronym:sptpd', `word:${words('Pajak')[0]}`]));
    expect(kinds('SIMPATDA Kota Bitung')).toEqual(expect.arrayContaining(['acronym:simpatda', `word:${words('Pajak')[0]}`]));
    // accrual accounting, a module SAKTI absorbed
    expect(kinds('SAIBA')).toEqual(kinds('Sistem Akuntansi Instansi'));
    expect(kinds('SIRETDA')).toEqual(expect.arrayContaining(['acronym:siretda', `word:${words('Retribusi')[0]}`]));
    expect(kinds('SIMAYA')).toEqual(expect.arrayContaining(['acronym:simaya', `word:${words('Persuratan')[0]}`]));
  });

  it('prefers the expansion a name writes to the dictionary one', () => {
    const terms = (name: string) => normalizer.normalizeName(name).terms.map(t => t.term);
    expect(terms('SIMAK')).toContain('modul sakti');
    expect(terms('SIMAK (Sistem Informasi Manajemen Akademik)')).not.toContain('modul sakti');
    expect(terms('SIMAK (Sistem Informasi Manajemen Akademik)')).toContain('simak');
  });

  it('never expands acronyms that name unrelated systems', () => {
    expect(kinds('SIMADE')).toEqual(['acronym:simade']);
    expect(kinds('Simponi')).toEqual(['acronym:simponi']);
    expect(kinds('SiMADE')).toEqual(['acronym:simade']);
  });

  it.each([
    ['SIGAJI', 'gaji'],
    ['SIMASN', 'pegawai'],
    ['SIRETRIBUSI', 'retribusi'],
    ['EPEGAWAI', 'pegawai'],
  ])('reads the concept inside a compound code name: %s', (name, concept) => {
    expect(kinds(name)).toEqual([`acronym:${name.toLowerCase()}`, `word:${concept}`]);
  });

  it.each(['SIPAS', 'SIMADE', 'SIMPONI', 'ESDM'])('finds no concept in a code name that only looks like one: %s', name => {
    expect(kinds(name)).toEqual([`acronym:${name.toLowerCase()}`]);
  });

  it('reads an official website\'s name as saying nothing of its function', () => {
    expect(words('Website Resmi')).toEqual([]);
  });

  it('reads "kondisi" (the condition of something) as a generic word: a road-condition system is about roads', () => {
    expect(words('Sistem Informasi Kondisi Jalan')).toEqual(words('Sistem Informasi Jalan'));
  });

  it('marks technology words as generic', () => {
    expect(kinds('SMS Gateway')).toEqual(['generic:sms gateway']);
  });

  it('drops stop words, places and agency words', () => {
    expect(words('Aplikasi Pajak Daerah untuk Kabupaten Bogor Provinsi Jawa Barat', 'text')).toEqual([
      'pajak',
    ]);
    // the regional research agency (Balitbangda, BRIDA) says who runs it, not what it does
    expect(words('e-Repository Balitbangda')).toEqual(words('e-Repository'));
    // so do the regional offices' abbreviations (the stemmer would read Disperindag as "sperindag")
    expect(words('Info Harga Pasar Disperindag')).toEqual(words('Info Harga Pasar'));
    expect(words('e-Parkir Dishub')).toEqual(words('e-Parkir'));
  });

  it('reads the known words of a name written all in capitals as words, its unknown ones as code names', () => {
    expect(kinds('PANTAU HARGA PASAR')).toEqual(kinds('Pantau Harga Pasar'));
    expect(kinds('SIPANTAU HARGA')).toEqual(['acronym:sipantau', `word:${words('harga')[0]}`]);
    // one word in capitals is still a code name
    expect(kinds('HARGA')).toEqual(['acronym:harga']);
  });

  it('reads an "SI" name on a known term (SIAKIP: SI + AKIP) as that term', () => {
    expect(words('SIAKIP')).toContain(words('e-SAKIP')[0]);
  });

  it('reads an e-signature as a signature, not as single sign-on', () => {
    expect(words('e-Sign')).not.toEqual(words('Single Sign-On'));
    expect(words('SSO Pemprov')).toEqual(words('Single Sign-On'));
  });

  it('reads a data bus as data exchange, a bus route as public transit', () => {
    expect(words('Bus data terintegrasi antar OPD', 'text')).toEqual(words('Enterprise Service Bus'));
    expect(words('Rute bus kota', 'text')).toEqual(words('Transjakarta'));
  });

  it('reads "layanan bantuan sosial" as social aid, not as a helpdesk', () => {
    expect(words('Layanan Bantuan Sosial')).toEqual(words('Bantuan Sosial'));
  });

  it('reads SPD in a list of regional finance documents as no official travel (SPPD is)', () => {
    expect(words('SPD, SPP, SPM dan SP2D', 'text')).not.toContain(words('Perjalanan Dinas')[0]);
    expect(words('SPPD', 'text')).toEqual(words('Perjalanan Dinas'));
  });

  it('drops "di lingkungan" (within an agency) and keeps "lingkungan hidup" (the environment)', () => {
    expect(words('Arsip surat di lingkungan kementerian', 'text')).toEqual(words('Arsip surat', 'text'));
    expect(words('Dinas Lingkungan Hidup', 'text')).toEqual(words('Pemantauan lingkungan', 'text'));
  });

  it('drops the verbs of asking and handling that every proposal uses, not the function words', () => {
    // "menyampaikan" stems to "sampai", "mengurus" to "urus": neither says what the application does
    expect(words('Warga menyampaikan keluhan', 'text')).toEqual(words('Warga keluhan', 'text'));
    expect(words('Mengurus izin usaha', 'text')).toEqual(words('Izin usaha', 'text'));
    expect(words('Usulan aplikasi agar surat keluar ditandatangani', 'text')).toEqual(
      words('surat keluar ditandatangani', 'text'),
    );
    // revenue stems like the stop word "dapat" and stays
    expect(words('Pendapatan daerah', 'text')).not.toEqual([]);
    // the function words of a request ("we need to know how many ... next year")
    expect(words('Kami butuh tahu berapa koperasi yang sering rapat tahun depan', 'text')).toEqual(
      words('koperasi rapat tahun', 'text'),
    );
  });

  it('reads whistleblowing, the spelled-out musrenbang and clocking in as their functions', () => {
    expect(words('Sistem Pelaporan Pelanggaran', 'text')).toEqual(words('Whistleblowing System', 'text'));
    expect(words('Pelaporan dugaan pelanggaran', 'text')).not.toContain(words('Pengaduan', 'text')[0]);
    expect(words('Musyawarah perencanaan pembangunan', 'text')).toEqual(words('Musrenbang', 'text'));
    expect(words('Jam masuk', 'text')).toEqual(words('Presensi', 'text'));
  });

  it('reads the waste retribution as retribution, not as waste management (bank sampah)', () => {
    expect(words('Retribusi persampahan', 'text')).toEqual(words('Retribusi', 'text'));
    expect(words('Retribusi sampah', 'text')).not.toContain(words('Sampah', 'text')[0]);
    // a market or parking retribution keeps its object
    expect(words('Retribusi pasar', 'text')).toContain(words('Pasar', 'text')[0]);
  });

  it('reads grants to organisations (hibah dan bantuan sosial from the APBD) apart from social aid to the poor', () => {
    expect(words('Proposal hibah dan bantuan sosial', 'text')).toEqual(words('Proposal hibah', 'text'));
    expect(words('e-Hibah Bansos', 'name')).toEqual(words('e-Hibah', 'name'));
    expect(words('Penerima bantuan sosial', 'text')).not.toContain(words('Hibah', 'text')[0]);
  });

  it('reads data exchange between systems as one function (the SPLP building block)', () => {
    expect(words('Pertukaran data', 'text')).toEqual(words('Interoperabilitas', 'text'));
    expect(words('Enterprise service bus', 'text')).toEqual(words('Interoperabilitas', 'text'));
    // health data exchange between facilities (the SATUSEHAT function) is a function of its own
    const health = words('Pertukaran data kesehatan', 'text');
    expect(health).not.toEqual(words('Interoperabilitas', 'text'));
    expect(words('Health Information Exchange', 'text')).toEqual(health);
    expect(words('Pertukaran data rekam medis', 'text')).toEqual(health);
  });

  it('reads the SAKIP documents, data portals, business permits and poverty data as their functions', () => {
    // the yearly institutional performance report (LKjIP), not an employee's performance
    expect(words('Laporan kinerja tahunan', 'text')).toEqual(words('Akuntabilitas kinerja', 'text'));
    expect(words('Laporan kinerja harian', 'text')).not.toEqual(words('Akuntabilitas kinerja', 'text'));
    expect(words('Integrasi data antar aplikasi', 'text')).toEqual(words('Interoperabilitas antar aplikasi', 'text'));
    expect(words('Data sektoral', 'text')).toEqual(words('Satu Data', 'text'));
    expect(words('Dataset', 'text')).toEqual(words('Satu Data', 'text'));
    expect(words('Nomor induk berusaha', 'text')).toEqual(words('NIB', 'text'));
    expect(words('Keluarga miskin', 'text')).toEqual(words('Bantuan sosial', 'text'));
    expect(words('Layanan pindah datang', 'text')).toEqual(words('Layanan kependudukan', 'text'));
    // bookkeeping is accounting, a book (perpustakaan) is not
    expect(words('Pembukuan', 'text')).toEqual(words('Akuntansi', 'text'));
    expect(words('Koleksi buku elektronik', 'text')).not.toContain('akuntansi');
    // di- is not a prefix of diagnosa
    expect(words('Diagnosa pasien', 'text')).toContain('diagnosa');
    expect(words('Madrasah diniyah dan digitalisasi arsip', 'text')).toEqual(
      expect.arrayContaining(['diniyah', 'digitalisasi']),
    );
    expect(words('Berbagi data antar instansi', 'text')).toEqual(words('Pertukaran data antar instansi', 'text'));
    // an audit is pemeriksaan keuangan; a patient's or a vehicle's pemeriksaan is an examination
    expect(words('Pemeriksaan keuangan', 'text')).toEqual(words('Audit', 'text'));
    expect(words('Pemeriksaan pasien', 'text')).not.toEqual(expect.arrayContaining(words('Audit', 'text')));
    expect(words('Evaluasi periodik', 'text')).toContain('periodik');
    // the public satisfaction survey (SKM, PermenPANRB 14/2017) is its own function, not statistics
    expect(words('Survei kepuasan masyarakat', 'text')).toEqual(words('SKM', 'text'));
    expect(words('Survei kepuasan masyarakat', 'text')).not.toEqual(words('Survei', 'text'));
    // SKP under its older name
    expect(words('Sasaran kerja pegawai', 'text')).toEqual(words('Sasaran kinerja pegawai', 'text'));
    // a sports coach (pelatih) is not training (pelatihan)
    expect(words('Pelatih olahraga', 'text')).not.toContain('pelatihan');
    // words that share a root with a concept word but not its meaning
    expect(words('Surat undangan', 'text')).not.toContain('hukum');
    expect(words('Peraturan perundang-undangan', 'text')).toEqual(['hukum', 'hukum']);
    expect(words('Penyedia barang', 'text')).not.toContain(words('Persediaan', 'text')[0]);
    expect(words('Temuan audit', 'text')).not.toContain(words('Rapat', 'text')[0]);
    expect(words('Penerangan jalan', 'text')).not.toContain(words('Keterangan', 'text')[0]);
    expect(words('Pondok pesantren', 'text')).not.toEqual(words('Madrasah', 'text'));
    // an accountability report is reporting: a generic word, like pelaporan
    expect(kinds('Pertanggungjawaban')).toEqual(['generic:pertanggungjawaban']);
  });

  it('reads letter routing (disposisi) and paperless offices as correspondence', () => {
    expect(words('Disposisi', 'text')).toEqual(words('Persuratan', 'text'));
    expect(words('Kantor tanpa kertas', 'text')).toEqual(words('Persuratan', 'text'));
  });

  it('reads regional words for villages and complaints, and the Satu Data roles, as their concepts', () => {
    // Minangkabau nagari, Acehnese gampong (led by a keuchik), Lampung pekon, Yogyakarta kalurahan
    for (const village of ['Nagari', 'Gampong', 'Pekon', 'Kalurahan', 'Keuchik']) {
      expect(words(village, 'text')).toEqual(words('Desa', 'text'));
    }
    // Javanese sambat / wadul, Sundanese pangaduan, colloquial ngadu, the "suara warga" channels
    for (const complaint of ['Sambat', 'Wadul', 'Pangaduan', 'Keluh kesah', 'Ngadu', 'Suara warga']) {
      expect(words(complaint, 'text')).toEqual(words('Pengaduan', 'text'));
    }
    // Perpres 39/2019: walidata, produsen data and pembina data run Satu Data
    expect(words('Produsen data', 'text')).toEqual(words('Satu Data', 'text'));
    expect(words('SI-HADIR', 'name')).toEqual(words('Presensi', 'name'));
    // the child identity card is a population document; the building approval (PBG, formerly IMB) its own permit
    expect(words('Kartu Identitas Anak', 'text')).toEqual(words('Kependudukan', 'text'));
    expect(words('Persetujuan Bangunan Gedung', 'text')).toEqual(words('IMB', 'text'));
    expect(words('Persetujuan Bangunan Gedung', 'text')).not.toContain(words('Izin', 'text')[0]);
    // Puskesmas written out; a prescription is the pharmacy's
    expect(words('Pusat Kesehatan Masyarakat', 'text')).toEqual(words('Puskesmas', 'text'));
    expect(words('Resep obat', 'text')).toEqual(words('Farmasi', 'text'));
    // the village budget (APBDes) written out, and its treasurer, are village finance
    expect(words('Anggaran Pendapatan dan Belanja Desa', 'text')).toEqual(words('Keuangan desa', 'text'));
  });

  it("reads Papua's kampung government, fertiliser needs, work targets, livestock disease and plasmodium as their concepts", () => {
    // in Papua the village is a kampung (dana kampung, aparat kampung), but a "kampung wisata" is no village government
    expect(words('Dana kampung', 'text')).toEqual(words('Keuangan desa', 'text'));
    expect(words('Aparat kampung', 'text')).toEqual(words('Desa', 'text'));
    expect(words('Kampung wisata', 'text')).not.toContain(words('Desa', 'text')[0]);
    // the farmer groups' fertiliser needs (RDKK) are the subsidised fertiliser's allocation
    expect(words('Kebutuhan pupuk', 'text')).toEqual(words('e-RDKK', 'text'));
    expect(words('Pupuk', 'text')).not.toEqual(words('e-RDKK', 'text'));
    expect(words('Target kerja', 'text')).toEqual(words('Sasaran kerja', 'text'));
    expect(words('Kinerja aparatur', 'text')).toEqual(words('Kinerja ASN', 'text'));
    expect(words('Penyakit ternak', 'text')).toEqual(words('Kesehatan hewan', 'text'));
    expect(words('Pengobatan ternak', 'text')).toEqual(words('Kesehatan hewan', 'text'));
    expect(words('iSIKHNAS', 'name')).toEqual(words('Kesehatan hewan', 'name'));
    expect(words('Positif plasmodium', 'text')).toContain(words('Malaria', 'text')[0]);
  });

  it('reads the job market (vacancies, job seekers, the yellow card) apart from the labour office and its reports', () => {
    expect(words('Bursa Lowongan Kerja', 'name')).toEqual(words('Bursa Kerja', 'name'));
    for (const market of ['Lowongan kerja', 'Pencari kerja', 'Kartu kuning', 'Bursa kerja', 'Job fair']) {
      expect(words(market, 'text')).toEqual(words('Pasar kerja', 'text'));
    }
    // the companies' mandatory labour report (WLKP) is the labour office's, not the job market's
    expect(words('Wajib lapor ketenagakerjaan', 'text')).not.toContain(words('Pasar kerja', 'text')[0]);
    expect(words('Disnaker', 'text')).toEqual(words('Ketenagakerjaan', 'text'));
  });

  it('reads violence against women and children (KtP/A, the UPTD PPA) as one concept, apart from the identity card (KTP)', () => {
    const ppa = words('Kekerasan terhadap perempuan dan anak', 'text');
    expect(words('Pencatatan kasus KtP/A', 'text')).toEqual(expect.arrayContaining(ppa));
    expect(words('UPTD PPA', 'text')).toEqual(ppa);
    expect(words('KTP elektronik', 'text')).toEqual(words('Kependudukan', 'text'));
  });

  it('reads zakat (ZIS, Baitul Mal, BAZNAS), scholarships (also in capitals), boats and oil palm fruit (TBS) as their concepts', () => {
    expect(words('Pengelolaan ZIS', 'text')).toEqual(words('Zakat', 'text'));
    // the Acehnese village prayer house
    expect(words('Meunasah', 'text')).toEqual(words('Masjid', 'text'));
    expect(new Set(words('e-Zakat Baitul Mal', 'name'))).toEqual(new Set(words('Zakat', 'name')));
    expect(kinds('BEASISWA PESAKO')).toContain(`word:${words('Beasiswa')[0]}`);
    expect(words('Fast Boat', 'name')).toContain(words('Kapal', 'name')[0]);
    // "Visit Bukittinggi", "Explore Sumbar", "Kerinci Eksplor" (not ekspor, export) are tourism portals
    expect(words('Kerinci Eksplor', 'name')).toEqual(words('Wisata', 'name'));
    expect(words('Explore Sumbar', 'name')).toEqual(words('Visit Bukittinggi', 'name'));
    expect(new Set(words('Informasi untuk wisatawan dan pelancong', 'text'))).toEqual(new Set(words('Informasi wisata', 'text')));
    // the fresh fruit bunches (TBS) whose price a province sets are oil palm's
    expect(words('Harga TBS', 'text')).toEqual(words('Harga sawit', 'text'));
  });

  it("reads the central ministries' programmes and services as their functions", () => {
    // the education cash aid (Program Indonesia Pintar) by its card, its programme or their acronyms
    const pip = words('Program Indonesia Pintar', 'name')[0];
    expect(words('Kartu Indonesia Pintar', 'text')).toContain(pip);
    expect(words('Siswa pemegang KIP', 'text')).toContain(pip);
    expect(words('Aplikasi PIP Madrasah', 'name')).toContain(pip);
    expect(words('MOOC Pintar', 'name')).not.toContain(pip);
    // the conditional cash transfer (PKH) is a programme of its own among the social aid
    expect(words('Conditional Cash Transfer', 'name')).toEqual(words('SIM PKH', 'name'));
    expect(words('Program Keluarga Harapan', 'name')).toEqual(words('PKH', 'name'));
    expect(words('PKH', 'name')).not.toEqual(words('Bantuan Sosial', 'name'));
    // the social welfare institutions (LKS, panti) are not the social aid they may deliver
    expect(words('Registrasi LKS', 'name')).toEqual(words('Registrasi Lembaga Kesejahteraan Sosial', 'name'));
    expect(words('Registrasi LKS', 'name')).not.toContain(words('Bansos', 'name')[0]);
    // employees' satisfaction surveys are not personnel records
    expect(words('Employee Engagement Survey', 'name')).toEqual(words('Survei Kepuasan Pegawai', 'name'));
    expect(words('Survei Kepuasan Pegawai', 'name')).not.toContain(words('Pegawai', 'name')[0]);
    // a population census is statistics, not civil registration
    expect(words('Sensus Penduduk Online', 'name')).toEqual(words('Sensus Online', 'name'));
    expect(words('Sensus Penduduk', 'name')).not.toContain(words('Kependudukan', 'name')[0]);
    // regional enterprises (BUMD) by their Indonesian descriptions
    expect(words('Perusahaan milik pemerintah daerah', 'text')).toEqual(words('BUMD', 'text'));
    expect(words('Kinerja Perumda', 'name')).toEqual(words('Kinerja BUMD', 'name'));
    // SATUSEHAT is the national health data exchange, by name and as "the national health platform"
    expect(words('SATUSEHAT', 'name')).toEqual(words('Pertukaran Data Kesehatan', 'name'));
    expect(words('Terhubung ke platform kesehatan nasional', 'text')).toContain(words('SATUSEHAT', 'name')[0]);
  });

  it('drops the central ministries and their units as agency words, and reads a licence as no permit', () => {
    expect(words('JDIH Kemenkes', 'name')).toEqual(words('JDIH', 'name'));
    expect(words('Sistem e-Procurement Kemhan', 'name')).toEqual(words('Sistem e-Procurement', 'name'));
    expect(words('Data Center Pusdatin Kemenag', 'name')).toEqual(words('Data Center', 'name'));
    expect(words('Monitoring Kinerja Setjen', 'name')).toEqual(words('Monitoring Kinerja', 'name'));
    // and the coordinating ministries (Kemenko Marves, Polhukam, PMK...)
    expect(words('Dashboard Eksekutif Kemenko Marves', 'name')).toEqual(words('Dashboard Eksekutif', 'name'));
    expect(words('Buku Tamu Kemenkopolhukam', 'name')).toEqual(words('Buku Tamu', 'name'));
    // a software licence (berlisensi, lisensi) is not a permit
    expect(words('Video conference berlisensi', 'text')).not.toContain(words('Izin', 'text')[0]);
  });

  it('reads the hosting of applications (data centre, colocation, private cloud) as a function', () => {
    expect(words('Data Center Kemenag', 'name')).toEqual(words('Pusat Data', 'name'));
    expect(new Set(words('Layanan Hosting dan Colocation', 'name'))).toEqual(new Set(words('Pusat Data', 'name')));
    expect(words('Private Cloud Pusdatin', 'name')).toEqual(words('Pusat Data', 'name'));
    // "berbasis cloud" stays a technology word
    expect(words('Presensi berbasis cloud', 'text')).toEqual(words('Presensi', 'text'));
  });

  it('reads the functions of smart-city inventories apart from their broader sectors', () => {
    // a waste bank (savings of sorted waste) is not the collection of waste
    expect(words('Waste Bank', 'name')).toEqual(words('Bank Sampah', 'name'));
    expect(words('e-Tabungan Sampah', 'name')).toEqual(words('Bank Sampah', 'name'));
    expect(words('Bank Sampah', 'name')).not.toContain(words('Armada Sampah', 'name')[1]);
    // street lighting, by its abbreviation or in English
    expect(words('Lapor PJU', 'name')).toEqual(words('Lapor Lampu Penerangan Jalan Umum', 'name'));
    expect(words('Smart Street Lighting', 'name')).toEqual(words('Lampu Jalan', 'name'));
    // the leaders' dashboards of a city, in Indonesian or English
    expect(words('City Dashboard', 'name')).toEqual(words('Dashboard Pimpinan', 'name'));
    expect(words('War Room Dashboard', 'name')).toEqual(words('Executive Dashboard', 'name'));
    expect(words('Dashboard', 'name')).toEqual([]);
    // a regional government's official website; not an agency's "Website Resmi", not "SIMPEG Web Kab. X"
    expect(words('Website Kota Salatiga', 'name')).toEqual(words('Portal Resmi Pemkot Bogor', 'name'));
    expect(words('Web Resmi Kab. Kudus', 'name')).toEqual(words('Portal Pemkot Bitung', 'name'));
    expect(words('Website Resmi', 'name')).toEqual([]);
    expect(words('SIMPEG Web Kab. Demak', 'name')).toEqual(words('SIMPEG', 'name'));
    // a city's public CCTV viewing is a function of its own there, not a technology word
    expect(words('CCTV Publik', 'name')).toEqual(words('Kamera Pengawas', 'name'));
    expect(words('CCTV', 'name')).not.toEqual([]);
    // a health centre's queue is not the health centre's management system (SIMPUS)
    expect(words('Antrean Puskesmas Online', 'name')).toEqual(words('Antrian Sehat', 'name'));
    expect(words('Antrean Puskesmas', 'name')).not.toContain(words('SIMPUS', 'name')[0]);
    // marketplaces of local products (lokapasar), not the market price boards
    expect(words('UMKM Mall', 'name')).toEqual(words('Marketplace', 'name'));
    expect(words('Lapak Online', 'name')).toEqual(words('Lokapasar', 'name'));
    expect(words('Harga Pasar Online', 'name')).not.toContain(words('Lokapasar', 'name')[0]);
    // a food bank (surplus food passed on) is not the food reserve
    expect(words('Food Bank', 'name')).toEqual(words('Bank Pangan', 'name'));
    expect(words('Bank Pangan', 'name')).not.toContain(words('Cadangan Pangan', 'name')[1]);
  });

  it('does not read the forms named "surat ..." (tax returns, assessments, vehicle papers) as correspondence', () => {
    expect(words('Surat Pemberitahuan Pajak Daerah', 'name')).toEqual(words('Pajak Daerah', 'name'));
    expect(words('e-SPTPD', 'name')).not.toContain(words('Surat', 'name')[0]);
    expect(words('Surat Ketetapan Retribusi', 'name')).toEqual(words('Retribusi', 'name'));
    expect(words('Surat Masuk', 'name')).toEqual(words('Surat', 'name'));
  });

  it('reads the central treasury modules that SAKTI absorbed as one family, apart from regional finance', () => {
    const family = words('SAIBA Kemenhub', 'name')[0];
    for (const name of ['Aplikasi Bendahara (SILABI)', 'SAS (Sistem Aplikasi Satker)', 'SIMAK-BMN', 'Aplikasi RKAKL-DIPA', 'Aplikasi Persediaan BMN']) {
      expect(words(name, 'name')).toContain(family);
    }
    expect(words('SIPKD', 'name')).not.toContain(family);
    expect(words('Penyusunan RKA-K/L', 'text')).toContain(family);
  });

  it('reads foreign worker permits, halal tourism, payment channels and investment realisation reports as their functions', () => {
    expect(words('Perpanjangan IMTA', 'name')).toContain(words('SI-TKA', 'name')[0]);
    expect(words('e-RPTKA', 'name')).toEqual(words('Foreign Workers', 'name'));
    // halal tourism is tourism, not the certification of halal products
    expect(words('Halal Tourism', 'name')).toEqual(words('Wisata Halal', 'name'));
    expect(words('Halal Tourism', 'name')).not.toContain(words('Sertifikasi Halal', 'name')[0]);
    // payment channels: billing codes, virtual accounts, gateways; PAD is the region's own revenue
    expect(words('Payment Gateway Bapenda', 'name')).toEqual(words('Pembayaran', 'name'));
    expect(words('e-Billing PAD', 'name')).toEqual(expect.arrayContaining(words('Pembayaran Pendapatan Asli Daerah', 'name')));
    expect(words('e-Billing Pajak', 'name')).toContain(words('Pajak', 'name')[0]);
    // reporting investment realised (LKPM) apart from promoting investment
    expect(words('LKPM Online', 'name')).toEqual(words('Realisasi Penanaman Modal', 'name'));
    expect(words('LKPM Online', 'name')).not.toContain(words('Peluang Investasi', 'name')[0]);
  });

  it('reads finding a free parking slot apart from parking fees', () => {
    expect(words('Info Slot Parkir Park & Ride', 'name')).toEqual(words('Cari Parkir', 'name').concat(words('Cari Parkir', 'name')));
    expect(words('Cari Parkir', 'name')).not.toEqual(words('e-Parkir', 'name'));
    expect(words('Parking Guidance System', 'name')).toEqual(words('Cari Parkir', 'name'));
    expect(words('Parkir Cerdas', 'name')).toEqual(words('Cari Parkir', 'name'));
  });

  it('reads fishers (their registration and cards) apart from fish (prices, catches, farming)', () => {
    expect(words('Kartu nelayan', 'text')).toEqual(words('Nelayan', 'text'));
    expect(words('Registrasi nelayan', 'text')).not.toContain(words('Harga ikan', 'text')[1]);
    expect(words('Harga ikan', 'text')).toContain(words('Perikanan', 'text')[0]);
  });

  it('reads the function of "<function> pegawai" phrases, and single sign-on as a function', () => {
    // attendance and daily performance reports of employees: the employee is their object, not their function
    expect(words('Absensi pegawai', 'text')).toEqual(words('Presensi', 'text'));
    expect(words('Presensi ASN', 'text')).toEqual(words('Presensi', 'text'));
    expect(words('Laporan kinerja harian pegawai', 'text')).toEqual(words('Kinerja pegawai', 'text'));
    expect(words('Data pegawai', 'text')).toContain(words('Pegawai', 'text')[0]);
    // student attendance is neither employee attendance nor school data
    expect(words('Kehadiran peserta didik', 'text')).toEqual(words('Absensi siswa', 'text'));
    expect(words('Absensi siswa', 'text')).not.toEqual(words('Presensi', 'text'));
    expect(words('Absensi siswa', 'text')).not.toContain(words('Data sekolah', 'text')[0]);
    // one login for every service (SSO, satu akun, INApas's digital identity) is what the application does
    expect(kinds('SSO')).toEqual(kinds('Single sign-on'));
    expect(kinds('Satu akun')).toEqual(kinds('SSO'));
    expect(kinds('SSO')[0]).toMatch(/^word:/);
    expect(kinds('Login')).toEqual(['generic:login']);
  });

  it('reads public wifi and spatial zoning as functions of their own, not as the village or school admission', () => {
    expect(words('Wifi Desa', 'name')).toEqual(words('Titik akses', 'name'));
    expect(words('Wifi Desa', 'name')).not.toContain(words('Desa', 'name')[0]);
    // zonasi alone is school admission (PPDB) zoning; a zoning plan is spatial planning
    expect(words('Seleksi zonasi', 'text')).toContain(words('PPDB', 'text')[0]);
    expect(words('Rencana zonasi wilayah pesisir', 'text')).toContain(words('Tata ruang', 'text')[0]);
    expect(words('Rencana zonasi wilayah pesisir', 'text')).not.toContain(words('PPDB', 'text')[0]);
  });

  it('reads the functions of infrastructure and environment inventories, in Indonesian and English, as their concepts', () => {
    // air quality (ISPU, AQMS, "Air Quality Monitoring"), not water (air)
    expect(words('Air Quality Monitoring', 'name').sort()).toEqual(words('Pemantauan kualitas udara', 'name').sort());
    expect(words('ISPU', 'name')).toEqual(words('Indeks pencemaran udara', 'name'));
    expect(words('Air Quality Monitoring', 'name')).not.toContain(words('Air minum', 'name')[0]);
    // checking the zoning of a plot is spatial planning; zonasi alone stays school admission
    expect(words('Cek zonasi', 'name')).toEqual(words('Tata ruang', 'name'));
    expect(words('Jalur zonasi', 'text')).toContain(words('PPDB', 'text')[0]);
    // the annual procurement plan (RUP), also in English
    expect(words('Procurement plan', 'name')).toEqual(words('SiRUP', 'name'));
    expect(words('Publish our yearly list of planned purchases', 'text').sort()).toEqual(words('Publikasi daftar tahunan rencana umum pengadaan', 'text').sort());
    // choosing a contractor and naming the winner is a tender
    expect(words('Pemilihan kontraktor dan penetapan pemenang', 'text')).toEqual(words('Tender', 'text').concat(words('Tender', 'text')));
    // buying from the providers' showcase is the e-catalogue; a showcase of UMKM products is not
    expect(words('Etalase penyedia', 'text')).toEqual(words('e-Katalog', 'text'));
    expect(words('Etalase produk UMKM', 'text')).not.toContain(words('e-Katalog', 'text')[0]);
    // port services: Inaportnet, port community systems, ship clearance
    expect(words('Inaportnet', 'name')).toEqual(words('Port Community System', 'name'));
    expect(words('Ship clearance', 'name')).toEqual(words('Inaportnet', 'name'));
    expect(words('Pelabuhan', 'name')).not.toEqual(words('Inaportnet', 'name'));
    // sharing maps between the nodes of the geospatial network
    expect(words('Berbagi peta', 'name')).toEqual(words('Geoportal', 'name'));
    // early warning (EWS) of floods, in Indonesian and English
    expect(words('EWS Banjir', 'name')).toEqual(words('Peringatan dini banjir', 'name'));
    expect(words('Flood Early Warning System', 'name').sort()).toEqual(words('EWS Banjir', 'name').sort());
    // water quality is not drinking water; hydrology (river discharge) and the public works' assets
    expect(words('Water Quality Monitoring', 'name').sort()).toEqual(words('Pemantauan mutu air', 'name').sort());
    expect(words('Water Quality', 'name')).not.toContain(words('Air bersih', 'name')[0]);
    expect(words('Debit sungai', 'text')).toEqual(words('Hydrology', 'text'));
    // a code name on a public works asset (SIJEMBATAN: SI + jembatan) names that asset
    expect(words('SIJEMBATAN', 'name')).toEqual(words('Bridge', 'name'));
    expect(words('SIMIRIGASI', 'name')).toEqual(words('Daerah irigasi', 'name'));
    expect(words('SIMJALAN', 'name')).toEqual(words('Ruas jalan', 'name'));
    // the environmental approval (AMDAL, UKL-UPL) apart from the periodic RKL-RPL reports, hazardous
    // waste (limbah B3) and marine debris apart from household waste
    expect(words('SIAMDAL', 'name')).toEqual(words('e-UKL-UPL', 'name'));
    expect(words('Perizinan lingkungan', 'name')).toEqual(words('AMDAL', 'name'));
    expect(words('Pelaporan RKL-RPL', 'name')).not.toContain(words('AMDAL', 'name')[0]);
    expect(words('Sistem Informasi Pelaporan Elektronik Lingkungan Hidup', 'name')).toEqual(words('RKL-RPL', 'name'));
    expect(words('Manifest elektronik limbah B3', 'text')).not.toContain(words('Sampah', 'text')[0]);
    expect(words('Sampah laut', 'text')).not.toContain(words('Sampah', 'text')[0]);
    expect(words('Data persampahan', 'text')).toEqual(words('Data sampah', 'text'));
    // the spatial-use approval (KKPR) is a permit, not the spatial plan; a road's right of way is neither
    expect(words('Izin Pemanfaatan Ruang', 'name')).toEqual(words('e-KKPR', 'name'));
    expect(words('PKKPR', 'name')).not.toContain(words('RTRW', 'name')[0]);
    expect(words('Izin pemanfaatan ruang milik jalan', 'name')).not.toContain(words('KKPR', 'name')[0]);
    // vessel monitoring (VMS) is neither the fishing vessel's permit nor port services
    expect(words('VMS (Vessel Monitoring System)', 'name')).toContain(words('Pemantauan posisi kapal', 'name')[0]);
    expect(words('Pemantauan posisi kapal', 'name')).not.toContain(words('Inaportnet', 'name')[0]);
    // the data of micro enterprises' owners (pelaku usaha mikro) is UMKM data; investing is investment
    expect(words('Pendataan pelaku usaha mikro', 'name')).toEqual(words('Pendataan UMKM', 'name'));
    expect(words('Invest Jabar', 'name')).toEqual(words('Investasi Jabar', 'name'));
    // a billing code for a service tariff paid into the state treasury is non-tax revenue (PNBP)
    expect(words('Kode billing tarif layanan', 'text')).toEqual(words('PNBP PNBP', 'text'));
    expect(words('Pengelolaan kas negara', 'text')).not.toContain(words('PNBP', 'text')[0]);
    // buying directly from the providers' listed products is e-purchasing (the e-catalogue)
    expect(words('Pembelian langsung oleh OPD', 'text')).toContain(words('e-Katalog', 'text')[0]);
    expect(words('Pesan langsung dari daftar produk penyedia', 'text')).toEqual(words('e-Katalog e-Katalog', 'text'));
    // reporting a business's turnover (omzet) is the regional tax return
    expect(words('Pelaporan omzet hotel', 'text')).toContain(words('Pajak daerah', 'text')[0]);
    // a classroom is not the school's register of students
    expect(words('Ruang kelas', 'text')).toHaveLength(1);
    expect(words('Ruang kelas', 'text')).not.toContain(words('Sekolah', 'text')[0]);
  });

  it('reads a repository as a container that says nothing of its function', () => {
    expect(kinds('Repositori')).toEqual(['generic:repositori']);
    expect(words('Repositori produk hukum', 'name')).toEqual(words('JDIH', 'name'));
  });

  it('reads the functions of law, justice, security and elections inventories as their concepts', () => {
    // courts: case tracking apart from e-court; prosecution; corrections, remission and visits apart
    expect(words('Case Tracking System', 'name')).toEqual(words('Penelusuran Perkara', 'name'));
    expect(words('e-Court', 'name')).toEqual(words('Gugatan Online', 'name'));
    expect(words('e-Court', 'name')).not.toEqual(words('Penelusuran Perkara', 'name'));
    expect(words('Aplikasi Pidum', 'name')).toEqual(words('Penuntutan', 'name'));
    expect(words('Sistem Database Pemasyarakatan', 'name')).toEqual(words('Rutan', 'name'));
    expect(words('Remisi Online', 'name')).not.toContain(words('Lapas', 'name')[0]);
    expect(words('Besuk Online', 'name')).toEqual(words('Kunjungan Tahanan', 'name'));
    // police services, each its own: reports, clearance, traffic tickets, vehicle registration
    expect(words('SPKT Online', 'name')).toEqual(words('Laporan Polisi', 'name'));
    expect(words('Police Clearance Certificate', 'name')).toEqual(words('e-SKCK', 'name'));
    expect(words('Surat keterangan berkelakuan baik', 'text')).toEqual(words('SKCK', 'text'));
    expect(words('ETLE', 'name')).toEqual(words('Tilang Elektronik', 'name'));
    expect(words('BPKB Online', 'name')).toEqual(words('Regident Ranmor', 'name'));
    expect(words('BPKB Online', 'name')).not.toEqual(words('e-Samsat', 'name'));
    // the police, prosecutors' and election bodies' units are agency words; Satpol PP says nothing of a function
    expect(words('SKCK Polda Jatim', 'name')).toEqual(words('SKCK', 'name'));
    expect(words('Simpeg Kejati Jatim', 'name')).toEqual(words('Simpeg', 'name'));
    expect(kinds('Satpol PP')).toEqual(['generic:satpol pp']);
    expect(words('Gakda Online', 'name')).toEqual(words('Penegakan Perda', 'name'));
    expect(words('Penertiban PKL dan pelanggaran perda', 'text')).toEqual(words('Gakda Gakda', 'text'));
    // SDP, the corrections database
    expect(words('SDP versi 4', 'name')).toEqual(words('Lapas', 'name'));
    // anti-corruption: asset declarations, gratification and integrity zones apart
    expect(words('e-LHKPN', 'name')).toEqual(words('Laporan Harta Kekayaan', 'name'));
    expect(words('e-Gratifikasi', 'name')).not.toEqual(words('e-LHKPN', 'name'));
    expect(words('ZI WBK/WBBM', 'name')).toContain(words('Zona Integritas', 'name')[0]);
    // elections: the voter list, nominations and the count
    expect(words('Sidalih', 'name')).toEqual(words('Daftar Pemilih Tetap', 'name'));
    expect(words('SILON', 'name')).toEqual(words('Pendaftaran Bacaleg', 'name'));
    expect(words('Sirekap', 'name')).toEqual(words('Rekapitulasi Suara', 'name'));
    expect(words('Sidalih', 'name')).not.toContain(words('Kependudukan', 'name')[0]);
    // foreign affairs, legal services, cyber incidents, fire services
    expect(words('Passport Online', 'name')).toEqual(words('Layanan Paspor', 'name'));
    expect(words('e-VOA', 'name')).toEqual(words('Visa', 'name'));
    expect(words('Apostille', 'name')).toEqual(words('Legalisasi Dokumen', 'name'));
    expect(words('Fidusia Online', 'name')).toEqual(words('Jaminan Fidusia', 'name'));
    expect(words('Merek Online', 'name')).toEqual(words('HKI', 'name'));
    expect(words('Harmonisasi Raperda', 'name')).not.toContain(words('JDIH', 'name')[0]);
    expect(words('CSIRT', 'name')).toEqual(words('Pelaporan Insiden Siber', 'name'));
    expect(words('Damkar', 'name')).toEqual(words('Pemadam Kebakaran', 'name'));
    expect(words('Kebakaran Hutan', 'name')).not.toEqual(words('Damkar', 'name'));
    expect(words('SKT Ormas', 'name')).toContain(words('Organisasi Kemasyarakatan', 'name')[0]);
  });

  it('reads the functions of education, religion and culture inventories as their concepts', () => {
    // a university is not a school (perguruan would stem to guru, a school word)
    expect(words('Seleksi masuk perguruan tinggi', 'text')).not.toContain(words('sekolah', 'text')[0]);
    expect(words('Online admission for the university', 'text')).toContain(words('perguruan tinggi', 'text')[0]);
    expect(words('SIAKAD', 'name')).toEqual(words('Academic Information System', 'name'));
    expect(words('Course registration, grading and transcripts', 'text')).toContain(words('KRS', 'text')[0]);
    expect(words('e-Rapor', 'name')).toEqual(words('Buku Laporan Hasil Belajar Elektronik', 'name'));
    expect(words('Computer Based Test', 'name')).toEqual(words('Ujian Online', 'name'));
    expect(words('Pendataan situs sejarah', 'text')).toContain(words('cagar budaya', 'text')[0]);
    expect(words('Data ustadz TPQ', 'text')).toContain(words('guru mengaji', 'text')[0]);
    expect(words('Direktori seniman', 'text')).toContain(words('pelaku seni', 'text')[0]);
    // an art contest (lomba seni) is no artist register
    expect(words('Informasi lomba seni', 'text')).not.toContain(words('seniman', 'text')[0]);
    // the digital library (e-books) apart from the library's catalogue and circulation
    expect(words('Koleksi buku elektronik', 'text')).toContain(words('Digital Library', 'text')[0]);
    expect(words('Digital Library', 'name')).not.toEqual(words('Otomasi Perpustakaan', 'name'));
    // school operational funds (also regional, in plain words, and PAUD's), apart from the school budget plan (RKAS)
    expect(words('Monitoring BOSDA', 'name')).toEqual(words('Monitoring BOS', 'name'));
    expect(words('Dana operasional sekolah', 'text')).toEqual(words('BOS', 'text'));
    expect(words('ARKAS', 'name')).not.toEqual(words('BOS', 'name'));
    expect(words('Pondok Pesantren', 'text')).toEqual(words('Pontren', 'text'));
    expect(words('Pencatatan perkawinan', 'text')).toEqual(words('Pencatatan nikah', 'text'));
    expect(words('Inventarisasi objek diduga cagar budaya', 'text')).toContain(words('ODCB', 'text')[0]);
    // early childhood development apart from nutrition (tumbuh kembang balita stays nutrition)
    expect(words('Deteksi dini tumbuh kembang anak', 'text')).not.toContain(words('gizi', 'text')[0]);
    expect(words('Pemantauan tumbuh kembang balita', 'text')).toContain(words('gizi', 'text')[0]);
    expect(words('ANBK', 'name')).toEqual(words('Ujian Online', 'name'));
    expect(words('Izin travel umroh', 'text')).toEqual(words('PPIU', 'text'));
    // a school's facilities register; "sarana prasarana sekolah" in a school profile stays the school data
    expect(words('Inventaris sekolah', 'text')).toEqual(words('Sarpras', 'text'));
    expect(words('Profil sekolah dan sarana prasarana sekolah', 'text')).not.toContain(words('Sarpras', 'text')[0]);
    // SAPA's "sarana" (a channel) says no more than its complaints
    expect(words('Sarana Pengaduan dan Aspirasi', 'name')).toEqual(words('Pengaduan dan Aspirasi', 'name'));
    expect(words('Athlete database', 'text')).toContain(words('atlet', 'text')[0]);
    // university admission (its entrance exams too) apart from school admission and from school exams
    expect(words('Seleksi masuk perguruan tinggi', 'text')).toEqual(words('Ujian masuk perguruan tinggi', 'text'));
    expect(words('UM-PTKIN', 'name')).toEqual(words('Penerimaan Mahasiswa Baru', 'name'));
    expect(words('Penerimaan Mahasiswa Baru', 'name')).not.toEqual(words('Penerimaan Siswa Baru', 'name'));
    expect(words('Ujian masuk perguruan tinggi', 'text')).not.toContain(words('ujian sekolah', 'text')[0]);
    expect(words('Agenda Kesenian', 'name')).toEqual(words('Kalender Event', 'name'));
    // the basic education data (Dapodik, student and teacher records, NISN) as one function, apart from
    // the school sector and from the higher-education database (PDDikti)
    expect(words('Dapodik', 'name')).toEqual(words('Basis Data Siswa', 'name'));
    expect(words('NISN', 'name')).toEqual(words('Verval PD', 'name'));
    expect(words('Student Information System', 'name')).toEqual(words('Data Peserta Didik', 'name'));
    expect(words('Dapodik', 'name')).not.toEqual(words('Sekolah', 'name'));
    expect(words('PDDikti (Pangkalan Data Pendidikan Tinggi)', 'name')).not.toContain(words('Dapodik', 'name')[0]);
    expect(words('School Infrastructure Mapping', 'name')).toContain(words('Sarpras', 'name')[0]);
    // receiving (menerima) is no university admission
    expect(words('Menerima pertanyaan dan pengaduan', 'text')).not.toContain(words('Penerimaan Mahasiswa Baru', 'text')[0]);
    expect(words('SIHALAL', 'name')).toContain(words('Sertifikasi Halal', 'name')[0]);
    expect(words('SIPBJ', 'name')).toContain(words('Pengadaan Barang Jasa', 'name')[0]);
    expect(words('SAPA DIKBUD', 'name')).toEqual(words('SAPA', 'name'));
    expect(words('Track status', 'text')).toEqual(words('Tracking status', 'text'));
    // programmes with names of their own: safe schools (SPAB), the pilgrims' health check (istitaah), halal slaughterers
    expect(words('Satuan Pendidikan Aman Bencana', 'name')).toEqual(words('SPAB', 'name'));
    expect(words('Pemeriksaan Kesehatan Jemaah Haji', 'name')).toEqual(words('Istitaah Kesehatan', 'name'));
    expect(words('Sertifikasi Juru Sembelih Halal', 'name')).not.toContain(words('Sertifikasi Halal', 'name')[1]);
    // the education quality report (Rapor Pendidikan) apart from the pupils' report cards
    expect(words('Rapor Pendidikan', 'name')).not.toEqual(words('e-Rapor', 'name'));
    expect(words('Calendar of cultural events', 'text')).toContain(words('kalender event', 'text')[0]);
    expect(words('Registry of mosques and churches', 'text')).toContain(words('rumah ibadah', 'text')[0]);
    expect(words('Tunjangan Profesi Guru', 'name')).toEqual(words('Sertifikasi Guru', 'name'));
    expect(words('Registrasi OKP', 'name')).toEqual(words('Registrasi Organisasi Kepemudaan', 'name'));
    expect(words('Bantuan pendidikan mahasiswa', 'text')).toEqual(words('Beasiswa', 'text'));
    expect(words('Pendaftran siswa baru', 'text')).toEqual(words('Pendaftaran siswa baru', 'text'));
    // a pilgrim candidate (calon jemaah) is no election nomination
    expect(words('calon jemaah haji', 'text')).not.toContain(words('pencalonan', 'text')[0]);
    expect(words('SIAKAD UIN', 'name')).toEqual(words('SIAKAD', 'name'));
    expect(words('selaras dengan aturan yang lebih tinggi', 'text')).toEqual(words('selaras dengan aturan', 'text'));
  });

  it('reads the functions of health, social protection and disaster inventories as their concepts', () => {
    // KIA is both the child identity card (Dukcapil) and maternal and child health: bare, a code name only
    expect(words('e-KIA', 'name')).toEqual([]);
    expect(words('SI-KIA (Kartu Identitas Anak)', 'name')).toEqual(words('Kartu Identitas Anak', 'name'));
    expect(words('Buku KIA Digital', 'name')).toEqual(words('Buku Kesehatan Ibu dan Anak', 'name'));
    expect(words('SIPENGUNGSI', 'name')).toEqual(words('Data Pengungsi', 'name'));
    expect(words('Lapor Kekerasan', 'name')).toEqual(words('Kekerasan terhadap Anak', 'name'));
    expect(words('Jaga Anak DP3AP2KB', 'name')).toEqual(words('Jaga Anak', 'name'));
    expect(words('Immunization register for children', 'text')).toContain(words('anak', 'text')[0]);
    // refugees from abroad (immigration detention) apart from disaster evacuees
    expect(words('Refugee Management', 'name')).not.toEqual(words('Data Pengungsi', 'name'));
    expect(words('Rumah tdk layak huni', 'text')).toEqual(words('RTLH', 'text'));
    expect(words('Penyuluh Keluarga Berencana', 'name')).toEqual(words('PLKB', 'name'));
    expect(words('Penyuluh KB', 'name')).not.toEqual(words('Penyuluh Pertanian', 'name'));
    expect(words('e-Logbook Penangkapan Ikan', 'name')).toEqual(words('Logbook', 'name'));
    expect(words('Health Workforce Registry', 'name')).toEqual(words('Registrasi Nakes', 'name'));
    // a practice licence for health workers stays a permit of health workers
    expect(words('Surat Izin Praktik Tenaga Kesehatan', 'name')).toContain(words('kesehatan', 'name')[0]);
    expect(words('SKDR (Sistem Kewaspadaan Dini dan Respon)', 'name')).toContain(words('Kejadian Luar Biasa', 'name')[0]);
    expect(words('Surveilans Malaria', 'name')).not.toContain(words('SKDR', 'name')[0]);
    expect(words('Social Rehabilitation', 'name')).toEqual(words('Rehabilitasi Sosial', 'name'));
    expect(words('Disbaility Services', 'name')).toEqual(words('Layanan Penyandang Disabilitas', 'name'));
    expect(words('Pangan Segar Asal Tumbuhan', 'name')).toEqual(words('Food Safety', 'name'));
    expect(words('Evaluasi KLA', 'name')).toEqual(words('Evaluasi Kota Layak Anak', 'name'));
    expect(words('Evacuation Center Management', 'name')).toContain(words('Pengungsi', 'name')[0]);
    expect(words('Cash Transfer Disbursement', 'name')).toContain(words('Bansos', 'name')[0]);
    expect(words('e-Klaim INA-CBG', 'name')).toContain(words('Health Insurance Claims', 'name')[0]);
    expect(words('Livestock Health Reporting', 'name')).toContain(words('Kesehatan Hewan', 'name')[0]);
    expect(words('Klaim Jampersal', 'name')).toEqual(words('e-Klaim', 'name'));
    // pigs dying suddenly (African swine fever) are reported to the animal health surveillance
    expect(words('Laporan babi mati mendadak', 'text')).toContain(words('Kesehatan Hewan', 'text')[0]);
    // sending medical records to the national health platform (SATUSEHAT) is health data exchange
    expect(words('Integrasi Rekam Medis Elektronik', 'name')).toEqual(words('SATUSEHAT', 'name'));
    expect(words('Pertukaran Rekam Kesehatan', 'name')).toEqual(words('SATUSEHAT', 'name'));
    // a blood donor unit is no breast-milk bank
    expect(words('SIMDONDAR (Sistem Informasi Donor Darah)', 'name')).toContain(words('Unit Donor Darah', 'name')[0]);
    expect(words('Bank ASI donor', 'name')).not.toContain(words('Donor Darah', 'name')[0]);
  });

  it('reads an office (kantor) as a place, not as office administration', () => {
    expect(words('Tanpa datang ke kantor', 'text')).not.toContain(words('Administrasi Perkantoran', 'text')[0]);
    expect(words('Laporan ke kantor polisi', 'text')).toEqual(words('Laporan polisi', 'text'));
  });

  it('reads stock (persediaan) apart from providing something (menyediakan, disediakan, tersedia)', () => {
    const stock = words('Persediaan Barang', 'name')[0];
    expect(words('Stok gudang', 'name')).toContain(stock);
    expect(words('Aplikasi yang disediakan Kominfo', 'text')).not.toContain(stock);
    expect(words('Menyediakan data terbuka', 'text')).not.toContain(stock);
    expect(words('Layanan tersedia daring', 'text')).not.toContain(stock);
  });

  it('reads business licensing (OSS, NIB) apart from non-business licences', () => {
    const business = words('Izin Usaha', 'name');
    // SiCantik's "perizinan non-berusaha" is no business licence
    expect(words('Perizinan non-berusaha', 'text')).not.toContain(business[1]);
    expect(words('Izin nonberusaha', 'name')).toEqual(words('Perizinan non usaha', 'name'));
    // the business identity number is the OSS's own product, not any permit
    expect(words('NIB', 'name')).toEqual(words('Nomor Induk Berusaha', 'name'));
    expect(words('NIB', 'name')).not.toContain(business[0]);
    // "risk-based" qualifies the licensing regime; it is no risk management
    expect(words('Perizinan berusaha berbasis risiko', 'text')).toEqual(words('Perizinan berusaha', 'text'));
    expect(words('Online Single Submission Risk Based Approach', 'name')).toEqual(words('Online Single Submission', 'name'));
    expect(words('Manajemen Risiko', 'name')).not.toEqual([]);
    // the platform's spelled-out name is a licensing system
    expect(words('Online Single Submission', 'name')).toEqual([business[0]]);
  });

  it('does not read what a description says an application is not', () => {
    const personnel = words('Kepegawaian', 'text')[0];
    expect(words('Pendataan anak tidak sekolah. Bukan aplikasi kepegawaian.', 'text')).not.toContain(personnel);
    expect(words('Pendataan anak tidak sekolah. Bukan aplikasi kepegawaian.', 'text')).toEqual(words('Pendataan anak tidak sekolah', 'text'));
    expect(words('Penerimaan Negara Bukan Pajak', 'text')).toEqual(words('PNBP', 'text'));
  });

  it('reads drafting regulations as one function, however it is written', () => {
    const drafting = words('Raperda', 'name');
    for (const name of ['Penyusunan Perda', 'e-Harmonisasi', 'Prolegda', 'Legal Drafting', 'Pembentukan Produk Hukum']) {
      expect(words(name, 'name')).toEqual(drafting);
    }
  });

  it('reads the general functions as regional offices write them', () => {
    expect(words('Pelyanan Kecamatan Online', 'name')).toEqual(words('PATEN Kecamatan', 'name'));
    expect(words('Kotak Saran Online', 'name')).toEqual(words('Pengaduan Online', 'name'));
    expect(words('Katalog Lokal', 'name')).toEqual(words('e-Katalog', 'name'));
    // a video-conference server apart from booking meeting rooms and taking minutes
    expect(words('Vicon Server', 'name')).toEqual(words('Video Conference', 'name'));
    expect(words('Vicon Server', 'name')).not.toContain(words('Peminjaman Ruang Rapat', 'name')[2]);
    expect(words('Pagawe Online', 'name')).toEqual(words('Pegawai', 'name'));
    expect(words('e-Perform', 'name')).toEqual(words('e-Kinerja', 'name'));
    expect(words('Rating kepuasan layanan', 'text')).toContain(words('Survei Kepuasan Masyarakat', 'text')[0]);
    expect(words('Bank Data Pembangunan', 'name')).toContain(words('Satu Data', 'name')[0]);
    expect(words('e-Pusdalops', 'name')).toEqual(words('Bencana', 'name'));
  });

  it("reads the general functions of a province's merged OPD survey as their concepts", () => {
    // a GIS, spelled out or as SIG, is the geospatial portal function
    expect(words('SIG Kab. Badung', 'name')).toEqual(words('Geoportal', 'name'));
    expect(words('Sistem Informasi Geografis', 'name')).toEqual(words('WebGIS', 'name'));
    expect(words('Dkcapil Mobile', 'name')).toEqual(words('Dukcapil Mobile', 'name'));
    // a server room is a data centre, not a meeting room
    expect(words('Server Room Kominfo', 'name')).toEqual(words('Pusat Data', 'name'));
    expect(words('Server Room Kominfo', 'name')).not.toContain(words('Peminjaman Ruang Rapat', 'name')[1]);
    expect(words('SIMKEUDA', 'name')).toEqual(expect.arrayContaining(words('Keuangan Daerah', 'name')));
    expect(words('e-Ofis', 'name')).toEqual(words('E-Office', 'name'));
    expect(words('Wesbite Resmi', 'name')).toEqual(words('Website Resmi', 'name'));
    // the integrated social welfare data (DTKS) as the regions name it
    expect(words('Saiyo Sakato Data Sosial', 'name')).toContain(words('DTKS', 'name')[0]);
    expect(words('Verivali data warga miskin', 'text')).toEqual(words('Kemiskinan', 'text').concat(words('Kemiskinan', 'text')));
    expect(words('Sistem Informasi Data Pembangunan', 'name')).toEqual(words('Satu Data', 'name'));
    // a city's command centre is the leaders' dashboard; its 112 line the emergency call service
    expect(words('Command Center Kab. Banyumas', 'name')).toEqual(words('War Room', 'name'));
    expect(words('Pusat Kendali Kota', 'name')).toContain(words('War Room', 'name')[0]);
    expect(words('Command Center 112', 'name')).toEqual(words('Layanan Darurat', 'name'));
    // a tour guide (the person) apart from a tourism guide (the app)
    expect(words('Registrasi Pemandu Wisata', 'name')).not.toContain(words('Tourism Guide', 'name')[1]);
    expect(words('Tour Guide', 'name')).toEqual(words('Pramuwisata', 'name'));
    // BKD in a regional name is the personnel agency (Badan Kepegawaian Daerah), not lecturers' workload
    expect(words('SIMPEG v5 BKD', 'name')).not.toContain(words('Beban Kerja Dosen', 'name')[0]);
    expect(words('SIMPEG v5 BKD', 'name')).toEqual(words('SIMPEG', 'name'));
    // the cooperatives and SMEs ministry's name is an agency, not the SME function
    expect(words('Satu Data Kemenkop UKM', 'name')).toEqual(words('Satu Data', 'name'));
  });

  it('drops kabupaten and kota names without a marker, but not those that are ordinary words', () => {
    expect(words('Dinas Peternakan Belu melaporkan babi mati', 'text')).toEqual(words('Dinas Peternakan melaporkan babi mati', 'text'));
    expect(words('BPBD Mamasa mencatat kejadian', 'text')).toEqual(words('BPBD mencatat kejadian', 'text'));
    expect(words('Tambang batu bara', 'text')).toContain(words('batu', 'text')[0]);
    expect(words('Beban puncak harian', 'text')).toContain(words('puncak', 'text')[0]);
  });

  it('drops the place words of the own agency', () => {
    const drop = normalizer.agencyWords('Dinas Kesehatan Kabupaten Tanah Laut');
    expect([...drop]).toEqual(['tanah', 'laut']);
    expect(
      normalizer.normalize('Sistem Antrean Tanah Laut', { field: 'name', dropWords: drop }).map(t => t.term),
    ).toEqual(['antrean']);
  });

  it('stems inflected words', () => {
    expect(words('pembayaran retribusi', 'text')).toEqual(['pembayaran', 'retribusi']);
    expect(words('perencanaan pembangunan', 'text')).toEqual(['perencanaan', 'bangun']);
  });

  it('accepts extra dictionaries', () => {
    const custom = Normalizer.create({
      dictionaries: [{ synonyms: { pegawai: ['abdi negara'] }, ambiguousAcronyms: ['SIMPEG'] }],
    });
    expect(
      custom.normalize('abdi negara', { field: 'text' }).map(t => t.term),
    ).toEqual(['pegawai']);
    expect(custom.normalize('SIMPEG', { field: 'name' }).map(t => t.term)).toEqual(['simpeg']);
  });
});
