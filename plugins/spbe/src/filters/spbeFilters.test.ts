import { Entity } from '@backstage/catalog-model';
import {
  JenisFilter,
  KoordinatorFilter,
  PlatformNasionalFilter,
  RalFilter,
} from './labelFilters';

const withLabels = (labels: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', labels },
});

describe.each([
  [
    KoordinatorFilter,
    'spbe.go.id/koordinator',
    ['kemenko-pmk', 'kemenko-polkam'],
  ],
  [JenisFilter, 'spbe.go.id/jenis', ['umum']],
  [RalFilter, 'spbe.go.id/ral', ['RAL.02.03']],
  [PlatformNasionalFilter, 'spbe.go.id/platform-nasional', ['true']],
])('%p', (Filter, label, values) => {
  const filter = new Filter(values);

  it('asks the catalog backend to filter on the label', () => {
    expect(filter.getCatalogFilters()).toEqual({
      [`metadata.labels.${label}`]: values,
    });
  });

  it('serialises to the selected values for the URL', () => {
    expect(filter.toQueryValue()).toEqual(values);
  });

  it('matches entities whose label has a selected value', () => {
    expect(filter.filterEntity(withLabels({ [label]: values[0] }))).toBe(true);
    expect(filter.filterEntity(withLabels({ [label]: 'other' }))).toBe(false);
    expect(filter.filterEntity(withLabels({}))).toBe(false);
  });
});
