import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { migrateToLatest } from './migrator.js';
import { applyOnce } from './client-operations.js';
import type { Tx } from './database.js';

describe('client operation ids', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.db);
  });
  afterAll(async () => {
    await t.db.close();
    await t.drop();
  });

  /** Work that leaves a trace in the database: a number sequence advanced by one. */
  const count = async (trx: Tx, code: string) => {
    await trx.insertInto('number_sequences').values({ code, next_value: 1, prefix: '', width: 1 }).onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ next_value: eb('number_sequences.next_value', '+', 1) }))).execute();
    return Number((await trx.selectFrom('number_sequences').select('next_value').where('code', '=', code).executeTakeFirstOrThrow()).next_value);
  };
  const applied = async (code: string) => Number((await t.db.kysely.selectFrom('number_sequences').select('next_value').where('code', '=', code).executeTakeFirst())?.next_value ?? 0);

  it('applies an operation once and answers a retry with the first answer', async () => {
    const first = await applyOnce(t.db.kysely, 1, { operationId: 'scan-1', scope: 'receive:1' }, (trx) => count(trx, 'scan-1'));
    const retry = await applyOnce(t.db.kysely, 2, { operationId: 'scan-1', scope: 'receive:1' }, (trx) => count(trx, 'scan-1'));
    expect(first).toEqual({ result: 1, replayed: false });
    expect(retry).toEqual({ result: 1, replayed: true });
    expect(await applied('scan-1')).toBe(1);
  });

  it('answers a retry whose work now fails (the first attempt changed what it checks) with the first answer', async () => {
    const first = await applyOnce(t.db.kysely, 1, { operationId: 'scan-3', scope: 'pick:3' }, (trx) => count(trx, 'scan-3'));
    const retry = await applyOnce(t.db.kysely, 2, { operationId: 'scan-3', scope: 'pick:3' }, () => Promise.reject(new Error('line already picked')));
    expect(retry).toEqual({ result: first.result, replayed: true });
  });

  it('forgets an operation whose work failed, so the retry does the work', async () => {
    await expect(applyOnce(t.db.kysely, 1, { operationId: 'scan-2', scope: 'pick:1' }, () => Promise.reject(new Error('no stock')))).rejects.toThrow('no stock');
    const retry = await applyOnce(t.db.kysely, 2, { operationId: 'scan-2', scope: 'pick:1' }, () => Promise.resolve('done'));
    expect(retry).toEqual({ result: 'done', replayed: false });
  });

  it('refuses an operation id reused for something else, and undoes what that attempt did', async () => {
    await expect(applyOnce(t.db.kysely, 3, { operationId: 'scan-1', scope: 'pick:9' }, (trx) => count(trx, 'scan-1'))).rejects.toMatchObject({ code: 'REQUEST.OPERATION_ID_REUSED' });
    expect(await applied('scan-1')).toBe(1);
  });
});
