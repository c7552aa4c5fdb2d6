import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';

/** Who did it: the user entity ref, or the calling service's subject. */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as { type: string; userEntityRef?: string; subject?: string };
  if (principal.type === 'user' && principal.userEntityRef) return principal.userEntityRef;
  return principal.subject ?? principal.type;
}

export function pageOf(query: { limit?: unknown; offset?: unknown }, defaultLimit = 50) {
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  if (limit < 1 || limit > 500) throw new InputError('limit: must be between 1 and 500');
  return { limit, offset };
}

export const MAX_BODY = '64kb';

/** JSON body parsing whose failures (malformed, oversize) answer 400 with the reason. */
export function jsonBody(limit: string = MAX_BODY): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      if (!err) {
        next();
        return;
      }
      const type = (err as { type?: string }).type;
      if (type === 'entity.too.large') {
        next(new InputError(`request body: larger than the ${limit} limit`));
      } else {
        next(new InputError(`request body: malformed JSON (${(err as Error).message})`));
      }
    });
  };
}
