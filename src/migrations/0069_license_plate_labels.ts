import { sql, type Kysely } from 'kysely';
import type { DialectCaps } from '../platform/db/database.js';
import { withId } from '../platform/db/migration-helpers.js';

/**
 * A label print job prints a shipping container's label or, at receiving, a license plate's: the job names
 * one of the two. SQLite cannot drop a NOT NULL, so there the table is rebuilt with the same ids.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>, caps: DialectCaps): Promise<void> {
  if (caps.name === 'postgres') {
    await sql`alter table label_print_jobs alter column container_id drop not null`.execute(db);
    await db.schema.alterTable('label_print_jobs').addColumn('license_plate_id', 'text').execute();
    return;
  }
  const big = caps.bigint;
  await withId(db.schema.createTable('label_print_jobs_v2'), caps)
    .addColumn('printer_id', 'text', (c) => c.notNull().references('label_printers.printer_id'))
    .addColumn('container_id', 'text', (c) => c.references('packing_containers.container_id'))
    .addColumn('license_plate_id', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', big, (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', big, (c) => c.notNull())
    .addColumn('sent_at', big)
    .execute();
  await sql`insert into label_print_jobs_v2 (id, printer_id, container_id, license_plate_id, document, status, attempts, max_attempts, next_attempt_at, last_error, requested_by, created_at, sent_at)
    select id, printer_id, container_id, null, document, status, attempts, max_attempts, next_attempt_at, last_error, requested_by, created_at, sent_at from label_print_jobs`.execute(db);
  await db.schema.dropTable('label_print_jobs').execute();
  await db.schema.alterTable('label_print_jobs_v2').renameTo('label_print_jobs').execute();
  await db.schema.createIndex('label_print_jobs_due').on('label_print_jobs').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('label_print_jobs_printer').on('label_print_jobs').columns(['printer_id', 'id']).execute();
}
