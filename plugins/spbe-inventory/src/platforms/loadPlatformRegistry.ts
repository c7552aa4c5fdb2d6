import {
  ANNOTATION_PENDAHULU,
  ANNOTATION_PENGGANTI,
  ANNOTATION_PLATFORM_NASIONAL,
} from '@internal/plugin-spbe-common';
import { join } from 'path';
import { groupRefName, readCatalogDocuments } from '../read/catalogEntities';
import { PlatformRegistry, RegisteredPlatform } from './PlatformRegistry';

interface EntityLike {
  kind?: unknown;
  metadata?: { name?: unknown; title?: unknown; annotations?: Record<string, unknown> };
  spec?: { owner?: unknown };
}

async function readEntities(dir: string): Promise<EntityLike[]> {
  return (await readCatalogDocuments(dir)).filter((value): value is EntityLike => !!value && typeof value === 'object');
}

/**
 * Reads the national shared platforms of a catalog-info directory: Component
 * entities under `<dir>/platforms` annotated `spbe.go.id/platform-nasional:
 * "true"`, with their owners, and the successions between the agencies under
 * `<dir>/agencies` (`pengganti` / `pendahulu`). Missing directories give an
 * empty registry; invalid YAML throws.
 */
export async function loadPlatformRegistry(catalogInfoDir: string): Promise<PlatformRegistry> {
  const platforms: RegisteredPlatform[] = [];
  for (const entity of await readEntities(join(catalogInfoDir, 'platforms'))) {
    const annotations = entity.metadata?.annotations ?? {};
    const name = entity.metadata?.name;
    const owner = groupRefName(entity.spec?.owner);
    if (String(entity.kind).toLowerCase() !== 'component' || typeof name !== 'string' || !owner) continue;
    if (String(annotations[ANNOTATION_PLATFORM_NASIONAL]) !== 'true') continue;
    const title = typeof entity.metadata?.title === 'string' ? entity.metadata.title : undefined;
    platforms.push({ name, title, owner });
  }
  const successions = new Map<string, string[]>();
  const succeed = (old: string, next: string) => successions.set(old, [...(successions.get(old) ?? []), next]);
  for (const entity of await readEntities(join(catalogInfoDir, 'agencies'))) {
    const name = entity.metadata?.name;
    if (String(entity.kind).toLowerCase() !== 'group' || typeof name !== 'string') continue;
    const annotations = entity.metadata?.annotations ?? {};
    const next = groupRefName(annotations[ANNOTATION_PENGGANTI]);
    const previous = groupRefName(annotations[ANNOTATION_PENDAHULU]);
    if (next) succeed(name, next);
    if (previous) succeed(previous, name);
  }
  return new PlatformRegistry(platforms, successions);
}
