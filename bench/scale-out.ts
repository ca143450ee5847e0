import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inboundMessage } from './messages.js';
import type { BenchOptions } from './options.js';
import { machineCpuSeconds, processCpuSeconds, startProcess, stopProcess, waitForHealth, type QuaysideProcess } from './processes.js';
import { sendMessages, verifyRun } from './quayside-run.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem } from './setup.js';

const SOURCE = 'SCALE';
/** Concurrent HTTP clients per serve process: enough to keep each process busy while others wait on the database. */
const CLIENTS_PER_SERVER = 4;
const FIRST_PORT = 18_700;

interface Measured {
  processes: number;
  count: number;
  seconds: number;
  /** CPU seconds of the Quayside processes measured. */
  cpuSeconds: number;
  /** Share of the whole machine busy meanwhile (all processes: Quayside, PostgreSQL, the bench). */
  machineBusy: number;
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database with the bench's master data and a source system; returns the integration key. */
async function freshDatabase(adminUrl: string, name: string): Promise<{ url: string; key: string }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  const q = await benchQuayside(url);
  try {
    const inject = injector(q, await adminKey(q));
    await setUpMasterData(inject);
    return { url, key: await setUpSourceSystem(q, inject, SOURCE) };
  } finally {
    await q.close();
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

async function acceptedCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`select count(*) as n from shipment_order_messages where source_system_id = $1 and processing_status = 'Accepted'`, [SOURCE]);
  return Number(rows[0]?.n ?? 0);
}

function cpuOf(processes: QuaysideProcess[]): number {
  return processes.reduce((sum, p) => sum + processCpuSeconds(p.child.pid), 0);
}

/**
 * `quayside worker` processes draining a queue of inbound messages that was filled before they started.
 * Measured from the first message Accepted to the last, so that start-up (migrations check, module
 * loading) is not counted: what a second worker process adds to a running one.
 */
async function workers(url: string, count: number, messages: number, dataDir: string): Promise<{ measured: Measured; problems: string[] }> {
  const q = await benchQuayside(url);
  const run = `W${count}`;
  const contents = Array.from({ length: messages }, (_, i) => inboundMessage(run, i));
  await sendMessages(q.ctx, SOURCE, contents, 4);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const processes = Array.from({ length: count }, () => startProcess('worker', { DATABASE_URL: url, QUAYSIDE_DATA_DIR: dataDir }));
  try {
    while ((await acceptedCount(client)) === 0) {
      for (const p of processes) if (p.child.exitCode !== null) throw new Error(`worker exited with ${p.child.exitCode}: ${p.output()}`);
      await sleep(20);
    }
    const start = performance.now();
    const cpu = cpuOf(processes);
    const box = machineCpuSeconds();
    let accepted = 0;
    const deadline = Date.now() + 30 * 60_000;
    while ((accepted = await acceptedCount(client)) < messages && Date.now() < deadline) await sleep(20);
    const seconds = (performance.now() - start) / 1000;
    const after = machineCpuSeconds();
    const measured = { processes: count, count: messages, seconds, cpuSeconds: cpuOf(processes) - cpu, machineBusy: (after.busy - box.busy) / Math.max(0.001, after.total - box.total) };
    return { measured, problems: accepted < messages ? [`workers ×${count}: ${accepted} of ${messages} accepted within 30 minutes`] : await verifyRun(q, SOURCE, messages) };
  } finally {
    await Promise.all(processes.map(stopProcess));
    await client.end();
    await q.close();
  }
}

/**
 * `quayside serve` processes (worker off) taking message intake over real HTTP from concurrent clients,
 * each client posting one message at a time, spread over the processes.
 */
async function servers(url: string, key: string, count: number, messages: number, dataDir: string): Promise<{ measured: Measured; problems: string[] }> {
  // The per-key limit counts per process; a bench that reached it would measure the refusals.
  const configFile = join(dataDir, `serve-${count}.json`);
  writeFileSync(configFile, JSON.stringify({ rateLimit: { apiPerCredential: { max: 1_000_000_000, windowSeconds: 60 } } }));
  const ports = Array.from({ length: count }, (_, i) => FIRST_PORT + i);
  const processes = ports.map((port) =>
    startProcess('serve', { DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', QUAYSIDE_WORKER_IN_SERVE: 'false', QUAYSIDE_DATA_DIR: dataDir, QUAYSIDE_CONFIG: configFile }),
  );
  const problems: string[] = [];
  try {
    await Promise.all(processes.map((p, i) => waitForHealth(`http://127.0.0.1:${ports[i]}`, p)));
    const run = `H${count}`;
    let next = 0;
    const client = async (port: number) => {
      for (let i = next++; i < messages; i = next++) {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/inbound-shipment-order-messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(inboundMessage(run, i)),
        });
        await res.arrayBuffer();
        if (res.status !== 201 && res.status !== 202 && res.status !== 200) problems.push(`serve ×${count}: message ${i} answered ${res.status}`);
      }
    };
    const cpu = cpuOf(processes);
    const box = machineCpuSeconds();
    const start = performance.now();
    await Promise.all(ports.flatMap((port) => Array.from({ length: CLIENTS_PER_SERVER }, () => client(port))));
    const seconds = (performance.now() - start) / 1000;
    const after = machineCpuSeconds();
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const { rows } = await check.query<{ n: string }>(`select count(*) as n from shipment_order_messages where message_id like $1`, [`${run}-M%`]);
    await check.end();
    if (Number(rows[0]?.n) !== messages) problems.push(`serve ×${count}: ${rows[0]?.n} messages stored, expected ${messages}`);
    return { measured: { processes: count, count: messages, seconds, cpuSeconds: cpuOf(processes) - cpu, machineBusy: (after.busy - box.busy) / Math.max(0.001, after.total - box.total) }, problems: problems.slice(0, 5) };
  } finally {
    await Promise.all(processes.map(stopProcess));
  }
}

function report(title: string, unit: string, rows: Measured[]): string {
  const one = rows.find((r) => r.processes === 1);
  const head = ['processes', unit, 'seconds', `${unit}/s`, 'scaling', 'Quayside CPU s', `${unit}/CPU s`, 'machine busy'];
  const body = rows.map((r) => {
    const perSecond = r.count / r.seconds;
    return [
      String(r.processes),
      String(r.count),
      r.seconds.toFixed(2),
      perSecond.toFixed(0),
      one ? `${(perSecond / (one.count / one.seconds)).toFixed(2)}×` : '—',
      r.cpuSeconds.toFixed(2),
      (r.count / Math.max(0.001, r.cpuSeconds)).toFixed(0),
      `${(r.machineBusy * 100).toFixed(0)} %`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`;
  return [`\n${title}`, '', line(head), rule, ...body.map(line)].join('\n');
}

/**
 * PostgreSQL scale-out across OS processes (`--scale-out 1,2,4`): for each count, a fresh database, then
 * that many `quayside worker` processes draining queued messages, and that many `quayside serve`
 * processes taking message intake over HTTP. Needs the build (`npm run bench` builds first).
 */
export async function benchScaleOut(options: BenchOptions): Promise<string[]> {
  const problems: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-scale-'));
  const workerRows: Measured[] = [];
  const serveRows: Measured[] = [];
  console.log(machine({ database: 'PostgreSQL', 'scale-out': options.scaleOut.join(', ') }));
  try {
    for (const count of options.scaleOut) {
      const name = `quayside_bench_scale_${count}`;
      const { url, key } = await freshDatabase(options.pgUrl, name);
      try {
        const w = await workers(url, count, options.scaleMessages, dataDir);
        workerRows.push(w.measured);
        problems.push(...w.problems);
        const s = await servers(url, key, count, options.scaleMessages, dataDir);
        serveRows.push(s.measured);
        problems.push(...s.problems);
      } finally {
        if (!options.keep) await dropDatabase(options.pgUrl, name);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(report(`Worker processes draining ${options.scaleMessages} queued inbound messages (5 lines each), first to last Accepted`, 'msgs', workerRows));
  console.log(report(`Serve processes taking ${options.scaleMessages} inbound messages over HTTP (${CLIENTS_PER_SERVER} clients per process)`, 'msgs', serveRows));
  return problems;
}
