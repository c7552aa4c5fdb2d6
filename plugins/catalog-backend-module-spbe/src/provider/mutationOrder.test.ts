import { Entity } from '@backstage/catalog-model';
import { groupedByOwner } from './mutationOrder';

function app(name: string, owner?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { type: 'aplikasi', ...(owner ? { owner } : {}) },
  };
}

describe('groupedByOwner', () => {
  it('puts the entities of one owner next to each other, keeping their order and every entity', () => {
    const input = [
      app('a1', 'group:default/a'),
      app('b1', 'group:default/b'),
      app('a2', 'group:default/a'),
      app('x'),
      app('b2', 'group:default/b'),
      app('a3', 'group:default/a'),
    ];
    expect(groupedByOwner(input).map(e => e.metadata.name)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
      'x',
    ]);
  });

  it('returns an empty list for no entities', () => {
    expect(groupedByOwner([])).toEqual([]);
  });
});
