export interface Config {
  spbe?: {
    enforcement?: {
      /**
       * What the catalog does with a new SPBE application (not from an
       * inventory import) without an approved proposal: `off` nothing, `warn`
       * flag it (annotation and label `spbe.go.id/gate: flagged`), `block`
       * refuse it with a processing error. Default `warn`.
       * @visibility frontend
       */
      mode?: 'off' | 'warn' | 'block';
      /**
       * Locations whose applications exist already and need no proposal (the
       * national registry, e.g. catalog-info/platforms): location prefixes
       * such as `url:https://...`, or file paths resolved against the
       * backend's working directory. Inventory imports are always exempt.
       */
      grandfatheredLocations?: string[];
    };
  };
}
