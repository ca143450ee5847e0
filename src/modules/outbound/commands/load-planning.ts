import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError, missingReference } from '../../../platform/errors.js';
import { referenceReader } from '../../master-data/index.js';
import { loadFills, overCapacity, type Fill } from '../db/load-fill.js';
import { OutboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

export interface LoadTemplateInput {
  templateId: string;
  warehouseId: string;
  name: string;
  maxWeightGrams: number | null;
  maxVolumeCm3: number | null;
  maxShipments: number | null;
}

/** Creates or changes a load template (what one truck or container takes). */
export async function saveLoadTemplate(ctx: AppContext, input: LoadTemplateInput): Promise<void> {
  await runCommand(ctx, async ({ trx, now }) => {
    if (!(await referenceReader(trx).warehouse(input.warehouseId))) throw missingReference('warehouseId', 'Warehouse', input.warehouseId);
    const row = { warehouse_id: input.warehouseId, name: input.name, max_weight_grams: input.maxWeightGrams, max_volume_cm3: input.maxVolumeCm3, max_shipments: input.maxShipments, updated_at: now };
    await trx
      .insertInto('outbound_load_templates')
      .values({ template_id: input.templateId, ...row, created_at: now })
      .onConflict((oc) => oc.column('template_id').doUpdateSet(row))
      .execute();
  });
}

function refuseOver(loadId: string, field: string, over: string[]): void {
  if (over.length === 0) return;
  throw new DomainError(OutboundErrors.loadCapacityExceeded, `Load '${loadId}' would be over its load template: ${over.join('; ')}`, over.map((reason) => ({ field, reason, value: loadId })));
}

async function lockedLoad(trx: Executor, loadId: string, field: string) {
  await trx.updateTable('outbound_loads').set({ version: sql`version` }).where('load_id', '=', loadId).execute();
  const load = await trx.selectFrom('outbound_loads').selectAll().where('load_id', '=', loadId).executeTakeFirst();
  if (!load) throw new DomainError(OutboundErrors.loadNotFound, `Load '${loadId}' does not exist`, [{ field, reason: 'no such load', value: loadId }]);
  return load;
}

async function templateOf(trx: Executor, templateId: string | null) {
  if (templateId === null) return undefined;
  return trx.selectFrom('outbound_load_templates').selectAll().where('template_id', '=', templateId).executeTakeFirst();
}

/** Gives a load a template (or none); refused when what the load already holds does not fit it. */
export async function setLoadTemplate(ctx: AppContext, loadId: string, templateId: string | null): Promise<void> {
  await runCommand(ctx, async ({ trx, now }) => {
    const load = await lockedLoad(trx, loadId, 'loadId');
    if (load.status === 'Shipped') throw new DomainError(OutboundErrors.loadNotShippable, `Load '${loadId}' is Shipped`, [{ field: 'loadId', reason: 'load is Shipped', value: loadId }]);
    const template = await templateOf(trx, templateId);
    if (templateId !== null && (!template || template.warehouse_id !== load.warehouse_id)) {
      throw new DomainError(OutboundErrors.loadTemplateNotFound, `Load template '${templateId}' does not exist in warehouse ${load.warehouse_id}`, [{ field: 'loadTemplateId', reason: 'no such load template in the load\'s warehouse', value: templateId }]);
    }
    if (template) {
      const fill = (await loadFills(trx, [loadId])).get(loadId);
      if (fill) refuseOver(loadId, 'loadTemplateId', overCapacity(template, fill, fill.shipments.size));
    }
    await trx.updateTable('outbound_loads').set((eb) => ({ load_template_id: templateId, version: eb('version', '+', 1), updated_at: now })).where('load_id', '=', loadId).execute();
  });
}

const plus = (a: Fill, b: Fill): Fill => ({ weightGrams: a.weightGrams + b.weightGrams, volumeCm3: a.volumeCm3 + b.volumeCm3, itemsWithoutWeight: [], itemsWithoutVolume: [] });

/**
 * Moves a shipment to another load of the same warehouse and source system, or to a new load when none
 * is named: load planning before the shipment is in a wave (a waved shipment's pick work is made for its
 * load). A load left without shipments goes. Refused when the target's template would be exceeded.
 */
export async function moveShipment(ctx: AppContext, input: { shipmentId: string; targetLoadId?: string | undefined }): Promise<{ sourceLoadId: string; targetLoadId: string }> {
  return runCommand(ctx, async ({ trx, now }) => {
    const shipment = await trx.selectFrom('outbound_shipments').selectAll().where('shipment_id', '=', input.shipmentId).executeTakeFirst();
    if (!shipment) throw new DomainError(OutboundErrors.shipmentNotFound, `Shipment '${input.shipmentId}' does not exist`, [{ field: 'shipmentId', reason: 'no such shipment', value: input.shipmentId }]);
    const refuse = (field: string, reason: string, value: string) => {
      throw new DomainError(OutboundErrors.shipmentNotMovable, `Shipment '${input.shipmentId}' cannot move: ${reason}`, [{ field, reason, value }]);
    };
    // Both loads held in one order, so that two planners moving shipments between the same loads wait for each other.
    const ids = [shipment.load_id, ...(input.targetLoadId === undefined ? [] : [input.targetLoadId])].sort();
    const loads = new Map<string, Awaited<ReturnType<typeof lockedLoad>>>();
    for (const id of ids) loads.set(id, await lockedLoad(trx, id, id === shipment.load_id ? 'shipmentId' : 'targetLoadId'));
    const source = loads.get(shipment.load_id);
    if (!source) throw new Error('source load vanished');
    if (shipment.status !== 'Open') refuse('shipmentId', `it is ${shipment.status}: a shipment in a wave keeps its load`, input.shipmentId);
    if (source.status !== 'Open') refuse('shipmentId', `its load ${source.load_id} is ${source.status}`, input.shipmentId);

    let targetLoadId: string;
    if (input.targetLoadId !== undefined) {
      const target = loads.get(input.targetLoadId);
      if (!target) throw new Error('target load vanished');
      if (target.load_id === source.load_id) refuse('targetLoadId', 'it is already on that load', target.load_id);
      if (target.status !== 'Open') refuse('targetLoadId', `load ${target.load_id} is ${target.status}`, target.load_id);
      if (target.warehouse_id !== source.warehouse_id || target.source_system_id !== source.source_system_id) refuse('targetLoadId', `load ${target.load_id} is of another warehouse or source system`, target.load_id);
      const template = await templateOf(trx, target.load_template_id);
      if (template) {
        const fills = await loadFills(trx, [source.load_id, target.load_id]);
        const moving = fills.get(source.load_id)?.shipments.get(shipment.shipment_id);
        const into = fills.get(target.load_id);
        if (moving && into) refuseOver(target.load_id, 'targetLoadId', overCapacity(template, plus(into, moving), into.shipments.size + 1));
      }
      targetLoadId = target.load_id;
    } else {
      targetLoadId = await nextNumber(trx, 'outboundLoad', { prefix: 'LOAD-', width: 8 });
      await trx
        .insertInto('outbound_loads')
        .values({ load_id: targetLoadId, warehouse_id: source.warehouse_id, source_system_id: source.source_system_id, carrier_id: source.carrier_id, delivery_mode_code: source.delivery_mode_code, load_template_id: null, status: 'Open', shipped_at: null, version: 1, created_at: now, updated_at: now })
        .execute();
    }
    await trx.updateTable('outbound_shipments').set({ load_id: targetLoadId }).where('shipment_id', '=', shipment.shipment_id).execute();
    await trx.updateTable('outbound_load_lines').set({ load_id: targetLoadId }).where('shipment_id', '=', shipment.shipment_id).execute();
    const left = await trx.selectFrom('outbound_shipments').select('shipment_id').where('load_id', '=', source.load_id).limit(1).executeTakeFirst();
    if (left) await trx.updateTable('outbound_loads').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('load_id', '=', source.load_id).execute();
    else await trx.deleteFrom('outbound_loads').where('load_id', '=', source.load_id).execute();
    await trx.updateTable('outbound_loads').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('load_id', '=', targetLoadId).execute();
    return { sourceLoadId: source.load_id, targetLoadId };
  });
}
