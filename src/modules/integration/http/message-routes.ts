import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, notFound } from '../../../platform/errors.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';
import type { App } from '../../../platform/http/server.js';
import { cancelMessage, editMessage, processMessageNow, queueMessage } from '../commands/message-actions.js';
import { receiveMessage } from '../commands/receive-message.js';
import { findMessage, logView, messageView, type MessageRow } from '../db/message-rows.js';
import { contentContains } from '../db/message-search.js';
import { MESSAGE_TYPES, PROCESSING_STATUSES, type OrderMessageType } from '../domain/message-states.js';
import { PRODUCT_MESSAGE_SCHEMAS, type AnyProductMessage } from './product-message-schemas.js';
import { InboundShipmentOrderMessage, OutboundShipmentOrderMessage, type AnyOrderMessage } from './message-schemas.js';
import { Id, RowId } from '../../../platform/http/schema-types.js';

const TAGS = ['shipment order messages'];
const SEND = ['source_system', 'integration_operator'] as const;
const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner'] as const;
const OPERATE = ['integration_operator', 'source_system'] as const;

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const MessageSchema = Type.Object({
  id: Type.Integer({ description: "Quayside's id of this message version" }),
  messageId: Type.String(),
  version: Type.Integer(),
  messageType: Type.String(),
  sourceSystemId: Type.String(),
  orderNumber: Type.String(),
  processingStatus: Type.Enum(PROCESSING_STATUSES),
  processorState: Type.String(),
  origin: Type.String({ description: 'Integration or ManualEntry' }),
  attempts: Type.Integer(),
  receivedAt: nullable(Type.String()),
  updatedAt: nullable(Type.String()),
  processedAt: nullable(Type.String()),
  lastError: nullable(Type.String()),
  internalOrderNumber: nullable(Type.String()),
  previousVersionId: nullable(Type.Integer()),
  replacedById: nullable(Type.Integer()),
});

const LogSchema = Type.Object({
  attempt: Type.Integer(),
  at: nullable(Type.String()),
  level: Type.String(),
  text: Type.String(),
  field: nullable(Type.String()),
  value: nullable(Type.String()),
});

const MessageDetail = Type.Intersect([
  MessageSchema,
  Type.Object({
    content: Type.Unknown({ description: 'The message as received (or as edited, for a later version)' }),
    log: Type.Array(LogSchema),
    versions: Type.Array(Type.Object({ id: Type.Integer(), version: Type.Integer(), processingStatus: Type.String() })),
  }),
]);

const MessageSorting = sorting({
  fields: {
    id: 'id',
    messageId: textSort('message_id'),
    version: 'version',
    messageType: textSort('message_type'),
    sourceSystemId: textSort('source_system_id'),
    orderNumber: textSort('order_number'),
    processingStatus: textSort('processing_status'),
    attempts: 'attempts',
    receivedAt: 'received_at',
    updatedAt: 'updated_at',
    processedAt: 'processed_at',
  },
  default: { sort: 'id', order: 'desc' },
  tiebreak: { column: 'id' },
});

const IdParams = Type.Object({ id: RowId() });

export function sourceSystemFor(request: FastifyRequest, bodyValue: string | undefined): string {
  const id = scopedSourceSystem(request, bodyValue);
  if (id === undefined) {
    throw new DomainError(CommonErrors.validation, 'sourceSystemId: is required when a user enters a message', [{ field: 'sourceSystemId', reason: 'is required' }]);
  }
  return id;
}

export function messageRoutes(app: App, ctx: AppContext): void {
  const intake = (path: string, type: OrderMessageType, body: typeof InboundShipmentOrderMessage | typeof OutboundShipmentOrderMessage, what: string) =>
    app.post(
      path,
      {
        schema: {
          tags: TAGS,
          summary: `Send an ${what} shipment order message (header and lines)`,
          description:
            'Stored at once and processed in the background, per order in arrival order. 202 for a new message; 200 with the stored message when the messageId is already known (nothing changes); ' +
            '409 INTEGRATION.MESSAGE_REMOVED when the messageId belonged to a message removed after its retention period (it is never applied twice). ' +
            'A user key (integration operator) creates a Draft that must be queued.',
          body,
          response: { 200: MessageSchema, 202: MessageSchema },
        },
        bodyLimit: BODY_LIMITS.bulk,
        config: { access: SEND },
      },
      async (request, reply) => {
        const content: AnyOrderMessage = request.body;
        const principal = principalOf(request);
        const sourceSystemId = sourceSystemFor(request, content.sourceSystemId);
        const origin = principal.kind === 'source_system' ? 'Integration' : 'ManualEntry';
        const { message, created } = await receiveMessage(ctx, type, sourceSystemId, content, origin);
        return reply.status(created ? 202 : 200).send(messageView(message));
      },
    );
  intake('/api/v1/inbound-shipment-order-messages', 'InboundShipmentOrder', InboundShipmentOrderMessage, 'inbound');
  intake('/api/v1/outbound-shipment-order-messages', 'OutboundShipmentOrder', OutboundShipmentOrderMessage, 'outbound');


  app.get(
    '/api/v1/messages',
    {
      schema: {
        tags: TAGS,
        summary: 'Shipment order and product messages, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({
            sourceSystemId: Type.Optional(Id()),
            messageType: Type.Optional(Type.Enum(MESSAGE_TYPES)),
            processingStatus: Type.Optional(Type.Enum(PROCESSING_STATUSES)),
            orderNumber: Type.Optional(Id()),
            messageId: Type.Optional(Id()),
            contains: Type.Optional(
              Type.String({
                minLength: 2,
                maxLength: 100,
                description: 'Messages whose content contains this text, in any field (an order or line value, an item number, a name), ignoring case',
              }),
            ),
          }),
          SortQuery(MessageSorting),
        ]),
        response: { 200: pageOf(MessageSchema) },
      },
      config: { access: READ },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      const q = request.query;
      const sourceSystemId = scopedSourceSystem(request, q.sourceSystemId);
      let query = ctx.db.kysely.selectFrom('shipment_order_messages');
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      if (q.messageType) query = query.where('message_type', '=', q.messageType);
      if (q.processingStatus) query = query.where('processing_status', '=', q.processingStatus);
      if (q.orderNumber) query = query.where('order_number', '=', q.orderNumber);
      if (q.messageId) query = query.where('message_id', '=', q.messageId);
      if (q.contains) query = query.where(contentContains(q.contains));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), MessageSorting, q, ctx.db.caps), messageView);
    },
  );

  const visible = async (request: FastifyRequest, id: number): Promise<MessageRow> => {
    const row = await findMessage(ctx.db.kysely, id);
    const own = scopedSourceSystem(request, undefined);
    if (!row || (own !== undefined && row.source_system_id !== own)) throw notFound('Message', id);
    return row;
  };

  app.get(
    '/api/v1/messages/:id',
    { schema: { tags: TAGS, summary: 'One message with its content, processing log and versions', params: IdParams, response: { 200: MessageDetail } }, config: { access: READ } },
    async (request) => {
      const row = await visible(request, request.params.id);
      const [log, versions] = await Promise.all([
        ctx.db.kysely.selectFrom('message_log').selectAll().where('message_pk', '=', row.id).orderBy('id').execute(),
        ctx.db.kysely
          .selectFrom('shipment_order_messages')
          .select(['id', 'version', 'processing_status'])
          .where('source_system_id', '=', row.source_system_id)
          .where('message_id', '=', row.message_id)
          .orderBy('version')
          .execute(),
      ]);
      return {
        ...messageView(row),
        content: JSON.parse(row.content) as unknown,
        log: log.map(logView),
        versions: versions.map((v) => ({ id: v.id, version: v.version, processingStatus: v.processing_status })),
      };
    },
  );

  const action = (name: 'process' | 'cancel' | 'queue', summary: string, run: (id: number, scope: string | undefined) => Promise<MessageRow>) =>
    app.post(
      `/api/v1/messages/:id/${name}`,
      { schema: { tags: TAGS, summary, params: IdParams, response: { 200: MessageSchema } }, config: { access: OPERATE } },
      async (request) => messageView(await run(request.params.id, scopedSourceSystem(request, undefined))),
    );
  action('process', 'Process the message now (Failed or Received), unless an earlier message of its order holds it', (id, scope) => processMessageNow(ctx, id, scope));
  action('cancel', 'Cancel the message; later messages of its order are no longer held by it', (id, scope) => cancelMessage(ctx, id, scope));
  action('queue', 'Queue a Failed, Canceled or Draft message for processing again', (id, scope) => queueMessage(ctx, id, scope));

  app.put(
    '/api/v1/messages/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Edit a Failed message (saved as a new Draft version) or a Draft',
        description: 'The body is the whole message. Order number, message id and line numbers cannot change. Queue the new version to process it.',
        params: IdParams,
        body: Type.Union([InboundShipmentOrderMessage, OutboundShipmentOrderMessage, ...Object.values(PRODUCT_MESSAGE_SCHEMAS)]),
        response: { 200: MessageSchema },
      },
      bodyLimit: BODY_LIMITS.bulk,
      config: { access: OPERATE },
    },
    async (request) => {
      const row = await visible(request, request.params.id);
      const content: AnyOrderMessage | AnyProductMessage = request.body;
      return messageView(await editMessage(ctx, row.id, content, scopedSourceSystem(request, undefined)));
    },
  );
}
