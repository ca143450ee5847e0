import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError, type ErrorDefinition } from '../../../platform/errors.js';
import { chunks, yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import { BatchOrders, readOrder, type OrderHead, type OrderRow, type Rows, type WriteBatch } from './batch-orders.js';

/**
 * What differs between inbound and outbound orders for the upsert: their tables, the columns a line is
 * written with, and the progress the floor has made on a line (received, released) that a message may
 * not take away. Everything else (matching by source order number, internal numbers, cancellation by
 * an empty message, line matching by number, batching) is the same rule and lives here once.
 */
export interface OrderDirection<L extends { lineNumber: number }> {
  direction: 'inbound' | 'outbound';
  ordersTable: 'inbound_orders' | 'outbound_orders';
  linesTable: 'inbound_order_lines' | 'outbound_order_lines';
  /** Status columns of a new order and of a new line (everything "Open", nothing done yet). */
  newOrder: OrderRow;
  newLine: OrderRow;
  lineFields(line: L): OrderRow;
  /** The line's quantity in inventory units, compared with the progress below. */
  inventoryQty(line: L): number;
  progress: {
    column: 'received_inventory_qty' | 'released_inventory_qty';
    /** "has receipts", "is released to the warehouse": how the refusal names the line's state. */
    state: string;
    /** "received", "released": what the line cannot be reduced below. */
    done: string;
    reason: string;
  };
  /** Holds the order's row so that concurrent changes of it (a message, a release) run one after the other. */
  lock(db: Executor, orderNumber: string): Promise<unknown>;
  errors: { orderNotFound: ErrorDefinition; orderNumberTaken: ErrorDefinition; lineInProgress: ErrorDefinition };
}

export interface OrderWrite<L> {
  sourceSystemId: string;
  sourceOrderNumber: string;
  shipmentType: 'ShipmentOrder' | 'Manual';
  /** The header columns a message sets (warehouse, dates, parties, ...), written on create and update. */
  header: OrderRow;
  lines: readonly L[];
}

export type UpsertOutcome = { orderNumber: string; action: 'created' | 'updated' | 'canceled' };

/**
 * Creates or updates the order for (source system, source order number). A message without lines
 * cancels the order. Lines are matched by line number; lines missing from an update are canceled.
 * Lines the floor has made progress on cannot be canceled or reduced below it.
 * `newOrderNumber` is the internal number a new order gets, or a function that draws one (from a
 * sequence) only when an order is created. With a `batch`, the order is read with the batch's other
 * orders and a new one is inserted when the batch is flushed; everything else is written at once.
 */
export async function upsertOrder<L extends { lineNumber: number }>(
  db: Executor,
  now: number,
  d: OrderDirection<L>,
  input: OrderWrite<L>,
  newOrderNumber: string | (() => Promise<string>),
  batch?: WriteBatch,
): Promise<UpsertOutcome> {
  // The two directions' tables are one shape where this reads and writes them; the types of each
  // direction's columns are checked where its description builds them.
  const raw = db as unknown as Kysely<Rows>;
  const orders = batch?.pending(`${d.direction}.orders`, () => new BatchOrders(raw, d, batch.planned), (b) => b.insert());
  const candidate = typeof newOrderNumber === 'string' ? newOrderNumber : undefined;
  const found = (await orders?.known(input, candidate)) ?? (await readOrder(raw, d.ordersTable, input, candidate));
  const existing = found.find((o) => o.source_system_id === input.sourceSystemId && o.source_order_number === input.sourceOrderNumber);
  const header = { ...input.header, updated_at: now };

  if (!existing) {
    if (input.lines.length === 0) {
      throw new DomainError(d.errors.orderNotFound, `A message without lines cancels an order, but order '${input.sourceOrderNumber}' does not exist`, [
        { field: 'lines', reason: 'no lines and no existing order to cancel', value: input.sourceOrderNumber },
      ]);
    }
    const orderNumber = typeof newOrderNumber === 'string' ? newOrderNumber : await newOrderNumber();
    await refuseTakenNumber(raw, d, input, orderNumber, candidate === undefined ? undefined : found, orders?.numbers);
    const order = {
      ...header,
      ...d.newOrder,
      order_number: orderNumber,
      source_system_id: input.sourceSystemId,
      source_order_number: input.sourceOrderNumber,
      shipment_type: input.shipmentType,
      status: 'Active',
      version: 1,
      created_at: now,
    };
    const lines = input.lines.map((l) => newLineRow(d, orderNumber, l));
    if (orders) {
      orders.add(order, lines);
    } else {
      await raw.insertInto(d.ordersTable).values(order).execute();
      for (const part of chunks(lines, 1000)) {
        await raw.insertInto(d.linesTable).values(part).execute();
        await yieldToEventLoop();
      }
    }
    return { orderNumber, action: 'created' };
  }

  const orderNumber = existing.order_number;
  await d.lock(db, orderNumber);
  const current = (await raw
    .selectFrom(d.linesTable)
    .select(['id', 'line_number', `${d.progress.column} as progress`, 'status'])
    .where('order_number', '=', orderNumber)
    .execute()) as Array<{ id: number; line_number: number; progress: number; status: string }>;
  const incoming = new Map(input.lines.map((l) => [l.lineNumber, l]));
  for (const line of current) {
    const next = incoming.get(line.line_number);
    if (Number(line.progress) > 0 && (!next || d.inventoryQty(next) < Number(line.progress))) {
      throw new DomainError(
        d.errors.lineInProgress,
        `Line ${String(line.line_number)} of order '${orderNumber}' ${d.progress.state} and cannot be ${next ? `reduced below the ${d.progress.done} quantity` : 'removed'}`,
        [{ field: `lines[${String(line.line_number)}]`, reason: d.progress.reason, value: line.line_number }],
      );
    }
  }

  const canceled = input.lines.length === 0;
  await raw
    .updateTable(d.ordersTable)
    .set({ ...header, status: canceled ? 'Canceled' : 'Active', version: sql`version + 1` })
    .where('order_number', '=', orderNumber)
    .execute();
  const known = new Set(current.map((l) => l.line_number));
  const pause = yielder();
  for (const line of current) {
    await pause();
    const next = incoming.get(line.line_number);
    if (next) {
      // Progress belongs to the floor, not to the message: it is never overwritten here.
      await raw.updateTable(d.linesTable).set({ ...d.lineFields(next), status: 'Active' }).where('id', '=', line.id).execute();
    } else if (line.status !== 'Canceled') {
      await raw.updateTable(d.linesTable).set({ status: 'Canceled' }).where('id', '=', line.id).execute();
    }
  }
  const added = input.lines.filter((l) => !known.has(l.lineNumber));
  for (const part of chunks(added, 1000)) await raw.insertInto(d.linesTable).values(part.map((l) => newLineRow(d, orderNumber, l))).execute();
  return { orderNumber, action: canceled ? 'canceled' : 'updated' };
}

/** One source system's number must not take another order's internal number, whoever's it is. */
async function refuseTakenNumber<L extends { lineNumber: number }>(
  raw: Kysely<Rows>,
  d: OrderDirection<L>,
  input: OrderWrite<L>,
  orderNumber: string,
  readWithCandidate: readonly OrderHead[] | undefined,
  createdInBatch: ReadonlyMap<string, string> | undefined,
): Promise<void> {
  const takenBy =
    (readWithCandidate === undefined
      ? ((await raw.selectFrom(d.ordersTable).select('source_system_id').where('order_number', '=', orderNumber).executeTakeFirst()) as { source_system_id: string } | undefined)?.source_system_id
      : readWithCandidate.find((o) => o.order_number === orderNumber)?.source_system_id) ?? createdInBatch?.get(orderNumber);
  if (takenBy === undefined) return;
  throw new DomainError(
    d.errors.orderNumberTaken,
    `Internal order number '${orderNumber}' is already used by ${takenBy === input.sourceSystemId ? 'another order of this source system' : 'another source system'}; give this source system an order number prefix or suffix`,
    [{ field: 'orderNumber', reason: 'internal order number already used', value: orderNumber }],
  );
}

function newLineRow<L extends { lineNumber: number }>(d: OrderDirection<L>, orderNumber: string, line: L): OrderRow {
  return { order_number: orderNumber, line_number: line.lineNumber, ...d.lineFields(line), ...d.newLine, status: 'Active' };
}
