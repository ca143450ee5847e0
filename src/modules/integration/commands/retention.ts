import type { RetentionSettings } from '../../../platform/config.js';
import type { Tx } from '../../../platform/db/database.js';
import { oldStretch } from '../../../platform/retention/old-rows.js';
import { DAY_MS, type RetentionTask } from '../../../platform/retention/retention.js';
import { openInboundOrders } from '../../inbound/index.js';
import { openOutboundOrders } from '../../outbound/index.js';
import type { MessageRow } from '../db/message-rows.js';
import { newTransaction } from '../../../platform/db/transaction.js';

/** The processor states of Accepted and Canceled messages: nothing more happens to them on its own. */
const FINAL_STATES = ['Processed', 'Canceled'];

/**
 * Shipment order messages and their processing logs past their retention. A message goes with all its
 * versions, and only when every version is Accepted or Canceled and unchanged for messagesDays, and the
 * order it made or changed is no longer open (still Active and not fully received or shipped): a Failed,
 * queued or Draft message stays however old, and so does the history of an order still being worked.
 * Its id is kept (removed_shipment_order_messages), so that a resend is refused, never applied again.
 */
export function integrationRetentionTasks(settings: RetentionSettings): RetentionTask[] {
  return [
    {
      name: 'messages',
      removeBatch: (db, now, limit, after) =>
        newTransaction(db, async (trx) => {
          const cutoff = now - settings.messagesDays * DAY_MS;
          const stretch = await oldStretch(trx, 'shipment_order_messages', 'received_at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const next = stretch.more ? stretch.to : null;
          const candidates = await trx
            .selectFrom('shipment_order_messages')
            .select(['source_system_id', 'message_id'])
            .distinct()
            .where('id', '>', after)
            .where('id', '<=', stretch.to)
            .where('processor_state', 'in', FINAL_STATES)
            .where('updated_at', '<', cutoff)
            .execute();
          const removable = await removableVersions(trx, candidates, cutoff);
          if (removable.length === 0) return { removed: 0, next };
          const ids = removable.map((m) => m.id);
          await trx.deleteFrom('message_log').where('message_pk', 'in', ids).execute();
          const tombstones = new Map(removable.map((m) => [`${m.source_system_id}\u0000${m.message_id}`, m]));
          await trx
            .insertInto('removed_shipment_order_messages')
            .values([...tombstones.values()].map((m) => ({ source_system_id: m.source_system_id, message_id: m.message_id, message_type: m.message_type, order_number: m.order_number, removed_at: now })))
            .onConflict((oc) => oc.columns(['source_system_id', 'message_id']).doNothing())
            .execute();
          await trx.deleteFrom('shipment_order_messages').where('id', 'in', ids).execute();
          return { removed: ids.length, next };
        }),
    },
    {
      // Log lines of messages that are done; a Failed message keeps its log, which says what to fix.
      name: 'processingLogs',
      removeBatch: (db, now, limit, after) =>
        newTransaction(db, async (trx) => {
          const cutoff = now - settings.processingLogDays * DAY_MS;
          const stretch = await oldStretch(trx, 'message_log', 'at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const result = await trx
            .deleteFrom('message_log')
            .where('id', '>', after)
            .where('id', '<=', stretch.to)
            .where('at', '<', cutoff)
            .where((eb) =>
              eb.exists(eb.selectFrom('shipment_order_messages as m').select('m.id').whereRef('m.id', '=', 'message_log.message_pk').where('m.processor_state', 'in', FINAL_STATES)),
            )
            .executeTakeFirst();
          return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
        }),
    },
  ];
}

/** Every version of the candidate message ids, keeping only the ids whose versions may all go. */
async function removableVersions(trx: Tx, candidates: ReadonlyArray<{ source_system_id: string; message_id: string }>, cutoff: number): Promise<MessageRow[]> {
  const bySourceSystem = new Map<string, string[]>();
  for (const c of candidates) bySourceSystem.set(c.source_system_id, [...(bySourceSystem.get(c.source_system_id) ?? []), c.message_id]);
  const groups = new Map<string, MessageRow[]>();
  for (const [sourceSystemId, messageIds] of bySourceSystem) {
    const versions = await trx.selectFrom('shipment_order_messages').selectAll().where('source_system_id', '=', sourceSystemId).where('message_id', 'in', messageIds).execute();
    for (const v of versions) {
      const key = `${v.source_system_id}\u0000${v.message_id}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
  }
  const done = [...groups.values()].filter((versions) => versions.every((v) => FINAL_STATES.includes(v.processor_state) && v.updated_at < cutoff));
  const orders = (type: string) => [...new Set(done.flat().filter((v) => v.message_type === type && v.result_order_number !== null).map((v) => v.result_order_number ?? ''))];
  const open = new Set([...(await openInboundOrders(trx, orders('InboundShipmentOrder'))), ...(await openOutboundOrders(trx, orders('OutboundShipmentOrder')))]);
  return done.filter((versions) => versions.every((v) => v.result_order_number === null || !open.has(v.result_order_number))).flat();
}
