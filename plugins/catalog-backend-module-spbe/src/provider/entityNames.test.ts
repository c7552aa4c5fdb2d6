import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { EntityNamer, MAX_ENTITY_NAME_LENGTH, slugify } from './entityNames';

describe('slugify', () => {
  it.each([
    ['SIMPEG-01', 'simpeg-01'],
    ['  App  #7 / v2 ', 'app-7-v2'],
    ['Pelayanan Terpadu Satu Pintu', 'pelayanan-terpadu-satu-pintu'],
    ['---', ''],
  ])('slugifies %p to %p', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
});

describe('EntityNamer', () => {
  it('names rows <agency>-<slug of id>', () => {
    expect(new EntityNamer().nameFor('kemenkes', 'SEHAT-01')).toBe(
      'kemenkes-sehat-01',
    );
  });

  it('does not prefix an id that already starts with the agency', () => {
    const namer = new EntityNamer();
    expect(namer.nameFor('kota-madiun', 'kota-madiun-0004')).toBe('kota-madiun-0004');
    expect(namer.nameFor('kota-madiun', 'kota-madiunx-1')).toBe(
      'kota-madiun-kota-madiunx-1',
    );
  });

  it('keeps names valid, short and unique with a hash suffix', () => {
    const namer = new EntityNamer();
    const names = [
      namer.nameFor('kemenkes', 'A 1'),
      namer.nameFor('kemenkes', 'a-1'),
      namer.nameFor('kemenkes', 'a_1'),
      namer.nameFor(
        'pemkab-kepulauan-seribu-utara-yang-panjang',
        'APLIKASI-DENGAN-ID-YANG-SANGAT-PANJANG-SEKALI',
      ),
      namer.nameFor('kemenkes', '###'),
    ];
    expect(names[0]).toBe('kemenkes-a-1');
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_ENTITY_NAME_LENGTH);
      expect(KubernetesValidatorFunctions.isValidObjectName(name)).toBe(true);
    }
  });

  it('gives a row the same name on every import', () => {
    const long = 'x'.repeat(80);
    expect(new EntityNamer().nameFor('kemenkes', long)).toBe(
      new EntityNamer().nameFor('kemenkes', long),
    );
  });
});
