import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** The `spbe` config of the module, read once into a typed object. */
export interface SpbeModuleConfig {
  /** Directory with `agencies/` and `reference/`. */
  catalogInfoDir: string;
  /** Extra agency files (e.g. the generated local governments). */
  agencyFiles: string[];
  inventory: {
    files: string[];
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
}

export const DEFAULT_INVENTORY_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { seconds: 30 },
    timeout: { minutes: 10 },
  };

/**
 * Without `spbe.catalogInfoDir`: `catalog-info` of the working directory, else
 * of the repository root when the backend runs from `packages/backend`.
 */
export function defaultCatalogInfoDir(cwd: string = process.cwd()): string {
  const candidates = [
    resolve(cwd, 'catalog-info'),
    resolve(cwd, '../../catalog-info'),
  ];
  return candidates.find(dir => existsSync(dir)) ?? candidates[1];
}

export function readSpbeModuleConfig(config: Config): SpbeModuleConfig {
  const catalogInfoDir = config.getOptionalString('spbe.catalogInfoDir');
  const files = (
    config.getOptionalStringArray('spbe.inventory.files') ?? []
  ).map(f => resolve(f));
  const names = new Map<string, string>();
  for (const file of files) {
    const name = basename(file);
    const other = names.get(name);
    if (other) {
      throw new InputError(
        `spbe.inventory.files: ${other} and ${file} share the file name ${name}; import reports and providers are keyed by it`,
      );
    }
    names.set(name, file);
  }
  const scheduleConfig = config.getOptionalConfig('spbe.inventory.schedule');
  return {
    catalogInfoDir: catalogInfoDir
      ? resolve(catalogInfoDir)
      : defaultCatalogInfoDir(),
    agencyFiles: (
      config.getOptionalStringArray('spbe.agencies.files') ?? []
    ).map(f => resolve(f)),
    inventory: {
      files,
      schedule: scheduleConfig
        ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
        : DEFAULT_INVENTORY_SCHEDULE,
    },
  };
}
