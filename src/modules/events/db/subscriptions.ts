import type { Selectable } from 'kysely';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import { flag, fromJson } from '../../../platform/db/json.js';
import type { SubscriptionFilter } from '../domain/matching.js';
import type { WebhookSubscriptionsTable } from './tables.js';

export type SubscriptionRow = Selectable<WebhookSubscriptionsTable>;

export interface SubscriptionView {
  id: number;
  url: string;
  eventTypes: string[];
  sourceSystemId: string | null;
  description: string;
  active: boolean;
  payloadFormat: string;
  createdAt: string | null;
  updatedAt: string | null;
  /** While set, deliveries are signed with the previous secret too. */
  previousSecretExpiresAt: string | null;
}

export function subscriptionView(row: SubscriptionRow, now: number): SubscriptionView {
  const previousValid = row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    url: row.url,
    eventTypes: fromJson<string[]>(row.event_types, []),
    sourceSystemId: row.source_system_id,
    description: row.description,
    active: flag(row.active),
    payloadFormat: row.payload_format,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    previousSecretExpiresAt: previousValid ? toIso(row.previous_secret_expires_at) : null,
  };
}

export async function findSubscription(db: Executor, id: number): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSubscriptions(db: Executor, filter: { sourceSystemId?: string }): Promise<SubscriptionRow[]> {
  let query = db.selectFrom('webhook_subscriptions').selectAll().orderBy('id');
  if (filter.sourceSystemId !== undefined) query = query.where('source_system_id', '=', filter.sourceSystemId);
  return query.execute();
}

export async function activeSubscriptionFilters(db: Executor): Promise<(SubscriptionFilter & { id: number })[]> {
  const rows = await db.selectFrom('webhook_subscriptions').select(['id', 'event_types', 'source_system_id']).where('active', '=', 1).execute();
  return rows.map((r) => ({ id: r.id, eventTypes: fromJson<string[]>(r.event_types, []), sourceSystemId: r.source_system_id }));
}

export async function sourceSystemExists(db: Executor, sourceSystemId: string): Promise<boolean> {
  const row = await db.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
  return row !== undefined;
}
