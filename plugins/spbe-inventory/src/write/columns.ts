import {
  EXTRA_INVENTORY_COLUMNS,
  INVENTORY_COLUMNS,
  InventoryColumn,
  InventoryRow,
} from '../model';

/** The standard columns plus each extra column (data, dpi) that some row fills. */
export function columnsFor(rows: readonly InventoryRow[]): InventoryColumn[] {
  const extras = EXTRA_INVENTORY_COLUMNS.filter(column =>
    rows.some(row => row[column] !== undefined && row[column] !== ''),
  );
  return [...INVENTORY_COLUMNS, ...extras];
}
