import { runCommand } from '../../../platform/command.js';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import { pageOf, pageParams, PageQuery } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { Id, Quantity } from '../../../platform/http/schema-types.js';
import { parseQty, qtyToNumber } from '../../../platform/quantity.js';
import { removeFixedLocation, saveFixedLocation } from '../commands/fixed-locations.js';
import { runMinMax } from '../commands/run-min-max.js';
import { findFixedLocation, listFixedLocations } from '../db/fixed-location-views.js';
import { ReplenishmentErrors } from '../errors.js';

const TAGS = ['replenishment'];
const READ = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;
const SETUP = ['warehouse_manager'] as const;
const RUN = ['warehouse_manager', 'planner'] as const;

const FixedLocation = Type.Object({
  warehouseId: Type.String(),
  itemNumber: Type.String(),
  locationId: Type.String({ description: 'The pick face' }),
  minQuantity: Type.Number({ description: 'At or below this on-hand (inventory unit), min/max replenishment fills the face' }),
  maxQuantity: Type.Number({ description: 'Replenishment fills the face up to this' }),
  onHandQuantity: Type.Number({ description: 'Physical stock at the face now' }),
  incomingQuantity: Type.Number({ description: 'What open replenishment work still brings to the face' }),
  version: Type.Integer(),
  updatedAt: Type.String(),
});
const Params = Type.Object({ warehouseId: Id(), itemNumber: Id() });

const qtyOf = (field: string, value: number): number => {
  const q = parseQty(value);
  if (q === undefined) throw invalid(field, 'at most 6 decimals', value);
  return q;
};

export function replenishmentRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;

  app.get(
    '/api/v1/fixed-locations',
    {
      schema: {
        tags: TAGS,
        summary: 'Fixed pick locations (pick faces) with min/max, on-hand and incoming replenishment',
        querystring: Type.Intersect([PageQuery, Type.Object({ warehouseId: Type.Optional(Id()), itemNumber: Type.Optional(Id()), locationId: Type.Optional(Id()) })]),
        response: { 200: pageOf(FixedLocation) },
      },
      config: { access: READ },
    },
    async (request) => listFixedLocations(db(), { ...request.query, ...pageParams(request.query) }),
  );

  app.put(
    '/api/v1/fixed-locations/:warehouseId/:itemNumber',
    {
      schema: {
        tags: TAGS,
        summary: "Set an item's fixed pick location in a warehouse with its min/max (creates the warehouse's min/max replenishment process)",
        params: Params,
        body: Type.Object({ locationId: Id(), minQuantity: Quantity({ positive: false }), maxQuantity: Quantity() }),
        response: { 200: FixedLocation, 201: FixedLocation },
      },
      config: { access: SETUP },
    },
    async (request, reply) => {
      const { warehouseId, itemNumber } = request.params;
      const b = request.body;
      const input = { warehouseId, itemNumber, locationId: b.locationId, minQty: qtyOf('minQuantity', b.minQuantity), maxQty: qtyOf('maxQuantity', b.maxQuantity) };
      const { created } = await runCommand(ctx, ({ trx, now }) => saveFixedLocation(trx, now, input), { wakes: [] });
      const saved = await findFixedLocation(db(), warehouseId, itemNumber);
      if (!saved) throw new Error(`fixed location ${warehouseId}/${itemNumber} was not saved`);
      return reply.status(created ? 201 : 200).send(saved);
    },
  );

  app.get(
    '/api/v1/fixed-locations/:warehouseId/:itemNumber',
    { schema: { tags: TAGS, summary: "An item's fixed pick location in a warehouse", params: Params, response: { 200: FixedLocation } }, config: { access: READ } },
    async (request) => {
      const found = await findFixedLocation(db(), request.params.warehouseId, request.params.itemNumber);
      if (!found) throw new DomainError(ReplenishmentErrors.fixedLocationNotFound, `Item '${request.params.itemNumber}' has no fixed pick location in warehouse '${request.params.warehouseId}'`);
      return found;
    },
  );

  app.delete(
    '/api/v1/fixed-locations/:warehouseId/:itemNumber',
    { schema: { tags: TAGS, summary: "Remove an item's fixed pick location (open replenishment work stays)", params: Params, response: { 204: Type.Null() } }, config: { access: SETUP } },
    async (request, reply) => {
      await runCommand(ctx, ({ trx }) => removeFixedLocation(trx, request.params.warehouseId, request.params.itemNumber), { wakes: [] });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/replenishment/run',
    {
      schema: {
        tags: TAGS,
        summary: 'Run min/max replenishment now for a warehouse (or one zone of it): work for every face at or below its minimum without open replenishment',
        body: Type.Object({ warehouseId: Id(), zoneId: Type.Optional(Id()) }),
        response: {
          200: Type.Object({
            facesChecked: Type.Integer(),
            work: Type.Array(Type.Object({ workId: Type.String(), locationId: Type.String(), itemNumber: Type.String(), quantity: Type.Number() })),
          }),
        },
      },
      config: { access: RUN },
    },
    async (request) => {
      const outcome = await runCommand(ctx, ({ trx }) => runMinMax(trx, ctx, request.body.warehouseId, request.body.zoneId));
      return { facesChecked: outcome.facesChecked, work: outcome.work.map((w) => ({ ...w, quantity: qtyToNumber(w.quantity) })) };
    },
  );
}
