import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { valueByKey } from '../../../platform/db/value-by-key.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { sql } from 'kysely';
import { findSourceSystem } from '../../source-systems/index.js';
import { lockOutboundOrder } from '../db/row-locks.js';
import { headerStatus, lineReleaseStatus, quantityToRelease, type QuantityToRelease } from '../domain/statuses.js';
import { OutboundErrors } from '../errors.js';
import { activeLinesWithProgress, reserveOrder, stillToReserve } from './reserve-order.js';
import { placeInWave, processWaveNow } from './waves.js';
import { runCommand } from '../../../platform/command.js';
import { chunks, yieldToEventLoop } from '../../../platform/event-loop.js';

export interface ReleaseOptions {
  quantityToRelease: QuantityToRelease;
  /** Release again an order that was already partly released (reference 3.1). */
  allowPartiallyReleased: boolean;
}

export interface ReleaseResult {
  orderNumber: string;
  released: boolean;
  reason: string | null;
  shipmentId: string | null;
  loadId: string | null;
  lines: Array<{ lineNumber: number; releasedQty: number }>;
}

/**
 * Releases one order to the warehouse: reserves what it still needs, puts the quantity to release on
 * load lines of a shipment (a new one, or an open one with the same consolidation key when the source
 * system consolidates) and places the shipment in a wave.
 */
export async function releaseOrder(trx: Executor, ctx: AppContext, orderNumber: string, options: ReleaseOptions): Promise<ReleaseResult & { waveDue?: string }> {
  const now = ctx.clock.now();
  // A second release of the same order (or a wave, a short pick or a message changing it) waits here and then sees this one's result.
  await lockOutboundOrder(trx, orderNumber);
  const order = await trx.selectFrom('outbound_orders').selectAll().where('order_number', '=', orderNumber).executeTakeFirst();
  if (!order) throw notFound('Outbound shipment order', orderNumber);
  const skip = (reason: string): ReleaseResult => ({ orderNumber, released: false, reason, shipmentId: null, loadId: null, lines: [] });
  if (order.status !== 'Active') {
    throw new DomainError(OutboundErrors.notReleasable, `Order '${orderNumber}' is ${order.status}`, [{ field: 'orderNumber', reason: `order is ${order.status}`, value: orderNumber }]);
  }
  if (order.release_status === 'Released') return skip('already released');
  if (order.release_status === 'PartiallyReleased' && !options.allowPartiallyReleased) return skip('partially released, and releasing partially released orders is not allowed');

  let lines = await activeLinesWithProgress(trx, order);
  // Reserve what the lines still need; an order reserved at import (the usual case) needs nothing.
  if (lines.some((l) => stillToReserve(l) > 0)) {
    await reserveOrder(trx, now, orderNumber);
    lines = await activeLinesWithProgress(trx, order);
  }
  const toRelease = lines
    .map((l) => ({
      line: l,
      qty: quantityToRelease(options.quantityToRelease, { ordered: l.ordered_inventory_qty, released: l.released_inventory_qty, picked: l.picked, reserved: l.reserved }),
    }))
    .filter((x) => x.qty > 0);
  if (toRelease.length === 0) return skip(options.quantityToRelease === 'PhysicallyReserved' ? 'nothing is physically reserved' : 'nothing left to release');

  const system = await findSourceSystem(trx, order.source_system_id);
  const parties = JSON.parse(order.parties) as Record<string, unknown>;
  const key =
    system?.consolidationPolicy === 'AlwaysReleaseShipmentOrdersSeparately'
      ? `order:${orderNumber}`
      : JSON.stringify([
          order.warehouse_id,
          order.carrier_id,
          order.carrier_service_id,
          order.delivery_mode_code,
          order.delivery_terms_code,
          ...['Name', 'Street', 'StreetNumber', 'City', 'ZipCode', 'CountryRegionId'].map((f) => parties[`receiver${f}`] ?? parties[`consignee${f}`] ?? null),
        ]);
  let shipment = await trx
    .selectFrom('outbound_shipments')
    .select(['shipment_id', 'load_id'])
    .where('source_system_id', '=', order.source_system_id)
    .where('consolidation_key', '=', key)
    // A literal, so that both databases can prove the open-shipments index (migration 0075) applies.
    .where('status', '=', sql.lit('Open'))
    .executeTakeFirst();
  if (!shipment) {
    const loadId = await nextNumber(trx, 'outboundLoad', { prefix: 'LOAD-', width: 8 });
    const shipmentId = await nextNumber(trx, 'outboundShipment', { prefix: 'SHP-', width: 8 });
    await trx
      .insertInto('outbound_loads')
      .values({ load_id: loadId, warehouse_id: order.warehouse_id, source_system_id: order.source_system_id, carrier_id: order.carrier_id, delivery_mode_code: order.delivery_mode_code, status: 'Open', shipped_at: null, version: 1, created_at: now, updated_at: now })
      .execute();
    await trx
      .insertInto('outbound_shipments')
      .values({
        shipment_id: shipmentId,
        load_id: loadId,
        warehouse_id: order.warehouse_id,
        source_system_id: order.source_system_id,
        consolidation_key: key,
        parties: order.parties,
        carrier_id: order.carrier_id,
        carrier_service_id: order.carrier_service_id,
        delivery_mode_code: order.delivery_mode_code,
        delivery_terms_code: order.delivery_terms_code,
        wave_id: null,
        status: 'Open',
        created_at: now,
      })
      .execute();
    shipment = { shipment_id: shipmentId, load_id: loadId };
  }

  // An order may have thousands of lines: statements in parts, each far below the parameters one may bind.
  for (const part of chunks(toRelease)) {
    await trx
      .insertInto('outbound_load_lines')
      .values(
        part.map(({ line, qty }) => ({
          load_id: shipment.load_id,
          shipment_id: shipment.shipment_id,
          order_number: orderNumber,
          line_number: line.line_number,
          order_line_id: line.id,
          item_number: line.item_number,
          qty,
          work_created_qty: 0,
          picked_qty: 0,
          shipped_qty: 0,
          status: 'Open',
          created_at: now,
        })),
      )
      .execute();
  }
  const statuses = new Map(lines.map((l) => [l.line_number, l.release_status]));
  const released = toRelease.map(({ line, qty }) => ({ id: line.id, before: line.released_inventory_qty, after: line.released_inventory_qty + qty, status: lineReleaseStatus(line.ordered_inventory_qty, line.released_inventory_qty + qty) }));
  for (const [i, { line }] of toRelease.entries()) statuses.set(line.line_number, released[i]?.status ?? line.release_status);
  // One guarded update of all released lines: each must still hold what was read under the order's lock.
  for (const part of chunks(released)) {
    const updated = await trx
      .updateTable('outbound_order_lines')
      .set({
        released_inventory_qty: valueByKey('id', part, (r) => r.id, (r) => r.after, 'bigint'),
        release_status: valueByKey('id', part, (r) => r.id, (r) => r.status, 'text'),
      })
      .where('id', 'in', part.map((r) => r.id))
      .where(sql<boolean>`released_inventory_qty = ${valueByKey('id', part, (r) => r.id, (r) => r.before, 'bigint')}`)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== part.length) throw new Error(`a line of order '${orderNumber}' changed during its release`);
  }
  await trx
    .updateTable('outbound_orders')
    .set({ release_status: headerStatus([...statuses.values()], 'Open', 'PartiallyReleased', 'Released'), updated_at: now })
    .where('order_number', '=', orderNumber)
    .execute();

  const wave = await placeInWave(trx, ctx, shipment.shipment_id);
  return {
    ...(wave.due && wave.waveId !== null ? { waveDue: wave.waveId } : {}),
    orderNumber,
    released: true,
    reason: null,
    shipmentId: shipment.shipment_id,
    loadId: shipment.load_id,
    lines: toRelease.map(({ line, qty }) => ({ lineNumber: line.line_number, releasedQty: qty })),
  };
}

/**
 * Releases several orders, each in its own transaction so that one order's problem does not hold back the
 * rest. Between two orders the event loop serves other requests: on SQLite a release of 500 orders would
 * otherwise hold every scan and health check for seconds (docs/benchmarks.md, latency).
 */
export async function releaseOrders(ctx: AppContext, orderNumbers: readonly string[], options: ReleaseOptions): Promise<Array<ReleaseResult & { error: string | null }>> {
  const results = [];
  for (const [i, orderNumber] of orderNumbers.entries()) {
    if (i > 0) await yieldToEventLoop();
    try {
      const { waveDue, ...result } = await runCommand(ctx, ({ trx }) => releaseOrder(trx, ctx, orderNumber, options));
      results.push({ ...result, error: null });
      if (waveDue !== undefined) await processDueWave(ctx, waveDue);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ orderNumber, released: false, reason: null, shipmentId: null, loadId: null, lines: [], error: `${error.code}: ${error.message}` });
    }
  }
  return results;
}

/**
 * A wave that reached its threshold with this release, processed once the release committed. The order
 * stays released whatever happens here: another request processing the wave (or having done so) is fine,
 * and a wave that could not be processed stays Open with its threshold met, for the next shipment that
 * joins it or a planner (so does a wave whose release crashed before this).
 */
async function processDueWave(ctx: AppContext, waveId: string): Promise<void> {
  try {
    await processWaveNow(ctx, waveId);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code !== OutboundErrors.waveNotOpen.code) ctx.log.warn({ waveId, code: error.code, detail: error.message }, 'a wave that reached its threshold could not be processed');
  }
}
