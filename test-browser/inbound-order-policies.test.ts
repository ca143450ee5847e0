import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData } from '../test/support/fixtures.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe("an integration operator sets a source system's inbound order policies", () => {
  let server: RunningQuayside;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createErpClient(server, 'ERP1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a row for transfers that synchronizes loads and requires a match, and saves the grid', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto('/workspaces/setup/source-systems');
    await page.getByRole('table', { name: 'Source systems' }).getByRole('button', { name: 'ERP1', exact: true }).click();
    const card = page.getByRole('region', { name: 'Inbound order policies' });
    await expect.poll(() => card.textContent()).toContain('No rows');
    await card.getByRole('button', { name: 'Add a row' }).click();
    await card.getByLabel('Order type 1').fill('Transfer');
    await card.getByLabel('Delivery policy 1').selectOption('RequireMatchWithinTolerance');
    await card.getByRole('button', { name: 'Save policies' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Policies saved');
    const saved = await ok(server.admin.get('/api/v1/source-systems/ERP1/inbound-order-policies'), 'policies');
    expect(saved.items).toEqual([{ orderType: 'Transfer', accountNumber: '', loadSynchronizationPolicy: 'FullSynchronization', deliveryPolicy: 'RequireMatchWithinTolerance' }]);
    await screenshot(page, 'setup-inbound-order-policies');
    await expectAccessible(page, 'the inbound order policies');
    expect(consoleErrors).toEqual([]);
  });
});
