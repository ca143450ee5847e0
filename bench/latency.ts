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
import { processAll, sendMessages, verifyRun } from './quayside-run.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem, type Inject } from './setup.js';

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

async function timed(into: number[], request: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await request();
  into.push(performance.now() - start);
}

/**
 * A picker working through pick work: take, then each line, one request at a time with a short pause;
 * each request's latency goes into `into`. Stops when told or when the work runs out.
 */
async function picker(inject: Inject, key: string, workIds: string[], into: number[], stop: () => boolean): Promise<void> {
  while (!stop()) {
    const workId = workIds.shift();
    if (workId === undefined) return;
    let lines: Array<{ lineNumber: number }> = [];
    await timed(into, async () => {
      lines = ((await inject('POST', `/api/v1/work/${workId}/take`, { operationId: `${workId}-take` }, key)) as { lines: typeof lines }).lines;
    });
    for (const line of lines) {
      await sleep(PAUSE_MS);
      await timed(into, () => inject('POST', `/api/v1/work/${workId}/lines/${line.lineNumber}/confirm`, { operationId: `${workId}-${line.lineNumber}` }, key));
    }
    await sleep(PAUSE_MS);
  }
}

async function healthProbe(inject: Inject, into: number[], stop: () => boolean): Promise<void> {
  while (!stop()) {
    await timed(into, () => inject('GET', '/healthz'));
    await sleep(PAUSE_MS);
  }
}

/**
 * `--latency N` (SQLite): how long a health check and a picker's requests take while the background worker
 * drains N queued inbound messages, against the same requests with the worker idle. better-sqlite3's
 * queries are synchronous, so a batch holds the event loop and the one connection: the worker must yield
 * between (time-bounded) batches for requests to get through. Every message must end Accepted.
 */
export async function benchLatencySqlite(options: BenchOptions): Promise<string[]> {
  const n = options.latency;
  const dir = mkdtempSync(join(tmpdir(), 'quayside-bench-latency-'));
  const q = await benchQuayside(`sqlite:${join(dir, 'quayside.db')}`);
  const problems: string[] = [];
  try {
    if (options.messages === 0 && options.outbound === 0) {
      const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(q.ctx.db.kysely);
      console.log(machine({ sqlite: version.rows[0]?.v ?? '?' }));
    }
    const inject = injector(q, await adminKey(q));
    await setUpMasterData(inject);
    await setUpSourceSystem(q, inject, 'LAT');
    await setUpOutboundWarehouse(inject);
    const keys = await setUpOutboundSource(q, inject, 'OUT');
    await putOutboundStock(q);
    // Pick work for the pickers: enough that they never run out while the backlog drains.
    const orders = Array.from({ length: 300 }, (_, i) => outboundMessage('LAT', i));
    for (const m of orders) await inject('POST', '/api/v1/outbound-shipment-order-messages', m, keys.integration);
    await processAll([q.ctx]);
    await inject('POST', '/api/v1/outbound-shipment-orders/release', { orderNumbers: orders.map((m) => m.orderNumber), quantityToRelease: 'All' }, keys.planner);
    const page = (await inject('GET', '/api/v1/work?workType=Pick&status=Open&limit=1000', undefined, keys.planner)) as { items: Array<{ workId: string }> };
    const workIds = page.items.map((w) => w.workId);
    const picker0 = keys.workers[0]!;

    // The worker idle: the same probes for a moment.
    const idleHealth: number[] = [];
    const idlePick: number[] = [];
    let idleOver = false;
    const idleUntil = performance.now() + 2000;
    const idleStop = () => idleOver || performance.now() >= idleUntil;
    await Promise.all([healthProbe(inject, idleHealth, idleStop), picker(inject, picker0, workIds, idlePick, idleStop)]);
    idleOver = true;

    // The backlog: N messages queued while the worker was stopped (as after a restart), then the worker starts.
    await sendMessages(q.ctx, 'LAT', Array.from({ length: n }, (_, i) => inboundMessage('LAT', i)));
    const busyHealth: number[] = [];
    const busyPick: number[] = [];
    let drained = false;
    const start = performance.now();
    q.worker.start();
    const watcher = (async () => {
      while (!drained) {
        await sleep(50);
        const left = await q.ctx.db.kysely.selectFrom('shipment_order_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('processor_state', '=', 'Queued').executeTakeFirstOrThrow();
        if (Number(left.n) === 0) drained = true;
      }
    })();
    await Promise.all([watcher, healthProbe(inject, busyHealth, () => drained), picker(inject, picker0, workIds, busyPick, () => drained)]);
    const seconds = (performance.now() - start) / 1000;
    await q.worker.stop();
    if (workIds.length === 0) problems.push('latency: the pickers ran out of work before the backlog was drained; the pick figures cover only part of it');
    problems.push(...(await verifyRun(q, 'LAT', n)));

    console.log(
      `\nSQLite: latency of a health check and of a picker's requests (take, confirm), idle and while the worker drains ${n} queued inbound messages ` +
        `(${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} msgs/s; batches of at most ${q.ctx.config.worker.messageBatchSize} messages or ${q.ctx.config.worker.messageBatchMs} ms)\n`,
    );
    console.log(
      report([
        { what: 'GET /healthz, worker idle', ms: idleHealth },
        { what: 'pick take/confirm, worker idle', ms: idlePick },
        { what: `GET /healthz, worker draining ${n} messages`, ms: busyHealth },
        { what: `pick take/confirm, worker draining ${n} messages`, ms: busyPick },
      ]),
    );
  } finally {
    await q.close();
    if (options.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
