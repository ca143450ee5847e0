import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${String(res.status)}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A user's own API client: signs in through the API as the mobile app would. */
async function clientFor(server: RunningQuayside, user: { username: string; password: string }): Promise<Client> {
  const session = await ok(server.admin.post('/api/v1/sessions', user), 'sign-in');
  return server.as(session.token);
}

describe('cycle count review', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let worker: Client;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    // 12 ea on BULK-1, put there by a counting journal that found them.
    const found = await ok(server.admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['BULK-1'] }), 'journal');
    await ok(
      server.admin.post(`/api/v1/counting-journals/${String(found.journalId)}/counts`, {
        operationId: 'found-1',
        counts: [{ dimensions: { itemNumber: 'ITEM-1', locationId: 'BULK-1', ownerId: 'OWN-A', inventoryStatusId: 'AV' }, countedQuantity: 12 }],
      }),
      'found stock',
    );
    await ok(server.admin.post(`/api/v1/counting-journals/${String(found.journalId)}/post`, { operationId: 'found-post' }), 'post');
    worker = await clientFor(server, await server.createUser('warehouse_worker', 'wes'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a manager creates cycle count work, sees the worker\'s count outside tolerance in pending review and accepts it', async () => {
    const manager = await server.createUser('warehouse_manager', 'mona');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, manager);
    await page.goto('/workspaces/counting/work');
    const form = page.getByRole('form', { name: 'New cycle count work' });
    await form.getByLabel('Warehouse').selectOption('WH1');
    await form.getByLabel('Locations').fill('BULK-1');
    await form.getByRole('button', { name: 'Create work' }).click();
    await expect.poll(() => page.getByText('1 cycle count work created').isVisible()).toBe(true);
    const work = page.getByRole('table', { name: 'Cycle count work' });
    await expect.poll(() => work.getByRole('row').count()).toBe(2);
    const workId = (await work.getByRole('row').nth(1).getByRole('button').textContent()) ?? '';
    expect(workId).not.toBe('');
    await screenshot(page, 'counting-work-created');

    // The worker finds 10 of the 12 on the mobile app (here through the API): no tolerance, so it waits for review.
    const counted = await ok(worker.post(`/api/v1/cycle-count-work/${workId}/counts`, { operationId: 'cc-1', counts: [{ lineNumber: 1, countedQuantity: 10 }] }), 'count');
    expect(counted.status).toBe('PendingReview');

    await page.getByRole('navigation', { name: 'Counting sections' }).getByRole('link', { name: 'Pending review' }).click();
    const pending = page.getByRole('table', { name: 'Cycle counts pending review' });
    await pending.getByRole('button', { name: workId }).click();
    const lines = page.getByRole('table', { name: `Lines of cycle count work ${workId}` });
    await expect.poll(() => lines.getByRole('row').nth(1).textContent()).toMatch(/12 ea.*10 ea.*-2 ea/);
    await expectAccessible(page, 'pending review with a count to decide');
    await screenshot(page, 'counting-review');

    await page.getByRole('group', { name: `Decide on ${workId}` }).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => page.getByText('Accepted', { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nothing waits for review.').isVisible()).toBe(true);
    const onHand = await ok(server.admin.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1&locationId=BULK-1'), 'on-hand');
    expect(onHand.items.map((r: any) => r.physicalQuantity)).toEqual([10]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a manager counts stock found where the journal has no line and posts it', async () => {
    const manager = await server.createUser('warehouse_manager', 'mick');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, manager);
    await page.goto('/workspaces/counting/journals');
    const form = page.getByRole('form', { name: 'New counting journal' });
    await form.getByLabel('Warehouse').selectOption('WH1');
    await form.getByLabel('Which locations').fill('PICK-1');
    await form.getByRole('button', { name: 'Create journal' }).click();
    await expect.poll(() => page.getByText('This journal has no lines', { exact: false }).isVisible()).toBe(true);

    const found = page.getByRole('form', { name: 'Stock found without a line' });
    await found.getByLabel('Found item').fill('FLOUR');
    await found.getByLabel('Found at location').fill('PICK-1');
    await found.getByLabel('Owned by').fill('OWN-A');
    await found.getByLabel('In inventory status').fill('AV');
    await found.getByLabel('Quantity found').fill('2.5');
    await expectAccessible(page, 'an open counting journal');
    await found.getByRole('button', { name: 'Register found stock' }).click();
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect.poll(() => lines.getByRole('row').nth(1).textContent()).toMatch(/FLOUR.*PICK-1.*0 kg.*\+2\.5 kg/);
    await screenshot(page, 'counting-found-stock');
    await page.getByRole('button', { name: 'Post journal' }).click();
    await expect.poll(() => page.getByText('The adjustments are in the ledger').isVisible()).toBe(true);
    const onHand = await ok(server.admin.get('/api/v1/inventory/on-hand?itemNumber=FLOUR&locationId=PICK-1'), 'on-hand');
    expect(onHand.items.map((r: any) => r.physicalQuantity)).toEqual([2.5]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
  it('a planner lists plans and thresholds, runs a plan from its row and deletes what is no longer wanted', async () => {
    const planner = await server.createUser('planner', 'pia');
    const { page, context, consoleErrors } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, planner);
    await page.goto('/workspaces/counting/thresholds-plans');

    const newPlan = page.getByRole('form', { name: 'New plan' });
    await newPlan.getByLabel('Plan id').fill('PLAN-BULK');
    await newPlan.getByLabel('Warehouse').selectOption('WH1');
    await newPlan.getByLabel('Locations (optional)').fill('BULK-1');
    await newPlan.getByRole('button', { name: 'Create plan' }).click();
    const plans = page.getByRole('table', { name: 'Cycle counting plans' });
    const planRow = plans.getByRole('row', { name: /PLAN-BULK/ });
    await planRow.waitFor();
    expect(await planRow.textContent()).toMatch(/PLAN-BULK.*WH1.*BULK-1.*All items.*30.*20/);

    const newThreshold = page.getByRole('form', { name: 'New threshold' });
    await newThreshold.getByLabel('Threshold id').fill('LOW-ITEM-1');
    await newThreshold.getByLabel('Warehouse').selectOption('WH1');
    await newThreshold.getByLabel('Item (optional)').fill('ITEM-1');
    await newThreshold.getByLabel('Count when on-hand is below').fill('5');
    await newThreshold.getByRole('button', { name: 'Create threshold' }).click();
    const thresholds = page.getByRole('table', { name: 'Cycle counting thresholds' });
    const thresholdRow = thresholds.getByRole('row', { name: /LOW-ITEM-1/ });
    await thresholdRow.waitFor();
    // The threshold carries no unit; it is shown in the item's.
    await thresholdRow.getByText('5 ea').waitFor();

    // Filtered by the server: another warehouse has none.
    await page.getByRole('search', { name: 'Filter plans' }).getByLabel('Warehouse').selectOption('WH1');
    await page.getByRole('search', { name: 'Filter plans' }).getByRole('button', { name: 'Apply' }).click();
    expect(new URL(page.url()).searchParams.get('plans.warehouseId')).toBe('WH1');
    await planRow.waitFor();
    await expectAccessible(page, 'thresholds and plans listed');
    await screenshot(page, 'counting-plans-listed');

    await planRow.getByRole('button', { name: 'Run now: plan PLAN-BULK' }).click();
    const created = page.getByText(/^Plan PLAN-BULK: \d+ cycle count work created$/);
    await created.waitFor();
    const createdCount = Number(/: (\d+)/.exec((await created.textContent()) ?? '')?.[1]);
    const work = await ok(server.admin.get('/api/v1/cycle-count-work?warehouseId=WH1&limit=100'), 'work');
    expect(work.items.filter((w: any) => w.createdBy === 'Plan' && w.originId === 'PLAN-BULK')).toHaveLength(createdCount);
    await screenshot(page, 'counting-plan-run');

    // Deleting asks first; keeping it leaves the plan alone.
    await planRow.getByRole('button', { name: 'Delete plan PLAN-BULK' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await planRow.waitFor();
    await planRow.getByRole('button', { name: 'Delete plan PLAN-BULK' }).click();
    await expectAccessible(page, 'a plan about to be deleted');
    await page.getByRole('button', { name: 'Yes, delete plan PLAN-BULK' }).click();
    await page.getByText('No plans match.').waitFor();

    await thresholdRow.getByRole('button', { name: 'Delete threshold LOW-ITEM-1' }).click();
    await page.getByRole('button', { name: 'Yes, delete threshold LOW-ITEM-1' }).click();
    await page.getByText('No thresholds match.').waitFor();
    expect((await ok(server.admin.get('/api/v1/cycle-count-plans'), 'plans')).items).toEqual([]);
    expect((await ok(server.admin.get('/api/v1/cycle-count-thresholds'), 'thresholds')).items).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
