import { defaultDictionaries } from './dictionaries';
import { dpiBlockId, inferDpiBlocks, platformDpiBlocks } from './inferDpi';

const phrases = defaultDictionaries().dpiPhrases;
const blocks = (name: string, description?: string) =>
  inferDpiBlocks({ name, description }, phrases).map(b => b.block);

describe('inferDpiBlocks', () => {
  it('needs digital identity when citizens log in', () => {
    expect(blocks('Layanan Kartu Kuning', 'Warga login dengan NIK untuk mengajukan kartu')).toEqual([
      'identitas-digital',
    ]);
  });

  it('needs digital identity when the identity card itself goes on the phone', () => {
    expect(blocks('KTP di Ponsel', 'Warga menunjukkan identitas kependudukan secara digital')).toEqual(['identitas-digital']);
    expect(blocks('KTP Digital')).toEqual(['identitas-digital']);
  });

  it('needs data exchange when data comes from other agencies', () => {
    expect(
      blocks('Verifikasi Bansos', 'Mengambil data dari instansi lain melalui pertukaran data'),
    ).toEqual(['pertukaran-data']);
  });

  it('needs payments when the service takes money', () => {
    const result = inferDpiBlocks(
      { name: 'Retribusi Pasar', description: 'Pedagang membayar retribusi dengan QRIS' },
      phrases,
    );
    expect(result).toEqual([
      { block: 'pembayaran', evidence: ['membayar', 'qris', 'retribusi'] },
    ]);
  });

  it('finds several blocks, and none in a purely internal tool', () => {
    expect(
      blocks('Izin Keramaian', 'Pemohon login, membayar biaya layanan, data terhubung dengan kepolisian'),
    ).toEqual(['identitas-digital', 'pembayaran', 'pertukaran-data']);
    expect(blocks('Buku Tamu Kantor', 'Mencatat tamu yang datang ke kantor')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(blocks('Sistem Rapid Test', 'Pencatatan hasil tes untuk kapasitas ruangan')).toEqual([]);
  });

  it.each([
    ['pertukaran-data', 'pertukaran-data'],
    ['dpi-pertukaran-data', 'pertukaran-data'],
    ['DPI Identitas Digital', 'identitas-digital'],
    [' dpi:pembayaran ', 'pembayaran'],
    ['Pembayaran Digital', 'pembayaran'],
    ['dpi-pembayaran-digital', 'pembayaran'],
  ])('reads the block id of %s', (reference, block) => {
    expect(dpiBlockId(reference)).toBe(block);
  });
});

describe('platformDpiBlocks', () => {
  const platformPhrases = defaultDictionaries().dpiPlatformPhrases;

  it('reads the blocks a platform says it implements when it has no list', () => {
    const splp = { name: 'SPLP (Sistem Penghubung Layanan Pemerintah)', description: 'API gateway nasional untuk interoperabilitas' };
    expect(platformDpiBlocks(splp, platformPhrases)).toEqual(['pertukaran-data']);
  });

  it('takes its own list first, and does not read a block from words a need would use in passing', () => {
    expect(platformDpiBlocks({ name: 'SPLP', description: 'interoperabilitas', dpi: ['DPI Pembayaran Digital'] }, platformPhrases)).toEqual([
      'pembayaran',
    ]);
    // a tax platform takes taxes (a proposal saying "pajak" needs payments), it is not the payment block
    expect(platformDpiBlocks({ name: 'Pajak Daerah Online', description: 'Pendataan wajib pajak, tagihan dan setoran' }, platformPhrases)).toEqual([]);
  });
});
