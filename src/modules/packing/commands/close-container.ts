import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { appendEvents } from '../../events/index.js';
import { containerContents } from '../db/container-reads.js';
import { buildSscc, serialReferenceWidth } from '../domain/sscc.js';
import { computedWeight } from '../domain/weight.js';
import { PackingErrors } from '../errors.js';
import { openContainerRow } from './containers.js';

export interface CloseContainerInput {
  containerId: string;
  /** Weighed on the scale; otherwise computed from the items' unit weights and the tare. */
  weightGrams?: number | undefined;
  packer: string;
}

/** The next SSCC of the warehouse's company prefix: serial references from a per-prefix sequence, so that no two containers share one. */
async function nextSscc(trx: Executor, warehouseId: string): Promise<string> {
  const settings = await trx.selectFrom('packing_label_settings').selectAll().where('warehouse_id', '=', warehouseId).executeTakeFirst();
  if (!settings) {
    throw new DomainError(PackingErrors.labelSettingsMissing, `Warehouse ${warehouseId} has no GS1 company prefix: set it with PUT /api/v1/warehouses/${warehouseId}/label-settings`, [
      { field: 'warehouseId', reason: 'no GS1 company prefix', value: warehouseId },
    ]);
  }
  const prefix = settings.gs1_company_prefix;
  const extension = Number(settings.extension_digit);
  const width = serialReferenceWidth(prefix);
  const serial = await nextNumber(trx, `sscc:${String(extension)}${prefix}`, { prefix: '', width });
  if (serial.length > width) throw new DomainError(PackingErrors.ssccRangeExhausted, `Every serial reference of company prefix ${prefix} with extension digit ${String(extension)} is used`);
  return buildSscc(extension, prefix, Number(serial));
}

/**
 * Closes an Open container: its weight (entered, or computed as tare plus contents), refused above the
 * container type's maximum; its SSCC-18; and the shippingContainer.closed event with the contents in
 * the source system's order and item numbers, for advance shipping notices.
 */
export async function closeContainer(trx: Executor, ctx: AppContext, input: CloseContainerInput): Promise<{ containerId: string; sscc: string; weightGrams: number }> {
  const now = ctx.clock.now();
  const container = await openContainerRow(trx, input.containerId);
  const contents = await containerContents(trx, [container.container_id]);
  if (contents.length === 0) throw new DomainError(PackingErrors.containerEmpty, `Nothing is packed in container '${container.container_id}'`, [{ field: 'containerId', reason: 'empty', value: container.container_id }]);
  const type = await trx.selectFrom('packing_container_types').selectAll().where('container_type_id', '=', container.container_type_id).executeTakeFirstOrThrow();
  let weight: number;
  let source: 'Entered' | 'Computed';
  if (input.weightGrams !== undefined) {
    weight = input.weightGrams;
    source = 'Entered';
  } else {
    const computed = computedWeight(Number(type.tare_weight_grams), contents.map((c) => ({ itemNumber: c.item_number, qty: c.qty, unitWeightGrams: c.unit_weight_grams })));
    if ('missing' in computed) {
      throw new DomainError(PackingErrors.weightUnknown, `Items ${computed.missing.join(', ')} have no unit weight: weigh the container and enter its weight`, [
        { field: 'weightGrams', reason: `no unit weight for ${computed.missing.join(', ')}`, value: null },
      ]);
    }
    weight = computed.grams;
    source = 'Computed';
  }
  const max = Number(type.max_weight_grams);
  if (weight > max) {
    throw new DomainError(PackingErrors.overweight, `Container '${container.container_id}' weighs ${String(weight)} g; a ${type.name} may weigh at most ${String(max)} g`, [
      { field: 'weightGrams', reason: `more than the maximum of ${String(max)} g of container type ${type.container_type_id}`, value: weight },
    ]);
  }
  const sscc = await nextSscc(trx, container.warehouse_id);
  const closed = await trx
    .updateTable('packing_containers')
    .set({ status: 'Closed', weight_grams: weight, weight_source: source, sscc, closed_by: input.packer, closed_at: now, version: container.version + 1 })
    .where('container_id', '=', container.container_id)
    .where('version', '=', container.version)
    .where('status', '=', 'Open')
    .executeTakeFirst();
  if (Number(closed.numUpdatedRows) !== 1) throw new DomainError(PackingErrors.containerClosed, `Container '${container.container_id}' was changed by someone else; look again`);

  const source_lines = await trx
    .selectFrom('outbound_order_lines as l')
    .innerJoin('outbound_orders as o', 'o.order_number', 'l.order_number')
    .select(['l.order_number', 'l.line_number', 'l.source_item_number', 'o.source_order_number'])
    .where('l.order_number', 'in', [...new Set(contents.map((c) => c.order_number))])
    .execute();
  const sourceOf = (orderNumber: string, lineNumber: number) => source_lines.find((s) => s.order_number === orderNumber && Number(s.line_number) === lineNumber);
  await appendEvents(trx, ctx.ids, now, [
    {
      type: 'shippingContainer.closed',
      sourceSystemId: container.source_system_id,
      subject: sscc,
      payload: {
        sscc,
        containerId: container.container_id,
        parentContainerId: container.parent_container_id,
        containerTypeId: type.container_type_id,
        shipFromWarehouseId: container.warehouse_id,
        shipmentId: container.shipment_id,
        loadId: container.load_id,
        weightGrams: weight,
        weightSource: source,
        lengthMm: Number(type.length_mm),
        widthMm: Number(type.width_mm),
        heightMm: Number(type.height_mm),
        closedAt: new Date(now).toISOString(),
        contents: contents.map((c) => {
          const s = sourceOf(c.order_number, Number(c.line_number));
          return {
            orderNumber: s?.source_order_number ?? c.order_number,
            orderLineNumber: Number(c.line_number),
            itemNumber: s?.source_item_number ?? c.item_number,
            quantity: qtyToNumber(c.qty),
            unitSymbol: c.inventory_unit,
            batchNumber: c.batch_number || null,
            serialNumber: c.serial_number || null,
          };
        }),
      },
    },
  ]);
  return { containerId: container.container_id, sscc, weightGrams: weight };
}
