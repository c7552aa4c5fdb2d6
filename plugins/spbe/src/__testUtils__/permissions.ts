import { mockApis } from '@backstage/frontend-test-utils';
import type {
  AuthorizeResult,
  Permission,
} from '@backstage/plugin-permission-common';

const ALLOW = 'ALLOW' as AuthorizeResult.ALLOW;
const DENY = 'DENY' as AuthorizeResult.DENY;

/**
 * A permission API that allows exactly the given permissions and denies
 * every other, so a test also fails when a page asks for the wrong one.
 */
export function permissionApiAllowing(
  ...allowed: Permission[]
): ReturnType<typeof mockApis.permission> {
  const names = new Set(allowed.map(p => p.name));
  return mockApis.permission({
    authorize: request => (names.has(request.permission.name) ? ALLOW : DENY),
  });
}
