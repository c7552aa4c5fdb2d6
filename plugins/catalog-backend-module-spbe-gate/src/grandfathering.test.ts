import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { resolve } from 'node:path';
import { Grandfathering } from './grandfathering';

function app(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'x', annotations },
    spec: { type: 'aplikasi' },
  };
}

describe('Grandfathering', () => {
  const rules = Grandfathering.fromConfig(
    new ConfigReader({
      spbe: {
        enforcement: {
          grandfatheredLocations: ['../national/platforms', 'url:https://registry.go.id/'],
        },
      },
    }),
  );

  it('lets through applications written by the inventory import', () => {
    expect(
      rules.isGrandfathered(
        app({
          'spbe.go.id/inventory-source': 'kemenkes.csv#1',
          'backstage.io/managed-by-location': 'spbe-inventory:/data/kemenkes.csv',
        }),
      ),
    ).toBe(true);
  });

  it('does not honour an inventory-source annotation written by an author', () => {
    expect(
      rules.isGrandfathered(
        app({
          'spbe.go.id/inventory-source': 'kemenkes.csv#1',
          'backstage.io/managed-by-location': 'url:https://git.example.go.id/app/catalog-info.yaml',
        }),
      ),
    ).toBe(false);
  });

  it('lets through entities of the configured national registry locations', () => {
    const platformFile = `file:${resolve('../national/platforms')}/umum.yaml`;
    expect(
      rules.isGrandfathered(app({ 'backstage.io/managed-by-location': platformFile })),
    ).toBe(true);
    expect(
      rules.isGrandfathered(
        app({ 'backstage.io/managed-by-location': 'url:https://registry.go.id/x.yaml' }),
      ),
    ).toBe(true);
    expect(
      rules.isGrandfathered(
        app({ 'backstage.io/managed-by-location': `file:${resolve('../elsewhere')}/a.yaml` }),
      ),
    ).toBe(false);
  });
});
