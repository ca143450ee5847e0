import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { wavePicking } from '../db/wave-progress.js';
import { loadHeaderView, shipmentView, waveHeaderView, waveTemplateView } from '../db/wave-load-views.js';
import { LoadHeader, Template, WaveHeader } from './wave-load-schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

/** The same readers as the single wave and load routes. */
const READ = ['planner', 'warehouse_manager', 'warehouse_worker', 'integration_operator'] as const;
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const optionalText = () => Type.Optional(Id());

const LoadSorting = sorting({
  fields: {
    loadId: textSort('load_id'),
    warehouseId: textSort('warehouse_id'),
    sourceSystemId: textSort('source_system_id'),
    status: textSort('status'),
    shippingCarrierId: textSort('carrier_id'),
    deliveryModeCode: textSort('delivery_mode_code'),
    shippedAt: 'shipped_at',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: textSort('load_id'),
});

const WaveSorting = sorting({
  fields: {
    waveId: textSort('wave_id'),
    warehouseId: textSort('warehouse_id'),
    waveTemplateId: textSort('template_id'),
    status: textSort('status'),
    createdAt: 'created_at',
    executedAt: 'executed_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: textSort('wave_id'),
});

const ShipmentSorting = sorting({
  fields: {
    shipmentId: textSort('shipment_id'),
    loadId: textSort('load_id'),
    waveId: textSort('wave_id'),
    warehouseId: textSort('warehouse_id'),
    sourceSystemId: textSort('source_system_id'),
    status: textSort('status'),
    shippingCarrierId: textSort('carrier_id'),
    deliveryModeCode: textSort('delivery_mode_code'),
    createdAt: 'created_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: textSort('shipment_id'),
});

/** Wave templates are tried in sequence order, so that is how they list. */
const TemplateSorting = sorting({
  fields: {
    waveTemplateId: textSort('template_id'),
    warehouseId: textSort('warehouse_id'),
    sourceSystemId: textSort('source_system_id'),
    shippingCarrierId: textSort('carrier_id'),
    deliveryModeCode: textSort('delivery_mode_code'),
    processAt: textSort('process_at'),
    sequence: 'sequence',
  },
  default: { sort: 'sequence', order: 'asc' },
  tiebreak: textSort('template_id'),
});

const Shipment = Type.Object({
  shipmentId: Type.String(),
  loadId: Type.String(),
  waveId: nullable(Type.String()),
  warehouseId: Type.String(),
  sourceSystemId: Type.String(),
  status: Type.String({ description: 'Open, Waved, Loaded or Shipped' }),
  shippingCarrierId: nullable(Type.String()),
  shippingCarrierServiceId: nullable(Type.String()),
  deliveryModeCode: nullable(Type.String()),
  deliveryTermsCode: nullable(Type.String()),
  createdAt: nullable(Type.String()),
});

/** Lists of the outbound planning records: what the outbound workspace pages through. */
export function outboundListRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;
  const shipmentsOfOrder = (orderNumber: string) => db().selectFrom('outbound_load_lines').select('shipment_id').where('order_number', '=', orderNumber);

  app.get(
    '/api/v1/outbound-loads',
    {
      schema: {
        tags: ['outbound loads'],
        summary: 'Outbound loads, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            warehouseId: optionalText(),
            loadStatus: Type.Optional(Id({ description: 'Open, In process, Loaded or Shipped' })),
            orderNumber: Type.Optional(Id({ description: 'Loads carrying a line of this order' })),
            q: Type.Optional(SearchText('Load id contains')),
          }),
          SortQuery(LoadSorting),
        ]),
        response: { 200: pageOf(LoadHeader) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      let query = db().selectFrom('outbound_loads');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      if (q.loadStatus) query = query.where('status', '=', q.loadStatus);
      if (q.orderNumber) query = query.where('load_id', 'in', db().selectFrom('outbound_load_lines').select('load_id').where('order_number', '=', q.orderNumber));
      if (q.q) query = query.where(containsText(['load_id'], q.q));
      return fetchPage(query, pageParams(q), (rows) => orderRows(rows.selectAll(), LoadSorting, q, ctx.db.caps), loadHeaderView);
    },
  );

  app.get(
    '/api/v1/waves',
    {
      schema: {
        tags: ['waves'],
        summary: 'Waves, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            warehouseId: optionalText(),
            status: Type.Optional(Id({ description: 'Open or Executed' })),
            picking: Type.Optional(Type.Boolean({ description: 'true: only executed waves whose pick work is not done yet; false: the others' })),
            waveTemplateId: optionalText(),
            q: Type.Optional(SearchText('Wave id contains')),
          }),
          SortQuery(WaveSorting),
        ]),
        response: { 200: pageOf(WaveHeader) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      let query = db().selectFrom('outbound_waves as w');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.picking !== undefined) query = query.where((eb) => (q.picking ? wavePicking(eb) : eb.not(wavePicking(eb))));
      if (q.waveTemplateId) query = query.where('template_id', '=', q.waveTemplateId);
      if (q.q) query = query.where(containsText(['wave_id'], q.q));
      return fetchPage(query, pageParams(q), (rows) => orderRows(rows.selectAll(), WaveSorting, q, ctx.db.caps), waveHeaderView);
    },
  );

  app.get(
    '/api/v1/outbound-shipments',
    {
      schema: {
        tags: ['outbound loads'],
        summary: 'Outbound shipments, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            warehouseId: optionalText(),
            loadId: optionalText(),
            waveId: optionalText(),
            status: Type.Optional(Id({ description: 'Open, Waved, Loaded or Shipped' })),
            orderNumber: Type.Optional(Id({ description: 'Shipments carrying a line of this order' })),
            q: Type.Optional(SearchText('Shipment id contains')),
          }),
          SortQuery(ShipmentSorting),
        ]),
        response: { 200: pageOf(Shipment) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      let query = db().selectFrom('outbound_shipments');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      if (q.loadId) query = query.where('load_id', '=', q.loadId);
      if (q.waveId) query = query.where('wave_id', '=', q.waveId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.orderNumber) query = query.where('shipment_id', 'in', shipmentsOfOrder(q.orderNumber));
      if (q.q) query = query.where(containsText(['shipment_id'], q.q));
      return fetchPage(query, pageParams(q), (rows) => orderRows(rows.selectAll(), ShipmentSorting, q, ctx.db.caps), shipmentView);
    },
  );

  app.get(
    '/api/v1/wave-templates',
    {
      schema: {
        tags: ['waves'],
        summary: 'Wave templates in sequence order',
        querystring: Type.Intersect([PageQuery, Type.Object({ warehouseId: optionalText() }), SortQuery(TemplateSorting)]),
        response: { 200: pageOf(Template) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      let query = db().selectFrom('outbound_wave_templates');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      return fetchPage(query, pageParams(q), (rows) => orderRows(rows.selectAll(), TemplateSorting, q, ctx.db.caps), waveTemplateView);
    },
  );
}
