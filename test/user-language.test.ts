import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';
import { readyUser } from './support/users.js';

describe('each person keeps the language of the web UI on the server', () => {
  const t = useTestApp();
  const passwords: Record<string, string> = {};

  beforeAll(async () => {
    passwords.greta = (await readyUser(t(), { username: 'greta', displayName: 'Greta', role: 'planner' })).password;
    passwords.paul = (await readyUser(t(), { username: 'paul', displayName: 'Paul', role: 'warehouse_worker' })).password;
  });

  const signIn = async (username: string) => {
    const res = await t().as(undefined).post('/api/v1/sessions', { username, password: passwords[username] });
    expect(res.status).toBe(201);
    return res;
  };

  it('has no language until the person chooses one: the browser decides then', async () => {
    const res = await signIn('greta');
    expect(res.body.user.language).toBeNull();
    expect((await t().as(res.body.token).get('/api/v1/session')).body.user.language).toBeNull();
  });

  it('keeps the chosen language for the next sign-in, and only for that person', async () => {
    const first = await signIn('greta');
    const greta = t().as(first.body.token);
    const changed = await greta.patch('/api/v1/session/preferences', { language: 'de' });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ username: 'greta', language: 'de' });
    expect((await greta.get('/api/v1/session')).body.user.language).toBe('de');

    const again = await signIn('greta');
    expect(again.body.user.language).toBe('de');
    expect((await signIn('paul')).body.user.language).toBeNull();

    const back = await greta.patch('/api/v1/session/preferences', { language: null });
    expect(back.status).toBe(200);
    expect((await signIn('greta')).body.user.language).toBeNull();
  });

  it('refuses a language the web UI does not have, naming the field', async () => {
    const paul = t().as((await signIn('paul')).body.token);
    for (const body of [{ language: 'fr' }, { language: 'DE' }, { language: 7 }, {}, { language: 'de', theme: 'dark' }]) {
      const res = await paul.patch('/api/v1/session/preferences', body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if ('language' in body && Object.keys(body).length === 1) expect(JSON.stringify(res.body)).toContain('language');
    }
    expect((await paul.get('/api/v1/session')).body.user.language).toBeNull();
  });

  it('is a preference of people who sign in, not of API keys', async () => {
    const res = await t().admin.patch('/api/v1/session/preferences', { language: 'de' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
