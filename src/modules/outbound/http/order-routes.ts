import { Type } from 'typebox';
import { fromIso, toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fromJson } from '../../../platform/db/json.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import type { Selectable } from 'kysely';
import type { OutboundOrdersTable } from '../db/tables.js';
import { DateTime, Id } from '../../../platform/http/schema-types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner', 'warehouse_worker'] as const;

const Line = Type.Object({
  inventoryLotId: Type.Integer(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  itemDescription: nullable(Type.String()),
  itemBatchNumber: nullable(Type.String()),
  itemSerialNumber: nullable(Type.String()),
  inventoryOwnerId: Type.String(),
  inventoryStatusId: Type.String(),
  orderedQuantity: Type.Number(),
  orderedUnitSymbol: Type.String(),
  orderedInventoryQuantity: Type.Number({ description: 'In the inventory unit' }),
  inventoryUnitSymbol: Type.String(),
  releasedQuantity: Type.Number({ description: 'In the inventory unit' }),
  shippedQuantity: Type.Number({ description: 'In the inventory unit' }),
  remainingQuantity: Type.Number({ description: 'In the inventory unit' }),
  sellableDays: nullable(Type.Integer()),
  overdeliveryPercentage: Type.Number(),
  underdeliveryPercentage: Type.Number(),
  releaseStatus: Type.String(),
  shipmentStatus: Type.String(),
  status: Type.String(),
  references: Type.Record(Type.String(), Type.Unknown()),
});

const Header = {
  orderNumber: Type.String({ description: 'Internal order number' }),
  sourceSystemId: Type.String(),
  sourceSystemOrderNumber: Type.String(),
  orderType: nullable(Type.String()),
  shipmentType: Type.String(),
  shipFromWarehouseId: Type.String(),
  requestedShippingPeriodStart: nullable(Type.String()),
  requestedShippingPeriodEnd: nullable(Type.String()),
  requestedDeliveryPeriodStart: nullable(Type.String()),
  requestedDeliveryPeriodEnd: nullable(Type.String()),
  deliveryTermsCode: nullable(Type.String()),
  deliveryModeCode: nullable(Type.String()),
  shippingCarrierId: nullable(Type.String()),
  shippingCarrierServiceId: nullable(Type.String()),
  shippingCarrierServiceGroupId: nullable(Type.String()),
  transport: Type.Record(Type.String(), Type.Unknown()),
  languageId: nullable(Type.String()),
  reservationAtImportPolicy: Type.String(),
  orderOrigin: nullable(Type.String()),
  orderChannel: nullable(Type.String()),
  parties: Type.Record(Type.String(), Type.Unknown(), { description: 'Consignee and receiver fields as sent' }),
  releaseStatus: Type.String(),
  shipmentStatus: Type.String(),
  status: Type.String({ description: 'Active or Canceled' }),
  version: Type.Integer(),
  createdAt: nullable(Type.String()),
  updatedAt: nullable(Type.String()),
};
const OrderSummary = Type.Object(Header);
const Order = Type.Object({ ...Header, lines: Type.Array(Line) });

function headerView(r: Selectable<OutboundOrdersTable>) {
  return {
    orderNumber: r.order_number,
    sourceSystemId: r.source_system_id,
    sourceSystemOrderNumber: r.source_order_number,
    orderType: r.order_type,
    shipmentType: r.shipment_type,
    shipFromWarehouseId: r.warehouse_id,
    requestedShippingPeriodStart: toIso(r.requested_ship_start),
    requestedShippingPeriodEnd: toIso(r.requested_ship_end),
    requestedDeliveryPeriodStart: toIso(r.requested_delivery_start),
    requestedDeliveryPeriodEnd: toIso(r.requested_delivery_end),
    deliveryTermsCode: r.delivery_terms_code,
    deliveryModeCode: r.delivery_mode_code,
    shippingCarrierId: r.carrier_id,
    shippingCarrierServiceId: r.carrier_service_id,
    shippingCarrierServiceGroupId: r.carrier_service_group_id,
    transport: fromJson<Record<string, unknown>>(r.transport, {}),
    languageId: r.language_id,
    reservationAtImportPolicy: r.reservation_at_import_policy,
    orderOrigin: r.order_origin,
    orderChannel: r.order_channel,
    parties: fromJson<Record<string, unknown>>(r.parties, {}),
    releaseStatus: r.release_status,
    shipmentStatus: r.shipment_status,
    status: r.status,
    version: r.version,
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
  };
}

const OrderSorting = sorting({
  fields: {
    orderNumber: textSort('order_number'),
    sourceSystemId: textSort('source_system_id'),
    sourceSystemOrderNumber: textSort('source_order_number'),
    orderType: textSort('order_type'),
    shipFromWarehouseId: textSort('warehouse_id'),
    requestedShippingPeriodStart: 'requested_ship_start',
    requestedShippingPeriodEnd: 'requested_ship_end',
    requestedDeliveryPeriodStart: 'requested_delivery_start',
    requestedDeliveryPeriodEnd: 'requested_delivery_end',
    deliveryModeCode: textSort('delivery_mode_code'),
    shippingCarrierId: textSort('carrier_id'),
    releaseStatus: textSort('release_status'),
    shipmentStatus: textSort('shipment_status'),
    status: textSort('status'),
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: { ...textSort('order_number'), order: 'asc' },
});

export function outboundOrderRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/outbound-shipment-orders',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: 'Outbound shipment orders, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            sourceSystemId: Type.Optional(Id()),
            sourceSystemOrderNumber: Type.Optional(Id()),
            shipFromWarehouseId: Type.Optional(Id()),
            status: Type.Optional(Type.Union([Type.Literal('Active'), Type.Literal('Canceled')])),
            releaseStatus: Type.Optional(Id()),
            shipmentStatus: Type.Optional(Id()),
            requestedShipFrom: Type.Optional(DateTime({ description: 'Orders whose requested shipping period starts at or after this instant' })),
            requestedShipBefore: Type.Optional(DateTime({ description: 'Orders whose requested shipping period starts before this instant' })),
            q: Type.Optional(SearchText("Order number or the source system's order number contains")),
          }),
          SortQuery(OrderSorting),
        ]),
        response: { 200: pageOf(OrderSummary) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      const { limit, offset } = pageParams(q);
      const sourceSystemId = scopedSourceSystem(request, q.sourceSystemId);
      let query = ctx.db.kysely.selectFrom('outbound_orders');
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      if (q.sourceSystemOrderNumber) query = query.where('source_order_number', '=', q.sourceSystemOrderNumber);
      if (q.shipFromWarehouseId) query = query.where('warehouse_id', '=', q.shipFromWarehouseId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.releaseStatus) query = query.where('release_status', '=', q.releaseStatus);
      if (q.shipmentStatus) query = query.where('shipment_status', '=', q.shipmentStatus);
      const shipFrom = fromIso(q.requestedShipFrom);
      const shipBefore = fromIso(q.requestedShipBefore);
      if (shipFrom !== null) query = query.where('requested_ship_start', '>=', shipFrom);
      if (shipBefore !== null) query = query.where('requested_ship_start', '<', shipBefore);
      if (q.q) query = query.where(containsText(['order_number', 'source_order_number'], q.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), OrderSorting, q, ctx.db.caps), headerView);
    },
  );

  app.get(
    '/api/v1/outbound-shipment-orders/:orderNumber',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: 'One outbound shipment order with its lines',
        params: Type.Object({ orderNumber: Id() }),
        response: { 200: Order },
      },
      config: { access: READ },
    },
    async (request) => {
      const own = scopedSourceSystem(request, undefined);
      const header = await ctx.db.kysely.selectFrom('outbound_orders').selectAll().where('order_number', '=', request.params.orderNumber).executeTakeFirst();
      if (!header || (own !== undefined && header.source_system_id !== own)) throw notFound('Outbound shipment order', request.params.orderNumber);
      const lines = await ctx.db.kysely.selectFrom('outbound_order_lines').selectAll().where('order_number', '=', header.order_number).orderBy('line_number').execute();
      return {
        ...headerView(header),
        lines: lines.map((l) => ({
          inventoryLotId: l.id,
          orderLineNumber: l.line_number,
          itemNumber: l.item_number,
          sourceSystemItemNumber: l.source_item_number,
          itemDescription: l.description,
          itemBatchNumber: l.batch_number,
          itemSerialNumber: l.serial_number,
          inventoryOwnerId: l.owner_id,
          inventoryStatusId: l.inventory_status_id,
          orderedQuantity: qtyToNumber(l.ordered_qty),
          orderedUnitSymbol: l.unit,
          orderedInventoryQuantity: qtyToNumber(l.ordered_inventory_qty),
          inventoryUnitSymbol: l.inventory_unit,
          releasedQuantity: qtyToNumber(l.released_inventory_qty),
          shippedQuantity: qtyToNumber(l.shipped_inventory_qty),
          remainingQuantity: qtyToNumber(Math.max(0, l.ordered_inventory_qty - l.shipped_inventory_qty)),
          sellableDays: l.sellable_days,
          overdeliveryPercentage: qtyToNumber(l.overdelivery_pct),
          underdeliveryPercentage: qtyToNumber(l.underdelivery_pct),
          releaseStatus: l.release_status,
          shipmentStatus: l.shipment_status,
          status: l.status,
          references: fromJson<Record<string, unknown>>(l.refs, {}),
        })),
      };
    },
  );
}
