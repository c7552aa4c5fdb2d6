import { parseAllDocuments } from 'yaml';
import {
  InventoryColumn,
  InventoryFileError,
  InventoryReadResult,
} from '../model';
import { normalizeHeader, resolveHeader } from './headers';
import { RawInventoryRow, validateRows } from './validateRows';
import {
  entityToValues,
  isApplicationEntity,
  isEntityDocument,
} from './yamlEntities';

/** Keys of a top-level mapping whose value is the list of rows. */
const ROW_LIST_KEYS = [
  'aplikasi',
  'applications',
  'inventaris',
  'inventory',
  'rows',
];

/**
 * Reads a YAML inventory in either shape:
 * - rows: a list of mappings (top level, or under `aplikasi:`/`rows:`), keys
 *   matched like CSV headers; row number = position in the list (1-based);
 * - entities: catalog documents; each `Component` of type `aplikasi` is a row,
 *   other kinds are skipped; row number = document position (1-based).
 */
export function parseYamlInventory(
  content: Buffer | string,
  fileName: string,
): InventoryReadResult {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  const documents = parseAllDocuments(text);
  const docs = Array.isArray(documents) ? documents : [documents];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      throw new InventoryFileError(
        `${fileName}: not valid YAML (${error.message.split('\n')[0]})`,
      );
    }
  }
  const values = docs
    .map(doc => doc.toJS() as unknown)
    .filter(v => v !== null && v !== undefined);

  if (values.some(isEntityDocument)) {
    const raws: RawInventoryRow[] = [];
    values.forEach((value, index) => {
      if (isEntityDocument(value) && isApplicationEntity(value)) {
        raws.push({
          row: index + 1,
          values: stringValues(entityToValues(value)),
        });
      }
    });
    return validateRows(fileName, raws);
  }

  const list = findRowList(values);
  if (!list) {
    throw new InventoryFileError(
      `${fileName}: expected a list of applications or catalog entities, found neither`,
    );
  }
  const raws: RawInventoryRow[] = list.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return {
        row: index + 1,
        values: {},
        error: { reason: 'item is not a mapping of column: value' },
      };
    }
    const mapped: Partial<Record<InventoryColumn, unknown>> = {};
    for (const [key, value] of Object.entries(item)) {
      const column = resolveHeader(key);
      if (column && !(column in mapped)) mapped[column] = value;
    }
    return { row: index + 1, values: stringValues(mapped) };
  });
  const keys = new Set(
    list.flatMap(item => (isPlainObject(item) ? Object.keys(item) : [])),
  );
  const columns = new Set([...keys].map(resolveHeader));
  const missing = (['id', 'nama'] as const).filter(c => !columns.has(c));
  if (list.length > 0 && missing.length > 0) {
    throw new InventoryFileError(
      `${fileName}: missing column ${missing.join(' and ')}`,
    );
  }
  return validateRows(fileName, raws);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findRowList(values: unknown[]): unknown[] | undefined {
  if (values.length === 0) return [];
  if (values.length !== 1) return undefined;
  const [value] = values;
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) {
    const key = Object.keys(value).find(k =>
      ROW_LIST_KEYS.includes(normalizeHeader(k)),
    );
    if (key && Array.isArray(value[key])) return value[key] as unknown[];
  }
  return undefined;
}

/** Scalars become strings; lists become `;`-separated strings. */
function stringValues(values: Partial<Record<InventoryColumn, unknown>>) {
  const out: Partial<Record<InventoryColumn, string>> = {};
  for (const [column, value] of Object.entries(values) as Array<
    [InventoryColumn, unknown]
  >) {
    const text = toText(value);
    if (text !== undefined) out[column] = text;
  }
  return out;
}

function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    return value
      .map(toText)
      .filter((v): v is string => v !== undefined)
      .join(';');
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
