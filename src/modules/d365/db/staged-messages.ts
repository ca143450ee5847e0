import type { Selectable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import type { D365StagedMessagesTable } from './tables.js';

export type StagedHeader = Selectable<D365StagedMessagesTable>;

export interface MessageKey {
  sourceSystemId: string;
  messageId: string;
}

export async function findStagedHeader(db: Executor, key: MessageKey): Promise<StagedHeader | undefined> {
  return db.selectFrom('d365_staged_messages').selectAll().where('source_system_id', '=', key.sourceSystemId).where('message_id', '=', key.messageId).executeTakeFirst();
}

/** Stores the header, or replaces the one sent before with the same key (a connector's retry). */
export async function saveStagedHeader(db: Executor, key: MessageKey, row: { messageType: string; orderNumber: string; header: string }, now: number): Promise<void> {
  await db
    .insertInto('d365_staged_messages')
    .values({ source_system_id: key.sourceSystemId, message_id: key.messageId, message_type: row.messageType, order_number: row.orderNumber, header: row.header, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['source_system_id', 'message_id']).doUpdateSet({ header: row.header, updated_at: now }))
    .execute();
}

export async function saveStagedLine(db: Executor, key: MessageKey, lineNumber: number, content: string, now: number): Promise<void> {
  await db
    .insertInto('d365_staged_lines')
    .values({ source_system_id: key.sourceSystemId, message_id: key.messageId, line_number: lineNumber, content, created_at: now })
    .onConflict((oc) => oc.columns(['source_system_id', 'message_id', 'line_number']).doUpdateSet({ content }))
    .execute();
  await db.updateTable('d365_staged_messages').set({ updated_at: now }).where('source_system_id', '=', key.sourceSystemId).where('message_id', '=', key.messageId).execute();
}

export async function stagedLineCount(db: Executor, key: MessageKey): Promise<number> {
  const row = await db
    .selectFrom('d365_staged_lines')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_system_id', '=', key.sourceSystemId)
    .where('message_id', '=', key.messageId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function stagedLines(db: Executor, key: MessageKey): Promise<{ line_number: number; content: string }[]> {
  return db
    .selectFrom('d365_staged_lines')
    .select(['line_number', 'content'])
    .where('source_system_id', '=', key.sourceSystemId)
    .where('message_id', '=', key.messageId)
    .orderBy('line_number')
    .execute();
}

export async function findStagedLine(db: Executor, key: MessageKey, lineNumber: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('d365_staged_lines')
    .select('content')
    .where('source_system_id', '=', key.sourceSystemId)
    .where('message_id', '=', key.messageId)
    .where('line_number', '=', lineNumber)
    .executeTakeFirst();
  return row?.content;
}

/** Removes a staged message once it is queued (or abandoned). */
export async function discardStaged(db: Executor, key: MessageKey): Promise<void> {
  await db.deleteFrom('d365_staged_lines').where('source_system_id', '=', key.sourceSystemId).where('message_id', '=', key.messageId).execute();
  await db.deleteFrom('d365_staged_messages').where('source_system_id', '=', key.sourceSystemId).where('message_id', '=', key.messageId).execute();
}
