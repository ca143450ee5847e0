import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { loadConfig, defaultConfig } from '../src/platform/config.js';
import { qty } from '../src/platform/quantity.js';
import { startReceiver, type Receiver } from './events-fixtures.js';
import { TEST_DB_KIND } from './support/database.js';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, type ErpFixture } from './support/fixtures.js';
import { startTestApp, useTestApp, type TestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';
import { readyUser } from './support/users.js';

interface Series {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text answer (the format is line based: `name{a="x",b="y"} value`). */
function parse(text: string): Series[] {
  const series: Series[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key ?? ''] = value ?? '';
    series.push({ name: match[1] ?? '', labels, value: Number(match[3]) });
  }
  return series;
}

/** The samples of one metric whose labels include `labels`. */
function samples(all: Series[], name: string, labels: Record<string, string> = {}): Series[] {
  return all.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

/** The value of the one sample of `name` with `labels`; undefined when there is none. */
function valueOf(all: Series[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples(all, name, labels);
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${String(found.length)} samples`);
  return found[0]?.value;
}

// One attempt per delivery: a receiver that fails makes a dead letter at once.
const webhooks = { ...defaultConfig.webhooks, maxAttempts: 1, allowedTargets: ['127.0.0.1/32'] };

describe('metrics at GET /metrics', () => {
  const t = useTestApp({ config: { webhooks } });
  let erp: ErpFixture;
  let receiver: Receiver;

  const scrape = async (): Promise<Series[]> => {
    const res = await t().admin.get('/metrics');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/plain');
    return parse(res.body as string);
  };

  beforeAll(async () => {
    receiver = await startReceiver(500);
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1');
    await createErp(t(), 'ERP2');
    await putStock(t(), [{ itemNumber: 'ITEM-1', locationId: 'PICK-1', quantity: 10 }]);
    // ERP1 wants to hear about its failed messages; its receiver is down.
    const subscribed = await erp.erp.post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['messageProcessor.messageFailed'] });
    expect(subscribed.status).toBe(201);
    await drain(t());
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('answers only admins: 401 without a credential, 403 for other roles and integration keys, 200 for an admin key or session', async () => {
    const anonymous = await t().as(undefined).get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    for (const role of ['integration_operator', 'warehouse_manager'] as const) {
      const res = await t().as(await t().newKey({ kind: 'user', role })).get('/metrics');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    expect((await erp.erp.get('/metrics')).status).toBe(403);

    const admin = await readyUser(t(), { username: 'metrics-admin', role: 'admin' });
    const signIn = await t().as(undefined).post('/api/v1/sessions', admin);
    expect(signIn.status).toBe(201);
    const bySession = await t().as(signIn.body.token).get('/metrics');
    expect(bySession.status).toBe(200);
    const all = parse(bySession.body);
    expect(valueOf(all, 'quayside_build_info')).toBe(1);
    // No ledger check has run yet: no figure, rather than a reassuring 0.
    expect(samples(all, 'quayside_ledger_differences')).toEqual([]);
    expect(samples(all, 'quayside_ledger_last_check_timestamp_seconds')).toEqual([]);
  });

  it('times requests by route pattern, method and status class, never by the URL a client sent', async () => {
    expect((await t().admin.get('/api/v1/items/ITEM-1')).status).toBe(200);
    expect((await t().admin.get('/api/v1/items/NO-SUCH-ITEM')).status).toBe(404);
    expect((await t().admin.post('/no/such/route/d41d8cd9', {})).status).toBe(404);

    const all = await scrape();
    const count = 'quayside_http_request_duration_seconds_count';
    expect(valueOf(all, count, { route: '/api/v1/items/:itemNumber', method: 'GET', status_class: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(all, count, { route: '/api/v1/items/:itemNumber', method: 'GET', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(all, count, { route: '(unmatched)', method: 'POST', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
    const routes = new Set(samples(all, count).map((s) => s.labels.route));
    expect([...routes].filter((r) => r?.includes('ITEM-1') || r?.includes('NO-SUCH') || r?.includes('d41d8cd9'))).toEqual([]);
  });

  it('shows the queue, messages by status and the event outbox, and a failed message with its dead-lettered webhook', async () => {
    const good = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1'));
    const bad = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-2', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-NOPE', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    expect([good.status, bad.status]).toEqual([202, 202]);
    t().clock.advance(90_000);

    const waiting = await scrape();
    expect(valueOf(waiting, 'quayside_message_queue_depth', { source_system: 'ERP1' })).toBe(2);
    expect(valueOf(waiting, 'quayside_message_queue_oldest_age_seconds', { source_system: 'ERP1' })).toBe(90);
    expect(valueOf(waiting, 'quayside_messages', { source_system: 'ERP1', status: 'Received' })).toBe(2);
    // A source system with nothing waiting shows zeros rather than nothing.
    expect(valueOf(waiting, 'quayside_message_queue_depth', { source_system: 'ERP2' })).toBe(0);
    expect(valueOf(waiting, 'quayside_message_queue_oldest_age_seconds', { source_system: 'ERP2' })).toBe(0);
    // Receiving each message raised an event the dispatcher has not handed out yet.
    expect(valueOf(waiting, 'quayside_event_outbox_undispatched')).toBeGreaterThanOrEqual(2);
    expect(valueOf(waiting, 'quayside_event_outbox_oldest_age_seconds')).toBe(90);

    await drain(t());
    expect((await messageById(t(), bad.body.id)).processingStatus).toBe('Failed');
    const processed = await scrape();
    expect(valueOf(processed, 'quayside_message_queue_depth', { source_system: 'ERP1' })).toBe(0);
    expect(valueOf(processed, 'quayside_message_queue_oldest_age_seconds', { source_system: 'ERP1' })).toBe(0);
    expect(valueOf(processed, 'quayside_messages', { source_system: 'ERP1', status: 'Received' })).toBe(0);
    expect(valueOf(processed, 'quayside_messages', { source_system: 'ERP1', status: 'Failed' })).toBe(1);
    expect(valueOf(processed, 'quayside_messages', { source_system: 'ERP2', status: 'Failed' })).toBe(0);
    expect(valueOf(processed, 'quayside_event_outbox_undispatched')).toBe(0);
    expect(valueOf(processed, 'quayside_event_outbox_oldest_age_seconds')).toBe(0);

    // The failure event went to ERP1's receiver, which answered 500 to the only attempt there is.
    expect(receiver.received).toHaveLength(1);
    expect(valueOf(processed, 'quayside_webhook_dead_letters', { source_system: 'ERP1' })).toBe(1);
    expect(valueOf(processed, 'quayside_webhook_deliveries', { status: 'dead' })).toBe(1);
    expect(valueOf(processed, 'quayside_webhook_deliveries', { status: 'pending' })).toBe(0);
    expect(valueOf(processed, 'quayside_webhook_delivery_attempts_total', { outcome: 'dead' })).toBe(1);
    expect(valueOf(processed, 'quayside_webhook_delivery_attempts_total', { outcome: 'delivered' })).toBe(0);

    // Retention does not take dead letters: a day later the dead letter is still counted.
    t().clock.advance(86_400_000);
    await drain(t());
    expect(valueOf(await scrape(), 'quayside_webhook_dead_letters', { source_system: 'ERP1' })).toBe(1);
  });

  it('counts background process runs by type and outcome, and shows a process whose last run failed', async () => {
    const db = t().q.ctx.db.kysely;
    const before = valueOf(await scrape(), 'quayside_background_process_runs_total', { process_type: 'checkInventoryLedger', outcome: 'succeeded' }) ?? 0;
    const list = await t().admin.get('/api/v1/background-processes');
    const ledgerCheck = list.body.items.find((p: any) => p.processType === 'checkInventoryLedger');
    expect((await t().admin.post(`/api/v1/background-processes/${String(ledgerCheck.id)}/run`)).status).toBe(200);

    // A schedule row whose type no longer has a handler (left behind by an older version) fails when it runs.
    await db
      .insertInto('background_processes')
      .values({ process_type: 'retiredProcess', scope_key: '', source_system_id: null, interval_seconds: 60, enabled: 1, next_run_at: t().clock.now(), parameters: '{}' })
      .execute();
    t().clock.advance(1000);
    await drain(t());

    const all = await scrape();
    expect(valueOf(all, 'quayside_background_process_runs_total', { process_type: 'checkInventoryLedger', outcome: 'succeeded' })).toBe(before + 1);
    expect(valueOf(all, 'quayside_background_process_runs_total', { process_type: 'retiredProcess', outcome: 'failed' })).toBe(1);
    expect(valueOf(all, 'quayside_background_process_run_duration_seconds_count', { process_type: 'retiredProcess' })).toBe(1);
    expect(valueOf(all, 'quayside_background_processes_failing', { process_type: 'retiredProcess' })).toBe(1);
    expect(valueOf(all, 'quayside_background_processes_failing', { process_type: 'checkInventoryLedger' })).toBe(0);
    expect(valueOf(all, 'quayside_background_process_overdue_seconds', { process_type: 'retiredProcess' })).toBe(0);

    // Nobody runs the worker for ten minutes: the process is ten minutes overdue.
    t().clock.advance(60_000 + 600_000);
    expect(valueOf(await scrape(), 'quayside_background_process_overdue_seconds', { process_type: 'retiredProcess' })).toBe(600);
    await db.deleteFrom('background_processes').where('process_type', '=', 'retiredProcess').execute();
    await drain(t());
    const after = await scrape();
    expect(samples(after, 'quayside_background_processes_failing', { process_type: 'retiredProcess' })).toEqual([]);
  });

  it('reports the differences the last ledger check found, physical and reserved', async () => {
    const list = await t().admin.get('/api/v1/background-processes');
    const ledgerCheck = list.body.items.find((p: any) => p.processType === 'checkInventoryLedger');
    const runCheck = async () => expect((await t().admin.post(`/api/v1/background-processes/${String(ledgerCheck.id)}/run`)).status).toBe(200);
    const balance = () => t().q.ctx.db.kysely.updateTable('inventory_balances').where('item_number', '=', 'ITEM-1').where('location_id', '=', 'PICK-1');

    await runCheck();
    const clean = await scrape();
    expect(valueOf(clean, 'quayside_ledger_differences', { kind: 'physical' })).toBe(0);
    expect(valueOf(clean, 'quayside_ledger_differences', { kind: 'reserved' })).toBe(0);
    expect(valueOf(clean, 'quayside_ledger_last_check_timestamp_seconds')).toBe(Math.floor(t().clock.now() / 1000));

    // A balance changed behind the ledger's back shows after the next check, not before.
    await balance().set({ physical_qty: qty(99) }).execute();
    expect(valueOf(await scrape(), 'quayside_ledger_differences', { kind: 'physical' })).toBe(0);
    await runCheck();
    const found = await scrape();
    expect(valueOf(found, 'quayside_ledger_differences', { kind: 'physical' })).toBe(1);
    expect(valueOf(found, 'quayside_ledger_differences', { kind: 'reserved' })).toBe(0);

    await balance().set({ physical_qty: qty(10) }).execute();
    await runCheck();
    expect(valueOf(await scrape(), 'quayside_ledger_differences', { kind: 'physical' })).toBe(0);
  });

  it('is in the API reference as an admin-only operation', async () => {
    const doc = await t().admin.get('/openapi.json');
    expect(doc.body.paths['/metrics'].get.description).toContain('Access: admin only.');
  });
});

describe('metrics on a port of their own', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { metrics: { port: 0, host: '127.0.0.1' } } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers GET /metrics there without a credential, and the API port has no /metrics', async () => {
    const server = await app.q.startMetricsServer();
    expect(server).toBeDefined();
    const base = `http://127.0.0.1:${String(server?.port)}`;
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const all = parse(await res.text());
    expect(valueOf(all, 'quayside_build_info')).toBe(1);
    expect(samples(all, 'quayside_background_processes_failing').length).toBeGreaterThan(0);

    const other = await fetch(`${base}/api/v1/items`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.admin.get('/metrics')).status).toBe(404);
  });
});

// The command's wiring does not depend on the database; one run (SQLite) is enough.
describe.skipIf(TEST_DB_KIND === 'postgres')('quayside worker with QUAYSIDE_METRICS_PORT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quayside-metrics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves its own metrics, with Node process figures, on the metrics port without a credential', async () => {
    const port = 30000 + Math.floor(Math.random() * 20000);
    let out = '';
    const sink = { write: (text: string) => ((out += text), true) };
    const env = { DATABASE_URL: `sqlite:${join(dir, 'q.db')}`, QUAYSIDE_DATA_DIR: join(dir, 'data'), QUAYSIDE_METRICS_PORT: String(port), LOG_LEVEL: 'warn' };
    const result = await runCli(['worker'], { stdout: sink, stderr: sink, logs: sink, env });
    try {
      expect(result.exitCode, out).toBe(0);
      const res = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
      expect(res.status).toBe(200);
      const all = parse(await res.text());
      expect(samples(all, 'process_cpu_user_seconds_total')).toHaveLength(1);
      expect(samples(all, 'quayside_background_process_overdue_seconds', { process_type: 'checkInventoryLedger' })).toHaveLength(1);
    } finally {
      await result.running?.stop();
    }
  });
});

describe('metrics settings', () => {
  it('reads QUAYSIDE_METRICS_PORT and QUAYSIDE_METRICS_HOST, and refuses a port that is not one or is the API port', () => {
    expect(loadConfig({}).metrics).toEqual({ host: '127.0.0.1' });
    expect(loadConfig({ QUAYSIDE_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ QUAYSIDE_METRICS_PORT: '9464', QUAYSIDE_METRICS_HOST: '10.0.0.5' }).metrics).toEqual({ port: 9464, host: '10.0.0.5' });
    expect(() => loadConfig({ QUAYSIDE_METRICS_PORT: 'ninety' })).toThrow(/metrics.port/);
    expect(() => loadConfig({ QUAYSIDE_METRICS_PORT: '3000' })).toThrow(/must differ from the API's port/);
  });
});
