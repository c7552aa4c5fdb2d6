import { spbeCatalogQuery, spbeCatalogViews } from './catalogLinks';

const decoded = (query: string) => decodeURIComponent(query);

describe('spbeCatalogQuery', () => {
  it.each([
    [
      spbeCatalogViews.applications,
      '?filters[kind]=component&filters[type]=aplikasi&filters[user]=all',
    ],
    [
      spbeCatalogViews.nationalPlatforms,
      '?filters[kind]=component&filters[type]=aplikasi&filters[user]=all&filters[platformNasional]=true',
    ],
    [
      spbeCatalogViews.dpiBlocks,
      '?filters[kind]=resource&filters[type]=dpi-building-block&filters[user]=all',
    ],
    [
      spbeCatalogViews.referenceArchitecture,
      '?filters[kind]=referencearchitecture&filters[user]=all',
    ],
    [
      {
        kind: 'component',
        koordinator: ['kemenko-pmk'],
        jenis: ['umum', 'khusus'],
      },
      '?filters[kind]=component&filters[user]=all&filters[koordinator]=group:default/kemenko-pmk&filters[jenis]=umum&filters[jenis]=khusus',
    ],
  ])('builds %j', (query, expected) => {
    expect(decoded(spbeCatalogQuery(query))).toBe(expected);
  });
});
