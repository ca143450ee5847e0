import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Quayside } from '../src/main.js';
import { sql } from 'kysely';
import { checkBalances } from '../src/modules/inventory/index.js';
import { qty } from '../src/platform/quantity.js';
import { ITEM_COUNT, OWNER_ID, STATUS_ID, WAREHOUSE_ID, itemNumber } from './messages.js';
import type { BenchOptions } from './options.js';
import { PICK_LOCATION_COUNT, pickLocation } from './outbound-orders.js';
import { setUpOutboundWarehouse } from './outbound-setup.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem, type Inject } from './setup.js';

const SOURCE = 'READS';
const DAY = 86_400_000;
/** Each read is timed this many times; the median is reported. */
const REPEAT = 40;
/** The preloaded history spans this many days before now: the on-hand report asks for yesterday. */
const HISTORY_DAYS = 365;

interface Read {
  what: string;
  run: (inject: Inject) => Promise<unknown>;
}

const ITEM = itemNumber(7);
const yesterday = () => new Date(Date.now() - DAY).toISOString().slice(0, 10);

/** The reads a planner and an integrator make all day, each for one item or one source system. */
const READS: Read[] = [
  { what: 'on-hand inquiry (one item)', run: (inject) => inject('GET', `/api/v1/inventory/on-hand?itemNumber=${ITEM}&warehouseId=${WAREHOUSE_ID}`) },
  {
    what: 'ledger history of one figure (newest 50)',
    run: (inject) => inject('GET', `/api/v1/inventory/transactions?itemNumber=${ITEM}&warehouseId=${WAREHOUSE_ID}&locationId=${pickLocation(7)}&limit=50`),
  },
  { what: 'source system on-hand report (as of yesterday)', run: (inject) => inject('POST', `/api/v1/source-systems/${SOURCE}/on-hand-reports`, { asOfDate: yesterday(), dimensions: ['warehouse'] }) },
  { what: 'drift explanation (whole source system)', run: (inject) => inject('GET', `/api/v1/source-systems/${SOURCE}/on-hand-drift`) },
];

/**
 * Appends `count` finalized ledger rows spread evenly over the history window, oldest first, over every
 * item at each of the pick locations, in one statement; then sets the balances to the ledger's sums, as
 * the ledger check requires. Two receipts of 3 for every issue of 2, so that stock never goes negative.
 * (Through recordTransactions this took 6 minutes for a million rows on a busy machine.)
 */
async function preload(q: Quayside, from: number, count: number, total: number): Promise<void> {
  const db = q.ctx.db.kysely;
  const start = Date.now() - HISTORY_DAYS * DAY;
  const span = (HISTORY_DAYS - 2) * DAY;
  await db.transaction().execute(async (trx) => {
    await sql`
      with recursive seq(i) as (select ${from} union all select i + 1 from seq where i < ${from + count - 1})
      insert into inventory_transactions
        (item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number,
         qty, kind, status, source_system_id, reference_type, reference_id, operation_id, created_at, finalized_at)
      select printf('ITEM-%03d', i % ${ITEM_COUNT}), ${WAREHOUSE_ID}, printf('PICK-%02d', (i / ${ITEM_COUNT}) % ${PICK_LOCATION_COUNT}), '', ${OWNER_ID}, ${STATUS_ID}, '', '',
        case when (i / ${ITEM_COUNT * PICK_LOCATION_COUNT}) % 3 = 2 then ${qty(-2)} else ${qty(3)} end,
        'Adjustment', 'Posted', null, 'BenchHistory', 'h-' || i, 'bench-reads-' || (i / 500),
        ${start} + (i * ${span}) / ${total}, ${start} + (i * ${span}) / ${total}
      from seq`.execute(trx);
    await sql`
      insert into inventory_balances
        (item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number, physical_qty, reserved_qty, updated_at)
      select item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number, sum(qty), 0, ${Date.now()}
      from inventory_transactions group by item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number
      on conflict (item_number, warehouse_id, location_id, license_plate_id, owner_id, inventory_status_id, batch_number, serial_number)
      do update set physical_qty = excluded.physical_qty`.execute(trx);
  });
  // One transaction of a million rows leaves a write-ahead log of hundreds of megabytes that every read then
  // searches until the next write restarts it; a ledger that grew over weeks in small transactions has none.
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Per read: the median wall-clock milliseconds and the mean CPU milliseconds (steadier on a busy machine). */
async function timeReads(inject: Inject): Promise<Array<{ wall: number; cpu: number }>> {
  const result: Array<{ wall: number; cpu: number }> = [];
  for (const read of READS) {
    await read.run(inject); // warm: statements prepared, pages cached
    const ms: number[] = [];
    const cpu = process.cpuUsage();
    for (let r = 0; r < REPEAT; r++) {
      const start = performance.now();
      await read.run(inject);
      ms.push(performance.now() - start);
    }
    const used = process.cpuUsage(cpu);
    result.push({ wall: median(ms), cpu: (used.user + used.system) / 1000 / REPEAT });
  }
  return result;
}

/**
 * Flat reads as data grows (`--reads 10000,1000000`, SQLite): the ledger is preloaded to each size in
 * turn (one growing database), and the same reads are timed at each; the last column compares the
 * largest size with the smallest (target: within 2×).
 */
export async function benchReads(options: BenchOptions): Promise<string[]> {
  const sizes = [...options.reads].sort((a, b) => a - b);
  const dir = mkdtempSync(join(tmpdir(), 'quayside-reads-'));
  const q = await benchQuayside(`sqlite:${join(dir, 'reads.db')}`);
  const problems: string[] = [];
  const columns: Array<Array<{ wall: number; cpu: number }>> = [];
  const preloadSeconds: number[] = [];
  console.log(machine({ database: 'SQLite', 'ledger rows': sizes.join(', ') }));
  try {
    const admin = injector(q, await adminKey(q));
    await setUpMasterData(admin);
    await setUpOutboundWarehouse(admin);
    const integration = injector(q, await setUpSourceSystem(q, admin, SOURCE));
    const total = sizes.at(-1) ?? 0;
    let loaded = 0;
    for (const size of sizes) {
      const start = performance.now();
      await preload(q, loaded, size - loaded, total);
      preloadSeconds.push((performance.now() - start) / 1000);
      loaded = size;
      const ms = await timeReads(async (method, url, body) => (url.startsWith('/api/v1/source-systems') ? integration(method, url, body) : admin(method, url, body)));
      columns.push(ms);
    }
    const differences = await checkBalances(q.ctx.db.kysely);
    if (differences.length > 0) problems.push(`reads: ${differences.length} balances differ from the ledger, e.g. ${JSON.stringify(differences[0])}`);
  } catch (error) {
    problems.push(`reads: ${(error as Error).message}`);
  } finally {
    await q.close();
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (columns.length === sizes.length) {
    const head = ['read: CPU ms (wall ms, median of 40)', ...sizes.map((s) => `${s.toLocaleString('en')} rows`), 'largest / smallest (CPU)'];
    const body = READS.map((read, r) => {
      const first = columns[0]![r]!;
      const last = columns.at(-1)![r]!;
      return [read.what, ...columns.map((c) => `${c[r]!.cpu.toFixed(1)} (${c[r]!.wall.toFixed(1)})`), `${(last.cpu / first.cpu).toFixed(2)}×`];
    });
    body.push(['(preload seconds)', ...preloadSeconds.map((s) => s.toFixed(0)), '']);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
    console.log(['\nReads as the ledger grows (SQLite, one growing database, 500 balance figures)', '', line(head), rule, ...body.map(line)].join('\n'));
  }
  return problems;
}
