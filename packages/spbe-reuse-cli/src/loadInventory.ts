import { PlatformRegistry, readInventoryFile } from '@internal/spbe-inventory';
import type { ReuseApplication } from '@internal/spbe-reuse-engine';
import { CliError } from './errors';
import { rowsToApplications } from './rowToApplication';

const MAX_LISTED = 50;

/**
 * Reads an inventory (.csv, .xlsx, .yaml) into applications. Any bad row
 * (missing id or nama, duplicate id...) fails the run with every row number
 * listed; a file that cannot be parsed fails with the reader's message.
 * With `platforms`, rows naming a registered national platform of their
 * agency without a `jenis` are that platform (`rowsToApplications`).
 */
export async function loadInventory(path: string, platforms?: PlatformRegistry): Promise<ReuseApplication[]> {
  let result;
  try {
    result = await readInventoryFile(path);
  } catch (error) {
    throw new CliError(`Cannot read inventory ${path}: ${(error as Error).message}`);
  }
  if (result.errors.length > 0) {
    const lines = result.errors.slice(0, MAX_LISTED).map(
      e => `  ${e.file}:${e.row}${e.column ? ` column ${e.column}` : ''}${e.value !== undefined ? ` value "${e.value}"` : ''}: ${e.reason}`,
    );
    if (result.errors.length > MAX_LISTED) {
      lines.push(`  ... and ${result.errors.length - MAX_LISTED} more`);
    }
    throw new CliError(
      `Inventory ${path} has ${result.errors.length} invalid row(s):\n${lines.join('\n')}`,
    );
  }
  return rowsToApplications(result.rows, platforms);
}
