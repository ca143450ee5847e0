import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError, publicErrorText } from '../../../platform/errors.js';
import { appendEvents } from '../../events/index.js';
import { finalizeTransactions } from '../../inventory/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { nextReceiptChange } from '../db/receipt-feed.js';
import type { ShipmentReceiptsTable } from '../db/tables.js';
import { InboundErrors } from '../errors.js';
import { receiptModified, receiptPostingFailed } from './receipt-events.js';
import { runCommand } from '../../../platform/command.js';

/**
 * Post shipment receipts (one source system): every active receipt Ready for posting whose posting
 * delay has passed is finalized in its own transaction: ledger rows Registered -> Received, posting
 * status Posted, event (receiving statuses changed at receiving completed). A receipt that fails keeps Ready
 * for posting, counts the attempt and raises the failed event; the next run tries again.
 */
export async function postShipmentReceipts(ctx: AppContext, sourceSystemId: string): Promise<number> {
  const system = await findSourceSystem(ctx.db.kysely, sourceSystemId);
  if (!system) return 0;
  const now = ctx.clock.now();
  const due = await ctx.db.kysely
    .selectFrom('shipment_receipts')
    .selectAll()
    .where('source_system_id', '=', sourceSystemId)
    .where('posting_status', '=', 'ReadyForPosting')
    .where('is_active', '=', 1)
    .where('receipt_date', '<=', now - system.shipmentReceiptPostingDelayMinutes * 60_000)
    .orderBy('change_seq')
    .execute();
  let posted = 0;
  for (const receipt of due) {
    try {
      const done = await runCommand(ctx, ({ trx }) => postOne(trx, ctx, receipt));
      if (done) posted += 1;
    } catch (error) {
      const reference = ctx.ids.uuid();
      const text = publicErrorText(error, reference);
      ctx.log.warn({ receipt: receipt.receipt_version_number, err: error, reference }, 'posting a shipment receipt failed');
      await runCommand(ctx, async ({ trx, now }) => {
        await trx.updateTable('shipment_receipts').set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: text, updated_at: now })).where('receipt_version_number', '=', receipt.receipt_version_number).execute();
        await appendEvents(trx, ctx.ids, now, [receiptPostingFailed(receipt, receipt.attempts + 1, text)]);
      });
    }
  }
  if (due.length > 0) ctx.wake('events');
  return posted;
}

async function postOne(trx: Executor, ctx: AppContext, receipt: ShipmentReceiptsTable): Promise<boolean> {
  const now = ctx.clock.now();
  const changeSeq = await nextReceiptChange(trx);
  const claimed = await trx
    .updateTable('shipment_receipts')
    .set({ posting_status: 'Posted', posted_at: now, updated_at: now, change_seq: changeSeq, last_error: null })
    .where('receipt_version_number', '=', receipt.receipt_version_number)
    .where('posting_status', '=', 'ReadyForPosting')
    .where('is_active', '=', 1)
    .executeTakeFirst();
  // Reversed or posted by another run meanwhile: nothing to do.
  if (Number(claimed.numUpdatedRows) !== 1) return false;

  const registrations = await trx.selectFrom('inbound_registrations').select(['id', 'lot_id']).where('receipt_number', '=', receipt.receipt_number).execute();
  const finalized = await finalizeTransactions(trx, now, { referenceType: 'InboundRegistration', referenceIds: registrations.map((r) => String(r.id)), fromStatus: 'Registered', toStatus: 'Received' });
  if (finalized !== registrations.length) {
    throw new DomainError(InboundErrors.receiptPostingFailed, `Shipment receipt ${receipt.receipt_version_number}: ${String(registrations.length)} registrations but ${String(finalized)} Registered inventory transactions to finalize`, [
      { field: 'shipmentReceiptVersionNumber', reason: 'inventory transactions are not in status Registered', value: receipt.receipt_version_number },
    ]);
  }
  const header = JSON.parse(receipt.header) as { sourceSystemOrderNumber?: string };
  await appendEvents(trx, ctx.ids, now, [receiptModified({ ...receipt, posting_status: 'Posted', change_seq: changeSeq }, header.sourceSystemOrderNumber ?? '', 'Posted')]);
  return true;
}
