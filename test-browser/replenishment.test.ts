import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { expectAccessible, launchBrowser, openPage, PHONE, scan, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, pickAllOnMobile, putStock, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('replenishment on a 360 px handheld', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'REPL', name: 'Replenish pick faces', workType: 'Replenishment', warehouseId: 'WH1', sequence: 1 }), 'replenishment template');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await ok(server.admin.put('/api/v1/fixed-locations/WH1/ITEM-1', { locationId: 'PICK-1', minQuantity: 1, maxQuantity: 10 }), 'fixed location');
    await putStock(server, [
      { locationId: 'PICK-1', quantity: 2 },
      { locationId: 'BULK-1', quantity: 10 },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a worker finds the pick waiting, replenishes the face, then picks everything from it', async () => {
    const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-950', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 5, orderedUnitSymbol: 'ea' }]));
    const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const wave = await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave');
    const [replenishment] = (await ok(server.admin.get(`/api/v1/work?workType=Replenishment&referenceId=${String(wave.waveId)}`), 'replenishment work')).items;
    expect((await ok(server.admin.get(`/api/v1/work/${String(wave.workIds[0])}`), 'pick work')).waitingForWorkId).toBe(replenishment.workId);

    const worker = await server.createUser('warehouse_worker', 'rita');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);

    // The pick waits for its face: the picker is not sent to PICK-1, which holds 2 of the 5.
    await page.goto('/mobile/pick');
    await page.getByRole('button', { name: 'Next pick' }).click();
    await eventually(() => page.getByText(/No pick work is open/).isVisible()).toBe(true);
    await screenshot(page, 'mobile-replenish-pick-waits');

    await page.goto('/mobile');
    await page.getByRole('link', { name: 'Replenish' }).click();
    await expectAccessible(page, 'the replenishment start');
    await page.getByRole('button', { name: 'Next replenishment' }).click();
    await eventually(() => page.getByText(`Work ${String(replenishment.workId)} · to PICK-1`).isVisible()).toBe(true);
    await screenshot(page, 'mobile-replenish-01-location');
    await scanStep(page, 'Scan location BULK-1', 'BULK-1');
    await scanStep(page, 'Scan item ITEM-1', 'ITEM-1');
    const quantity = page.getByLabel('Quantity picked (ea)');
    await eventually(() => quantity.inputValue()).toBe('3');
    await screenshot(page, 'mobile-replenish-02-quantity');
    await page.keyboard.press('Enter');
    await scanStep(page, 'Scan put location (suggested PICK-1)', 'PICK-1');
    await eventually(() => page.getByText('Replenished').isVisible()).toBe(true);
    await expectAccessible(page, 'a finished replenishment');
    await screenshot(page, 'mobile-replenish-03-done');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=PICK-1')).toBe(5);

    // Now the pick work can be taken, and every pick is at the face.
    const picked = await pickAllOnMobile(page, { screenshots: 'mobile-replenish-pick' });
    expect(picked).toEqual(wave.workIds);
    const work = await ok(server.admin.get(`/api/v1/work/${String(wave.workIds[0])}`), 'work');
    expect(work.status).toBe('Closed');
    expect(work.lines.filter((l: { lineType: string }) => l.lineType === 'Pick').map((l: any) => [l.locationId, l.handledQuantity])).toEqual([
      ['PICK-1', 2],
      ['PICK-1', 3],
    ]);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=BULK-1')).toBe(7);
    expect((await ok(server.admin.get('/api/v1/inventory/consistency'), 'consistency')).consistent).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
  it('pick-pick-put: the picks left are listed, then one scan puts everything', async () => {
    await ok(server.admin.put('/api/v1/work-templates/PICK', { name: 'Pick, pick, put', workType: 'Pick', warehouseId: 'WH1', sequence: 1, groupPuts: true }), 'group puts');
    await putStock(server, [
      { locationId: 'PICK-1', quantity: 2 },
      { itemNumber: 'FLOUR', locationId: 'PICK-2', quantity: 5 },
    ]);
    const message = await sendOrderMessage(
      server,
      erp,
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-951', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-FLOUR', orderedQuantity: 1, orderedUnitSymbol: 'kg' },
      ]),
    );
    const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const wave = await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave');
    const worker = await server.createUser('warehouse_worker', 'paul');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/pick');
    await page.getByRole('button', { name: 'Next pick' }).click();
    await eventually(() => page.getByRole('heading', { name: '2 picks left before the put' }).isVisible()).toBe(true);
    await expectAccessible(page, 'pick-pick-put with picks left');
    await screenshot(page, 'mobile-pick-pick-put-01-picks-left');
    await scanStep(page, 'Scan location PICK-1', 'PICK-1');
    await scanStep(page, 'Scan item ITEM-1', 'ITEM-1');
    await eventually(() => page.getByLabel('Quantity picked (ea)').inputValue()).toBe('2');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('heading', { name: '1 pick left before the put' }).isVisible()).toBe(true);
    await scanStep(page, 'Scan location PICK-2', 'PICK-2');
    await scanStep(page, 'Scan item FLOUR', 'FLOUR');
    await eventually(() => page.getByLabel('Quantity picked (kg)').inputValue()).toBe('1');
    await page.keyboard.press('Enter');
    // Both picked: one put for the two lines.
    await eventually(() => page.getByRole('heading', { name: 'Put everything: 2 lines' }).isVisible()).toBe(true);
    await screenshot(page, 'mobile-pick-pick-put-02-one-put');
    await scanStep(page, 'Scan put location (suggested STAGE)', 'STAGE');
    await eventually(() => page.getByText('Work done').isVisible()).toBe(true);
    await screenshot(page, 'mobile-pick-pick-put-03-done');
    const work = await ok(server.admin.get(`/api/v1/work/${String(wave.workIds[0])}`), 'work');
    expect(work.status).toBe('Closed');
    expect(work.lines.map((l: any) => [l.lineType, l.status])).toEqual([
      ['Pick', 'Closed'],
      ['Pick', 'Closed'],
      ['Put', 'Closed'],
      ['Put', 'Closed'],
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
  it('cluster picking: two shipments in one trip, each into its own tote, one put', async () => {
    await putStock(server, [{ locationId: 'PICK-1', quantity: 2 }]);
    const workOf = async (orderNumber: string, item: string, unit: string) => {
      const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber: item, orderedQuantity: 1, orderedUnitSymbol: unit }]));
      const release = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, { quantityToRelease: 'All' }), 'release');
      const load = await ok(server.admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
      return String((await ok(server.admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave')).workIds[0]);
    };
    const w1 = await workOf('SO-952', 'ERP-ITEM-1', 'ea');
    const w2 = await workOf('SO-953', 'ERP-FLOUR', 'kg');
    const worker = await server.createUser('warehouse_worker', 'cleo');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile');
    await page.getByRole('link', { name: 'Cluster pick' }).click();
    for (const [workId, tote] of [
      [w1, 'TOTE-1'],
      [w2, 'TOTE-2'],
    ] as const) {
      await scanStep(page, 'Scan a pick work number', workId);
      await scanStep(page, `Scan the tote or license plate for ${workId}`, tote);
    }
    await expectAccessible(page, 'a cluster to start');
    await screenshot(page, 'mobile-cluster-01-totes');
    await page.getByRole('button', { name: 'Start the trip (2 works)' }).click();
    // The trip is read again after each pick; a slow answer shows what the handheld shows meanwhile.
    const fast = server.delayRequests(/^\/api\/v1\/work-clusters\/[^/]+$/, 600);
    const shown: string[] = [];
    for (let step = 0; step < 4; step++) {
      const field = page.locator('main form label').first();
      // The trip's first step replaces the tote form once the server answered (later on PostgreSQL), and a
      // step may render again while a refresh lands: the label is read again until its field is shown.
      let label = '';
      await eventually(async () => {
        label = (await field.textContent().catch(() => '')) ?? '';
        return /^Scan (?:location|item) \S+$/.test(label) && (await page.getByLabel(label, { exact: true }).isVisible().catch(() => false));
      }).toBe(true);
      const match = /^Scan (?:location|item) (\S+)$/.exec(label);
      if (!match) throw new Error(`unexpected cluster step "${label}"`);
      // A step done is never asked for again, not even for a moment while the trip's next step loads.
      expect(shown, 'the steps shown so far').not.toContain(label);
      shown.push(label);
      if (step === 0) await screenshot(page, 'mobile-cluster-02-pick');
      await scan(page, label, match[1] ?? '');
      await eventually(async () => ((await page.locator('main form label').first().textContent().catch(() => '')) ?? '') !== label).toBe(true);
    }
    fast();
    await scanStep(page, 'Scan put location (suggested STAGE)', 'STAGE');
    await eventually(() => page.getByText('Trip done').isVisible()).toBe(true);
    await screenshot(page, 'mobile-cluster-03-done');
    for (const [workId, plate] of [
      [w1, 'TOTE-1'],
      [w2, 'TOTE-2'],
    ] as const) {
      expect((await ok(server.admin.get(`/api/v1/work/${workId}`), 'work')).status).toBe('Closed');
      const rows = (await ok(server.admin.get(`/api/v1/inventory/transactions?licensePlateId=${plate}&locationId=STAGE`), 'ledger')).items as any[];
      expect(rows.filter((r) => r.kind === 'Transfer').map((r) => r.quantity)).toEqual([1]);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
