import { Normalizer } from '../Normalizer';
import { NationalPlatforms } from './NationalPlatforms';

const normalizer = Normalizer.create();

describe('NationalPlatforms', () => {
  it('files national platforms only by their named function, and forgets them when they go', () => {
    const platforms = new NationalPlatforms(normalizer);
    platforms.add({ id: 'spse', name: 'SPSE', nationalPlatform: true });
    platforms.add({ id: 'lpse-kab', name: 'LPSE Kabupaten', description: 'Lelang', nationalPlatform: false });
    platforms.add({ id: 'inaproc', name: 'Pengadaan Nasional (INAPROC)', nationalPlatform: true });
    expect([...platforms.named('pengadaan')].sort()).toEqual(['inaproc', 'spse']);
    platforms.delete('spse');
    platforms.delete('unknown');
    expect([...platforms.named('pengadaan')]).toEqual(['inaproc']);
    platforms.delete('inaproc');
    expect(platforms.named('pengadaan').size).toBe(0);
  });

  it('files them by the DPI blocks of their list, or of their own text without one', () => {
    const platforms = new NationalPlatforms(normalizer);
    platforms.add({ id: 'splp', name: 'SPLP', description: 'Interoperabilitas nasional', nationalPlatform: true });
    platforms.add({ id: 'simponi', name: 'SIMPONI', dpi: ['DPI Pembayaran Digital'], nationalPlatform: true });
    platforms.add({ id: 'local', name: 'Gerbang Data', description: 'interoperabilitas', dpi: ['pertukaran-data'] });
    expect(platforms.implementing('pertukaran-data')).toEqual(['splp']);
    expect(platforms.implementing('pembayaran')).toEqual(['simponi']);
    platforms.delete('splp');
    expect(platforms.implementing('pertukaran-data')).toEqual([]);
  });
});
