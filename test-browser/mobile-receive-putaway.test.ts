import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('mobile receiving and put-away on a 360 px handheld', () => {
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

  it('receives an ASN license plate with one scan and puts it away at the suggested location', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-700', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 20, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ vendorShipmentId: 'VS-700', licensePlates: [{ licensePlateNumber: 'PAL-700', lines: [{ orderNumber: 'PO-700', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 20, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const worker = await server.createUser('warehouse_worker', 'rita');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.waitForURL('**/mobile');
    await expectAccessible(page, 'the mobile menu');
    await screenshot(page, 'mobile-01-menu');

    await page.getByRole('link', { name: 'Receive' }).click();
    await eventually(() => page.getByRole('heading', { name: 'Receive' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the receiving modes');
    await screenshot(page, 'mobile-02-receive-modes');
    await page.getByRole('link', { name: 'ASN license plate' }).click();

    // A plate the ASN does not know: the server's reason, and the field is ready for the next scan.
    await scanStep(page, 'Scan ASN license plate', 'PAL-NOPE');
    await eventually(() => page.getByRole('main').getByRole('alert').first().textContent()).toBe('not on an open ASN');
    await eventually(() => page.locator('.qs-scan-bar[data-tone="bad"]').textContent()).toContain('not on an open ASN');
    await screenshot(page, 'mobile-03-receive-unknown-plate');

    await scanStep(page, 'Scan ASN license plate', 'PAL-700');
    await eventually(() => page.getByRole('status').filter({ hasText: 'Received' }).first().textContent()).toMatch(/on PAL-700/);
    await eventually(() => page.getByRole('region', { name: 'ITEM-1' }).textContent()).toContain('20 ea');
    await expectAccessible(page, 'a license plate just received');
    await screenshot(page, 'mobile-04-received');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(20);

    await page.getByRole('button', { name: /Put away now/ }).click();
    await page.waitForURL('**/mobile/put-away?work=*');
    const workId = new URL(page.url()).searchParams.get('work') ?? '';
    await eventually(() => page.getByRole('heading', { name: 'Put away' }).isVisible()).toBe(true);
    await expectAccessible(page, 'the put-away start');
    await screenshot(page, 'mobile-05-put-away-start');

    // Scanning the plate picks it up and shows where it goes.
    await scanStep(page, 'Scan license plate or work', 'PAL-700');
    const putField = page.getByLabel(/Scan put location \(suggested/);
    await eventually(() => putField.isVisible()).toBe(true);
    const suggested = /suggested (\S+)\)/.exec((await page.locator('main form label').textContent()) ?? '')?.[1] ?? '';
    expect(suggested).toMatch(/^B-0\d$/);
    await expectAccessible(page, 'the put-away location step');
    await screenshot(page, 'mobile-06-put-away-location');

    // The wrong location asks for a reason first; going back to the suggested one puts it there.
    await scanStep(page, /Scan put location/, 'OVERFLOW');
    await eventually(() => page.getByLabel('Reason for putting to OVERFLOW').isVisible()).toBe(true);
    await screenshot(page, 'mobile-07-put-away-override');
    await page.getByRole('button', { name: 'Back to the suggested location' }).click();
    await scanStep(page, /Scan put location/, suggested);
    await eventually(() => page.getByRole('status').filter({ hasText: 'is closed' }).first().textContent()).toContain(workId);
    await screenshot(page, 'mobile-08-put-away-done');

    const work = await ok(server.admin.get(`/api/v1/work/${workId}`), 'work');
    expect(work.status).toBe('Closed');
    expect(work.assignedWorker).toBe('rita');
    expect(await onHandQuantity(server, `itemNumber=ITEM-1&locationId=${suggested}`)).toBe(20);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(0);

    // Inquiry at the location shows what is there now.
    await page.goto('/mobile/inquiry');
    await scanStep(page, 'Scan location, license plate or item', suggested);
    const found = page.getByRole('region', { name: 'ITEM-1' });
    await eventually(() => found.textContent()).toContain('20 ea');
    expect(await found.textContent()).toContain('PAL-700');
    await expectAccessible(page, 'the inquiry');
    await screenshot(page, 'mobile-09-inquiry');

    for (const [path, heading] of [
      ['/mobile/pick', 'Pick'],
      ['/mobile/count', 'Count'],
      ['/mobile/move', 'Move license plate'],
      ['/mobile/status', 'Change status'],
    ] as const) {
      await page.goto(path);
      await eventually(() => page.getByRole('heading', { name: heading, exact: true }).isVisible()).toBe(true);
      await expectAccessible(page, `the ${heading} screen`);
      await screenshot(page, `mobile-10-${path.split('/')[2] ?? ''}`);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('moves a license plate and changes the status of its stock by scanning', async () => {
    const worker = await server.createUser('warehouse_worker', 'moe');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    const from = (await ok(server.admin.get('/api/v1/inventory/on-hand?licensePlateId=PAL-700'), 'plate')).items[0].locationId;
    const to = from === 'B-03' ? 'B-02' : 'B-03';

    await page.getByRole('link', { name: 'Move license plate' }).click();
    await scanStep(page, 'Scan license plate to move', 'PAL-700');
    await eventually(() => page.getByRole('region', { name: 'License plate PAL-700' }).textContent()).toContain(`20 ea at ${String(from)}`);
    await screenshot(page, 'mobile-11-move');
    await scanStep(page, 'Scan destination location', to);
    await eventually(() => page.getByRole('status').filter({ hasText: 'moved' }).first().textContent()).toContain(`PAL-700 moved to ${to}`);
    expect(await onHandQuantity(server, `licensePlateId=PAL-700&locationId=${to}`)).toBe(20);

    await page.goto('/mobile/status');
    await scanStep(page, 'Scan location or license plate', 'PAL-700');
    await eventually(() => page.getByLabel('Scan new status').isVisible()).toBe(true);
    await scanStep(page, 'Scan new status', 'QC');
    await eventually(() => page.getByLabel(/Quantity to change/).isVisible()).toBe(true);
    await page.getByLabel(/Quantity to change/).fill('5');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('status').filter({ hasText: 'is now Quality check (QC)' }).first().isVisible()).toBe(true);
    await screenshot(page, 'mobile-12-status-changed');
    expect(await onHandQuantity(server, 'licensePlateId=PAL-700&inventoryStatusId=QC')).toBe(5);
    expect(await onHandQuantity(server, 'licensePlateId=PAL-700&inventoryStatusId=AV')).toBe(15);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('counts a location by cycle count work, blind, line by line', async () => {
    const location = (await ok(server.admin.get('/api/v1/inventory/on-hand?licensePlateId=PAL-700'), 'plate')).items[0].locationId as string;
    const created = await ok(server.admin.post('/api/v1/cycle-count-work', { warehouseId: 'WH1', locationIds: [location] }), 'count work');
    const workId = created.items[0].workId as string;
    const worker = await server.createUser('warehouse_worker', 'cora');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/count');
    await eventually(() => page.getByRole('region', { name: 'Open count work' }).textContent()).toContain(location);

    // No count work at OVERFLOW: the worker is offered a spot count of it.
    await scanStep(page, 'Scan location to count', 'OVERFLOW');
    await eventually(() => page.getByRole('button', { name: 'Spot count OVERFLOW (create count work)' }).isVisible()).toBe(true);

    await scanStep(page, 'Scan location to count', location);
    // The worker counts what is there: the quantities the API knows, entered line by line.
    const expected = (await ok(server.admin.get(`/api/v1/cycle-count-work/${workId}`), 'count work')).lines as { snapshotQuantity: number }[];
    expect(expected.length).toBeGreaterThan(0);
    for (const [i, l] of expected.entries()) {
      const line = page.getByRole('region', { name: `Line ${String(i + 1)} of ${String(expected.length)}: ITEM-1` });
      await eventually(() => line.isVisible()).toBe(true);
      expect(await line.textContent()).not.toContain(String(l.snapshotQuantity));
      if (i === 0) {
        await expectAccessible(page, 'a count line');
        await screenshot(page, 'mobile-13-count-line');
      }
      // The stock is on a license plate: the worker scans the plate being counted first.
      const plate = /Scan license plate (\S+)/.exec((await page.locator('main form label').first().textContent()) ?? '')?.[1];
      if (plate) await scanStep(page, `Scan license plate ${plate}`, plate);
      await scanStep(page, 'Counted quantity of ITEM-1 (ea)', String(l.snapshotQuantity));
    }
    await eventually(() => page.getByRole('status').filter({ hasText: `Counted ${location}` }).first().textContent()).toContain('Closed');
    await eventually(() => page.getByText('No open cycle count work in WH1.').isVisible()).toBe(true);
    await screenshot(page, 'mobile-14-counted');
    const counted = await ok(server.admin.get(`/api/v1/cycle-count-work/${workId}`), 'counted work');
    expect([counted.status, counted.countedBy]).toEqual(['Closed', 'cora']);
    expect(counted.lines.map((l: { countedQuantity: number }) => l.countedQuantity)).toEqual(expected.map((l) => l.snapshotQuantity));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('receives an order line step by step onto a license plate', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-701', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' }]));
    const worker = await server.createUser('warehouse_worker', 'otto');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/receive');
    await page.getByRole('link', { name: 'Order line' }).click();
    await scanStep(page, 'Scan order number', 'PO-701');
    await scanStep(page, 'Scan item or line number', 'ITEM-1');
    const quantity = page.getByLabel('Quantity received (ea)');
    await eventually(() => quantity.inputValue()).toBe('10');
    await quantity.press('Enter');
    await scanStep(page, 'Scan license plate', 'LP-701');
    await eventually(() => page.getByRole('status').filter({ hasText: 'Received' }).first().textContent()).toMatch(/on LP-701/);
    await expectAccessible(page, 'an order line received');
    await screenshot(page, 'mobile-15-order-line-received');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV&licensePlateId=LP-701')).toBe(10);
    expect((await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-701'), 'order')).lines[0].receivedQuantity).toBe(10);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('receives two order lines onto one mixed license plate, one of them batch tracked, and puts the plate away', async () => {
    await sendOrderMessage(
      server,
      erp,
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-702', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 4, expectedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-ITEM-2', expectedQuantity: 3, expectedUnitSymbol: 'ea' },
      ]),
    );
    const worker = await server.createUser('warehouse_worker', 'mia');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/receive');
    await page.getByRole('link', { name: 'Mixed license plate' }).click();
    await scanStep(page, 'Scan the new license plate', 'MIX-702');
    await scanStep(page, 'Scan order number', 'PO-702');
    await scanStep(page, 'Scan item or line number', 'ITEM-1');
    await page.getByLabel('Quantity received (ea)').press('Enter');
    await scanStep(page, 'Scan item or line number', '2');
    await page.getByLabel('Quantity received (ea)').press('Enter');
    await scanStep(page, 'Scan batch number of ITEM-2', 'B-702');
    await eventually(() => page.getByRole('region', { name: 'License plate MIX-702' }).textContent()).toContain('3 ea ITEM-2');
    await expectAccessible(page, 'a mixed license plate being filled');
    await screenshot(page, 'mobile-16-mixed-plate');
    await page.getByRole('button', { name: 'Receive 2 lines on MIX-702' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Received' }).first().textContent()).toMatch(/2 lines at RECV on MIX-702/);
    expect(await page.getByRole('region', { name: 'ITEM-2' }).textContent()).toContain('B-702');

    await page.getByRole('button', { name: /Put away now/ }).click();
    await scanStep(page, 'Scan license plate or work', 'MIX-702');
    const workId = /Work (\S+)/.exec((await page.getByText(/^Work \S+ · license plate MIX-702$/).textContent()) ?? '')?.[1] ?? '';
    for (let n = 0; n < 2; n++) {
      const field = page.getByLabel(/Scan put location \(suggested/);
      await eventually(() => field.isVisible()).toBe(true);
      const suggested = /suggested (\S+)\)/.exec((await page.locator('main form label').textContent()) ?? '')?.[1] ?? '';
      const line = await page.locator('main .qs-card h2').first().textContent();
      await scanStep(page, /Scan put location/, suggested);
      // The next put line (or the end): each line is confirmed before the next scan.
      await eventually(async () => (await page.getByText('is closed').count()) > 0 || (await page.locator('main .qs-card h2').first().textContent()) !== line).toBe(true);
    }
    await eventually(() => page.getByRole('status').filter({ hasText: 'is closed' }).first().textContent()).toContain(workId);
    await screenshot(page, 'mobile-17-mixed-put-away');
    const work = await ok(server.admin.get(`/api/v1/work/${workId}`), 'work');
    expect(work.status).toBe('Closed');
    expect(await onHandQuantity(server, 'licensePlateId=MIX-702&locationId=RECV')).toBe(0);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-2&batchNumber=B-702')).toBe(3);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('receives an item of a planned load without a license plate', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-703', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-FLOUR', expectedQuantity: 12.5, expectedUnitSymbol: 'kg' }]));
    const load = await ok(server.admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', lines: [{ orderNumber: 'PO-703', orderLineNumber: 1, quantity: 12.5 }] }), 'load');
    const worker = await server.createUser('warehouse_worker', 'lou');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/receive');
    await page.getByRole('link', { name: 'Load item' }).click();
    await scanStep(page, 'Scan load number', String(load.loadId));
    await scanStep(page, 'Scan item', 'FLOUR');
    const quantity = page.getByLabel('Quantity received (kg)');
    await eventually(() => quantity.inputValue()).toBe('12.5');
    await quantity.fill('10');
    await quantity.press('Enter');
    await page.getByRole('button', { name: 'Receive without license plate' }).click();
    await eventually(() => page.getByRole('region', { name: 'FLOUR' }).textContent()).toContain('10 kg');
    await eventually(() => page.getByRole('region', { name: `Load ${String(load.loadId)}` }).textContent()).toContain('Load status');
    await expectAccessible(page, 'a load item received');
    await screenshot(page, 'mobile-18-load-item-received');
    expect(await onHandQuantity(server, 'itemNumber=FLOUR&locationId=RECV')).toBe(10);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
