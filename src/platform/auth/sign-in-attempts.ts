import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export const MAX_FAILED_SIGN_INS = 10;
export const LOCK_MS = 5 * 60_000;

/**
 * What reserving an attempt found: 'locked' (the account is locked; nothing was counted), 'counted', or
 * 'locking' (counted, and it was the tenth in a row: the account is locked now unless this password is right).
 */
export type Attempt = 'locked' | 'counted' | 'locking';

/**
 * Counts a password attempt before the password is checked, in one UPDATE, so that attempts sent in parallel
 * cannot all read the same count (25 parallel guesses used to leave it at 1). The tenth attempt locks the
 * account for LOCK_MS and starts the count again; while locked no attempt is counted or checked. Both
 * databases evaluate every SET expression on the row as it was, and PostgreSQL re-checks the WHERE of a
 * waiting UPDATE against the row the previous one left.
 */
export async function reserveAttempt(db: Executor, userId: number, now: number): Promise<Attempt> {
  const locks = sql<boolean>`failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS}`;
  const row = await db
    .updateTable('users')
    .set({
      failed_sign_ins: sql<number>`case when ${locks} then 0 else failed_sign_ins + 1 end`,
      locked_until: sql<number | null>`case when ${locks} then cast(${now + LOCK_MS} as bigint) else locked_until end`,
    })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning(['locked_until'])
    .executeTakeFirst();
  if (!row) return 'locked';
  // Any lock the row had before has passed (the WHERE), so a lock in the future is the one this attempt set.
  return row.locked_until !== null && Number(row.locked_until) > now ? 'locking' : 'counted';
}

/** The right password: the attempts so far (and a lock the same attempt set) no longer count. */
export async function clearAttempts(db: Executor, userId: number): Promise<void> {
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', userId).execute();
}
