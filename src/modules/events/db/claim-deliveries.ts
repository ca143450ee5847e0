import { sql } from 'kysely';
import { skipLockedSuffix } from '../../../platform/db/claim.js';
import type { Database } from '../../../platform/db/database.js';
import type { DueSubscription } from '../domain/fair-share.js';

/** Admin subscriptions (every source system) share one tenant key. */
const ALL_SOURCE_SYSTEMS = '*';
const tenantOf = (sourceSystemId: string | null) => sourceSystemId ?? ALL_SOURCE_SYSTEMS;

/** Due now: pending and due, or in flight with a lease that ran out (a sender died mid-send). */
const due = (now: number) => sql<boolean>`((d.status = 'pending' and d.next_attempt_at <= ${now}) or (d.status = 'in_flight' and d.lease_until < ${now}))`;

/** Active subscriptions with deliveries due now, the one waiting longest first. */
export async function dueSubscriptions(db: Database, now: number, limit: number): Promise<DueSubscription[]> {
  const result = await sql<{ subscription_id: number; source_system_id: string | null; due: number; oldest: number }>`
    select d.subscription_id, s.source_system_id, count(*) as due, min(d.next_attempt_at) as oldest
    from webhook_deliveries d
    join webhook_subscriptions s on s.id = d.subscription_id
    where s.active = 1 and ${due(now)}
    group by d.subscription_id, s.source_system_id
    order by oldest, d.subscription_id
    limit ${limit}`.execute(db.kysely);
  return result.rows.map((r) => ({ subscriptionId: Number(r.subscription_id), tenant: tenantOf(r.source_system_id), due: Number(r.due) }));
}

/** Deliveries being sent right now by any sender (leases not yet run out), per subscription and tenant. */
export async function inFlightCounts(db: Database, now: number): Promise<{ bySubscription: Map<number, number>; byTenant: Map<string, number> }> {
  const rows = await db.kysely
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .select(['d.subscription_id', 's.source_system_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('d.status', '=', 'in_flight')
    .where('d.lease_until', '>=', now)
    .groupBy(['d.subscription_id', 's.source_system_id'])
    .execute();
  const bySubscription = new Map<number, number>();
  const byTenant = new Map<string, number>();
  for (const r of rows) {
    const n = Number(r.n);
    bySubscription.set(Number(r.subscription_id), n);
    const tenant = tenantOf(r.source_system_id);
    byTenant.set(tenant, (byTenant.get(tenant) ?? 0) + n);
  }
  return { bySubscription, byTenant };
}

export interface Claimed {
  id: number;
  attempts: number;
}

/**
 * Claims up to `count` due deliveries of one subscription for this sender: one UPDATE ... WHERE id IN
 * (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING, so several senders on PostgreSQL never take the same
 * delivery (on SQLite the statement runs under the single write lock). The claim marks them in flight
 * with a lease and counts the attempt, and commits; the HTTP calls happen after, outside any transaction.
 */
export async function claimDeliveries(
  db: Database,
  subscriptionId: number,
  count: number,
  claim: { now: number; leaseUntil: number; workerId: string },
): Promise<Claimed[]> {
  const { now } = claim;
  const result = await sql<Claimed>`
    update webhook_deliveries
    set status = 'in_flight', locked_by = ${claim.workerId}, lease_until = ${claim.leaseUntil},
        attempts = attempts + 1, last_attempt_at = ${now}, updated_at = ${now}
    where id in (
      select d.id from webhook_deliveries d
      where d.subscription_id = ${subscriptionId} and ${due(now)}
      order by d.next_attempt_at, d.id
      limit ${count} ${skipLockedSuffix(db.caps)}
    )
    returning id, attempts`.execute(db.kysely);
  return result.rows.map((r) => ({ id: Number(r.id), attempts: Number(r.attempts) }));
}
