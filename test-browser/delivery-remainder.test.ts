import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { answerDialog, DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('a warehouse manager closes what an order line still expects', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    erp = await createErpClient(server, 'ERP1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets an inbound line the vendor will not deliver to 0 after a confirmation, and the line is canceled', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-870', {}, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' },
      { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', expectedQuantity: 3, expectedUnitSymbol: 'box' },
    ]));
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('warehouse_manager'));
    await page.goto('/workspaces/inbound/orders/PO-870');
    const card = page.getByRole('region', { name: 'Delivery remainder' });
    await card.getByLabel('Line').selectOption('2');
    await expect.poll(() => card.getByLabel('Remaining quantity (box)').isVisible()).toBe(true);
    await card.getByLabel('Remaining quantity (box)').fill('0');
    await card.getByRole('button', { name: 'Set delivery remainder' }).click();
    await screenshot(page, 'inbound-delivery-remainder');
    await answerDialog(page, 'Set the delivery remainder of line 2 to 0 box?', 'Set delivery remainder');
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Line 2 now has 0');
    const order = await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-870'), 'order');
    expect(order.lines.map((l: any) => [l.orderLineNumber, l.status])).toEqual([[1, 'Active'], [2, 'Canceled']]);
    await expectAccessible(page, 'the delivery remainder');
    expect(consoleErrors).toEqual([]);
  });

  it('is not offered to a planner', async () => {
    const { page } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/inbound/orders/PO-870');
    await expect.poll(() => page.getByRole('region', { name: /^Lines/ }).or(page.getByText('PO-870').first()).first().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Delivery remainder' }).count()).toBe(0);
  });
});
