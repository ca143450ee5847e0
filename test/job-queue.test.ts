import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { enqueueJob, JobRunner } from '../src/platform/jobs/queue.js';
import { useTestApp } from './support/harness.js';

const log = pino({ level: 'silent' });

describe('the job queue', () => {
  const t = useTestApp();

  const runner = (id: string) => new JobRunner(t().q.ctx.db, t().clock, id, 60_000, log);
  const jobRow = (kind: string) => t().q.ctx.db.kysely.selectFrom('jobs').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();

  it('runs a due job once and records success; a job for later waits', async () => {
    const seen: unknown[] = [];
    const r = runner('w1');
    r.register({ kind: 'greet', run: (payload) => Promise.resolve(void seen.push(payload)) });
    await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'greet', { to: 'dock 4' });
    await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'greet', { to: 'later' }, { runAt: t().clock.now() + 60_000 });
    expect(await r.poll()).toBe(1);
    expect(await r.poll()).toBe(0);
    expect(seen).toEqual([{ to: 'dock 4' }]);
    t().clock.advance(60_000);
    expect(await r.poll()).toBe(1);
    expect(seen).toEqual([{ to: 'dock 4' }, { to: 'later' }]);
  });

  it('retries a failing job with backoff and marks it failed after its last attempt', async () => {
    let attempts = 0;
    const r = runner('w2');
    r.register({ kind: 'flaky', run: () => Promise.reject(new Error(`attempt ${String(++attempts)} failed`)) });
    await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'flaky', {}, { maxAttempts: 2 });
    await r.poll();
    expect(await jobRow('flaky')).toMatchObject({ status: 'queued', attempts: 1, last_error: 'attempt 1 failed' });
    expect(await r.poll()).toBe(0);
    t().clock.advance(10_000);
    await r.poll();
    expect(await jobRow('flaky')).toMatchObject({ status: 'failed', attempts: 2, last_error: 'attempt 2 failed' });
  });

  it('keeps one job per dedupe key', async () => {
    await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'dedupe', { n: 1 }, { dedupeKey: 'wave-7' });
    await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'dedupe', { n: 2 }, { dedupeKey: 'wave-7' });
    const rows = await t().q.ctx.db.kysely.selectFrom('jobs').select('payload').where('kind', '=', 'dedupe').execute();
    expect(rows.map((r) => JSON.parse(r.payload))).toEqual([{ n: 1 }]);
  });

  it('gives a job to only one of two workers polling at once', async () => {
    const ran: string[] = [];
    const a = runner('a');
    const b = runner('b');
    for (const [r, name] of [
      [a, 'a'],
      [b, 'b'],
    ] as const) {
      r.register({ kind: 'once', run: () => Promise.resolve(void ran.push(name)) });
    }
    for (let i = 0; i < 10; i++) await enqueueJob(t().q.ctx.db.kysely, t().clock.now(), 'once', { i });
    await Promise.all([a.poll(), b.poll(), a.poll(), b.poll()]);
    expect(ran).toHaveLength(10);
  });
});
