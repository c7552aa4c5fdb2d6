import { Normalizer } from '../Normalizer';
import { AcronymLexicon } from './AcronymLexicon';

const words = (lexicon: AcronymLexicon, acronym: string) => lexicon.expansion(acronym)?.map(t => t.term);

describe('AcronymLexicon', () => {
  const normalizer = Normalizer.create();
  const lexicon = () => new AcronymLexicon(normalizer);

  it('reads definitions and bare uses from names', () => {
    const l = lexicon();
    expect(l.factsOf('SIMASDIN (Sistem Informasi Manajemen Surat Dinas) KLHK')).toEqual({
      defines: [{ acronym: 'simasdin', text: 'sistem informasi manajemen surat dinas', key: 'surat' }],
      uses: [],
    });
    expect(l.factsOf('SIMASDIN Kab. Buol')).toEqual({ defines: [], uses: ['simasdin'] });
    // the dictionaries' own acronyms are not learned
    expect(l.factsOf('SIMPEG')).toEqual({ defines: [], uses: [] });
    expect(l.factsOf('Sistem Informasi Persuratan')).toEqual({ defines: [], uses: [] });
  });

  it('learns an expansion written by at least two applications', () => {
    const l = lexicon();
    l.set('a', l.factsOf('SIPAS (Sistem Informasi Persuratan dan Arsip)'));
    l.set('b', l.factsOf('SIPAS'));
    expect(words(l, 'sipas')).toBeUndefined();
    l.set('c', l.factsOf('SIPAS (Sistem Informasi Persuratan dan Arsip) Kota Bogor'));
    expect(words(l, 'sipas')).toEqual(['surat', 'arsip']);
    expect([...l.usersOf('sipas')]).toEqual(['b']);
    l.delete('c');
    expect(words(l, 'sipas')).toBeUndefined();
  });

  it('learns no expansion that names an agency or repeats the acronym', () => {
    const l = lexicon();
    // another name of one application that writes the owner's acronym again
    expect(l.factsOf('Geoportal KKP (One Map KKP)').defines).toEqual([]);
    // an owner is no function: "e-Pegawai KKP" and "e-PPID KKP" are not alike through it
    expect(l.factsOf('Open Data KKP (Kementerian Kelautan dan Perikanan)').defines).toEqual([]);
    l.set('a', l.factsOf('Geoportal KKP (One Map KKP)'));
    l.set('b', l.factsOf('Peta KKP (One Map KKP)'));
    expect(words(l, 'kkp')).toBeUndefined();
  });

  it('learns nothing for an acronym written with two meanings', () => {
    const l = lexicon();
    l.set('a', l.factsOf('SIKD (Sistem Informasi Kearsipan Dinamis)'));
    l.set('b', l.factsOf('SIKD (Sistem Informasi Kearsipan Dinamis)'));
    // arsip dinamis reads as correspondence (see synonyms.json)
    expect(words(l, 'sikd')).toEqual(['surat']);
    l.set('c', l.factsOf('SIKD (Sistem Informasi Keuangan Daerah)'));
    expect(words(l, 'sikd')).toBeUndefined();
  });

  it('treats spellings of one expansion as one meaning', () => {
    const l = lexicon();
    l.set('a', l.factsOf('SIMRETDA (Sistem Informasi Manajemen Retribusi Daerah)'));
    l.set('b', l.factsOf('SIMRETDA (Sistem Informasi Menejemen Retribusi Daerah)'));
    expect(words(l, 'simretda')).toEqual(['retribusi']);
  });

  it('reports the acronyms whose expansion changed in a batch', () => {
    const l = lexicon();
    l.begin();
    l.set('a', l.factsOf('SIPAS (Sistem Informasi Persuratan dan Arsip)'));
    l.set('b', l.factsOf('SIPAS (Sistem Informasi Persuratan dan Arsip)'));
    l.set('c', l.factsOf('LAKSA (Layanan Aspirasi dan Keluhan Masyarakat)'));
    expect(l.end()).toEqual(['sipas']);
    l.begin();
    l.set('b', l.factsOf('SIPAS (Sistem Informasi Persuratan dan Arsip) Kota Bogor'));
    expect(l.end()).toEqual([]);
  });

  it('picks the same expansion whatever the order of the applications', () => {
    const names = [
      'SIPAS (Sistem Informasi Persuratan dan Arsip)',
      'SIPAS (Sistem Informasi Persuratan Arsip)',
      'SIPAS (sistem informasi persuratan dan arsip)',
    ];
    const forward = lexicon();
    names.forEach((n, i) => forward.set(String(i), forward.factsOf(n)));
    const backward = lexicon();
    [...names].reverse().forEach((n, i) => backward.set(String(i), backward.factsOf(n)));
    expect(forward.expansion('sipas')).toEqual(backward.expansion('sipas'));
  });
});
