import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSlots } from '../src/platform/auth/passwords.js';
import { defaultConfig, type Config } from '../src/platform/config.js';
import { useTestApp, type TestApp } from './support/harness.js';
import { readyUser } from './support/users.js';
import { atProductionHashCost } from './support/fast-password-hashing.js';

const noRateLimits: Config['rateLimit'] = { ...defaultConfig.rateLimit, enabled: false };

/** A sign-in as a browser at `address` sends it. */
function signInFrom(t: TestApp, address: string, username: string, password: string) {
  return t.q.app.inject({ method: 'POST', url: '/api/v1/sessions', remoteAddress: address, payload: { username, password } });
}

async function untilTrue(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('parallel wrong guesses', () => {
  // Every guess at once, each with its own hash slot: the case where reading and writing back the count lost updates.
  const t = useTestApp({ config: { rateLimit: noRateLimits, passwords: { hashConcurrency: 25, hashQueue: 0 } } });

  it('lock the account after 25 wrong guesses sent at once, as ten in a row do', async () => {
    const rita = await readyUser(t(), { username: 'rita', role: 'planner' });
    const guesses = await Promise.all(Array.from({ length: 25 }, (_, i) => signInFrom(t(), '127.0.0.1', 'rita', `guess-number-${String(i)}`)));
    expect(guesses.map((g) => g.statusCode)).toEqual(Array(25).fill(401));
    expect(new Set(guesses.map((g) => g.body)).size).toBe(1);

    const right = await signInFrom(t(), '127.0.0.1', 'rita', rita.password);
    expect(right.statusCode).toBe(401);
    expect(right.body).toBe(guesses[0]?.body);
    const listed = await t().admin.get('/api/v1/users?role=planner');
    expect(listed.body.items.find((u: { username: string }) => u.username === 'rita').lockedUntil).not.toBeNull();

    t().clock.advance(5 * 60_000);
    expect((await signInFrom(t(), '127.0.0.1', 'rita', rita.password)).statusCode).toBe(201);
  });
});

describe('sign-in rate limits', () => {
  const t = useTestApp({
    config: {
      rateLimit: { ...defaultConfig.rateLimit, signInPerAddress: { max: 3, windowSeconds: 60 }, signInPerUsername: { max: 4, windowSeconds: 60 } },
    },
  });

  it('answer 429 with Retry-After and problem+json to an address over its limit; other addresses go on', async () => {
    for (let i = 0; i < 3; i++) expect((await signInFrom(t(), '10.9.0.1', 'nobody', 'not-a-password')).statusCode).toBe(401);
    const limited = await signInFrom(t(), '10.9.0.1', 'somebody-else', 'not-a-password');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED', detail: expect.stringContaining('try again in') });
    expect((await signInFrom(t(), '10.9.0.2', 'nobody', 'not-a-password')).statusCode).toBe(401);
  });

  it('answer 429 to a username guessed from many addresses; other usernames go on', async () => {
    const sam = await readyUser(t(), { username: 'sam', role: 'planner' });
    // readyUser signed sam in once; three more from three addresses reach the limit of four.
    for (const address of ['10.8.0.1', '10.8.0.2', '10.8.0.3']) expect((await signInFrom(t(), address, 'sam', 'a-wrong-guess-here')).statusCode).toBe(401);
    const limited = await signInFrom(t(), '10.8.0.4', 'SAM ', sam.password);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json().code).toBe('REQUEST.RATE_LIMITED');
    expect((await signInFrom(t(), '10.8.0.4', 'someone-else', 'not-a-password')).statusCode).toBe(401);
  });

  it('read at most a few KB of a sign-in: a 3.5 MB one is refused with a short answer', async () => {
    const huge = JSON.stringify({ username: 'x', password: 'y', ...Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${String(i)}`, 1])) });
    expect(huge.length).toBeGreaterThan(3_000_000);
    const res = await t().q.app.inject({ method: 'POST', url: '/api/v1/sessions', remoteAddress: '10.7.0.1', headers: { 'content-type': 'application/json' }, payload: huge });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.length).toBeLessThan(1000);
    const justOver = JSON.stringify({ username: 'x', password: 'p'.repeat(5000) });
    expect((await t().q.app.inject({ method: 'POST', url: '/api/v1/sessions', remoteAddress: '10.7.0.2', headers: { 'content-type': 'application/json' }, payload: justOver })).statusCode).toBe(413);
  });
});

describe('API rate limits', () => {
  const t = useTestApp({ config: { rateLimit: { ...defaultConfig.rateLimit, apiPerCredential: { max: 5, windowSeconds: 60 } } } });

  it('count per API key and per session: one over its limit gets 429, the others go on, health checks are not counted', async () => {
    const first = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'first'));
    const second = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'second'));
    for (let i = 0; i < 5; i++) expect((await first.get('/api/v1/inbound-shipment-orders')).status).toBe(200);
    const limited = await first.get('/api/v1/inbound-shipment-orders');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.code).toBe('REQUEST.RATE_LIMITED');
    expect((await second.get('/api/v1/inbound-shipment-orders')).status).toBe(200);

    const pia = await readyUser(t(), { username: 'pia', role: 'planner' });
    const session = t().as((await t().as(undefined).post('/api/v1/sessions', { ...pia })).body.token);
    for (let i = 0; i < 5; i++) expect((await session.get('/api/v1/inbound-shipment-orders')).status).toBe(200);
    expect((await session.get('/api/v1/inbound-shipment-orders')).status).toBe(429);
    for (let i = 0; i < 10; i++) expect((await t().q.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('hash slots', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Quayside</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("ui")');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const t = useTestApp({ config: { uiDir: dir, rateLimit: noRateLimits } });

  async function staticFileDuringSignIns(signIns: number): Promise<{ answered: number; finished: number }> {
    let finished = 0;
    const all = Array.from({ length: signIns }, (_, i) => signInFrom(t(), '127.0.0.1', `nobody-${String(i)}`, 'not-a-password').then((res) => { finished++; return res; }));
    // Every sign-in is in: answered, checking a password, or waiting for a slot.
    await untilTrue(() => finished + hashSlots.load.running + hashSlots.load.waiting === signIns);
    const file = await t().q.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    const answered = finished;
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('console.log("ui")');
    expect((await Promise.all(all)).every((res) => res.statusCode === 401)).toBe(true);
    return { answered, finished };
  }

  it('keep the thread pool free for static files while 40 sign-ins wait for their checks', async () => {
    // Checks as slow as a real server's: what the slots protect against is the cost of a hash.
    await atProductionHashCost(async () => {
      hashSlots.configure(2, 64);
      const { answered } = await staticFileDuringSignIns(40);
      // The file came while most sign-ins were still waiting, not after them.
      expect(answered).toBeLessThan(20);

      // Without the bound (every sign-in hashing at once, as before) the file queues behind the hashes.
      hashSlots.configure(40, 0);
      const unbounded = await staticFileDuringSignIns(40);
      expect(unbounded.answered).toBeGreaterThanOrEqual(20);
      hashSlots.configure(2, 64);
    });
  }, 120_000);

  it('answer 503 with Retry-After when the queue is full, without counting the refused attempt', async () => {
    const una = await readyUser(t(), { username: 'una', role: 'planner' });
    hashSlots.configure(1, 2);
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => signInFrom(t(), '127.0.0.1', 'una', 'a-wrong-guess-here')));
      const busy = answers.filter((a) => a.statusCode === 503);
      const checked = answers.filter((a) => a.statusCode === 401);
      expect(busy.length).toBe(5);
      expect(checked.length).toBe(3);
      expect(busy[0]?.headers['retry-after']).toBe('1');
      expect(busy[0]?.headers['content-type']).toContain('application/problem+json');
      expect(busy[0]?.json().code).toBe('AUTH.BUSY');
      const row = await t().q.ctx.db.kysely.selectFrom('users').select('failed_sign_ins').where('username', '=', 'una').executeTakeFirstOrThrow();
      expect(row.failed_sign_ins).toBe(3);
      expect((await signInFrom(t(), '127.0.0.1', 'una', una.password)).statusCode).toBe(201);
    } finally {
      hashSlots.configure(2, 32);
    }
  }, 60_000);
});
