import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../../db-schema.js';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { DimensionsSchema } from './stock-schemas.js';
import { fromDimensionRow } from '../domain/dimensions.js';
import { Id } from '../../../platform/http/schema-types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const USERS = ['warehouse_manager', 'planner', 'warehouse_worker', 'integration_operator'] as const;


const UnitSymbol = nullable(Type.String({ description: "The item's inventory unit, the unit of the quantities; null only if the item is no longer in master data" }));

/** Stock without a location, license plate or batch is often what a person asks for, so an empty value means "none". */
const IdOrNone = (what: string) => Type.Optional(Type.Union([Id(), Type.Literal('')], { description: `A ${what}, or empty for stock without one` }));

const DimensionFilters = Type.Object({
  itemNumber: Type.Optional(Id()),
  warehouseId: Type.Optional(Id()),
  locationId: IdOrNone('location id'),
  licensePlateId: IdOrNone('license plate id'),
  ownerId: Type.Optional(Id()),
  inventoryStatusId: Type.Optional(Id()),
  batchNumber: IdOrNone('batch number'),
});

const FILTER_COLUMNS = {
  itemNumber: 'item_number',
  warehouseId: 'warehouse_id',
  locationId: 'location_id',
  licensePlateId: 'license_plate_id',
  ownerId: 'owner_id',
  inventoryStatusId: 'inventory_status_id',
  batchNumber: 'batch_number',
} as const;

/** Both the ledger and the balances carry the eight dimension columns under the same names. */
function dimensionConditions(eb: ExpressionBuilder<DB, 'inventory_balances'> | ExpressionBuilder<DB, 'inventory_transactions'>, f: Partial<Record<keyof typeof FILTER_COLUMNS, string>>) {
  const conditions: Expression<SqlBool>[] = [];
  for (const [param, column] of Object.entries(FILTER_COLUMNS)) {
    const value = f[param as keyof typeof FILTER_COLUMNS];
    if (value !== undefined) conditions.push(sql<SqlBool>`${sql.ref(column)} = ${value}`);
  }
  return (eb as ExpressionBuilder<DB, 'inventory_balances'>).and(conditions);
}

const DIMENSION_SORT = {
  itemNumber: textSort('item_number'),
  warehouseId: textSort('warehouse_id'),
  locationId: textSort('location_id'),
  licensePlateId: textSort('license_plate_id'),
  ownerId: textSort('owner_id'),
  inventoryStatusId: textSort('inventory_status_id'),
  batchNumber: textSort('batch_number'),
  serialNumber: textSort('serial_number'),
};

/** The dimensions are the balance's key; in this order they were the list's order before sorting was offered. */
const OnHandSorting = sorting({
  fields: { ...DIMENSION_SORT, physicalQuantity: 'physical_qty', reservedQuantity: 'reserved_qty' },
  default: { sort: 'itemNumber', order: 'asc' },
  tiebreak: Object.values(DIMENSION_SORT).map((c) => ({ ...c, order: 'asc' as const })),
});

/**
 * Newest first by time: the figure index (item, warehouse, location, created_at) yields a figure's history in
 * that order, so its newest page reads 50 rows instead of sorting the figure's whole history.
 */
const TransactionSorting = sorting({
  fields: {
    id: { column: 'id', notNull: true },
    ...DIMENSION_SORT,
    quantity: 'qty',
    kind: textSort('kind'),
    status: textSort('status'),
    referenceType: textSort('reference_type'),
    referenceId: textSort('reference_id'),
    createdAt: { column: 'created_at', notNull: true },
    finalizedAt: 'finalized_at',
  },
  default: { sort: 'createdAt', order: 'desc' },
  tiebreak: { column: 'id', notNull: true },
});

export function inventoryRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/inventory/on-hand',
    {
      schema: {
        tags: ['inventory'],
        summary: 'Physical, reserved and available stock per dimension combination',
        querystring: Type.Intersect([PageQuery, DimensionFilters, SortQuery(OnHandSorting)]),
        response: {
          200: pageOf(Type.Object({ ...DimensionsSchema, physicalQuantity: Type.Number(), reservedQuantity: Type.Number(), availableQuantity: Type.Number(), inventoryUnitSymbol: UnitSymbol })),
        },
      },
      config: { access: USERS },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      const query = ctx.db.kysely
        .selectFrom('inventory_balances')
        .where('physical_qty', '>', 0)
        .where((eb) => dimensionConditions(eb, request.query));
      return fetchPage(
        query,
        { limit, offset },
        // The unit comes from a scalar subquery rather than a join: the filters' and the sort's unqualified column
        // names stay unambiguous, and it runs by primary key for the rows of the page only.
        (rows) =>
          orderRows(
            rows.selectAll().select((eb) => eb.selectFrom('items').select('items.inventory_unit').whereRef('items.item_number', '=', 'inventory_balances.item_number').as('unit_symbol')),
            OnHandSorting,
            request.query,
            ctx.db.caps,
          ),
        (r) => ({
          ...fromDimensionRow(r),
          physicalQuantity: qtyToNumber(r.physical_qty),
          reservedQuantity: qtyToNumber(r.reserved_qty),
          availableQuantity: qtyToNumber(r.physical_qty - r.reserved_qty),
          inventoryUnitSymbol: r.unit_symbol,
        }),
      );
    },
  );

  app.get(
    '/api/v1/inventory/transactions',
    {
      schema: {
        tags: ['inventory'],
        summary: 'The inventory ledger, newest first: every physical change of stock and what caused it',
        querystring: Type.Intersect([PageQuery, DimensionFilters, Type.Object({ referenceType: Type.Optional(Id()), referenceId: Type.Optional(Id()) }), SortQuery(TransactionSorting)]),
        response: {
          200: pageOf(
            Type.Object({
              id: Type.Integer(),
              ...DimensionsSchema,
              quantity: Type.Number(),
              inventoryUnitSymbol: UnitSymbol,
              kind: Type.String(),
              status: Type.String(),
              sourceSystemId: nullable(Type.String()),
              referenceType: Type.String(),
              referenceId: Type.String(),
              operationId: Type.String(),
              createdAt: nullable(Type.String()),
              finalizedAt: nullable(Type.String()),
            }),
          ),
        },
      },
      config: { access: USERS },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      let query = ctx.db.kysely.selectFrom('inventory_transactions').where((eb) => dimensionConditions(eb, request.query));
      if (request.query.referenceType) query = query.where('reference_type', '=', request.query.referenceType);
      if (request.query.referenceId) query = query.where('reference_id', '=', request.query.referenceId);
      const withUnit = (rows: typeof query) =>
        rows.selectAll().select((eb) => eb.selectFrom('items').select('items.inventory_unit').whereRef('items.item_number', '=', 'inventory_transactions.item_number').as('unit_symbol'));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(withUnit(rows), TransactionSorting, request.query, ctx.db.caps), (r) => ({
        id: r.id,
        ...fromDimensionRow(r),
        quantity: qtyToNumber(r.qty),
        inventoryUnitSymbol: r.unit_symbol,
        kind: r.kind,
        status: r.status,
        sourceSystemId: r.source_system_id,
        referenceType: r.reference_type,
        referenceId: r.reference_id,
        operationId: r.operation_id,
        createdAt: toIso(r.created_at),
        finalizedAt: toIso(r.finalized_at),
      }));
    },
  );
}
