import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { answerDialog, DESKTOP, expectAccessible, launchBrowser, openPage, PHONE, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok, pickAllOnMobile, putStock, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('a planner ships an outbound order from the Outbound workspace', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    // Waves wait for the planner: processed by hand.
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-HAND', warehouseId: 'WH1', processAt: 'Manual', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(server, [{ locationId: 'PICK-1', quantity: 10 }]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const table = (page: Page, name: string) => page.getByRole('table', { name, exact: true });

  it('releases the order, processes its wave, a worker picks it on the phone, the load is ship confirmed, its packing slip opens as a PDF, and a manager reverses the ship confirm', async () => {
    const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-500', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 6, orderedUnitSymbol: 'ea' }]));
    const orderNumber = String(message.internalOrderNumber);
    const planner = await openPage(browser, server.url, DESKTOP);
    const { page } = planner;
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/outbound/orders');

    // Orders: select the order and release it.
    const orders = table(page, 'Outbound shipment orders');
    await expect.poll(() => orders.textContent()).toContain(orderNumber);
    expect(await orders.textContent()).toContain('Contoso Retail');
    await screenshot(page, 'outbound-orders');
    await expectAccessible(page, 'the outbound order list');
    await page.getByRole('checkbox', { name: `Select ${orderNumber}` }).check();
    await page.getByRole('button', { name: 'Release selected' }).click();
    const results = table(page, 'Release results');
    await expect.poll(() => results.textContent()).toContain('Released');
    const loadId = (await results.getByRole('link', { name: /^LOAD-/ }).textContent()) ?? '';
    expect(loadId).toMatch(/^LOAD-/);
    await screenshot(page, 'outbound-release-results');

    // The order's page: released lines.
    await results.getByRole('link', { name: orderNumber }).click();
    const lines = table(page, `Lines of ${orderNumber}`);
    await expect.poll(() => lines.textContent()).toContain('Released');
    expect(await lines.textContent()).toContain('6 ea');
    await expect.poll(() => table(page, `Shipments of ${orderNumber}`).textContent()).toContain(loadId);
    await screenshot(page, 'outbound-order-detail');
    await expectAccessible(page, 'the outbound order page');

    // Waves: the order's wave waits to be processed; the planner processes it.
    await page.getByRole('link', { name: 'Waves', exact: true }).click();
    const waves = table(page, 'Waves');
    await expect.poll(() => waves.locator('tbody tr').count()).toBe(1);
    expect(await waves.textContent()).toContain('BY-HAND');
    await screenshot(page, 'outbound-waves');
    await expectAccessible(page, 'the wave list');
    await waves.locator('tbody').getByRole('button').first().click();
    await expect.poll(() => page.getByRole('heading', { name: /^Wave / }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Shortages' }).textContent()).toContain('No shortages');
    await page.getByRole('button', { name: 'Process wave' }).click();
    await expect.poll(() => page.getByText('Wave processed').isVisible()).toBe(true);
    const workLink = page.getByRole('link', { name: /^W-/ });
    await expect.poll(() => workLink.count()).toBe(1);
    await screenshot(page, 'outbound-wave-detail');
    await expectAccessible(page, 'the wave page');

    // The work it made, before the worker takes it.
    await workLink.click();
    const workLines = page.getByRole('table', { name: /^Lines of work / });
    await expect.poll(() => workLines.textContent()).toContain('PICK-1');
    expect(await workLines.textContent()).toContain('STAGE');
    await screenshot(page, 'outbound-work-detail');
    await expectAccessible(page, 'the work page');
    await page.getByRole('link', { name: 'Work', exact: true }).click();
    await page.getByLabel('Work type').selectOption('Pick');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => table(page, 'Work').locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'outbound-work-list');
    await expectAccessible(page, 'the work list');

    // A worker picks it on a 360 px phone.
    const worker = await openPage(browser, server.url, PHONE);
    await signIn(worker.page, await server.createUser('warehouse_worker'));
    const picked = await pickAllOnMobile(worker.page);
    expect(picked).toHaveLength(1);
    expect(worker.consoleErrors).toEqual([]);
    await worker.context.close();

    // The load is Loaded; the planner ship-confirms it.
    await page.getByRole('link', { name: 'Loads', exact: true }).click();
    const loads = table(page, 'Outbound loads');
    await expect.poll(() => loads.textContent(), { timeout: 15_000 }).toContain('Loaded');
    await screenshot(page, 'outbound-loads');
    await expectAccessible(page, 'the outbound load list');
    await loads.getByRole('button', { name: loadId }).click();
    await page.getByRole('heading', { name: `Outbound load ${loadId}` }).waitFor();
    await page.getByRole('button', { name: 'Ship confirm' }).click();
    await answerDialog(page, `Ship confirm load ${loadId}?`, 'Ship confirm');
    await page.getByText(/^Shipped\. Packing slip/).waitFor();
    const slips = await ok(server.admin.get(`/api/v1/shipment-packing-slips?loadId=${loadId}`), 'packing slips');
    expect(slips.items).toHaveLength(1);
    const versionNumber = String(slips.items[0].shipmentPackingSlipVersionNumber);
    expect(slips.items[0]).toMatchObject({ postingStatus: 'ReadyForPosting', isActive: true });

    // The planner opens the packing slip: fetched with the session, shown as a PDF.
    await expect.poll(() => page.getByRole('table', { name: `Packing slips of load ${loadId}` }).textContent()).toContain(versionNumber);
    await screenshot(page, 'outbound-load-shipped');
    await expectAccessible(page, 'the shipped load page');
    const pdfResponse = page.waitForResponse((res) => res.url().endsWith(`/api/v1/shipment-packing-slips/${versionNumber}/pdf`));
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: `Open packing slip (PDF) ${versionNumber}` }).click();
    const response = await pdfResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    // The new tab shows the blob the page made of that response: a PDF document. (Read as the document's
    // type: the page's CSP, which the blob inherits, lets no script fetch it again, as it should.)
    const tab = await popup;
    expect(tab.url()).toMatch(/^blob:/);
    expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
    const slip = await ok(server.admin.get(`/api/v1/shipment-packing-slips/${versionNumber}`), 'packing slip');
    expect(slip.lines.map((l: { orderNumber: string; shippedQuantity: number }) => [l.orderNumber, l.shippedQuantity])).toEqual([[orderNumber, 6]]);

    // The packing slip's own page.
    await page.getByRole('link', { name: versionNumber }).click();
    await expect.poll(() => page.getByRole('table', { name: `Lines of packing slip ${versionNumber}` }).textContent()).toContain('6 ea');
    await screenshot(page, 'outbound-packing-slip');
    await expectAccessible(page, 'the packing slip page');
    expect(await page.getByRole('button', { name: 'Reverse ship confirm' }).count()).toBe(0);
    expect(planner.consoleErrors).toEqual([]);

    // Before posting, a manager reverses the ship confirmation: the load is Loaded again.
    const reverser = await openPage(browser, server.url, DESKTOP);
    await signIn(reverser.page, await server.createUser('warehouse_manager'));
    await reverser.page.goto(`/workspaces/outbound/packing-slips/${versionNumber}`);
    await reverser.page.getByRole('button', { name: 'Reverse ship confirm' }).click();
    await answerDialog(reverser.page, `Reverse the ship confirm of packing slip ${versionNumber}?`, 'Reverse ship confirm');
    await expect.poll(async () => (await ok(server.admin.get(`/api/v1/outbound-loads/${loadId}`), 'load')).status).toBe('Loaded');
    await expect.poll(() => reverser.page.getByRole('button', { name: 'Reverse ship confirm' }).count()).toBe(0);
    expect(reverser.consoleErrors).toEqual([]);
  });

  it('lets a warehouse manager set outbound automation, add a wave template, change it and delete it', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('warehouse_manager'));
    await page.goto('/workspaces/outbound/settings');
    await expect.poll(() => table(page, 'Wave templates').textContent()).toContain('BY-HAND');
    await page.getByRole('button', { name: 'Save automation' }).click();
    await expect.poll(() => page.getByText(/^Scheduled for WH1/).isVisible()).toBe(true);

    await page.getByLabel('Wave template id').fill('DOCK');
    await page.getByLabel('Put location').fill('PICK-1');
    await page.getByRole('button', { name: 'Create wave template' }).click();
    // A pick location is refused, with the reason next to the field.
    await expect.poll(() => page.getByText('must be a staging or bay door location').first().isVisible()).toBe(true);
    await page.getByLabel('Put location').fill('DOOR-1');
    await page.getByRole('button', { name: 'Create wave template' }).click();
    await expect.poll(() => table(page, 'Wave templates').textContent()).toContain('DOCK');
    await screenshot(page, 'outbound-settings');
    await expectAccessible(page, 'the outbound settings');

    // Picked from the table: released shipments are waved at a threshold from now on.
    await table(page, 'Wave templates').getByRole('button', { name: 'DOCK' }).click();
    const form = page.getByRole('form', { name: 'Wave template DOCK' });
    await expect.poll(() => form.getByLabel('Put location').inputValue()).toBe('DOOR-1');
    expect(await form.getByLabel('Wave template id').isDisabled()).toBe(true);
    await form.getByLabel('Process at').selectOption('Threshold');
    await form.getByLabel('Threshold (shipments)').fill('4');
    await form.getByRole('button', { name: 'Save wave template' }).click();
    await expect.poll(() => page.getByText('Wave template DOCK saved.').isVisible()).toBe(true);
    await expect.poll(() => table(page, 'Wave templates').textContent()).toContain('Threshold of 4 shipments');
    const saved = (await ok(server.admin.get('/api/v1/wave-templates?warehouseId=WH1'), 'templates')).items.find((w: { waveTemplateId: string }) => w.waveTemplateId === 'DOCK');
    expect(saved).toMatchObject({ processAt: 'Threshold', thresholdShipments: 4, putLocationId: 'DOOR-1' });
    await screenshot(page, 'outbound-settings-template-changed');
    await expectAccessible(page, 'a wave template being changed');

    // Deleted after a confirmation: gone from the table and from the API.
    await form.getByRole('button', { name: 'Delete wave template' }).click();
    await answerDialog(page, 'Delete wave template DOCK?', 'Delete wave template');
    await expect.poll(() => page.getByText('Wave template DOCK deleted.').isVisible()).toBe(true);
    await expect.poll(() => table(page, 'Wave templates').textContent()).not.toContain('DOCK');
    expect((await ok(server.admin.get('/api/v1/wave-templates?warehouseId=WH1'), 'templates')).items.map((w: { waveTemplateId: string }) => w.waveTemplateId)).not.toContain('DOCK');
    expect(consoleErrors).toEqual([]);
  });
});
