import { isLocalGovernment } from './isLocalGovernment';

describe('isLocalGovernment', () => {
  it.each(['prov-papua-pegunungan', 'kab-sikka', 'kota-tual', 'Pemkab Sikka', 'Kab. Belu', 'Pemerintah Provinsi Nusa Tenggara Timur', 'Kota Tual', 'PEMKOT. BITUNG'])(
    'takes %j as a local government',
    instansi => expect(isLocalGovernment(instansi)).toBe(true),
  );

  it.each(['kemenkeu', 'bkn', 'Kementerian Keuangan', 'kominfo', 'Kotabaru Digital', '', undefined])(
    'does not take %j as one',
    instansi => expect(isLocalGovernment(instansi)).toBe(false),
  );
});
