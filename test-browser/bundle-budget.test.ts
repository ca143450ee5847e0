import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultUiDir } from '../src/platform/http/static-ui.js';
import { DESKTOP, launchBrowser, openPage, PHONE, signIn } from './support/browser.js';
import { startQuayside, type RunningQuayside } from './support/server.js';

/** The budget: the sign-in page, and the mobile app, each under 200 KB of compressed JavaScript. */
const BUDGET = 200 * 1024;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const dist = defaultUiDir();
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;

/** The files a chunk needs before it runs: itself and its static imports, all the way down. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

/** What the build wrote as the file's gzip copy (or gzip of a file too small for one): Brotli is smaller still. */
function gzipped(file: string): number {
  const copy = `${dist}/${file}.gz`;
  return existsSync(copy) ? readFileSync(copy).length : gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
}

const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipped(file), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript the page downloaded, as sent over the wire (compressed), by file. */
async function scriptsLoaded(page: Page): Promise<Map<string, number>> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).encodedBodySize] as const),
  );
  return new Map(entries);
}

describe('the bundle budget, from the build output', () => {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
  const firstLoad = staticClosure(entry);
  const mobile = staticClosure('src/mobile/screens.ts', new Set(firstLoad));
  const charts = Object.values(manifest).find((c) => /assets\/charts-/.test(c.file))?.file;

  it('keeps the sign-in page and the mobile app under 200 KB of compressed JavaScript, without the charts', () => {
    expect(entry).toBe('index.html');
    expect(manifest['src/mobile/screens.ts'], 'the mobile app is a chunk of its own').toBeDefined();
    expect(total(firstLoad), `the sign-in page loads ${[...firstLoad].join(', ')}`).toBeLessThan(BUDGET);
    expect(total(mobile), `the mobile app loads ${[...mobile].join(', ')}`).toBeLessThan(BUDGET);
    // The charts are the largest library and only the overviews need them.
    expect(charts).toBeDefined();
    expect([...mobile]).not.toContain(charts);
    console.log(`first load ${kb(total(firstLoad))}, with the mobile app ${kb(total(mobile))} of ${kb(BUDGET)} (gzip); the charts ${kb(gzipped(charts ?? ''))} come with an overview`);
  });

  it('publishes no source maps', () => {
    const files = Object.values(manifest).map((c) => c.file);
    expect(files.filter((f) => existsSync(`${dist}/${f}.map`))).toEqual([]);
    expect(files.map((f) => readFileSync(`${dist}/${f}`, 'utf8')).filter((code) => code.includes('sourceMappingURL'))).toEqual([]);
  });

  describe('as the browser downloads it from a running Quayside', () => {
    let server: RunningQuayside;
    let browser: Browser;
    beforeAll(async () => {
      [server, browser] = await Promise.all([startQuayside(), launchBrowser()]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('sends the sign-in page and the mobile app compressed and within the budget, and the charts only with an overview', async () => {
      const { page, context, consoleErrors } = await openPage(browser, server.url, PHONE);
      const encodings = new Map<string, string | undefined>();
      page.on('response', (res) => {
        if (res.url().endsWith('.js')) encodings.set(new URL(res.url()).pathname, res.headers()['content-encoding']);
      });
      await page.goto('/sign-in');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const signInScripts = await scriptsLoaded(page);
      const signInBytes = [...signInScripts.values()].reduce((a, b) => a + b, 0);
      expect(signInBytes, `sign-in page: ${JSON.stringify([...signInScripts])}`).toBeLessThan(BUDGET);
      expect(signInBytes).toBeGreaterThan(0);
      // Every script of some size came Brotli-compressed.
      expect([...encodings].filter(([path]) => gzipped(path.slice(1)) > 1024 && encodings.get(path) !== 'br')).toEqual([]);

      await signIn(page, await server.createUser('warehouse_worker'));
      await page.getByRole('navigation', { name: 'Tasks' }).waitFor();
      const mobileScripts = await scriptsLoaded(page);
      const mobileBytes = [...mobileScripts.values()].reduce((a, b) => a + b, 0);
      expect(mobileBytes, `mobile app: ${JSON.stringify([...mobileScripts])}`).toBeLessThan(BUDGET);
      expect([...mobileScripts.keys()].some((path) => path.includes('/charts-'))).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();

      // A planner's overview brings the charts; the lists of the workspace do not need them.
      const desk = await openPage(browser, server.url, DESKTOP);
      await signIn(desk.page, await server.createUser('planner'));
      await desk.page.goto('/workspaces/outbound/orders');
      await desk.page.getByRole('table', { name: 'Outbound shipment orders' }).waitFor();
      expect([...(await scriptsLoaded(desk.page)).keys()].some((path) => path.includes('/charts-'))).toBe(false);
      await desk.page.getByRole('navigation', { name: 'Outbound sections' }).getByRole('link', { name: 'Overview' }).click();
      await desk.page.getByRole('figure', { name: 'Picks per hour today, by worker' }).waitFor();
      expect([...(await scriptsLoaded(desk.page)).keys()].some((path) => path.includes('/charts-'))).toBe(true);
      expect(desk.consoleErrors).toEqual([]);
      await desk.context.close();
    });
  });
});
