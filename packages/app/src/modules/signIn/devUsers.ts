import { Config } from '@backstage/config';

export interface DevUser {
  /** Catalog User entity name. */
  name: string;
  title: string;
  role: string;
}

/** Reads `spbe.devSignIn.users` from the frontend config. */
export function readDevUsers(config: Config): DevUser[] {
  return (config.getOptionalConfigArray('spbe.devSignIn.users') ?? []).map(
    user => ({
      name: user.getString('name'),
      title: user.getOptionalString('title') ?? user.getString('name'),
      role: user.getOptionalString('role') ?? '',
    }),
  );
}
