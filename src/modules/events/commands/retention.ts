import type { RetentionSettings } from '../../../platform/config.js';
import { oldStretch } from '../../../platform/retention/old-rows.js';
import { DAY_MS, type RetentionTask } from '../../../platform/retention/retention.js';
import { newTransaction } from '../../../platform/db/transaction.js';

/**
 * Webhook deliveries and business events past their retention. An event is kept, however old, while
 * someone is still owed it: until it is dispatched (it has no feed position yet), while any of its
 * deliveries is not delivered (pending, in flight, dead or failed: the last two can be redriven), and
 * while a feed reader of its source system that still reads the feed has not read past it.
 */
export function eventsRetentionTasks(settings: RetentionSettings): RetentionTask[] {
  return [
    {
      name: 'webhookDeliveries',
      removeBatch: (db, now, limit, after) =>
        newTransaction(db, async (trx) => {
          const cutoff = now - settings.webhookDeliveriesDays * DAY_MS;
          const stretch = await oldStretch(trx, 'webhook_deliveries', 'created_at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const result = await trx
            .deleteFrom('webhook_deliveries')
            .where('id', '>', after)
            .where('id', '<=', stretch.to)
            .where('status', '=', 'delivered')
            .where('updated_at', '<', cutoff)
            .executeTakeFirst();
          return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
        }),
    },
    {
      name: 'events',
      removeBatch: (db, now, limit, after) =>
        newTransaction(db, async (trx) => {
          const cutoff = now - settings.eventsDays * DAY_MS;
          const stretch = await oldStretch(trx, 'business_events', 'occurred_at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const owedNothing = await trx
            .selectFrom('business_events as e')
            .select('e.id')
            .where('e.id', '>', after)
            .where('e.id', '<=', stretch.to)
            .where('e.occurred_at', '<', cutoff)
            .where('e.feed_seq', 'is not', null)
            .where((eb) =>
              eb.not(eb.exists(eb.selectFrom('webhook_deliveries as d').select('d.id').whereRef('d.event_pk', '=', 'e.id').where('d.status', '!=', 'delivered'))),
            )
            // A reader that has read the feed within the retention period still reads it: it gets every
            // event of its source system it has not reached yet. One that stopped reading longer ago than
            // that is owed no more than anyone else. Positions are the source system's own sequence (source_seq),
            // as the feed hands them to integration clients.
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('event_feed_readers as r')
                    .select('r.source_system_id')
                    .whereRef('r.source_system_id', '=', 'e.source_system_id')
                    .whereRef('r.acknowledged_seq', '<', 'e.source_seq')
                    .where('r.last_read_at', '>=', cutoff),
                ),
              ),
            )
            .execute();
          const ids = owedNothing.map((e) => e.id);
          if (ids.length > 0) {
            // What is left of their deliveries was delivered (the query above says so).
            await trx.deleteFrom('webhook_deliveries').where('event_pk', 'in', ids).execute();
            await trx.deleteFrom('business_events').where('id', 'in', ids).execute();
          }
          return { removed: ids.length, next: stretch.more ? stretch.to : null };
        }),
    },
  ];
}
