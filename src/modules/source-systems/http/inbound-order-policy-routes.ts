import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { saveInboundOrderPolicies } from '../commands/save-inbound-order-policies.js';
import { inboundOrderPolicies } from '../db/inbound-order-policies.js';
import { findSourceSystem } from '../db/source-system-rows.js';
import { INBOUND_DELIVERY_POLICIES, INBOUND_LOAD_SYNC_POLICIES } from '../domain/source-system-settings.js';

const TAGS = ['source systems'];
const Params = Type.Object({ sourceSystemId: Id() });
const Policy = Type.Object(
  {
    orderType: Type.String({ maxLength: 60, description: "The message's orderType; '' for any type" }),
    accountNumber: Type.String({ maxLength: 60, description: "The consigner's account number (consignerAccountNumber); '' for any account" }),
    loadSynchronizationPolicy: Type.Unsafe<(typeof INBOUND_LOAD_SYNC_POLICIES)[number]>(Type.Enum([...INBOUND_LOAD_SYNC_POLICIES])),
    deliveryPolicy: Type.Unsafe<(typeof INBOUND_DELIVERY_POLICIES)[number]>(Type.Enum([...INBOUND_DELIVERY_POLICIES])),
  },
  { additionalProperties: false },
);
const Grid = Type.Object({ items: Type.Array(Policy, { maxItems: 200 }) });

/**
 * The source system's inbound shipment order policies (reference section 4): load synchronization and
 * delivery policy per order type and consigner account; orders no row matches follow the source system's
 * own settings.
 */
export function inboundOrderPolicyRoutes(app: App, ctx: AppContext): void {
  const known = async (id: string) => {
    if (!(await findSourceSystem(ctx.db.kysely, id))) throw notFound('Source system', id);
  };
  app.get(
    '/api/v1/source-systems/:sourceSystemId/inbound-order-policies',
    { schema: { tags: TAGS, summary: 'Inbound shipment order policies per order type and account', params: Params, response: { 200: Grid } }, config: { access: ['integration_operator', 'warehouse_manager', 'planner', 'source_system'] } },
    async (request) => {
      const id = scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId;
      await known(id);
      return { items: await inboundOrderPolicies(ctx.db.kysely, id) };
    },
  );
  app.put(
    '/api/v1/source-systems/:sourceSystemId/inbound-order-policies',
    {
      schema: {
        tags: TAGS,
        summary: 'Replace the inbound shipment order policies (the whole grid)',
        description: 'The most specific row applies to an order: type and account, then type, then account, then the catch-all (both empty); without one, the source system settings. 409 INTEGRATION.DUPLICATE_POLICY when two rows name the same type and account.',
        params: Params,
        body: Grid,
        response: { 200: Grid },
      },
      config: { access: ['integration_operator'] },
    },
    async (request) => ({ items: await saveInboundOrderPolicies(ctx, request.params.sourceSystemId, request.body.items) }),
  );
}
