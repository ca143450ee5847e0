import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

const INDEX = '<!doctype html><title>Quayside</title><div id="root"></div>';
const SERVICE_WORKER = "self.addEventListener('fetch', () => undefined);";

describe('the server hands out the built web UI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-3f9a1c.js'), 'console.log("ui")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // The mobile app's service worker and the camera's WebAssembly decoder (ADR 0023).
  writeFileSync(join(dir, 'sw.js'), SERVICE_WORKER);
  writeFileSync(join(dir, 'assets', 'zxing_reader-1a2b.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  // A bundle as the build leaves it: with its compressed copies (web/precompress.ts), and a stray source map.
  const BUNDLE = `export const screens = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `screen ${String(i)}`))};`;
  writeFileSync(join(dir, 'assets', 'app-9c1e.js'), BUNDLE);
  writeFileSync(join(dir, 'assets', 'app-9c1e.js.br'), brotliCompressSync(BUNDLE));
  writeFileSync(join(dir, 'assets', 'app-9c1e.js.gz'), gzipSync(BUNDLE));
  writeFileSync(join(dir, 'assets', 'app-9c1e.js.map'), '{"sources":["../src/secret.ts"]}');
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{"src/main.tsx":{"file":"assets/index.js"}}');
  const t = useTestApp({ config: { uiDir: dir } });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const get = (url: string, headers: Record<string, string> = {}) => t().q.app.inject({ method: 'GET', url, headers });

  it('serves index.html at / without caching, and hashed assets for good', async () => {
    const root = await get('/');
    expect(root.statusCode).toBe(200);
    expect(root.headers['content-type']).toContain('text/html');
    expect(root.body).toBe(INDEX);
    expect(root.headers['cache-control']).toBe('no-cache');

    const asset = await get('/assets/index-3f9a1c.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("ui")');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['cache-control']).toContain('max-age=31536000');

    expect((await get('/favicon.svg')).statusCode).toBe(200);
  });

  it("sends the build's compressed copy a browser takes, the file itself to one that takes none, and never a source map", async () => {
    const br = await get('/assets/app-9c1e.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.statusCode, br.headers['content-encoding']]).toEqual([200, 'br']);
    expect(br.headers['content-type']).toContain('javascript');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BUNDLE);
    expect(br.rawPayload.length).toBeLessThan(BUNDLE.length / 3);
    const gz = await get('/assets/app-9c1e.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BUNDLE);
    const plain = await get('/assets/app-9c1e.js', { 'accept-encoding': 'identity' });
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, BUNDLE]);
    expect((await get('/assets/app-9c1e.js.map')).statusCode).toBe(404);
    expect((await get('/.vite/manifest.json')).body).not.toContain('src/main.tsx');
  });

  it('compresses large API answers, and leaves small ones as they are', async () => {
    const large = await t().q.app.inject({ method: 'GET', url: '/openapi.json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(large.rawPayload).toString())).toHaveProperty('paths');
    const small = await t().q.app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect([small.statusCode, small.headers['content-encoding']]).toEqual([200, undefined]);
  });

  it('serves the service worker so that the browser checks it for a new release, and the decoder as WebAssembly', async () => {
    const sw = await get('/sw.js');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toContain('javascript');
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toBe(SERVICE_WORKER);
    const csp = String(sw.headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const wasm = await get('/assets/zxing_reader-1a2b.wasm');
    expect(wasm.statusCode).toBe(200);
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['cache-control']).toContain('immutable');
  });

  it('answers index.html for the UI routes so a reload keeps the page', async () => {
    for (const url of ['/mobile/pick', '/workspaces/outbound', '/workspaces/outbound?wave=W-1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(INDEX);
    }
  });

  it('keeps the API, its documentation and the health checks as they were', async () => {
    const unknownApi = await get('/api/v1/no-such-thing');
    expect(unknownApi.statusCode).toBe(404);
    expect(unknownApi.headers['content-type']).toContain('application/problem+json');
    expect((await get('/api/v1/users')).statusCode).toBe(401);
    expect((await get('/healthz')).statusCode).toBe(200);
    // The metrics are the server's, for admins: never the UI's page.
    expect((await get('/metrics')).statusCode).toBe(401);
    expect((await get('/openapi.json')).statusCode).toBe(200);
    expect((await get('/docs')).statusCode).not.toBe(404);
    expect((await get('/assets/index-old.js')).statusCode).toBe(404);
    expect((await get('/../package.json')).body).not.toContain('"name": "quayside"');
  });

  it('leaves the UI routes out of the API description', async () => {
    const paths = Object.keys((await get('/openapi.json')).json().paths as object);
    expect(paths).toContain('/api/v1/sessions');
    expect(paths.filter((p) => !p.startsWith('/api/') && !['/healthz', '/readyz', '/metrics'].includes(p))).toEqual([]);
  });
});

describe('before the UI is built', () => {
  const t = useTestApp({ config: { uiDir: join(tmpdir(), 'quayside-no-ui-here') } });

  it('says at / that the UI is not built and how to build it, and the API still works', async () => {
    const res = await t().q.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('not built');
    expect(res.body).toContain('npm run build');
    expect((await t().q.app.inject({ method: 'GET', url: '/api/v1/nope' })).statusCode).toBe(404);
    expect((await t().admin.get('/api/v1/users')).status).toBe(200);
  });
});

describe('a build without a service worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-ui-no-sw-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  const t = useTestApp({ config: { uiDir: dir } });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 404 for /sw.js, so that a browser drops the worker of an older build instead of keeping its app shell', async () => {
    const res = await t().q.app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toBe(INDEX);
  });
});
