import { sql } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Database, Tx } from '../../../platform/db/database.js';
import type { Logger } from '../../../platform/logger.js';
import type { Poller } from '../../../platform/jobs/worker.js';
import { subscriptionMatches } from '../domain/matching.js';
import { activeSubscriptionFilters } from '../db/subscriptions.js';
import { newTransaction } from '../../../platform/db/transaction.js';

export interface DispatchResult {
  events: number;
  deliveries: number;
}

const DELIVERY_INSERT_CHUNK = 500;

/**
 * Gives undispatched outbox rows their feed position and creates their webhook deliveries, in one
 * transaction, in id order.
 *
 * Why feed_seq and not the id: ids are handed out when a row is inserted, but on PostgreSQL the
 * transactions that inserted them may commit in another order. A feed reader whose cursor is id 11
 * could see id 12 commit while id 11 is still in flight, move its cursor past it, and never see 11.
 * feed_seq is assigned only to committed rows, by one dispatcher at a time, so positions become
 * visible strictly in order and a cursor on feed_seq never skips an event.
 *
 * One dispatcher at a time, across processes: the transaction starts by updating the single
 * event_dispatch_state row. On PostgreSQL that row lock makes a second dispatcher wait until the first
 * commits (its UPDATE then sees the new last_feed_seq, and its next statement sees the rows the first
 * one dispatched). On SQLite the first write takes the database's only write lock. Writing first
 * (rather than SELECT ... FOR UPDATE) needs no dialect switch and avoids SQLite's read-to-write
 * upgrade failure. The final compare-and-set on last_feed_seq is a second guard.
 */
export async function dispatchEvents(db: Database, now: number, dispatcherId: string, batchSize: number): Promise<DispatchResult> {
  // A cheap look (partial index) first, so an idle system does not write the lock row on every poll.
  const waiting = await db.kysely.selectFrom('business_events').select('id').where('feed_seq', 'is', null).limit(1).executeTakeFirst();
  if (!waiting) return { events: 0, deliveries: 0 };
  return newTransaction(db.kysely, async (tx) => {
    const state = await tx
      .updateTable('event_dispatch_state')
      .set({ locked_by: dispatcherId, locked_at: now })
      .where('id', '=', 1)
      .returning('last_feed_seq')
      .executeTakeFirst();
    if (!state) throw new Error('event_dispatch_state has no row: the events migration did not run');

    const events = await tx
      .selectFrom('business_events')
      .select(['id', 'event_type', 'source_system_id'])
      .where('feed_seq', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (events.length === 0) return { events: 0, deliveries: 0 };

    const first = Number(state.last_feed_seq) + 1;
    const last = first + events.length - 1;
    const sourcePositions = await takeSourcePositions(tx, events);
    await assignFeedPositions(
      tx,
      events.map((e, i) => ({ id: e.id, seq: first + i, sourceSeq: sourcePositions.get(e.id) ?? null })),
    );

    const subscriptions = await activeSubscriptionFilters(tx);
    const deliveries = events.flatMap((e) =>
      subscriptions
        .filter((s) => subscriptionMatches(s, { type: e.event_type, sourceSystemId: e.source_system_id }))
        .map((s) => ({
          subscription_id: s.id,
          event_pk: e.id,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
          updated_at: now,
        })),
    );
    for (let i = 0; i < deliveries.length; i += DELIVERY_INSERT_CHUNK) {
      await tx
        .insertInto('webhook_deliveries')
        .values(deliveries.slice(i, i + DELIVERY_INSERT_CHUNK))
        .onConflict((oc) => oc.columns(['subscription_id', 'event_pk']).doNothing())
        .execute();
    }

    const cas = await tx
      .updateTable('event_dispatch_state')
      .set({ last_feed_seq: last })
      .where('id', '=', 1)
      .where('last_feed_seq', '=', state.last_feed_seq)
      .executeTakeFirst();
    if (Number(cas.numUpdatedRows) !== 1) throw new Error('another dispatcher assigned feed positions at the same time');
    return { events: events.length, deliveries: deliveries.length };
  });
}

/**
 * Each source system's next positions for its events in this batch, in id order: one upsert per source
 * system moves its counter on and answers where it now stands. Serialized like feed_seq by the
 * dispatch lock, so positions are handed out in order and never twice.
 */
async function takeSourcePositions(tx: Tx, events: readonly { id: number; source_system_id: string | null }[]): Promise<Map<number, number>> {
  const bySource = new Map<string, number[]>();
  for (const e of events) {
    if (e.source_system_id === null) continue;
    const ids = bySource.get(e.source_system_id);
    if (ids) ids.push(e.id);
    else bySource.set(e.source_system_id, [e.id]);
  }
  const positions = new Map<number, number>();
  for (const [sourceSystemId, ids] of bySource) {
    const counted = await sql<{ last_seq: number }>`
      insert into event_source_positions (source_system_id, last_seq) values (${sourceSystemId}, ${ids.length})
      on conflict (source_system_id) do update set last_seq = event_source_positions.last_seq + ${ids.length}
      returning last_seq`.execute(tx);
    const last = Number(counted.rows[0]?.last_seq);
    if (!Number.isFinite(last)) throw new Error(`no source position for ${sourceSystemId}`);
    ids.forEach((id, i) => positions.set(id, last - ids.length + 1 + i));
  }
  return positions;
}

/** One UPDATE for the whole batch; ids and positions are integers we made, so literals are safe. */
async function assignFeedPositions(tx: Tx, positions: { id: number; seq: number; sourceSeq: number | null }[]): Promise<void> {
  const cases = sql.join(
    positions.map((p) => sql`when ${sql.lit(p.id)} then ${sql.lit(p.seq)}`),
    sql` `,
  );
  const sourceCases = sql.join(
    positions.map((p) => sql`when ${sql.lit(p.id)} then ${p.sourceSeq === null ? sql`null` : sql.lit(p.sourceSeq)}`),
    sql` `,
  );
  await tx
    .updateTable('business_events')
    .set({
      feed_seq: sql<number>`case id ${cases} end`,
      // A batch of warehouse-wide events only has null branches, which PostgreSQL would read as text.
      source_seq: sql<number | null>`cast(case id ${sourceCases} end as bigint)`,
    })
    .where(
      'id',
      'in',
      positions.map((p) => p.id),
    )
    .where('feed_seq', 'is', null)
    .execute();
}

export class EventDispatcher implements Poller {
  readonly name = 'event-dispatcher';
  readonly topic = 'events' as const;

  constructor(
    private readonly deps: { db: Database; clock: Clock; log: Logger; dispatcherId: string; batchSize?: number; onDispatched?: () => void },
  ) {}

  async poll(): Promise<number> {
    const result = await dispatchEvents(this.deps.db, this.deps.clock.now(), this.deps.dispatcherId, this.deps.batchSize ?? 500);
    if (result.deliveries > 0) this.deps.onDispatched?.();
    return result.events;
  }
}
