import { promises as fs } from 'fs';
import os from 'os';
import { join } from 'path';
import { InventoryFileError } from '../model';
import { parseInventory, readInventoryFile } from './readInventory';

describe('parseInventory csv', () => {
  it('reads header aliases, ignores unknown columns and leaves empty fields out', async () => {
    const csv = [
      'No,ID Aplikasi,Nama_Aplikasi,Keterangan,Instansi Pemilik,Vendor,Tahun Pembuatan,Link',
      '1,app-1,SIGAPE (Sistem Informasi Gaji dan Pegawai),Gaji pegawai,Kemenkeu,PT X,2019,https://sigape.example.go.id',
      '2,app-2,e-Kinerja,,Pemkot Madiun,,,',
    ].join('\n');
    const result = await parseInventory(csv, 'csv', 'inv.csv');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        id: 'app-1',
        nama: 'SIGAPE (Sistem Informasi Gaji dan Pegawai)',
        deskripsi: 'Gaji pegawai',
        instansi: 'Kemenkeu',
        tahun: '2019',
        url: 'https://sigape.example.go.id',
      },
      {
        rowNumber: 3,
        id: 'app-2',
        nama: 'e-Kinerja',
        instansi: 'Pemkot Madiun',
      },
    ]);
  });

  it('handles a BOM, the ; delimiter and commas inside values', async () => {
    const csv =
      '\uFEFFid;nama;deskripsi\r\nA1;SIMDA Keuangan;Keuangan, akuntansi\r\n';
    const result = await parseInventory(
      Buffer.from(csv, 'utf8'),
      'csv',
      'bom.csv',
    );
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        id: 'A1',
        nama: 'SIMDA Keuangan',
        deskripsi: 'Keuangan, akuntansi',
      },
    ]);
  });

  it('reads quoted multi-line fields and numbers rows by record', async () => {
    const csv = 'id,nama,deskripsi\n1,A,"baris satu\nbaris ""dua"""\n2,B,x\n';
    const result = await parseInventory(csv, 'csv', 'ml.csv');
    expect(result.rows.map(r => [r.rowNumber, r.deskripsi])).toEqual([
      [2, 'baris satu\nbaris "dua"'],
      [3, 'x'],
    ]);
  });

  it('reads Windows-1252 bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,nama\n1,Aplikasi Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const result = await parseInventory(bytes, 'csv', 'latin.csv');
    expect(result.rows[0].nama).toBe('Aplikasi Café');
  });

  it('finds the header below a title row', async () => {
    const csv =
      'Daftar Aplikasi Kota Madiun,,\n,,\nid,nama,tahun\nm1,e-Retribusi,2020\n';
    const result = await parseInventory(csv, 'csv', 'title.csv');
    expect(result.rows).toEqual([
      { rowNumber: 4, id: 'm1', nama: 'e-Retribusi', tahun: '2020' },
    ]);
  });

  it('reports bad rows with row numbers and keeps the good rows', async () => {
    const csv = [
      'id,nama,tahun,url',
      'a,Aplikasi A,2020,',
      ',Tanpa Id,2020,', // row 3: missing id
      'c,,2021,', // row 4: missing nama
      'd,Aplikasi D,20x1,', // row 5: bad year
      '', // row 6: blank, skipped silently
      'e,Aplikasi E,-,', // row 7: placeholder is empty
      'f,Aplikasi F,2022,x,extra', // row 8: more cells than headers
      'a,Aplikasi A lagi,2020,', // row 9: duplicate id
    ].join('\n');
    const result = await parseInventory(csv, 'csv', 'bad.csv');
    expect(result.rows.map(r => [r.rowNumber, r.id])).toEqual([
      [2, 'a'],
      [7, 'e'],
    ]);
    expect(result.rows[1].tahun).toBeUndefined();
    expect(result.errors).toEqual([
      { file: 'bad.csv', row: 3, column: 'id', reason: 'missing id' },
      { file: 'bad.csv', row: 4, column: 'nama', reason: 'missing nama' },
      {
        file: 'bad.csv',
        row: 5,
        column: 'tahun',
        value: '20x1',
        reason: 'tahun "20x1" is not a year (four digits, 1950-2100)',
      },
      expect.objectContaining({ file: 'bad.csv', row: 8, value: 'extra' }),
      {
        file: 'bad.csv',
        row: 9,
        column: 'id',
        value: 'a',
        reason: 'duplicate id "a", first used in row 2',
      },
    ]);
  });

  it('keeps stray quotes and reports an unclosed quote as a bad row', async () => {
    const csv = 'id,nama\n1,A\n2,"B"x\n3,C\n4,"D\n';
    const result = await parseInventory(csv, 'csv', 'quotes.csv');
    expect(result.rows.map(r => [r.rowNumber, r.id, r.nama])).toEqual([
      [2, '1', 'A'],
      [3, '2', '"B"x'],
      [4, '3', 'C'],
    ]);
    expect(result.errors.map(e => e.row)).toEqual([5]);
    expect(result.errors[0].reason).toMatch(/unparseable CSV record/);
  });

  it('throws naming the file and the missing column', async () => {
    await expect(
      parseInventory('nama,deskripsi\nA,B\n', 'csv', 'noid.csv'),
    ).rejects.toThrow(
      new InventoryFileError(
        'noid.csv: missing column id; the header row has "nama", "deskripsi"',
      ),
    );
  });

  it('throws for an empty file', async () => {
    await expect(parseInventory('', 'csv', 'empty.csv')).rejects.toThrow(
      /empty\.csv: the file holds no header row/,
    );
  });
});

describe('parseInventory xlsx', () => {
  it('throws naming the file for bytes that are no workbook', async () => {
    const promise = parseInventory(
      Buffer.from('id,nama\n1,A\n'),
      'xlsx',
      'broken.xlsx',
    );
    await expect(promise).rejects.toBeInstanceOf(InventoryFileError);
    await expect(promise).rejects.toThrow(
      /^broken\.xlsx: not a readable XLSX workbook/,
    );
  });
});

describe('parseInventory yaml', () => {
  it('reads a list of rows with aliases, numbers and lists', async () => {
    const yaml = `
aplikasi:
  - id: y1
    nama_aplikasi: SRIKANDI
    kode_ral: [RAL.02.06, ral.2.07]
    tahun: 2020
  - id: y2
    nama: e-PPID
  - id: y3
`;
    const result = await parseInventory(yaml, 'yaml', 'rows.yaml');
    expect(result.rows).toEqual([
      {
        rowNumber: 1,
        id: 'y1',
        nama: 'SRIKANDI',
        kode_ral: 'RAL.02.06;ral.2.07',
        tahun: '2020',
      },
      { rowNumber: 2, id: 'y2', nama: 'e-PPID' },
    ]);
    expect(result.errors).toEqual([
      { file: 'rows.yaml', row: 3, column: 'nama', reason: 'missing nama' },
    ]);
  });

  it('reads application entities and skips other kinds', async () => {
    const yaml = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: kemenkeu }
spec: { type: kementerian, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: sakti
  title: SAKTI
  description: Sistem Aplikasi Keuangan Tingkat Instansi
  annotations:
    spbe.go.id/jenis: umum
    spbe.go.id/kode-ral: RAL.02.02
    spbe.go.id/tahun: "2015"
spec:
  type: aplikasi
  owner: group:default/kemenkeu
  lifecycle: production
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: tanpa-judul }
spec: { type: aplikasi, owner: kemenkeu }
`;
    const result = await parseInventory(yaml, 'yaml', 'entities.yaml');
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        id: 'sakti',
        nama: 'SAKTI',
        deskripsi: 'Sistem Aplikasi Keuangan Tingkat Instansi',
        instansi: 'kemenkeu',
        jenis: 'umum',
        kode_ral: 'RAL.02.02',
        tahun: '2015',
      },
      {
        rowNumber: 3,
        id: 'tanpa-judul',
        nama: 'tanpa-judul',
        instansi: 'kemenkeu',
      },
    ]);
  });

  it('throws naming the file for invalid YAML', async () => {
    await expect(
      parseInventory('a: [1, 2\nb: x', 'yaml', 'bad.yaml'),
    ).rejects.toThrow(/^bad\.yaml: not valid YAML/);
  });

  it('throws when the rows have no nama column', async () => {
    await expect(
      parseInventory('- id: 1\n- id: 2\n', 'yaml', 'n.yaml'),
    ).rejects.toThrow('n.yaml: missing column nama');
  });
});

describe('readInventoryFile', () => {
  it('picks the format by extension and names the path', async () => {
    const dir = await fs.mkdtemp(join(os.tmpdir(), 'spbe-inv-'));
    const file = join(dir, 'a.CSV');
    await fs.writeFile(file, 'id;nama\nx;Y\n');
    await expect(readInventoryFile(file)).resolves.toEqual({
      file,
      rows: [{ rowNumber: 2, id: 'x', nama: 'Y' }],
      errors: [],
    });
    await expect(readInventoryFile(join(dir, 'a.txt'))).rejects.toThrow(
      /unsupported inventory file type/,
    );
    await expect(readInventoryFile(join(dir, 'missing.csv'))).rejects.toThrow(
      /missing\.csv: cannot read file/,
    );
  });
});
