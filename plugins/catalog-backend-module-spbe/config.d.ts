import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** SPBE catalog module (@internal/plugin-catalog-backend-module-spbe). */
  spbe?: {
    /**
     * Directory holding `agencies/*.yaml` (agency Groups) and
     * `reference/*.yaml` (ReferenceArchitecture entities). Relative paths are
     * resolved against the backend's working directory. Default: `catalog-info`
     * of the working directory, else `../../catalog-info`.
     */
    catalogInfoDir?: string;
    agencies?: {
      /** Extra files with agency Group entities, e.g. the generated `agencies.yaml`. */
      files?: string[];
    };
    inventory?: {
      /** Inventory files (.csv, .xlsx, .yaml); one entity provider per file, keyed by file name. */
      files?: string[];
      /** How often the files are checked; default every 30 seconds. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
