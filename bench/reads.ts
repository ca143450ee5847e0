import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Quayside } from '../src/main.js';
import { recordTransactions } from '../src/modules/inventory/index.js';
import { qty } from '../src/platform/quantity.js';
import { ITEM_COUNT, OWNER_ID, STATUS_ID, WAREHOUSE_ID, itemNumber } from './messages.js';
import type { BenchOptions } from './options.js';
import { PICK_LOCATION_COUNT, pickLocation } from './outbound-orders.js';
import { setUpOutboundWarehouse } from './outbound-setup.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData, setUpSourceSystem, type Inject } from './setup.js';

const SOURCE = 'READS';
const DAY = 86_400_000;
/** Ledger rows written per transaction while preloading. */
const BATCH = 500;
/** Each read is timed this many times; the median is reported. */
const REPEAT = 15;
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
 * item at each of the pick locations, through the inventory module's own recordTransactions (so the
 * balances agree with the ledger, as the ledger check would require).
 */
async function preload(q: Quayside, from: number, count: number, total: number): Promise<void> {
  const now = Date.now();
  for (let start = from; start < from + count; start += BATCH) {
    const end = Math.min(from + count, start + BATCH);
    // The rows of one batch share an instant: where the batch falls in the history of the largest size.
    const at = now - HISTORY_DAYS * DAY + Math.floor((start / total) * (HISTORY_DAYS - 2) * DAY);
    await q.ctx.db.kysely.transaction().execute((trx) =>
      recordTransactions(
        trx,
        at,
        `bench-reads-${start}`,
        Array.from({ length: end - start }, (_, k) => {
          const i = start + k;
          const item = i % ITEM_COUNT;
          const location = Math.floor(i / ITEM_COUNT) % PICK_LOCATION_COUNT;
          // Two receipts for every issue, so that stock grows and never goes negative.
          const issue = Math.floor(i / (ITEM_COUNT * PICK_LOCATION_COUNT)) % 3 === 2;
          return {
            dimensions: { itemNumber: itemNumber(item), warehouseId: WAREHOUSE_ID, locationId: `PICK-${String(location).padStart(2, '0')}`, licensePlateId: null, ownerId: OWNER_ID, inventoryStatusId: STATUS_ID, batchNumber: null },
            qty: qty(issue ? -2 : 3),
            kind: 'Adjustment' as const,
            status: 'Posted',
            sourceSystemId: null,
            referenceType: 'BenchHistory',
            referenceId: `h-${i}`,
            finalized: true,
          };
        }),
      ),
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeReads(inject: Inject): Promise<number[]> {
  const result: number[] = [];
  for (const read of READS) {
    await read.run(inject); // warm: statements prepared, pages cached
    const ms: number[] = [];
    for (let r = 0; r < REPEAT; r++) {
      const start = performance.now();
      await read.run(inject);
      ms.push(performance.now() - start);
    }
    result.push(median(ms));
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
  const columns: number[][] = [];
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
  } catch (error) {
    problems.push(`reads: ${(error as Error).message}`);
  } finally {
    await q.close();
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (columns.length === sizes.length) {
    const head = ['read (median of 15, ms)', ...sizes.map((s) => `${s.toLocaleString('en')} rows`), 'largest / smallest'];
    const body = READS.map((read, r) => {
      const first = columns[0]![r]!;
      const last = columns.at(-1)![r]!;
      return [read.what, ...columns.map((c) => c[r]!.toFixed(1)), `${(last / first).toFixed(2)}×`];
    });
    body.push(['(preload seconds)', ...preloadSeconds.map((s) => s.toFixed(0)), '']);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
    console.log(['\nReads as the ledger grows (SQLite, one growing database, 1,000 balance figures)', '', line(head), rule, ...body.map(line)].join('\n'));
  }
  return problems;
}
