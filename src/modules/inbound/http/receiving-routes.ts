import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import type { CrossDockHandler } from '../commands/cross-dock.js';
import { receiveLicensePlate, receiveLoadItem, receiveMixedLicensePlate, receiveOrderLine } from '../commands/receive.js';
import { micro, nullable, OperationId, Quantity, RegistrationResult } from './schemas.js';
import { Id, LineNumber } from '../../../platform/http/schema-types.js';

const TAGS = ['receiving'];
const ACCESS = ['warehouse_worker', 'warehouse_manager'] as const;

const Dimensions = {
  itemBatchNumber: Type.Optional(nullable(Id())),
  itemSerialNumber: Type.Optional(nullable(Id())),
  inventoryStatusId: Type.Optional(Id({ description: "Default: the order line's" })),
  inventoryOwnerId: Type.Optional(Id({ description: "Must be the order line's owner" })),
};
const Common = {
  operationId: OperationId,
  locationId: Type.Optional(Id({ description: "Receipt location; default: the warehouse's first receipt location" })),
};
const unitField = Type.Optional(Id({ description: "Default: the order line's inventory unit" }));

const worker = (request: FastifyRequest) => principalOf(request).name;

export function receivingRoutes(app: App, ctx: AppContext, crossDock: CrossDockHandler | undefined): void {
  app.post(
    '/api/v1/inbound-receiving/order-line',
    {
      schema: {
        tags: TAGS,
        summary: 'Inbound shipment order line receiving: register a quantity of one order line',
        body: Type.Object({
          ...Common,
          ...Dimensions,
          orderNumber: Id(),
          orderLineNumber: LineNumber(),
          quantity: Quantity,
          unitSymbol: unitField,
          licensePlateId: Type.Optional(nullable(Id())),
          loadId: Type.Optional(Id({ description: 'Default: the open load carrying the line, or a new load' })),
        }),
        response: { 200: RegistrationResult },
      },
      config: { access: ACCESS },
    },
    async (request) => {
      const b = request.body;
      return receiveOrderLine(ctx, { operationId: b.operationId, workerId: worker(request), locationId: b.locationId, crossDock }, {
        orderNumber: b.orderNumber,
        lineNumber: b.orderLineNumber,
        qty: micro('quantity', b.quantity),
        unit: b.unitSymbol,
        batchNumber: b.itemBatchNumber,
        serialNumber: b.itemSerialNumber,
        inventoryStatusId: b.inventoryStatusId,
        inventoryOwnerId: b.inventoryOwnerId,
        licensePlateId: b.licensePlateId,
        loadId: b.loadId,
      });
    },
  );

  app.post(
    '/api/v1/inbound-receiving/license-plate',
    {
      schema: {
        tags: TAGS,
        summary: 'License plate receiving: one scan receives everything an ASN packed on the plate and its nested cases',
        body: Type.Object({ ...Common, licensePlateNumber: Id(), loadId: Type.Optional(Id()) }),
        response: { 200: RegistrationResult },
      },
      config: { access: ACCESS },
    },
    async (request) => receiveLicensePlate(ctx, { operationId: request.body.operationId, workerId: worker(request), locationId: request.body.locationId, crossDock }, request.body),
  );

  app.post(
    '/api/v1/inbound-receiving/load-item',
    {
      schema: {
        tags: TAGS,
        summary: 'Load item receiving: register a quantity of an item on a load',
        body: Type.Object({
          ...Common,
          ...Dimensions,
          loadId: Id(),
          itemNumber: Id({ description: 'Internal item number' }),
          quantity: Quantity,
          unitSymbol: unitField,
          licensePlateId: Type.Optional(nullable(Id())),
        }),
        response: { 200: RegistrationResult },
      },
      config: { access: ACCESS },
    },
    async (request) => {
      const b = request.body;
      return receiveLoadItem(ctx, { operationId: b.operationId, workerId: worker(request), locationId: b.locationId, crossDock }, {
        loadId: b.loadId,
        itemNumber: b.itemNumber,
        qty: micro('quantity', b.quantity),
        unit: b.unitSymbol,
        batchNumber: b.itemBatchNumber,
        serialNumber: b.itemSerialNumber,
        inventoryStatusId: b.inventoryStatusId,
        inventoryOwnerId: b.inventoryOwnerId,
        licensePlateId: b.licensePlateId,
      });
    },
  );

  app.post(
    '/api/v1/inbound-receiving/mixed-license-plate',
    {
      schema: {
        tags: TAGS,
        summary: 'Mixed license plate receiving: several order lines onto one license plate, with one put-away work',
        body: Type.Object({
          ...Common,
          licensePlateId: Id(),
          lines: Type.Array(
            Type.Object({ ...Dimensions, orderNumber: Id(), orderLineNumber: LineNumber(), quantity: Quantity, unitSymbol: unitField, loadId: Type.Optional(Id()) }),
            { minItems: 1, maxItems: 200 },
          ),
        }),
        response: { 200: RegistrationResult },
      },
      config: { access: ACCESS },
    },
    async (request) => {
      const b = request.body;
      return receiveMixedLicensePlate(
        ctx,
        { operationId: b.operationId, workerId: worker(request), locationId: b.locationId, crossDock },
        b.licensePlateId,
        b.lines.map((l, i) => ({
          orderNumber: l.orderNumber,
          lineNumber: l.orderLineNumber,
          qty: micro(`lines/${String(i)}/quantity`, l.quantity),
          unit: l.unitSymbol,
          batchNumber: l.itemBatchNumber,
          serialNumber: l.itemSerialNumber,
          inventoryStatusId: l.inventoryStatusId,
          inventoryOwnerId: l.inventoryOwnerId,
          loadId: l.loadId,
        })),
      );
    },
  );
}
