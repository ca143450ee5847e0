import type { Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

/**
 * The audit log: who changed access and settings, who signed in or failed to, and who was refused, with when,
 * from where and the outcome. Append-only: no route changes or removes a row; only retention removes old ones.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  const big = caps.bigint;
  await withId(db.schema.createTable('audit_log'), caps)
    .addColumn('at', big, (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('source_system_id', 'text')
    .addColumn('client_ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  // The list is read newest first, filtered by time, action or actor.
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
  await db.schema.createIndex('audit_log_action_at').on('audit_log').columns(['action', 'at']).execute();
  await db.schema.createIndex('audit_log_actor_name').on('audit_log').columns(['actor_name']).execute();
  await db.schema.createIndex('audit_log_actor_id').on('audit_log').columns(['actor_id']).execute();
}
