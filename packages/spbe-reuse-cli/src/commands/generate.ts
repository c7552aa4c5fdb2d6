import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import {
  generateInventory,
  loadAgencySeeds,
  writeInventoryFile,
} from '@internal/spbe-inventory';
import { CliError } from '../errors';
import { CliIo } from '../io';

export interface GenerateOptions {
  size: string;
  seed?: string;
  out: string;
  format?: string;
  agencies?: string;
}

/**
 * `generate`: a deterministic national-scale inventory (inventory.csv|xlsx),
 * its local agencies (agencies.yaml, Group entities) and the labelled
 * duplicate groups (labels.json).
 */
export async function generateCommand(opts: GenerateOptions, io: CliIo): Promise<void> {
  const size = Number(opts.size);
  if (!Number.isInteger(size) || size < 1) {
    throw new CliError(`--size must be a positive integer, got ${opts.size}`);
  }
  const seed = opts.seed === undefined ? undefined : Number(opts.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new CliError(`--seed must be an integer, got ${opts.seed}`);
  }
  const format = (opts.format ?? 'csv').toLowerCase();
  if (format !== 'csv' && format !== 'xlsx') {
    throw new CliError(`Unknown --format ${opts.format}: use csv or xlsx`);
  }
  const seedsDir = opts.agencies ?? 'catalog-info';
  const nationalAgencies = await loadAgencySeeds(seedsDir);
  io.stderr.write(`Generating ${size} applications from ${nationalAgencies.length} national agencies\n`);
  const generated = generateInventory({ size, seed, nationalAgencies });
  await mkdir(opts.out, { recursive: true });
  const inventoryPath = join(opts.out, `inventory.${format}`);
  await writeInventoryFile(inventoryPath, generated.rows);
  await writeFile(
    join(opts.out, 'agencies.yaml'),
    generated.agencies.map(a => stringifyYaml(a)).join('---\n'),
    'utf8',
  );
  await writeFile(
    join(opts.out, 'labels.json'),
    `${JSON.stringify({ duplicateGroups: generated.duplicateGroups }, null, 2)}\n`,
    'utf8',
  );
  io.stderr.write(
    `Wrote ${generated.rows.length} rows to ${inventoryPath}, ${generated.agencies.length} agencies and ${generated.duplicateGroups.length} labelled duplicate groups\n`,
  );
}
