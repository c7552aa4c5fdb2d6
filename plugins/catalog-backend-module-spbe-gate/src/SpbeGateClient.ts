import { createHash } from 'node:crypto';
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { SpbeGateResult } from '@internal/plugin-spbe-common';

/** Asks the SPBE backend what the gate says about an entity. */
export interface SpbeGateChecker {
  check(entity: Entity): Promise<SpbeGateResult>;
}

const TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 5000;

/** The parts of an entity the gate looks at; a change of any of them asks again. */
function cacheKey(entity: Entity): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        entity.kind,
        entity.metadata.namespace,
        entity.metadata.name,
        entity.metadata.title,
        entity.metadata.description,
        entity.metadata.annotations,
        (entity.spec as { type?: unknown } | undefined)?.type,
      ]),
    )
    .digest('hex');
}

/**
 * HTTP client of `POST /api/spbe/gate/check` with a bounded cache: the
 * catalog reprocesses every entity each loop, and an unchanged entity is not
 * asked about again for ten minutes.
 */
export class SpbeGateClient implements SpbeGateChecker {
  private readonly cache = new Map<string, { at: number; result: SpbeGateResult }>();

  constructor(private readonly deps: { discovery: DiscoveryService; auth: AuthService }) {}

  async check(entity: Entity): Promise<SpbeGateResult> {
    const key = cacheKey(entity);
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.result;

    const baseUrl = await this.deps.discovery.getBaseUrl('spbe');
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
      targetPluginId: 'spbe',
    });
    const response = await fetch(`${baseUrl}/gate/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ entity: { apiVersion: entity.apiVersion, kind: entity.kind, metadata: entity.metadata, spec: entity.spec } }),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const result = (await response.json()) as SpbeGateResult;

    if (this.cache.size >= MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { at: Date.now(), result });
    return result;
  }
}
