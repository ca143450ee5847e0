import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, outboundMessage } from './support/fixtures.js';
import { operationsOf, requestFor, strayRequest, type HostileRequest, type Operation } from './support/hostile-requests.js';
import { useTestApp } from './support/harness.js';
import { defaultConfig } from '../src/platform/config.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/** At least this many requests per database, spread over every operation; QUAYSIDE_FUZZ_REQUESTS asks for more. */
const MIN_REQUESTS = Math.max(5000, Number(process.env.QUAYSIDE_FUZZ_REQUESTS ?? 0));

interface Failure {
  operation: string;
  request: HostileRequest;
  status: number;
  body: string;
}

/**
 * Property: whatever a client with valid credentials (an admin key and a source system's key) sends to any
 * operation of the OpenAPI document, the server answers below 500, every error is problem+json with the
 * status it is sent with, and the server is healthy afterwards.
 */
describe('hostile input, generated from the OpenAPI document', () => {
  // A built UI of one page, so that paths outside the API reach the UI's file serving as in production.
  const uiDir = mkdtempSync(join(tmpdir(), 'quayside-hostile-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Quayside</title>');
  // Thousands of requests a minute from one key would meet the per-key rate limit, which is not what is tested here.
  const t = useTestApp({ config: { uiDir, rateLimit: { ...defaultConfig.rateLimit, apiPerCredential: { max: 1_000_000, windowSeconds: 60 } } } });
  afterAll(() => rmSync(uiDir, { recursive: true, force: true }));
  let operations: Operation[] = [];
  let erpKey = '';
  let adminKey = '';
  let sent = 0;

  beforeAll(async () => {
    const { admin } = t();
    // Keys the generated requests may revoke (DELETE /api-keys/{id} with small ids); the test's own keys
    // come after them, with ids no generator picks.
    for (let i = 0; i < 10; i++) await t().newKey({ kind: 'user', role: 'planner' }, `spare ${String(i)}`);
    await createWarehouseMasterData(admin);
    await createOutboundLocations(admin);
    const erp = await createErp(t(), 'ERP1');
    erpKey = erp.key;
    adminKey = await t().newKey({ kind: 'user', role: 'admin' }, 'hostile input admin');
    await putStock(t(), [{ itemNumber: 'ITEM-1', locationId: 'PICK-1', quantity: 50 }]);
    expect((await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1'))).status).toBe(202);
    expect((await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-1'))).status).toBe(202);
    await drain(t());
    const doc = await admin.get('/openapi.json');
    expect(doc.status).toBe(200);
    operations = operationsOf(doc.body);
  });

  const statuses = new Map<string, number>();
  async function send(request: HostileRequest, operation = ''): Promise<{ status: number; type: string; body: string }> {
    sent += 1;
    const res = await t().q.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...request.headers, authorization: `Bearer ${request.as === 'admin' ? adminKey : erpKey}` },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    const k = `${operation} ${String(res.statusCode)}`;
    statuses.set(k, (statuses.get(k) ?? 0) + 1);
    return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), body: res.body };
  }

  /** Why an answer breaks the property, or undefined when it keeps it. */
  function broken(res: { status: number; type: string; body: string }): string | undefined {
    if (res.status >= 500) return `answered ${String(res.status)}`;
    if (res.status < 400) return undefined;
    if (!res.type.startsWith('application/problem+json')) return `answered ${String(res.status)} as ${res.type}, not problem+json`;
    const problem = JSON.parse(res.body) as { status?: number; code?: unknown; errors?: unknown };
    if (problem.status !== res.status || typeof problem.code !== 'string' || !Array.isArray(problem.errors)) return `answered ${String(res.status)} with a malformed problem`;
    return undefined;
  }

  it(`answers every operation below 500, errors as problem+json, at least ${String(MIN_REQUESTS)} requests, and stays healthy`, async () => {
    expect(operations.length).toBeGreaterThan(150);
    const runsPerOperation = Math.ceil(MIN_REQUESTS / operations.length);
    const failures: Failure[] = [];
    const check = (operation: string) => async (request: HostileRequest) => {
      const res = await send(request, operation);
      const why = broken(res);
      if (why) {
        failures.push({ operation, request, status: res.status, body: res.body.slice(0, 300) });
        throw new Error(`${operation}: ${why}`);
      }
    };
    for (const op of operations) {
      const name = `${op.method} ${op.path}`;
      // Shrinking finds the smallest request that still fails; endOnFailure keeps a failing run short.
      await fc
        .assert(fc.asyncProperty(requestFor(op), check(name)), { numRuns: runsPerOperation, endOnFailure: true })
        .catch(() => undefined);
    }
    await fc.assert(fc.asyncProperty(strayRequest, check('stray request')), { numRuns: 100, endOnFailure: true }).catch(() => undefined);

    if (process.env.FUZZ_STATS) console.log([...statuses.entries()].sort().map(([k, v]) => `${k}: ${String(v)}`).join('\n'), '\nsent', sent);
    expect(failures.map((f) => `${f.operation} -> ${String(f.status)}: ${f.request.method} ${f.request.url.slice(0, 200)} ${f.request.payload?.slice(0, 200) ?? ''} => ${f.body}`)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);

    // Still healthy: the process answers, and a real read and a real write through the whole stack work.
    expect((await t().as(undefined).get('/healthz')).status).toBe(200);
    expect((await t().as(undefined).get('/readyz')).status).toBe(200);
    expect((await t().as(adminKey).get('/api/v1/items?limit=5')).status).toBe(200);
    // The fuzzing may have changed the fixtures (settings, mappings), so the message may fail; it must be processed.
    const erp = t().as(erpKey);
    const sentMessage = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-AFTER'));
    expect(sentMessage.status).toBe(202);
    await drain(t());
    const processed = await erp.get(`/api/v1/messages/${String(sentMessage.body.id)}`);
    expect(processed.status).toBe(200);
    expect(['Accepted', 'Failed']).toContain(processed.body.processingStatus);
  }, Math.max(180_000, MIN_REQUESTS * 40));
});
