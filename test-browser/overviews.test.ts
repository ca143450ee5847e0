import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { answerDialog, DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, putStock, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/** The figure of a tile: the large number in the link (or box) that names what it counts. */
async function tileValue(tiles: Locator, label: string): Promise<string> {
  const tile = tiles.locator('.qs-tile').filter({ has: tiles.page().locator('.qs-tile-label', { hasText: new RegExp(`^${label}$`) }) });
  return (await tile.locator('.qs-tile-value').textContent()) ?? '';
}

/** The rows of a chart's figures table (opened under "Figures"): [category, ...values]. */
async function chartFigures(figure: Locator): Promise<{ series: string[]; rows: string[][] }> {
  await figure.getByText('Figures', { exact: true }).click();
  const table = figure.getByRole('table');
  await table.waitFor();
  const series = (await table.locator('thead th').allTextContents()).slice(1);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return { series, rows };
}

/** The viewer's time zone as the overviews send it. */
const utcOffsetOf = (page: Page) => page.evaluate(() => -new Date().getTimezoneOffset());

describe('workspace overviews and the confirmations that guard irreversible actions', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  let loadId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    await ok(server.admin.post('/api/v1/zones', { warehouseId: 'WH1', zoneId: 'FAST', name: 'Fast movers' }), 'zone');
    await ok(server.admin.patch('/api/v1/locations/WH1/PICK-1', { zoneId: 'FAST' }), 'PICK-1 in FAST');
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(server, [
      { locationId: 'PICK-1', quantity: 4 },
      { locationId: 'PICK-2', quantity: 10 },
    ]);
  });

  /**
   * The day so far (made once, by the first test that needs it; expect.poll needs a test): one order released
   * and picked by Wanda (two pick lines, one in zone FAST), one waiting with its ship date passed.
   */
  let floorWork: Promise<void> | undefined;
  const dayOnTheFloor = () =>
    (floorWork ??= (async () => {
      const line = (quantity: number) => [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: quantity, orderedUnitSymbol: 'ea' }];
      const picked = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-PICKED', {}, line(6)));
      await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-LATE', { requestedShippingPeriodStart: '2020-01-01T00:00:00Z' }, line(2)));
      const released = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(picked.internalOrderNumber)}/release`, {}), 'release');
      loadId = String(released.loadId);
      const wanda = server.as((await ok(server.admin.post('/api/v1/api-keys', { name: 'wanda', role: 'warehouse_worker' }), 'worker key')).key);
      const work = await ok(server.admin.get(`/api/v1/work?referenceType=OutboundShipment&limit=10`), 'work');
      const workId = String(work.items[0].workId);
      const taken = await ok(wanda.post(`/api/v1/work/${workId}/take`, { operationId: 'ov-take' }), 'take');
      for (const l of taken.lines) await ok(wanda.post(`/api/v1/work/${workId}/lines/${String(l.lineNumber)}/confirm`, { operationId: `ov-${String(l.lineNumber)}` }), 'confirm');
      expect((await ok(server.admin.get(`/api/v1/outbound-loads/${loadId}`), 'load')).status).toBe('Loaded');
    })());

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the planner's outbound overview: tiles and a chart with the API's figures, and tiles that open the filtered list", async () => {
    await dayOnTheFloor();
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/outbound');
    const figure = page.getByRole('figure', { name: 'Picks per hour today, by worker' });
    await figure.waitFor();
    const api = await ok(server.admin.get(`/api/v1/overviews/outbound?utcOffsetMinutes=${String(await utcOffsetOf(page))}`), 'overview');
    expect(api.ordersToRelease.overdue).toBe(1);
    expect(api.loads.loaded).toBe(1);

    const release = page.getByRole('region', { name: 'Orders to release' });
    expect(await tileValue(release, 'Ship date passed')).toBe(String(api.ordersToRelease.overdue));
    expect(await tileValue(release, 'To ship today')).toBe(String(api.ordersToRelease.today));
    expect(await tileValue(release, 'No ship date')).toBe(String(api.ordersToRelease.noDate));
    const loads = page.getByRole('region', { name: 'Loads' });
    expect(await tileValue(loads, 'Loads to ship confirm')).toBe(String(api.loads.loaded));
    expect(await tileValue(loads, 'Loads shipped today')).toBe(String(api.loads.shippedToday));
    expect(await tileValue(page.getByRole('region', { name: 'Waves and work' }), 'Waves being picked')).toBe(String(api.waves.picking));

    // The chart draws bars, and its figures are the API's: Wanda's two pick lines in the hours she picked them.
    await eventually(() => figure.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const { series, rows } = await chartFigures(figure);
    expect(series).toEqual(api.picksByWorker.keys);
    expect(series).toEqual(['wanda']);
    const apiRows = api.picksByWorker.hours.map((h: any) => h.counts.wanda ?? 0);
    expect(rows.map((r) => Number(r[1]))).toEqual(apiRows);
    expect(apiRows.reduce((a: number, b: number) => a + b, 0)).toBe(2);
    const zones = await chartFigures(page.getByRole('figure', { name: 'Picks per hour today, by zone' }));
    expect(zones.series.sort()).toEqual(['FAST', 'No zone']);
    await screenshot(page, 'overview-outbound');
    await expectAccessible(page, 'the outbound overview');

    // A tile is the filtered list: the overdue order, and the load to ship confirm.
    await release.getByRole('link', { name: /Ship date passed/ }).click();
    await page.waitForURL(/\/workspaces\/outbound\/orders\?/);
    const orders = page.getByRole('table', { name: 'Outbound shipment orders' });
    await eventually(() => orders.locator('tbody tr').count()).toBe(1);
    expect(await orders.textContent()).toContain('SO-LATE');
    await page.goBack();
    await page.getByRole('region', { name: 'Loads' }).getByRole('link', { name: /Loads to ship confirm/ }).click();
    const loadTable = page.getByRole('table', { name: 'Outbound loads' });
    await eventually(() => loadTable.locator('tbody tr').count()).toBe(1);
    expect(await loadTable.textContent()).toContain(loadId);
    expect(consoleErrors).toEqual([]);
  });

  it('asks before ship confirm: going back (or Escape) leaves the load unshipped, confirming ships it', async () => {
    await dayOnTheFloor();
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto(`/workspaces/outbound/loads/${loadId}`);
    const shipConfirm = page.getByRole('button', { name: 'Ship confirm' });
    const status = async () => (await ok(server.admin.get(`/api/v1/outbound-loads/${loadId}`), 'load')).status;

    await shipConfirm.click();
    const dialog = page.getByRole('dialog', { name: `Ship confirm load ${loadId}?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('a packing slip is made');
    // Focus starts on the safe choice, and Tab stays in the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go back');
    const focused = () => page.evaluate(() => (document.activeElement?.closest('dialog') ? document.activeElement.textContent : 'outside the dialog'));
    for (const expected of ['Ship confirm', 'Go back', 'Ship confirm']) {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(expected);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Go back');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Ship confirm');
    await screenshot(page, 'confirm-ship-confirm');
    await expectAccessible(page, 'the ship confirm question');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ship confirm');
    expect(await status()).toBe('Loaded');

    await shipConfirm.click();
    await answerDialog(page, `Ship confirm load ${loadId}?`, 'Go back');
    expect(await status()).toBe('Loaded');
    expect(await page.getByText(/^Shipped\. Packing slip/).count()).toBe(0);

    await shipConfirm.click();
    await answerDialog(page, `Ship confirm load ${loadId}?`, 'Ship confirm');
    await page.getByText(/^Shipped\. Packing slip/).waitFor();
    expect(await status()).toBe('Shipped');
    expect(consoleErrors).toEqual([]);
  });

  it('shows why a reprocessed message failed, not a success', async () => {
    const sent = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BAD', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-NOBODY', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    expect(sent.status).toBe(202);
    await eventually(async () => (await ok(server.admin.get(`/api/v1/messages/${String(sent.body.id)}`), 'message')).processingStatus, { timeout: 30_000 }).toBe('Failed');
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto(`/workspaces/integration/messages/${String(sent.body.id)}`);
    await page.getByRole('button', { name: 'Process', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Processing failed' });
    await alert.waitFor();
    const reason = (await ok(server.admin.get(`/api/v1/messages/${String(sent.body.id)}`), 'message')).lastError as string;
    expect(reason).toContain('ERP-NOBODY');
    expect(await alert.textContent()).toContain(reason);
    expect(await page.getByRole('status').filter({ hasText: /^Processed/ }).count()).toBe(0);
    expect(await page.locator('.qs-alert[data-tone="ok"]').count()).toBe(0);
    await screenshot(page, 'integration-reprocess-failed');
    await expectAccessible(page, 'a reprocess that failed');

    // Cancelling asks first, too.
    await page.getByRole('button', { name: 'Cancel message' }).click();
    await answerDialog(page, /^Cancel message /, 'Go back');
    expect((await ok(server.admin.get(`/api/v1/messages/${String(sent.body.id)}`), 'message')).processingStatus).toBe('Failed');
    await page.getByRole('button', { name: 'Cancel message' }).click();
    await answerDialog(page, /^Cancel message /, 'Cancel message');
    await eventually(async () => (await ok(server.admin.get(`/api/v1/messages/${String(sent.body.id)}`), 'message')).processingStatus).toBe('Canceled');
    expect(consoleErrors).toEqual([]);
  });

  it('opens every workspace on its overview', async () => {
    await dayOnTheFloor();
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('admin'));
    const overviews: [string, string][] = [
      ['inbound', 'Receipts per hour today, by worker'],
      ['outbound', 'Picks per hour today, by worker'],
      ['integration', 'Backlog age'],
      ['on-hand', 'Ledger movements per hour today, by kind'],
      ['counting', 'Counted lines per hour today, by worker'],
      ['reconciliation', 'Drift over the last 7 days: ERP ERP1'],
      ['users', 'Sign-ins per day, last 14 days'],
    ];
    for (const [workspace, chart] of overviews) {
      await page.goto(`/workspaces/${workspace}`);
      await page.getByRole('figure', { name: chart }).waitFor({ timeout: 30_000 });
      await page.locator('main .qs-tile').first().waitFor();
      await screenshot(page, `overview-${workspace}`);
      await expectAccessible(page, `the ${workspace} overview`);
    }
    await page.goto('/workspaces/setup');
    await page.getByRole('region', { name: 'Source systems and integration' }).waitFor();
    expect(await tileValue(page.getByRole('region', { name: 'Source systems and integration' }), 'Source systems')).toBe('1');
    await screenshot(page, 'overview-setup');
    await expectAccessible(page, 'the setup overview');
    expect(consoleErrors).toEqual([]);
  });
});
