import { sql, type RawBuilder } from 'kysely';
import type { DialectCaps } from './database.js';

/**
 * `FOR UPDATE SKIP LOCKED` where the database has it. On SQLite a write transaction already holds
 * the only write lock, so claiming rows inside it is safe without row locks.
 */
export function skipLockedSuffix(caps: DialectCaps): RawBuilder<unknown> {
  return caps.skipLocked ? sql`for update skip locked` : sql``;
}
