import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertRows } from '../src/platform/db/insert-rows.js';
import { useTestApp } from './support/harness.js';

/**
 * Multi-row inserts in fixed statement sizes (a message batch's orders, lines, log rows and events): every
 * row arrives once, in order, whatever the count, and a count whose single statement would bind more
 * parameters than SQLite allows is stored too.
 */
describe('inserting many rows at once', () => {
  const t = useTestApp();
  const db = () => t().q.ctx.db.kysely;

  const table = 'insert_rows_probe';
  type Probe = { attempt: number; text: string; field: string | null };
  async function stored(pk: number): Promise<Probe[]> {
    await sql`create table if not exists insert_rows_probe (pk integer not null, attempt integer not null, text text not null, field text default 'none')`.execute(db());
    const rows = await sql<Probe>`select attempt, text, field from insert_rows_probe where pk = ${pk} order by attempt`.execute(db());
    return rows.rows;
  }

  it('stores every row once and in order, for counts that are not one of its statement sizes', async () => {
    for (const [pk, count] of [[-1, 1], [-2, 3], [-3, 341], [-4, 9_001]] as const) {
      await stored(pk);
      const rows = Array.from({ length: count }, (_, i) => ({ pk, attempt: i, text: `row ${i}`, field: i % 2 === 0 ? null : 'f' }));
      await db().transaction().execute((trx) => insertRows(trx, table, rows));
      const found = await stored(pk);
      expect(found.length, `${count} rows`).toBe(count);
      expect(found).toEqual(rows.map(({ attempt, text, field }) => ({ attempt, text, field })));
    }
  });

  it('stores rows whose columns differ as Kysely would', async () => {
    await stored(-5);
    await insertRows(db(), table, [
      { pk: -5, attempt: 1, text: 'with field', field: 'x' },
      { pk: -5, attempt: 2, text: 'without field' },
      { pk: -5, attempt: 3, text: 'undefined field', field: undefined },
      { pk: -5, attempt: 4, text: 'null field', field: null },
    ]);
    // A missing column is what Kysely makes of it: the default on PostgreSQL, NULL on SQLite (no DEFAULT in VALUES there).
    const missing = t().q.ctx.db.caps.name === 'postgres' ? 'none' : null;
    expect(await stored(-5)).toEqual([
      { attempt: 1, text: 'with field', field: 'x' },
      { attempt: 2, text: 'without field', field: missing },
      { attempt: 3, text: 'undefined field', field: missing },
      { attempt: 4, text: 'null field', field: null },
    ]);
  });

  it('writes nothing when one row of a statement is refused by the database, as one transaction', async () => {
    await stored(-6);
    const rows = Array.from({ length: 20 }, (_, i) => ({ pk: -6, attempt: i, text: i === 17 ? null : `row ${i}`, field: null }));
    await expect(db().transaction().execute((trx) => insertRows(trx, table, rows))).rejects.toThrow();
    expect(await stored(-6)).toEqual([]);
  });
});
