import type { Kysely } from 'kysely';

/** A pick work template may cap the pick lines of one piece of work, so a wave splits a big shipment between workers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('work_templates').addColumn('max_pick_lines', 'integer').execute();
}
