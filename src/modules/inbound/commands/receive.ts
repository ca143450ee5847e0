import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { findLoad } from '../db/loads.js';
import { InboundErrors } from '../errors.js';
import { registerItems, type RegistrationContext, type RegistrationItem, type RegistrationResult } from './register-receipts.js';
import { runOperation } from '../../../platform/command.js';

/** Runs one scan once: a retry with the same operation id gets the first answer. */
async function once(ctx: AppContext, rc: RegistrationContext, scope: string, run: (trx: Parameters<typeof registerItems>[0]) => Promise<RegistrationResult>): Promise<RegistrationResult & { replayed: boolean }> {
  const { result, replayed } = await runOperation(ctx, { operationId: rc.operationId, scope: `inbound.receive.${scope}` }, ({ trx }) => run(trx));
  return { ...result, replayed };
}

/** Inbound shipment order line receiving. */
export function receiveOrderLine(ctx: AppContext, rc: RegistrationContext, item: RegistrationItem) {
  return once(ctx, rc, 'orderLine', (trx) => registerItems(trx, ctx, rc, [item]));
}

/** Mixed license plate receiving: several order lines onto one license plate. */
export function receiveMixedLicensePlate(ctx: AppContext, rc: RegistrationContext, licensePlateId: string, items: RegistrationItem[]) {
  return once(ctx, rc, 'mixedLicensePlate', (trx) => registerItems(trx, ctx, rc, items.map((i) => ({ ...i, licensePlateId }))));
}

/** Load item receiving: an item of a load; the first load line of that item with quantity left takes it. */
export function receiveLoadItem(ctx: AppContext, rc: RegistrationContext, input: Omit<RegistrationItem, 'orderNumber' | 'lineNumber'> & { loadId: string; itemNumber: string }) {
  return once(ctx, rc, 'loadItem', async (trx) => {
    await findLoad(trx, input.loadId);
    const lines = await trx.selectFrom('inbound_load_lines').selectAll().where('load_id', '=', input.loadId).where('item_number', '=', input.itemNumber).orderBy('id').execute();
    const chosen = lines.find((l) => l.qty > l.registered_qty) ?? lines.at(-1);
    if (!chosen) {
      throw new DomainError(InboundErrors.registrationInvalid, `Load '${input.loadId}' carries no item '${input.itemNumber}'`, [{ field: 'itemNumber', reason: 'not on the load', value: input.itemNumber }]);
    }
    const { itemNumber: _item, ...rest } = input;
    return registerItems(trx, ctx, rc, [{ ...rest, orderNumber: chosen.order_number, lineNumber: chosen.line_number }]);
  });
}

/**
 * License plate receiving: one scan of an ASN license plate receives everything packed on it and on
 * the cases nested in it. The plate is marked received with a guarded update, so two scans of the
 * same plate (two workers, or a retry under a new operation id) receive it once.
 */
export function receiveLicensePlate(ctx: AppContext, rc: RegistrationContext, input: { licensePlateNumber: string; loadId?: string }) {
  return once(ctx, rc, 'licensePlate', async (trx) => {
    let q = trx
      .selectFrom('inbound_packing_structures as p')
      .innerJoin('inbound_loads as l', 'l.load_id', 'p.load_id')
      .select(['p.load_id', 'p.received_at', 'l.status'])
      .where('p.license_plate_id', '=', input.licensePlateNumber)
      .where('p.parent_license_plate_id', 'is', null);
    if (input.loadId !== undefined) q = q.where('p.load_id', '=', input.loadId);
    const found = await q.orderBy('p.id').execute();
    const open = found.find((p) => p.received_at === null && p.status !== 'Received');
    if (!open) {
      if (found.length > 0) {
        throw new DomainError(InboundErrors.licensePlateReceived, `License plate '${input.licensePlateNumber}' was already received`, [{ field: 'licensePlateNumber', reason: 'already received', value: input.licensePlateNumber }]);
      }
      throw new DomainError(InboundErrors.licensePlateUnknown, `No open inbound load expects license plate '${input.licensePlateNumber}'`, [{ field: 'licensePlateNumber', reason: 'not on an open ASN', value: input.licensePlateNumber }]);
    }
    const all = await trx.selectFrom('inbound_packing_structures').select(['license_plate_id', 'parent_license_plate_id']).where('load_id', '=', open.load_id).execute();
    const plates = [input.licensePlateNumber];
    for (let i = 0; i < plates.length; i += 1) plates.push(...all.filter((p) => p.parent_license_plate_id === plates[i]).map((p) => p.license_plate_id));
    const claimed = await trx
      .updateTable('inbound_packing_structures')
      .set({ received_at: ctx.clock.now() })
      .where('load_id', '=', open.load_id)
      .where('license_plate_id', 'in', plates)
      .where('received_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== plates.length) {
      throw new DomainError(InboundErrors.licensePlateReceived, `License plate '${input.licensePlateNumber}' was already received`, [{ field: 'licensePlateNumber', reason: 'already received', value: input.licensePlateNumber }]);
    }
    const packed = await trx
      .selectFrom('inbound_packing_lines as pl')
      .innerJoin('inbound_order_lines as ol', 'ol.id', 'pl.lot_id')
      .select(['pl.license_plate_id', 'pl.qty', 'pl.batch_number', 'ol.order_number', 'ol.line_number', 'ol.inventory_unit'])
      .where('pl.load_id', '=', open.load_id)
      .where('pl.license_plate_id', 'in', plates)
      .orderBy('pl.id')
      .execute();
    return registerItems(
      trx,
      ctx,
      rc,
      packed.map((p) => ({ orderNumber: p.order_number, lineNumber: p.line_number, qty: p.qty, unit: p.inventory_unit, batchNumber: p.batch_number, licensePlateId: p.license_plate_id, loadId: open.load_id })),
    );
  });
}
