import { Type } from 'typebox';
import { fromIso, toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fromJson } from '../../../platform/db/json.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { DateTime, Id } from '../../../platform/http/schema-types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner', 'warehouse_worker'] as const;

const Line = Type.Object({
  inventoryLotId: Type.Integer(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  itemBatchNumber: nullable(Type.String()),
  itemSerialNumber: nullable(Type.String()),
  inventoryOwnerId: Type.String(),
  inventoryStatusId: Type.String(),
  expectedQuantity: Type.Number(),
  expectedUnitSymbol: Type.String(),
  expectedInventoryQuantity: Type.Number({ description: 'In the inventory unit' }),
  inventoryUnitSymbol: Type.String(),
  receivedQuantity: Type.Number({ description: 'In the inventory unit' }),
  remainingQuantity: Type.Number({ description: 'In the inventory unit' }),
  overdeliveryPercentage: Type.Number(),
  underdeliveryPercentage: Type.Number(),
  receivingStatus: Type.String(),
  status: Type.String(),
  references: Type.Record(Type.String(), Type.Unknown()),
});

const Header = {
  orderNumber: Type.String({ description: 'Internal order number' }),
  sourceSystemId: Type.String(),
  sourceSystemOrderNumber: Type.String(),
  orderType: nullable(Type.String()),
  shipmentType: Type.String(),
  receivingWarehouseId: Type.String(),
  plannedReceiptPeriodStart: nullable(Type.String()),
  plannedReceiptPeriodEnd: nullable(Type.String()),
  orderOrigin: nullable(Type.String()),
  orderChannel: nullable(Type.String()),
  parties: Type.Record(Type.String(), Type.Unknown(), { description: 'Consigner and sender fields as sent' }),
  receivingStatus: Type.String(),
  status: Type.String({ description: 'Active or Canceled' }),
  version: Type.Integer(),
  createdAt: nullable(Type.String()),
  updatedAt: nullable(Type.String()),
};
const OrderSummary = Type.Object(Header);
const Order = Type.Object({ ...Header, lines: Type.Array(Line) });

type HeaderRow = {
  order_number: string;
  source_system_id: string;
  source_order_number: string;
  order_type: string | null;
  shipment_type: string;
  warehouse_id: string;
  planned_receipt_start: number | null;
  planned_receipt_end: number | null;
  order_origin: string | null;
  order_channel: string | null;
  parties: string;
  receiving_status: string;
  status: string;
  version: number;
  created_at: number;
  updated_at: number;
};

function headerView(r: HeaderRow) {
  return {
    orderNumber: r.order_number,
    sourceSystemId: r.source_system_id,
    sourceSystemOrderNumber: r.source_order_number,
    orderType: r.order_type,
    shipmentType: r.shipment_type,
    receivingWarehouseId: r.warehouse_id,
    plannedReceiptPeriodStart: toIso(r.planned_receipt_start),
    plannedReceiptPeriodEnd: toIso(r.planned_receipt_end),
    orderOrigin: r.order_origin,
    orderChannel: r.order_channel,
    parties: fromJson<Record<string, unknown>>(r.parties, {}),
    receivingStatus: r.receiving_status,
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
    receivingWarehouseId: textSort('warehouse_id'),
    plannedReceiptPeriodStart: 'planned_receipt_start',
    plannedReceiptPeriodEnd: 'planned_receipt_end',
    receivingStatus: textSort('receiving_status'),
    status: textSort('status'),
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: { ...textSort('order_number'), order: 'asc' },
});

export function inboundOrderRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/inbound-shipment-orders',
    {
      schema: {
        tags: ['inbound shipment orders'],
        summary: 'Inbound shipment orders, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            sourceSystemId: Type.Optional(Id()),
            sourceSystemOrderNumber: Type.Optional(Id()),
            receivingWarehouseId: Type.Optional(Id()),
            status: Type.Optional(Type.Union([Type.Literal('Active'), Type.Literal('Canceled')])),
            receivingStatus: Type.Optional(Id()),
            plannedReceiptFrom: Type.Optional(DateTime({ description: 'Orders whose planned receipt period starts at or after this instant' })),
            plannedReceiptBefore: Type.Optional(DateTime({ description: 'Orders whose planned receipt period starts before this instant' })),
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
      let query = ctx.db.kysely.selectFrom('inbound_orders');
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      if (q.sourceSystemOrderNumber) query = query.where('source_order_number', '=', q.sourceSystemOrderNumber);
      if (q.receivingWarehouseId) query = query.where('warehouse_id', '=', q.receivingWarehouseId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.receivingStatus) query = query.where('receiving_status', '=', q.receivingStatus);
      const receiptFrom = fromIso(q.plannedReceiptFrom);
      const receiptBefore = fromIso(q.plannedReceiptBefore);
      if (receiptFrom !== null) query = query.where('planned_receipt_start', '>=', receiptFrom);
      if (receiptBefore !== null) query = query.where('planned_receipt_start', '<', receiptBefore);
      if (q.q) query = query.where(containsText(['order_number', 'source_order_number'], q.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), OrderSorting, q, ctx.db.caps), headerView);
    },
  );

  app.get(
    '/api/v1/inbound-shipment-orders/:orderNumber',
    {
      schema: {
        tags: ['inbound shipment orders'],
        summary: 'One inbound shipment order with its lines',
        params: Type.Object({ orderNumber: Id() }),
        response: { 200: Order },
      },
      config: { access: READ },
    },
    async (request) => {
      const own = scopedSourceSystem(request, undefined);
      const header = await ctx.db.kysely.selectFrom('inbound_orders').selectAll().where('order_number', '=', request.params.orderNumber).executeTakeFirst();
      if (!header || (own !== undefined && header.source_system_id !== own)) throw notFound('Inbound shipment order', request.params.orderNumber);
      const lines = await ctx.db.kysely.selectFrom('inbound_order_lines').selectAll().where('order_number', '=', header.order_number).orderBy('line_number').execute();
      return {
        ...headerView(header),
        lines: lines.map((l) => ({
          inventoryLotId: l.id,
          orderLineNumber: l.line_number,
          itemNumber: l.item_number,
          sourceSystemItemNumber: l.source_item_number,
          itemBatchNumber: l.batch_number,
          itemSerialNumber: l.serial_number,
          inventoryOwnerId: l.owner_id,
          inventoryStatusId: l.inventory_status_id,
          expectedQuantity: qtyToNumber(l.expected_qty),
          expectedUnitSymbol: l.unit,
          expectedInventoryQuantity: qtyToNumber(l.expected_inventory_qty),
          inventoryUnitSymbol: l.inventory_unit,
          receivedQuantity: qtyToNumber(l.received_inventory_qty),
          remainingQuantity: qtyToNumber(Math.max(0, l.expected_inventory_qty - l.received_inventory_qty)),
          overdeliveryPercentage: qtyToNumber(l.overdelivery_pct),
          underdeliveryPercentage: qtyToNumber(l.underdelivery_pct),
          receivingStatus: l.receiving_status,
          status: l.status,
          references: fromJson<Record<string, unknown>>(l.refs, {}),
        })),
      };
    },
  );
}
