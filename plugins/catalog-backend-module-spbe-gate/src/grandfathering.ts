import { Config } from '@backstage/config';
import { ANNOTATION_LOCATION, Entity } from '@backstage/catalog-model';
import { ANNOTATION_INVENTORY_SOURCE } from '@internal/plugin-spbe-common';
import { resolve } from 'node:path';

/** Location prefix of entities written by the SPBE inventory import. */
const INVENTORY_LOCATION_PREFIX = 'spbe-inventory:';

/**
 * Which existing applications the gate lets through without a proposal:
 * those the inventory import wrote (annotation `spbe.go.id/inventory-source`
 * on an entity managed by an `spbe-inventory:` location, so an author cannot
 * claim it in a catalog-info.yaml), and those managed by one of the
 * configured national registry locations (`spbe.enforcement.grandfatheredLocations`,
 * e.g. the national platforms under catalog-info/platforms).
 */
export class Grandfathering {
  private constructor(private readonly locationPrefixes: string[]) {}

  static fromConfig(config: Config): Grandfathering {
    const entries =
      config.getOptionalStringArray('spbe.enforcement.grandfatheredLocations') ?? [];
    return new Grandfathering(
      entries.map(entry =>
        /^[a-z][a-z0-9+-]*:/i.test(entry) && !/^[a-z]:[\\/]/i.test(entry)
          ? entry
          : `file:${resolve(entry)}`,
      ),
    );
  }

  static of(locationPrefixes: string[]): Grandfathering {
    return new Grandfathering(locationPrefixes);
  }

  isGrandfathered(entity: Entity): boolean {
    const location = entity.metadata.annotations?.[ANNOTATION_LOCATION] ?? '';
    if (
      entity.metadata.annotations?.[ANNOTATION_INVENTORY_SOURCE] &&
      location.startsWith(INVENTORY_LOCATION_PREFIX)
    ) {
      return true;
    }
    return this.locationPrefixes.some(prefix => location.startsWith(prefix));
  }
}
