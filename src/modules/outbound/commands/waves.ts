import { runCommand } from '../../../platform/command.js';
import type { Clock } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { valueByKey } from '../../../platform/db/value-by-key.js';
import type { OutboundReservationsTable } from '../db/tables.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import { createWorks, type WorkMove } from '../../work/index.js';
import type { LineOutcome } from '../domain/reservation-policy.js';
import { OutboundErrors } from '../errors.js';
import { sql, type Selectable } from 'kysely';
import { lockOutboundOrders, lockShipment } from '../db/row-locks.js';
import { reserveOrder } from './reserve-order.js';
import { returnToOrderLine } from './return-to-order-line.js';
import { linkDemandReplenishment, replenishForDemand } from './demand-replenishment.js';
import { chunks, yieldToEventLoop } from '../../../platform/event-loop.js';

/**
 * Puts a released shipment in the open wave of the first wave template that matches it (warehouse,
 * source system, carrier, mode of delivery; lowest sequence first). A wave at release is processed here,
 * with its one shipment. A wave that now holds its template's threshold of shipments is returned as due:
 * the caller processes it after the release committed (processWaveNow), one shipment per transaction,
 * because a threshold may be a thousand shipments.
 */
export async function placeInWave(trx: Executor, ctx: AppContext, shipmentId: string): Promise<{ waveId: string | null; due: boolean }> {
  const shipment = await trx.selectFrom('outbound_shipments').selectAll().where('shipment_id', '=', shipmentId).executeTakeFirstOrThrow();
  if (shipment.wave_id !== null) return { waveId: shipment.wave_id, due: false };
  const template = await trx
    .selectFrom('outbound_wave_templates')
    .selectAll()
    .where('warehouse_id', '=', shipment.warehouse_id)
    .where((eb) => eb.or([eb('source_system_id', 'is', null), eb('source_system_id', '=', shipment.source_system_id)]))
    .where((eb) => eb.or([eb('carrier_id', 'is', null), eb('carrier_id', '=', shipment.carrier_id ?? '')]))
    .where((eb) => eb.or([eb('delivery_mode_code', 'is', null), eb('delivery_mode_code', '=', shipment.delivery_mode_code ?? '')]))
    .orderBy('sequence')
    .orderBy('template_id')
    .executeTakeFirst();
  if (!template) return { waveId: null, due: false };
  const now = ctx.clock.now();
  // A wave being processed by hand takes no further shipment: its allocation may be past it already.
  let wave = await trx
    .selectFrom('outbound_waves')
    .select('wave_id')
    .where('template_id', '=', template.template_id)
    .where('status', '=', 'Open')
    .where('processing_until', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
  if (!wave) {
    const waveId = await nextNumber(trx, 'outboundWave', { prefix: 'WAVE-', width: 8 });
    await trx.insertInto('outbound_waves').values({ wave_id: waveId, warehouse_id: shipment.warehouse_id, template_id: template.template_id, status: 'Open', created_at: now, executed_at: null, processing_until: null }).execute();
    wave = { wave_id: waveId };
  }
  await trx.updateTable('outbound_shipments').set({ wave_id: wave.wave_id, status: 'Waved' }).where('shipment_id', '=', shipmentId).execute();
  if (template.process_at === 'Release') {
    await processWave(trx, ctx, wave.wave_id);
  } else if (template.process_at === 'Threshold') {
    const count = await trx.selectFrom('outbound_shipments').select((eb) => eb.fn.countAll<number>().as('n')).where('wave_id', '=', wave.wave_id).executeTakeFirstOrThrow();
    return { waveId: wave.wave_id, due: Number(count.n) >= (template.threshold_shipments ?? 1) };
  }
  return { waveId: wave.wave_id, due: false };
}

export interface WaveOutcome {
  waveId: string;
  workIds: string[];
  shortages: Array<{ orderNumber: string; lineNumber: number; itemNumber: string; shortQty: number; reason: string }>;
}

/**
 * Processes a wave: allocates reserved stock to each load line (reserving what is still missing,
 * FEFO/FIFO from pick and storage locations), creates pick work per shipment (several pieces when the
 * work template caps its pick lines) that brings the stock to the template's staging or bay door
 * location, and raises the wave executed event and a "picking started" outbound notification per
 * source system. What cannot be allocated is recorded as a shortage.
 */
export async function processWave(trx: Executor, ctx: AppContext, waveId: string): Promise<WaveOutcome> {
  const { wave, template, shipments } = await openWave(trx, ctx.clock.now(), waveId);
  const parts = [];
  for (const shipment of shipments) parts.push(await allocateShipment(trx, ctx, waveId, template.put_location_id, shipment));
  return finishWave(trx, ctx, wave, shipments, parts);
}

/** The wave, held until the transaction ends, if it may be processed now; with its template and shipments. */
async function openWave(trx: Executor, now: number, waveId: string) {
  // A wave processed twice at once (by hand and by its threshold): the second waits and then finds it Executed.
  await trx.updateTable('outbound_waves').set({ status: sql`status` }).where('wave_id', '=', waveId).execute();
  const wave = await trx.selectFrom('outbound_waves').selectAll().where('wave_id', '=', waveId).executeTakeFirst();
  if (!wave) throw new DomainError(OutboundErrors.waveNotFound, `Wave '${waveId}' does not exist`);
  if (wave.status !== 'Open') throw new DomainError(OutboundErrors.waveNotOpen, `Wave '${waveId}' is ${wave.status}`, [{ field: 'waveId', reason: `wave is ${wave.status}`, value: waveId }]);
  if (wave.processing_until !== null && wave.processing_until > now) {
    throw new DomainError(OutboundErrors.waveNotOpen, `Wave '${waveId}' is being processed`, [{ field: 'waveId', reason: 'wave is being processed', value: waveId }]);
  }
  const template = await trx.selectFrom('outbound_wave_templates').selectAll().where('template_id', '=', wave.template_id).executeTakeFirstOrThrow();
  const shipments = await trx.selectFrom('outbound_shipments').selectAll().where('wave_id', '=', waveId).orderBy('shipment_id').execute();
  return { wave, template, shipments };
}

type Allocation = Awaited<ReturnType<typeof allocateShipment>>;

/** Marks the allocated wave Executed and announces it: the wave executed event and a "picking started" notification per source system. */
async function finishWave(trx: Executor, ctx: AppContext, wave: { wave_id: string; warehouse_id: string; template_id: string }, shipments: ReadonlyArray<{ shipment_id: string; source_system_id: string }>, parts: readonly Allocation[]): Promise<WaveOutcome> {
  const now = ctx.clock.now();
  const waveId = wave.wave_id;
  const outcome: WaveOutcome = { waveId, workIds: [], shortages: [] };
  const notices = new Map<string, Notice[]>();
  for (const [i, shipment] of shipments.entries()) {
    const result = parts[i];
    if (!result) continue;
    outcome.workIds.push(...result.workIds);
    outcome.shortages.push(...result.shortages);
    if (result.notices.length > 0) notices.set(shipment.source_system_id, [...(notices.get(shipment.source_system_id) ?? []), ...result.notices]);
  }

  await trx.updateTable('outbound_waves').set({ status: 'Executed', executed_at: now, processing_until: null }).where('wave_id', '=', waveId).execute();
  const events: NewBusinessEvent[] = [
    {
      type: 'outboundWave.executed',
      sourceSystemId: null,
      subject: waveId,
      payload: {
        waveId,
        warehouseId: wave.warehouse_id,
        waveTemplateId: wave.template_id,
        shipmentIds: shipments.map((s) => s.shipment_id),
        workIds: outcome.workIds,
        shortages: outcome.shortages.map((s) => ({ orderNumber: s.orderNumber, lineNumber: s.lineNumber, itemNumber: s.itemNumber, shortQuantity: qtyToNumber(s.shortQty), reason: s.reason })),
      },
    },
  ];
  for (const [sourceSystemId, lines] of notices) {
    const notificationNumber = await nextNumber(trx, 'outboundNotification', { prefix: 'ONT-', width: 8 });
    await trx.insertInto('outbound_notifications').values({ notification_number: notificationNumber, source_system_id: sourceSystemId, wave_id: waveId, status: 'PickingStarted', created_at: now }).execute();
    // A wave of a thousand shipments has thousands of lines: more parameters than one statement may bind.
    for (const part of chunks(lines)) {
      await trx
        .insertInto('outbound_notification_lines')
        .values(part.map((l) => ({ notification_number: notificationNumber, shipment_id: l.shipmentId, order_number: l.orderNumber, line_number: l.lineNumber, item_number: l.itemNumber, work_created_qty: l.qty, unit: l.unit })))
        .execute();
    }
    events.push({
      type: 'outboundNotification.created',
      sourceSystemId,
      subject: notificationNumber,
      payload: {
        outboundNotificationNumber: notificationNumber,
        outboundNotificationStatus: 'PickingStarted',
        sourceSystemId,
        lines: lines.map((l) => ({
          shipmentNumber: l.shipmentId,
          orderNumber: l.sourceOrderNumber,
          lineNumber: l.lineNumber,
          itemNumber: l.itemNumber,
          workCreatedCumulativeQuantity: qtyToNumber(l.qty),
          workCreatedQuantityUnitOfMeasure: l.unit,
        })),
      },
    });
  }
  await appendEvents(trx, ctx.ids, now, events);
  return outcome;
}

interface Notice {
  shipmentId: string;
  orderNumber: string;
  sourceOrderNumber: string;
  lineNumber: number;
  itemNumber: string;
  qty: number;
  unit: string;
}

type Shipment = { shipment_id: string; load_id: string; warehouse_id: string; source_system_id: string };

/**
 * Allocates reserved stock to the open load lines of one shipment and creates pick work for what is
 * not under work yet (also used again after an order change canceled unstarted work).
 */
export async function allocateShipment(
  trx: Executor,
  ctx: { clock: Clock },
  waveId: string,
  putLocationId: string,
  shipment: Shipment,
): Promise<{ workIds: string[]; shortages: WaveOutcome['shortages']; notices: Notice[] }> {
  const now = ctx.clock.now();
  const shortages: WaveOutcome['shortages'] = [];
  const list: Notice[] = [];
  // Two allocations of one shipment (or an allocation racing a release, a short pick or an order change) run one
  // after the other. Every caller locks orders before shipments, so that none waits for another in a circle.
  const orderNumbers = await trx.selectFrom('outbound_load_lines').select('order_number').distinct().where('shipment_id', '=', shipment.shipment_id).execute();
  await lockOutboundOrders(trx, orderNumbers.map((o) => o.order_number));
  await lockShipment(trx, shipment.shipment_id);
  const loadLines = await trx
    .selectFrom('outbound_load_lines as ll')
    .innerJoin('outbound_order_lines as l', 'l.id', 'll.order_line_id')
    .innerJoin('outbound_orders as o', 'o.order_number', 'll.order_number')
    .select(['ll.id', 'll.order_number', 'll.line_number', 'll.item_number', 'll.qty', 'll.work_created_qty', 'l.inventory_unit', 'l.source_item_number', 'l.ordered_inventory_qty', 'o.source_order_number'])
    .where('ll.shipment_id', '=', shipment.shipment_id)
    .where('ll.status', '=', 'Open')
    .orderBy('ll.id')
    .execute();
  const moves: WorkMove[] = [];
  const allocated: Array<{ reservationId: number; loadLineId: number; qty: number }> = [];
  // Top up the reservations once per order, for all its lines that need work: a line's top-up reads and
  // changes only that line's reservations, and allocating one line moves none of another's.
  const linesByOrder = new Map<string, number[]>();
  for (const ll of loadLines) {
    if (ll.qty - ll.work_created_qty <= 0) continue;
    linesByOrder.set(ll.order_number, [...(linesByOrder.get(ll.order_number) ?? []), ll.line_number]);
  }
  const topUps = new Map<string, LineOutcome[]>();
  for (const [orderNumber, lineNumbers] of linesByOrder) topUps.set(orderNumber, await reserveOrder(trx, now, orderNumber, lineNumbers));
  // The unallocated reservations of every line that needs work, in one read; what a load line takes is
  // taken off here, so that a second load line of the same order line sees what is left.
  const freeByLine = new Map<string, Array<Selectable<OutboundReservationsTable>>>();
  const lineKey = (orderNumber: string, lineNumber: number) => `${orderNumber}\u0000${String(lineNumber)}`;
  if (linesByOrder.size > 0) {
    const free = await trx
      .selectFrom('outbound_reservations')
      .selectAll()
      .where('order_number', 'in', [...linesByOrder.keys()])
      .where('load_line_id', 'is', null)
      .where('qty', '>', 0)
      .orderBy('id')
      .execute();
    for (const r of free) {
      const key = lineKey(r.order_number, r.line_number);
      freeByLine.set(key, [...(freeByLine.get(key) ?? []), r]);
    }
  }
  const workCreated: Array<{ id: number; qty: number }> = [];
  for (const ll of loadLines) {
    const need = ll.qty - ll.work_created_qty;
    if (need <= 0) continue;
    const topUp = topUps.get(ll.order_number) ?? [];
    let left = need;
    const free = freeByLine.get(lineKey(ll.order_number, ll.line_number)) ?? [];
    while (left > 0 && free.length > 0) {
      const r = free[0] as Selectable<OutboundReservationsTable>;
      const take = Math.min(Number(r.qty), left);
      let reservationId = r.id;
      if (take === Number(r.qty)) {
        // Given its load line with its work, in one update at the end.
        free.shift();
      } else {
        // Split: the balance row stays reserved by the same total, part of it now belongs to this load line.
        await trx.updateTable('outbound_reservations').set({ qty: Number(r.qty) - take, updated_at: now }).where('id', '=', r.id).where('qty', '=', r.qty).execute();
        const { id: _id, ...rest } = r;
        const inserted = await trx
          .insertInto('outbound_reservations')
          .values({ ...rest, qty: take, load_line_id: ll.id, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        reservationId = inserted.id;
        r.qty = Number(r.qty) - take;
      }
      moves.push({
        itemNumber: r.item_number,
        qty: take,
        unit: ll.inventory_unit,
        ownerId: r.owner_id,
        inventoryStatusId: r.inventory_status_id,
        batchNumber: r.batch_number || null,
        serialNumber: r.serial_number || null,
        from: { locationId: r.location_id, licensePlateId: r.license_plate_id || null },
        to: { locationId: putLocationId, licensePlateId: r.license_plate_id || null },
      });
      allocated.push({ reservationId, loadLineId: ll.id, qty: take });
      left -= take;
    }
    const created = need - left;
    if (created > 0) {
      workCreated.push({ id: ll.id, qty: created });
      list.push({
        shipmentId: shipment.shipment_id,
        orderNumber: ll.order_number,
        sourceOrderNumber: ll.source_order_number,
        lineNumber: ll.line_number,
        itemNumber: ll.source_item_number,
        qty: ll.work_created_qty + created,
        unit: ll.inventory_unit,
      });
    }
    if (left > 0) {
      const reason = `${String(qtyToNumber(need - left))} of ${String(qtyToNumber(need))} allocated; ${topUp.find((o) => o.lineNumber === ll.line_number)?.reason ?? 'no reserved stock left for the line'}`;
      shortages.push({ orderNumber: ll.order_number, lineNumber: ll.line_number, itemNumber: ll.item_number, shortQty: left, reason });
      // What cannot be allocated goes back to the order line, to be released again when stock is there.
      await trx
        .updateTable('outbound_load_lines')
        .set({ qty: sql`qty - ${left}`, status: ll.qty - left > 0 ? 'Open' : 'Canceled' })
        .where('id', '=', ll.id)
        .execute();
      await returnToOrderLine(trx, now, ll.order_number, ll.line_number, left);
      await trx
        .insertInto('outbound_wave_shortages')
        .values({ wave_id: waveId, load_line_id: ll.id, order_number: ll.order_number, line_number: ll.line_number, item_number: ll.item_number, short_qty: left, reason })
        .execute();
    }
  }
  for (const part of chunks(workCreated)) {
    await trx
      .updateTable('outbound_load_lines')
      .set({ work_created_qty: sql`work_created_qty + ${valueByKey('id', part, (w) => w.id, (w) => w.qty, 'bigint')}` })
      .where('id', 'in', part.map((w) => w.id))
      .execute();
  }
  if (moves.length === 0) return { workIds: [], shortages, notices: list };
  // Stock reserved away from its item's pick face is brought there first; the pick work waits for it.
  const replenishment = await replenishForDemand(trx, ctx, { warehouseId: shipment.warehouse_id, waveId, sourceSystemId: shipment.source_system_id }, moves);
  const created = await createWorks(trx, ctx, {
    workType: 'Pick',
    warehouseId: shipment.warehouse_id,
    referenceType: OUTBOUND_WORK_REFERENCE,
    referenceId: shipment.shipment_id,
    sourceSystemId: shipment.source_system_id,
    moves,
  });
  const assigned = allocated.map((a, i) => {
    const placed = created.placements[i];
    if (!placed) throw new Error(`allocation ${String(i)} has no pick line`);
    return { ...a, ...placed };
  });
  // Each allocated reservation gets its load line, work and pick line in one statement for all of them.
  for (const part of chunks(assigned)) {
    await trx
      .updateTable('outbound_reservations')
      .set({
        load_line_id: valueByKey('id', part, (a) => a.reservationId, (a) => a.loadLineId, 'bigint'),
        work_id: valueByKey('id', part, (a) => a.reservationId, (a) => a.workId, 'text'),
        work_line_number: valueByKey('id', part, (a) => a.reservationId, (a) => a.pickLineNumber, 'integer'),
        updated_at: now,
      })
      .where('id', 'in', part.map((a) => a.reservationId))
      .execute();
  }
  if (replenishment) await linkDemandReplenishment(trx, now, replenishment, assigned);
  await trx.updateTable('outbound_loads').set({ status: 'InProcess', updated_at: now }).where('load_id', '=', shipment.load_id).where('status', '=', 'Open').execute();
  return { workIds: created.works.map((w) => w.workId), shortages, notices: list };
}

/** How long a request processing a wave by hand holds it; after a crash, another may take the wave over then. */
const WAVE_CLAIM_MS = 5 * 60_000;

/**
 * Processing a wave by hand, as a request makes it. The wave is claimed, each shipment is allocated in a
 * transaction of its own with the event loop free in between (on SQLite a wave of a thousand shipments in
 * one transaction held every scan and health check for most of a second), and a last transaction marks
 * it Executed and announces it. While claimed, no other request processes it and no new shipment joins it.
 * Allocating a shipment again only adds what is still missing, so a wave whose processing stopped halfway
 * (an error, a crash and the claim's end) is finished by processing it again.
 */
export async function processWaveNow(ctx: AppContext, waveId: string): Promise<WaveOutcome> {
  const { wave, template, shipments } = await runCommand(
    ctx,
    async ({ trx, now }) => {
      const opened = await openWave(trx, now, waveId);
      await trx.updateTable('outbound_waves').set({ processing_until: now + WAVE_CLAIM_MS }).where('wave_id', '=', waveId).execute();
      return opened;
    },
    { wakes: [] },
  );
  try {
    const parts: Allocation[] = [];
    for (const shipment of shipments) {
      await yieldToEventLoop();
      parts.push(await runCommand(ctx, ({ trx }) => allocateShipment(trx, ctx, waveId, template.put_location_id, shipment), { wakes: [] }));
    }
    return await runCommand(ctx, ({ trx }) => finishWave(trx, ctx, wave, shipments, parts));
  } catch (error) {
    await runCommand(ctx, ({ trx }) => trx.updateTable('outbound_waves').set({ processing_until: null }).where('wave_id', '=', waveId).where('status', '=', 'Open').execute(), { wakes: [] });
    throw error;
  }
}

/** Pick work created by waves refers to its shipment. */
export const OUTBOUND_WORK_REFERENCE = 'OutboundShipment';
