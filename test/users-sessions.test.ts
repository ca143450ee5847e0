import { beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { createLocations, recordStock } from './support/on-hand-sync.js';
import { readyUser } from './support/users.js';
import { atProductionHashCost } from './support/fast-password-hashing.js';

const HOUR = 60 * 60_000;

describe('users sign in with a password and get a session', () => {
  const t = useTestApp();

  const signIn = (username: string, password: string) => t().as(undefined).post('/api/v1/sessions', { username, password });
  async function session(username: string, password: string): Promise<{ token: string; client: Client }> {
    const res = await signIn(username, password);
    expect(res.status).toBe(201);
    return { token: res.body.token, client: t().as(res.body.token) };
  }

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01']);
    await recordStock(t(), 'seed', [{ quantity: 10, sourceSystemId: null }]);
    for (const [username, role] of [['alice', 'warehouse_worker'], ['paula', 'planner'], ['mona', 'warehouse_manager']] as const) {
      passwords[username] = (await readyUser(t(), { username, displayName: `${username} display`, role })).password;
    }
  });
  const passwords: Record<string, string> = {};
  const pw = (username: string) => passwords[username] ?? '';

  it('answers a token, when it ends and who signed in; the token then works like an API key', async () => {
    const res = await signIn('Alice', pw('alice'));
    expect(res.status).toBe(201);
    expect(res.body.user).toEqual({ username: 'alice', displayName: 'alice display', role: 'warehouse_worker', language: null });
    expect(res.body.expiresAt).toBe(new Date(t().clock.now() + 8 * HOUR).toISOString());
    const alice = t().as(res.body.token);
    const me = await alice.get('/api/v1/session');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('alice');
    expect((await alice.get('/api/v1/work')).status).toBe(200);
    // The role still limits what the person may do.
    const forbidden = await alice.get('/api/v1/users');
    expect(forbidden.status).toBe(403);
  });

  it('records the username as the actor of what the person does', async () => {
    const { client } = await session('mona', pw('mona'));
    const journal = await client.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-01'] });
    expect(journal.status).toBe(201);
    expect(journal.body.createdBy).toBe('mona');
  });

  it('gives a wrong username and a wrong password the same answer', async () => {
    const wrongPassword = await signIn('alice', 'not-her-password');
    const unknownUser = await signIn('nobody', pw('alice'));
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    expect(wrongPassword.body.detail).toBe(unknownUser.body.detail);
    expect(wrongPassword.body.code).toBe('AUTH.SIGN_IN_FAILED');
  });

  it('signs out: the token stops working', async () => {
    const { client } = await session('paula', pw('paula'));
    expect((await client.delete('/api/v1/session')).status).toBe(204);
    const after = await client.get('/api/v1/session');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('ends a session left unused for the idle timeout, and renews it on every use', async () => {
    const { client } = await session('paula', pw('paula'));
    t().clock.advance(7 * HOUR);
    const renewed = await client.get('/api/v1/session');
    expect(renewed.status).toBe(200);
    expect(renewed.body.expiresAt).toBe(new Date(t().clock.now() + 5 * HOUR).toISOString());
    t().clock.advance(7 * HOUR);
    // 14 hours after sign-in, used 7 hours ago: the absolute end (12 hours) has passed.
    const expired = await client.get('/api/v1/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('AUTH.SESSION_EXPIRED');
    expect(expired.body.detail).toContain('expired');

    const idle = await session('paula', pw('paula'));
    t().clock.advance(8 * HOUR);
    const idleAnswer = await idle.client.get('/api/v1/session');
    expect(idleAnswer.status).toBe(401);
    expect(idleAnswer.body.detail).toContain('expired');
  });

  it('locks an account for five minutes after ten failed sign-ins, answering exactly as for a wrong password', async () => {
    const lou = await readyUser(t(), { username: 'lou', role: 'planner' });
    let wrong;
    for (let i = 0; i < 10; i++) {
      wrong = await signIn('lou', `guess-${String(i)}`);
      expect(wrong.status).toBe(401);
    }
    const locked = await signIn('lou', lou.password);
    expect(locked.status).toBe(401);
    // Word for word the answer to a wrong password and to an unknown user: the lock tells no one that 'lou' exists.
    expect(locked.body).toEqual(wrong?.body);
    expect(locked.body).toEqual((await signIn('nobody-at-all', 'whatever-it-is')).body);
    expect(locked.body.code).toBe('AUTH.SIGN_IN_FAILED');
    const listed = await t().admin.get('/api/v1/users?role=planner');
    expect(listed.body.items.find((u: any) => u.username === 'lou').lockedUntil).not.toBeNull();
    t().clock.advance(5 * 60_000);
    expect((await signIn('lou', lou.password)).status).toBe(201);
  });
});

describe('admins manage users', () => {
  const t = useTestApp();
  const signIn = (username: string, password: string) => t().as(undefined).post('/api/v1/sessions', { username, password });

  it('creates users, lists them in pages and refuses duplicates, short passwords and unknown roles', async () => {
    for (const username of ['carl', 'bea', 'dora']) {
      expect((await t().admin.post('/api/v1/users', { username, role: 'warehouse_worker', password: 'a-long-harbour-secret' })).status).toBe(201);
    }
    const page = await t().admin.get('/api/v1/users?limit=2');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: any) => u.username)).toEqual(['bea', 'carl']);
    expect(page.body.items[0]).toMatchObject({ displayName: 'bea', role: 'warehouse_worker', disabled: false, lockedUntil: null });

    const duplicate = await t().admin.post('/api/v1/users', { username: 'bea', role: 'planner', password: 'a-long-harbour-secret' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].field).toBe('username');
    const short = await t().admin.post('/api/v1/users', { username: 'eve', role: 'planner', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(short.body.errors)).toContain('password');
    const common = await t().admin.post('/api/v1/users', { username: 'eve', role: 'planner', password: 'password1234' });
    expect(common.status).toBe(400);
    expect(common.body.errors).toEqual([{ field: 'password', reason: expect.stringContaining('too easy to guess') }]);
    const badRole = await t().admin.post('/api/v1/users', { username: 'eve', role: 'boss', password: 'a-long-harbour-secret' });
    expect(badRole.status).toBe(400);
  });

  it('disabling a user ends their sessions and refuses sign-in with the usual answer', async () => {
    const finn = await readyUser(t(), { username: 'finn', role: 'integration_operator' });
    const token = (await signIn('finn', finn.password)).body.token as string;
    expect((await t().as(token).get('/api/v1/messages')).status).toBe(200);
    const disabled = await t().admin.patch('/api/v1/users/finn', { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await t().as(token).get('/api/v1/messages')).status).toBe(401);
    const refused = await signIn('finn', finn.password);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('AUTH.SIGN_IN_FAILED');
    await t().admin.patch('/api/v1/users/finn', { disabled: false });
    expect((await signIn('finn', finn.password)).status).toBe(201);
  });

  it('a new password ends the sessions and the old password and must be changed; a role change applies at once', async () => {
    const gus = await readyUser(t(), { username: 'gus', role: 'warehouse_worker' });
    const token = (await signIn('gus', gus.password)).body.token as string;
    const promoted = await t().admin.patch('/api/v1/users/gus', { role: 'admin', displayName: 'Gus the admin' });
    expect(promoted.body).toMatchObject({ role: 'admin', displayName: 'Gus the admin' });
    expect((await t().as(token).get('/api/v1/users')).status).toBe(200);

    expect((await t().admin.patch('/api/v1/users/gus', { password: 'tiny' })).status).toBe(400);
    expect((await t().admin.patch('/api/v1/users/gus', { password: 'qwertyuiop123' })).status).toBe(400);
    const reset = await t().admin.patch('/api/v1/users/gus', { password: 'harbour-crane-gus-2' });
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await t().as(token).get('/api/v1/session')).status).toBe(401);
    expect((await signIn('gus', gus.password)).status).toBe(401);
    // The password the admin chose opens a session that can only change it.
    const next = await signIn('gus', 'harbour-crane-gus-2');
    expect(next.status).toBe(201);
    expect(next.body.mustChangePassword).toBe(true);
    const refused = await t().as(next.body.token).get('/api/v1/users');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    expect((await t().admin.patch('/api/v1/users/nobody', { disabled: true })).status).toBe(404);
  });

  it('keeps neither passwords nor session tokens, only their hashes', async () => {
    // At the cost a real server hashes with (the suite's other tests hash cheaply).
    await atProductionHashCost(() => t().admin.post('/api/v1/users', { username: 'hal', role: 'planner', password: 'hal-tide-table-99' }));
    const token = (await signIn('hal', 'hal-tide-table-99')).body.token as string;
    const db = t().q.ctx.db.kysely;
    const user = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', 'hal').executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$[^$]+\$[^$]+$/);
    expect(user.password_hash).not.toContain('hal-tide-table-99');
    const sessions = await db.selectFrom('user_sessions').select('token_hash').where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.token_hash).not.toContain(token.slice(4));
  });

  it('refuses to disable or demote the last enabled admin user, so someone can still administer users', async () => {
    const admins = async () => (await t().admin.get('/api/v1/users?role=admin&disabled=false')).body.items.map((u: any) => u.username);
    expect((await t().admin.post('/api/v1/users', { username: 'ivy', role: 'admin', password: 'ivy-harbour-crane-1' })).status).toBe(201);
    for (const other of (await admins()).filter((u: string) => u !== 'ivy')) expect((await t().admin.patch(`/api/v1/users/${other}`, { role: 'planner' })).status).toBe(200);
    expect(await admins()).toEqual(['ivy']);

    const disable = await t().admin.patch('/api/v1/users/ivy', { disabled: true });
    expect(disable.status).toBe(409);
    expect(disable.headers['content-type']).toContain('application/problem+json');
    expect(disable.body).toMatchObject({ code: 'AUTH.LAST_ADMIN', errors: [{ field: 'disabled', value: 'ivy' }] });
    expect(disable.body.detail).toContain('last enabled admin');
    const demote = await t().admin.patch('/api/v1/users/ivy', { role: 'planner', displayName: 'Ivy' });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ code: 'AUTH.LAST_ADMIN', errors: [{ field: 'role' }] });
    // Nothing of a refused change is applied; other changes still are.
    expect((await t().admin.patch('/api/v1/users/ivy', { displayName: 'Ivy' })).body).toMatchObject({ displayName: 'Ivy', role: 'admin', disabled: false });
    expect((await signIn('ivy', 'ivy-harbour-crane-1')).status).toBe(201);

    // With a second enabled admin either may go; a disabled admin does not count.
    expect((await t().admin.post('/api/v1/users', { username: 'jo', role: 'admin', password: 'jo-harbour-crane-1' })).status).toBe(201);
    expect((await t().admin.patch('/api/v1/users/ivy', { disabled: true })).status).toBe(200);
    expect((await t().admin.patch('/api/v1/users/jo', { role: 'planner' })).status).toBe(409);
    expect((await t().admin.patch('/api/v1/users/ivy', { role: 'planner' })).status).toBe(200);
    expect(await admins()).toEqual(['jo']);
  });

  it('only admins manage users, and API keys keep working as before', async () => {
    const planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }));
    expect((await planner.get('/api/v1/users')).status).toBe(403);
    expect((await planner.post('/api/v1/users', { username: 'x', role: 'admin', password: 'a-long-harbour-secret' })).status).toBe(403);
    // A session route called with an API key: there is no session to show.
    expect((await planner.get('/api/v1/session')).status).toBe(404);
    expect((await t().as(undefined).get('/api/v1/users')).status).toBe(401);
  });
});
