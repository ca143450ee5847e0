import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { registerLicensePlate } from '../../master-data/index.js';
import { movePickedStock, type PickedStockSelector } from '../../outbound/index.js';
import { PackingErrors } from '../errors.js';
import { containerRow, shipmentContainerIds } from '../db/container-reads.js';

export const CONTAINER_REFERENCE = 'PackingContainer';

export interface OpenContainerInput {
  warehouseId: string;
  stationLocationId: string;
  shipmentId: string;
  containerTypeId: string;
  /** A pre-printed license plate to use; otherwise one is numbered per warehouse. */
  containerId?: string | undefined;
  /** The container this one is nested on (a carton on a pallet) of the same shipment. */
  parentContainerId?: string | undefined;
  packer: string;
}

/**
 * A packer at a packing station opens a shipping container for a shipment: a license plate (nested on
 * its parent container when given) that picked stock is then packed into.
 */
export async function openContainer(trx: Executor, now: number, input: OpenContainerInput): Promise<string> {
  const station = await trx
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select(['l.location_id', 'p.location_type'])
    .where('l.warehouse_id', '=', input.warehouseId)
    .where('l.location_id', '=', input.stationLocationId)
    .executeTakeFirst();
  if (station?.location_type !== 'packing') {
    throw new DomainError(PackingErrors.notPackingStation, `Location '${input.stationLocationId}' is not a packing station of warehouse ${input.warehouseId}`, [
      { field: 'stationLocationId', reason: station ? `a ${station.location_type} location` : 'no such location in the warehouse', value: input.stationLocationId },
    ]);
  }
  const shipment = await trx.selectFrom('outbound_shipments').select(['shipment_id', 'load_id', 'source_system_id', 'status']).where('shipment_id', '=', input.shipmentId).where('warehouse_id', '=', input.warehouseId).executeTakeFirst();
  if (!shipment || shipment.status === 'Shipped') {
    throw new DomainError(PackingErrors.shipmentNotPackable, `Shipment '${input.shipmentId}' ${shipment ? 'is shipped' : `is not a shipment of warehouse ${input.warehouseId}`}`, [
      { field: 'shipmentId', reason: shipment ? 'shipped' : 'not found', value: input.shipmentId },
    ]);
  }
  const type = await trx.selectFrom('packing_container_types').select('container_type_id').where('container_type_id', '=', input.containerTypeId).executeTakeFirst();
  if (!type) throw new DomainError(PackingErrors.containerTypeNotFound, `Container type '${input.containerTypeId}' does not exist`, [{ field: 'containerTypeId', reason: 'not found', value: input.containerTypeId }]);
  if (input.parentContainerId !== undefined) {
    const parent = await containerRow(trx, input.parentContainerId);
    if (parent?.shipment_id !== input.shipmentId) {
      throw new DomainError(PackingErrors.containerNotFound, `Container '${input.parentContainerId}' is not a container of shipment '${input.shipmentId}'`, [
        { field: 'parentContainerId', reason: 'not a container of the shipment', value: input.parentContainerId },
      ]);
    }
  }
  const containerId = input.containerId ?? (await nextNumber(trx, `packingContainer:${input.warehouseId}`, { prefix: `${input.warehouseId}-CT`, width: 7 }));
  const inserted = await trx
    .insertInto('packing_containers')
    .values({
      container_id: containerId,
      warehouse_id: input.warehouseId,
      station_location_id: input.stationLocationId,
      shipment_id: shipment.shipment_id,
      load_id: shipment.load_id,
      source_system_id: shipment.source_system_id,
      container_type_id: input.containerTypeId,
      parent_container_id: input.parentContainerId ?? null,
      status: 'Open',
      weight_grams: null,
      weight_source: null,
      sscc: null,
      opened_by: input.packer,
      closed_by: null,
      opened_at: now,
      closed_at: null,
      version: 1,
    })
    .onConflict((oc) => oc.column('container_id').doNothing())
    .returning('container_id')
    .executeTakeFirst();
  if (!inserted) {
    throw new DomainError(PackingErrors.containerExists, `License plate '${containerId}' is already a shipping container`, [{ field: 'containerId', reason: 'already a container', value: containerId }]);
  }
  await registerLicensePlate(trx, now, { licensePlateId: containerId, warehouseId: input.warehouseId, parentLicensePlateId: input.parentContainerId ?? null });
  return containerId;
}

/** An Open container, or the reason it cannot take or lose anything. */
export async function openContainerRow(trx: Executor, containerId: string) {
  const container = await containerRow(trx, containerId);
  if (!container) throw new DomainError(PackingErrors.containerNotFound, `Container '${containerId}' does not exist`);
  if (container.status !== 'Open') {
    throw new DomainError(PackingErrors.containerClosed, `Container '${containerId}' is ${container.status}`, [{ field: 'containerId', reason: `container is ${container.status}`, value: containerId }]);
  }
  return container;
}

export interface PackInput {
  containerId: string;
  selector: PickedStockSelector;
  operationId: string;
  packer: string;
}

/**
 * Packs picked stock of the container's shipment into it: a license plate's picked stock, or a
 * quantity of an item. The move is the outbound module's picked-stock move (ledger transfer, picked
 * quantities follow the stock, guarded so that two packers never pack the same stock twice).
 */
export async function packIntoContainer(trx: Executor, now: number, input: PackInput): Promise<{ lines: number; quantity: number }> {
  const container = await openContainerRow(trx, input.containerId);
  const moved = await movePickedStock(trx, {
    warehouseId: container.warehouse_id,
    shipmentId: container.shipment_id,
    selector: input.selector,
    excludeLicensePlateIds: await shipmentContainerIds(trx, container.shipment_id),
    toLocationId: container.station_location_id,
    toLicensePlateId: container.container_id,
    operationId: input.operationId,
    now,
    reference: { type: CONTAINER_REFERENCE, id: container.container_id },
  });
  await trx
    .insertInto('packing_container_lines')
    .values(
      moved.map((m) => ({
        container_id: container.container_id,
        load_line_id: m.loadLineId,
        order_number: m.orderNumber,
        line_number: m.lineNumber,
        item_number: m.itemNumber,
        from_location_id: m.fromLocationId,
        from_license_plate_id: m.fromLicensePlateId,
        owner_id: m.ownerId,
        inventory_status_id: m.inventoryStatusId,
        batch_number: m.batchNumber,
        serial_number: m.serialNumber,
        qty: m.qty,
        operation_id: input.operationId,
        packed_by: input.packer,
        packed_at: now,
      })),
    )
    .execute();
  // Compare-and-set on the container: a pack that raced a close of the same container fails here.
  const bumped = await trx
    .updateTable('packing_containers')
    .set({ version: container.version + 1 })
    .where('container_id', '=', container.container_id)
    .where('version', '=', container.version)
    .where('status', '=', 'Open')
    .executeTakeFirst();
  if (Number(bumped.numUpdatedRows) !== 1) throw new DomainError(PackingErrors.containerClosed, `Container '${container.container_id}' was changed by someone else; scan again`);
  return { lines: moved.length, quantity: moved.reduce((sum, m) => sum + m.qty, 0) };
}

