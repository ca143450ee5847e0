import { yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import type { InboundOrderLinesTable, InboundOrdersTable } from '../db/tables.js';
import { InboundErrors } from '../errors.js';

/** An inbound shipment order with every reference already resolved and validated by the caller. */
export interface InboundOrderInput {
  sourceSystemId: string;
  sourceOrderNumber: string;
  shipmentType: 'ShipmentOrder' | 'Manual';
  orderType: string | null;
  warehouseId: string;
  plannedReceiptStart: number | null;
  plannedReceiptEnd: number | null;
  orderOrigin: string | null;
  orderChannel: string | null;
  parties: Record<string, unknown>;
  messagePk: number | null;
  lines: InboundLineInput[];
}

export interface InboundLineInput {
  lineNumber: number;
  itemNumber: string;
  sourceItemNumber: string;
  batchNumber: string | null;
  serialNumber: string | null;
  ownerId: string;
  inventoryStatusId: string;
  expectedQty: number;
  unit: string;
  expectedInventoryQty: number;
  inventoryUnit: string;
  overdeliveryPct: number;
  underdeliveryPct: number;
  refs: Record<string, unknown>;
}

export type UpsertOutcome = { orderNumber: string; action: 'created' | 'updated' | 'canceled' };

/** An order a batch is going to upsert, named up front so that all of them are read in one query. */
export interface PlannedOrder {
  direction: 'inbound' | 'outbound';
  sourceSystemId: string;
  sourceOrderNumber: string;
  /** The internal number a new order would get, when it is known without drawing from a sequence. */
  orderNumber: string | undefined;
}

/**
 * How a caller that applies many orders in one transaction (the message processor) lets them be read
 * in one query and the new ones be inserted together, in a few multi-row statements, just before it
 * commits: `pending` keeps one buffer per key for the caller's transaction and runs its flush once,
 * when the caller flushes. Declared by shape, so that the caller needs nothing beyond this front door.
 */
export interface WriteBatch {
  readonly planned: readonly PlannedOrder[];
  pending<T>(key: string, create: () => T, flush: (buffer: T) => Promise<void>): T;
}

type OrderHead = Pick<Selectable<InboundOrdersTable>, 'order_number' | 'version' | 'source_system_id' | 'source_order_number'>;

const HEAD = ['order_number', 'version', 'source_system_id', 'source_order_number'] as const;
const sourceKey = (sourceSystemId: string, sourceOrderNumber: string) => `${sourceSystemId}\u0000${sourceOrderNumber}`;

/**
 * The inbound orders of one batch: one read of every planned order (and of the internal number it
 * would take), made on first use, and the rows of new orders that are not inserted yet.
 */
class BatchOrders {
  readonly orders: Insertable<InboundOrdersTable>[] = [];
  readonly lines: Insertable<InboundOrderLinesTable>[] = [];
  /** Internal numbers given to orders created in this batch -> source system. */
  readonly numbers = new Map<string, string>();
  /** Source keys of the orders waiting in `orders`. */
  private readonly waiting = new Set<string>();
  /** The batch read by source key; each entry answers one upsert, a later one reads again. */
  private read: Map<string, { candidate: string | undefined; rows: OrderHead[] }> | undefined;

  constructor(
    private readonly db: Executor,
    private readonly planned: readonly PlannedOrder[],
  ) {}

  /** What readOrder would return for this order, when the batch read covered it. */
  async known(input: InboundOrderInput, candidate: string | undefined): Promise<OrderHead[] | undefined> {
    const key = sourceKey(input.sourceSystemId, input.sourceOrderNumber);
    // An order created earlier in this batch must be in the table before it is read again.
    if (this.waiting.has(key)) {
      await this.insert();
      return undefined;
    }
    this.read ??= await this.readPlanned();
    const entry = this.read.get(key);
    this.read.delete(key);
    return entry && entry.candidate === candidate ? entry.rows : undefined;
  }

  add(order: Insertable<InboundOrdersTable>, lines: Insertable<InboundOrderLinesTable>[]): void {
    this.orders.push(order);
    this.lines.push(...lines);
    this.waiting.add(sourceKey(order.source_system_id, order.source_order_number));
    this.numbers.set(order.order_number, order.source_system_id);
  }

  async insert(): Promise<void> {
    for (const part of chunks(this.orders, 500)) await this.db.insertInto('inbound_orders').values(part).execute();
    for (const part of chunks(this.lines, 1000)) await this.db.insertInto('inbound_order_lines').values(part).execute();
    this.orders.length = 0;
    this.lines.length = 0;
    this.waiting.clear();
  }

  private async readPlanned(): Promise<Map<string, { candidate: string | undefined; rows: OrderHead[] }>> {
    const mine = this.planned.filter((p) => p.direction === 'inbound');
    const heads: OrderHead[] = [];
    for (const part of chunks(mine, 250)) {
      const bySystem = new Map<string, string[]>();
      for (const p of part) bySystem.set(p.sourceSystemId, [...(bySystem.get(p.sourceSystemId) ?? []), p.sourceOrderNumber]);
      const numbers = part.flatMap((p) => (p.orderNumber === undefined ? [] : [p.orderNumber]));
      heads.push(
        ...(await this.db
          .selectFrom('inbound_orders')
          .select(HEAD)
          .where((eb) =>
            eb.or([
              ...[...bySystem].map(([system, orders]) => eb.and([eb('source_system_id', '=', system), eb('source_order_number', 'in', orders)])),
              ...(numbers.length > 0 ? [eb('order_number', 'in', numbers)] : []),
            ]),
          )
          .execute()),
      );
    }
    const bySource = new Map(heads.map((h) => [sourceKey(h.source_system_id, h.source_order_number), h]));
    const byNumber = new Map(heads.map((h) => [h.order_number, h]));
    const read = new Map<string, { candidate: string | undefined; rows: OrderHead[] }>();
    for (const p of mine) {
      const key = sourceKey(p.sourceSystemId, p.sourceOrderNumber);
      const own = bySource.get(key);
      const holder = p.orderNumber === undefined ? undefined : byNumber.get(p.orderNumber);
      read.set(key, { candidate: p.orderNumber, rows: [...(own ? [own] : []), ...(holder && holder !== own ? [holder] : [])] });
    }
    return read;
  }
}

/** Does this order exist, and who holds the internal number it would get: one read for both. */
function readOrder(db: Executor, input: InboundOrderInput, candidate: string | undefined): Promise<OrderHead[]> {
  return db
    .selectFrom('inbound_orders')
    .select(HEAD)
    .where((eb) => {
      const bySource = eb.and([eb('source_system_id', '=', input.sourceSystemId), eb('source_order_number', '=', input.sourceOrderNumber)]);
      return candidate === undefined ? bySource : eb.or([bySource, eb('order_number', '=', candidate)]);
    })
    .execute();
}

/**
 * Creates or updates the order for (source system, source order number). A message without lines
 * cancels the order. Lines are matched by line number; lines missing from an update are canceled.
 * Lines that already have receipts cannot be canceled or reduced below what was received.
 * `newOrderNumber` is the internal number a new order gets, or a function that draws one (from a
 * sequence) only when an order is created. With a `batch`, the order is read with the batch's other
 * orders and a new one is inserted when the batch is flushed; everything else is written at once.
 */
export async function upsertInboundOrder(
  db: Executor,
  now: number,
  input: InboundOrderInput,
  newOrderNumber: string | (() => Promise<string>),
  batch?: WriteBatch,
): Promise<UpsertOutcome> {
  const orders = batch?.pending('inbound.orders', () => new BatchOrders(db, batch.planned), (b) => b.insert());
  const candidate = typeof newOrderNumber === 'string' ? newOrderNumber : undefined;
  const found = (await orders?.known(input, candidate)) ?? (await readOrder(db, input, candidate));
  const existing = found.find((o) => o.source_system_id === input.sourceSystemId && o.source_order_number === input.sourceOrderNumber);

  const header = {
    order_type: input.orderType,
    warehouse_id: input.warehouseId,
    planned_receipt_start: input.plannedReceiptStart,
    planned_receipt_end: input.plannedReceiptEnd,
    order_origin: input.orderOrigin,
    order_channel: input.orderChannel,
    parties: JSON.stringify(input.parties),
    last_message_pk: input.messagePk,
    updated_at: now,
  };

  if (!existing) {
    if (input.lines.length === 0) {
      throw new DomainError(
        InboundErrors.orderNotFound,
        `A message without lines cancels an order, but order '${input.sourceOrderNumber}' does not exist`,
        [{ field: 'lines', reason: 'no lines and no existing order to cancel', value: input.sourceOrderNumber }],
      );
    }
    const number = typeof newOrderNumber === 'string' ? newOrderNumber : await newOrderNumber();
    const takenBy =
      (candidate === undefined
        ? (await db.selectFrom('inbound_orders').select('source_system_id').where('order_number', '=', number).executeTakeFirst())?.source_system_id
        : found.find((o) => o.order_number === number)?.source_system_id) ?? orders?.numbers.get(number);
    if (takenBy !== undefined) {
      throw new DomainError(
        InboundErrors.orderNumberTaken,
        `Internal order number '${number}' is already used by ${takenBy === input.sourceSystemId ? 'another order of this source system' : 'another source system'}; give this source system an order number prefix or suffix`,
        [{ field: 'orderNumber', reason: 'internal order number already used', value: number }],
      );
    }
    const order = {
      ...header,
      order_number: number,
      source_system_id: input.sourceSystemId,
      source_order_number: input.sourceOrderNumber,
      shipment_type: input.shipmentType,
      receiving_status: 'Open',
      status: 'Active',
      version: 1,
      created_at: now,
    };
    const lines = input.lines.map((l) => lineRow(number, l));
    if (orders) {
      orders.add(order, lines);
    } else {
      await db.insertInto('inbound_orders').values(order).execute();
      for (const part of chunks(lines, 1000)) {
        await db.insertInto('inbound_order_lines').values(part).execute();
        await yieldToEventLoop();
      }
    }
    return { orderNumber: number, action: 'created' };
  }

  const orderNumber = existing.order_number;
  // Holds the order's row (an UPDATE writing a column to itself) so that concurrent changes of it run one after the other.
  await db.updateTable('inbound_orders').set({ version: sql`version` }).where('order_number', '=', orderNumber).execute();
  const current = await db
    .selectFrom('inbound_order_lines')
    .select(['id', 'line_number', 'received_inventory_qty', 'status'])
    .where('order_number', '=', orderNumber)
    .execute();
  const incoming = new Map(input.lines.map((l) => [l.lineNumber, l]));
  for (const line of current) {
    const next = incoming.get(line.line_number);
    if (line.received_inventory_qty > 0 && (!next || next.expectedInventoryQty < line.received_inventory_qty)) {
      throw new DomainError(
        InboundErrors.lineInProgress,
        `Line ${line.line_number} of order '${orderNumber}' has receipts and cannot be ${next ? 'reduced below the received quantity' : 'removed'}`,
        [{ field: `lines[${line.line_number}]`, reason: 'line has receipts', value: line.line_number }],
      );
    }
  }

  const canceled = input.lines.length === 0;
  await db
    .updateTable('inbound_orders')
    .set({ ...header, status: canceled ? 'Canceled' : 'Active', version: sql`version + 1` })
    .where('order_number', '=', orderNumber)
    .execute();

  const known = new Set(current.map((l) => l.line_number));
  const pause = yielder();
  for (const line of current) {
    await pause();
    const next = incoming.get(line.line_number);
    if (next) {
      // Receipt progress belongs to the floor, not to the message: it is never overwritten here.
      await db.updateTable('inbound_order_lines').set({ ...lineFields(next), status: 'Active' }).where('id', '=', line.id).execute();
    } else if (line.status !== 'Canceled') {
      await db.updateTable('inbound_order_lines').set({ status: 'Canceled' }).where('id', '=', line.id).execute();
    }
  }
  const added = input.lines.filter((l) => !known.has(l.lineNumber));
  for (const part of chunks(added, 1000)) await db.insertInto('inbound_order_lines').values(part.map((l) => lineRow(orderNumber, l))).execute();
  return { orderNumber, action: canceled ? 'canceled' : 'updated' };
}

function lineRow(orderNumber: string, l: InboundLineInput) {
  return {
    order_number: orderNumber,
    line_number: l.lineNumber,
    ...lineFields(l),
    received_inventory_qty: 0,
    receiving_status: 'Open',
    status: 'Active',
  };
}

function lineFields(l: InboundLineInput) {
  return {
    item_number: l.itemNumber,
    source_item_number: l.sourceItemNumber,
    batch_number: l.batchNumber,
    serial_number: l.serialNumber,
    owner_id: l.ownerId,
    inventory_status_id: l.inventoryStatusId,
    expected_qty: l.expectedQty,
    unit: l.unit,
    expected_inventory_qty: l.expectedInventoryQty,
    inventory_unit: l.inventoryUnit,
    overdelivery_pct: l.overdeliveryPct,
    underdelivery_pct: l.underdeliveryPct,
    refs: JSON.stringify(l.refs),
  };
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
