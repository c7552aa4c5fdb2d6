import { ReuseIndex } from './ReuseIndex';
import { FIXTURE_APPS } from './testing/fixtures';

function build(): ReuseIndex {
  const index = ReuseIndex.create();
  index.upsertMany(FIXTURE_APPS);
  return index;
}

const clusterWith = (index: ReuseIndex, id: string) =>
  index.findDuplicates().find(c => c.members.includes(id))?.members ?? [id];

describe('ReuseIndex duplicates', () => {
  const index = build();

  it('clusters the same function under different names, synonyms and spellings', () => {
    expect(clusterWith(index, 'kab-a-simpeg')).toEqual(
      expect.arrayContaining(['kab-a-simpeg', 'kota-b-sdm', 'prov-c-epeg', 'siasn']),
    );
    expect(clusterWith(index, 'kab-a-surat')).toEqual(
      expect.arrayContaining(['kab-a-surat', 'kota-b-tnd']),
    );
    expect(clusterWith(index, 'kab-a-ijin')).toEqual(['kab-a-ijin', 'kota-b-izin']);
  });

  it.each([
    ['SIMADE', 'kab-d-simade', 'kemenag-simade'],
    ['SIMPONI', 'kemenkeu-simponi', 'kota-e-simponi'],
    ['SMS Gateway', 'kab-f-sms', 'rsud-g-sms'],
    ['SIMDA modules', 'kab-h-simda-keu', 'kab-h-simda-bmd'],
  ])('never merges on a shared acronym or generic words alone: %s', (_name, a, b) => {
    expect(clusterWith(index, a)).not.toContain(b);
  });

  it('does not merge two described applications that share only their name', () => {
    const sekolah = { id: 'sekolah', name: 'e-Lapor', description: 'Pelaporan SPJ dana BOS oleh sekolah', agency: 'kab-ngawi' };
    const aduan = { id: 'aduan', name: 'e-Lapor', description: 'Pengaduan masyarakat online', agency: 'kota-palu' };
    const lapor = ReuseIndex.create();
    lapor.upsertMany([
      sekolah,
      aduan,
      { id: 'aduan-2', name: 'Lapor Warga', description: 'Pengaduan dan aspirasi masyarakat', agency: 'kota-malang' },
    ]);
    expect(lapor.findDuplicates().map(c => c.members)).toEqual([['aduan', 'aduan-2']]);
    // a row with a name only says nothing against its name: it links by it
    const bare = ReuseIndex.create();
    bare.upsertMany([aduan, { id: 'bare', name: 'e-Lapor', agency: 'kab-sleman' }]);
    expect(bare.findDuplicates().map(c => c.members)).toEqual([['aduan', 'bare']]);
  });

  it("keeps a platform's modules apart when their names narrow its acronym (SIPD planning, SIPD finance)", () => {
    const sipd = ReuseIndex.create();
    sipd.upsertMany([
      { id: 'plan', name: 'SIPD RI - Perencanaan', description: 'Penyusunan RPJMD, RKPD dan Renja', agency: 'kemendagri' },
      { id: 'fin', name: 'SIPD Penatausahaan Keuangan Daerah', agency: 'kemendagri' },
      { id: 'plan-2', name: 'e-Planning Daerah', description: 'Penyusunan RKPD dan Renja perangkat daerah', agency: 'kota-tegal' },
      { id: 'fin-2', name: 'SIMDA Keuangan', description: 'Penatausahaan keuangan daerah dan akuntansi', agency: 'kab-brebes' },
    ]);
    expect(clusterWith(sipd, 'plan')).not.toContain('fin');
  });

  it('reads an acronym as its own text spells it out, not as the dictionary does', () => {
    // SIPP is the courts' case tracker in the dictionary; a province spells its SIPP out as public complaints
    const sipp = ReuseIndex.create();
    sipp.upsertMany([
      { id: 'pn-a', name: 'SIPP PN Surabaya', description: 'Jadwal sidang dan status perkara', agency: 'ma' },
      { id: 'pn-b', name: 'SIPP Pengadilan Negeri Medan', agency: 'ma' },
      { id: 'sulsel', name: 'SIPP Sulsel', description: 'Sistem Informasi Pengaduan Publik', agency: 'prov-sulawesi-selatan' },
      { id: 'aduan', name: 'Aduan Warga Online', description: 'Pengaduan masyarakat atas pelayanan publik', agency: 'kota-palu' },
    ]);
    expect(clusterWith(sipp, 'sulsel')).not.toContain('pn-a');
    expect(clusterWith(sipp, 'pn-a')).toContain('pn-b');
    expect(sipp.explainMatch({ name: 'Penelusuran Perkara' }, 'sulsel').sharedTerms).toEqual([]);
  });

  it('does not let a brand name hide the function its description names', () => {
    const branded = ReuseIndex.create();
    branded.upsertMany([
      ...FIXTURE_APPS,
      // "Wadul" and "Gus" occur nowhere else: at full weight they keep it from every complaint channel
      { id: 'wadul', name: 'Wadul Gus', description: 'Menyampaikan keluhan pelayanan publik', agency: 'kab-x' },
      { id: 'aduan', name: 'Pengaduan Warga', description: 'Aduan masyarakat atas pelayanan publik', agency: 'kota-y' },
    ]);
    expect(branded.clusterOfApplication('wadul')?.members).toEqual(['aduan', 'wadul']);
    // the acronym traps stay apart
    expect(branded.clusterOfApplication('kab-d-simade')?.members ?? []).not.toContain('kemenag-simade');
  });

  it.each([
    // [the dictionary's meaning of the acronym, the row that borrows it, the rows of the function it serves, whether it joins them]
    [
      [['SIAK', 'Sistem Informasi Administrasi Kependudukan: KTP-el, KK dan akta'], ['Adminduk Online', 'Pengurusan KK, KTP-el dan akta kelahiran secara online']],
      ['SIAK', 'KRS online, nilai, transkrip dan jadwal kuliah mahasiswa'],
      [['SIAKAD', 'Sistem informasi akademik: KRS, KHS dan transkrip nilai mahasiswa'], ['Portal Akademik Mahasiswa', 'Pengisian KRS dan melihat nilai semester']],
      true,
    ],
    [
      [['SIPP', 'Sistem Informasi Penelusuran Perkara: jadwal sidang dan status perkara'], ['Info Perkara PN', 'Penelusuran perkara: jadwal sidang dan status perkara pengadilan negeri']],
      ['SIPP', 'Sistem pelayanan pegawai: usul kenaikan pangkat, cuti dan pensiun'],
      [['SIMPEG', 'Data pegawai, kenaikan pangkat dan pensiun'], ['e-Kepegawaian', 'Layanan kepegawaian: cuti, kenaikan pangkat, mutasi']],
      true,
    ],
    [
      // SIMPUS is listed as a synonym of puskesmas: it is read as that expansion too
      [['e-Puskesmas', 'Pendaftaran pasien, rekam medis dan farmasi puskesmas'], ['Aplikasi Puskesmas Online', 'Antrian dan rekam medis elektronik puskesmas']],
      ['SIMPUS', 'Katalog koleksi buku, keanggotaan dan peminjaman buku perpustakaan daerah'],
      [['e-Perpus', 'Peminjaman buku dan katalog online perpustakaan'], ['Perpustakaan Digital Daerah', 'Katalog dan peminjaman buku perpustakaan']],
      true,
    ],
    [
      [['SIPD', 'Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran dan penatausahaan keuangan daerah'], ['SIMDA Keuangan', 'Perencanaan anggaran dan penatausahaan keuangan daerah']],
      ['SIPD', 'Perjalanan dinas pegawai: SPT, SPPD dan pertanggungjawaban biaya perjalanan'],
      [['e-SPPD', 'Surat perintah perjalanan dinas dan laporan perjalanan'], ['Aplikasi Perjalanan Dinas', 'Pengajuan SPPD dan rincian biaya perjalanan dinas']],
      true,
    ],
  ])('does not read a dictionary acronym with its expansion when the row says another function: %#', (meaning, borrowed, own, joinsOwn) => {
    const rows = (group: string[][], prefix: string) =>
      group.map(([name, description], i) => ({ id: `${prefix}${i}`, name, description, agency: `${prefix}-agency-${i}` }));
    const traps = ReuseIndex.create();
    traps.upsertMany([
      ...rows(meaning, 'meaning'),
      { id: 'borrowed', name: borrowed[0], description: borrowed[1], agency: 'other-agency' },
      ...rows(own, 'own'),
    ]);
    expect(clusterWith(traps, 'meaning0')).toEqual(['meaning0', 'meaning1']);
    // with the rows of its own function (KRS, transcripts and lecture schedules are the academic concept)
    expect(clusterWith(traps, 'borrowed')).toEqual(joinsOwn ? ['borrowed', 'own0', 'own1'] : ['borrowed']);
  });

  it('reads a bare acronym with the expansion other applications write for it', () => {
    const persuratan = [
      { id: 'a', name: 'SIPAS (Sistem Informasi Persuratan dan Arsip)', agency: 'pemkab-bogor' },
      { id: 'b', name: 'SIPAS (Sistem Informasi Persuratan dan Arsip) Kota Madiun', agency: 'pemkot-madiun' },
      { id: 'c', name: 'Sistem Informasi Persuratan dan Arsip', agency: 'pemprov-bali' },
      { id: 'd', name: 'SIPAS', agency: 'pemkab-sleman' },
    ];
    const learned = ReuseIndex.create();
    learned.upsertMany(persuratan);
    expect(clusterWith(learned, 'd')).toEqual(['a', 'b', 'c', 'd']);
    // a proposal that names the acronym alone is read the same way
    expect(learned.rankReuse({ name: 'SIPAS' }).matches.map(m => m.id)).toEqual(expect.arrayContaining(['a', 'c']));
    // a second meaning written for SIPAS: the bare one is no longer expanded
    // a bare SIPAS whose text says another function is not read with the learned expansion
    learned.upsert({ id: 'f', name: 'SIPAS', description: 'Pendaftaran siswa baru SMA negeri jalur zonasi dan prestasi', agency: 'pemprov-jatim' });
    expect(clusterWith(learned, 'f')).toEqual(['f']);
    expect(clusterWith(learned, 'd')).toEqual(['a', 'b', 'c', 'd']);
    learned.remove('f');
    learned.upsert({ id: 'e', name: 'SIPAS (Sistem Informasi Pelayanan Administrasi Sekolah)', agency: 'pemkot-surabaya' });
    expect(clusterWith(learned, 'd')).toEqual(['d']);
    expect(clusterWith(learned, 'a')).toEqual(['a', 'b', 'c']);
  });

  it('gives each cluster a score and readable evidence', () => {
    const cluster = index.findDuplicates().find(c => c.members.includes('kab-a-ijin'))!;
    expect(cluster.id).toBe('dup:kab-a-ijin');
    expect(cluster.score).toBeGreaterThan(0.5);
    expect(cluster.score).toBeLessThanOrEqual(1);
    expect(cluster.agencies).toEqual(['pemkab-bogor', 'pemkot-madiun']);
    const terms = cluster.evidence.find(e => e.kind === 'shared-terms')!;
    expect(terms.values.join(' ')).toContain('izin');
    expect(terms.value).toBe(2);
    expect(terms.message).toBe(`Sedikitnya 2 dari 2 aplikasi memakai istilah ${terms.values.join(', ')}`);
    expect(cluster.links).toEqual([{ a: 'kab-a-ijin', b: 'kota-b-izin', score: cluster.score }]);
  });

  it('uses shared reference codes as evidence', () => {
    const withCodes = ReuseIndex.create();
    withCodes.upsertMany([
      { id: 'a', name: 'Aplikasi Perizinan', description: 'izin usaha', codes: { ral: ['ral.1.18.01'] } },
      { id: 'b', name: 'Layanan Izin Usaha', description: 'perizinan', codes: { ral: ['RAL.01.18.01'] } },
    ]);
    const [cluster] = withCodes.findDuplicates();
    expect(cluster.evidence.find(e => e.kind === 'shared-codes')?.values).toEqual([
      'RAL.01.18',
      'RAL.01.18.01',
    ]);
  });

  it('lets conflicting function codes keep groups apart unless they say nearly the same words', () => {
    const coded = ReuseIndex.create();
    coded.upsertMany([
      // procurement offices: one mistyped RAL code among them
      { id: 'lpse-a', name: 'LPSE Kab. Agam', description: 'tender pengadaan barang jasa', codes: { ral: ['RAL.02.06.03'] } },
      { id: 'lpse-b', name: 'LPSE Kota Padang', description: 'tender pengadaan barang jasa', codes: { ral: ['RAL.02.06.03'] } },
      { id: 'lpse-c', name: 'LPSE Kab. Ende', description: 'tender pengadaan barang jasa', codes: { ral: ['RAL.02.05.01'] } },
      // performance of employees against the agency's performance accountability
      { id: 'skp-a', name: 'e-Kinerja Pegawai', description: 'penilaian kinerja pegawai dan SKP', codes: { ral: ['RAL.02.04'] } },
      { id: 'skp-b', name: 'Kinerja ASN Online', description: 'SKP dan penilaian kinerja pegawai', codes: { ral: ['RAL.02.04'] } },
      { id: 'sakip', name: 'e-Kinerja Instansi', description: 'laporan kinerja instansi pemerintah', codes: { ral: ['RAL.02.07'] } },
    ]);
    const clusters = coded.findDuplicates().map(c => [...c.members].sort());
    expect(clusters).toContainEqual(['lpse-a', 'lpse-b', 'lpse-c']);
    expect(clusters.some(c => c.includes('sakip') && c.includes('skp-a'))).toBe(false);
  });

  it('rejects applications without id or name', () => {
    const empty = ReuseIndex.create();
    expect(() => empty.upsert({ id: '', name: 'x' })).toThrow(/without an id/);
    expect(() => empty.upsert({ id: 'x', name: ' ' })).toThrow(/has no name/);
    expect(() => empty.upsertMany([{ id: 'x', name: 'a' }, { id: 'x', name: 'b' }])).toThrow(/Duplicate/);
  });
});

describe('ReuseIndex ranking', () => {
  const index = build();

  it('prefers the national platform for a persuratan proposal, with reasons', () => {
    const ranking = index.rankReuse({
      name: 'Aplikasi Surat Menyurat Dinas',
      description: 'Pengelolaan surat masuk dan surat keluar serta naskah dinas',
      agency: 'pemkab-garut',
    });
    expect(ranking.verdict).toBe('reuse-national-platform');
    expect(ranking.matches[0].id).toBe('srikandi');
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/aplikasi umum/);
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/surat/);
    const details = ranking.matches[0].details;
    // SRIKANDI is named for correspondence (its dictionary expansion), as the proposal is
    expect(details.map(d => d.kind)).toEqual(['national-platform', 'coverage', 'shared-terms', 'same-function']);
    expect(details[1].value).toBe(ranking.matches[0].coverage);
    expect(details[2].values).toContain('surat (naskah dinas)');
    expect(details[3].values).toEqual(['surat']);
    expect(ranking.matches[0].reasons).toEqual([
      'Platform nasional (aplikasi umum): pakai ulang diutamakan',
      `Mencakup ${Math.round(ranking.matches[0].coverage * 100)}% kata kunci berbobot usulan`,
      `Istilah yang sama: ${details[2].values!.join(', ')}`,
      'Dinamai untuk fungsi yang sama dengan usulan: surat',
    ]);
    expect(ranking.matches.map(m => m.id)).toContain('kab-a-surat');
  });

  it('ranks the national platform first even when local applications are closer in wording', () => {
    const local = Array.from({ length: 6 }, (_, i) => ({
      id: `kab-${i}-surat`,
      name: i % 2 ? 'Sistem Informasi Persuratan' : 'Surat Masuk dan Disposisi Pimpinan',
      description: 'Surat masuk, surat keluar dan disposisi pimpinan',
      agency: `pemkab-${i}`,
    }));
    const platform = {
      id: 'srikandi-full',
      name: 'SRIKANDI (Sistem Informasi Kearsipan Dinamis Terintegrasi)',
      description: 'Aplikasi umum bidang kearsipan dinamis: tata naskah dinas elektronik, persuratan, disposisi, arsip dinamis',
      functions: ['surat masuk', 'surat keluar', 'disposisi pimpinan', 'nota dinas', 'klasifikasi arsip', 'jadwal retensi arsip'],
      agency: 'anri',
      nationalPlatform: true,
    };
    const idx = ReuseIndex.create();
    idx.upsertMany([...FIXTURE_APPS, ...local, platform]);
    const ranking = idx.rankReuse({ name: 'surat masuk dan disposisi pimpinan' });
    expect(ranking.matches[0].id).toBe('srikandi-full');
    const locals = ranking.matches.filter(m => !m.nationalPlatform);
    expect(locals.length).toBeGreaterThan(0);
    expect(locals.every(m => m.id.startsWith('kab-'))).toBe(true);
    expect(ranking.matches[0].similarity).toBeLessThan(locals[0].similarity);
    // every national platform (the fixture's SRIKANDI too) before every local application
    const firstLocal = ranking.matches.findIndex(m => !m.nationalPlatform);
    expect(ranking.matches.slice(firstLocal).every(m => !m.nationalPlatform)).toBe(true);
  });

  it('does not suggest an application that shares one topical word only', () => {
    const idx = ReuseIndex.create();
    idx.upsertMany([
      ...FIXTURE_APPS,
      { id: 'kab-seni', name: 'Sistem Informasi Kesenian', description: 'Data sanggar seni dan seniman daerah' },
    ]);
    expect(idx.rankReuse({ name: 'Jadwal Pentas Seni', description: 'Jadwal latihan orkestra pelajar' }).matches).toEqual([]);
    expect(idx.rankReuse({ name: 'Data Sanggar Seni', description: 'Data sanggar dan seniman' }).matches[0].id).toBe('kab-seni');
  });

  it('explains why an application is or is not suggested', () => {
    const proposal = {
      name: 'Aplikasi Surat Menyurat Dinas',
      description: 'Pengelolaan surat masuk dan surat keluar serta naskah dinas',
    };
    for (const match of index.rankReuse(proposal).matches) {
      const why = index.explainMatch(proposal, match.id);
      expect(why.failed).toEqual([]);
      expect(why.similarity).toBeCloseTo(match.similarity, 4);
      expect(why.coverage).toBeCloseTo(match.coverage, 4);
    }
    expect(index.explainMatch(proposal, 'srikandi').sharedTerms).toContain('surat (naskah dinas)');
    // an SMS gateway shares nothing with correspondence
    expect(index.explainMatch(proposal, 'kab-f-sms')).toMatchObject({ similarity: 0, sharedTerms: [], failed: ['similarity', 'evidence'] });
    // the other SIMADE: the shared acronym is the whole similarity
    const simade = index.explainMatch({ name: 'SIMADE', description: 'Pendataan nelayan dan kapal ikan' }, 'kab-d-simade');
    expect(simade.similarity).toBeGreaterThan(0);
    expect(simade.failed).toContain('content-share');
    expect(() => index.explainMatch(proposal, 'no-such-app')).toThrow(/No application no-such-app/);
    expect(() => index.explainMatch({ name: ' ' }, 'srikandi')).toThrow(/needs a name/);
  });

  it('says so when nothing relevant exists', () => {
    const ranking = index.rankReuse({
      name: 'Sistem Pemantauan Kualitas Udara',
      description: 'Sensor debu PM2.5 dan peringatan polusi udara untuk warga',
    });
    expect(ranking).toEqual({ matches: [], verdict: 'no-relevant-application', dpi: [] });
  });

  it('does not suggest an application that shares only an acronym', () => {
    const ranking = index.rankReuse({ name: 'SIMADE', description: 'Aplikasi pendataan nelayan dan kapal ikan' });
    expect(ranking.matches).toEqual([]);
  });

  it('infers DPI blocks and names the platforms that implement them', () => {
    const ranking = index.rankReuse({
      name: 'Layanan PNBP Online',
      description: 'Wajib bayar membayar PNBP dengan kode billing',
    });
    expect(ranking.dpi).toEqual([
      { block: 'pembayaran', evidence: expect.arrayContaining(['kode billing', 'pnbp']), platforms: ['kemenkeu-simponi'] },
    ]);
    expect(ranking.matches[0].id).toBe('kemenkeu-simponi');
    expect(ranking.matches[0].reasons.join(' ')).toMatch(/DPI/);
    expect(ranking.matches[0].details).toContainEqual({ kind: 'dpi', values: ['pembayaran'] });
  });

  it('reads a DPI block written as the catalog entity name or in words', () => {
    const idx = ReuseIndex.create();
    idx.upsertMany([
      { id: 'splp', name: 'SPLP', description: 'Sistem penghubung layanan pemerintah', nationalPlatform: true, dpi: ['dpi-pertukaran-data'] },
      { id: 'bayar', name: 'Kanal Pembayaran', description: 'Pembayaran non tunai', nationalPlatform: true, dpi: ['DPI Pembayaran'] },
    ]);
    const ranking = idx.rankReuse({ name: 'Portal Retribusi', description: 'Pertukaran data dengan instansi lain dan pembayaran retribusi' });
    expect(ranking.dpi.map(d => [d.block, d.platforms])).toEqual([
      ['pembayaran', ['bayar']],
      ['pertukaran-data', ['splp']],
    ]);
    idx.remove('splp');
    expect(idx.rankReuse({ name: 'Pertukaran data antar instansi' }).dpi[0].platforms).toEqual([]);
  });

  it('honours top', () => {
    const ranking = index.rankReuse({ name: 'Kepegawaian', description: 'data pegawai, jabatan, pangkat' }, { top: 2 });
    expect(ranking.matches).toHaveLength(2);
    expect(ranking.matches[0].id).toBe('siasn');
  });
});
