import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { DialectCaps } from './database.js';

/** An auto-incrementing 64-bit surrogate key on both databases. */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  caps: DialectCaps,
  column = 'id',
): CreateTableBuilder<T, never> {
  return caps.name === 'postgres'
    ? table.addColumn(column, 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement());
}

export const notNull = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull();
export const flagColumn = (defaultValue: 0 | 1) => (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
  c.notNull().defaultTo(defaultValue);
