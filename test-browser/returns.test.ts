import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, putStock, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('a return at the dock on a 360 px handheld', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let slipNumber: string;
  let erp: Awaited<ReturnType<typeof createErpClient>>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    await ok(server.admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId: 'QUARANTINE', profileId: 'P-BULK' }), 'quarantine');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PUT', name: 'Put-away', workType: 'PutAway', warehouseId: 'WH1', sequence: 1 }), 'put template');
    await ok(server.admin.post('/api/v1/location-directives', { directiveId: 'BACK', name: 'Back to the face', workType: 'PutAway', warehouseId: 'WH1', sequence: 1, fallbackLocationId: 'PICK-1' }), 'directive');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.put('/api/v1/source-systems/ERP1/disposition-codes/RESTOCK', { description: 'Back to stock', inventoryStatusId: 'AV' }), 'RESTOCK');
    await ok(server.admin.put('/api/v1/source-systems/ERP1/disposition-codes/DAMAGED', { description: 'Damaged', inventoryStatusId: 'QC', locationId: 'QUARANTINE' }), 'DAMAGED');

  });

  /** Five shipped to a customer, through the API (sending a message waits with expect.poll, which needs a test). */
  async function shipFive(): Promise<void> {
    await putStock(server, [{ locationId: 'PICK-1', quantity: 5 }]);
    const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-RET', { consigneeName: 'Corner Shop' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 5, orderedUnitSymbol: 'ea' }]));
    const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const wave = await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave');
    for (const workId of wave.workIds as string[]) {
      const taken = await ok(server.admin.post(`/api/v1/work/${workId}/take`, { operationId: `take-${workId}` }), 'take');
      for (const line of taken.lines) await ok(server.admin.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `c-${workId}-${String(line.lineNumber)}` }), 'confirm');
    }
    await ok(server.admin.post(`/api/v1/outbound-loads/${String(release.loadId)}/ship-confirm`, {}), 'ship confirm');
    slipNumber = (await ok(server.admin.get('/api/v1/shipment-packing-slips'), 'slips')).items[0].shipmentPackingSlipNumber;
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a worker returns 2 of 5 against the packing slip, one to stock and one damaged to quarantine, and the ERP gets the return receipt', async () => {
    await shipFive();
    const worker = await server.createUser('warehouse_worker', 'rita');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile');
    await page.getByRole('link', { name: 'Return' }).click();
    await expectAccessible(page, 'the return start');
    await scanStep(page, 'Scan the packing slip or order number', slipNumber);
    await eventually(() => page.getByText('Shipped 5 ea, can come back 5 ea').isVisible()).toBe(true);
    await screenshot(page, 'mobile-return-01-document');

    for (const disposition of ['RESTOCK · Back to stock', 'DAMAGED · Damaged']) {
      await scanStep(page, 'Scan the item', 'ITEM-1');
      await scanStep(page, 'Quantity', '1');
      await page.getByRole('button', { name: disposition }).click();
    }
    await eventually(() => page.getByText('1 ITEM-1: DAMAGED').isVisible()).toBe(true);
    await screenshot(page, 'mobile-return-02-lines');
    await page.getByRole('button', { name: 'Register return' }).click();
    await eventually(() => page.getByText(/Return RMA-\d+ registered/).isVisible()).toBe(true);
    await expectAccessible(page, 'a registered return');
    await screenshot(page, 'mobile-return-03-done');

    const [registered] = (await ok(server.admin.get('/api/v1/returns'), 'returns')).items;
    expect(registered).toMatchObject({ packingSlipNumber: slipNumber, worker: 'rita', lines: [{ quantity: 1, dispositionCode: 'RESTOCK' }, { quantity: 1, dispositionCode: 'DAMAGED' }] });
    const receipts = (await ok(server.admin.get(`/api/v1/shipment-receipts?orderNumber=${String(registered.inboundShipmentOrderNumber)}`), 'receipts')).items;
    expect(receipts).toHaveLength(1);
    const receipt = await ok(server.admin.get(`/api/v1/shipment-receipts/${String(receipts[0].shipmentReceiptVersionNumber)}`), 'receipt');
    expect(receipt.transactionDimensions.map((d: any) => [d.sourceSystemItemNumber, d.sourceSystemDispositionCode, d.handlingQuantity])).toEqual([
      ['ERP-ITEM-1', 'RESTOCK', 1],
      ['ERP-ITEM-1', 'DAMAGED', 1],
    ]);
    // Put away from the result screen: the damaged one goes to quarantine.
    await page.getByRole('button', { name: /Put away now/ }).click();
    await eventually(() => page.url()).toContain('/mobile/put-away');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a warehouse manager sees the return and adds a scrap disposition code on the desk', async () => {
    const manager = await server.createUser('warehouse_manager', 'max');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, manager);
    await page.goto('/workspaces/inbound/returns');
    await eventually(() => page.getByRole('cell', { name: slipNumber }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '1 ITEM-1: RESTOCK; 1 ITEM-1: DAMAGED' }).isVisible()).toBe(true);
    const form = page.getByRole('form', { name: 'Add or change a disposition code' });
    await form.getByLabel('Code').fill('SCRAP');
    await form.getByLabel('Description').fill('Beyond repair');
    await form.getByLabel('Inventory status').fill('QC');
    await form.getByRole('button', { name: 'Save disposition code' }).click();
    await eventually(() => page.getByRole('cell', { name: 'Beyond repair' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the returns desk');
    await screenshot(page, 'desk-returns');
    const codes = (await ok(server.admin.get('/api/v1/source-systems/ERP1/disposition-codes'), 'codes')).items;
    expect(codes.map((c: any) => c.dispositionCode)).toEqual(['DAMAGED', 'RESTOCK', 'SCRAP']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
