import { runCommand } from '../../../platform/command.js';
import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { referenceReader } from '../../master-data/index.js';
import { addShipped, refreshOrderShipmentStatus } from '../db/shipped-quantities.js';
import { OutboundErrors } from '../errors.js';
import { chunks } from '../../../platform/event-loop.js';

export interface ShipConfirmResult {
  loadId: string;
  packingSlips: string[];
}

/**
 * Outbound ship confirm of a Loaded load (reference 3.3 step 6): the load and its shipments are
 * Shipped and each shipment gets a shipment packing slip version `<number>.<version>` with its lines
 * (ordered, shipped, remaining) and transaction dimension lines (where it left from, license plate,
 * batch, serial, owner in internal and the source system's ids), raised as an event in the same
 * transaction. The order lines' shipped quantities and shipment statuses (line and header) change now, as
 * the reference's do at ship confirm; finalization (Picked -> Deducted) waits for the post shipment
 * packing slips process.
 */
export async function shipConfirmLoad(trx: Executor, ctx: AppContext, loadId: string): Promise<ShipConfirmResult> {
  const now = ctx.clock.now();
  const load = await trx.selectFrom('outbound_loads').selectAll().where('load_id', '=', loadId).executeTakeFirst();
  if (!load) throw new DomainError(OutboundErrors.loadNotFound, `Load '${loadId}' does not exist`);
  if (load.status !== 'Loaded') {
    throw new DomainError(OutboundErrors.loadNotShippable, `Load '${loadId}' is ${load.status}; only a Loaded load can be ship confirmed`, [
      { field: 'loadId', reason: `load is ${load.status}`, value: loadId },
    ]);
  }
  const changed = await trx
    .updateTable('outbound_loads')
    .set({ status: 'Shipped', shipped_at: now, updated_at: now, version: load.version + 1 })
    .where('load_id', '=', loadId)
    .where('version', '=', load.version)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) throw new DomainError(OutboundErrors.loadNotShippable, `Load '${loadId}' was changed by someone else; try again`);

  const system = await findSourceSystem(trx, load.source_system_id);
  const delayMs = (system?.shipmentPackingSlipPostingDelayMinutes ?? 0) * 60_000;
  const refs = referenceReader(trx);
  const shipments = await trx.selectFrom('outbound_shipments').selectAll().where('load_id', '=', loadId).orderBy('shipment_id').execute();
  const events: NewBusinessEvent[] = [];
  const numbers: string[] = [];
  const shippedOrders: string[] = [];
  for (const shipment of shipments) {
    const lines = await trx
      .selectFrom('outbound_load_lines as ll')
      .innerJoin('outbound_order_lines as l', 'l.id', 'll.order_line_id')
      .innerJoin('outbound_orders as o', 'o.order_number', 'll.order_number')
      .select(['ll.id', 'll.picked_qty', 'll.order_line_id', 'll.order_number', 'll.line_number', 'l.item_number', 'l.source_item_number', 'l.ordered_inventory_qty', 'l.inventory_unit', 'l.shipped_inventory_qty', 'o.source_order_number', 'o.delivery_terms_code', 'o.carrier_id', 'o.carrier_service_id', 'o.parties', 'o.order_type'])
      .where('ll.shipment_id', '=', shipment.shipment_id)
      .where('ll.status', '=', 'Open')
      .where('ll.picked_qty', '>', 0)
      .orderBy('ll.id')
      .execute();
    await trx.updateTable('outbound_shipments').set({ status: 'Shipped' }).where('shipment_id', '=', shipment.shipment_id).execute();
    if (lines.length === 0) continue;

    const previous = await trx
      .selectFrom('outbound_packing_slips')
      .select(['packing_slip_number', 'version'])
      .where('shipment_id', '=', shipment.shipment_id)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    // Numbered per warehouse (WH1-00000001, WH2-00000001, ...), as the reference numbers documents per warehouse.
    const number = previous?.packing_slip_number ?? (await nextNumber(trx, `shipmentPackingSlip:${shipment.warehouse_id}`, { prefix: `${shipment.warehouse_id}-`, width: 8 }));
    const version = (previous?.version ?? 0) + 1;
    const versionNumber = `${number}.${String(version)}`;
    const first = lines[0];
    const slip = await trx
      .insertInto('outbound_packing_slips')
      .values({
        packing_slip_number: number,
        version,
        version_number: versionNumber,
        is_active: 1,
        source_system_id: shipment.source_system_id,
        load_id: loadId,
        shipment_id: shipment.shipment_id,
        warehouse_id: shipment.warehouse_id,
        posting_status: 'ReadyForPosting',
        document_date: now,
        // For information only: posting applies the delay in force when it runs (see post-packing-slips.ts).
        post_after: now + delayMs,
        posted_at: null,
        reversed_at: null,
        attempts: 0,
        last_error: null,
        header: JSON.stringify({
          deliveryTermsCode: shipment.delivery_terms_code ?? first?.delivery_terms_code ?? null,
          shippingCarrierId: shipment.carrier_id,
          shippingCarrierServiceId: shipment.carrier_service_id,
          deliveryModeCode: shipment.delivery_mode_code,
          parties: JSON.parse(shipment.parties) as unknown,
        }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    for (const l of lines) {
      // Remaining: what the order line still waits for after every ship confirm, this one included.
      const remaining = Math.max(0, l.ordered_inventory_qty - l.shipped_inventory_qty - l.picked_qty);
      await addShipped(trx, l.order_line_id, l.picked_qty);
      shippedOrders.push(l.order_number);
      const line = await trx
        .insertInto('outbound_packing_slip_lines')
        .values({
          packing_slip_id: slip.id,
          load_line_id: l.id,
          order_line_id: l.order_line_id,
          order_number: l.order_number,
          source_order_number: l.source_order_number,
          line_number: l.line_number,
          item_number: l.item_number,
          source_item_number: l.source_item_number,
          ordered_qty: l.ordered_inventory_qty,
          unit: l.inventory_unit,
          shipped_qty: l.picked_qty,
          remaining_qty: remaining,
          inventory_unit: l.inventory_unit,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const picks = await trx
        .selectFrom('outbound_picks')
        .select(['location_id', 'license_plate_id', 'batch_number', 'serial_number', 'owner_id', 'inventory_status_id', (eb) => eb.fn.sum<number>('qty').as('qty')])
        .where('load_line_id', '=', l.id)
        .groupBy(['location_id', 'license_plate_id', 'batch_number', 'serial_number', 'owner_id', 'inventory_status_id'])
        .orderBy('location_id')
        .orderBy('license_plate_id')
        .orderBy('batch_number')
        .orderBy('serial_number')
        .execute();
      const dims = [];
      for (const p of picks) {
        dims.push({
          packing_slip_id: slip.id,
          packing_slip_line_id: line.id,
          location_id: p.location_id,
          license_plate_id: p.license_plate_id,
          batch_number: p.batch_number,
          serial_number: p.serial_number,
          owner_id: p.owner_id,
          source_owner_id: (await refs.externalOwnerId(shipment.source_system_id, p.owner_id)) ?? null,
          inventory_status_id: p.inventory_status_id,
          qty: Number(p.qty),
        });
      }
      for (const part of chunks(dims)) await trx.insertInto('outbound_packing_slip_dimensions').values(part).execute();
      await trx.updateTable('outbound_load_lines').set({ shipped_qty: sql`picked_qty` }).where('id', '=', l.id).execute();
    }
    numbers.push(versionNumber);
    events.push(slipEvent(versionNumber, number, version, 'ReadyForPosting', loadId, shipment.shipment_id, shipment.warehouse_id, shipment.source_system_id));
  }
  await refreshOrderShipmentStatus(trx, now, shippedOrders);
  await appendEvents(trx, ctx.ids, now, events);
  return { loadId, packingSlips: numbers };
}

export function slipEvent(
  versionNumber: string,
  number: string,
  version: number,
  postingStatus: string,
  loadId: string,
  shipmentId: string,
  warehouseId: string,
  sourceSystemId: string,
): NewBusinessEvent {
  return {
    type: 'shipmentPackingSlip.modified',
    sourceSystemId,
    subject: versionNumber,
    payload: { shipmentPackingSlipVersionNumber: versionNumber, shipmentPackingSlipNumber: number, version, postingStatus, loadId, shipmentId, shipFromWarehouseId: warehouseId },
  };
}

/** The process outbound shipments background process: ship confirm every Loaded load of a warehouse. */
export async function shipLoadedLoads(ctx: AppContext, warehouseId: string): Promise<number> {
  const loads = await ctx.db.kysely.selectFrom('outbound_loads').select('load_id').where('warehouse_id', '=', warehouseId).where('status', '=', 'Loaded').orderBy('load_id').limit(500).execute();
  let shipped = 0;
  for (const load of loads) {
    try {
      await runCommand(ctx, ({ trx }) => shipConfirmLoad(trx, ctx, load.load_id));
      shipped++;
    } catch (error) {
      // Another worker or a person shipped it first: nothing to do.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return shipped;
}

/**
 * Reverses the ship confirmation of a packing slip version that is not posted yet (reference 6.7):
 * the version is void, its load is Loaded again and can be ship confirmed anew (as the next version).
 */
export async function reverseShipConfirm(trx: Executor, ctx: AppContext, versionNumber: string): Promise<void> {
  const now = ctx.clock.now();
  const slip = await trx.selectFrom('outbound_packing_slips').selectAll().where('version_number', '=', versionNumber).executeTakeFirst();
  if (!slip) throw new DomainError(OutboundErrors.packingSlipNotFound, `Shipment packing slip '${versionNumber}' does not exist`);
  const changed = await trx
    .updateTable('outbound_packing_slips')
    .set({ posting_status: 'Reversed', is_active: 0, reversed_at: now, updated_at: now })
    .where('id', '=', slip.id)
    .where('posting_status', '=', 'ReadyForPosting')
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) {
    throw new DomainError(OutboundErrors.packingSlipPosted, `Shipment packing slip '${versionNumber}' is ${slip.posting_status}; only a packing slip ready for posting can be reversed`, [
      { field: 'versionNumber', reason: `packing slip is ${slip.posting_status}`, value: versionNumber },
    ]);
  }
  const lines = await trx.selectFrom('outbound_packing_slip_lines').select(['order_line_id', 'order_number', 'shipped_qty']).where('packing_slip_id', '=', slip.id).execute();
  for (const l of lines) await addShipped(trx, l.order_line_id, -l.shipped_qty);
  await refreshOrderShipmentStatus(trx, now, lines.map((l) => l.order_number));
  await trx.updateTable('outbound_load_lines').set({ shipped_qty: 0 }).where('shipment_id', '=', slip.shipment_id).execute();
  await trx.updateTable('outbound_shipments').set({ status: 'Waved' }).where('shipment_id', '=', slip.shipment_id).execute();
  await trx
    .updateTable('outbound_loads')
    .set((eb) => ({ status: 'Loaded', shipped_at: null, updated_at: now, version: eb('version', '+', 1) }))
    .where('load_id', '=', slip.load_id)
    .execute();
  await appendEvents(trx, ctx.ids, now, [
    { type: 'shipmentPackingSlip.reversed', sourceSystemId: slip.source_system_id, subject: versionNumber, payload: { shipmentPackingSlipVersionNumber: versionNumber, loadId: slip.load_id, shipmentId: slip.shipment_id } },
  ]);
}

/** Ship confirm as a request makes it: its own transaction, the event dispatcher nudged after the commit. */
export function shipConfirm(ctx: AppContext, loadId: string): Promise<ShipConfirmResult> {
  return runCommand(ctx, ({ trx }) => shipConfirmLoad(trx, ctx, loadId));
}

/** The reversal of a ship confirm as a request makes it. */
export function reverseShipConfirmation(ctx: AppContext, versionNumber: string): Promise<void> {
  return runCommand(ctx, ({ trx }) => reverseShipConfirm(trx, ctx, versionNumber));
}
