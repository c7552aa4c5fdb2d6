import { shortAgencyName } from './shortAgencyName';

describe('shortAgencyName', () => {
  it.each([
    ['Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan', 'Kemenko Pembangunan Manusia dan Kebudayaan'],
    ['Kementerian Koordinator Bidang Pangan', 'Kemenko Pangan'],
    ['Pemerintah Provinsi Sulawesi Barat', 'Pemprov Sulawesi Barat'],
    ['Pemerintah Kabupaten Bogor', 'Pemkab Bogor'],
    ['Pemerintah Kota Madiun', 'Pemkot Madiun'],
    ['Kementerian Sosial', 'Kem. Sosial'],
    ['Badan Pusat Statistik', 'Bdn. Pusat Statistik'],
    ['Arsip Nasional Republik Indonesia', 'Arsip Nasional Republik Indonesia'],
  ])('%s -> %s', (title, short) => {
    expect(shortAgencyName(title)).toBe(short);
  });
});
