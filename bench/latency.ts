import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { inboundMessage } from './messages.js';
import type { BenchOptions } from './options.js';
import { outboundMessage } from './outbound-orders.js';
import { putOutboundStock, setUpOutboundSource, setUpOutboundWarehouse } from './outbound-setup.js';
import { STAGING_LOCATION } from './outbound-orders.js';
import { WAREHOUSE_ID } from './messages.js';
import { processAll, sendMessages, verifyRun } from './quayside-run.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem, type Inject } from './setup.js';
import { connect } from './baseline-pg.js';
import { createDatabase } from '../src/platform/db/database.js';
import type { Quayside } from '../src/main.js';

/** Pause between two probe requests of one prober, as a handheld leaves between scans (shortened). */
const PAUSE_MS = 5;

interface Latencies {
  what: string;
  ms: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

function report(rows: readonly Latencies[]): string {
  const head = ['what', 'requests', 'p50 ms', 'p99 ms', 'max ms'];
  const body = rows.map((r) => {
    const sorted = [...r.ms].sort((a, b) => a - b);
    return [r.what, String(sorted.length), percentile(sorted, 0.5).toFixed(1), percentile(sorted, 0.99).toFixed(1), (sorted.at(-1) ?? Number.NaN).toFixed(1)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/**
 * A prober sends a request PAUSE_MS after its last answer. Each latency counts from when the request was
 * due, not from when the prober got round to sending it: while the event loop is held, the prober's own
 * timer cannot fire either, and timing from the send would hide exactly that wait.
 */
class Prober {
  private due = performance.now();
  constructor(private readonly into: number[]) {}

  async request(send: () => Promise<unknown>): Promise<void> {
    await sleep(Math.max(0, this.due - performance.now()));
    const sent = performance.now();
    await send();
    const end = performance.now();
    // A timer may fire a fraction of a millisecond early: then the request's own time counts.
    this.into.push(end - Math.min(this.due, sent));
    this.due = end + PAUSE_MS;
  }
}

/**
 * A picker working through pick work: take, then each line, one request at a time with a short pause;
 * each request's latency goes into `into`. Stops when told or when the work runs out.
 */
async function picker(inject: Inject, key: string, workIds: string[], into: number[], stop: () => boolean): Promise<void> {
  const prober = new Prober(into);
  while (!stop()) {
    const workId = workIds.shift();
    if (workId === undefined) return;
    let lines: Array<{ lineNumber: number }> = [];
    await prober.request(async () => {
      lines = ((await inject('POST', `/api/v1/work/${workId}/take`, { operationId: `${workId}-take` }, key)) as { lines: typeof lines }).lines;
    });
    for (const line of lines) await prober.request(() => inject('POST', `/api/v1/work/${workId}/lines/${line.lineNumber}/confirm`, { operationId: `${workId}-${line.lineNumber}` }, key));
  }
}

async function healthProbe(inject: Inject, into: number[], stop: () => boolean): Promise<void> {
  const prober = new Prober(into);
  while (!stop()) await prober.request(() => inject('GET', '/healthz'));
}

/** Outbound orders released at once (in requests of 500) while the probes run: release, wave and pick work. */
const WAVE_ORDERS = 1000;
const RELEASE_REQUEST = 500;

interface LatencyDatabase {
  q: Quayside;
  label: string;
  close: () => Promise<void>;
}

async function openDatabase(options: BenchOptions): Promise<LatencyDatabase> {
  if (options.database === 'postgres') {
    const schema = `bench_lat_${randomBytes(4).toString('hex')}`;
    const admin = await connect(options.pgUrl, 'public');
    await admin.query(`create schema ${schema}`);
    const q = await benchQuayside(options.pgUrl, createDatabase({ url: options.pgUrl, schema, poolSize: 4 }));
    return {
      q,
      label: 'PostgreSQL',
      close: async () => {
        await q.close();
        if (options.keep) console.log(`kept schema ${schema}`);
        else await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'quayside-bench-latency-'));
  const q = await benchQuayside(`sqlite:${join(dir, 'quayside.db')}`);
  return {
    q,
    label: 'SQLite',
    close: async () => {
      await q.close();
      if (options.keep) console.log(`kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the probes (a health checker and a picker) until `work` is done; the latencies go into the two arrays. */
async function probedWhile(inject: Inject, pickerKey: string, workIds: string[], health: number[], pick: number[], work: (done: () => void) => Promise<void>): Promise<number> {
  let over = false;
  const start = performance.now();
  await Promise.all([
    work(() => {
      over = true;
    }),
    healthProbe(inject, health, () => over),
    picker(inject, pickerKey, workIds, pick, () => over),
  ]);
  return (performance.now() - start) / 1000;
}

/**
 * `--latency N`: how long a health check and a picker's requests take, with the background worker idle,
 * while it drains N queued inbound messages (as after a restart), and while a planner releases 1,000 outbound
 * orders (each waved at release, with its pick work). On SQLite every query runs on the event loop, so the
 * worker's batches and the release must yield for requests to get through; on PostgreSQL queries are I/O,
 * but the JavaScript between them still holds the loop. The worker runs in the serving process, as
 * `quayside serve` runs it by default. Every message must end Accepted and every order Released.
 */
export async function benchLatency(options: BenchOptions): Promise<string[]> {
  const n = options.latency;
  const { q, label, close } = await openDatabase(options);
  const problems: string[] = [];
  try {
    if (options.messages === 0 && options.outbound === 0 && options.database === 'sqlite') {
      const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(q.ctx.db.kysely);
      console.log(machine({ sqlite: version.rows[0]?.v ?? '?' }));
    }
    const inject = injector(q, await adminKey(q));
    await setUpMasterData(inject);
    await setUpSourceSystem(q, inject, 'LAT');
    await setUpOutboundWarehouse(inject);
    const keys = await setUpOutboundSource(q, inject, 'OUT');
    await putOutboundStock(q);
    // Pick work for the picker, enough that it never runs out; and the orders the planner releases later.
    // PostgreSQL drains more slowly (its commits wait for the disk), so the picker needs more work there.
    const orders = Array.from({ length: options.database === 'postgres' ? 1500 : 300 }, (_, i) => outboundMessage('LAT', i));
    const waveOrders = Array.from({ length: WAVE_ORDERS }, (_, i) => outboundMessage('WAVE', i));
    const manualOrders = Array.from({ length: WAVE_ORDERS }, (_, i) => outboundMessage('MWAVE', i));
    for (const m of [...orders, ...waveOrders, ...manualOrders]) await inject('POST', '/api/v1/outbound-shipment-order-messages', m, keys.integration);
    await processAll([q.ctx]);
    for (let i = 0; i < orders.length; i += RELEASE_REQUEST) {
      await inject('POST', '/api/v1/outbound-shipment-orders/release', { orderNumbers: orders.slice(i, i + RELEASE_REQUEST).map((m) => m.orderNumber), quantityToRelease: 'All' }, keys.planner);
    }
    const workIds: string[] = [];
    for (let offset = 0; offset < orders.length; offset += 1000) {
      const page = (await inject('GET', `/api/v1/work?workType=Pick&status=Open&limit=1000&offset=${String(offset)}`, undefined, keys.planner)) as { items: Array<{ workId: string }> };
      workIds.push(...page.items.map((w) => w.workId));
    }
    const picker0 = keys.workers[0]!;

    // The worker idle: the same probes for two seconds.
    const idleHealth: number[] = [];
    const idlePick: number[] = [];
    await probedWhile(inject, picker0, workIds, idleHealth, idlePick, async (done) => {
      await sleep(2000);
      done();
    });

    // The backlog: N messages queued while the worker was stopped (as after a restart), then the worker starts.
    await sendMessages(q.ctx, 'LAT', Array.from({ length: n }, (_, i) => inboundMessage('LAT', i)));
    const drainHealth: number[] = [];
    const drainPick: number[] = [];
    q.worker.start();
    const drainSeconds = await probedWhile(inject, picker0, workIds, drainHealth, drainPick, async (done) => {
      for (;;) {
        await sleep(50);
        const left = await q.ctx.db.kysely.selectFrom('shipment_order_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('processor_state', '=', 'Queued').executeTakeFirstOrThrow();
        if (Number(left.n) === 0) break;
      }
      done();
    });
    await q.worker.stop();
    problems.push(...(await verifyRun(q, 'LAT', n)));

    // A planner releases 1,000 orders (two requests of 500): each is reserved, waved at release and gets its pick work.
    const releaseHealth: number[] = [];
    const releasePick: number[] = [];
    let released = 0;
    const releaseSeconds = await probedWhile(inject, picker0, workIds, releaseHealth, releasePick, async (done) => {
      for (let i = 0; i < waveOrders.length; i += RELEASE_REQUEST) {
        const answer = (await inject('POST', '/api/v1/outbound-shipment-orders/release', { orderNumbers: waveOrders.slice(i, i + RELEASE_REQUEST).map((m) => m.orderNumber), quantityToRelease: 'All' }, keys.planner)) as {
          results: Array<{ released: boolean }>;
        };
        released += answer.results.filter((r) => r.released).length;
      }
      done();
    });
    if (released !== WAVE_ORDERS) problems.push(`latency: ${String(released)} of ${String(WAVE_ORDERS)} orders released`);

    // One wave of 1,000 shipments processed by hand (a template that waits for the planner), in one request.
    await inject('POST', '/api/v1/wave-templates', { waveTemplateId: 'BY-HAND', warehouseId: WAREHOUSE_ID, processAt: 'Manual', putLocationId: STAGING_LOCATION, sequence: 0 });
    for (let i = 0; i < manualOrders.length; i += RELEASE_REQUEST) {
      await inject('POST', '/api/v1/outbound-shipment-orders/release', { orderNumbers: manualOrders.slice(i, i + RELEASE_REQUEST).map((m) => m.orderNumber), quantityToRelease: 'All' }, keys.planner);
    }
    const waves = (await inject('GET', '/api/v1/waves?status=Open&limit=10', undefined, keys.planner)) as { items: Array<{ waveId: string; shipmentCount?: number }> };
    const manualWave = waves.items[0]?.waveId;
    const waveHealth: number[] = [];
    const wavePick: number[] = [];
    let waveWork = 0;
    const waveSeconds = await probedWhile(inject, picker0, workIds, waveHealth, wavePick, async (done) => {
      if (manualWave !== undefined) waveWork = ((await inject('POST', `/api/v1/waves/${manualWave}/process`, {}, keys.planner)) as { workIds: string[] }).workIds.length;
      done();
    });
    if (waves.items.length !== 1 || waveWork < WAVE_ORDERS) problems.push(`latency: expected one open wave with work for ${String(WAVE_ORDERS)} shipments, found ${String(waves.items.length)} wave(s) and ${String(waveWork)} works`);
    if (workIds.length === 0) problems.push('latency: the picker ran out of work before the end; the pick figures cover only part of it');

    console.log(
      `\n${label}: latency of a health check and of a picker's requests (take, confirm; each ${PAUSE_MS} ms after the last answer, timed from then): with the worker idle; while it drains ${n} queued inbound messages ` +
        `(${drainSeconds.toFixed(1)} s, ${(n / drainSeconds).toFixed(0)} msgs/s; batches of at most ${q.ctx.config.worker.messageBatchSize} messages` +
        `${options.database === 'sqlite' ? ` or ${q.ctx.config.worker.messageBatchMs} ms` : ''}); and while ${WAVE_ORDERS} orders are released, waved and given pick work ` +
        `(${releaseSeconds.toFixed(1)} s, requests of ${RELEASE_REQUEST}); and while one wave of ${WAVE_ORDERS} shipments is processed by hand (${waveSeconds.toFixed(1)} s, one request)\n`,
    );
    console.log(
      report([
        { what: 'GET /healthz, worker idle', ms: idleHealth },
        { what: 'pick take/confirm, worker idle', ms: idlePick },
        { what: `GET /healthz, worker draining ${n} messages`, ms: drainHealth },
        { what: `pick take/confirm, worker draining ${n} messages`, ms: drainPick },
        { what: `GET /healthz, releasing ${WAVE_ORDERS} orders`, ms: releaseHealth },
        { what: `pick take/confirm, releasing ${WAVE_ORDERS} orders`, ms: releasePick },
        { what: `GET /healthz, processing a wave of ${WAVE_ORDERS}`, ms: waveHealth },
        { what: `pick take/confirm, processing a wave of ${WAVE_ORDERS}`, ms: wavePick },
      ]),
    );
  } finally {
    await close();
  }
  return problems;
}
