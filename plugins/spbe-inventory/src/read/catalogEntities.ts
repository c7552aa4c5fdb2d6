import { promises as fs } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { InventoryFileError } from '../model';

/** The `.yaml` / `.yml` files under `dir`, recursively, in name order; a missing directory has none. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listYamlFiles(path)));
    else if (/\.ya?ml$/i.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * Every YAML document under `dir` (multi-document files, recursively), as
 * plain values; invalid YAML throws with the file's name. A missing directory
 * has none.
 */
export async function readCatalogDocuments(dir: string): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const file of await listYamlFiles(dir)) {
    for (const doc of parseAllDocuments(await fs.readFile(file, 'utf8'))) {
      if (doc.errors.length > 0) {
        throw new InventoryFileError(`${file}: not valid YAML (${doc.errors[0].message.split('\n')[0]})`);
      }
      values.push(doc.toJS());
    }
  }
  return values;
}

/** A Group entity reference's name: "group:default/kominfo" -> "kominfo". */
export function groupRefName(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref) return undefined;
  return ref.replace(/^group:/i, '').replace(/^default\//i, '');
}
