import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { fromDimensionRow, InventoryErrors, reserve, unreserve, type DimensionRow } from '../../inventory/index.js';
import { stockCandidatesFor, type StockDemand } from '../db/stock-candidates.js';
import type { LineOutcome } from '../domain/reservation-policy.js';
import { chunks } from '../../../platform/event-loop.js';

const keyOf = (d: DimensionRow) =>
  [d.item_number, d.warehouse_id, d.location_id, d.license_plate_id, d.owner_id, d.inventory_status_id, d.batch_number, d.serial_number].join('\u0000');

/** One order line's need for more reservation. */
export interface LineDemand extends StockDemand {
  lineNumber: number;
  /** Micro-units still to reserve. */
  qty: number;
  /** Already reserved for the line before this call. */
  alreadyReserved: number;
}

export interface ReservationTake {
  lineNumber: number;
  dims: DimensionRow;
  qty: number;
}

export interface ReservationPlan {
  takes: ReservationTake[];
  lines: LineOutcome[];
}

/**
 * Decides which balance rows would serve each line, without writing: several lines of one order may
 * want the same rows, so what one line takes is no longer available to the next. The candidates of all
 * lines are read at once.
 */
export async function planReservation(db: Executor, now: number, demands: readonly LineDemand[]): Promise<ReservationPlan> {
  const used = new Map<string, number>();
  const takes: ReservationTake[] = [];
  const lines: LineOutcome[] = [];
  const wanting = demands.filter((d) => d.qty > 0);
  const candidates = new Map((await stockCandidatesFor(db, now, wanting)).map((c, i) => [wanting[i], c]));
  for (const d of demands) {
    let remaining = d.qty;
    let available = 0;
    const { rows, excludedByShelfLife } = candidates.get(d) ?? { rows: [], excludedByShelfLife: 0 };
    for (const row of rows) {
      const key = keyOf(row);
      const free = row.available - (used.get(key) ?? 0);
      if (free <= 0) continue;
      available += free;
      if (remaining === 0) continue;
      const take = Math.min(free, remaining);
      takes.push({
        lineNumber: d.lineNumber,
        dims: {
          item_number: row.item_number,
          warehouse_id: row.warehouse_id,
          location_id: row.location_id,
          license_plate_id: row.license_plate_id,
          owner_id: row.owner_id,
          inventory_status_id: row.inventory_status_id,
          batch_number: row.batch_number,
          serial_number: row.serial_number,
        },
        qty: take,
      });
      used.set(key, (used.get(key) ?? 0) + take);
      remaining -= take;
    }
    const short = remaining;
    let reason: string | null = null;
    if (short > 0) {
      const scope = [`owner ${d.ownerId}`, `status ${d.inventoryStatusId}`];
      if (d.batchNumber) scope.push(`batch ${d.batchNumber}`);
      if (d.serialNumber) scope.push(`serial ${d.serialNumber}`);
      reason = `only ${String(qtyToNumber(available))} more unreserved in pick and storage locations for ${scope.join(', ')}`;
      if (excludedByShelfLife > 0) reason += `; ${String(qtyToNumber(excludedByShelfLife))} more expires within ${String(d.sellableDays)} sellable days`;
    }
    lines.push({ lineNumber: d.lineNumber, itemNumber: d.itemNumber, wanted: d.qty, reserved: d.alreadyReserved + d.qty - short, short, reason });
  }
  return { takes, lines };
}

export interface ReservationOwner {
  sourceSystemId: string;
  sourceOrderNumber: string;
  orderNumber: string;
}

/**
 * Reserves the planned quantities with the inventory module's guarded increment and records each in
 * outbound_reservations. Returns the takes that could not be reserved because someone else reserved or
 * took the stock since it was read (only possible with concurrent writers, i.e. on PostgreSQL).
 */
export async function applyReservation(db: Executor, now: number, owner: ReservationOwner, takes: readonly ReservationTake[]): Promise<ReservationTake[]> {
  const lost: ReservationTake[] = [];
  const rows = [];
  for (const take of takes) {
    try {
      await reserve(db, now, fromDimensionRow(take.dims), take.qty);
    } catch (error) {
      if (error instanceof DomainError && error.code === InventoryErrors.insufficientAvailable.code) {
        lost.push(take);
        continue;
      }
      throw error;
    }
    rows.push({
      source_system_id: owner.sourceSystemId,
      source_order_number: owner.sourceOrderNumber,
      order_number: owner.orderNumber,
      line_number: take.lineNumber,
      ...take.dims,
      qty: take.qty,
      created_at: now,
      updated_at: now,
    });
  }
  for (const part of chunks(rows)) await db.insertInto('outbound_reservations').values(part).execute();
  return lost;
}

/** Reserved quantity per line of one order (by the source system's order key). */
export async function reservedByLine(db: Executor, sourceSystemId: string, sourceOrderNumber: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('outbound_reservations')
    .select(['line_number', (eb) => eb.fn.sum<number>('qty').as('qty')])
    .where('source_system_id', '=', sourceSystemId)
    .where('source_order_number', '=', sourceOrderNumber)
    .where('qty', '>', 0)
    .groupBy('line_number')
    .execute();
  return new Map(rows.map((r) => [r.line_number, Number(r.qty)]));
}

/**
 * Gives back up to `qty` of a line's reservations (all of them when qty is undefined), newest first,
 * exactly at the balance rows where they were made. Returns what was released.
 */
export async function releaseReservations(
  db: Executor,
  now: number,
  line: { orderNumber: string; lineNumber: number },
  qty?: number,
  only?: Partial<DimensionRow>,
): Promise<number> {
  let query = db
    .selectFrom('outbound_reservations')
    .selectAll()
    .where('order_number', '=', line.orderNumber)
    .where('line_number', '=', line.lineNumber)
    .where('qty', '>', 0);
  for (const [column, value] of Object.entries(only ?? {})) query = query.where(column as keyof DimensionRow, '=', value);
  // Reservations not yet allocated to pick work go first; then the newest.
  const rows = await query.orderBy(sql`case when load_line_id is null then 0 else 1 end`).orderBy('id', 'desc').execute();
  let left = qty ?? Number.POSITIVE_INFINITY;
  let released = 0;
  for (const r of rows) {
    if (left <= 0) break;
    const give = Math.min(Number(r.qty), left);
    const result = await db
      .updateTable('outbound_reservations')
      .set({ qty: sql`qty - ${give}`, updated_at: now })
      .where('id', '=', r.id)
      .where('qty', '>=', give)
      .executeTakeFirst();
    // Someone released the same reservation concurrently: a plain error rolls back and is retried.
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`reservation ${String(r.id)} changed concurrently`);
    await unreserve(db, now, fromDimensionRow(r), give);
    left -= give;
    released += give;
  }
  return released;
}
