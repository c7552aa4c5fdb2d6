import { Entity } from '@backstage/catalog-model';
import { countByOwner } from './platformUsers';

const app = (name: string, owner?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type: 'aplikasi', owner },
});

describe('countByOwner', () => {
  it('groups applications by agency, counting each application once', () => {
    expect(
      countByOwner([
        app('a', 'kemenkes'),
        app('b', 'group:default/kemenkes'),
        app('a', 'kemenkes'),
        app('c', 'group:default/pemkot-madiun'),
        app('d'),
      ]),
    ).toEqual({
      applications: 4,
      agencies: [
        { agency: 'group:default/kemenkes', applications: 2 },
        { agency: 'group:default/pemkot-madiun', applications: 1 },
      ],
    });
  });
});
