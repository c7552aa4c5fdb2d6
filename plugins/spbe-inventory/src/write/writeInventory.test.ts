import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import { join } from 'path';
import { InventoryRow } from '../model';
import { readInventoryFile } from '../read/readInventory';
import { writeInventoryFile } from './writeInventory';

const ROWS: InventoryRow[] = [
  {
    id: 'kab-bandung-001',
    nama: 'SIMPEG (Sistem Informasi Manajemen Kepegawaian)',
    deskripsi: 'Data pegawai; mutasi, "cuti"\nbaris kedua',
    fungsi: 'kepegawaian',
    instansi: 'Pemerintah Kabupaten Bandung',
    jenis: 'khusus',
    kode_ral: 'ral.2.04',
    kode_rab: 'Rab.09.06',
    kode_raa: 'RAA.02.02',
    status: 'aktif',
    tahun: '2018',
    url: 'https://simpeg.bandungkab.go.id',
  },
  { id: '00123', nama: 'e-Kinerja', tahun: '2021' },
  {
    id: 'x-3',
    nama: 'Portal Data',
    data: 'data statistik;data wilayah',
    dpi: 'pertukaran-data',
  },
];

async function tempDir() {
  return fs.mkdtemp(join(os.tmpdir(), 'spbe-inv-write-'));
}

describe('writeInventoryFile', () => {
  it.each(['csv', 'xlsx'])('round-trips rows through %s', async extension => {
    const file = join(await tempDir(), `inventaris.${extension}`);
    await writeInventoryFile(file, ROWS);
    const result = await readInventoryFile(file);
    expect(result.errors).toEqual([]);
    expect(result.rows.map(({ rowNumber, ...row }) => row)).toEqual(ROWS);
    expect(result.rows.map(r => r.rowNumber)).toEqual([2, 3, 4]);
  });

  it('writes the standard header and only the extra columns in use', async () => {
    const file = join(await tempDir(), 'a.csv');
    await writeInventoryFile(file, [{ id: '1', nama: 'A' }]);
    const text = await fs.readFile(file, 'utf8');
    expect(text).toBe(
      '\uFEFFid,nama,deskripsi,fungsi,instansi,jenis,kode_ral,kode_rab,kode_raa,status,tahun,url\n1,A,,,,,,,,,,\n',
    );
  });

  it('keeps numeric-looking ids and years as text in XLSX', async () => {
    const file = join(await tempDir(), 'a.xlsx');
    await writeInventoryFile(file, [{ id: '00123', nama: 'A', tahun: '2020' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Aplikasi');
    expect(sheet.getRow(2).getCell(1).value).toBe('00123');
  });

  it('reads the worksheet named like "aplikasi" rather than the first', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRow(['Isi lembar Daftar Aplikasi']);
    const sheet = workbook.addWorksheet('Daftar Aplikasi');
    sheet.addRow(['No', 'ID', 'Nama Aplikasi', 'Tahun']);
    sheet.addRow([
      1,
      'k1',
      { richText: [{ text: 'SIMDA ' }, { text: 'Barang' }] },
      2017,
    ]);
    sheet.addRow([
      2,
      'k2',
      { text: 'Portal', hyperlink: 'https://x.go.id' },
      { formula: '2000+19', result: 2019 },
    ]);
    const file = join(await tempDir(), 'multi.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await readInventoryFile(file);
    expect(result.rows).toEqual([
      { rowNumber: 2, id: 'k1', nama: 'SIMDA Barang', tahun: '2017' },
      { rowNumber: 3, id: 'k2', nama: 'Portal', tahun: '2019' },
    ]);
  });

  it('refuses other extensions', async () => {
    await expect(writeInventoryFile('x.json', ROWS)).rejects.toThrow(
      /only write \.csv or \.xlsx/,
    );
  });
});
