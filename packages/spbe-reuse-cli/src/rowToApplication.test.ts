import { PlatformRegistry } from '@internal/spbe-inventory';
import { rowToApplication, rowsToApplications } from './rowToApplication';

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

describe('rowsToApplications', () => {
  const platforms = new PlatformRegistry([{ name: 'jdihn', title: 'JDIHN (Jaringan Dokumentasi dan Informasi Hukum Nasional)', owner: 'kemenkumham' }], new Map());

  it('makes a row without jenis that names a registered platform of its agency that platform', () => {
    const apps = rowsToApplications(
      [
        { id: 'a', nama: 'JDIHN', instansi: 'kemenkumham' },
        { id: 'b', nama: 'JDIHN', instansi: 'kemenkumham', jenis: 'khusus' },
        { id: 'c', nama: 'JDIH Provinsi Jawa Tengah', instansi: 'prov-jawa-tengah' },
        { id: 'd', nama: 'JDIHN', instansi: 'kota-semarang' },
      ],
      platforms,
    );
    expect(apps.map(a => a.nationalPlatform)).toEqual([true, false, false, false]);
    expect(rowsToApplications([{ id: 'a', nama: 'JDIHN', instansi: 'kemenkumham' }])[0].nationalPlatform).toBe(false);
  });

  it("does not take a local government's own application marked umum for a national platform", () => {
    const apps = rowsToApplications(
      [
        { id: 'a', nama: 'Portal Aduan Warga NTB', instansi: 'prov-nusa-tenggara-barat', jenis: 'Aplikasi Umum' },
        { id: 'b', nama: 'Lapor Bupati', instansi: 'Pemkab Alor', jenis: 'umum' },
        { id: 'c', nama: 'JDIHN', instansi: 'kota-semarang', jenis: 'umum' },
        { id: 'd', nama: 'Satu Data Kemenkumham', instansi: 'kemenkumham', jenis: 'umum' },
      ],
      platforms,
    );
    expect(apps.map(a => a.nationalPlatform)).toEqual([false, false, true, true]);
    expect(apps[0].jenis).toBe('umum');
    // without a registry, no name can be recognised
    expect(rowsToApplications([{ id: 'c', nama: 'JDIHN', instansi: 'kota-semarang', jenis: 'umum' }])[0].nationalPlatform).toBe(false);
  });
});
