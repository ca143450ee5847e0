import bwipjs from 'bwip-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, onHandQuantity, scanStep, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/**
 * Records what the app asks of the speaker and the vibration motor: every oscillator started (its
 * frequency) and every vibration pattern. The sound itself is real Web Audio; only the calls are noted.
 */
const RECORD_SIGNALS = `
  window.__beeps = [];
  window.__vibrations = [];
  const Real = window.AudioContext;
  if (Real) {
    window.AudioContext = class extends Real {
      createOscillator() {
        const oscillator = super.createOscillator();
        const start = oscillator.start.bind(oscillator);
        oscillator.start = (...args) => { window.__beeps.push(oscillator.frequency.value); return start(...args); };
        return oscillator;
      }
    };
  }
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (pattern) => { window.__vibrations.push(pattern); return true; } });
`;

const beeps = (page: Page) => page.evaluate(() => (window as unknown as { __beeps: number[] }).__beeps.length);
const vibrations = (page: Page) => page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations.length);
const redBar = (page: Page) => page.locator('.qs-scan-bar[data-tone="bad"]');
const greenBar = (page: Page) => page.locator('.qs-scan-bar[data-tone="ok"]');

/** The browser logs the requests it could not make while offline; those are what the offline test is about. */
const offlineNoise = (e: string) => /ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch|net::ERR/.test(e);

describe('the mobile app for a shift, on a 360 px handheld', () => {
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

  it('receives in the order line\'s unit (boxes), answers a wrong scan with the red bar, a sound and a buzz, a right one with the green bar, and keeps the order for the next line', async () => {
    // The supplier's order is in boxes; master data converts a box to 12 ea.
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-900', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 5, expectedUnitSymbol: 'box' }]));
    const before = await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV');
    const worker = await server.createUser('warehouse_worker', 'bruno');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await context.addInitScript(RECORD_SIGNALS);
    await signIn(page, worker);
    await page.goto('/mobile/receive/order-line');

    await scanStep(page, 'Scan order number', 'PO-900');
    await eventually(() => page.getByRole('region', { name: 'Order PO-900' }).textContent()).toContain('Acme Supplies');
    expect(await greenBar(page).textContent()).toContain('PO-900');

    // A wrong scan: the red bar with the reason, a sound and a vibration; the field waits for the next scan.
    const beepsBefore = await beeps(page);
    await scanStep(page, 'Scan item or line number', 'NOT-AN-ITEM');
    await eventually(() => redBar(page).textContent()).toContain('has no line NOT-AN-ITEM');
    expect(await redBar(page).getAttribute('role')).toBe('alert');
    expect(await beeps(page)).toBeGreaterThan(beepsBefore);
    expect(await vibrations(page)).toBeGreaterThan(0);
    await screenshot(page, 'mobile-shift-01-wrong-scan');

    // The right item: the green bar, another sound; the quantity is asked in boxes, 5 box still to receive.
    const beepsAfterError = await beeps(page);
    await scanStep(page, 'Scan item or line number', 'ITEM-1');
    await eventually(() => greenBar(page).textContent()).toContain('ITEM-1');
    expect(await beeps(page)).toBeGreaterThan(beepsAfterError);
    const quantity = page.getByLabel('Quantity received (box)');
    await eventually(() => quantity.inputValue()).toBe('5');
    const order = page.getByRole('region', { name: 'Order PO-900' });
    expect(await order.textContent()).toMatch(/Still to receive\s*5 box/);
    expect(await order.textContent()).toContain('Widget');
    await expectAccessible(page, 'the quantity step in boxes');
    await screenshot(page, 'mobile-shift-02-quantity-in-boxes');

    await quantity.fill('2');
    await quantity.press('Enter');
    await scanStep(page, 'Scan license plate', 'LP-900');
    await eventually(() => page.getByRole('main').getByRole('status').filter({ hasText: 'Received' }).first().textContent()).toMatch(/on LP-900/);
    await screenshot(page, 'mobile-shift-03-received-boxes');

    // 2 box are 24 ea in the ledger; the order line has 3 box left, and the entry is still on PO-900.
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&locationId=RECV')).toBe(before + 24);
    const ledger = await ok(server.admin.get('/api/v1/inventory/transactions?itemNumber=ITEM-1&licensePlateId=LP-900'), 'ledger');
    expect(ledger.items.map((t: { kind: string; quantity: number }) => [t.kind, t.quantity])).toEqual([['Receipt', 24]]);
    const line = (await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-900'), 'order')).lines[0];
    expect([line.receivedQuantity, line.remainingQuantity]).toEqual([24, 36]);
    await eventually(() => page.getByLabel('Scan item or line number').isVisible()).toBe(true);
    await scanStep(page, 'Scan item or line number', 'ITEM-1');
    await eventually(() => page.getByLabel('Quantity received (box)').inputValue()).toBe('3');
    await screenshot(page, 'mobile-shift-04-next-line-same-order');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the item by number and name, where and how much in large type, and the inventory status in words', async () => {
    // The plate received in boxes above, on the change-status step.
    const worker = await server.createUser('warehouse_worker', 'petra');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile/status');
    await scanStep(page, 'Scan location or license plate', 'LP-900');
    const facts = page.getByRole('region', { name: 'ITEM-1' });
    await eventually(() => facts.textContent()).toContain('Widget');
    expect(await facts.textContent()).toContain('Available');
    expect(await facts.textContent()).not.toMatch(/\bAV\b/);
    await screenshot(page, 'mobile-shift-05-step-facts');

    // Putting the plate away: the put step says where in large type, for which order and vendor, with the item's name.
    await page.goto('/mobile/put-away');
    await scanStep(page, 'Scan license plate or work', 'LP-900');
    await eventually(() => page.getByLabel(/Scan put location/).isVisible()).toBe(true);
    const put = page.getByRole('region', { name: /^Line 2 of 2: put$/ });
    // The order and vendor come with a second read (the work line's context): wait for them.
    await eventually(async () => (await put.textContent()) ?? '').toMatch(/Vendor\s*Acme Supplies/);
    const text = (await put.textContent()) ?? '';
    expect(text).toMatch(/Put to\s*\S+/);
    expect(text).toMatch(/Quantity\s*24 ea/);
    expect(text).toContain('Widget');
    expect(text).toMatch(/Order\s*PO-900/);
    expect(text).toMatch(/Vendor\s*Acme Supplies/);
    expect(text).toContain('Available');
    const sizes = await put.evaluate((region) => {
      const big = region.querySelector('.qs-step-big strong');
      const other = region.querySelector('.qs-step-more dd');
      return [big ? parseFloat(getComputedStyle(big).fontSize) : 0, other ? parseFloat(getComputedStyle(other).fontSize) : 0];
    });
    expect(sizes[0], 'where and how much are the largest text').toBeGreaterThan((sizes[1] ?? 0) * 1.5);
    await expectAccessible(page, 'a put-away step');
    await screenshot(page, 'mobile-shift-06-put-away-step');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('starts without the network after a reload, keeps a scan made offline through another reload, lists it, and applies it once when back online', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-901', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 12, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-901', lines: [{ orderNumber: 'PO-901', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 12, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    const worker = await server.createUser('warehouse_worker', 'oskar');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    // A first visit online: the service worker installs and keeps the app shell; the lookups made from then on are kept too.
    await page.goto('/mobile');
    await eventually(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000, message: 'the service worker controls the page' }).toBe(true);
    await page.goto('/mobile/inquiry');
    await page.getByLabel('Scan location, license plate or item').waitFor();
    await page.goto('/mobile/receive/license-plate');
    await page.getByLabel('Scan ASN license plate').waitFor();

    // Offline, and a reload: the service worker serves the app. (The receiving endpoint is also cut at the
    // server: the browser's offline emulation does not always reach a page its service worker reloaded.)
    const reconnect = server.cutConnections(/^\/api\/v1\/inbound-receiving\//);
    await context.setOffline(true);
    await page.reload();
    await eventually(() => page.getByLabel('Scan ASN license plate').isVisible(), { message: 'the app started offline' }).toBe(true);
    await screenshot(page, 'mobile-shift-07-started-offline');

    await scanStep(page, 'Scan ASN license plate', 'PAL-901');
    const banner = page.getByRole('status').filter({ hasText: 'waiting to be sent' });
    await eventually(() => banner.textContent()).toMatch(/Offline\. 1 scan waiting to be sent/);

    // Leaving the screen and reloading keeps it; the list shows it waiting.
    await page.reload();
    await eventually(() => banner.textContent()).toMatch(/Offline\. 1 scan waiting to be sent/);
    await banner.getByRole('link', { name: 'Show them' }).click();
    const waiting = page.getByRole('region', { name: 'Waiting to be sent' });
    await eventually(() => waiting.textContent()).toContain('Receive license plate PAL-901');
    await screenshot(page, 'mobile-shift-08-waiting-offline');
    // A lookup the inquiry made online is answered from what the device kept.
    await page.getByRole('link', { name: 'Back to the menu' }).click();
    await page.getByRole('link', { name: 'Inquiry' }).click();
    await eventually(() => page.getByLabel('Scan location, license plate or item').isVisible(), { message: 'the warehouses came from the kept lookups' }).toBe(true);
    await page.getByRole('link', { name: 'Back to the menu' }).click();
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&licensePlateId=PAL-901')).toBe(0);

    // Back online: sent once, listed as applied.
    reconnect();
    await context.setOffline(false);
    await eventually(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('link', { name: 'Sent and waiting scans' }).click();
    const sent = page.getByRole('region', { name: 'Sent', exact: true });
    await eventually(() => sent.textContent()).toMatch(/Receive license plate PAL-901.*Applied/);
    await screenshot(page, 'mobile-shift-09-applied');
    expect(await page.evaluate("localStorage.getItem('quayside.outbox')")).toBe('[]');
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&licensePlateId=PAL-901')).toBe(12);
    const ledger = await ok(server.admin.get('/api/v1/inventory/transactions?itemNumber=ITEM-1&licensePlateId=PAL-901'), 'ledger');
    expect(ledger.items.filter((t: { kind: string }) => t.kind === 'Receipt')).toHaveLength(1);
    expect((await ok(server.admin.get('/api/v1/inbound-shipment-orders/PO-901'), 'order')).lines[0].receivedQuantity).toBe(12);

    // Signing out forgets the kept lookups and the list.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name').waitFor();
    expect(await page.evaluate(() => caches.has('quayside-api'))).toBe(false);
    expect(await page.evaluate("localStorage.getItem('quayside.outbox.history')")).toBeNull();
    expect(consoleErrors.filter((e) => !offlineNoise(e))).toEqual([]);
    await context.close();
  });

  it('scans with the camera where there is no hardware scanner: the decoder loads on demand under the Content Security Policy and reads the plate', async () => {
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-902', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 6, expectedUnitSymbol: 'ea' }]));
    await ok(
      erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-902', lines: [{ orderNumber: 'PO-902', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 6, unitSymbol: 'ea' }] }] }],
      }),
      'ASN',
    );
    // The phone's camera, pointed at the plate's label: a Code 128 bar code, as the label printer prints it,
    // streamed from a canvas. What reads it is the app's own decoder.
    const label = (await bwipjs.toBuffer({ bcid: 'code128', text: 'PAL-902', scale: 3, height: 12, paddingwidth: 24, paddingheight: 24, backgroundcolor: 'FFFFFF' })).toString('base64');
    const CAMERA = `
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 640; canvas.height = 360;
        const ctx = canvas.getContext('2d');
        const image = new Image();
        image.src = 'data:image/png;base64,${label}';
        await image.decode();
        const draw = () => { ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 640, 360); ctx.drawImage(image, (640 - image.width) / 2, (360 - image.height) / 2); };
        draw();
        setInterval(draw, 100);
        return canvas.captureStream(10);
      };
    `;
    const worker = await server.createUser('warehouse_worker', 'carla');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await context.addInitScript(CAMERA);
    await signIn(page, worker);
    await page.goto('/mobile/receive/license-plate');
    await page.getByLabel('Scan ASN license plate').waitFor();
    const wasmLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')));
    const native = await page.evaluate(() => 'BarcodeDetector' in window);
    // The decoder is not part of the first load.
    expect(await wasmLoaded()).toBe(false);

    await page.getByRole('button', { name: 'Scan with camera' }).click();
    await eventually(() => page.getByRole('group', { name: 'Camera scanner' }).isVisible()).toBe(true);
    await screenshot(page, 'mobile-shift-10-camera');
    await eventually(() => page.getByRole('main').getByRole('status').filter({ hasText: 'Received' }).first().textContent(), { timeout: 30_000 }).toMatch(/on PAL-902/);
    expect(await greenBar(page).textContent()).toContain('PAL-902');
    if (!native) expect(await wasmLoaded(), 'the polyfill loaded its WebAssembly from Quayside').toBe(true);
    expect(await page.getByRole('group', { name: 'Camera scanner' }).count()).toBe(0);
    expect(await onHandQuantity(server, 'itemNumber=ITEM-1&licensePlateId=PAL-902')).toBe(6);
    // No CSP violation (they are console errors, see openPage) and nothing else went wrong.
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('speaks German to a worker who chose German: the menu, the step and the status words', async () => {
    const worker = await server.createUser('warehouse_worker', 'greta');
    const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
    await signIn(page, worker);
    await page.goto('/mobile');
    await page.getByLabel('Language').selectOption('de');
    await eventually(() => page.getByRole('navigation', { name: 'Aufgaben' }).textContent()).toContain('Wareneingang');
    expect(await page.getByRole('navigation', { name: 'Aufgaben' }).textContent()).toContain('Kommissionieren');
    await page.getByRole('link', { name: 'Wareneingang' }).click();
    await page.getByRole('link', { name: 'Auftragsposition' }).click();
    await scanStep(page, 'Auftragsnummer scannen', 'PO-900');
    await eventually(() => page.getByRole('region', { name: 'Auftrag PO-900' }).textContent()).toMatch(/Lieferant\s*Acme Supplies/);
    expect(await page.getByRole('region', { name: 'Auftrag PO-900' }).textContent()).not.toMatch(/Partially received|PartiallyReceived/);
    await scanStep(page, 'Artikel oder Positionsnummer scannen', 'KEIN-ARTIKEL');
    await eventually(() => redBar(page).textContent()).toContain('hat keine Position KEIN-ARTIKEL');
    await screenshot(page, 'mobile-shift-11-german');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
