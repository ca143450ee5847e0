import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, putStock, scanStep, sendOrderMessage } from './support/mobile.js';
import { fakePrinter } from '../test/support/printer.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('a packer packs shipments into containers and prints their labels', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  let printer: Awaited<ReturnType<typeof fakePrinter>>;

  beforeAll(async () => {
    [server, browser, printer] = await Promise.all([startQuayside(), launchBrowser(), fakePrinter()]);
    const admin = server.admin;
    await createWarehouseMasterData(admin);
    await createOutboundLocations(admin);
    await ok(admin.post('/api/v1/location-profiles', { profileId: 'P-PACK', name: 'Packing', locationType: 'packing' }), 'packing profile');
    await ok(admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId: 'PACK-1', profileId: 'P-PACK' }), 'packing station');
    await ok(admin.patch('/api/v1/items/ITEM-1', { unitWeightGrams: 250 }), 'weight');
    await ok(admin.patch('/api/v1/items/FLOUR', { unitWeightGrams: 1000 }), 'weight');
    erp = await createErpClient(server, 'ERP1');
    await ok(admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await ok(admin.put('/api/v1/container-types/CARTON', { name: 'Carton 60x40x40', tareWeightGrams: 400, maxWeightGrams: 5000, lengthMm: 600, widthMm: 400, heightMm: 400 }), 'container type');
    await ok(admin.put('/api/v1/warehouses/WH1/label-settings', { gs1CompanyPrefix: '4012345', extensionDigit: 0 }), 'label settings');
    await ok(admin.put('/api/v1/label-printers/ZEBRA-1', { name: 'Packing station 1', host: '127.0.0.1', port: printer.port }), 'printer');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await printer?.close();
  });

  /** An order of 4 ITEM-1 on license plate LP-<order> and 2 kg FLOUR, released and picked to STAGE; answers its shipment. */
  async function pickedShipment(orderNumber: string): Promise<string> {
    await putStock(server, [
      { locationId: 'PICK-1', quantity: 4, licensePlateId: `LP-${orderNumber}` },
      { itemNumber: 'FLOUR', locationId: 'PICK-2', quantity: 2 },
    ]);
    const message = await sendOrderMessage(
      server,
      erp,
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage(orderNumber, {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 4, orderedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-FLOUR', orderedQuantity: 2, orderedUnitSymbol: 'kg' },
      ]),
    );
    const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const wave = await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave');
    for (const workId of wave.workIds as string[]) {
      await ok(server.admin.post(`/api/v1/work/${workId}/take`, { operationId: `take-${workId}` }), 'take');
      const work = await ok(server.admin.get(`/api/v1/work/${workId}`), 'work');
      for (const line of work.lines) await ok(server.admin.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `confirm-${workId}-${String(line.lineNumber)}` }), 'confirm');
    }
    return String(load.shipments[0].shipmentId);
  }

  it('at the desk: opens a container, scans a license plate, closes and prints; then a second container by item and weight', async () => {
    const shipmentId = await pickedShipment('SO-DESK');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('warehouse_manager', 'petra'));
    await page.goto('/workspaces/outbound/packing');
    await page.getByLabel('Shipment', { exact: true }).fill(shipmentId);
    await page.getByLabel('Printer').selectOption('ZEBRA-1');
    await expectAccessible(page, 'the packing desk');
    await page.getByRole('button', { name: 'Open container' }).click();

    await scanStep(page, 'Scan a license plate or an item', 'LP-SO-DESK');
    await eventually(() => page.getByRole('status').filter({ hasText: 'Packed' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: '4 ea' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'packing-desk-scanned');
    await page.getByRole('button', { name: 'Close container' }).click();
    await eventually(() => page.getByText(/closed: SSCC 04012345\d{10}, 1[.,]400 kg/).isVisible()).toBe(true);
    const first = (await page.getByText(/closed: SSCC/).textContent()) ?? '';
    const sscc1 = /SSCC (\d{18})/.exec(first)?.[1] ?? '';
    await eventually(() => printer.received.some((z) => z.includes(`(00)${sscc1}`))).toBe(true);
    await screenshot(page, 'packing-desk-closed');

    // The next container: the flour by item and quantity, weighed.
    await page.getByRole('button', { name: 'Next container' }).click();
    await page.getByRole('button', { name: 'Open container' }).click();
    await scanStep(page, 'Scan a license plate or an item', 'FLOUR');
    await scanStep(page, 'Quantity of FLOUR', '2');
    await expect.poll(() => page.getByRole('cell', { name: '2 kg' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Weight in grams').fill('2500');
    await page.getByRole('button', { name: 'Close container' }).click();
    await eventually(() => page.getByText(/closed: SSCC \d{18}, 2[.,]500 kg/).isVisible()).toBe(true);

    // The shipment's containers with their SSCCs; the second printed from the list.
    await page.getByRole('button', { name: 'Show containers' }).click();
    const table = page.getByRole('table', { name: `Containers of shipment ${shipmentId}` });
    await eventually(() => table.getByRole('row').count()).toBe(3);
    await table.getByRole('row').nth(1).getByRole('button', { name: 'Print label' }).click();
    // Both closed with the printer chosen, so both printed at close; this is a reprint from the list.
    await eventually(() => printer.received.length).toBe(3);
    await expectAccessible(page, 'a shipment packed');
    await screenshot(page, 'packing-desk-containers');

    await page.goto('/workspaces/outbound/print-jobs');
    const jobs = page.getByRole('region', { name: 'Label print jobs' });
    await eventually(() => jobs.getByRole('cell', { name: 'Sent', exact: true }).count()).toBe(3);
    await screenshot(page, 'packing-print-jobs');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a 360 px handheld: scans station, shipment and license plate, closes and the label prints', async () => {
    const shipmentId = await pickedShipment('SO-PHONE');
    const before = printer.received.length;
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, await server.createUser('warehouse_worker', 'wes'));
    await page.getByRole('link', { name: 'Pack' }).click();
    await scanStep(page, 'Scan the packing station', 'PACK-1');
    await page.getByLabel('Printer').selectOption('ZEBRA-1');
    await scanStep(page, 'Scan the shipment', shipmentId);
    await scanStep(page, /^Scan a license plate or an item into/, 'LP-SO-PHONE');
    await eventually(() => page.getByText('4 ea').isVisible()).toBe(true);
    await scanStep(page, /^Scan a license plate or an item into/, 'FLOUR');
    await scanStep(page, 'Quantity of FLOUR', '2');
    await eventually(() => page.getByText('2 kg').isVisible()).toBe(true);
    await expectAccessible(page, 'the mobile packing step');
    await screenshot(page, 'mobile-packing');
    await page.getByRole('button', { name: 'Close container' }).click();
    await eventually(() => page.getByText(/Closed .*: SSCC \d{18}/).isVisible()).toBe(true);
    await eventually(() => printer.received.length).toBe(before + 1);
    await screenshot(page, 'mobile-packing-closed');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
