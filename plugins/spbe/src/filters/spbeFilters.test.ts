import { Entity } from '@backstage/catalog-model';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
  entityFieldValues,
} from './spbeFilters';
import { fullApplication, nationalPlatform } from '../__fixtures__/entities';

const entity = (
  metadata: Partial<Entity['metadata']>,
  relations: Entity['relations'] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', ...metadata },
  relations,
});

describe.each([
  [
    JenisFilter,
    'metadata.annotations.spbe.go.id/jenis',
    ['umum'],
    entity({ annotations: { 'spbe.go.id/jenis': 'umum' } }),
    entity({ annotations: { 'spbe.go.id/jenis': 'khusus' } }),
  ],
  [
    RalFilter,
    'metadata.labels.spbe.go.id/ral',
    ['RAL.02.03'],
    entity({ labels: { 'spbe.go.id/ral': 'RAL.02.03' } }),
    entity({ labels: { 'spbe.go.id/ral': 'RAL.02.04' } }),
  ],
  [
    PlatformNasionalFilter,
    'metadata.annotations.spbe.go.id/platform-nasional',
    ['true'],
    entity({ annotations: { 'spbe.go.id/platform-nasional': 'true' } }),
    entity({ annotations: {} }),
  ],
  [
    KoordinatorFilter,
    'relations.coordinatedBy',
    ['group:default/kemenko-pmk', 'group:default/kemenko-polkam'],
    entity({}, [
      { type: 'coordinatedBy', targetRef: 'group:default/kemenko-pmk' },
    ]),
    entity({}, [{ type: 'ownedBy', targetRef: 'group:default/kemenko-pmk' }]),
  ],
])('%p', (Filter, field, values, matching, other) => {
  const filter = new Filter(values);

  it('asks the catalog backend to filter on the field', () => {
    expect(filter.getCatalogFilters()).toEqual({ [field]: values });
  });

  it('serialises to the selected values for the URL', () => {
    expect(filter.toQueryValue()).toEqual(values);
  });

  it('matches entities whose field has a selected value', () => {
    expect(filter.filterEntity(matching)).toBe(true);
    expect(filter.filterEntity(other)).toBe(false);
    expect(filter.filterEntity(entity({}))).toBe(false);
  });
});

describe('KoordinatorFilter', () => {
  it('reads a bare group name, as older links carry, as the group ref', () => {
    expect(new KoordinatorFilter(['kemenko-pmk']).values).toEqual([
      'group:default/kemenko-pmk',
    ]);
  });

  it('compares refs case-insensitively, as the catalog does', () => {
    expect(
      new KoordinatorFilter(['Group:default/Kemenko-Polkam']).filterEntity(
        fullApplication,
      ),
    ).toBe(true);
  });
});

describe('entityFieldValues', () => {
  it('reads annotations, labels and relation targets', () => {
    expect(
      entityFieldValues(nationalPlatform, 'metadata.annotations.spbe.go.id/jenis'),
    ).toEqual(['umum']);
    expect(
      entityFieldValues(fullApplication, 'metadata.labels.spbe.go.id/ral'),
    ).toEqual(['RAL.02.03']);
    expect(entityFieldValues(fullApplication, 'relations.coordinatedby')).toEqual(
      ['group:default/kemenko-polkam'],
    );
  });

  it('refuses a field path it cannot read', () => {
    expect(() => entityFieldValues(fullApplication, 'spec.owner')).toThrow(
      'Unsupported SPBE filter field "spec.owner"',
    );
  });
});
