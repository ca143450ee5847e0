import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id, RowId } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { bulkMessageAction, MAX_BULK_MESSAGES } from '../commands/message-actions.js';

const TAGS = ['shipment order messages'];
const OPERATE = ['integration_operator', 'source_system'] as const;

const BulkBody = Type.Object(
  {
    action: Type.Union([Type.Literal('queue'), Type.Literal('cancel')], { description: 'queue: Failed, Canceled or Draft messages are processed again; cancel: the messages are not processed' }),
    messageIds: Type.Array(RowId(), { minItems: 1, maxItems: MAX_BULK_MESSAGES, uniqueItems: true, description: "Quayside's ids of the message versions" }),
    operationId: Id({ maxLength: 200, description: 'Client operation id: a retry with the same id answers the first outcome and changes nothing more' }),
  },
  { additionalProperties: false },
);

const BulkAnswer = Type.Object({
  operationId: Type.String(),
  action: Type.String(),
  applied: Type.Integer({ description: 'How many messages the action was applied to' }),
  results: Type.Array(
    Type.Object({
      id: Type.Integer(),
      outcome: Type.Union([Type.Literal('applied'), Type.Literal('refused'), Type.Literal('notFound')]),
      processingStatus: Type.Union([Type.String(), Type.Null()], { description: 'After the action; for a refused message, its status that refused it' }),
      code: Type.Union([Type.String(), Type.Null()], { description: 'The error code of a refusal' }),
      detail: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export function bulkMessageRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/messages/bulk-actions',
    {
      schema: {
        tags: TAGS,
        summary: `Queue or cancel up to ${String(MAX_BULK_MESSAGES)} messages at once, with an outcome per message`,
        description:
          'Each message is handled as a single queue or cancel would be (the same log line and status event); a message whose status does not allow the action, or that does not exist, is reported and the others go ahead. ' +
          'All in one transaction, applied once per operation id.',
        body: BulkBody,
        response: { 200: BulkAnswer },
      },
      config: { access: OPERATE },
    },
    async (request) => {
      const { action, messageIds, operationId } = request.body;
      const results = await bulkMessageAction(ctx, action, messageIds, operationId, scopedSourceSystem(request, undefined));
      return { operationId, action, applied: results.filter((r) => r.outcome === 'applied').length, results };
    },
  );
}
