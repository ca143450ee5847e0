import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('signing in', () => {
  let server: RunningQuayside;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a wrong password with the server\'s reason and lets the right one in', async () => {
    const worker = await server.createUser('warehouse_worker', 'wanda');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await page.goto('/mobile/pick');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'the sign-in page');
    await screenshot(page, 'sign-in');

    await page.getByLabel('User name').fill('wanda');
    await page.getByLabel('Password').fill('not her password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toMatch(/password/i);
    await screenshot(page, 'sign-in-refused');

    await page.getByLabel('Password').fill(worker.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where she was going before signing in.
    await page.waitForURL('**/mobile/pick');
    await page.goto('/mobile');
    await page.getByRole('heading', { name: 'Hello wanda' }).waitFor();
    const tasks = await page.getByRole('navigation', { name: 'Tasks' }).getByRole('link').allTextContents();
    expect(tasks).toEqual(expect.arrayContaining(['Receive', 'Put away', 'Pick', 'Count', 'Inquiry']));
    await expectAccessible(page, 'the mobile menu');
    await screenshot(page, 'mobile-menu');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lands each role on its own menu', async () => {
    const planner = await server.createUser('planner', 'pat');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, planner);
    expect(new URL(page.url()).pathname).toBe('/workspaces/inbound');
    // The workspace (and its menu) load on demand after the landing address settles.
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Inbound' }).waitFor();
    const menu = await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link').allTextContents();
    expect(menu).toEqual(expect.arrayContaining(['Inbound', 'Outbound', 'On-hand inquiry', 'Counting']));
    expect(menu).not.toContain('Integration monitoring');
    expect(menu).not.toContain('Users');
    // A workspace outside the role says so instead of failing call after call.
    await page.goto('/workspaces/users');
    await page.getByText('not available to the planner role').waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('sends a user whose session ended back to sign-in with a notice, and signs out', async () => {
    const manager = await server.createUser('warehouse_manager', 'max');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, manager);
    // Disabling the user ends the session on the server; the next call is refused.
    expect((await server.admin.patch('/api/v1/users/max', { disabled: true })).status).toBe(200);
    await page.goto('/workspaces/on-hand');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByText('Your session has ended').waitFor();

    expect((await server.admin.patch('/api/v1/users/max', { disabled: false })).status).toBe(200);
    await signIn(page, manager);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    // The token is revoked on the server, not only forgotten by the browser.
    await page.goto('/workspaces/on-hand');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
