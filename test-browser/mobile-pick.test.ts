import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, pickAllOnMobile, putStock, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('mobile picking on a 360 px handheld', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(server, [
      { locationId: 'PICK-1', quantity: 4 },
      { locationId: 'BULK-1', quantity: 10 },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** An order sent by the ERP and released to the warehouse: its wave makes the pick work at once. */
  async function releasedOrder(orderNumber: string, quantity: number): Promise<{ loadId: string; workIds: string[] }> {
    const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: quantity, orderedUnitSymbol: 'ea' }]));
    const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const wave = await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave');
    return { loadId: release.loadId, workIds: wave.workIds };
  }

  it('picks a released order line by line on the phone: the work is closed and the load loaded', async () => {
    const { loadId, workIds } = await releasedOrder('SO-900', 6);
    expect(workIds).toHaveLength(1);
    const worker = await server.createUser('warehouse_worker', 'pia');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/pick');
    await expectAccessible(page, 'the pick start');

    // The first step, checked by hand: progress, what to pick, a wrong location refused on the spot.
    await page.getByRole('button', { name: 'Next pick' }).click();
    await eventually(() => page.getByRole('heading', { name: /^Line 1 of \d: pick$/ }).isVisible()).toBe(true);
    await scanStep(page, 'Scan location PICK-1', 'PICK-2');
    await eventually(() => page.getByRole('main').getByRole('alert').first().textContent()).toBe('That is PICK-2. Go to location PICK-1.');
    await expectAccessible(page, 'a pick line');
    await screenshot(page, 'mobile-pick-wrong-location');

    const picked = await pickAllOnMobile(page, { screenshots: 'mobile-pick' });
    expect(picked).toEqual(workIds);
    await expectAccessible(page, 'a finished pick');
    const work = await ok(server.admin.get(`/api/v1/work/${String(workIds[0])}`), 'work');
    expect(work.status).toBe('Closed');
    expect(work.assignedWorker).toBe('pia');
    expect(work.lines.filter((l: { lineType: string }) => l.lineType === 'Pick').map((l: any) => [l.locationId, l.handledQuantity])).toEqual([
      ['PICK-1', 4],
      ['BULK-1', 2],
    ]);
    expect((await ok(server.admin.get(`/api/v1/outbound-loads/${loadId}`), 'load')).status).toBe('Loaded');
    expect(work.lines.filter((l: { lineType: string }) => l.lineType === 'Put').map((l: any) => [l.locationId, l.handledQuantity])).toEqual([
      ['STAGE', 4],
      ['STAGE', 2],
    ]);
    // Picked stock leaves the warehouse's on-hand once it is staged on the load.
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=PICK-1')).toBe(0);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=BULK-1')).toBe(8);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('picks part of a line and reports the rest short with a reason', async () => {
    const { workIds } = await releasedOrder('SO-901', 3);
    const worker = await server.createUser('warehouse_worker', 'sam');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/pick');
    await page.getByRole('button', { name: 'Next pick' }).click();
    await scanStep(page, 'Scan location BULK-1', 'BULK-1');
    await scanStep(page, 'Scan item ITEM-1', 'ITEM-1');
    const quantity = page.getByLabel('Quantity picked (ea)');
    await eventually(() => quantity.inputValue()).toBe('3');
    await quantity.fill('2');
    await page.keyboard.press('Enter');
    // Still on the line, with the 1 left open.
    await eventually(() => quantity.inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Short pick…' }).click();
    await scanStep(page, 'Short pick reason', 'Damaged carton');
    await eventually(() => page.getByLabel(/Scan put location/).isVisible()).toBe(true);
    await screenshot(page, 'mobile-pick-after-short');
    await scanStep(page, /Scan put location/, 'STAGE');
    await eventually(() => page.getByText('Work done').isVisible()).toBe(true);

    const work = await ok(server.admin.get(`/api/v1/work/${String(workIds[0])}`), 'work');
    expect(work.status).toBe('Closed');
    const [pick, put] = work.lines;
    expect([pick.handledQuantity, put.handledQuantity]).toEqual([2, 2]);
    expect(put.locationId).toBe('STAGE');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=BULK-1')).toBe(6);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
