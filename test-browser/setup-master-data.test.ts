import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../test/support/inbound.js';
import { answerDialog, choosePassword, DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('an admin sets up master data and users in the browser', () => {
  let quayside: RunningQuayside;
  let browser: Browser;

  beforeAll(async () => {
    quayside = await startQuayside();
    browser = await launchBrowser();
    const admin = quayside.admin;
    await ok(admin.post('/api/v1/sites', { siteId: 'S1', name: 'Main site' }), 'site');
    await ok(admin.post('/api/v1/warehouses', { warehouseId: 'WH1', name: 'Main warehouse', siteId: 'S1' }), 'warehouse');
    await ok(admin.post('/api/v1/units', { symbol: 'ea', name: 'Each', decimals: 0 }), 'unit');
    await ok(admin.post('/api/v1/location-profiles', { profileId: 'STOR', name: 'Storage', locationType: 'storage' }), 'profile');
    // More items than one page holds (25), so the table pages.
    const rows = Array.from({ length: 30 }, (_, i) => ({ itemNumber: `ITEM-${String(i + 1).padStart(2, '0')}`, name: `Item ${String.fromCharCode(65 + (i % 26))}${String(i)}`, inventoryUnit: 'ea' }));
    await ok(admin.post('/api/v1/items/import', rows), 'items');
  });

  afterAll(async () => {
    await browser?.close();
    await quayside?.close();
  });

  it('creates an item and a location, sees a refused value at its field, sorts and pages, imports, and creates a user who signs in', async () => {
    const { page, consoleErrors } = await openPage(browser, quayside.url, DESKTOP);
    await signIn(page, await quayside.createUser('admin'));
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Setup' }).click();
    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Master data' }).click();
    await page.getByRole('navigation', { name: 'Master data' }).getByRole('link', { name: 'Items' }).click();
    const items = page.getByRole('table', { name: 'Items' });
    await expect.poll(() => items.locator('tbody tr').count()).toBe(25);

    // Create an item through the form.
    await page.getByRole('button', { name: 'New item' }).click();
    const newItem = page.getByRole('form', { name: 'New item' });
    await newItem.getByLabel('Item number', { exact: true }).fill('NEW-1');
    await newItem.getByLabel('Name', { exact: true }).fill('New widget');
    await newItem.getByLabel('Inventory unit', { exact: true }).fill('ea');
    await newItem.getByRole('button', { name: 'Create item' }).click();
    const editItem = page.getByRole('form', { name: 'Item NEW-1' });
    await expect.poll(() => editItem.count()).toBe(1);
    expect((await quayside.admin.get('/api/v1/items/NEW-1')).body).toMatchObject({ name: 'New widget', inventoryUnit: 'ea', batchTracked: false });

    // A value the server refuses: the reason appears at the field.
    const shelfLife = editItem.getByLabel('Shelf life (days)');
    await shelfLife.fill('30');
    await editItem.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => shelfLife.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await shelfLife.getAttribute('aria-describedby')) ?? '';
    const reason = await page.locator(`[id="${describedBy.split(' ').at(-1) ?? ''}"]`).textContent();
    expect(reason).toContain('batchTracked');
    await screenshot(page, 'setup-item-refused-value');
    await expectAccessible(page, 'the item form with a refused value');
    // Fixed: batch tracked, then the shelf life is accepted.
    await editItem.getByLabel('Batch tracked').selectOption('true');
    await editItem.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => editItem.getByText('Saved.').count()).toBe(1);
    expect((await quayside.admin.get('/api/v1/items/NEW-1')).body).toMatchObject({ batchTracked: true, shelfLifeDays: 30 });
    await editItem.getByRole('button', { name: 'Close' }).click();

    // Sort by name on the server, both ways, and page.
    await items.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(() => items.locator('th[aria-sort="ascending"]').textContent()).toContain('Name');
    await expect.poll(() => items.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('Item A0');
    await items.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(() => items.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('New widget');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('26–31 of 31').count()).toBe(1);
    await expect.poll(() => items.locator('tbody tr').count()).toBe(6);
    await screenshot(page, 'setup-items-sorted-page-2');
    await expectAccessible(page, 'the items table');

    // Import a CSV with one bad row: nothing is written, the row's reason is shown.
    await page.getByLabel('File to import (CSV or JSON)').setInputFiles({
      name: 'items.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('itemNumber,name,inventoryUnit\nIMP-1,Imported one,ea\nIMP-2,Imported two,crate\n'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('Nothing was imported').count()).toBeGreaterThan(0);
    await screenshot(page, 'setup-import-refused');
    const problem = await page.getByRole('region', { name: 'Import items' }).getByRole('alert').textContent();
    expect(problem).toMatch(/inventory ?unit/i); // the field as people read it ("Row 2: inventory unit")
    expect(problem).toContain('crate');
    expect((await quayside.admin.get('/api/v1/items/IMP-1')).status).toBe(404);
    await screenshot(page, 'setup-import-refused');

    // Create a location through the form.
    await page.getByRole('navigation', { name: 'Master data' }).getByRole('link', { name: 'Locations' }).click();
    await page.getByRole('button', { name: 'New location' }).click();
    const newLocation = page.getByRole('form', { name: 'New location' });
    await newLocation.getByLabel('Warehouse id', { exact: true }).fill('WH1');
    await newLocation.getByLabel('Location id', { exact: true }).fill('A-01-01');
    await newLocation.getByLabel('Location profile', { exact: true }).fill('STOR');
    await newLocation.getByLabel('Aisle', { exact: true }).fill('A');
    await newLocation.getByRole('button', { name: 'Create location' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Location WH1 / A-01-01' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Locations' }).textContent()).toContain('A-01-01');
    expect((await quayside.admin.get('/api/v1/locations/WH1/A-01-01')).body).toMatchObject({ profileId: 'STOR', aisle: 'A', locationType: 'storage' });
    await screenshot(page, 'setup-locations');
    await expectAccessible(page, 'the locations screen');

    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Source systems' }).click();
    await page.getByRole('button', { name: 'New source system' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Order numbers' }).count()).toBe(1);
    await screenshot(page, 'setup-source-system-form');
    await expectAccessible(page, 'the source system form');

    // A new user, who can then sign in.
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('navigation', { name: 'Users sections' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const newUser = page.getByRole('form', { name: 'New user' });
    await newUser.getByLabel('User name').fill('pat.planner');
    await newUser.getByLabel('Display name').fill('Pat Planner');
    await newUser.getByLabel('Role').selectOption('planner');
    await newUser.getByLabel('Password').fill('a-long-secret-1');
    await newUser.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Users' }).textContent()).toContain('pat.planner');
    await screenshot(page, 'users');
    await expectAccessible(page, 'the users workspace');
    expect(consoleErrors).toEqual([]);

    // Pat's first sign-in asks for a password of Pat's own before anything else.
    const pat = await openPage(browser, quayside.url, DESKTOP);
    await signIn(pat.page, { username: 'pat.planner', password: 'a-long-secret-1' });
    await choosePassword(pat.page, 'a-long-secret-1', 'pats-own-tide-table');
    await expect.poll(() => pat.page.getByRole('navigation', { name: 'Workspaces' }).getByText('Pat Planner').count()).toBe(1);
    expect(pat.consoleErrors).toEqual([]);

    // The admin changes Pat's role, disables and enables Pat, and resets the password.
    const card = page.getByRole('region', { name: 'User pat.planner' });
    await card.getByLabel('Role').selectOption('warehouse_manager');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => card.getByText('Saved the display name and role.').count()).toBe(1);
    await card.getByRole('button', { name: 'Disable user' }).click();
    await answerDialog(page, 'Disable user pat.planner?', 'Disable user');
    await expect.poll(() => page.getByRole('table', { name: 'Users' }).getByText('Disabled', { exact: true }).count()).toBe(1);
    await card.getByRole('button', { name: 'Enable user' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Users' }).getByText('Disabled', { exact: true }).count()).toBe(0);
    await card.getByLabel('New password').fill('another-secret-2');
    await card.getByRole('button', { name: 'Reset password' }).click();
    await expect.poll(() => card.getByText(/The password was reset/).count()).toBe(1);
    const again = await openPage(browser, quayside.url, DESKTOP);
    await signIn(again.page, { username: 'pat.planner', password: 'another-secret-2' });
    await choosePassword(again.page, 'another-secret-2', 'pats-second-tide-table');
    await expect.poll(() => again.page.getByText('(warehouse manager)').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('creates a work template as JSON, an API key and a webhook subscription whose secrets are shown once', async () => {
    const { page, consoleErrors } = await openPage(browser, quayside.url, DESKTOP);
    await signIn(page, await quayside.createUser('admin'));
    await page.goto('/workspaces/setup/templates/work-templates');
    await page.getByRole('button', { name: 'New Work template' }).click();
    const json = page.getByLabel('Work template (JSON)');
    await json.fill(JSON.stringify({ templateId: 'PICK-STD', name: 'Standard picking', workType: 'Pick', sequence: 10, maxPickLines: 20 }));
    await page.getByRole('button', { name: 'Create Work template' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Work templates' }).textContent()).toContain('PICK-STD');
    await screenshot(page, 'setup-work-templates');
    await expectAccessible(page, 'the work templates');

    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Label printer');
    await page.getByLabel('For').selectOption('role');
    await page.getByLabel('Role').selectOption('warehouse_worker');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByLabel('Secret', { exact: true });
    await expect.poll(() => secret.count()).toBe(1);
    const key = ((await secret.textContent()) ?? '').trim();
    expect((await quayside.as(key).get('/api/v1/work')).status).toBe(200);
    await expect.poll(() => page.getByRole('table', { name: 'API keys' }).textContent()).toContain('Label printer');
    await screenshot(page, 'setup-api-keys');
    await expectAccessible(page, 'the API keys');
    await page.getByRole('button', { name: 'Revoke Label printer' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect.poll(async () => (await quayside.as(key).get('/api/v1/work')).status).toBe(401);

    await page.getByRole('navigation', { name: 'Setup sections' }).getByRole('link', { name: 'Webhook subscriptions' }).click();
    // A receiver inside the network (here a cloud metadata service) is refused, and the form says why.
    await page.getByLabel('URL').fill('http://169.254.169.254/latest/meta-data/');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.getByText(/is a cloud metadata address, which webhooks may not reach/).count()).toBeGreaterThan(0);
    expect((await quayside.admin.get('/api/v1/webhook-subscriptions')).body.items).toEqual([]);
    await page.getByLabel('URL').fill('http://127.0.0.1:9/hooks');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.getByLabel('Secret', { exact: true }).textContent()).toMatch(/^whsec_/);
    const table = page.getByRole('table', { name: 'Webhook subscriptions' });
    await table.getByRole('button', { name: /^Pause subscription/ }).click();
    await expect.poll(() => table.getByText('Paused', { exact: true }).count()).toBe(1);
    await table.getByRole('button', { name: /^Rotate secret/ }).click();
    await expect.poll(() => page.getByText(/New signing secret of subscription/).count()).toBe(1);
    await screenshot(page, 'setup-webhooks');
    await expectAccessible(page, 'the webhook subscriptions');
    expect(consoleErrors).toEqual([]);
  });
});
