import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, scanStep, sendOrderMessage } from './support/mobile.js';
import { fakePrinter } from '../test/support/printer.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('license plate labels at receiving', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let printer: Awaited<ReturnType<typeof fakePrinter>>;

  beforeAll(async () => {
    [server, browser, printer] = await Promise.all([startQuayside(), launchBrowser(), fakePrinter()]);
    await createWarehouseMasterData(server.admin);
    await createReceivingLayout(server.admin);
    await ok(server.admin.put('/api/v1/label-printers/DOCK-1', { name: 'Dock printer', host: '127.0.0.1', port: printer.port }), 'printer');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await printer?.close();
  });

  it('prints the label of a pallet just received on the phone, with the pallet number as a bar code', async () => {
    const erp = await createErpClient(server, 'ERP1');
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-880', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 8, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-880', lines: [{ orderNumber: 'PO-880', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 8, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const { page, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, await server.createUser('warehouse_worker', 'rita'));
    await page.goto('/mobile/receive/license-plate');
    await scanStep(page, 'Scan ASN license plate', 'PAL-880');
    const labels = page.getByRole('region', { name: 'License plate labels' });
    await labels.getByLabel('Label printer').selectOption('DOCK-1');
    await labels.getByRole('button', { name: 'Print label for PAL-880' }).click();
    await eventually(() => labels.getByRole('status').textContent()).toContain('Label for PAL-880 sent to DOCK-1');
    await screenshot(page, 'mobile-receiving-label');
    // The print job sender sends it to the printer: the plate as Code 128, and what it holds.
    await eventually(() => printer.received.length, { timeout: 15_000 }).toBe(1);
    expect(printer.received[0]).toContain('^FDPAL-880^FS');
    expect(printer.received[0]).toContain('ITEM-1  8 ea');
    expect(consoleErrors).toEqual([]);
  });
});
