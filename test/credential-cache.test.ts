import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuayside, type Quayside } from '../src/main.js';
import { defaultConfig } from '../src/platform/config.js';
import { DEFAULT_MAX_AGE_MS } from '../src/platform/auth/credential-cache.js';
import { startTestApp, type Client, type TestApp } from './support/harness.js';
import { tableResolver, testSecretBox } from './support/offline-resolver.js';
import { createReadyUser } from './support/users.js';

const MINUTE = 60_000;

/** A client of any app; the harness's own clients talk to the first app only. */
function clientOf(q: Quayside, key: string | undefined): Client {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const res = await q.app.inject({ method, url, headers: key ? { authorization: `Bearer ${key}` } : {}, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : res.body, headers: res.headers };
  };
  return {
    get: (url) => call('GET', url),
    post: (url, body) => call('POST', url, body ?? {}),
    put: (url, body) => call('PUT', url, body ?? {}),
    patch: (url, body) => call('PATCH', url, body ?? {}),
    delete: (url) => call('DELETE', url),
  };
}

/**
 * Each process remembers who a key or session is (ADR 0019). These tests run two apps on one database,
 * as two serve processes would: A serves the credential (and so remembers it), B changes it. Whatever B
 * changes must hold at A's next request.
 */
describe('remembered credentials', () => {
  let t: TestApp;
  let b: Quayside;
  const onA = (key: string | undefined) => t.as(key);
  const onB = (key: string | undefined) => clientOf(b, key);
  let adminOnB: Client;

  beforeAll(async () => {
    t = await startTestApp({ file: true });
    b = await buildQuayside({
      config: { ...defaultConfig, logLevel: 'silent' },
      db: t.testDb.connectAgain(),
      clock: t.clock,
      logger: pino({ level: 'silent' }),
      logRequests: false,
      migrate: false,
      secrets: testSecretBox(),
      resolveHost: tableResolver(),
    });
    adminOnB = onB(await t.newKey({ kind: 'user', role: 'admin' }, 'admin on B'));
  });
  afterAll(async () => {
    await b.close();
    await t.close();
  });

  const signIn = async (username: string, password: string): Promise<string> => {
    const res = await onA(undefined).post('/api/v1/sessions', { username, password });
    expect(res.status).toBe(201);
    return res.body.token as string;
  };
  const user = (username: string, role: string) => createReadyUser(t.admin, onA(undefined), onA, { username, role });

  it('refuses an API key at the next request after another process revoked it', async () => {
    const key = await t.newKey({ kind: 'user', role: 'planner' }, 'planner');
    expect((await onA(key).get('/api/v1/work')).status).toBe(200);
    expect((await onA(key).get('/api/v1/work')).status).toBe(200);
    const keys = await adminOnB.get('/api/v1/api-keys');
    const id = keys.body.items.find((k: { name: string }) => k.name === 'planner').id as number;
    expect((await adminOnB.delete(`/api/v1/api-keys/${String(id)}`)).status).toBe(204);
    const refused = await onA(key).get('/api/v1/work');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses a key revoked by an operator directly in the database', async () => {
    const key = await t.newKey({ kind: 'source_system', sourceSystemId: 'ERP' }, 'erp by hand');
    expect((await onA(key).get('/api/v1/messages')).status).not.toBe(401);
    await sql`update api_keys set revoked_at = ${t.clock.now()} where name = 'erp by hand'`.execute(t.q.ctx.db.kysely);
    expect((await onA(key).get('/api/v1/messages')).status).toBe(401);
  });

  it('ends a session at the next request after it was signed out, or its user disabled, through another process', async () => {
    const rita = await user('rita', 'warehouse_worker');
    const token = await signIn('rita', rita.password);
    expect((await onA(token).get('/api/v1/work')).status).toBe(200);
    expect((await onB(token).delete('/api/v1/session')).status).toBe(204);
    expect((await onA(token).get('/api/v1/work')).status).toBe(401);

    const again = await signIn('rita', rita.password);
    expect((await onA(again).get('/api/v1/work')).status).toBe(200);
    expect((await adminOnB.patch('/api/v1/users/rita', { disabled: true })).status).toBe(200);
    expect((await onA(again).get('/api/v1/work')).status).toBe(401);
  });

  it('applies a role change and a new password made through another process at the next request', async () => {
    // Another admin user, so that sam is not the last one and may be demoted again.
    expect((await t.admin.post('/api/v1/users', { username: 'ada', role: 'admin', password: 'ada-harbour-crane-1' })).status).toBe(201);
    const sam = await user('sam', 'warehouse_worker');
    const token = await signIn('sam', sam.password);
    expect((await onA(token).get('/api/v1/users')).status).toBe(403);
    expect((await adminOnB.patch('/api/v1/users/sam', { role: 'admin' })).status).toBe(200);
    expect((await onA(token).get('/api/v1/users')).status).toBe(200);
    expect((await onA(token).get('/api/v1/session')).body.user.role).toBe('admin');
    expect((await adminOnB.patch('/api/v1/users/sam', { role: 'planner' })).status).toBe(200);
    expect((await onA(token).get('/api/v1/users')).status).toBe(403);
    expect((await adminOnB.patch('/api/v1/users/sam', { password: 'harbour-crane-sam-2' })).status).toBe(200);
    expect((await onA(token).get('/api/v1/session')).status).toBe(401);
  });

  it('lets a session out of the password-change-only mode at once after the change', async () => {
    await t.admin.post('/api/v1/users', { username: 'tom', role: 'planner', password: 'set-by-admin-tom-1' });
    const token = await signIn('tom', 'set-by-admin-tom-1');
    expect((await onA(token).get('/api/v1/work')).body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    expect((await onB(token).put('/api/v1/session/password', { currentPassword: 'set-by-admin-tom-1', newPassword: 'tom-own-tide-table-3' })).status).toBe(200);
    expect((await onA(token).get('/api/v1/work')).status).toBe(200);
  });

  it('writes a session’s last use at most once a minute, and keeps a session alive that another process renewed', async () => {
    const una = await user('una', 'warehouse_worker');
    const token = await signIn('una', una.password);
    const lastUsed = async () =>
      (await t.q.ctx.db.kysely.selectFrom('user_sessions as s').innerJoin('users as u', 'u.id', 's.user_id').select('s.last_used_at').where('u.username', '=', 'una').where('s.revoked_at', 'is', null).executeTakeFirstOrThrow())
        .last_used_at;
    const signedInAt = await lastUsed();
    for (let i = 0; i < 5; i++) {
      t.clock.advance(10_000);
      expect((await onA(token).get('/api/v1/work')).status).toBe(200);
    }
    expect(await lastUsed()).toBe(signedInAt);
    t.clock.advance(20_000);
    expect((await onA(token).get('/api/v1/work')).status).toBe(200);
    expect(await lastUsed()).toBe(t.clock.now());

    // A last saw the session 7 hours ago; B uses it now. Two hours later the session is 9 hours past A's
    // last sight (the idle timeout is 8 hours) but only 2 hours past its last use: A must not end it.
    t.clock.advance(7 * 60 * MINUTE);
    expect((await onB(token).get('/api/v1/work')).status).toBe(200);
    t.clock.advance(2 * 60 * MINUTE);
    expect((await onA(token).get('/api/v1/work')).status).toBe(200);
    t.clock.advance(8 * 60 * MINUTE);
    expect((await onA(token).get('/api/v1/work')).body.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('looks a remembered key up again after the documented bound even when the generation did not move', async () => {
    const key = await t.newKey({ kind: 'user', role: 'planner' }, 'restored');
    expect((await onA(key).get('/api/v1/work')).status).toBe(200);
    // As after restoring a backup: the key is revoked, but the generation reads as before.
    const db = t.q.ctx.db.kysely;
    const before = await db.selectFrom('credential_generation').select('generation').executeTakeFirstOrThrow();
    await sql`update api_keys set revoked_at = ${t.clock.now()} where name = 'restored'`.execute(db);
    await sql`update credential_generation set generation = ${before.generation} where id = 1`.execute(db);
    t.clock.advance(DEFAULT_MAX_AGE_MS);
    expect((await onA(key).get('/api/v1/work')).status).toBe(401);
  });
});
