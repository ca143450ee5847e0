import { Type, type TSchema } from 'typebox';
import { bool } from '../../../platform/db/json.js';
import { containsText, SearchText } from '../../../platform/http/paging.js';
import { idSchema, type FilterSpec } from './spec.js';

/** Rows whose column equals the value. Columns are qualified (r.site_id), see db/records.ts. */
export function equals(column: string, schema: TSchema = idSchema('Exact value')): FilterSpec {
  return { schema, apply: (query, value) => query.where(column, '=', value) };
}

export function flagEquals(column: string, description: string): FilterSpec {
  return { schema: Type.Boolean({ description }), apply: (query, value) => query.where(column, '=', bool(value as boolean)) };
}

/** Case-insensitive "contains" over a few columns, the same on SQLite and PostgreSQL. */
export function search(columns: string[], description: string): FilterSpec {
  return {
    schema: SearchText(description),
    apply: (query, value) => query.where(containsText(columns, String(value))),
  };
}
