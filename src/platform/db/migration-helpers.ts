import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { DialectCaps } from './database.js';

/**
 * A migration is frozen in time once released: it receives the dialect capabilities, never the
 * current table types, so that later code changes cannot change what an old migration does.
 */
export interface PortableMigration {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations predate today's schema types
  up(db: Kysely<any>, caps: DialectCaps): Promise<void>;
}

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
