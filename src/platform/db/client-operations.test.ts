import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { migrateToLatest } from './migrator.js';
import { onceForOperation } from './client-operations.js';

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

  it('applies an operation once and answers a retry with the first answer', async () => {
    let runs = 0;
    const first = await onceForOperation(t.db.kysely, 1, { operationId: 'scan-1', scope: 'receive:1' }, () => Promise.resolve({ n: ++runs }));
    const retry = await onceForOperation(t.db.kysely, 2, { operationId: 'scan-1', scope: 'receive:1' }, () => Promise.resolve({ n: ++runs }));
    expect(first).toEqual({ result: { n: 1 }, replayed: false });
    expect(retry).toEqual({ result: { n: 1 }, replayed: true });
    expect(runs).toBe(1);
  });

  it('forgets an operation whose transaction rolled back, so the retry does the work', async () => {
    await expect(
      t.db.kysely.transaction().execute((trx) => onceForOperation(trx, 1, { operationId: 'scan-2', scope: 'pick:1' }, () => Promise.reject(new Error('no stock')))),
    ).rejects.toThrow('no stock');
    const retry = await onceForOperation(t.db.kysely, 2, { operationId: 'scan-2', scope: 'pick:1' }, () => Promise.resolve('done'));
    expect(retry).toEqual({ result: 'done', replayed: false });
  });

  it('refuses an operation id reused for something else', async () => {
    await expect(onceForOperation(t.db.kysely, 3, { operationId: 'scan-1', scope: 'pick:9' }, () => Promise.resolve(1))).rejects.toMatchObject({ code: 'REQUEST.OPERATION_ID_REUSED' });
  });
});
