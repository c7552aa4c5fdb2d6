import { parseReferenceCode } from '@internal/plugin-spbe-common';
import {
  AgencyRecord,
  createReferenceData,
  SpbeReferenceData,
} from '../referenceData';

/** The agencies of the fixture files, as records. */
export const fixtureAgencies: AgencyRecord[] = [
  {
    name: 'kemenko-pmk',
    title: 'Kementerian Koordinator PMK',
    type: 'kemenko',
    aliases: ['Kemenko PMK'],
  },
  {
    name: 'kemenkes',
    title: 'Kementerian Kesehatan',
    type: 'kementerian',
    parent: 'kemenko-pmk',
    aliases: ['Kemenkes', 'Depkes'],
  },
  {
    name: 'bpom',
    title: 'Badan Pengawas Obat dan Makanan',
    type: 'lpnk',
    parent: 'kemenkes',
    aliases: [],
  },
  {
    name: 'pemprov-jawa-barat',
    title: 'Pemerintah Provinsi Jawa Barat',
    type: 'pemprov',
    aliases: [],
  },
  {
    name: 'pemkot-bandung',
    title: 'Pemerintah Kota Bandung',
    type: 'pemkot',
    parent: 'pemprov-jawa-barat',
    aliases: ['Kota Bandung'],
  },
];

export const fixtureCodes = [
  'RAL.02',
  'RAL.02.03',
  'RAL.02.03.01',
  'RAB.09',
  'RAB.09.05',
];

/** An in-memory snapshot with the fixture agencies and codes. */
export function testReferenceData(): SpbeReferenceData {
  return createReferenceData({
    agencies: fixtureAgencies,
    codes: fixtureCodes.map(code => {
      const parsed = parseReferenceCode(code);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.value;
    }),
    version: 'test',
  });
}
