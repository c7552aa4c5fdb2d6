export interface Config {
  spbe?: {
    enforcement?: {
      /**
       * What happens to a new SPBE application without an approved proposal:
       * `off` nothing, `warn` flagged, `block` rejected by the catalog.
       * @visibility frontend
       */
      mode?: 'off' | 'warn' | 'block';
    };
    sync?: {
      /** Minutes between catalog syncs (default 5). */
      frequencyMinutes?: number;
    };
  };
}
