import { qtyToNumber } from '../../../platform/quantity.js';
import type { Field } from './entity-set.js';

/**
 * D365 has no empty date: it answers 1900-01-01T00:00:00Z where a date is not set, and connectors
 * treat that value as "none"; Quayside does the same in both directions.
 */
export const D365_NO_DATE = '1900-01-01T00:00:00Z';

/** A stored value as the wire shows it for the field's kind. */
export function wireValue<R>(field: Field<R>, row: R): unknown {
  if (field.read) return field.read(row);
  const value = field.column === undefined ? undefined : row[field.column];
  switch (field.kind) {
    case 'string':
    case 'enum':
      return value === null || value === undefined ? '' : String(value);
    case 'int':
    case 'decimal':
      return value === null || value === undefined ? 0 : Number(value);
    case 'quantity':
      return value === null || value === undefined ? 0 : qtyToNumber(Number(value));
    case 'datetime':
      return dateValue(value);
    case 'noyes':
      return value === 1 || value === true ? 'Yes' : 'No';
  }
}

export function dateValue(value: unknown): string {
  if (value === null || value === undefined) return D365_NO_DATE;
  const date = new Date(Number(value));
  return Number.isFinite(date.getTime()) ? date.toISOString().replace('.000Z', 'Z') : D365_NO_DATE;
}
