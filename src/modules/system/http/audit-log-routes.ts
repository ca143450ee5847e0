import { Type } from 'typebox';
import { AUDIT_ACTIONS, AUDIT_ACTOR_TYPES, AUDIT_OUTCOMES, type AuditAction, type AuditActorType, type AuditOutcome } from '../../../platform/audit/audit-log.js';
import { REFUSALS_PER_MINUTE } from '../../../platform/audit/refusals.js';
import type { AuditLogTable } from '../../../platform/audit/tables.js';
import { fromIso, toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { fromJsonOr } from '../../../platform/db/json.js';
import { invalid } from '../../../platform/errors.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import { DateTime, Id } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import type { Selectable } from 'kysely';

const AuditEntryView = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  action: Type.Enum(AUDIT_ACTIONS),
  outcome: Type.Enum(AUDIT_OUTCOMES),
  actorType: Type.Enum(AUDIT_ACTOR_TYPES, { description: 'user (signed in with a password), api_key, anonymous (not signed in) or system (the command line, the first start)' }),
  actorId: Type.Union([Type.String(), Type.Null()], { description: 'The username, or the API key id' }),
  actorName: Type.Union([Type.String(), Type.Null()], { description: "The username, or the API key's name" }),
  sourceSystemId: Type.Union([Type.String(), Type.Null()], { description: 'The source system of an integration key' }),
  clientIp: Type.Union([Type.String(), Type.Null()]),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed or why it failed; never a password, secret or token' }),
});

const AuditSorting = sorting({
  fields: { at: 'at', action: textSort('action'), actorName: textSort('actor_name'), outcome: textSort('outcome') },
  default: { sort: 'at', order: 'desc' },
  tiebreak: { column: 'id' },
});

const AuditQuery = Type.Object({
  action: Type.Optional(Type.Enum(AUDIT_ACTIONS)),
  actor: Type.Optional(Id({ maxLength: 200, description: 'A username, API key name or API key id' })),
  actorType: Type.Optional(Type.Enum(AUDIT_ACTOR_TYPES)),
  outcome: Type.Optional(Type.Enum(AUDIT_OUTCOMES)),
  targetType: Type.Optional(Id({ maxLength: 50, description: 'user, api_key, source_system, webhook_subscription or route' })),
  targetId: Type.Optional(Id({ maxLength: 200 })),
  sourceSystemId: Type.Optional(Id()),
  from: Type.Optional(DateTime({ description: 'Entries at or after this instant' })),
  to: Type.Optional(DateTime({ description: 'Entries before this instant' })),
});

function view(row: Selectable<AuditLogTable>) {
  return {
    id: row.id,
    at: toIso(row.at) ?? '',
    action: row.action as AuditAction,
    outcome: row.outcome as AuditOutcome,
    actorType: row.actor_type as AuditActorType,
    actorId: row.actor_id,
    actorName: row.actor_name,
    sourceSystemId: row.source_system_id,
    clientIp: row.client_ip,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: fromJsonOr<Record<string, unknown>>(row.detail, {}),
  };
}

/** The audit log, read-only: no route adds, changes or removes an entry. Admin only. */
export function auditLogRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['security'],
        summary: 'The audit log: sign-ins, access and settings changes, refused calls; newest first',
        description:
          'Each entry says who (a user, an API key with its source system, or anonymous), when, from which client address, what (action, ' +
          'target), how it ended (success, failure, refused) and a short detail that never holds a password, secret or token. Changes are ' +
          `recorded in the transaction that makes them. Refused calls (403) are recorded up to ${String(REFUSALS_PER_MINUTE)} a minute per caller; the next recorded one ` +
          'counts those left out. The log cannot be changed through the API; entries older than the retention.auditLogDays setting ' +
          `(now ${String(ctx.config.retention.auditLogDays)} days) are removed by the retention process. \`from\` is inclusive, \`to\` exclusive.`,
        querystring: Type.Intersect([PageQuery, AuditQuery, SortQuery(AuditSorting)]),
        response: { 200: pageOf(AuditEntryView) },
      },
      config: { access: [] },
    },
    async (request) => {
      const q = request.query;
      const from = fromIso(q.from);
      const to = fromIso(q.to);
      if (from !== null && to !== null && to <= from) throw invalid('to', 'must be after from', q.to);
      let filtered = ctx.db.kysely.selectFrom('audit_log');
      if (q.action !== undefined) filtered = filtered.where('action', '=', q.action);
      if (q.actor !== undefined) {
        const actor = q.actor;
        filtered = filtered.where((eb) => eb.or([eb('actor_name', '=', actor), eb('actor_id', '=', actor)]));
      }
      if (q.actorType !== undefined) filtered = filtered.where('actor_type', '=', q.actorType);
      if (q.outcome !== undefined) filtered = filtered.where('outcome', '=', q.outcome);
      if (q.targetType !== undefined) filtered = filtered.where('target_type', '=', q.targetType);
      if (q.targetId !== undefined) filtered = filtered.where('target_id', '=', q.targetId);
      if (q.sourceSystemId !== undefined) filtered = filtered.where('source_system_id', '=', q.sourceSystemId);
      if (from !== null) filtered = filtered.where('at', '>=', from);
      if (to !== null) filtered = filtered.where('at', '<', to);
      return fetchPage(filtered, pageParams(q), (query) => orderRows(query.selectAll(), AuditSorting, q, ctx.db.caps), view);
    },
  );
}
