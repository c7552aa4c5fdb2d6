import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { ColumnFilter } from './rules';

/** Applies permission criteria (allOf / anyOf / not trees of column filters) to a query. */
export function applyCriteria(
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<ColumnFilter>,
): void {
  if ('allOf' in criteria) {
    builder.where(b => {
      for (const c of criteria.allOf) b.andWhere(inner => applyCriteria(inner, c));
    });
  } else if ('anyOf' in criteria) {
    builder.where(b => {
      for (const c of criteria.anyOf) b.orWhere(inner => applyCriteria(inner, c));
    });
  } else if ('not' in criteria) {
    builder.whereNot(b => applyCriteria(b, criteria.not));
  } else if (criteria.values.length === 0) {
    builder.whereRaw('1 = 0');
  } else {
    builder.whereIn(criteria.column, criteria.values);
  }
}
