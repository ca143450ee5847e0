import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export const MAX_FAILED_SIGN_INS = 10;
export const LOCK_MS = 5 * 60_000;

/**
 * Counts a password attempt before the password is checked, in one UPDATE, so that attempts sent in parallel
 * cannot all read the same count (25 parallel guesses used to leave it at 1). The tenth attempt locks the
 * account for LOCK_MS and starts the count again; while locked no attempt is counted or checked. Returns
 * false when the account is locked. Both databases evaluate every SET expression on the row as it was, and
 * PostgreSQL re-checks the WHERE of a waiting UPDATE against the row the previous one left.
 */
export async function reserveAttempt(db: Executor, userId: number, now: number): Promise<boolean> {
  const locks = sql<boolean>`failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS}`;
  const row = await db
    .updateTable('users')
    .set({
      failed_sign_ins: sql<number>`case when ${locks} then 0 else failed_sign_ins + 1 end`,
      locked_until: sql<number | null>`case when ${locks} then cast(${now + LOCK_MS} as bigint) else locked_until end`,
    })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The right password: the attempts so far (and a lock the same attempt set) no longer count. */
export async function clearAttempts(db: Executor, userId: number): Promise<void> {
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', userId).execute();
}
