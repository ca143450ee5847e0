import type { Kysely } from 'kysely';
import type { DB } from '../src/db-schema.js';

/** After a release of every order of a source system: each order Released, and open pick work for them. */
export async function verifyOutboundRelease(db: Kysely<DB>, sourceSystemId: string, expected: number): Promise<string[]> {
  const problems: string[] = [];
  const statuses = await db
    .selectFrom('outbound_orders')
    .select(['release_status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('source_system_id', '=', sourceSystemId)
    .groupBy('release_status')
    .execute();
  const released = Number(statuses.find((s) => s.release_status === 'Released')?.n ?? 0);
  if (released !== expected) problems.push(`${sourceSystemId}: ${released} of ${expected} orders Released (${JSON.stringify(statuses)})`);
  const work = await db.selectFrom('work_headers').select((eb) => eb.fn.countAll<number>().as('n')).where('work_type', '=', 'Pick').executeTakeFirstOrThrow();
  if (Number(work.n) < 1) problems.push(`${sourceSystemId}: no pick work after the release`);
  return problems;
}
