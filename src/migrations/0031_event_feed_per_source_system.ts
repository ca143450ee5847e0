import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';

/**
 * Each source system's events get positions of their own (source_seq), so that an integration client's
 * feed cursor counts only its own events: the global position told it how many events every other
 * source system had (security review L5).
 *
 * Clients keep the cursors they hold: events dispatched before keep their global position as their
 * source position, and every source system that exists now continues from the global head, so an old
 * cursor neither skips nor repeats an event. Source systems added later count from 0.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await db.schema.alterTable('business_events').addColumn('source_seq', big).execute();
  await db.schema
    .createTable('event_source_positions')
    .addColumn('source_system_id', 'text', (c) => c.primaryKey())
    .addColumn('last_seq', big, (c) => c.notNull())
    .execute();

  await db
    .updateTable('business_events')
    .set({ source_seq: sql.ref('feed_seq') })
    .where('source_system_id', 'is not', null)
    .where('feed_seq', 'is not', null)
    .execute();
  const state = await db.selectFrom('event_dispatch_state').select('last_feed_seq').where('id', '=', 1).executeTakeFirst();
  const head = Number(state?.last_feed_seq ?? 0);
  if (head > 0) {
    await sql`
      insert into event_source_positions (source_system_id, last_seq)
      select known.id, ${sql.lit(head)} from (
        select source_system_id as id from source_systems
        union
        select source_system_id as id from business_events where source_system_id is not null
      ) known`.execute(db);
  }
  await db.schema.createIndex('business_events_by_source_seq').unique().on('business_events').columns(['source_system_id', 'source_seq']).execute();
}
