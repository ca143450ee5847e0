import type { Executor } from '../../../platform/db/database.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { ContainerLabel } from '../domain/zpl.js';

export async function containerRow(db: Executor, containerId: string) {
  return db.selectFrom('packing_containers').selectAll().where('container_id', '=', containerId).executeTakeFirst();
}

export async function shipmentContainerIds(db: Executor, shipmentId: string): Promise<string[]> {
  const rows = await db.selectFrom('packing_containers').select('container_id').where('shipment_id', '=', shipmentId).execute();
  return rows.map((r) => r.container_id);
}

/** What a container holds, summed per order line, item and dimensions, with the item's unit and weight. */
export async function containerContents(db: Executor, containerIds: readonly string[]) {
  if (containerIds.length === 0) return [];
  const rows = await db
    .selectFrom('packing_container_lines as c')
    .innerJoin('items as i', 'i.item_number', 'c.item_number')
    .select(['c.container_id', 'c.load_line_id', 'c.order_number', 'c.line_number', 'c.item_number', 'c.batch_number', 'c.serial_number', 'i.inventory_unit', 'i.unit_weight_grams', (eb) => eb.fn.sum<number>('c.qty').as('qty')])
    .where('c.container_id', 'in', [...containerIds])
    .groupBy(['c.container_id', 'c.load_line_id', 'c.order_number', 'c.line_number', 'c.item_number', 'c.batch_number', 'c.serial_number', 'i.inventory_unit', 'i.unit_weight_grams'])
    .orderBy('c.container_id')
    .orderBy('c.order_number')
    .orderBy('c.line_number')
    .orderBy('c.batch_number')
    .orderBy('c.serial_number')
    .execute();
  return rows.map((r) => ({ ...r, qty: Number(r.qty), unit_weight_grams: r.unit_weight_grams === null ? null : Number(r.unit_weight_grams) }));
}

export type ContentRow = Awaited<ReturnType<typeof containerContents>>[number];

export function contentView(r: ContentRow) {
  return {
    orderNumber: r.order_number,
    orderLineNumber: Number(r.line_number),
    itemNumber: r.item_number,
    batchNumber: r.batch_number || null,
    serialNumber: r.serial_number || null,
    quantity: qtyToNumber(r.qty),
    unitSymbol: r.inventory_unit,
  };
}

export async function containerViews(db: Executor, filter: { containerId?: string; shipmentId?: string; loadId?: string; warehouseId?: string; status?: string; limit?: number }) {
  let q = db
    .selectFrom('packing_containers as c')
    .innerJoin('packing_container_types as t', 't.container_type_id', 'c.container_type_id')
    .selectAll('c')
    .select(['t.name as type_name', 't.tare_weight_grams', 't.max_weight_grams']);
  if (filter.containerId !== undefined) q = q.where('c.container_id', '=', filter.containerId);
  if (filter.shipmentId !== undefined) q = q.where('c.shipment_id', '=', filter.shipmentId);
  if (filter.loadId !== undefined) q = q.where('c.load_id', '=', filter.loadId);
  if (filter.warehouseId !== undefined) q = q.where('c.warehouse_id', '=', filter.warehouseId);
  if (filter.status !== undefined) q = q.where('c.status', '=', filter.status);
  const rows = await q.orderBy('c.opened_at', 'desc').orderBy('c.container_id').limit(filter.limit ?? 200).execute();
  const contents = await containerContents(db, rows.map((r) => r.container_id));
  return rows.map((r) => ({
    containerId: r.container_id,
    warehouseId: r.warehouse_id,
    stationLocationId: r.station_location_id,
    shipmentId: r.shipment_id,
    loadId: r.load_id,
    sourceSystemId: r.source_system_id,
    containerTypeId: r.container_type_id,
    containerTypeName: r.type_name,
    parentContainerId: r.parent_container_id,
    status: r.status,
    weightGrams: r.weight_grams === null ? null : Number(r.weight_grams),
    weightSource: r.weight_source,
    maxWeightGrams: Number(r.max_weight_grams),
    sscc: r.sscc,
    openedBy: r.opened_by,
    openedAt: new Date(Number(r.opened_at)).toISOString(),
    closedBy: r.closed_by,
    closedAt: r.closed_at === null ? null : new Date(Number(r.closed_at)).toISOString(),
    contents: contents.filter((c) => c.container_id === r.container_id).map(contentView),
  }));
}

export type ContainerView = Awaited<ReturnType<typeof containerViews>>[number];

function receiverLines(parties: string): string[] {
  let p: Record<string, unknown> = {};
  try {
    p = JSON.parse(parties) as Record<string, unknown>;
  } catch {
    p = {};
  }
  const get = (f: string) => {
    const v = p[`receiver${f}`] ?? p[`consignee${f}`];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  return [get('Name'), [get('Street'), get('StreetNumber')].filter(Boolean).join(' '), [get('ZipCode'), get('City')].filter(Boolean).join(' '), get('CountryRegionId')].filter((l) => l !== '');
}

/** What a closed container's label shows. */
export async function labelOf(db: Executor, view: ContainerView & { sscc: string }): Promise<ContainerLabel> {
  const shipment = await db.selectFrom('outbound_shipments').select(['parties', 'carrier_id']).where('shipment_id', '=', view.shipmentId).executeTakeFirst();
  const warehouse = await db.selectFrom('warehouses').select('name').where('warehouse_id', '=', view.warehouseId).executeTakeFirst();
  return {
    sscc: view.sscc,
    containerId: view.containerId,
    containerTypeName: view.containerTypeName,
    shipmentId: view.shipmentId,
    loadId: view.loadId,
    warehouseName: warehouse?.name ?? view.warehouseId,
    receiver: receiverLines(shipment?.parties ?? '{}'),
    carrierId: shipment?.carrier_id ?? null,
    weightGrams: view.weightGrams ?? 0,
    contents: view.contents.map((c) => ({ itemNumber: c.itemNumber, qty: String(c.quantity), unit: c.unitSymbol })),
  };
}
