import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage, outboundMessage } from '../test/support/fixtures.js';
import type { Client } from '../test/support/harness.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { answerDialog, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, eventually, ok, putStock } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/** The desk screen the issue names: 1440 px wide. */
const DESK = { width: 1440, height: 900 };

/** RFC 4180 text back into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Whether a table fits its frame (no sideways scrolling) and which of its cells run over more than one line. */
async function layoutOf(page: Page, name: string): Promise<{ fits: boolean; wrapped: string[]; widths: string }> {
  const table = page.getByRole('table', { name, exact: true });
  return table.evaluate((el) => {
    const frame = el.closest('.qs-table-wrap') as HTMLElement;
    const wrapped: string[] = [];
    for (const cell of el.querySelectorAll('td')) {
      // A text that wraps has boxes on more than one line (a text cut with "…" may have two boxes on one line).
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) wrapped.push(cell.textContent ?? '');
      }
    }
    const widths = `needs ${String(frame.scrollWidth)} px of ${String(frame.clientWidth)}: ${[...el.querySelectorAll('th')].map((th) => `${th.textContent ?? ''} ${String(Math.round(th.getBoundingClientRect().width))}`).join(', ')}`;
    return { fits: frame.scrollWidth <= frame.clientWidth + 1, wrapped, widths };
  });
}

describe('desk work: tables at 1440 px, CSV export, fixing and requeuing messages', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let erp: Client;
  let mappingFailed: number;
  const bulkFailed: number[] = [];

  /** Sends a message and waits for the running worker to settle it (set-up runs outside a test: no expect.poll). */
  const settled = async (path: string, body: Record<string, unknown>, status: string): Promise<any> => {
    const sent = await ok(erp.post(path, body), String(body.orderNumber));
    for (let waited = 0; waited < 30_000; waited += 100) {
      const message = await ok(server.admin.get(`/api/v1/messages/${String(sent.id)}`), 'message');
      if (message.processingStatus === status) return message;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`message of ${String(body.orderNumber)} did not become ${status}`);
  };
  const failed = async (orderNumber: string, itemNumber: string): Promise<number> =>
    (await settled('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber, expectedQuantity: 3, expectedUnitSymbol: 'ea' }]), 'Failed')).id as number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AT-RELEASE', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(server, [{ locationId: 'PICK-1', quantity: 100 }]);
    // Orders and work with long names, as real customers have them.
    const orderNumbers: string[] = [];
    for (const n of [1, 2, 3]) {
      const receiverName = `Contoso Retail Großhandel und Vertrieb Norddeutschland GmbH & Co. KG, Niederlassung ${String(n)}`;
      const message = await settled(
        '/api/v1/outbound-shipment-order-messages',
        outboundMessage(`SO-DESK-2026-000${String(n)}`, { receiverName }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' }]),
        'Accepted',
      );
      orderNumbers.push(String(message.internalOrderNumber));
    }
    await ok(server.admin.post('/api/v1/outbound-shipment-orders/release', { orderNumbers }), 'release');
    mappingFailed = await failed('PO-DESK-MAP', 'ERP-NEW-ITEM-7');
    bulkFailed.push(await failed('PO-DESK-BULK-1', 'ERP-UNKNOWN-1'), await failed('PO-DESK-BULK-2', 'ERP-UNKNOWN-2'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows outbound orders, work and messages at 1440 px without sideways scrolling or wrapped ids', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESK);
    await signIn(page, await server.createUser('admin'));
    for (const [path, name, shot] of [
      ['/workspaces/outbound/orders', 'Outbound shipment orders', 'desk-1440-outbound-orders'],
      ['/workspaces/outbound/work', 'Work', 'desk-1440-work'],
      ['/workspaces/integration/messages', 'Messages', 'desk-1440-messages'],
    ] as const) {
      await page.goto(path);
      const table = page.getByRole('table', { name, exact: true });
      await eventually(() => table.locator('tbody tr').count(), { message: `rows of ${name}` }).toBeGreaterThan(2);
      await screenshot(page, shot);
      const layout = await layoutOf(page, name);
      expect({ fits: layout.fits, wrapped: layout.wrapped }, `${name}: ${layout.widths}`).toEqual({ fits: true, wrapped: [] });
    }
    // A long text is cut, and its full text is the cell's tooltip.
    await page.goto('/workspaces/outbound/orders');
    const cut = page.locator('.qs-cell-long').filter({ hasText: 'Contoso Retail' }).first();
    expect(await cut.getAttribute('title')).toMatch(/^Contoso Retail Großhandel .* Niederlassung \d$/);
    expect(consoleErrors).toEqual([]);
  });

  it('exports the message list as CSV with the same rows as the table shows', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESK);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto('/workspaces/integration/messages');
    await page.getByLabel('Processing status').selectOption('Accepted');
    await page.getByRole('search', { name: 'Filter messages' }).getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: /^Order/ }).click();
    const table = page.getByRole('table', { name: 'Messages', exact: true });
    await eventually(() => page.url()).toContain('m.sort=orderNumber');
    await eventually(() => table.locator('tbody tr').count()).toBe(3);
    const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent?.trim() ?? '')));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('messages.csv');
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
    // The table's columns after the selection box: id, message id, version, type, source system, order.
    const pick = (row: string[]) => ['id', 'messageId', 'version', 'sourceSystemId', 'orderNumber', 'processingStatus'].map((f) => row[header!.indexOf(f)]);
    expect(rows.map(pick)).toEqual(shown.map((cells) => [cells[1], cells[2], cells[3], cells[5], cells[6], 'Accepted']));
    expect(rows.map((r) => r[header!.indexOf('orderNumber')])).toEqual(['SO-DESK-2026-0001', 'SO-DESK-2026-0002', 'SO-DESK-2026-0003']);
    await screenshot(page, 'desk-messages-export');
    expect(consoleErrors).toEqual([]);
  });

  it('finds a message by any value in its content', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESK);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto('/workspaces/integration/messages');
    // The unknown item number appears only inside the message's lines.
    await page.getByLabel('Content contains').fill('erp-unknown-2');
    await page.getByRole('search', { name: 'Filter messages' }).getByRole('button', { name: 'Apply' }).click();
    const table = page.getByRole('table', { name: 'Messages', exact: true });
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('PO-DESK-BULK-2');
    expect(page.url()).toContain('m.contains=erp-unknown-2');
    expect(consoleErrors).toEqual([]);
  });

  it('lets the integration operator map the unknown item of a failed message and reprocess it to Processed', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESK);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto(`/workspaces/integration/messages/${String(mappingFailed)}`);
    const fix = page.getByRole('region', { name: 'Map the unknown item numbers' });
    await eventually(() => fix.textContent()).toContain('ERP-NEW-ITEM-7');
    // The item is chosen from a lookup: typing searches the items.
    const item = fix.getByRole('combobox', { name: 'Item' });
    await item.fill('gadg');
    await fix.getByRole('option', { name: /ITEM-2/ }).click();
    expect(await item.inputValue()).toBe('ITEM-2');
    await screenshot(page, 'desk-mapping-fix');
    await expectAccessible(page, 'the mapping fix');
    await fix.getByRole('button', { name: 'Save mapping' }).click();
    await eventually(() => fix.getByRole('status').textContent()).toContain('ERP-NEW-ITEM-7 now maps to ITEM-2');

    await page.getByRole('button', { name: 'Process', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: /^Processed/ });
    await done.waitFor();
    expect(await page.locator('.qs-alert[data-tone="bad"]').count()).toBe(0);
    await eventually(() => page.getByRole('region', { name: /^Message / }).getByText('Accepted', { exact: true }).count()).toBe(1);
    expect((await ok(server.admin.get(`/api/v1/messages/${String(mappingFailed)}`), 'message')).processorState).toBe('Processed');
    await screenshot(page, 'desk-mapping-fixed-processed');
    expect(consoleErrors).toEqual([]);
  });

  it('queues two failed messages at once after a confirmation that says what will happen', async () => {
    const { page, consoleErrors } = await openPage(browser, server.url, DESK);
    await signIn(page, await server.createUser('integration_operator'));
    await page.goto('/workspaces/integration/messages?m.processingStatus=Failed');
    const table = page.getByRole('table', { name: 'Messages', exact: true });
    await eventually(() => table.locator('tbody tr').count()).toBe(2);
    const messageIds = await Promise.all(bulkFailed.map(async (id) => (await ok(server.admin.get(`/api/v1/messages/${String(id)}`), 'message')).messageId as string));
    for (const messageId of messageIds) await page.getByRole('checkbox', { name: `Select message ${messageId}, version 1` }).check();
    await eventually(() => page.getByText('2 messages selected').count()).toBe(1);

    await page.getByRole('button', { name: 'Queue selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Queue 2 selected messages?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('2 messages (Failed, Canceled or Draft) go back to the queue');
    await screenshot(page, 'desk-bulk-queue-confirm');
    await answerDialog(page, 'Queue 2 selected messages?', 'Go back');
    for (const id of bulkFailed) expect((await ok(server.admin.get(`/api/v1/messages/${String(id)}`), 'message')).attempts).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Queue selected' }).click();
    await answerDialog(page, 'Queue 2 selected messages?', 'Queue 2 messages');
    await eventually(() => page.getByRole('status').filter({ hasText: '2 messages queued' }).count()).toBe(1);
    for (const id of bulkFailed) {
      const log = (await ok(server.admin.get(`/api/v1/messages/${String(id)}`), 'message')).log as { text: string }[];
      expect(log.map((l) => l.text).join('\n')).toMatch(/Failed -> Received by a user \(bulk operation /);
    }
    await screenshot(page, 'desk-bulk-queued');
    await expectAccessible(page, 'the message list with bulk actions');
    expect(consoleErrors).toEqual([]);
  });
});
