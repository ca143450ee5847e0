import { Migrator, sql, type Migration } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuayside, type Quayside } from '../src/main.js';
import { migrations } from '../src/migrations/index.js';
import { createApiKey } from '../src/platform/auth/api-keys.js';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { addSourceSystem, commitEvents, messageFailed } from './events-fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { tableResolver, testSecretBox } from './support/offline-resolver.js';

/**
 * Before migration 0031 an integration client's cursor was the global feed position. After it, its
 * cursor counts its own events; a cursor it saved before the upgrade must neither skip nor repeat one.
 */
describe('feed cursors held across the upgrade to per-source-system positions', () => {
  let testDb: TestDatabase;
  let q: Quayside;
  const clock = new ManualClock();

  beforeAll(async () => {
    testDb = await createTestDatabase({ empty: true });
    const { db } = testDb;
    const before: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(migrations)) if (name < '0031') before[name] = { up: (k) => m.up(k, db.caps) };
    const result = await new Migrator({
      db: db.kysely,
      provider: { getMigrations: () => Promise.resolve(before) },
      ...(db.schema ? { migrationTableSchema: db.schema } : {}),
    }).migrateToLatest();
    if (result.error) throw result.error instanceof Error ? result.error : new Error('migrating to 0030 failed', { cause: result.error });

    for (const id of ['ERP1', 'ERP2', 'ERP3']) await addSourceSystem(db.kysely, id, clock.now());
    // Dispatched by the old version: global positions 1..5, ERP3 has none.
    for (const [seq, source] of [
      [1, 'ERP1'],
      [2, 'ERP2'],
      [3, 'ERP1'],
      [4, 'ERP2'],
      [5, 'ERP2'],
    ] as const) {
      await sql`insert into business_events (event_id, event_type, schema_version, source_system_id, subject, occurred_at, payload, feed_seq)
                values (${`00000000-0000-7000-8000-00000000000${String(seq)}`}, 'messageProcessor.messageFailed', 1, ${source}, ${`old-${String(seq)}`}, 0, '{}', ${seq})`.execute(db.kysely);
    }
    await sql`update event_dispatch_state set last_feed_seq = 5 where id = 1`.execute(db.kysely);

    q = await buildQuayside({
      config: { ...defaultConfig, logLevel: 'silent' },
      db,
      clock,
      logger: pino({ level: 'silent' }),
      logRequests: false,
      secrets: testSecretBox(),
      resolveHost: tableResolver(),
    });
  });
  afterAll(async () => {
    await q.close();
    await testDb.drop();
  });

  const feedOf = async (sourceSystemId: string, after: number) => {
    const key = (await createApiKey(q.ctx.db.kysely, q.ctx.ids, clock.now(), sourceSystemId, { kind: 'source_system', sourceSystemId })).key;
    const res = await q.app.inject({ method: 'GET', url: `/api/v1/events?after=${String(after)}`, headers: { authorization: `Bearer ${key}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { subject: string; cursor: number }[]; nextCursor: number }>();
    return { subjects: body.items.map((i) => i.subject), cursors: body.items.map((i) => i.cursor), nextCursor: body.nextCursor };
  };

  it('continues every existing client from its old cursor, and counts a new source system from 0', async () => {
    await addSourceSystem(q.ctx.db.kysely, 'ERP4', clock.now());
    await commitEvents(q, ['ERP1', 'ERP2', 'ERP3', 'ERP4'].map((id) => messageFailed(id, `new-${id}`)));
    await q.worker.drainOnce();

    // ERP1 had read up to global position 1, ERP2 up to 4, ERP3 had been told 5 with nothing for it.
    expect(await feedOf('ERP1', 1)).toEqual({ subjects: ['old-3', 'new-ERP1'], cursors: [3, 6], nextCursor: 6 });
    expect(await feedOf('ERP2', 4)).toEqual({ subjects: ['old-5', 'new-ERP2'], cursors: [5, 6], nextCursor: 6 });
    expect(await feedOf('ERP3', 5)).toEqual({ subjects: ['new-ERP3'], cursors: [6], nextCursor: 6 });
    expect(await feedOf('ERP4', 0)).toEqual({ subjects: ['new-ERP4'], cursors: [1], nextCursor: 1 });
  });
});
