import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { orderRows, sorting, textSort, type Page, type SortDialect, type SortRequest } from '../../../platform/http/paging.js';

export interface DeliveryFilter {
  status?: string;
  subscriptionId?: number;
  /** The subscription's source system (an integration client's own deliveries). */
  sourceSystemId?: string;
  eventId?: string;
  id?: number;
}

export interface DeliveryView {
  id: number;
  subscriptionId: number;
  /** Whose subscription this is; null for an admin subscription. */
  sourceSystemId: string | null;
  url: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  event: { eventId: string; type: string; sourceSystemId: string | null; subject: string; occurredAt: string | null };
}

function baseQuery(db: Executor, filter: DeliveryFilter) {
  let query = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .innerJoin('business_events as e', 'e.id', 'd.event_pk');
  if (filter.id !== undefined) query = query.where('d.id', '=', filter.id);
  if (filter.status !== undefined) query = query.where('d.status', '=', filter.status);
  if (filter.subscriptionId !== undefined) query = query.where('d.subscription_id', '=', filter.subscriptionId);
  if (filter.sourceSystemId !== undefined) query = query.where('s.source_system_id', '=', filter.sourceSystemId);
  if (filter.eventId !== undefined) query = query.where('e.event_id', '=', filter.eventId);
  return query;
}

/** Newest first by default: support looks at what just went wrong. */
export const DeliverySorting = sorting({
  fields: {
    id: 'd.id',
    createdAt: 'd.created_at',
    updatedAt: 'd.updated_at',
    status: textSort('d.status'),
    attempts: 'd.attempts',
    lastAttemptAt: 'd.last_attempt_at',
    url: textSort('s.url'),
    eventType: textSort('e.event_type'),
  },
  default: { sort: 'id', order: 'desc' },
  tiebreak: { column: 'd.id' },
});

const NEWEST_FIRST: SortRequest = {};

export async function listDeliveries(
  db: Executor,
  filter: DeliveryFilter,
  page: { limit: number; offset: number },
  sort: { request: SortRequest; dialect: SortDialect } = { request: NEWEST_FIRST, dialect: { codePointCollation: null } },
): Promise<Page<DeliveryView>> {
  const selected = baseQuery(db, filter)
    .select([
      'd.id',
      'd.subscription_id',
      's.source_system_id',
      's.url',
      'd.status',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_attempt_at',
      'd.last_status_code',
      'd.last_error',
      'd.delivered_at',
      'd.created_at',
      'd.updated_at',
      'e.event_id',
      'e.event_type',
      'e.source_system_id as event_source_system_id',
      'e.subject',
      'e.occurred_at',
    ]);
  const rows = await orderRows(selected, DeliverySorting, sort.request, sort.dialect)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await baseQuery(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      sourceSystemId: r.source_system_id,
      url: r.url,
      status: r.status,
      attempts: r.attempts,
      // Only a waiting delivery has a meaningful next attempt.
      nextAttemptAt: r.status === 'pending' ? toIso(r.next_attempt_at) : null,
      lastAttemptAt: toIso(r.last_attempt_at),
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      deliveredAt: toIso(r.delivered_at),
      createdAt: toIso(r.created_at),
      updatedAt: toIso(r.updated_at),
      event: { eventId: r.event_id, type: r.event_type, sourceSystemId: r.event_source_system_id, subject: r.subject, occurredAt: toIso(r.occurred_at) },
    })),
    total: Number(total.n),
    limit: page.limit,
    offset: page.offset,
  };
}

export async function findDelivery(db: Executor, id: number): Promise<DeliveryView | undefined> {
  const page = await listDeliveries(db, { id }, { limit: 1, offset: 0 });
  return page.items[0];
}

/**
 * Dead letters per source system, for the integration monitoring page. The key is the subscription's
 * source system (whose receiver is failing); null counts admin subscriptions.
 */
export async function deadLetterCountsBySourceSystem(db: Executor): Promise<Map<string | null, number>> {
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .select(['s.source_system_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('d.status', '=', 'dead')
    .groupBy('s.source_system_id')
    .execute();
  return new Map(rows.map((r) => [r.source_system_id, Number(r.n)]));
}
