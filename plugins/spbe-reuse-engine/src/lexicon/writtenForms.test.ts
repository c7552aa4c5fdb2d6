import { markedTokens, unhideWords } from './writtenForms';

const read = (text: string, known: string[] = []) =>
  markedTokens(unhideWords(text, w => known.includes(w))).map(({ token, ePrefixed }) => `${ePrefixed ? 'e-' : ''}${token.lower}`);

describe('writtenForms', () => {
  it.each([
    ['e-Kinerja', ['e-kinerja']],
    ['E-BPHTB Online', ['e-bphtb', 'online']],
    ['e Kinerja', ['e-kinerja']],
    ['eKinerja', ['e-kinerja']],
    ['Ekonomi Kreatif', ['ekonomi', 'kreatif']],
    ['Vaksin e', ['vaksin', 'e']],
  ])('marks the e- prefix on its word: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('drops version numbers', () => {
    expect(read('SIMPEG versi 2.0')).toEqual(['simpeg']);
    expect(read('HRIS v3 2.1')).toEqual(['hris']);
    // digits written onto a known word are its version; digits inside a code name are part of it
    expect(read('SIMPEG5 Kemenag', ['simpeg'])).toEqual(['simpeg', 'kemenag']);
    expect(read('SIMPEG5')).toEqual(['simpeg5']);
    expect(read('SP2D P3KE SP4N', ['sp', 'p'])).toEqual(['sp2d', 'p3ke', 'sp4n']);
  });

  it('splits words run together in title case, unless the joined word is known', () => {
    expect(read('LaporGub!')).toEqual(['lapor', 'gub']);
    expect(read('WhatsApp Gateway', ['whatsapp'])).toEqual(['whatsapp', 'gateway']);
    expect(read('SiCantik SIMPeL')).toEqual(['sicantik', 'simpel']);
  });

  it('reads a mark character already in the text as a plain e', () => {
    expect(read('K\u01ddtalog Buku')).toEqual(['ketalog', 'buku']);
  });
});
