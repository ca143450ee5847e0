import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';
import type { App } from '../../../platform/http/server.js';
import { DomainError } from '../../../platform/errors.js';
import type { MessageOrigin } from '../../integration/index.js';
import { D365Errors } from '../errors.js';
import { checkCompany } from '../messages/company-check.js';
import { completeMessage } from '../messages/complete.js';
import { MESSAGE_ENTITIES, type MessageEntity } from '../messages/schemas.js';
import { stageHeader, stageLine, type KeyFields } from '../messages/stage.js';
import { NAMESPACE } from '../odata/entity-set.js';
import { odataJson, prefersMinimal, serviceRoot } from '../odata/headers.js';
import { keyText, parseSegment, pathSegments } from '../odata/keys.js';

export const SEND = ['source_system', 'integration_operator'] as const;
const COMPLETE = `${NAMESPACE}.Complete`;

type Body = Record<string, unknown> & { dataAreaId: string; SourceSystemId: string; OrderNumber: string; MessageId: string };

function originOf(request: FastifyRequest): MessageOrigin {
  return principalOf(request).kind === 'source_system' ? 'Integration' : 'ManualEntry';
}

/** The caller's key fields: a source system's token may only send for its own source system and company. */
async function keyOf(ctx: AppContext, request: FastifyRequest, dataAreaId: string, sourceSystemId: string, orderNumber: string, messageId: string): Promise<KeyFields> {
  const scoped = scopedSourceSystem(request, sourceSystemId) ?? sourceSystemId;
  await checkCompany(ctx.db.kysely, scoped, dataAreaId);
  return { sourceSystemId: scoped, orderNumber, messageId };
}

function quoted(value: string): string {
  return `'${encodeURIComponent(value.replaceAll("'", "''"))}'`;
}

function entityUrl(request: FastifyRequest, set: string, body: Body, line?: number): string {
  const keys = [`dataAreaId=${quoted(body.dataAreaId)}`, `SourceSystemId=${quoted(body.SourceSystemId)}`, `OrderNumber=${quoted(body.OrderNumber)}`, `MessageId=${quoted(body.MessageId)}`];
  if (line !== undefined) keys.push(`OrderLineNumber=${String(line)}`);
  return `${serviceRoot(request)}${set}(${keys.join(',')})`;
}

/**
 * The message entities of the reference (5.1, 5.2): POST the header, POST each line with the same key, then
 * POST the bound action Complete on the header; only then is the message queued, exactly as one posted to
 * /api/v1. Answers as D365 does: 201 with the entity (204 with `Prefer: return=minimal`), 204 for Complete.
 */
export function messageRoutes(data: App, ctx: AppContext): void {
  const created = (request: FastifyRequest, reply: Parameters<typeof odataJson>[0], set: string, body: Body, line?: number) => {
    const location = entityUrl(request, set, body, line);
    reply.header('location', location).header('odata-entityid', location);
    if (prefersMinimal(request)) return odataJson(reply, 204, undefined);
    return odataJson(reply, 201, { '@odata.context': `${serviceRoot(request)}$metadata#${set}/$entity`, ...body, ProcessingStatus: 'Receiving' });
  };

  for (const entity of MESSAGE_ENTITIES) {
    data.post(
      `/${entity.headerSet}`,
      { schema: { hide: true, body: entity.header }, bodyLimit: BODY_LIMITS.standard, config: { access: SEND } },
      async (request, reply) => {
        const body = request.body as Body;
        const key = await keyOf(ctx, request, body.dataAreaId, body.SourceSystemId, body.OrderNumber, body.MessageId);
        await stageHeader(ctx, entity, key, body);
        return created(request, reply, entity.headerSet, { ...body, SourceSystemId: key.sourceSystemId });
      },
    );
    data.post(
      `/${entity.lineSet}`,
      { schema: { hide: true, body: entity.line }, bodyLimit: BODY_LIMITS.standard, config: { access: SEND } },
      async (request, reply) => {
        const body = request.body as Body & { OrderLineNumber: number };
        const key = await keyOf(ctx, request, body.dataAreaId, body.SourceSystemId, body.OrderNumber, body.MessageId);
        await stageLine(ctx, entity, key, body);
        return created(request, reply, entity.lineSet, { ...body, SourceSystemId: key.sourceSystemId }, body.OrderLineNumber);
      },
    );
  }

  // Bound actions: /data/<Set>(<key>)/Microsoft.Dynamics.DataEntities.Complete (the path holds a key, so no static route).
  data.post('/*', { schema: { hide: true }, bodyLimit: BODY_LIMITS.small, config: { access: SEND } }, async (request, reply) => {
    const segments = pathSegments(request.url);
    const [first, action] = segments;
    const segment = first === undefined ? undefined : parseSegment(first);
    const entity: MessageEntity | undefined = MESSAGE_ENTITIES.find((e) => e.headerSet === segment?.set);
    if (!segment?.key || !entity || segments.length !== 2 || (action !== COMPLETE && action !== 'Complete')) {
      throw new DomainError(D365Errors.unknownResource, `POST ${request.url.slice(0, 200)}: the only action is ${COMPLETE}, bound to an InboundShipmentOrderMessages or OutboundShipmentOrderMessages entity`);
    }
    const k = segment.key;
    const key = await keyOf(ctx, request, keyText(k, 'dataAreaId'), keyText(k, 'SourceSystemId'), keyText(k, 'OrderNumber'), keyText(k, 'MessageId'));
    await completeMessage(ctx, entity, key, originOf(request));
    return odataJson(reply, 204, undefined);
  });
}
