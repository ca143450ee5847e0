import type { Client, TestApp } from './harness.js';

export interface Credentials {
  username: string;
  password: string;
}

async function expectStatus(res: Promise<{ status: number; body: unknown }>, status: number, what: string): Promise<any> {
  const answer = await res;
  if (answer.status !== status) throw new Error(`${what}: expected ${String(status)}, got ${String(answer.status)}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * A user as they are after their first sign-in: an admin created them with a password of the admin's
 * choosing, and they replaced it with their own (which the server requires before anything else).
 */
export async function createReadyUser(admin: Client, anonymous: Client, as: (token: string) => Client, user: { username: string; role: string; displayName?: string }): Promise<Credentials> {
  const initial = `set-by-admin-${user.username}-1`;
  const own = `own-${user.username}-tide-table-7`;
  await expectStatus(admin.post('/api/v1/users', { ...user, password: initial }), 201, `creating ${user.username}`);
  const first = await expectStatus(anonymous.post('/api/v1/sessions', { username: user.username, password: initial }), 201, `first sign-in of ${user.username}`);
  const session = as(first.token as string);
  await expectStatus(session.put('/api/v1/session/password', { currentPassword: initial, newPassword: own }), 200, `${user.username} choosing a password`);
  await expectStatus(session.delete('/api/v1/session'), 204, `${user.username} signing out`);
  return { username: user.username, password: own };
}

/** createReadyUser on a test app. */
export function readyUser(t: TestApp, user: { username: string; role: string; displayName?: string }): Promise<Credentials> {
  return createReadyUser(t.admin, t.as(undefined), (token) => t.as(token), user);
}
