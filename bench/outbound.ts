import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../src/platform/context.js';
import { createDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrator.js';
import { connect } from './baseline-pg.js';
import type { BenchOptions } from './options.js';
import { OutboundBaseline } from './outbound-baseline.js';
import { pgConn, sqliteConn } from './outbound-baseline-drivers.js';
import { outboundMessage } from './outbound-orders.js';
import { runOutboundRound, shipProcess, verifyOutbound, type OutboundPhases } from './outbound-quayside.js';
import { putOutboundStock, setUpOutboundSource, setUpOutboundWarehouse } from './outbound-setup.js';
import { processAll } from './quayside-run.js';
import { machine, ratio, table, type Row } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData } from './setup.js';
import { ZERO, add, chunks, type Timing } from './timing.js';

const UNIT: [string, string] = ['orders', 'orders'];
const PHASES: Array<[keyof OutboundPhases, string]> = [
  ['intake', 'messages over HTTP (app.inject, integration key)'],
  ['processing', 'message processing with reservation at import'],
  ['release', 'release (planner, 500 orders a call): shipments, loads, wave at release, pick work'],
  ['picking', 'picking: take + 10 confirmations per work (mobile routes)'],
  ['shipping', 'ship confirm (process outbound shipments): packing slips'],
];
const BASE_STEPS = ['intake', 'processing + reservation', 'release + wave + work', 'take + 10 confirmations', 'ship confirm + packing slip'];

interface Totals {
  base: Timing[];
  phases: OutboundPhases;
}

const emptyTotals = (): Totals => ({ base: BASE_STEPS.map(() => ZERO), phases: { intake: ZERO, processing: ZERO, release: ZERO, picking: ZERO, shipping: ZERO } });

function addRound(t: Totals, base: Timing[], phases: OutboundPhases): void {
  t.base = t.base.map((b, i) => add(b, base[i] ?? ZERO));
  for (const [k] of PHASES) t.phases[k] = add(t.phases[k], phases[k]);
}

function report(title: string, n: number, t: Totals, baseLabel: string, cpu: boolean): string {
  const base = t.base.reduce(add, ZERO);
  const quayside = PHASES.map(([k]) => t.phases[k]).reduce(add, ZERO);
  const rows: Row[] = [
    { what: `baseline: ${baseLabel}`, messages: n, time: base },
    ...BASE_STEPS.map((s, i) => ({ what: `  baseline ${s}`, messages: n, time: t.base[i]! })),
    ...PHASES.map(([k, label]) => ({ what: `  Quayside ${label}`, messages: n, time: t.phases[k] })),
    { what: 'Quayside end-to-end: message to packing slip', messages: n, time: quayside },
  ];
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const cpuRatio = cpu ? ` (per CPU second: ${ratio(last, first, true).toFixed(2)})` : '';
  return `${table(title, rows, cpu, UNIT)}\n\n${title.split(':')[0]}: outbound Quayside end-to-end / baseline = ${ratio(last, first).toFixed(2)}${cpuRatio}`;
}

/**
 * Outbound on SQLite: 2,000 orders of 5 lines (--outbound) from message to packing slip through
 * Quayside, against the baseline's direct statements in a second file, in alternating rounds.
 */
export async function benchOutboundSqlite(options: BenchOptions): Promise<string[]> {
  const n = options.outbound;
  const dir = mkdtempSync(join(tmpdir(), 'quayside-bench-out-'));
  const problems: string[] = [];
  const basePath = join(dir, 'baseline.db');
  const schema = createDatabase({ url: `sqlite:${basePath}` });
  await migrateToLatest(schema);
  const base = sqliteConn(basePath);
  const q = await benchQuayside(`sqlite:${join(dir, 'quayside.db')}`);
  try {
    if (options.messages === 0) {
      const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(q.ctx.db.kysely);
      console.log(machine({ sqlite: version.rows[0]?.v ?? '?' }));
    }
    await OutboundBaseline.prepare(base.conn, Date.now());
    const baseline = new OutboundBaseline([base.conn], 'OBASE');
    const inject = injector(q, await adminKey(q));
    await setUpMasterData(inject);
    await setUpOutboundWarehouse(inject);
    const keys = await setUpOutboundSource(q, inject, 'OUT');
    await putOutboundStock(q);
    const shipId = await shipProcess(inject, keys.manager);

    const totals = emptyTotals();
    for (const [from, to] of chunks(n, options.rounds)) {
      const b = await baseline.run(Array.from({ length: to - from }, (_, i) => outboundMessage('OB', from + i)));
      const p = await runOutboundRound(inject, keys, shipId, () => processAll([q.ctx]), Array.from({ length: to - from }, (_, i) => outboundMessage('OQ', from + i)));
      addRound(totals, b, p);
    }
    problems.push(...(await verifyOutbound(schema.kysely, 'baseline', 'OBASE', n)), ...(await verifyOutbound(q.ctx.db.kysely, 'Quayside', 'OUT', n)));
    console.log(report(`SQLite: ${n} outbound shipment orders of 5 lines, message to packing slip (${options.rounds} alternating rounds)`, n, totals, 'better-sqlite3, prepared statements, 1 transaction per step', true));
  } finally {
    base.close();
    await schema.close();
    await q.close();
    if (options.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/**
 * Outbound on PostgreSQL: fresh baseline and Quayside schemas; for each connection count c, the
 * baseline on c connections, and Quayside with c message workers and c pickers (the HTTP calls of
 * intake, release and ship confirm stay sequential, as one ERP and one planner make them).
 */
export async function benchOutboundPostgres(options: BenchOptions): Promise<string[]> {
  const { outbound: n, pgUrl: url } = options;
  const tag = randomBytes(4).toString('hex');
  const baseSchema = `bench_obase_${tag}`;
  const qSchema = `bench_oq_${tag}`;
  const admin = await connect(url, 'public');
  const problems: string[] = [];
  const dbs: Database[] = [];
  try {
    if (options.messages === 0) {
      const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
      console.log(machine({ postgres: version }));
    }
    await admin.query(`create schema ${baseSchema}`);
    await admin.query(`create schema ${qSchema}`);
    const baseDb = createDatabase({ url, schema: baseSchema, poolSize: 1 });
    dbs.push(baseDb);
    await migrateToLatest(baseDb);
    const setupClient = await connect(url, baseSchema);
    await OutboundBaseline.prepare(pgConn(setupClient), Date.now());
    await setupClient.end();

    for (const c of options.connections) {
      const s = c === 1 ? '' : 's';
      const clients = await Promise.all(Array.from({ length: c }, () => connect(url, baseSchema)));
      const q = await benchQuayside(url, createDatabase({ url, schema: qSchema, poolSize: c + 1 }));
      const workerDbs = Array.from({ length: c }, () => createDatabase({ url, schema: qSchema, poolSize: 1 }));
      const workers: AppContext[] = workerDbs.map((db) => ({ ...q.ctx, db }));
      try {
        const inject = injector(q, await adminKey(q));
        if (c === options.connections[0]) {
          await setUpMasterData(inject);
          await setUpOutboundWarehouse(inject);
          await putOutboundStock(q);
        }
        const keys = await setUpOutboundSource(q, inject, `OUT-${c}`, c);
        const shipId = await shipProcess(inject, keys.manager);
        const baseline = new OutboundBaseline(clients.map(pgConn), `OBASE-${c}`);
        const totals = emptyTotals();
        for (const [from, to] of chunks(n, options.rounds)) {
          const b = await baseline.run(Array.from({ length: to - from }, (_, i) => outboundMessage(`OB${c}`, from + i)));
          const p = await runOutboundRound(inject, keys, shipId, () => processAll(workers), Array.from({ length: to - from }, (_, i) => outboundMessage(`OQ${c}`, from + i)));
          addRound(totals, b, p);
        }
        problems.push(...(await verifyOutbound(baseDb.kysely, 'baseline', `OBASE-${c}`, n)), ...(await verifyOutbound(q.ctx.db.kysely, 'Quayside', `OUT-${c}`, n)));
        console.log(
          report(
            `PostgreSQL, ${c} connection${s}: ${n} outbound shipment orders of 5 lines, message to packing slip (${options.rounds} alternating rounds)`,
            n,
            totals,
            `pg, named prepared statements, 1 transaction per step, ${c} connection${s}`,
            false,
          ),
        );
      } finally {
        await Promise.all(clients.map((cl) => cl.end()));
        await Promise.all(workerDbs.map((db) => db.close()));
        await q.close();
      }
    }
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
    if (options.keep) {
      console.log(`kept schemas ${baseSchema} and ${qSchema}`);
    } else {
      await admin.query(`drop schema if exists ${baseSchema} cascade`);
      await admin.query(`drop schema if exists ${qSchema} cascade`);
    }
    await admin.end();
  }
  return problems;
}
