import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('mobile scans without a connection', () => {
  let server: RunningQuayside;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createReceivingLayout(server.admin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps a scan made offline, shows it waiting, and sends it once when the connection is back', async () => {
    const erp = await createErpClient(server, 'ERP1');
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-800', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 12, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-800', lines: [{ orderNumber: 'PO-800', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 12, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const worker = await server.createUser('warehouse_worker', 'olga');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/receive/license-plate');

    await context.setOffline(true);
    await scanStep(page, 'Scan ASN license plate', 'PAL-800');
    const banner = page.getByRole('status').filter({ hasText: 'waiting to be sent' });
    await eventually(() => banner.textContent(), { timeout: 10_000 }).toMatch(/Offline\. 1 scan waiting to be sent/);
    await screenshot(page, 'mobile-offline-waiting');
    expect(await page.evaluate("JSON.parse(localStorage.getItem('quayside.outbox') ?? '[]').length")).toBe(1);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(0);

    await context.setOffline(false);
    await eventually(() => page.getByRole('status').filter({ hasText: 'Received' }).first().textContent(), { timeout: 20_000 }).toMatch(/on PAL-800/);
    await eventually(() => banner.count()).toBe(0);
    await screenshot(page, 'mobile-offline-sent');

    // Applied exactly once: one registration, 12 on hand, the order line received 12 (not 24).
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(12);
    const order = await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-800'), 'order');
    expect(order.lines[0].receivedQuantity).toBe(12);
    const ledger = await ok(server.admin.get('/api/v1/inventory/transactions?itemNumber=ITEM-1&locationId=RECV'), 'ledger');
    expect(ledger.items.filter((t: { kind: string }) => t.kind === 'Receipt')).toHaveLength(1);
    expect(await page.evaluate("localStorage.getItem('quayside.outbox')")).toBe('[]');
    // The browser reports the requests it could not send while offline; those are the point of this test.
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
