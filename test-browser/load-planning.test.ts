import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok, putStock, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

describe('a planner builds loads in the load planning workbench', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  const loads: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    erp = await createErpClient(server, 'ERP1');
    await putStock(server, [{ locationId: 'PICK-1', quantity: 40 }]);
    await ok(server.admin.patch('/api/v1/items/ITEM-1', { unitWeightGrams: 500, unitVolumeCm3: 1000 }), 'weights');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets up a van, sees what each load weighs against it, is refused an overload and moves a shipment that fits', async () => {
    // Three orders to three receivers: three shipments, each on its own load.
    for (const [order, quantity] of [['SO-WB1', 10], ['SO-WB2', 4], ['SO-WB3', 2]] as const) {
      const message = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage(order, { receiverName: `Receiver ${order}` }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: quantity, orderedUnitSymbol: 'ea' }]));
      const released = await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(message.internalOrderNumber)}/release`, {}), `release ${order}`);
      loads.push(String(released.loadId));
    }
    const { page, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, await server.createUser('planner'));
    await page.goto('/workspaces/outbound/load-planning');
    const templates = page.getByRole('region', { name: 'Load templates' });
    await templates.getByLabel('Template').fill('VAN');
    await templates.getByLabel('Name').fill('Van');
    await templates.getByLabel('Maximum weight (kg)').fill('6');
    await templates.getByRole('button', { name: 'Save template' }).click();
    await expect.poll(() => templates.getByRole('table').textContent()).toContain('Van');

    const [first, second, third] = loads.map((id) => page.getByRole('region', { name: `Load ${id}` }));
    await first!.getByLabel(`Load template of ${loads[0] ?? ''}`).selectOption('VAN');
    await expect.poll(() => first!.textContent()).toMatch(/Weight: 5 kg of 6 kg/);

    // 4 ea more (2 kg) do not fit the van: the refusal says why, and nothing moves.
    const wb2 = second!.getByRole('row').filter({ hasText: 'SO-WB2' });
    await wb2.getByRole('combobox').selectOption(loads[0] ?? '');
    await wb2.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => second!.getByRole('alert').textContent()).toContain('weight 7000 g is more than 6000 g');
    await screenshot(page, 'load-planning-refused');

    // 2 ea (1 kg) fit: the shipment moves, the emptied load goes.
    const wb3 = third!.getByRole('row').filter({ hasText: 'SO-WB3' });
    await wb3.getByRole('combobox').selectOption(loads[0] ?? '');
    await wb3.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => first!.textContent()).toMatch(/Weight: 6 kg of 6 kg/);
    expect(await first!.textContent()).toContain('SO-WB3');
    await expect.poll(() => page.getByRole('region', { name: `Load ${loads[2] ?? ''}` }).count()).toBe(0);
    // Nothing is picked yet: ship confirm waits for the load to be Loaded.
    expect(await first!.getByRole('button', { name: 'Ship confirm' }).isDisabled()).toBe(true);
    await screenshot(page, 'load-planning');
    await expectAccessible(page, 'the load planning workbench');
    expect(consoleErrors).toEqual([]);
  });
});
