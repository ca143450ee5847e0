import type { EnumType, Field, FieldKind } from '../odata/entity-set.js';
import { dateValue } from '../odata/values.js';

/** Field builders for the entity sets: a column of the row source, or a value read from one of its JSON columns. */
export const text = <R>(column: keyof R & string): Field<R> => ({ kind: 'string', column });
/** A text on the wire that the row keeps as a number (an inventory lot id). */
export const numericText = <R>(column: keyof R & string): Field<R> => ({ kind: 'string', column, numericText: true });
export const int = <R>(column: keyof R & string): Field<R> => ({ kind: 'int', column });
export const quantity = <R>(column: keyof R & string): Field<R> => ({ kind: 'quantity', column });
export const instant = <R>(column: keyof R & string): Field<R> => ({ kind: 'datetime', column });
export const noYes = <R>(column: keyof R & string): Field<R> => ({ kind: 'noyes', column });
export const enumOf = <R>(column: keyof R & string, enumType: EnumType): Field<R> => ({ kind: 'enum', column, enumType });

/** A D365 field Quayside has nothing for: always empty (docs/d365-compatibility.md says why, field by field). */
export const emptyText = <R>(): Field<R> => ({ kind: 'string', read: () => '' });
export const zero = <R>(kind: 'int' | 'decimal' = 'decimal'): Field<R> => ({ kind, read: () => 0 });
export const noDate = <R>(): Field<R> => ({ kind: 'datetime', read: () => dateValue(null) });

const parsed = new WeakMap<object, Map<string, Record<string, unknown>>>();

/** The object in a JSON column of a row, parsed once per row. */
function jsonOf<R>(row: R, column: keyof R & string): Record<string, unknown> {
  const key = row as object;
  let columns = parsed.get(key);
  if (!columns) {
    columns = new Map();
    parsed.set(key, columns);
  }
  let value = columns.get(column);
  if (!value) {
    const raw = row[column];
    try {
      value = typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      value = {};
    }
    columns.set(column, value ?? {});
  }
  return value ?? {};
}

/** A value kept in a JSON column (parties, references): can be selected, not filtered or ordered by. */
export function fromJson<R>(column: keyof R & string, path: readonly string[], kind: Extract<FieldKind, 'string' | 'int' | 'decimal'> = 'string'): Field<R> {
  return {
    kind,
    read: (row) => {
      let value: unknown = jsonOf(row, column);
      for (const step of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[step] : undefined;
      if (kind === 'string') return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
      return typeof value === 'number' ? value : 0;
    },
  };
}

const ADDRESS = ['Street', 'StreetNumber', 'StreetInKana', 'BuildingComplement', 'PostBox', 'City', 'CityInKana', 'County', 'District', 'State', 'ZipCode', 'CountryRegionId', 'TimeZone'] as const;

/**
 * A party block (Consigner*, Sender*, Consignee*, Receiver*) read from a JSON column that keeps Quayside's
 * message fields (consignerName...). D365's document entities spell one field BuildingCompliment.
 */
export function partyFields<R>(column: keyof R & string, prefix: string, extra: readonly string[], path: readonly string[] = []): Record<string, Field<R>> {
  const fields: Record<string, Field<R>> = {};
  const pascal = prefix.charAt(0).toUpperCase() + prefix.slice(1);
  for (const name of [...extra, ...ADDRESS]) {
    const wire = name === 'BuildingComplement' ? 'BuildingCompliment' : name;
    fields[`${pascal}${wire}`] = fromJson(column, [...path, `${prefix}${name}`]);
  }
  fields[`${pascal}Latitude`] = fromJson(column, [...path, `${prefix}Latitude`], 'decimal');
  fields[`${pascal}Longitude`] = fromJson(column, [...path, `${prefix}Longitude`], 'decimal');
  return fields;
}
