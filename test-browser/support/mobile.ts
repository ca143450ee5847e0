import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordTransactions } from '../../src/modules/inventory/index.js';
import { qty } from '../../src/platform/quantity.js';
import type { Client } from '../../test/support/harness.js';
import { scan, screenshot } from './browser.js';
import type { RunningQuayside } from './server.js';

/**
 * expect.poll with room for a loaded machine: a step renders after the server answers, which on two
 * shared cores can take longer than the default second.
 */
export function eventually<T>(fn: () => Promise<T> | T, options: { timeout?: number; message?: string } = {}) {
  return expect.poll(fn, { timeout: 15_000, ...options });
}

/** Waits for the step's scan field, then scans into it as the wedge scanner does. */
export async function scanStep(page: Page, label: string | RegExp, value: string): Promise<void> {
  await eventually(() => page.getByLabel(label).isVisible(), { message: `the scan field "${String(label)}" is shown` }).toBe(true);
  await scan(page, label, value);
}

export async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${String(res.status)}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A source system (ERP-<item> item numbers, owner OWN-A) with its own integration client. */
export async function createErpClient(server: RunningQuayside, sourceSystemId: string, settings: Record<string, unknown> = {}): Promise<Client> {
  await ok(server.admin.post('/api/v1/source-systems', { sourceSystemId, name: `ERP ${sourceSystemId}`, defaultOwnerId: 'OWN-A', ...settings }), 'source system');
  await ok(
    server.admin.post(`/api/v1/source-systems/${sourceSystemId}/items/import`, [
      { externalItemNumber: 'ERP-ITEM-1', itemNumber: 'ITEM-1' },
      { externalItemNumber: 'ERP-ITEM-2', itemNumber: 'ITEM-2' },
      { externalItemNumber: 'ERP-FLOUR', itemNumber: 'FLOUR' },
    ]),
    'item mappings',
  );
  return server.as(await server.newSourceSystemKey(sourceSystemId));
}

/** Sends a shipment order message and waits until the running worker has accepted it; returns the message. */
export async function sendOrderMessage(server: RunningQuayside, erp: Client, path: '/api/v1/inbound-shipment-order-messages' | '/api/v1/outbound-shipment-order-messages', body: Record<string, unknown>): Promise<any> {
  const sent = await erp.post(path, body);
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  let message: any;
  await expect
    .poll(async () => {
      message = (await server.admin.get(`/api/v1/messages/${String(sent.body.id)}`)).body;
      return message.processingStatus;
    }, { timeout: 20_000 })
    .toBe('Accepted');
  return message;
}

/** Stock on hand as a counting adjustment would put it (how it got there is not what these tests are about). */
export async function putStock(server: RunningQuayside, lines: { itemNumber?: string; locationId: string; quantity: number; licensePlateId?: string }[]): Promise<void> {
  const { ctx } = server.q;
  await ctx.db.kysely.transaction().execute((trx) =>
    recordTransactions(
      trx,
      ctx.clock.now(),
      `stock-${ctx.ids.uuid()}`,
      lines.map((l) => ({
        dimensions: { itemNumber: l.itemNumber ?? 'ITEM-1', warehouseId: 'WH1', locationId: l.locationId, licensePlateId: l.licensePlateId ?? null, ownerId: 'OWN-A', inventoryStatusId: 'AV', batchNumber: null },
        qty: qty(l.quantity),
        kind: 'Adjustment',
        status: 'Posted',
        sourceSystemId: null,
        referenceType: 'TestStock',
        referenceId: 'fixture',
        finalized: true,
      })),
    ),
  );
}

export async function onHandQuantity(server: RunningQuayside, query: string): Promise<number> {
  const page = await ok(server.admin.get(`/api/v1/inventory/on-hand?${query}`), 'on hand');
  return (page.items as { physicalQuantity: number }[]).reduce((sum, r) => sum + r.physicalQuantity, 0);
}

/** The label of the one scan field the step shows. */
async function scanLabel(page: Page): Promise<string> {
  const label = page.locator('main form label').first();
  return (await label.count()) > 0 ? ((await label.textContent()) ?? '') : '';
}

/** Which line and which step of it the screen is at ("Line 2 of 4: put" + the scan field's label). */
async function stepKey(page: Page): Promise<string> {
  const line = page.locator('main .qs-card h2').first();
  return `${(await line.count()) > 0 ? await line.textContent() : ''} / ${await scanLabel(page)}`;
}

export interface PickOptions {
  /** Keep taking the next pick work until none is left (default: just one piece of work). */
  untilNoneLeft?: boolean;
  /** Prefix for a screenshot of each step. */
  screenshots?: string;
}

/**
 * On a signed-in worker's page: opens Pick, takes the next pick work and confirms every pick line
 * (location, item or license plate, quantity as suggested) and the put line (the staging location)
 * by scanning, until the work is done. Returns the work ids it finished.
 */
export async function pickAllOnMobile(page: Page, options: PickOptions = {}): Promise<string[]> {
  await page.goto('/mobile/pick');
  await page.getByRole('button', { name: 'Next pick' }).click();
  const finished: string[] = [];
  let steps = 0;
  for (;;) {
    const done = page.getByText('Work done');
    const none = page.getByText(/No pick work is open/);
    const field = page.locator('main form label').first();
    await eventually(async () => (await done.isVisible()) || (await none.isVisible()) || (await field.isVisible()), { timeout: 20_000, message: 'a pick step, the end of the work or no work' }).toBe(true);
    if (await none.isVisible()) {
      if (finished.length === 0) throw new Error('There was no pick work to take on the phone');
      return finished;
    }
    if (await done.isVisible()) {
      const workId = /Work (\S+) is closed/.exec((await page.getByRole('status').filter({ hasText: 'Work done' }).textContent()) ?? '')?.[1];
      if (workId) finished.push(workId);
      if (options.screenshots) await screenshot(page, `${options.screenshots}-done-${String(finished.length)}`);
      if (!options.untilNoneLeft) return finished;
      await page.getByRole('button', { name: 'Next pick' }).click();
      await eventually(() => done.isVisible()).toBe(false);
      continue;
    }
    const label = await scanLabel(page);
    if (label === 'Or scan a work number') {
      // Still the start screen while "Next pick" takes the work: wait for the first step.
      await eventually(async () => (await none.isVisible()) || (await done.isVisible()) || (await scanLabel(page).catch(() => '')) !== label, { timeout: 20_000, message: 'the first pick step after Next pick' }).toBe(true);
      continue;
    }
    const key = await stepKey(page);
    if (options.screenshots) await screenshot(page, `${options.screenshots}-${String(++steps).padStart(2, '0')}`);
    let match: RegExpExecArray | null;
    if ((match = /^Scan location (\S+)$/.exec(label)) || (match = /^Scan put location \(suggested (\S+)\)$/.exec(label)) || (match = /^Scan license plate (\S+) or item$/.exec(label)) || (match = /^Scan item (\S+)$/.exec(label))) {
      await scanStep(page, label, match[1] ?? '');
    } else if (label.startsWith('Quantity picked')) {
      // The suggested quantity is filled in: Enter confirms the whole open quantity.
      await eventually(() => page.getByLabel(label).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
    } else {
      throw new Error(`pickAllOnMobile does not know the step "${label}"`);
    }
    await eventually(async () => (await done.isVisible()) || (await stepKey(page)) !== key, { timeout: 20_000, message: `the step "${label}" moves on` }).toBe(true);
  }
}
