import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { saveInboundParameters } from '../commands/save-inbound-parameters.js';
import { inboundParameters } from '../db/parameters.js';
import { OverReceiptPolicy, PackingSlipPolicy } from './schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

const View = Type.Object({ warehouseId: Type.String(), packingSlipPolicy: Type.String(), loadOverReceiptPolicy: Type.String(), version: Type.Integer() });
const Params = Type.Object({ warehouseId: Id() });

export function parameterRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/inbound-parameters/:warehouseId',
    { schema: { tags: ['receiving'], summary: "A warehouse's receiving parameters (defaults until set)", params: Params, response: { 200: View } }, config: { access: ['warehouse_manager', 'planner', 'warehouse_worker'] } },
    async (request) => inboundParameters(ctx.db.kysely, request.params.warehouseId),
  );

  app.put(
    '/api/v1/inbound-parameters/:warehouseId',
    {
      schema: {
        tags: ['receiving'],
        summary: 'Set the packing slip policy at receiving completed and the default load over receipt policy of a warehouse',
        params: Params,
        body: Type.Object({ packingSlipPolicy: PackingSlipPolicy, loadOverReceiptPolicy: OverReceiptPolicy }),
        response: { 200: View },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => saveInboundParameters(ctx, request.params.warehouseId, request.body),
  );
}
