import { promises as fs } from 'fs';
import { extname } from 'path';
import {
  InventoryFileError,
  InventoryFormat,
  InventoryReadResult,
} from '../model';
import { parseCsvInventory } from './csv';
import { parseXlsxInventory } from './xlsx';
import { parseYamlInventory } from './yaml';

const FORMAT_BY_EXTENSION: Record<string, InventoryFormat> = {
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** The inventory format of a file name, by extension; throws for others. */
export function inventoryFormatOf(path: string): InventoryFormat {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    throw new InventoryFileError(
      `${path}: unsupported inventory file type; expected .csv, .xlsx, .yaml or .yml`,
    );
  }
  return format;
}

/**
 * Parses inventory content. Bad rows are returned as errors beside the good
 * rows; a file that cannot be read at all throws InventoryFileError.
 */
export async function parseInventory(
  content: Buffer | string,
  format: InventoryFormat,
  fileName: string,
): Promise<InventoryReadResult> {
  switch (format) {
    case 'csv':
      return parseCsvInventory(content, fileName);
    case 'xlsx':
      return parseXlsxInventory(content, fileName);
    case 'yaml':
      return parseYamlInventory(content, fileName);
    default:
      throw new InventoryFileError(
        `${fileName}: unsupported inventory format "${format}"`,
      );
  }
}

/** Reads an inventory file; the format follows its extension. */
export async function readInventoryFile(
  path: string,
): Promise<InventoryReadResult> {
  const format = inventoryFormatOf(path);
  let content: Buffer;
  try {
    content = await fs.readFile(path);
  } catch (error) {
    throw new InventoryFileError(
      `${path}: cannot read file (${(error as Error).message})`,
    );
  }
  return parseInventory(content, format, path);
}
