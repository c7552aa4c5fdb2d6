import { Entity } from '@backstage/catalog-model';
import { nearestAgencies } from './nearestAgencies';

const group = (name: string, type: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type, parent, children: [] },
});

const groups = new Map(
  [
    group('kemenko-pmk', 'kemenko'),
    group('kemenkes', 'kementerian', 'kemenko-pmk'),
    group('tim-ti-kemenkes', 'team', 'kemenkes'),
    group('tim-audit-kemenko-pmk', 'team', 'kemenko-pmk'),
    group('spbe-arsitek', 'team'),
    group('loop-a', 'team', 'loop-b'),
    group('loop-b', 'team', 'loop-a'),
  ].map(g => [`group:default/${g.metadata.name}`, g]),
);

describe('nearestAgencies', () => {
  it.each([
    [['group:default/tim-ti-kemenkes'], ['group:default/kemenkes']],
    [['tim-audit-kemenko-pmk'], ['group:default/kemenko-pmk']],
    [['group:default/spbe-arsitek'], []],
    [['group:default/loop-a'], []],
    [['group:default/unknown'], []],
    [
      ['group:default/tim-ti-kemenkes', 'group:default/kemenkes'],
      ['group:default/kemenkes'],
    ],
  ])('%j acts for %j', (memberships, agencies) => {
    expect(nearestAgencies(memberships, groups)).toEqual(agencies);
  });
});
