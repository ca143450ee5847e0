import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessage } from '../test/support/fixtures.js';
import { ok } from '../test/support/inbound.js';
import { DESKTOP, PHONE, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('an integration operator repairs a failed message in the browser', () => {
  let quayside: RunningQuayside;
  let browser: Browser;
  let failedId: number;

  beforeAll(async () => {
    quayside = await startQuayside();
    browser = await launchBrowser();
    const admin = quayside.admin;
    await ok(admin.post('/api/v1/sites', { siteId: 'S1', name: 'Main site' }), 'site');
    await ok(admin.post('/api/v1/warehouses', { warehouseId: 'WH1', name: 'Main warehouse', siteId: 'S1' }), 'warehouse');
    await ok(admin.post('/api/v1/units', { symbol: 'ea', name: 'Each', decimals: 0 }), 'unit');
    await ok(admin.post('/api/v1/units', { symbol: 'box', name: 'Box', decimals: 0 }), 'unit box');
    await ok(admin.post('/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', numerator: 12, denominator: 1 }), 'box to ea');
    await ok(admin.post('/api/v1/items', { itemNumber: 'ITEM-1', name: 'Widget', inventoryUnit: 'ea' }), 'item');
    await ok(admin.post('/api/v1/inventory-statuses', { statusId: 'AV', name: 'Available', available: true, isDefault: true }), 'status');
    await ok(admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-A', name: 'Owner A' }), 'owner');
    await ok(admin.post('/api/v1/source-systems', { sourceSystemId: 'ERP1', name: 'Main ERP', defaultOwnerId: 'OWN-A' }), 'source system');
    await ok(admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'ERP-ITEM-1', itemNumber: 'ITEM-1' }]), 'item mapping');
    // Deliveries give up after one attempt here, so a receiver that refuses makes dead letters at once.
    (quayside.q.ctx.config.webhooks as unknown as { maxAttempts: number }).maxAttempts = 1;
    await ok(admin.post('/api/v1/webhook-subscriptions', { url: 'http://127.0.0.1:9/hooks', eventTypes: ['*'], sourceSystemId: 'ERP1', description: 'ERP event listener' }), 'subscription');
    const erp = quayside.as(await quayside.newSourceSystemKey('ERP1'));
    const sent = await ok(
      erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-700', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-9', expectedQuantity: 4, expectedUnitSymbol: 'ea' }])),
      'message',
    );
    failedId = sent.id;
    await ok(erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-701')), 'good message');
  });

  afterAll(async () => {
    await browser?.close();
    await quayside?.close();
  });

  it('finds the failed message, fixes the item number in a new version, queues it and sees it accepted', async () => {
    // The server's worker processes the messages; wait until the bad one has failed.
    await expect.poll(async () => (await quayside.admin.get(`/api/v1/messages/${String(failedId)}`)).body.processingStatus, { timeout: 30_000 }).toBe('Failed');
    const { page, consoleErrors } = await openPage(browser, quayside.url, DESKTOP);
    await signIn(page, await quayside.createUser('integration_operator'));
    await page.waitForURL('**/workspaces/integration');

    // Overview: the source system with one failed message.
    const erpCard = page.getByRole('region', { name: 'Main ERP (ERP1)' });
    await expect.poll(() => erpCard.getByRole('link', { name: '1 message' }).count()).toBeGreaterThan(0);
    await expect.poll(() => erpCard.getByRole('table', { name: 'Failed messages of Main ERP' }).textContent()).toContain('PO-700');
    await screenshot(page, 'integration-overview');
    await expectAccessible(page, 'the integration overview');

    // Message list, filtered to Failed.
    await page.getByRole('link', { name: 'Messages', exact: true }).click();
    await page.getByLabel('Processing status').selectOption('Failed');
    await page.getByRole('search', { name: 'Filter messages' }).getByRole('button', { name: 'Apply' }).click();
    const table = page.getByRole('table', { name: 'Messages' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.textContent()).toContain('PO-700');
    await screenshot(page, 'integration-messages');
    await expectAccessible(page, 'the message list');

    // Detail: the log names the field and the value.
    await table.getByRole('link', { name: String(failedId) }).click();
    const log = page.getByRole('table', { name: 'Processing log' });
    await expect.poll(() => log.textContent()).toContain('lines[0].itemNumber');
    expect(await log.textContent()).toContain('ERP-ITEM-9');
    await screenshot(page, 'integration-message-detail');
    await expectAccessible(page, 'the message detail');

    // A bad edit first, in the message's form: the server's reason (the same schema as a sent message) shows at the field.
    await page.getByRole('button', { name: 'Edit as a new version' }).click();
    const line = page.getByRole('group', { name: 'Line 1' });
    await line.getByLabel('Expected quantity').fill('-4');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect.poll(() => line.getByRole('alert').allTextContents().then((t) => t.join(' '))).not.toBe('');
    await screenshot(page, 'integration-message-edit-refused');

    // The fix: the mapped item number, and the quantity back.
    await line.getByLabel('Expected quantity').fill('4');
    await line.getByLabel('Item number (source system)').fill('ERP-ITEM-1');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/messages/${String(failedId)}`));
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /version 2/ }).count()).toBe(1);
    await expect.poll(() => page.getByText('Draft', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Queue' }).click();
    // The worker picks it up; the screen looks again until it settles.
    await expect.poll(() => page.getByRole('region', { name: /version 2/ }).getByText('Accepted', { exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'integration-message-accepted');

    // The old version was canceled by the new one.
    await page.getByRole('link', { name: 'Version 1' }).click();
    await expect.poll(() => page.getByRole('region', { name: /version 1/ }).getByText('Canceled', { exact: true }).count()).toBeGreaterThan(0);

    // Processes: run the message processor now and see the outcome.
    await page.getByRole('link', { name: 'Background processes' }).click();
    const processes = page.getByRole('table', { name: 'Background processes' });
    await expect.poll(() => processes.locator('tbody tr').count()).toBeGreaterThan(0);
    await processes.locator('tbody tr').first().getByRole('button').click();
    await page.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents().then((t) => t.join(' '))).toMatch(/The run (succeeded|failed)|already running/);
    await expect.poll(() => page.getByRole('table', { name: /^Runs of/ }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'integration-processes');
    await expectAccessible(page, 'the background processes');

    // Dead letters: the receiver refused every event; send one again, then all of the subscription.
    await expect.poll(async () => (await quayside.admin.get('/api/v1/webhook-deliveries?status=dead')).body.total, { timeout: 30_000 }).toBeGreaterThan(1);
    await page.getByRole('link', { name: 'Webhook dead letters' }).click();
    const dead = page.getByRole('table', { name: 'Dead-lettered webhook deliveries' });
    await expect.poll(() => dead.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await dead.textContent()).toContain('messageProcessor.messageFailed');
    await screenshot(page, 'integration-dead-letters');
    await expectAccessible(page, 'the dead letters');
    await dead.getByRole('button', { name: /^Redrive delivery/ }).first().click();
    await expect.poll(() => page.getByRole('status').allTextContents().then((t) => t.join(' '))).toMatch(/is being sent again/);
    await page.getByLabel('Subscription').selectOption({ index: 1 });
    await page.getByRole('search', { name: 'Filter dead letters' }).getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: /^Redrive all dead of subscription/ }).click();
    await expect.poll(() => page.getByRole('status').allTextContents().then((t) => t.join(' '))).toMatch(/\d+ dead deliveries are being sent again/);

    // On a phone the same list still works: the table scrolls sideways inside its frame.
    await page.setViewportSize(PHONE);
    await page.goto(`/workspaces/integration/messages?m.orderNumber=PO-700`);
    await expect.poll(() => page.getByRole('table', { name: 'Messages' }).locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'integration-messages-phone');
    await expectAccessible(page, 'the message list on a phone');

    expect(consoleErrors).toEqual([]);
  });
});
