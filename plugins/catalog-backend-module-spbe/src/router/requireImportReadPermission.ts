import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { spbeImportReadPermission } from '@internal/plugin-spbe-common';
import { Request } from 'express';

/** Throws NotAllowedError unless the caller may read import reports. */
export async function requireImportReadPermission(
  req: Request,
  deps: { httpAuth: HttpAuthService; permissions: PermissionsService },
): Promise<void> {
  const credentials = await deps.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const [decision] = await deps.permissions.authorize(
    [{ permission: spbeImportReadPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed to read SPBE import reports (${spbeImportReadPermission.name})`,
    );
  }
}
