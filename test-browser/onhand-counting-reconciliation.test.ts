import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createReceivingLayout } from '../test/support/warehouse-layout.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${String(res.status)}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** 10 ea of ITEM-1 received on LP-1 at RECV for ERP1, with receiving not completed: ERP1 has not been told yet. */
async function receiveStock(server: RunningQuayside): Promise<void> {
  const admin: Client = server.admin;
  await createWarehouseMasterData(admin);
  await createReceivingLayout(admin);
  await ok(admin.post('/api/v1/source-systems', { sourceSystemId: 'ERP1', name: 'Harbour ERP', defaultOwnerId: 'OWN-A' }), 'source system');
  await ok(admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'ERP-ITEM-1', itemNumber: 'ITEM-1' }]), 'item mapping');
  const erp = server.as(await server.newSourceSystemKey('ERP1'));
  const sent = await ok(erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' }])), 'message');
  // The running worker processes the message; wait for it as the ERP would, by reading it again.
  for (let tries = 0; ; tries++) {
    const status = (await admin.get(`/api/v1/messages/${String(sent.id)}`)).body.processingStatus;
    if (status === 'Accepted') break;
    if (status === 'Failed' || tries > 150) throw new Error(`the inbound order message is ${String(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await ok(admin.post('/api/v1/inbound-receiving/order-line', { operationId: 'rcv-1', orderNumber: 'PO-1', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-1' }), 'receiving');
}

const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().isVisible();

describe('on-hand inquiry, counting and reconciliation', () => {
  let server: RunningQuayside;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await receiveStock(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a warehouse manager finds the on-hand and its ledger history, counts a location, posts the count and sees the on-hand change', async () => {
    const manager = await server.createUser('warehouse_manager', 'maria');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, manager);

    // On-hand inquiry, filtered by item on the server.
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'On-hand inquiry' }).click();
    await page.getByRole('navigation', { name: 'On-hand sections' }).getByRole('link', { name: 'On-hand', exact: true }).click();
    await page.getByLabel('Item', { exact: true }).fill('ITEM-1');
    await page.getByRole('button', { name: 'Apply' }).click();
    const physical = page.getByRole('link', { name: /^Physical 10 ea of ITEM-1 in WH1 \/ RECV \/ LP-1/ });
    await expect.poll(() => physical.isVisible()).toBe(true);
    await expectAccessible(page, 'the on-hand inquiry');
    await screenshot(page, 'onhand-inquiry');

    // The ledger history behind the figure: the registration that brought the 10 in.
    await physical.click();
    await page.waitForURL('**/workspaces/on-hand/ledger?**');
    const ledger = page.getByRole('table', { name: 'Ledger history, newest first' });
    await expect.poll(() => ledger.getByRole('row').count()).toBe(2);
    const receipt = ledger.getByRole('row').nth(1);
    expect(await receipt.textContent()).toMatch(/InboundRegistration.*Receipt.*\+10 ea.*Registered/);
    await expectAccessible(page, 'the ledger history');
    await screenshot(page, 'onhand-ledger-history');

    // The background check runs every 10 minutes; run it now, as an operator would from the process list.
    const processes = await ok(server.admin.get('/api/v1/background-processes'), 'processes');
    const ledgerCheck = processes.items.find((p: { processType: string }) => p.processType === 'checkInventoryLedger');
    await ok(server.admin.post(`/api/v1/background-processes/${String(ledgerCheck.id)}/run`), 'ledger check');
    await page.getByRole('link', { name: 'Consistency check' }).click();
    await expect.poll(() => visible(page, 'Agreed at the last background check')).toBe(true);
    await page.getByRole('button', { name: 'Check consistency' }).click();
    await expect.poll(() => visible(page, 'Ledger and balances agree')).toBe(true);
    await expectAccessible(page, 'the consistency check');

    // A counting journal for RECV: the manager finds 9 where the ledger says 10.
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Counting' }).click();
    await page.getByRole('navigation', { name: 'Counting sections' }).getByRole('link', { name: 'Counting journals' }).click();
    const newJournal = page.getByRole('form', { name: 'New counting journal' });
    await newJournal.getByLabel('Warehouse').selectOption('WH1');
    await newJournal.getByLabel('Count by').selectOption('Location');
    await newJournal.getByLabel('Which locations').fill('RECV');
    await expectAccessible(page, 'the counting journals');
    await screenshot(page, 'counting-journals');
    await page.getByRole('button', { name: 'Create journal' }).click();
    await page.waitForURL(/\/workspaces\/counting\/journals\/[^/]+$/);
    const counted = page.getByLabel(/^Counted, line 1 \(ITEM-1 at WH1 \/ RECV \/ LP-1\)/);
    await counted.fill('9');
    await page.getByRole('button', { name: 'Register counts' }).click();
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect.poll(() => lines.getByRole('row').nth(1).textContent()).toMatch(/10 ea.*-1 ea/);
    await page.getByRole('button', { name: 'Post journal' }).click();
    await expect.poll(() => visible(page, 'The adjustments are in the ledger')).toBe(true);
    expect(await page.getByText('Posted', { exact: true }).first().isVisible()).toBe(true);
    await expectAccessible(page, 'a posted counting journal');
    await screenshot(page, 'counting-journal-posted');

    // The on-hand now says 9, and its history shows the adjustment on top.
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'On-hand inquiry' }).click();
    await page.getByRole('navigation', { name: 'On-hand sections' }).getByRole('link', { name: 'On-hand', exact: true }).click();
    await page.getByLabel('Item', { exact: true }).fill('ITEM-1');
    await page.getByRole('button', { name: 'Apply' }).click();
    const nine = page.getByRole('link', { name: /^Physical 9 ea of ITEM-1 in WH1 \/ RECV \/ LP-1/ });
    await expect.poll(() => nine.isVisible()).toBe(true);
    await nine.click();
    const history = page.getByRole('table', { name: 'Ledger history, newest first' });
    await expect.poll(() => history.getByRole('row').nth(1).textContent()).toMatch(/CountingJournal.*Adjustment.*-1 ea/);
    // Sorted by the server: largest quantity first.
    await history.getByRole('button', { name: /^Quantity/ }).click();
    await history.getByRole('button', { name: /^Quantity/ }).click();
    await expect.poll(() => history.getByRole('row').nth(1).textContent()).toMatch(/InboundRegistration.*\+10 ea/);
    expect(new URL(page.url()).searchParams.get('ledger.order')).toBe('desc');

    // The other counting screens open and are accessible too.
    for (const [tab, name] of [
      ['Journal names', 'counting-journal-names'],
      ['Cycle count work', 'counting-cycle-count-work'],
      ['Pending review', 'counting-pending-review'],
      ['Thresholds and plans', 'counting-thresholds-plans'],
    ] as const) {
      await page.goto('/workspaces/counting/journals');
      await page.getByRole('navigation', { name: 'Counting sections' }).getByRole('link', { name: tab }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
      await expectAccessible(page, `counting: ${tab}`);
      await screenshot(page, name);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('an integration operator creates an on-hand report and opens the drift explanation', async () => {
    const operator = await server.createUser('integration_operator', 'omar');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, operator);
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Reconciliation' }).click();
    await page.getByLabel('Source system').selectOption('ERP1');
    await page.waitForURL('**/workspaces/reconciliation/ERP1/reports');

    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('As of date').fill(today);
    await page.getByLabel('Location').check();
    await page.getByLabel(/Include registered and picked/).check();
    await expectAccessible(page, 'the on-hand reports');
    await screenshot(page, 'reconciliation-reports');
    await page.getByRole('button', { name: 'Create report' }).click();

    // The report's lines, in Quayside's ids and ERP1's.
    await page.waitForURL(/\/workspaces\/reconciliation\/ERP1\/reports\/[^/]+$/);
    const lines = page.getByRole('table', { name: /^Lines of on-hand report/ });
    await expect.poll(() => lines.getByRole('row').count()).toBe(2);
    // The unit arrives with the item lookup, a moment after the row.
    await expect.poll(() => lines.getByRole('row').nth(1).textContent(), { timeout: 15_000 }).toMatch(/ITEM-1.*ERP-ITEM-1.*WH1.*RECV.*9 ea/);
    await expectAccessible(page, 'an on-hand report');
    await screenshot(page, 'reconciliation-report-lines');

    // Why ERP1 and the warehouse differ: 9 on the shelf, ERP1 told -1 (the count), the 10 received are not completed.
    await page.getByRole('link', { name: 'Drift explanation' }).click();
    const card = page.getByRole('region', { name: /^ERP-ITEM-1 \(ITEM-1\) in WH1, AV/ });
    await expect.poll(() => card.isVisible()).toBe(true);
    const figures = await card.locator('dl').textContent();
    expect(figures).toContain('In the warehouse9 ea');
    expect(figures).toContain('ERP1 has been told-1 ea');
    expect(figures).toContain('Difference+10 ea');
    await expect.poll(() => card.getByRole('listitem').first().textContent(), { timeout: 15_000 }).toMatch(/^\+10 ea received, but receiving not completed: InboundRegistration/);
    expect(await visible(page, '1 line differs')).toBe(true);
    await expectAccessible(page, 'the drift explanation');
    await screenshot(page, 'reconciliation-drift');

    await page.getByRole('link', { name: 'Update log' }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => visible(page, /^Published \d+ new entr/)).toBe(true);
    await expectAccessible(page, 'the update log');
    await screenshot(page, 'reconciliation-update-log');

    await page.getByRole('link', { name: 'Report schedule' }).click();
    // None yet: the server answers 404 and the screen says so.
    await page.getByText('No recurring on-hand report').waitFor();
    await page.getByLabel('Every (hours)').fill('12');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByRole('heading', { name: 'Recurring on-hand report' }).waitFor();
    // Read back from the schedule route after a reload, form included.
    await page.reload();
    await page.getByText('12 hours').waitFor();
    expect(await page.getByText('No recurring on-hand report').count()).toBe(0);
    expect(await page.getByLabel('Every (hours)').inputValue()).toBe('12');
    await expectAccessible(page, 'the report schedule');
    await screenshot(page, 'reconciliation-schedule');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
