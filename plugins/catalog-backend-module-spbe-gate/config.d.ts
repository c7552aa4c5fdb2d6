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
    };
  };
}
