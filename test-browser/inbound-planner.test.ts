import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { answerDialog, DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

const line = (n: number, qty: number) => ({ orderLineNumber: n, itemNumber: 'ERP-ITEM-1', expectedQuantity: qty, expectedUnitSymbol: 'ea' });

/** An ASN for the ERP's order PO-800 (its own order and item numbers), one pallet with a nested case. */
const asn = (palletQuantity: number, caseItem = 'ERP-ITEM-1') => ({
  sourceSystemId: 'ERP1',
  receivingWarehouseId: 'WH1',
  transport: { trailerNumber: 'TR-8' },
  shipments: [
    {
      vendorShipmentId: 'VS-8',
      licensePlates: [
        { licensePlateNumber: 'PAL-8', lines: [{ orderNumber: 'PO-800', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: palletQuantity, unitSymbol: 'ea' }] },
        { licensePlateNumber: 'CASE-8', parentLicensePlateNumber: 'PAL-8', lines: [{ orderNumber: 'PO-800', orderLineNumber: 2, itemNumber: caseItem, quantity: 2, unitSymbol: 'ea' }] },
      ],
    },
  ],
});

describe('a planner plans inbound loads and completes receiving in the Inbound workspace', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createReceivingLayout(server.admin);
    erp = await createErpClient(server, 'ERP1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const table = (page: Page, name: string) => page.getByRole('table', { name, exact: true });

  it('uploads an ASN, seeing every reason a bad one is refused', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-800', {}, [line(1, 10), line(2, 2)]));
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/inbound/asn');

    // Pasted: 50 on a line of 10 and a flour case on a widget line. Nothing is created; both reasons show.
    await page.getByLabel('ASN (JSON)').fill(JSON.stringify(asn(50, 'ERP-FLOUR'), null, 2));
    await page.getByRole('button', { name: 'Upload ASN' }).click();
    const refusal = page.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('Shipment 1, License plate 2, Line 1: item number');
    expect(await refusal.textContent()).toContain('only 10 is open');
    await screenshot(page, 'inbound-asn-refused');
    await expectAccessible(page, 'a refused ASN');
    expect((await ok(server.admin.get('/api/v1/inbound-loads'), 'loads')).total).toBe(0);

    // Text that is not JSON is caught before it is sent.
    await page.getByLabel('ASN (JSON)').fill('{ "receivingWarehouseId": ');
    await page.getByRole('button', { name: 'Upload ASN' }).click();
    await expect.poll(() => page.getByText(/^Not valid JSON/).isVisible()).toBe(true);

    // A file that matches the order: one load, its pallet and nested case.
    await page.getByLabel('ASN file (JSON)').setInputFiles({ name: 'asn-800.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(asn(10))) });
    await expect.poll(() => page.getByLabel('ASN (JSON)').inputValue()).toContain('PAL-8');
    await page.getByRole('button', { name: 'Upload ASN' }).click();
    await expect.poll(() => page.getByText('ASN imported').isVisible()).toBe(true);
    await page.getByRole('link', { name: /^IL-/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Packing structure' }).textContent()).toContain('CASE-8');
    expect(await page.getByRole('region', { name: 'Packing structure' }).textContent()).toContain('PAL-8');
    await screenshot(page, 'inbound-asn-load');
    await expectAccessible(page, 'an ASN load');
    expect(consoleErrors).toEqual([]);
  });

  it("deletes a wrong ASN's load after a confirmation that says what goes, and takes the corrected ASN", async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-820', {}, [line(1, 6)]));
    const wrongAsn = (quantity: number) => ({
      sourceSystemId: 'ERP1',
      receivingWarehouseId: 'WH1',
      shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-820', lines: [{ orderNumber: 'PO-820', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity, unitSymbol: 'ea' }] }] }],
    });
    const wrong = await ok(erp.post('/api/v1/inbound-loads/asn', wrongAsn(4)), 'wrong ASN');
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto(`/workspaces/inbound/loads/${String(wrong.loadId)}`);
    await page.getByRole('button', { name: 'Delete load' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Nothing was received on it');
    await screenshot(page, 'inbound-delete-load');
    await dialog.getByRole('button', { name: 'Delete load' }).click();
    await expect.poll(() => page.url()).toMatch(/\/workspaces\/inbound\/loads$/);
    expect((await server.admin.get(`/api/v1/inbound-loads/${String(wrong.loadId)}`)).status).toBe(404);
    // The same pallet number comes again with the right quantity.
    const corrected = await ok(erp.post('/api/v1/inbound-loads/asn', wrongAsn(6)), 'corrected ASN');
    expect(corrected.lines.map((l: any) => l.quantity)).toEqual([6]);
    expect(consoleErrors).toEqual([]);
  });

  it('plans a load from order lines, moves part of a line, and completes receiving after the goods are received', async () => {
    const message = await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-801', {}, [line(1, 30), line(2, 4)]));
    const orderNumber = String(message.internalOrderNumber);
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/inbound/orders');

    // Orders: find the order with the filter and open it.
    await page.getByLabel('Search').fill('PO-801');
    await page.getByRole('button', { name: 'Apply' }).click();
    const orders = table(page, 'Inbound shipment orders');
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'inbound-orders');
    await expectAccessible(page, 'the inbound order list');
    await orders.getByRole('button', { name: orderNumber }).click();
    const lines = table(page, `Order lines of ${orderNumber}`);
    await expect.poll(() => lines.textContent()).toContain('30 ea');

    // Load planning: 20 of line 1 and all of line 2 on a new load with a trailer.
    await page.getByRole('checkbox', { name: 'Select line 1' }).check();
    await page.getByLabel('Quantity to plan of line 1 (ea)').fill('20');
    await page.getByRole('checkbox', { name: 'Select line 2' }).check();
    await page.getByLabel('Trailer number').fill('T-801');
    await screenshot(page, 'inbound-order-planning');
    await expectAccessible(page, 'the inbound order page');
    await page.getByRole('button', { name: 'Create load from selected lines' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Inbound load IL-/ }).isVisible()).toBe(true);
    const loadId = ((await page.getByRole('heading', { name: /^Inbound load IL-/ }).textContent()) ?? '').replace('Inbound load ', '');
    const loadLines = table(page, `Lines of load ${loadId}`);
    await expect.poll(() => loadLines.textContent()).toContain('20');
    expect((await ok(server.admin.get(`/api/v1/inbound-loads/${loadId}`), 'load')).lines.map((l: { orderLineNumber: number; quantity: number }) => [l.orderLineNumber, l.quantity])).toEqual([
      [1, 20],
      [2, 4],
    ]);

    // The rest of line 1 on a second load, then 5 moved back from it to the first.
    const second = await ok(server.admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', lines: [{ orderNumber, orderLineNumber: 1 }] }), 'second load');
    await page.goto(`/workspaces/inbound/loads/${String(second.loadId)}`);
    await page.getByLabel('Target load').selectOption(loadId);
    await page.getByLabel('Quantity to move').fill('5');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => page.getByText(`Moved to ${loadId}.`).isVisible()).toBe(true);
    await expect.poll(() => table(page, `Lines of load ${String(second.loadId)}`).textContent()).toContain('5');
    expect((await ok(server.admin.get(`/api/v1/inbound-loads/${loadId}`), 'load')).lines.find((l: { orderLineNumber: number }) => l.orderLineNumber === 1).quantity).toBe(25);

    // Received through the API, as the workers' handhelds would; the planner completes receiving.
    for (const [n, quantity] of [
      [1, 25],
      [2, 4],
    ] as const) {
      await ok(server.admin.post('/api/v1/inbound-receiving/order-line', { operationId: `recv-801-${String(n)}`, orderNumber, orderLineNumber: n, quantity, loadId, licensePlateId: `LP-801-${String(n)}` }), `receive line ${String(n)}`);
    }
    await page.goto('/workspaces/inbound/loads');
    const loads = table(page, 'Inbound loads');
    await expect.poll(() => loads.textContent()).toContain(loadId);
    await screenshot(page, 'inbound-loads');
    await expectAccessible(page, 'the inbound load list');
    await loads.getByRole('button', { name: loadId }).click();
    await expect.poll(() => table(page, `Lines of load ${loadId}`).textContent()).toContain('25');
    await page.getByRole('button', { name: 'Complete receiving' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Shipment receipts' }).isVisible()).toBe(true);
    await screenshot(page, 'inbound-load-received');
    await expectAccessible(page, 'a received load');
    expect((await ok(server.admin.get(`/api/v1/inbound-loads/${loadId}`), 'load')).loadStatus).toBe('Received');

    // The shipment receipt for the ERP, with its lines and transaction dimensions.
    await page.getByRole('link', { name: /^SR-/ }).click();
    const receiptLines = page.getByRole('table', { name: /^Lines of SR-/ });
    await expect.poll(() => receiptLines.textContent()).toContain('25 ea');
    expect(await page.getByRole('table', { name: /^Transaction dimensions of SR-/ }).textContent()).toContain('LP-801-1');
    await screenshot(page, 'inbound-shipment-receipt');
    await expectAccessible(page, 'a shipment receipt');
    await page.getByRole('link', { name: 'Shipment receipts', exact: true }).click();
    await expect.poll(() => table(page, 'Shipment receipts').textContent()).toContain(loadId);
    await screenshot(page, 'inbound-shipment-receipts');
    await expectAccessible(page, 'the shipment receipt list');

    await page.getByRole('link', { name: 'Parameters', exact: true }).click();
    await expect.poll(() => page.getByText('Packing slip at receiving completed').isVisible()).toBe(true);
    await screenshot(page, 'inbound-parameters');
    await expectAccessible(page, 'the inbound parameters');
    expect(consoleErrors).toEqual([]);
  });

  it('lets a warehouse manager run the batch receiving completed, reverse it and set the parameters', async () => {
    const message = await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-802', {}, [line(1, 3)]));
    const received = await ok(
      server.admin.post('/api/v1/inbound-receiving/order-line', { operationId: 'recv-802', orderNumber: String(message.internalOrderNumber), orderLineNumber: 1, quantity: 3 }),
      'receive',
    );
    const loadId = String(received.registrations[0].loadId);
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('warehouse_manager'));
    await page.goto('/workspaces/inbound/loads');
    await page.getByRole('button', { name: 'Run receiving completed for all' }).click();
    await expect.poll(() => page.getByText(/^1 load completed\.$/).isVisible()).toBe(true);
    await page.goto(`/workspaces/inbound/loads/${loadId}`);
    await page.getByRole('button', { name: 'Reverse receiving completed' }).click();
    await answerDialog(page, `Reverse receiving completed of load ${loadId}?`, 'Reverse receiving completed');
    await expect.poll(() => page.getByText('Receiving completed was reversed').isVisible()).toBe(true);
    const receipts = await ok(server.admin.get(`/api/v1/shipment-receipts?loadId=${loadId}`), 'receipts');
    // The receipt gets a second, Canceled version for the ERP.
    expect(receipts.items.map((r: { version: number; postingStatus: string }) => [r.version, r.postingStatus])).toContainEqual([2, 'Canceled']);

    await page.goto('/workspaces/inbound/parameters');
    await page.getByLabel('Packing slip at receiving completed').selectOption('Always');
    await page.getByRole('button', { name: 'Save parameters' }).click();
    await expect.poll(() => page.getByText(/^Saved \(version/).isVisible()).toBe(true);
    expect((await ok(server.admin.get('/api/v1/inbound-parameters/WH1'), 'parameters')).packingSlipPolicy).toBe('Always');
    expect(consoleErrors).toEqual([]);
  });
});
