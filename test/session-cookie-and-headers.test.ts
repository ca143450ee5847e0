import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response as InjectResponse } from 'light-my-request';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from './support/harness.js';
import { readyUser, type Credentials } from './support/users.js';

const COOKIE = 'quayside_session';

function cookieFrom(res: InjectResponse): { value: string; attributes: string } {
  const header = res.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [String(header)]).find((c) => c.startsWith(`${COOKIE}=`));
  if (!line) throw new Error(`no ${COOKIE} cookie in ${JSON.stringify(header)}`);
  const [pair = '', ...rest] = line.split(';');
  return { value: pair.slice(COOKIE.length + 1), attributes: rest.map((a) => a.trim()).join('; ') };
}

async function cookieSignIn(t: TestApp, user: Credentials, headers: Record<string, string> = {}) {
  const res = await t.q.app.inject({ method: 'POST', url: '/api/v1/sessions', headers, payload: { ...user, cookie: true } });
  expect(res.statusCode).toBe(201);
  return { res, cookie: cookieFrom(res), csrfToken: res.json<{ csrfToken: string }>().csrfToken };
}

describe('the web UI session cookie', () => {
  const t = useTestApp();

  it('is HttpOnly, SameSite=Strict, only for /api, lives as long as the session may, and keeps the token out of the answer', async () => {
    const ada = await readyUser(t(), { username: 'ada', role: 'planner' });
    const { res, cookie, csrfToken } = await cookieSignIn(t(), ada);
    expect(cookie.value).toMatch(/^qss_/);
    expect(cookie.attributes).toContain('HttpOnly');
    expect(cookie.attributes).toContain('SameSite=Strict');
    expect(cookie.attributes).toContain('Path=/api');
    expect(cookie.attributes).toContain('Max-Age=43200');
    // Plain HTTP, no trusted proxy saying otherwise: a Secure cookie would never come back.
    expect(cookie.attributes).not.toContain('Secure');
    expect(res.json()).not.toHaveProperty('token');
    expect(res.body).not.toContain(cookie.value);

    const me = await t().q.app.inject({ method: 'GET', url: '/api/v1/session', cookies: { [COOKIE]: cookie.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'ada' }, csrfToken });
  });

  it('needs the session\'s CSRF token in X-CSRF-Token for every change; reads, Bearer tokens and API keys do not', async () => {
    const root = await readyUser(t(), { username: 'root', role: 'admin' });
    const { cookie, csrfToken } = await cookieSignIn(t(), root);
    const other = await cookieSignIn(t(), await readyUser(t(), { username: 'bob', role: 'admin' }));
    const createSite = (siteId: string, headers: Record<string, string> = {}) =>
      t().q.app.inject({ method: 'POST', url: '/api/v1/sites', cookies: { [COOKIE]: cookie.value }, headers, payload: { siteId, name: siteId } });

    const forged: Record<string, string>[] = [{}, { 'x-csrf-token': 'made-up' }, { 'x-csrf-token': other.csrfToken }];
    for (const headers of forged) {
      const refused = await createSite('FORGED', headers);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('AUTH.CSRF_TOKEN_INVALID');
    }
    expect((await t().admin.get('/api/v1/sites/FORGED')).status).toBe(404);

    expect((await createSite('REAL', { 'x-csrf-token': csrfToken })).statusCode).toBe(201);
    expect((await t().q.app.inject({ method: 'GET', url: '/api/v1/sites/REAL', cookies: { [COOKIE]: cookie.value } })).statusCode).toBe(200);
    // Integrations: a Bearer session token or an API key is never sent by a browser on its own, so no CSRF token.
    const bearer = (await t().as(undefined).post('/api/v1/sessions', root)).body.token as string;
    expect((await t().as(bearer).post('/api/v1/sites', { siteId: 'BEARER', name: 'Bearer' })).status).toBe(201);
    expect((await t().admin.post('/api/v1/sites', { siteId: 'KEY', name: 'Key' })).status).toBe(201);
    // The cookie carries session tokens only: an API key put there is not looked at.
    const keyInCookie = await t().q.app.inject({ method: 'GET', url: '/api/v1/sites', cookies: { [COOKIE]: await t().newKey({ kind: 'user', role: 'admin' }) } });
    expect(keyInCookie.statusCode).toBe(401);
  });

  it('is removed at sign-out, after which it no longer works', async () => {
    const cy = await readyUser(t(), { username: 'cy', role: 'planner' });
    const { cookie, csrfToken } = await cookieSignIn(t(), cy);
    const out = await t().q.app.inject({ method: 'DELETE', url: '/api/v1/session', cookies: { [COOKIE]: cookie.value }, headers: { 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    const cleared = cookieFrom(out);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expect((await t().q.app.inject({ method: 'GET', url: '/api/v1/session', cookies: { [COOKIE]: cookie.value } })).statusCode).toBe(401);
  });
});

describe('the session cookie behind a TLS-terminating proxy', () => {
  const t = useTestApp({ config: { trustProxy: '127.0.0.1' } });

  it('is Secure, with HSTS, when the trusted proxy says the request came over HTTPS', async () => {
    const dee = await readyUser(t(), { username: 'dee', role: 'planner' });
    const overTls = await cookieSignIn(t(), dee, { 'x-forwarded-proto': 'https' });
    expect(overTls.cookie.attributes).toContain('Secure');
    expect(overTls.res.headers['strict-transport-security']).toBe('max-age=31536000');
    const plain = await cookieSignIn(t(), dee);
    expect(plain.cookie.attributes).not.toContain('Secure');
    expect(plain.res.headers['strict-transport-security']).toBeUndefined();
    // From an address that is not the trusted proxy, X-Forwarded-Proto is not believed.
    const spoofed = await t().q.app.inject({ method: 'POST', url: '/api/v1/sessions', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-proto': 'https' }, payload: { ...dee, cookie: true } });
    expect(cookieFrom(spoofed).attributes).not.toContain('Secure');
  });
});

describe('the session cookie with secureCookie: always', () => {
  const t = useTestApp({ config: { sessions: { idleTimeoutMinutes: 480, maxLifetimeMinutes: 720, secureCookie: 'always' } } });

  it('is Secure on every answer', async () => {
    const eve = await readyUser(t(), { username: 'eve', role: 'planner' });
    expect((await cookieSignIn(t(), eve)).cookie.attributes).toContain('Secure');
  });
});

describe('security headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-ui-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Quayside</title><div id="root"></div>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const t = useTestApp({ config: { uiDir: dir } });
  const get = (url: string) => t().q.app.inject({ method: 'GET', url });

  function directives(csp: unknown): Map<string, string> {
    return new Map(String(csp).split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0] ?? '', d.slice(d.indexOf(' ') + 1)]));
  }

  it('give the UI a strict Content Security Policy and forbid framing, sniffing and referrers', async () => {
    for (const url of ['/', '/workspaces/outbound', '/api/v1/users']) {
      const res = await get(url);
      const csp = directives(res.headers['content-security-policy']);
      // WebAssembly may compile (the camera's bar code decoder), script text may not be evaluated.
      expect(csp.get('script-src'), url).toBe("'self' 'wasm-unsafe-eval'");
      expect(csp.get('worker-src'), url).toBe("'self'");
      expect(csp.get('style-src'), url).toBe("'self'");
      expect(csp.get('script-src-attr'), url).toBe("'none'");
      expect(csp.get('object-src'), url).toBe("'none'");
      expect(csp.get('base-uri'), url).toBe("'none'");
      expect(csp.get('frame-ancestors'), url).toBe("'none'");
      expect(csp.get('default-src'), url).toBe("'self'");
      // Plain HTTP installations (a warehouse LAN) must keep loading their files.
      expect(csp.has('upgrade-insecure-requests'), url).toBe(false);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('give /docs (Swagger UI) its own policy: inline styles, nothing else more', async () => {
    const docs = await get('/docs');
    expect(docs.statusCode).toBe(200);
    const csp = directives(docs.headers['content-security-policy']);
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });
});
