import type { Kysely } from 'kysely';
import type { DB } from '../src/db-schema.js';
import { checkBalances } from '../src/modules/inventory/index.js';
import type { OutboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { LINES_PER_MESSAGE, WAREHOUSE_ID } from './messages.js';
import type { OutboundKeys } from './outbound-setup.js';
import type { Inject } from './setup.js';
import { profiled } from './profile.js';
import { measure, type Timing } from './timing.js';

/** The largest release request the API takes. */
const RELEASE_CHUNK = 500;

export interface OutboundPhases {
  intake: Timing;
  processing: Timing;
  release: Timing;
  picking: Timing;
  shipping: Timing;
}

interface WorkLine {
  lineNumber: number;
}

/**
 * One round of the outbound flow through Quayside, each phase as its users drive it: the ERP posts the
 * messages, the message processor imports them (reserving at import), a planner releases the orders
 * (the wave template processes each wave at release and creates the pick work), pickers take each
 * work and confirm its lines in order on the mobile app's routes, and the process outbound shipments
 * background process ship confirms the Loaded loads, creating the packing slips.
 */
export async function runOutboundRound(
  inject: Inject,
  keys: OutboundKeys,
  shipProcessId: number,
  process: () => Promise<Timing>,
  messages: OutboundShipmentOrderMessage[],
): Promise<OutboundPhases> {
  const intake = await profiled('intake', () => measure(async () => {
    for (const m of messages) await inject('POST', '/api/v1/outbound-shipment-order-messages', m, keys.integration);
  }));
  const processing = await profiled('processing', process);

  const release = await profiled('release', () => measure(async () => {
    for (let from = 0; from < messages.length; from += RELEASE_CHUNK) {
      const orderNumbers = messages.slice(from, from + RELEASE_CHUNK).map((m) => m.orderNumber);
      const { results } = (await inject('POST', '/api/v1/outbound-shipment-orders/release', { orderNumbers, quantityToRelease: 'All' }, keys.planner)) as {
        results: Array<{ orderNumber: string; released: boolean; error: string | null; reason: string | null }>;
      };
      const failed = results.filter((r) => !r.released);
      if (failed.length > 0) throw new Error(`release failed for ${failed.length} orders, e.g. ${JSON.stringify(failed[0])}`);
    }
  }));

  const workIds = await openPickWork(inject, keys.planner);
  if (workIds.length !== messages.length) throw new Error(`expected one pick work per order, found ${workIds.length} for ${messages.length} orders`);
  const picking = await profiled('picking', () => measure(async () => {
    await Promise.all(
      keys.workers.map(async (worker, p) => {
        for (let i = p; i < workIds.length; i += keys.workers.length) {
          const workId = workIds[i]!;
          const work = (await inject('POST', `/api/v1/work/${workId}/take`, { operationId: `${workId}-take` }, worker)) as { lines: WorkLine[] };
          // Line 2k+1 is a pick, 2k+2 its put to staging: in line order every put follows its pick.
          for (const line of work.lines) {
            await inject('POST', `/api/v1/work/${workId}/lines/${line.lineNumber}/confirm`, { operationId: `${workId}-${line.lineNumber}` }, worker);
          }
        }
      }),
    );
  }));

  const shipping = await profiled('shipping', () => measure(async () => {
    for (;;) {
      const { run } = (await inject('POST', `/api/v1/background-processes/${shipProcessId}/run`, undefined, keys.manager)) as { run: { outcome: string; itemsProcessed: number; error?: string | null } | null };
      if (!run || run.outcome !== 'succeeded') throw new Error(`process outbound shipments did not succeed: ${JSON.stringify(run)}`);
      if (run.itemsProcessed === 0) return;
    }
  }));
  return { intake, processing, release, picking, shipping };
}

/** Open pick work of the warehouse, oldest first, as a picker's queue lists it. */
async function openPickWork(inject: Inject, key: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await inject('GET', `/api/v1/work?warehouseId=${WAREHOUSE_ID}&workType=Pick&status=Open&limit=1000&offset=${offset}`, undefined, key)) as {
      items: Array<{ workId: string }>;
      total: number;
    };
    ids.push(...page.items.map((w) => w.workId));
    if (offset + 1000 >= page.total) return ids;
  }
}

/** Makes the process outbound shipments background process for the warehouse; returns its id. */
export async function shipProcess(inject: Inject, managerKey: string): Promise<number> {
  const { processIds } = (await inject('PUT', `/api/v1/warehouses/${WAREHOUSE_ID}/outbound-automation`, { quantityToRelease: 'All', allowPartiallyReleased: false }, managerKey)) as {
    processIds: number[];
  };
  // Ordered by process type: automaticRelease... before processOutboundShipments.
  const id = processIds[1];
  if (id === undefined) throw new Error('the outbound automation did not create the process outbound shipments process');
  return id;
}

/**
 * The result of a run: every message Accepted, every order with exactly one active packing slip of
 * five lines that ship the ordered quantity, every load Shipped, nothing left reserved, and the ledger
 * and the balances agree.
 */
export async function verifyOutbound(db: Kysely<DB>, label: string, sourceSystemId: string, expected: number): Promise<string[]> {
  const n = async (query: { executeTakeFirstOrThrow(): Promise<{ n: number | string | null }> }) => Number((await query.executeTakeFirstOrThrow()).n ?? 0);
  const problems: string[] = [];
  const accepted = await n(
    db.selectFrom('shipment_order_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('source_system_id', '=', sourceSystemId).where('message_type', '=', 'OutboundShipmentOrder').where('processing_status', '=', 'Accepted'),
  );
  if (accepted !== expected) problems.push(`${label} ${sourceSystemId}: ${accepted} outbound messages Accepted, expected ${expected}`);
  const orders = await n(db.selectFrom('outbound_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('source_system_id', '=', sourceSystemId));
  if (orders !== expected) problems.push(`${label} ${sourceSystemId}: ${orders} outbound orders, expected ${expected}`);
  const slips = await db
    .selectFrom('outbound_packing_slips as p')
    .innerJoin('outbound_packing_slip_lines as l', 'l.packing_slip_id', 'p.id')
    .select(['p.id', (eb) => eb.fn.countAll<number>().as('lines'), (eb) => eb.fn.count<number>('l.order_number').distinct().as('orders'), (eb) => eb.fn.min<string>('l.order_number').as('order_number')])
    .where('p.source_system_id', '=', sourceSystemId)
    .where('p.is_active', '=', 1)
    .groupBy('p.id')
    .execute();
  const slipOrders = new Set(slips.map((s) => s.order_number));
  const wrong = slips.filter((s) => Number(s.lines) !== LINES_PER_MESSAGE || Number(s.orders) !== 1);
  if (slips.length !== expected || slipOrders.size !== expected || wrong.length > 0) {
    problems.push(`${label} ${sourceSystemId}: ${slips.length} active packing slips for ${slipOrders.size} orders, ${wrong.length} without exactly ${LINES_PER_MESSAGE} lines of one order; expected ${expected} slips of ${LINES_PER_MESSAGE} lines`);
  }
  const ordered = await n(
    db.selectFrom('outbound_order_lines as l').innerJoin('outbound_orders as o', 'o.order_number', 'l.order_number').select((eb) => eb.fn.sum<number>('l.ordered_inventory_qty').as('n')).where('o.source_system_id', '=', sourceSystemId),
  );
  const shipped = await n(
    db.selectFrom('outbound_packing_slip_lines as l').innerJoin('outbound_packing_slips as p', 'p.id', 'l.packing_slip_id').select((eb) => eb.fn.sum<number>('l.shipped_qty').as('n')).where('p.source_system_id', '=', sourceSystemId).where('p.is_active', '=', 1),
  );
  if (ordered !== shipped) problems.push(`${label} ${sourceSystemId}: packing slips ship ${shipped} micro-units, the orders ordered ${ordered}`);
  const unshipped = await n(db.selectFrom('outbound_loads').select((eb) => eb.fn.countAll<number>().as('n')).where('source_system_id', '=', sourceSystemId).where('status', '!=', 'Shipped'));
  if (unshipped !== 0) problems.push(`${label} ${sourceSystemId}: ${unshipped} loads not Shipped`);
  problems.push(...(await ledgerProblems(db, label)));
  return problems;
}

/** Nothing reserved is left behind, and recomputing every balance from the ledger finds no difference. */
export async function ledgerProblems(db: Kysely<DB>, label: string): Promise<string[]> {
  const problems: string[] = [];
  const reserved = await db.selectFrom('inventory_balances').select((eb) => eb.fn.sum<number>('reserved_qty').as('n')).executeTakeFirstOrThrow();
  if (Number(reserved.n ?? 0) !== 0) problems.push(`${label}: ${reserved.n} micro-units still reserved after every order shipped`);
  const differences = await checkBalances(db);
  if (differences.length > 0) problems.push(`${label}: ledger and balances disagree at ${differences.length} dimension combinations, e.g. ${JSON.stringify(differences[0])}`);
  return problems;
}
