import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { runOperation } from '../../../platform/command.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import { principalOf } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { Id } from '../../../platform/http/schema-types.js';
import { parseQty } from '../../../platform/quantity.js';
import type { PickedStockSelector } from '../../outbound/index.js';
import { openContainer, packIntoContainer } from '../commands/containers.js';
import { closeAndPrint, printRequests } from '../commands/print-jobs.js';
import { containerViews } from '../db/container-reads.js';
import { PackingErrors } from '../errors.js';
import { CloseBody, Container, ContainerStatus, OpenContainerBody, PackBody, PrintBody } from './schemas.js';

const TAGS = ['packing'];
const READ = ['warehouse_manager', 'warehouse_worker', 'planner'] as const;
const PACK = ['warehouse_manager', 'warehouse_worker'] as const;
const Params = Type.Object({ containerId: Id() });

/** A license plate, or an item with a quantity: the two ways a packer scans stock. */
function selectorOf(body: { licensePlateId?: string | undefined; itemNumber?: string | undefined; quantity?: number | undefined; batchNumber?: string | undefined; serialNumber?: string | undefined }): PickedStockSelector {
  if (body.licensePlateId !== undefined) {
    if (body.itemNumber !== undefined) throw invalid('itemNumber', 'give a license plate or an item, not both', body.itemNumber);
    return { licensePlateId: body.licensePlateId };
  }
  if (body.itemNumber === undefined) throw invalid('licensePlateId', 'give a license plate, or an item number with a quantity');
  if (body.quantity === undefined) throw invalid('quantity', 'required with an item number');
  const qty = parseQty(body.quantity);
  if (qty === undefined) throw invalid('quantity', 'more than six decimals', body.quantity);
  return { itemNumber: body.itemNumber, qty, batchNumber: body.batchNumber ?? null, serialNumber: body.serialNumber ?? null };
}

export function containerRoutes(app: App, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const view = async (containerId: string) => {
    const [found] = await containerViews(db, { containerId });
    if (!found) throw new DomainError(PackingErrors.containerNotFound, `Container '${containerId}' does not exist`);
    return found;
  };

  app.get(
    '/api/v1/shipping-containers',
    {
      schema: {
        tags: TAGS,
        summary: 'Shipping containers of a shipment, load or warehouse with what each holds, newest first',
        querystring: Type.Object({ shipmentId: Type.Optional(Id()), loadId: Type.Optional(Id()), warehouseId: Type.Optional(Id()), status: Type.Optional(ContainerStatus) }),
        response: { 200: Type.Object({ items: Type.Array(Container) }) },
      },
      config: { access: READ },
    },
    async (request) => ({ items: await containerViews(db, request.query) }),
  );

  app.get('/api/v1/shipping-containers/:containerId', { schema: { tags: TAGS, summary: 'A shipping container and what it holds', params: Params, response: { 200: Container } }, config: { access: READ } }, async (request) =>
    view(request.params.containerId),
  );

  app.post(
    '/api/v1/shipping-containers',
    { schema: { tags: TAGS, summary: 'Open a shipping container for a shipment at a packing station', body: OpenContainerBody, response: { 201: Container } }, config: { access: PACK } },
    async (request, reply) => {
      const { operationId, ...input } = request.body;
      const { result } = await runOperation(ctx, { operationId, scope: 'openShippingContainer' }, ({ trx, now }) => openContainer(trx, now, { ...input, packer: principalOf(request).name }), { wakes: [] });
      return reply.status(201).send(await view(result));
    },
  );

  app.post(
    '/api/v1/shipping-containers/:containerId/pack',
    { schema: { tags: TAGS, summary: 'Pack picked stock of the shipment into the container: a license plate, or an item and quantity', params: Params, body: PackBody, response: { 200: Container } }, config: { access: PACK } },
    async (request) => {
      const selector = selectorOf(request.body);
      await runOperation(
        ctx,
        { operationId: request.body.operationId, scope: 'packShippingContainer' },
        ({ trx, now }) => packIntoContainer(trx, now, { containerId: request.params.containerId, selector, operationId: request.body.operationId, packer: principalOf(request).name }),
        { wakes: [] },
      );
      return view(request.params.containerId);
    },
  );

  app.post(
    '/api/v1/shipping-containers/:containerId/close',
    { schema: { tags: TAGS, summary: 'Close the container: its weight, its SSCC, the shippingContainer.closed event, and optionally its label to a printer', params: Params, body: CloseBody, response: { 200: Container } }, config: { access: PACK } },
    async (request) => {
      const { operationId, weightGrams, printerId } = request.body;
      await closeAndPrint(ctx, { operationId, containerId: request.params.containerId, weightGrams, printerId, packer: principalOf(request).name });
      return view(request.params.containerId);
    },
  );

  app.post(
    '/api/v1/shipping-containers/:containerId/print',
    { schema: { tags: TAGS, summary: "Print (or reprint) a closed container's label on a label printer", params: Params, body: PrintBody, response: { 202: Type.Object({ printJobId: Type.Integer() }) } }, config: { access: PACK } },
    async (request, reply) => {
      const id = await printRequests.container(ctx, { containerId: request.params.containerId, printerId: request.body.printerId, requestedBy: principalOf(request).name });
      return reply.status(202).send({ printJobId: id });
    },
  );
}
