import { sql } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { cancelUnstartedWork } from '../../work/index.js';
import { OutboundErrors } from '../errors.js';
import type { OutboundOrderInput } from './upsert-outbound-order.js';
import { returnToOrderLine } from './return-to-order-line.js';
import { allocateShipment } from './waves.js';

export interface Takeback {
  orderNumber: string;
  lineNumber: number;
  qty: number;
}

/** Work ids of a load line's allocations, with whether each is still untouched (Open, nothing handled). */
async function workOf(db: Executor, loadLineId: number): Promise<Array<{ workId: string; unstarted: boolean }>> {
  const rows = await db
    .selectFrom('outbound_reservations as r')
    .innerJoin('work_headers as w', 'w.work_id', 'r.work_id')
    .select(['w.work_id', 'w.status', sql<number>`(select count(*) from work_lines wl where wl.work_id = w.work_id and wl.handled_qty > 0)`.as('handled')])
    .where('r.load_line_id', '=', loadLineId)
    .groupBy(['w.work_id', 'w.status'])
    .execute();
  return rows.map((r) => ({ workId: r.work_id, unstarted: r.status === 'Open' && Number(r.handled) === 0 }));
}

/** The order a source system's order number names, if it exists. */
export async function findOrderNumber(db: Executor, sourceSystemId: string, sourceOrderNumber: string): Promise<{ order_number: string } | undefined> {
  return db.selectFrom('outbound_orders').select('order_number').where('source_system_id', '=', sourceSystemId).where('source_order_number', '=', sourceOrderNumber).executeTakeFirst();
}

/**
 * Decides, without writing, whether an update or cancel message may take back released quantities
 * (reference 6.4 leaves this open): what is released but not under work, or under work nobody started,
 * can be taken back; what is picked, shipped or being picked cannot, and the message fails saying so.
 */
export async function planReleasedChanges(db: Executor, input: OutboundOrderInput, existingOrderNumber?: string): Promise<Takeback[]> {
  const order = existingOrderNumber === undefined ? await findOrderNumber(db, input.sourceSystemId, input.sourceOrderNumber) : { order_number: existingOrderNumber };
  if (!order) return [];
  const lines = await db
    .selectFrom('outbound_order_lines')
    .select(['line_number', 'released_inventory_qty'])
    .where('order_number', '=', order.order_number)
    .where('released_inventory_qty', '>', 0)
    .execute();
  const incoming = new Map(input.lines.map((l) => [l.lineNumber, l.orderedInventoryQty]));
  const takebacks: Takeback[] = [];
  const problems: { field: string; reason: string; value: unknown }[] = [];
  for (const line of lines) {
    const wanted = incoming.get(line.line_number) ?? 0;
    const need = line.released_inventory_qty - wanted;
    if (need <= 0) continue;
    const loadLines = await db
      .selectFrom('outbound_load_lines')
      .select(['id', 'qty', 'work_created_qty', 'picked_qty', 'shipped_qty'])
      .where('order_number', '=', order.order_number)
      .where('line_number', '=', line.line_number)
      .where('status', '=', 'Open')
      .execute();
    let takeable = 0;
    const busy = new Set<string>();
    for (const ll of loadLines) {
      if (ll.shipped_qty > 0) continue;
      takeable += ll.qty - ll.work_created_qty;
      const works = await workOf(db, ll.id);
      if (works.every((w) => w.unstarted)) takeable += ll.work_created_qty - ll.picked_qty;
      else for (const w of works.filter((x) => !x.unstarted)) busy.add(w.workId);
    }
    if (takeable < need) {
      const floor = line.released_inventory_qty - takeable;
      const blockers = busy.size > 0 ? `pick work ${[...busy].join(', ')} is in process or done` : 'it is picked or shipped';
      problems.push({
        field: `lines[${String(line.line_number)}]`,
        reason: `line ${String(line.line_number)} cannot go below ${String(qtyToNumber(floor))}: ${blockers}`,
        value: qtyToNumber(wanted),
      });
    } else {
      takebacks.push({ orderNumber: order.order_number, lineNumber: line.line_number, qty: need });
    }
  }
  if (problems.length > 0) {
    throw new DomainError(
      OutboundErrors.lineInProgress,
      `Order '${order.order_number}' is released to the warehouse and cannot be changed that way: ${problems.map((p) => p.reason).join('; ')}`,
      problems,
    );
  }
  return takebacks;
}

/**
 * Takes released quantities back: unstarted pick work of the lines is canceled (its allocations become
 * plain reservations again), load lines are reduced, the order lines' released quantities go down, and
 * the rest of each affected shipment gets new pick work. Reservations are given back by the caller.
 */
export async function applyReleasedChanges(trx: Executor, ctx: { clock: Clock }, takebacks: readonly Takeback[]): Promise<void> {
  const now = ctx.clock.now();
  const shipments = new Set<string>();
  for (const t of takebacks) {
    const loadLines = await trx
      .selectFrom('outbound_load_lines')
      .select(['id', 'shipment_id'])
      .where('order_number', '=', t.orderNumber)
      .where('line_number', '=', t.lineNumber)
      .where('status', '=', 'Open')
      .where('shipped_qty', '=', 0)
      .orderBy('id', 'desc')
      .execute();
    for (const ll of loadLines) {
      for (const w of await workOf(trx, ll.id)) {
        if (!w.unstarted || !(await cancelUnstartedWork(trx, now, w.workId, `outbound order ${t.orderNumber} changed`))) continue;
        const allocations = await trx.selectFrom('outbound_reservations').select(['id', 'qty', 'load_line_id']).where('work_id', '=', w.workId).execute();
        for (const a of allocations) {
          await trx.updateTable('outbound_load_lines').set({ work_created_qty: sql`work_created_qty - ${a.qty}` }).where('id', '=', a.load_line_id ?? 0).execute();
          await trx.updateTable('outbound_reservations').set({ load_line_id: null, work_id: null, work_line_number: null, updated_at: now }).where('id', '=', a.id).execute();
        }
        const workShipment = await trx.selectFrom('work_headers').select('reference_id').where('work_id', '=', w.workId).executeTakeFirstOrThrow();
        shipments.add(workShipment.reference_id);
      }
    }
    let left = t.qty;
    for (const ll of loadLines) {
      if (left <= 0) break;
      const row = await trx.selectFrom('outbound_load_lines').select(['qty', 'work_created_qty']).where('id', '=', ll.id).executeTakeFirstOrThrow();
      const reduce = Math.min(left, row.qty - row.work_created_qty);
      if (reduce <= 0) continue;
      await trx.updateTable('outbound_load_lines').set({ qty: row.qty - reduce, status: row.qty - reduce > 0 ? 'Open' : 'Canceled' }).where('id', '=', ll.id).execute();
      left -= reduce;
    }
    if (left > 0) throw new Error(`could not take back ${String(left)} of order ${t.orderNumber} line ${String(t.lineNumber)}`);
    await returnToOrderLine(trx, now, t.orderNumber, t.lineNumber, t.qty);
  }
  for (const shipmentId of shipments) {
    const shipment = await trx.selectFrom('outbound_shipments').selectAll().where('shipment_id', '=', shipmentId).executeTakeFirstOrThrow();
    if (shipment.wave_id === null) continue;
    const wave = await trx
      .selectFrom('outbound_waves as w')
      .innerJoin('outbound_wave_templates as t', 't.template_id', 'w.template_id')
      .select(['w.status', 'w.processing_until', 't.put_location_id'])
      .where('w.wave_id', '=', shipment.wave_id)
      .executeTakeFirstOrThrow();
    // A wave being processed by hand may have allocated this shipment already; allocating again adds only what is missing.
    if (wave.status === 'Executed' || wave.processing_until !== null) await allocateShipment(trx, ctx, shipment.wave_id, wave.put_location_id, shipment);
  }
}
