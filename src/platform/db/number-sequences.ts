import type { Executor } from './database.js';

/**
 * Takes the next number of a named sequence with one guarded increment, so concurrent callers never
 * get the same number. The sequence is created on first use with the given prefix and width: only when
 * the increment finds no row, so that every later number costs one statement.
 */
export async function nextNumber(db: Executor, code: string, defaults: { prefix: string; width: number }): Promise<string> {
  const take = () =>
    db
      .updateTable('number_sequences')
      .set((eb) => ({ next_value: eb('next_value', '+', 1) }))
      .where('code', '=', code)
      .returning(['next_value', 'prefix', 'width'])
      .executeTakeFirst();
  let row = await take();
  if (!row) {
    await db
      .insertInto('number_sequences')
      .values({ code, next_value: 1, prefix: defaults.prefix, width: defaults.width })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    row = await take();
    if (!row) throw new Error(`number sequence '${code}' could not be created`);
  }
  return `${row.prefix}${String(row.next_value - 1).padStart(row.width, '0')}`;
}
