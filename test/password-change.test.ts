import { describe, expect, it } from 'vitest';
import { checkPassword } from '../src/platform/auth/passwords.js';
import { DomainError } from '../src/platform/errors.js';
import { useTestApp } from './support/harness.js';

function refusal(password: string, userInputs: string[] = []): string | undefined {
  try {
    checkPassword(password, { userInputs });
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.problems[0]?.reason;
    throw error;
  }
}

describe('the password rules', () => {
  it('want 12 characters or more that are not easy to guess, and say why a password is refused', () => {
    expect(refusal('Xk4!bq9')).toContain('at least 12 characters');
    expect(refusal('password1234')).toContain('too easy to guess');
    expect(refusal('qwertyuiop12')).toContain('too easy to guess');
    expect(refusal('aaaaaaaaaaaaaaaa')).toContain('too easy to guess');
    // The person's own name in the password counts against it.
    expect(refusal('MargaretSmith1970', ['msmith', 'Margaret Smith'])).toContain('too easy to guess');
    expect(refusal('correct horse battery staple')).toBeUndefined();
    expect(refusal('tide-table-4-crane')).toBeUndefined();
  });
});

describe('users change their own password', () => {
  const t = useTestApp();
  const anonymous = () => t().as(undefined);
  const signIn = (username: string, password: string) => anonymous().post('/api/v1/sessions', { username, password });

  it('must choose their own at the first sign-in when an admin chose it; meanwhile only the session routes answer', async () => {
    expect((await t().admin.post('/api/v1/users', { username: 'nora', role: 'planner', password: 'admin-chose-this-1' })).status).toBe(201);
    const first = await signIn('nora', 'admin-chose-this-1');
    expect(first.status).toBe(201);
    expect(first.body.mustChangePassword).toBe(true);
    const nora = t().as(first.body.token);
    const refused = await nora.get('/api/v1/inbound-shipment-orders');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    expect((await nora.get('/api/v1/session')).body).toMatchObject({ user: { username: 'nora' }, mustChangePassword: true });

    const changed = await nora.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-1', newPassword: 'noras-own-tide-table' });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect((await nora.get('/api/v1/inbound-shipment-orders')).status).toBe(200);
    expect((await signIn('nora', 'admin-chose-this-1')).status).toBe(401);
    const again = await signIn('nora', 'noras-own-tide-table');
    expect(again.body.mustChangePassword).toBe(false);
    const listed = await t().admin.get('/api/v1/users?role=planner');
    expect(listed.body.items.find((u: { username: string }) => u.username === 'nora').mustChangePassword).toBe(false);
  });

  it('refuse a wrong current password, a weak or unchanged new one, and end the other sessions on success', async () => {
    expect((await t().admin.post('/api/v1/users', { username: 'otto', displayName: 'Otto Berg', role: 'planner', password: 'admin-chose-this-2' })).status).toBe(201);
    const otto = t().as((await signIn('otto', 'admin-chose-this-2')).body.token);
    const elsewhere = t().as((await signIn('otto', 'admin-chose-this-2')).body.token);

    const wrong = await otto.put('/api/v1/session/password', { currentPassword: 'not-the-current-one', newPassword: 'ottos-own-tide-table' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', reason: expect.stringContaining('not the current password') }]);
    const weak = await otto.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-2', newPassword: 'OttoBerg2024' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'newPassword', reason: expect.stringContaining('too easy to guess') }]);
    const short = await otto.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-2', newPassword: 'short' });
    expect(short.status).toBe(400);
    const same = await otto.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-2', newPassword: 'admin-chose-this-2' });
    expect(same.status).toBe(400);
    expect(same.body.errors[0].field).toBe('newPassword');
    // Nothing changed so far.
    expect((await elsewhere.get('/api/v1/session')).status).toBe(200);

    expect((await otto.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-2', newPassword: 'ottos-own-tide-table' })).status).toBe(200);
    expect((await otto.get('/api/v1/session')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/session')).status).toBe(401);
  });

  it('count wrong current passwords like failed sign-ins, so a session left open cannot be used to guess it', async () => {
    expect((await t().admin.post('/api/v1/users', { username: 'pia', role: 'planner', password: 'admin-chose-this-3' })).status).toBe(201);
    const pia = t().as((await signIn('pia', 'admin-chose-this-3')).body.token);
    for (let i = 0; i < 10; i++) {
      expect((await pia.put('/api/v1/session/password', { currentPassword: `guess-number-${String(i)}`, newPassword: 'pias-own-tide-table' })).status).toBe(400);
    }
    // Locked now: even the right current password is refused, and so is a sign-in.
    expect((await pia.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-3', newPassword: 'pias-own-tide-table' })).status).toBe(400);
    expect((await signIn('pia', 'admin-chose-this-3')).status).toBe(401);
    t().clock.advance(5 * 60_000);
    expect((await pia.put('/api/v1/session/password', { currentPassword: 'admin-chose-this-3', newPassword: 'pias-own-tide-table' })).status).toBe(200);
  });

  it('is for sessions: an API key has no password to change', async () => {
    const key = t().as(await t().newKey({ kind: 'user', role: 'planner' }));
    expect((await key.put('/api/v1/session/password', { currentPassword: 'whatever-it-was', newPassword: 'a-new-tide-table-7' })).status).toBe(404);
  });
});
