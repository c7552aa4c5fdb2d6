export interface Config {
  spbe?: {
    /** Development sign-in page: the demo users a tester can act as. */
    devSignIn?: {
      /** @visibility frontend */
      users?: Array<{
        /** Catalog User entity name. @visibility frontend */
        name: string;
        /** @visibility frontend */
        title?: string;
        /** @visibility frontend */
        role?: string;
      }>;
    };
  };
}
