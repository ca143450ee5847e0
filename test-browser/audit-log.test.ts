import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/** YYYY-MM-DD of the day `days` from today, in this machine's time zone (the browser's too). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the audit log screen', () => {
  let quayside: RunningQuayside;
  let browser: Browser;
  beforeAll(async () => {
    [quayside, browser] = await Promise.all([startQuayside(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await quayside?.close();
  });

  it('shows an admin their sign-in and the API key they created, with an end date, and filters by action', async () => {
    const admin = await quayside.createUser('admin', 'audra');
    const { page, consoleErrors } = await openPage(browser, quayside.url, DESKTOP);
    await signIn(page, admin);

    await page.goto('/workspaces/setup/api-keys');
    await page.getByLabel('Name', { exact: true }).fill('Label printer');
    await page.getByLabel('For').selectOption('role');
    await page.getByLabel('Role').selectOption('warehouse_worker');
    await page.getByLabel('Last day it works').fill(dayFromToday(30));
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.getByLabel('Secret', { exact: true }).count()).toBe(1);
    const keys = page.getByRole('table', { name: 'API keys' });
    await expect.poll(() => keys.textContent()).toContain('Label printer');
    const created = (await quayside.admin.get('/api/v1/api-keys')).body.items.find((k: { name: string }) => k.name === 'Label printer');
    expect(created.expiresAt).not.toBeNull();
    const row = keys.getByRole('row').filter({ hasText: 'Label printer' });
    expect(await row.textContent()).not.toContain('Never');

    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const table = page.getByRole('table', { name: 'Audit log, newest first' });
    const signInRow = table.getByRole('row').filter({ hasText: 'Sign-in' }).filter({ hasText: 'audra' });
    await expect.poll(() => signInRow.count()).toBeGreaterThan(0);
    expect(await signInRow.first().textContent()).toContain('Succeeded');
    const keyRow = table.getByRole('row').filter({ hasText: 'API key created' }).filter({ hasText: 'Label printer' });
    await expect.poll(() => keyRow.count()).toBe(1);
    expect(await keyRow.textContent()).toContain('audra');
    await screenshot(page, 'audit-log');
    await expectAccessible(page, 'the audit log');

    // Only the key creations, by filter.
    await page.getByLabel('Action').selectOption({ label: 'API key created' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Sign-in' }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: 'API key created' }).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('audit.action')).toBe('api_key.created');
    expect(consoleErrors).toEqual([]);
  });

  it('is not in the menu of anyone but an admin', async () => {
    const manager = await quayside.createUser('warehouse_manager', 'mara');
    const { page, consoleErrors } = await openPage(browser, quayside.url, DESKTOP);
    await signIn(page, manager);
    await page.getByRole('navigation', { name: 'Workspaces' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.goto('/workspaces/audit-log');
    await page.getByText('This workspace is not available').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
