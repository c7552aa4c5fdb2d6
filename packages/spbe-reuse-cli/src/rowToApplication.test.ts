import { rowToApplication } from './rowToApplication';

describe('rowToApplication', () => {
  it('maps inventory columns to the engine application', () => {
    expect(
      rowToApplication({
        id: 'a',
        nama: 'SRIKANDI',
        deskripsi: 'Kearsipan',
        fungsi: 'Persuratan; Arsip',
        instansi: 'anri',
        jenis: 'Umum',
        kode_ral: 'RAL.02.06; ral.2.7',
        dpi: 'identitas-digital',
      }),
    ).toEqual({
      id: 'a',
      name: 'SRIKANDI',
      description: 'Kearsipan',
      functions: ['Persuratan', 'Arsip'],
      agency: 'anri',
      jenis: 'umum',
      codes: { ral: ['RAL.02.06', 'ral.2.7'], rab: [], raa: [] },
      nationalPlatform: true,
      dpi: ['identitas-digital'],
    });
  });

  it('reads jenis as the portal import does', () => {
    expect(rowToApplication({ id: 'c', nama: 'OSS-RBA', jenis: 'Aplikasi Umum' })).toMatchObject({
      jenis: 'umum',
      nationalPlatform: true,
    });
    expect(rowToApplication({ id: 'd', nama: 'SIMPEG', jenis: 'APLIKASI KHUSUS' })).toMatchObject({
      jenis: 'khusus',
      nationalPlatform: false,
    });
  });

  it('leaves empty fields absent', () => {
    const app = rowToApplication({ id: 'b', nama: 'X' });
    expect(app.functions).toBeUndefined();
    expect(app.nationalPlatform).toBe(false);
  });
});
