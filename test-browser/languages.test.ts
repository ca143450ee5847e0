import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWarehouseMasterData, inboundMessage, outboundMessage } from '../test/support/fixtures.js';
import { createOutboundLocations } from '../test/support/outbound.js';
import { DESKTOP, expectAccessible, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { createErpClient, ok, putStock, sendOrderMessage } from './support/mobile.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/** A status catalogue (web/src/i18n/<language>/status.ts) as key -> word, read as the file it is. */
function statusCatalogue(language: string): Map<string, string> {
  const text = readFileSync(new URL(`../web/src/i18n/${language}/status.ts`, import.meta.url), 'utf8');
  return new Map([...text.matchAll(/^ {2}'?([A-Za-z_ ]+?)'?: '([^']*)',$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}
const englishStatus = statusCatalogue('en');
const germanStatus = statusCatalogue('de');

/** The English status words a German screen must not show: those German says differently. */
const ENGLISH_ONLY = [...englishStatus].filter(([key, english]) => germanStatus.get(key) !== english).map(([, english]) => english);

/** What the screen shows as statuses: pills, tiles' labels and chart captions. */
async function statusWords(page: Page): Promise<string[]> {
  return page.locator('.qs-pill, .qs-tile-label, .qs-tiles-group h2, figcaption, th, .qs-tabs a').allTextContents();
}

async function expectNoEnglishStatus(page: Page, where: string): Promise<void> {
  const words = (await statusWords(page)).map((w) => w.trim());
  expect(words.length, `${where} shows something`).toBeGreaterThan(0);
  expect(words.filter((w) => ENGLISH_ONLY.includes(w)), `English status words on ${where}`).toEqual([]);
}

describe('languages: a user chooses German and keeps it', () => {
  let server: RunningQuayside;
  let browser: Browser;
  let planner: { username: string; password: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
  });

  /** Orders and work to look at (made once, by the first test: sending messages waits with expect.poll, which needs a test). */
  let made: Promise<void> | undefined;
  const ready = () => (made ??= makeData());
  async function makeData(): Promise<void> {
    await createWarehouseMasterData(server.admin);
    await createOutboundLocations(server.admin);
    const erp = await createErpClient(server, 'ERP1');
    await ok(server.admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(server.admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(server, [{ locationId: 'PICK-1', quantity: 10 }]);
    const line = [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 4, orderedUnitSymbol: 'ea' }];
    // One order released (its work is open, "In process" nowhere in English), one waiting, one inbound order.
    const released = await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-DE-1', {}, line));
    await sendOrderMessage(server, erp, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-DE-2', { requestedShippingPeriodStart: '2020-01-01T00:00:00Z' }, line));
    await ok(server.admin.post(`/api/v1/outbound-shipment-orders/${String(released.internalOrderNumber)}/release`, {}), 'release');
    await sendOrderMessage(server, erp, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-DE-1', { plannedReceiptPeriodStart: '2026-03-05T08:00:00Z' }));
    planner = await server.createUser('planner');
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('knows every status of the catalogue in German', () => {
    expect(ENGLISH_ONLY.length).toBeGreaterThan(30);
    expect([...englishStatus.keys()].filter((k) => !germanStatus.has(k))).toEqual([]);
  });

  it('shows English to a user without a choice in an English browser', async () => {
    await ready();
    const { page, consoleErrors, context } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, planner);
    await page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Outbound' }).waitFor();
    expect(await page.getByLabel('Language').inputValue()).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('switches the whole UI to German, statuses, dates and numbers included, and keeps the choice for the next sign-in', async () => {
    await ready();
    const { page, consoleErrors, context } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, planner);
    await page.goto('/workspaces/outbound/orders');
    await page.getByRole('table', { name: 'Outbound shipment orders' }).getByText('SO-DE-2').first().waitFor();

    await page.getByLabel('Language').selectOption('de');
    const nav = page.getByRole('navigation', { name: 'Arbeitsbereiche' });
    await nav.getByRole('link', { name: 'Ausgang' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // Still signed in, still on the same list, now in German.
    const outbound = page.getByRole('table', { name: 'Versandaufträge' });
    await outbound.getByText('SO-DE-2').first().waitFor();
    expect(page.url()).toContain('/workspaces/outbound/orders');
    await expectNoEnglishStatus(page, 'the outbound orders');
    expect(await outbound.textContent()).toContain('Freigegeben');
    // German dates: day.month.year, not month/day/year.
    expect(await outbound.textContent()).toMatch(/\d{2}\.\d{2}\.\d{2}/);
    expect(await outbound.textContent()).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2}/);
    await screenshot(page, 'languages-de-outbound-orders');
    await expectAccessible(page, 'the German outbound orders');

    const screens: [string, (page: Page) => Promise<void>, string][] = [
      ['/workspaces/outbound', (p) => p.getByRole('region', { name: 'Freizugebende Aufträge' }).waitFor(), 'languages-de-outbound-overview'],
      ['/workspaces/outbound/work', (p) => p.getByRole('table', { name: 'Arbeit' }).getByText('Offen').first().waitFor(), 'languages-de-work'],
      ['/workspaces/inbound', (p) => p.getByRole('region', { name: 'Zu empfangende Aufträge' }).waitFor(), 'languages-de-inbound-overview'],
      ['/workspaces/inbound/orders', (p) => p.getByRole('table', { name: 'Eingangsaufträge' }).getByText('PO-DE-1').first().waitFor(), 'languages-de-inbound-orders'],
      ['/workspaces/on-hand', (p) => p.getByRole('figure', { name: 'Bestandszeilen nach Lagerstatus' }).waitFor(), 'languages-de-on-hand-overview'],
      ['/workspaces/on-hand/stock', (p) => p.getByRole('table', { name: 'Lagerbestand' }).getByText('ITEM-1').first().waitFor(), 'languages-de-on-hand'],
      // Screens that were English only before every desk screen went through the catalogue.
      ['/workspaces/counting/thresholds-plans', (p) => p.getByRole('form', { name: 'Neuer Schwellenwert' }).waitFor(), 'languages-de-counting-thresholds'],
      ['/workspaces/counting/journals', (p) => p.getByRole('form', { name: 'Neue Inventurerfassung' }).waitFor(), 'languages-de-counting-journals'],
      ['/workspaces/outbound/settings', (p) => p.getByRole('table', { name: 'Wellenvorlagen' }).getByText('AUTO').first().waitFor(), 'languages-de-outbound-settings'],
      ['/workspaces/inbound/returns', (p) => p.getByRole('heading', { name: 'Dispositionscodes' }).waitFor(), 'languages-de-returns'],
    ];
    for (const [path, shown, shot] of screens) {
      await page.goto(path);
      await shown(page);
      await expectNoEnglishStatus(page, path);
      await screenshot(page, shot);
    }
    // None of those screens shows the English words they had.
    for (const path of ['/workspaces/counting/thresholds-plans', '/workspaces/outbound/settings']) {
      await page.goto(path);
      await page.locator('main h2, main h3, .qs-card h2, .qs-card h3').first().waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const english of ['New threshold', 'Create plan', 'Wave templates', 'Outbound automation', 'Evaluate thresholds now']) expect(text, `${path} shows "${english}"`).not.toContain(english);
    }
    // The work list names the work type in German, and numbers are German too (1.000,5 style is not needed: "10" stays "10").
    await page.goto('/workspaces/outbound/work');
    await page.getByRole('table', { name: 'Arbeit' }).getByText('Kommissionierung').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();

    // A fresh browser (no storage, an English browser): the user's choice comes from the server.
    const fresh = await openPage(browser, server.url, DESKTOP);
    await signIn(fresh.page, planner);
    await fresh.page.getByRole('navigation', { name: 'Arbeitsbereiche' }).getByRole('link', { name: 'Eingang' }).waitFor();
    expect(await fresh.page.getByLabel('Sprache').inputValue()).toBe('de');
    await fresh.page.goto('/workspaces/inbound/orders');
    const inbound = fresh.page.getByRole('table', { name: 'Eingangsaufträge' });
    await inbound.getByText('PO-DE-1').first().waitFor();
    expect(await inbound.textContent()).toMatch(/05\.03\.26/);
    await expectNoEnglishStatus(fresh.page, 'the inbound orders after signing in again');
    await screenshot(fresh.page, 'languages-de-after-sign-in');

    // Back to English: the same picker, named in both languages.
    await fresh.page.getByLabel('Sprache').selectOption('en');
    await fresh.page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Inbound' }).waitFor();
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.context.close();
  });

  it('names the fields of a refused request as people read them, in German', async () => {
    await ready();
    const { page, consoleErrors, context } = await openPage(browser, server.url, DESKTOP);
    await signIn(page, planner);
    // German already, if the test before ended early.
    await page.getByRole('combobox', { name: /^(Language|Sprache)$/ }).selectOption('de');
    await page.getByRole('navigation', { name: 'Arbeitsbereiche' }).waitFor();
    await page.goto('/workspaces/inbound/asn');
    await page.locator('textarea').fill(JSON.stringify({ sourceSystemId: 'ERP1', receivingWarehouseId: 'WH1', shipments: [{ licensePlates: [{ lines: [{ quantity: 1 }] }] }] }));
    await page.getByRole('button', { name: 'ASN hochladen' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).not.toMatch(/shipments[/.[]0/);
    expect(text).toMatch(/Sendung 1/);
    await screenshot(page, 'languages-de-refusal');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
