import { AuthenticationError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';

/** Request header that names the demo user to act as. */
export const DEV_USER_HEADER = 'x-spbe-dev-user';

const USER_NAME = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

export interface DevUserResult {
  /** Name of the catalog User entity, e.g. `arsitek-kemenpanrb`. */
  userName: string;
}

/**
 * Reads the demo user from the request. No secret is involved: this provider
 * exists so that testers can act as each role, and is only enabled where
 * `auth.providers.spbeDev` is configured (development config, never production).
 */
export const devUserAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async (result: DevUserResult) => ({
    profile: { displayName: result.userName },
  }),
  initialize() {},
  async authenticate({ req }) {
    const userName = req.header(DEV_USER_HEADER)?.trim();
    if (!userName) {
      throw new AuthenticationError(`Missing ${DEV_USER_HEADER} header`);
    }
    if (!USER_NAME.test(userName)) {
      throw new AuthenticationError(
        `Header ${DEV_USER_HEADER} is not a user entity name: "${userName}"`,
      );
    }
    return { result: { userName } };
  },
});
