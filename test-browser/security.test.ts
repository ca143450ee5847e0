import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, PHONE, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

const cspViolations = (errors: string[]) => errors.filter((e) => e.includes('CSP violation') || e.includes('Content Security Policy'));

describe('the browser side of security', () => {
  let server: RunningQuayside;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs every main page, and /docs, under the strict Content Security Policy without one violation', async () => {
    const admin = await server.createUser('admin', 'csp-admin');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, admin);
    for (const path of ['integration', 'inbound', 'outbound', 'on-hand', 'counting', 'reconciliation', 'setup', 'users', 'audit-log']) {
      await page.goto(`/workspaces/${path}`);
      await page.locator('main h1').first().waitFor();
    }
    await page.goto('/password');
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.goto('/docs');
    await page.getByText('Quayside API').first().waitFor();
    expect(cspViolations(consoleErrors)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();

    const phone = await openPage(browser, server.url, PHONE);
    await signIn(phone.page, admin);
    for (const path of ['/mobile', '/mobile/receive', '/mobile/pick', '/mobile/count', '/mobile/inquiry']) {
      await phone.page.goto(path);
      await phone.page.locator('main').first().waitFor();
    }
    expect(phone.consoleErrors).toEqual([]);
    await phone.context.close();
  });

  it('refuses a script injected into the page, and to be framed by another page (the checks above can fail)', async () => {
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations(consoleErrors).length).toBeGreaterThan(0);

    // A page elsewhere that frames Quayside (clickjacking) gets an empty frame.
    await page.goto('about:blank');
    await page.setContent(`<iframe title="framed" src="${server.url}/sign-in"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(async () => (frame ? await frame.locator('button').count() : 0), { timeout: 5_000 }).toBe(0);
    expect(frame?.url()).not.toBe(`${server.url}/sign-in`);
    await context.close();
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie that scripts cannot read, and refuses changes without the CSRF token', async () => {
    const admin = await server.createUser('admin', 'cookie-admin');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, admin);

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'quayside_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(session?.value).toMatch(/^qss_/);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(stored).not.toContain(String(session?.value));
    expect(stored).not.toContain('qss_');

    // A request the page did not build with the session's CSRF token (as a forged one would be) is refused.
    const post = (headers: Record<string, string>) =>
      page.evaluate(
        async ([h]) => (await fetch('/api/v1/sites', { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify({ siteId: 'COOKIE', name: 'Cookie' }) })).status,
        [headers] as const,
      );
    expect(await post({})).toBe(403);
    expect((await server.admin.get('/api/v1/sites/COOKIE')).status).toBe(404);
    const csrfToken = await page.evaluate(() => (JSON.parse(window.localStorage.getItem('quayside.session') ?? '{}') as { csrfToken?: string }).csrfToken ?? '');
    expect(await post({ 'x-csrf-token': csrfToken })).toBe(201);

    // A reload keeps the session (the cookie), as a handheld that lost power needs.
    await page.reload();
    await page.getByRole('navigation', { name: 'Workspaces' }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/sign-in');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lets a user change their own password from the menu', async () => {
    const worker = await server.createUser('warehouse_worker', 'wren');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill(worker.password);
    await page.getByLabel('New password', { exact: true }).fill('wrens-harbour-lights');
    await page.getByLabel('New password again').fill('wrens-harbour-lights-typo');
    await page.getByText('is not the same as the new password').waitFor();
    await page.getByLabel('New password again').fill('wrens-harbour-lights');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed').waitFor();
    expect((await server.as('').post('/api/v1/sessions', { username: 'wren', password: 'wrens-harbour-lights' })).status).toBe(201);
    expect((await server.as('').post('/api/v1/sessions', { username: 'wren', password: worker.password })).status).toBe(401);
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Hello wren' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
