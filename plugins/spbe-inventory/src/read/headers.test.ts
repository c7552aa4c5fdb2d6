import { mapHeaders, resolveHeader } from './headers';

describe('resolveHeader', () => {
  it.each([
    ['id', 'id'],
    ['ID Aplikasi', 'id'],
    ['nama_aplikasi', 'nama'],
    ['NAMA APLIKASI', 'nama'],
    ['Nama-Aplikasi', 'nama'],
    ['\uFEFFnama', 'nama'],
    ['Keterangan', 'deskripsi'],
    ['fungsi_aplikasi', 'fungsi'],
    ['Instansi Pemilik', 'instansi'],
    ['OPD', 'instansi'],
    ['Jenis Aplikasi', 'jenis'],
    ['Kode RAL', 'kode_ral'],
    ['kode_rab', 'kode_rab'],
    ['KodeRAA', 'kode_raa'],
    ['Tahun Pembuatan', 'tahun'],
    ['Link', 'url'],
    ['Data yang Digunakan', 'data'],
    ['DPI', 'dpi'],
  ])('%j -> %s', (header, column) => {
    expect(resolveHeader(header)).toBe(column);
  });

  it.each(['No', 'Vendor', 'Bahasa Pemrograman', ''])(
    'ignores unknown header %j',
    header => {
      expect(resolveHeader(header)).toBeUndefined();
    },
  );
});

describe('mapHeaders', () => {
  it('keeps the first header of a column and ignores later synonyms', () => {
    expect(
      mapHeaders(['No', 'Nama Aplikasi', 'Deskripsi', 'Keterangan', 'id']),
    ).toEqual([undefined, 'nama', 'deskripsi', undefined, 'id']);
  });
});
