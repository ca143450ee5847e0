import type { Kysely } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { insertRows } from '../../../platform/db/insert-rows.js';
import { chunks } from '../../../platform/event-loop.js';

/** A row of an order table, as the direction descriptions build it. */
export type OrderRow = Record<string, unknown>;
/** The order tables seen as one shape (see upsertOrder). */
export type Rows = Record<string, OrderRow>;

export interface OrderHead {
  order_number: string;
  version: number;
  source_system_id: string;
  source_order_number: string;
}

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

interface Tables {
  direction: 'inbound' | 'outbound';
  ordersTable: string;
  linesTable: string;
}

const HEAD = ['order_number', 'version', 'source_system_id', 'source_order_number'] as const;
const sourceKey = (sourceSystemId: string, sourceOrderNumber: string) => `${sourceSystemId}\u0000${sourceOrderNumber}`;

/** Does this order exist, and who holds the internal number it would get: one read for both. */
export async function readOrder(db: Kysely<Rows>, table: string, input: { sourceSystemId: string; sourceOrderNumber: string }, candidate: string | undefined): Promise<OrderHead[]> {
  return (await db
    .selectFrom(table)
    .select(HEAD)
    .where((eb) => {
      const bySource = eb.and([eb('source_system_id', '=', input.sourceSystemId), eb('source_order_number', '=', input.sourceOrderNumber)]);
      return candidate === undefined ? bySource : eb.or([bySource, eb('order_number', '=', candidate)]);
    })
    .execute()) as OrderHead[];
}

/**
 * The orders of one direction in one batch: one read of every planned order (and of the internal number
 * it would take), made on first use, and the rows of new orders that are not inserted yet.
 */
export class BatchOrders {
  private readonly orders: OrderRow[] = [];
  private readonly lines: OrderRow[] = [];
  /** Internal numbers given to orders created in this batch -> source system. */
  readonly numbers = new Map<string, string>();
  /** Source keys of the orders waiting in `orders`. */
  private readonly waiting = new Set<string>();
  /** The batch read by source key; each entry answers one upsert, a later one reads again. */
  private read: Map<string, { candidate: string | undefined; rows: OrderHead[] }> | undefined;

  constructor(
    private readonly db: Kysely<Rows>,
    private readonly tables: Tables,
    private readonly planned: readonly PlannedOrder[],
  ) {}

  /** What readOrder would return for this order, when the batch read covered it. */
  async known(input: { sourceSystemId: string; sourceOrderNumber: string }, candidate: string | undefined): Promise<OrderHead[] | undefined> {
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

  /** Whether this order was created in the batch and is not in the table yet. */
  isWaiting(sourceSystemId: string, sourceOrderNumber: string): boolean {
    return this.waiting.has(sourceKey(sourceSystemId, sourceOrderNumber));
  }

  add(order: OrderRow & { order_number: string; source_system_id: string; source_order_number: string }, lines: OrderRow[]): void {
    this.orders.push(order);
    this.lines.push(...lines);
    this.waiting.add(sourceKey(order.source_system_id, order.source_order_number));
    this.numbers.set(order.order_number, order.source_system_id);
  }

  async insert(): Promise<void> {
    await insertRows(this.db, this.tables.ordersTable, this.orders);
    await insertRows(this.db, this.tables.linesTable, this.lines);
    this.orders.length = 0;
    this.lines.length = 0;
    this.waiting.clear();
  }

  private async readPlanned(): Promise<Map<string, { candidate: string | undefined; rows: OrderHead[] }>> {
    const mine = this.planned.filter((p) => p.direction === this.tables.direction);
    const heads: OrderHead[] = [];
    for (const part of chunks(mine, 250)) {
      const bySystem = new Map<string, string[]>();
      for (const p of part) bySystem.set(p.sourceSystemId, [...(bySystem.get(p.sourceSystemId) ?? []), p.sourceOrderNumber]);
      const numbers = part.flatMap((p) => (p.orderNumber === undefined ? [] : [p.orderNumber]));
      heads.push(
        ...((await this.db
          .selectFrom(this.tables.ordersTable)
          .select(HEAD)
          .where((eb) =>
            eb.or([
              ...[...bySystem].map(([system, orders]) => eb.and([eb('source_system_id', '=', system), eb('source_order_number', 'in', orders)])),
              ...(numbers.length > 0 ? [eb('order_number', 'in', numbers)] : []),
            ]),
          )
          .execute()) as OrderHead[]),
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

/** Inserts the orders of one direction that a batch created and has not written yet. */
export async function writeWaitingOrders(db: Executor, tables: Tables, batch: WriteBatch | undefined, order: { sourceSystemId: string; sourceOrderNumber: string }): Promise<void> {
  if (!batch) return;
  const orders = batch.pending(`${tables.direction}.orders`, () => new BatchOrders(db as unknown as Kysely<Rows>, tables, batch.planned), (b) => b.insert());
  if (orders.isWaiting(order.sourceSystemId, order.sourceOrderNumber)) await orders.insert();
}
