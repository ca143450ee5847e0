import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium (apt-get install -y chromium); a browser is never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../test-artifacts/screenshots/', import.meta.url);
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1366, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /**
   * Console errors, uncaught exceptions and Content Security Policy violations seen so far; a test ends by
   * asserting there were none, so every page a test visits also proves it runs under the strict CSP.
   */
  consoleErrors: string[];
}

/**
 * Reports every CSP violation as a console error. Injected by the browser's DevTools protocol, which the
 * page's own policy does not govern.
 */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code') + ' in ' + e.sourceFile + ':' + e.lineNumber);
});`;

/** A fresh browser context (its own storage, so its own session) watching for console errors and CSP violations. */
export async function openPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<TestPage> {
  // English, whatever the machine's locale: a user without a language of their own gets the browser's, and tests select by English words.
  const context = await browser.newContext({ baseURL, viewport, hasTouch: viewport.width < 600, locale: 'en-US' });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // A refused request (4xx) is logged by the browser itself; the screens show those, they are not bugs.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { page, context, consoleErrors };
}

export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Past the sign-in page and the home redirect: on the user's own landing page, or asked to choose a
  // password first (which happens where the user was going, so the address may still be /).
  const choosing = page.getByRole('heading', { name: 'Choose your password' });
  const landed = page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
  const asked = choosing.waitFor();
  // The wait that loses the race ends with the page; its failure then means nothing.
  landed.catch(() => undefined);
  asked.catch(() => undefined);
  await Promise.race([landed, asked]);
}

/** On the page a first sign-in shows when an admin chose the password: the user chooses their own. */
export async function choosePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('New password again').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('heading', { name: 'Choose your password' }).waitFor({ state: 'detached' });
}

/** Types into the focused scan field and presses Enter, as a keyboard-wedge scanner does. */
export async function scan(page: Page, label: string | RegExp, value: string): Promise<void> {
  const field = page.getByLabel(label);
  await expect.poll(() => field.evaluate((el) => el === document.activeElement), { message: `the scan field "${String(label)}" has focus`, timeout: 15_000 }).toBe(true);
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and fails on serious or critical accessibility violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Evaluated through DevTools rather than added as a <script>: the page's CSP refuses inline scripts, as it should.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} (${String(v.impact)}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `accessibility of ${where}`).toEqual([]);
}

/** Answers the confirmation dialog an action opens (web/src/ui/ConfirmDialog.tsx) with one of its buttons. */
export async function answerDialog(page: Page, question: string | RegExp, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: question });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
