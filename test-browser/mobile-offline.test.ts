import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/**
 * What the browser itself logs about the network while the test holds the phone offline: the requests it
 * could not send and the service worker update check it could not make (Chromium runs one on navigation).
 * Those are the point of these tests; anything else is a defect.
 */
function unexpected(consoleErrors: string[]): string[] {
  return consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('An unknown error occurred when fetching the script'));
}

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
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("keeps what one worker scanned offline for that worker: the next worker on the shared handheld does not send it under their name", async () => {
    const erp = await createErpClient(server, 'ERP3');
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-802', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 5, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-802', lines: [{ orderNumber: 'PO-802', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 5, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const before = await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV');
    const uma = await server.createUser('warehouse_worker', 'uma');
    const vic = await server.createUser('warehouse_worker', 'vic');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, uma);
    await page.goto('/mobile/receive/license-plate');
    await context.setOffline(true);
    await scanStep(page, 'Scan ASN license plate', 'PAL-802');
    await eventually(() => page.getByRole('status').filter({ hasText: 'waiting to be sent' }).textContent(), { timeout: 10_000 }).toMatch(/1 scan waiting/);

    // Uma's handheld goes flat; her session is gone when the next worker picks the device up, online.
    const signOutLocally = async () => {
      await context.clearCookies();
      await page.evaluate("localStorage.removeItem('quayside.session')");
    };
    await signOutLocally();
    await context.setOffline(false);
    await signIn(page, vic);
    await page.goto('/mobile/queue');
    await expect.poll(() => page.getByRole('note').textContent(), { timeout: 10_000 }).toMatch(/1 scans? of other workers/);
    await screenshot(page, 'mobile-offline-other-worker');
    // Give a resend every chance to happen: nothing may be received under Vic's session.
    await page.waitForTimeout(3000);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(before);

    // Uma signs in again: her scan goes, once.
    await signOutLocally();
    await signIn(page, uma);
    await expect.poll(() => onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV'), { timeout: 20_000 }).toBe(before + 5);
    const registrations = await ok(server.admin.get('/api/v1/inventory/transactions?itemNumber=ITEM-1&locationId=RECV&kind=Receipt&limit=100'), 'ledger');
    expect(registrations.items.filter((r: { quantity: number }) => r.quantity === 5)).toHaveLength(1);
    expect(await page.evaluate("JSON.parse(localStorage.getItem('quayside.outbox') ?? '[]').length")).toBe(0);
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("keeps a scan that a proxy answered with a 502 page, sends it again with the same operation id and applies it once; a refusal takes it out and says why", async () => {
    const erp = await createErpClient(server, 'ERP2');
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-801', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 7, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-801', lines: [{ orderNumber: 'PO-801', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 7, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const before = await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV');
    const worker = await server.createUser('warehouse_worker', 'piet');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/receive/license-plate');

    // A proxy in front of Quayside: the first attempt never reaches it (502 page); the second reaches it
    // and is applied, but the answer is lost behind another 502 page; the third goes through.
    const proxyPage = { status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>' };
    const operationIds: string[] = [];
    let attempts = 0;
    const released = { value: false };
    const appliedBehindProxy: number[] = [];
    await page.route('**/api/v1/inbound-receiving/license-plate', async (route) => {
      const body = route.request().postDataJSON() as { operationId: string; licensePlateNumber: string };
      if (body.licensePlateNumber !== 'PAL-801') return route.continue();
      operationIds.push(body.operationId);
      attempts += 1;
      if (attempts === 1) return route.fulfill(proxyPage);
      if (attempts === 2) {
        appliedBehindProxy.push((await route.fetch()).status());
        return route.fulfill(proxyPage);
      }
      if (!released.value) return route.fulfill(proxyPage);
      return route.continue();
    });

    await scanStep(page, 'Scan ASN license plate', 'PAL-801');
    const banner = page.getByRole('status').filter({ hasText: 'waiting to be sent' });
    await eventually(() => banner.textContent(), { timeout: 20_000 }).toMatch(/Not sent yet: Quayside did not answer properly \(HTTP 502\)\. 1 scan waiting to be sent/);
    await eventually(() => attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const kept: { operationId: string }[] = await page.evaluate("JSON.parse(localStorage.getItem('quayside.outbox') ?? '[]')");
    expect(kept).toHaveLength(1);
    expect(kept[0]?.operationId).toBe(operationIds[0]);
    await screenshot(page, 'mobile-outbox-502');
    // The second attempt was applied behind the proxy's page: the stock is there once.
    expect(appliedBehindProxy).toEqual([200]);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(before + 7);

    released.value = true;
    await eventually(() => page.getByRole('status').filter({ hasText: 'Received' }).first().textContent(), { timeout: 40_000 }).toMatch(/on PAL-801/);
    await eventually(() => banner.count()).toBe(0);
    expect(new Set(operationIds).size).toBe(1);
    expect(attempts).toBeGreaterThanOrEqual(3);
    // Applied exactly once: 7 more on hand, one receipt in the ledger for the line, the order line received 7.
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(before + 7);
    const order = await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-801'), 'order');
    expect(order.lines[0].receivedQuantity).toBe(7);
    expect(await page.evaluate("localStorage.getItem('quayside.outbox')")).toBe('[]');

    // A definitive refusal (problem+json 4xx) takes the scan out of the outbox, and the worker reads why.
    await scanStep(page, 'Scan the next license plate', 'PAL-NOPE');
    await eventually(() => page.getByText('not on an open ASN').first().isVisible()).toBe(true);
    expect(await page.evaluate("localStorage.getItem('quayside.outbox')")).toBe('[]');

    // The browser logs the 502s it was answered; those are the point of this test.
    expect(consoleErrors.filter((e) => !e.includes('status of 502'))).toEqual([]);
    await context.close();
  });
});
