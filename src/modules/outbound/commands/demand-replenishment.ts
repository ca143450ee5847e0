import type { Selectable } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { reserve, type Dimensions } from '../../inventory/index.js';
import { fixedLocationsOf, hasReplenishmentTemplate } from '../../replenishment/index.js';
import { createWork, waitForWork, type MoveContribution, type WorkHook, type WorkMove, type WorkMoveEvent } from '../../work/index.js';
import type { OutboundReservationsTable } from '../db/tables.js';
import { OutboundErrors } from '../errors.js';

/** Replenishment work that a wave creates for its pick work refers to the wave. */
export const DEMAND_REPLENISHMENT_REFERENCE = 'OutboundWaveDemand';

/**
 * Wave demand replenishment: every move whose reserved stock is elsewhere than the item's fixed pick
 * location becomes a replenishment move of exactly that stock to the face, and the pick is made from the
 * face instead. Changes `moves` in place; answers the replenishment work and which moves it serves (by
 * index), or undefined when nothing needs replenishing (or the warehouse has no replenishment template,
 * when picking goes on from where the stock is).
 */
export async function replenishForDemand(
  trx: Executor,
  ctx: { clock: Clock },
  spec: { warehouseId: string; waveId: string; sourceSystemId: string },
  moves: WorkMove[],
): Promise<{ workId: string; served: Array<{ moveIndex: number; lineNumber: number }> } | undefined> {
  const faces = await fixedLocationsOf(trx, spec.warehouseId, moves.map((m) => m.itemNumber));
  const served = moves.flatMap((m, moveIndex) => {
    const face = faces.get(m.itemNumber);
    return face !== undefined && face !== m.from.locationId ? [{ moveIndex, face }] : [];
  });
  if (served.length === 0 || !(await hasReplenishmentTemplate(trx, spec.warehouseId))) return undefined;
  const work = await createWork(trx, ctx, {
    workType: 'Replenishment',
    warehouseId: spec.warehouseId,
    referenceType: DEMAND_REPLENISHMENT_REFERENCE,
    referenceId: spec.waveId,
    sourceSystemId: spec.sourceSystemId,
    moves: served.map(({ moveIndex, face }) => ({ ...(moves[moveIndex] as WorkMove), to: { locationId: face, licensePlateId: null } })),
  });
  for (const { moveIndex, face } of served) {
    const m = moves[moveIndex] as WorkMove;
    // Picked loose from the face; it reaches staging off any license plate it was stored on.
    moves[moveIndex] = { ...m, from: { locationId: face, licensePlateId: null }, to: m.to === undefined ? undefined : { locationId: m.to.locationId, licensePlateId: null } };
  }
  return { workId: work.workId, served: served.map((s, i) => ({ moveIndex: s.moveIndex, lineNumber: work.pickLineNumbers[i] as number })) };
}

/** The pick work of the wave waits for its replenishment; each reservation knows the replenishment line that carries it. */
export async function linkDemandReplenishment(
  trx: Executor,
  now: number,
  replenishment: { workId: string; served: Array<{ moveIndex: number; lineNumber: number }> },
  placed: Array<{ reservationId: number; workId: string }>,
): Promise<void> {
  const waiting = new Set<string>();
  for (const s of replenishment.served) {
    const p = placed[s.moveIndex];
    if (!p) throw new Error(`replenished move ${String(s.moveIndex)} has no reservation`);
    waiting.add(p.workId);
    await trx.updateTable('outbound_reservations').set({ replenishment_work_id: replenishment.workId, replenishment_line_number: s.lineNumber, updated_at: now }).where('id', '=', p.reservationId).execute();
  }
  await waitForWork(trx, now, [...waiting], replenishment.workId);
}

const dimensionsOf = (r: Selectable<OutboundReservationsTable>, at: { locationId: string; licensePlateId: string }): Dimensions => ({
  itemNumber: r.item_number,
  warehouseId: r.warehouse_id,
  locationId: at.locationId,
  licensePlateId: at.licensePlateId || null,
  ownerId: r.owner_id,
  inventoryStatusId: r.inventory_status_id,
  batchNumber: r.batch_number || null,
  serialNumber: r.serial_number || null,
});

/**
 * Demand replenishment work takes the order's reservation with the stock: the pick gives it back at the
 * storage location and reserves it again on the worker, the put gives it back there and reserves it at
 * the face, where the waiting pick work takes it. The reservation row follows (location, license plate),
 * so that it always names where its stock is. A line moves its whole quantity, to the suggested face.
 */
export const demandReplenishmentHook: WorkHook = {
  async onMove(trx: Executor, e: WorkMoveEvent): Promise<MoveContribution | undefined> {
    const pickLine = e.line.line_type === 'Pick' ? e.line.line_number : e.line.pick_line_number;
    const row = await trx.selectFrom('outbound_reservations').selectAll().where('replenishment_work_id', '=', e.header.work_id).where('replenishment_line_number', '=', pickLine).executeTakeFirst();
    if (!row) throw new Error(`replenishment work '${e.header.work_id}' line ${String(pickLine)} carries no reservation`);
    if (e.qty !== Number(row.qty) || (e.line.line_type === 'Put' && e.to !== e.line.location_id)) {
      throw new DomainError(OutboundErrors.replenishmentWholeLine, `Replenishment for waiting pick work moves the whole ${String(qtyToNumber(Number(row.qty)))} to '${e.line.location_id}'`, [
        { field: e.qty !== Number(row.qty) ? 'quantity' : 'locationId', reason: 'demand replenishment moves its whole line to the pick location', value: e.qty !== Number(row.qty) ? qtyToNumber(e.qty) : e.to },
      ]);
    }
    const arrival = e.line.line_type === 'Pick' ? { locationId: e.to, licensePlateId: row.license_plate_id } : { locationId: e.to, licensePlateId: e.line.license_plate_id };
    return {
      releases: [{ dimensions: dimensionsOf(row, { locationId: row.location_id, licensePlateId: row.license_plate_id }), qty: e.qty }],
      afterMove: async () => {
        await reserve(trx, e.now, dimensionsOf(row, arrival), e.qty);
        await trx.updateTable('outbound_reservations').set({ location_id: arrival.locationId, license_plate_id: arrival.licensePlateId, updated_at: e.now }).where('id', '=', row.id).execute();
      },
    };
  },
};
