import { loadPlatformRegistry, PlatformRegistry } from '@internal/spbe-inventory';
import { CliError } from './errors';
import type { CliIo } from './io';

/** The default `--catalog-info`: the portal's reference data, read from the checkout the tool runs in. */
export const DEFAULT_CATALOG_INFO = 'catalog-info';

/**
 * The national platforms the portal registers under `<dir>/platforms`, to
 * recognise them in an inventory that leaves `jenis` empty. A missing
 * directory gives none; a directory that cannot be read fails the run.
 */
export async function loadPlatforms(dir: string | undefined, io: CliIo): Promise<PlatformRegistry> {
  const from = dir ?? DEFAULT_CATALOG_INFO;
  let registry: PlatformRegistry;
  try {
    registry = await loadPlatformRegistry(from);
  } catch (error) {
    throw new CliError(`Cannot read --catalog-info ${from}: ${(error as Error).message}`);
  }
  if (registry.size > 0) io.stderr.write(`Recognising ${registry.size} registered national platforms (${from})\n`);
  else if (dir !== undefined) throw new CliError(`--catalog-info ${dir}: no national platform under ${dir}/platforms`);
  return registry;
}
