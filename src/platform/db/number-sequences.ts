import type { Executor } from './database.js';

/**
 * Takes the next number of a named sequence with one guarded increment, so concurrent callers never
 * get the same number. The sequence is created on first use with the given prefix and width.
 */
export async function nextNumber(db: Executor, code: string, defaults: { prefix: string; width: number }): Promise<string> {
  await db
    .insertInto('number_sequences')
    .values({ code, next_value: 1, prefix: defaults.prefix, width: defaults.width })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const row = await db
    .updateTable('number_sequences')
    .set((eb) => ({ next_value: eb('next_value', '+', 1) }))
    .where('code', '=', code)
    .returning(['next_value', 'prefix', 'width'])
    .executeTakeFirstOrThrow();
  return `${row.prefix}${String(row.next_value - 1).padStart(row.width, '0')}`;
}
