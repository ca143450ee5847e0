import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuayside, type Quayside } from '../src/main.js';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { useTestApp } from './support/harness.js';

interface LogLine {
  level: number;
  msg?: string;
  err?: { message?: string; stack?: string };
}

/** A Quayside whose log lines the test can read (the shared harness logs nowhere). */
async function withLog(uiDir?: string): Promise<{ q: Quayside; lines: LogLine[]; testDb: TestDatabase }> {
  const lines: LogLine[] = [];
  const testDb = await createTestDatabase();
  const q = await buildQuayside({
    config: { ...defaultConfig, logLevel: 'info', ...(uiDir ? { uiDir } : {}) },
    db: testDb.db,
    clock: new ManualClock(),
    logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as LogLine) }),
    logRequests: false,
  });
  return { q, lines, testDb };
}

describe('small leaks', () => {
  const t = useTestApp();
  const uiDir = mkdtempSync(join(tmpdir(), 'quayside-leaks-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Quayside</title>');
  afterAll(() => rmSync(uiDir, { recursive: true, force: true }));

  it('/readyz says only that the database is not reachable; the log has the driver\'s error', async () => {
    const { q, lines, testDb } = await withLog();
    try {
      await q.ctx.db.kysely.destroy();
      const res = await q.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not ready', database: testDb.db.caps.name, pendingMigrations: [], error: 'The database is not reachable' });
      const logged = lines.find((l) => l.msg === 'readiness check: the database is not reachable');
      expect(logged?.err?.message).toMatch(/destroyed/i);
    } finally {
      await q.worker.stop();
      await q.app.close();
      await testDb.drop();
    }
  });

  it('source system search takes % and _ literally, ignores case and bounds its length', async () => {
    for (const [sourceSystemId, name] of [['ERP-NORTH', 'Northern ERP'], ['ERP_SOUTH', 'Southern 100% ERP']]) {
      expect((await t().admin.post('/api/v1/source-systems', { sourceSystemId, name })).status).toBe(201);
    }
    const ids = async (q: string) => ((await t().admin.get(`/api/v1/source-systems?q=${encodeURIComponent(q)}`)).body.items as Array<{ sourceSystemId: string }>).map((s) => s.sourceSystemId);
    expect(await ids('_')).toEqual(['ERP_SOUTH']);
    expect(await ids('%')).toEqual(['ERP_SOUTH']);
    expect(await ids('100%')).toEqual(['ERP_SOUTH']);
    expect(await ids('erp-n')).toEqual(['ERP-NORTH']);
    expect(await ids('NORTHERN')).toEqual(['ERP-NORTH']);
    const long = await t().admin.get(`/api/v1/source-systems?q=${'x'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors[0].field).toBe('querystring.q');
  });

  it('answers a malformed path in the web UI with 400 problem+json and logs no error', async () => {
    const { q, lines, testDb } = await withLog(uiDir);
    try {
      for (const url of ['/%25E0%25A4%25A', '/mobile/%25', '/%E0%A4%A']) {
        const res = await q.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.headers['content-type'], url).toContain('application/problem+json');
        expect(res.json(), url).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [{ field: 'url', reason: 'is not valid percent-encoding' }] });
      }
      expect((await q.app.inject({ method: 'GET', url: '/mobile/pick' })).statusCode).toBe(200);
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    } finally {
      await q.close();
      await testDb.drop();
    }
  });
});
