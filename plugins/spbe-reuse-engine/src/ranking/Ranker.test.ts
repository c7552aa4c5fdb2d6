import { ReuseIndex } from '../ReuseIndex';
import type { ReuseApplication } from '../types';
import { FIXTURE_APPS } from '../testing/fixtures';

const platform: ReuseApplication = {
  id: 'lapor',
  name: 'SP4N-LAPOR!',
  description:
    'Pengaduan masyarakat dan aspirasi warga nasional, disposisi aduan antar instansi, survei kepuasan layanan, ' +
    'statistik laporan, integrasi kanal media sosial dan pusat panggilan',
  nationalPlatform: true,
  agency: 'kemenpan-rb',
};

const locals: ReuseApplication[] = [
  { id: 'kab-a', name: 'Aplikasi Pengaduan Masyarakat', description: 'Aduan warga tentang jalan rusak, lampu jalan mati dan sampah, tindak lanjut pengaduan oleh petugas', agency: 'pemkab-a' },
  { id: 'kota-b', name: 'Sistem Pengaduan Warga', description: 'Pengaduan jalan rusak, lampu jalan dan sampah oleh warga, tindak lanjut petugas', agency: 'pemkot-b' },
  { id: 'kab-c', name: 'E-Aduan', description: 'Aduan masyarakat: jalan rusak, lampu mati, sampah; tindak lanjut petugas', agency: 'pemkab-c' },
];

const unrelated: ReuseApplication[] = [
  { id: 'kab-d', name: 'Sistem Informasi Perpustakaan Daerah', description: 'Katalog buku dan peminjaman', agency: 'pemkab-d' },
  { id: 'kab-e', name: 'Aplikasi Presensi Pegawai', description: 'Absensi harian pegawai berbasis lokasi', agency: 'pemkab-e' },
  { id: 'kab-f', name: 'Sistem Informasi Kepegawaian', description: 'Data pegawai, mutasi dan pensiun', agency: 'pemkab-f' },
  { id: 'kab-g', name: 'Aplikasi Perizinan Online', description: 'Permohonan izin usaha dan izin bangunan', agency: 'pemkab-g' },
  { id: 'kab-h', name: 'Sistem Informasi Pajak Daerah', description: 'Pendataan dan pembayaran pajak daerah', agency: 'pemkab-h' },
  { id: 'kab-i', name: 'Aplikasi Bank Sampah', description: 'Setoran sampah warga dan tabungan', agency: 'pemkab-i' },
];

// Mostly words the local applications write and the platform does not.
const proposal = {
  name: 'Aduan Jalan Rusak dan Sampah',
  description: 'Warga melaporkan jalan rusak, lampu jalan mati dan sampah menumpuk; petugas kecamatan menindaklanjuti',
};

describe('Ranker: national platforms through their local counterparts', () => {
  it('lists first a national platform linked to the best local match, though it covers little of the proposal', () => {
    const index = ReuseIndex.create();
    index.upsertMany([platform, ...locals, ...unrelated]);
    const { matches, verdict } = index.rankReuse(proposal);
    expect(matches[0]).toMatchObject({ id: 'lapor', nationalPlatform: true });
    expect(matches[0].coverage).toBeLessThan(0.5);
    // on its own it would not be listed: it explains too little of the proposal
    expect(index.explainMatch(proposal, 'lapor').failed).toEqual(['evidence']);
    expect(matches.slice(1).map(m => m.id).sort()).toEqual(['kab-a', 'kab-c', 'kota-b']);
    expect(verdict).toBe('reuse-national-platform');
  });

  it('does not list the same platform on its own similarity without such a local match', () => {
    const index = ReuseIndex.create();
    index.upsertMany([platform, ...unrelated]);
    expect(index.rankReuse(proposal).matches.map(m => m.id)).not.toContain('lapor');
  });
});

describe('Ranker: national platforms through the duplicate cluster of the best local match', () => {
  it('lists a platform that is not linked to the best local match but is in its duplicate cluster', () => {
    // One link per application: the platform keeps only its strongest, to a
    // local channel written like it, not to the proposal's best match; both
    // locals are one function, and average linkage puts the three together.
    const index = ReuseIndex.create({ neighbours: 1 });
    const likePlatform: ReuseApplication = {
      id: 'kota-j',
      name: 'Kanal Aspirasi dan Pengaduan Warga',
      description: 'Pengaduan masyarakat dan aspirasi warga, disposisi aduan ke perangkat daerah, survei kepuasan layanan, tindak lanjut pengaduan jalan rusak dan sampah',
      agency: 'pemkot-j',
    };
    index.upsertMany([platform, locals[0], likePlatform, ...unrelated]);
    const ranking = index.rankReuse(proposal);
    const best = ranking.matches.find(m => !m.nationalPlatform)!;
    const links = new Map(index.neighbourLinks().map(l => [l.id, l.links.map(x => x.id)]));
    expect(links.get('lapor')).not.toContain(best.id);
    expect(links.get(best.id)).not.toContain('lapor');
    expect(index.clusterOfApplication('lapor')?.members).toContain(best.id);
    expect(ranking.matches[0]).toMatchObject({ id: 'lapor', nationalPlatform: true });
    expect(ranking.matches[0].coverage).toBeLessThan(0.5);
  });
});

describe('Ranker: national platforms of the best local match\'s cluster, however far their own text', () => {
  const generic: ReuseApplication = {
    id: 'simrs-generik',
    name: 'SIMRS Generik',
    description: 'Paket open source dari Kemenkes untuk rumah sakit pemerintah, dipasang di server daerah',
    nationalPlatform: true,
    agency: 'kemenkes',
  };
  const hospitals: ReuseApplication[] = ['a', 'b', 'c'].map(k => ({
    id: `rsud-${k}`,
    name: `SIMRS RSUD ${k.toUpperCase()}`,
    description: 'Sistem informasi manajemen rumah sakit: pendaftaran pasien, rekam medis elektronik, farmasi, kasir dan klaim BPJS',
    agency: `pemkab-${k}`,
  }));
  const newHospital = {
    name: 'Pendaftaran dan Kasir Tipe C',
    description: 'Kami perlu pendaftaran pasien, rekam medis elektronik, farmasi, kasir dan klaim BPJS untuk rumah sakit baru',
  };

  it('lists first the national platform that deduplication put with the best local match, with that reason', () => {
    const index = ReuseIndex.create();
    index.upsertMany([generic, ...hospitals, ...unrelated]);
    expect(index.clusterOfApplication('simrs-generik')?.members).toEqual(expect.arrayContaining(['rsud-a', 'rsud-b', 'rsud-c']));
    // on its own it is too far from the proposal's words
    expect(index.explainMatch(newHospital, 'simrs-generik').failed).toContain('similarity');
    const { matches, verdict } = index.rankReuse(newHospital);
    expect(matches[0]).toMatchObject({ id: 'simrs-generik', nationalPlatform: true });
    expect(matches[0].details).toContainEqual({ kind: 'same-cluster', values: ['SIMRS RSUD A'] });
    expect(matches[0].reasons).toContain('Satu klaster duplikasi dengan SIMRS RSUD A: salinan lokal dikonsolidasikan ke platform ini');
    expect(matches.slice(1).map(m => m.id)).toEqual(['rsud-a', 'rsud-b', 'rsud-c']);
    expect(verdict).toBe('reuse-national-platform');
  });

  it('does not list it without that local match', () => {
    const index = ReuseIndex.create();
    index.upsertMany([generic, ...unrelated]);
    expect(index.rankReuse(newHospital).matches).toEqual([]);
  });

  it('follows edits: a member that becomes or stops being a national platform, a platform removed', () => {
    const index = ReuseIndex.create();
    index.upsertMany([{ ...generic, nationalPlatform: false }, ...hospitals, ...unrelated]);
    expect(index.rankReuse(newHospital).matches.map(m => m.id)).not.toContain('simrs-generik');
    index.upsert(generic);
    expect(index.rankReuse(newHospital).matches[0].id).toBe('simrs-generik');
    index.upsert({ ...generic, nationalPlatform: false });
    expect(index.rankReuse(newHospital).matches.map(m => m.id)).not.toContain('simrs-generik');
    index.upsert(generic);
    index.remove('simrs-generik');
    expect(index.rankReuse(newHospital).matches.map(m => m.id)).toEqual(['rsud-a', 'rsud-b', 'rsud-c']);
  });
});

describe('Ranker: national platforms implementing a DPI block the proposal needs', () => {
  const splp: ReuseApplication = {
    id: 'splp',
    name: 'SPLP',
    description:
      'Sistem Penghubung Layanan Pemerintah: interoperabilitas nasional, gerbang layanan API, registrasi layanan, ' +
      'katalog layanan, pemantauan transaksi dan keamanan pertukaran antar instansi pusat dan daerah',
    nationalPlatform: true,
    agency: 'kemenpan-rb',
  };
  // one shared concept (interoperabilitas): too little of the proposal for the evidence rule
  const proposal2 = {
    name: 'Jembatan Integrasi Data Dinas',
    description: 'Pertukaran data antar sistem dinas kependudukan, kesehatan dan bansos agar warga tidak mengisi formulir berulang',
  };

  it('lists the platform when it implements the block, with the rules it then passes', () => {
    const index = ReuseIndex.create();
    index.upsertMany([{ ...splp, dpi: ['dpi-pertukaran-data'] }, ...unrelated]);
    const ranking = index.rankReuse(proposal2);
    expect(ranking.dpi.map(b => b.block)).toContain('pertukaran-data');
    expect(ranking.matches.map(m => m.id)).toEqual(['splp']);
    expect(ranking.matches[0].coverage).toBeLessThan(0.5);
    expect(index.explainMatch(proposal2, 'splp').failed).toEqual([]);
  });

  it("reads the block from the platform's own text when it has no list", () => {
    const index = ReuseIndex.create();
    index.upsertMany([{ ...splp, dpi: undefined }, ...unrelated]);
    const ranking = index.rankReuse(proposal2);
    expect(ranking.matches.map(m => m.id)).toEqual(['splp']);
    expect(ranking.matches[0].details).toContainEqual({ kind: 'dpi', values: ['pertukaran-data'] });
    // and forgets it when the platform goes
    index.remove('splp');
    expect(index.rankReuse(proposal2).matches).toEqual([]);
  });

  it('holds a platform the need names to the platform threshold also when it shares several words', () => {
    const satusehat: ReuseApplication = {
      id: 'satusehat',
      name: 'SATUSEHAT',
      description:
        'Platform interoperabilitas data kesehatan nasional: rekam medis elektronik, resume medis, rujukan, ' +
        'data vaksinasi dan farmasi, pertukaran data antar fasyankes, dasbor kebijakan dan kamus data kesehatan',
      nationalPlatform: true,
      agency: 'kemenkes',
    };
    const need = {
      name: 'Integrasi Data Kunjungan Pasien Fasyankes',
      description: 'Mengirim data kunjungan dan rekam medis pasien dari klinik dan rumah sakit ke pusat data provinsi',
    };
    const index = ReuseIndex.create();
    index.upsertMany([satusehat, ...unrelated]);
    const explained = index.explainMatch(need, 'satusehat');
    // several shared words (evidence of their own), but a similarity below the general threshold
    expect(explained.sharedTerms.length).toBeGreaterThanOrEqual(3);
    expect(explained.similarity).toBeLessThan(0.27);
    expect(explained.failed).toEqual([]);
    expect(index.rankReuse(need).matches.map(m => m.id)).toEqual(['satusehat']);
  });

  it('does not list it on the same words when it implements no block the proposal needs', () => {
    const index = ReuseIndex.create();
    index.upsertMany([{ ...splp, dpi: ['dpi-pembayaran'] }, ...unrelated]);
    expect(index.rankReuse(proposal2).matches).toEqual([]);
    expect(index.explainMatch(proposal2, 'splp').failed).toContain('evidence');
  });
});

describe('Ranker: a dictionary acronym in a proposal name counts when its text agrees', () => {
  const index = ReuseIndex.create();
  index.upsertMany(FIXTURE_APPS);

  it('does not send a proposal that only borrows a platform name as a brand to that platform', () => {
    const { matches } = index.rankReuse({
      name: 'SRIKANDI Tani',
      description: 'Kelompok wanita tani: jadwal pelatihan olahan pangan dan pemasaran produk',
    });
    expect(matches.map(m => m.id)).not.toContain('srikandi');
  });

  it('reads the acronym when the text speaks of what the platform does', () => {
    const { matches } = index.rankReuse({
      name: 'SRIKANDI Kabupaten Sleman',
      description: 'Penerapan persuratan dan tata naskah dinas elektronik di seluruh perangkat daerah',
    });
    expect(matches[0]?.id).toBe('srikandi');
  });

  it('takes the acronym written as a word in the text as confirmation (warga melaporkan, LAPOR)', () => {
    const withLapor = ReuseIndex.create();
    withLapor.upsertMany([...FIXTURE_APPS, platform]);
    const { matches } = withLapor.rankReuse({
      name: 'LAPOR Bupati',
      description: 'Warga melaporkan jalan rusak, pelayanan lambat dan pungli langsung ke bupati untuk ditindaklanjuti',
    });
    expect(matches[0]?.id).toBe('lapor');
  });

  it('keeps the expansion of a bare acronym name described by its modules', () => {
    const { matches } = index.rankReuse({ name: 'SIMPEG', description: 'Cuti daring, kenaikan pangkat berkala dan mutasi jabatan' });
    expect(matches.map(m => m.id)).toContain('siasn');
  });

  it('reads the acronym when the text says too little to contradict it', () => {
    const { matches } = index.rankReuse({ name: 'SRIKANDI', description: 'Versi kabupaten' });
    expect(matches[0]?.id).toBe('srikandi');
  });
});

describe('Ranker: a national platform named for the function a proposal is named for', () => {
  const spse: ReuseApplication = {
    id: 'spse',
    name: 'SPSE',
    description: 'Sistem Pengadaan Secara Elektronik: e-tendering dan e-seleksi yang dipakai LPSE seluruh instansi',
    nationalPlatform: true,
    agency: 'lkpp',
  };
  const dapodik: ReuseApplication = {
    id: 'dapodik',
    name: 'Dapodik',
    description: 'Data pokok pendidikan: satuan pendidikan, peserta didik, guru dan rombongan belajar',
    nationalPlatform: true,
    agency: 'kemendikbudristek',
  };
  // named for procurement (lelang) and saying so (tender), in words the platform does not write
  const tender = {
    name: 'Sistem Lelang Paket Konstruksi Dinas PUPR',
    description: 'Pengumuman tender, unggah dokumen penawaran penyedia dan evaluasi oleh pokja pemilihan',
  };

  it('lists it though it covers little of the proposal, with the function as its reason', () => {
    const index = ReuseIndex.create();
    index.upsertMany([spse, dapodik, ...unrelated]);
    const { matches, verdict } = index.rankReuse(tender);
    expect(matches.map(m => m.id)).toEqual(['spse']);
    expect(matches[0].coverage).toBeLessThan(0.5);
    expect(matches[0].details).toContainEqual({ kind: 'same-function', values: ['pengadaan'] });
    expect(matches[0].reasons).toContain('Dinamai untuk fungsi yang sama dengan usulan: pengadaan');
    expect(verdict).toBe('reuse-national-platform');
    expect(index.explainMatch(tender, 'spse').failed).toEqual([]);
  });

  it('does not when the name alone says it, or when the shared word is not the head of the name', () => {
    const index = ReuseIndex.create();
    index.upsertMany([spse, dapodik, ...unrelated]);
    // the head in the name only: a craft shop's "lelang" is not what its text describes
    const nameOnly = { name: 'Lelang Kerajinan Tenun', description: 'Etalase penjualan kain tenun pengrajin kepada wisatawan' };
    expect(index.rankReuse(nameOnly).matches).toEqual([]);
    expect(index.explainMatch(nameOnly, 'spse').failed).toContain('evidence');
    // "sekolah" is where the exam happens, not what the application does
    const exam = { name: 'Sistem Ujian Sekolah', description: 'Bank naskah soal, pelaksanaan ujian daring dan koreksi otomatis' };
    expect(index.rankReuse(exam).matches).toEqual([]);
    expect(index.explainMatch(exam, 'dapodik').failed).toContain('evidence');
  });

  it('does not on a head that only the proposal acronym expansion brings', () => {
    const index = ReuseIndex.create();
    index.upsertMany([spse, ...unrelated]);
    const acronymOnly = { name: 'SPSE Panen Kopi', description: 'Pencatatan panen kopi rakyat; lelang hasil panen oleh koperasi' };
    expect(index.explainMatch(acronymOnly, 'spse').failed).toContain('evidence');
  });

  it('forgets a platform that is removed or no longer national', () => {
    const index = ReuseIndex.create();
    index.upsertMany([spse, ...unrelated]);
    index.upsert({ ...spse, nationalPlatform: false });
    // a local copy named for the same function is listed as one, not as the platform
    const local = index.rankReuse(tender);
    expect(local.matches.map(m => [m.id, m.nationalPlatform])).toEqual([['spse', false]]);
    expect(local.verdict).toBe('reuse-existing');
    index.upsert(spse);
    expect(index.rankReuse(tender).matches.map(m => m.id)).toEqual(['spse']);
    index.remove('spse');
    expect(index.rankReuse(tender).matches).toEqual([]);
  });
});

describe('Ranker: a local application named for the narrow function a proposal is named for', () => {
  const absensi: ReuseApplication = { id: 'kab-absen', name: 'e-Absensi Pegawai Kab. Contoh', agency: 'pemkab-contoh' };
  const hospitalQueue: ReuseApplication = {
    id: 'rs-antre',
    name: 'Antrean Online RSUD',
    description: 'Ambil nomor antrean poliklinik dari rumah',
    agency: 'pemkab-contoh',
  };
  const selfie = {
    name: 'Absen Pegawai dengan Swafoto',
    description: 'Jam datang dan pulang pegawai direkam lewat ponsel dengan foto wajah dan titik koordinat kantor',
  };

  it('lists it on that one shared concept, with the function as its reason', () => {
    const index = ReuseIndex.create();
    index.upsertMany([absensi, ...unrelated.filter(a => a.id !== 'kab-e')]);
    const { matches, verdict } = index.rankReuse(selfie);
    expect(matches.map(m => m.id)).toEqual(['kab-absen']);
    expect(matches[0].details).toContainEqual({ kind: 'same-function', values: ['presensi'] });
    expect(verdict).toBe('reuse-existing');
    expect(index.explainMatch(selfie, 'kab-absen').failed).toEqual([]);
  });

  it('takes legal documentation (hukum: JDIH, produk hukum) as a narrow function', () => {
    const index = ReuseIndex.create();
    const jdih: ReuseApplication = { id: 'jdih', name: 'JDIH Kemenkes', agency: 'kemenkes' };
    index.upsertMany([jdih, ...unrelated]);
    const laws = {
      name: 'Basis Data Produk Hukum',
      description: 'Pencarian peraturan menteri, keputusan menteri dan surat edaran kementerian, dengan riwayat perubahan dan status berlakunya.',
    };
    expect(index.rankReuse(laws).matches.map(m => m.id)).toEqual(['jdih']);
    expect(index.explainMatch(laws, 'jdih').coverage).toBeLessThan(0.5);
  });

  it('does not when a deployment lists the function as broad', () => {
    const index = ReuseIndex.create({ dictionaries: [{ broadFunctions: ['presensi'] }] });
    index.upsertMany([absensi, ...unrelated.filter(a => a.id !== 'kab-e')]);
    expect(index.rankReuse(selfie).matches).toEqual([]);
    expect(index.explainMatch(selfie, 'kab-absen').failed).toContain('evidence');
  });

  it('does not when another known word of its name is missing from the proposal', () => {
    const index = ReuseIndex.create();
    // the hospital's staff attendance: "rumah sakit" narrows the function
    const hospital: ReuseApplication = { id: 'rs-absen', name: 'Absensi Pegawai RSUD', agency: 'pemkab-contoh' };
    index.upsertMany([hospital, ...unrelated.filter(a => a.id !== 'kab-e')]);
    expect(index.rankReuse(selfie).matches).toEqual([]);
    expect(index.explainMatch(selfie, 'rs-absen').failed).toContain('evidence');
  });

  it('does not on a broad function (broadFunctions)', () => {
    const index = ReuseIndex.create();
    index.upsertMany([hospitalQueue, ...unrelated]);
    const licence = { name: 'Aplikasi Antrean Uji SIM', description: 'Pendaftaran antrean ujian surat izin mengemudi' };
    expect(index.rankReuse(licence).matches).toEqual([]);
    const fertiliser: ReuseApplication = { id: 'tani', name: 'Sistem Informasi Pertanian', agency: 'pemkab-contoh' };
    index.upsert(fertiliser);
    const women = { name: 'Tani Perempuan', description: 'Kelas keterampilan dan pendampingan kelompok wanita tani' };
    expect(index.rankReuse(women).matches).toEqual([]);
  });
});

describe('Ranker: a local application without the narrow function a proposal is named for', () => {
  const cooperatives: ReuseApplication[] = [
    { id: 'kop-a', name: 'Data Koperasi Online', description: 'Pendataan koperasi: anggota, modal dan laporan rapat anggota tahunan (RAT).', agency: 'pemkab-a' },
    { id: 'kop-b', name: 'Sistem Informasi Koperasi', description: 'Monitoring koperasi aktif, anggota dan laporan RAT koperasi.', agency: 'pemkot-b' },
  ];
  const voting = {
    name: 'e-Voting RAT Koperasi',
    description: 'Pemungutan suara elektronik untuk rapat anggota tahunan koperasi.',
  };

  it('does not list it on the proposal\'s other words (its domain), and says why', () => {
    const index = ReuseIndex.create();
    index.upsertMany([...cooperatives, ...unrelated]);
    expect(index.rankReuse(voting).matches).toEqual([]);
    const why = index.explainMatch(voting, 'kop-a');
    expect(why.sharedTerms.length).toBeGreaterThan(0);
    expect(why.failed).toContain('named-function');
  });

  it('lists an application that has the function', () => {
    const index = ReuseIndex.create();
    const pilkades: ReuseApplication = {
      id: 'e-voting',
      name: 'e-Voting Koperasi',
      description: 'Pemungutan suara elektronik pemilihan pengurus dan rapat anggota koperasi.',
      agency: 'pemkab-c',
    };
    index.upsertMany([...cooperatives, pilkades, ...unrelated]);
    expect(index.rankReuse(voting).matches.map(m => m.id)).toEqual(['e-voting']);
    expect(index.explainMatch(voting, 'e-voting').failed).toEqual([]);
  });

  it('does not hold a proposal named for a broad function (broadFunctions) to it', () => {
    const index = ReuseIndex.create({ dictionaries: [{ broadFunctions: ['pemungutan suara'] }] });
    index.upsertMany([...cooperatives, ...unrelated]);
    expect(index.rankReuse(voting).matches.map(m => m.id)).toContain('kop-a');
  });
});
