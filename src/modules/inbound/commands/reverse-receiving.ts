import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import { bumpLoad, findLoad } from '../db/loads.js';
import { loadView } from '../db/load-views.js';
import { nextReceiptChange } from '../db/receipt-feed.js';
import { refreshReceivingStatuses } from '../db/receiving-statuses.js';
import { InboundErrors } from '../errors.js';
import { receiptReversed } from './receipt-events.js';
import { runCommand } from '../../../platform/command.js';

/**
 * Reverses receiving completed before the receipts are posted: each Ready-for-posting receipt of the
 * load gets a new version with posting status Canceled (the ERP sees `<number>.<version+1>` replace
 * the reversed one), and the load is In process again. Registrations stay; completing the load again
 * reports them as the next version of the same receipt number.
 */
export async function reverseReceivingCompleted(ctx: AppContext, loadId: string) {
  const result = await runCommand(ctx, async ({ trx, now }) => {
    const load = await findLoad(trx, loadId);
    if (load.status !== 'Received') {
      throw new DomainError(InboundErrors.loadStatus, `Inbound load '${loadId}' is ${load.status}; only a Received load can be reversed`, [{ field: 'loadId', reason: `load is ${load.status}`, value: loadId }]);
    }
    const active = await trx.selectFrom('shipment_receipts').selectAll().where('load_id', '=', loadId).where('is_active', '=', 1).where('posting_status', '!=', 'Canceled').execute();
    const posted = active.filter((r) => r.posting_status === 'Posted');
    const ready = active.filter((r) => r.posting_status === 'ReadyForPosting');
    if (ready.length === 0 || posted.length > 0) {
      throw new DomainError(InboundErrors.receiptPosted, `The shipment receipts of load '${loadId}' are posted and can no longer be reversed`, [
        { field: 'loadId', reason: 'receipts are already posted', value: posted.map((r) => r.receipt_version_number).join(', ') || loadId },
      ]);
    }
    const events: NewBusinessEvent[] = [];
    for (const r of ready) {
      const guarded = await trx.updateTable('shipment_receipts').set({ is_active: 0, updated_at: now }).where('receipt_version_number', '=', r.receipt_version_number).where('posting_status', '=', 'ReadyForPosting').where('is_active', '=', 1).executeTakeFirst();
      // Posting got there first: the whole reversal fails rather than reversing half a load.
      if (Number(guarded.numUpdatedRows) !== 1) throw new DomainError(InboundErrors.receiptPosted, `Shipment receipt ${r.receipt_version_number} was posted meanwhile`);
      const version = r.version + 1;
      const row = {
        ...r,
        receipt_version_number: `${r.receipt_number}.${String(version)}`,
        version,
        is_active: 1,
        posting_status: 'Canceled',
        change_seq: await nextReceiptChange(trx),
        attempts: 0,
        last_error: null,
        posted_at: null,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('shipment_receipts').values(row).execute();
      const header = JSON.parse(r.header) as { sourceSystemOrderNumber?: string };
      events.push(receiptReversed(row, r.receipt_version_number, header.sourceSystemOrderNumber ?? ''));
    }
    const lots = await trx.selectFrom('inbound_registrations').select('lot_id').where('receipt_number', 'in', ready.map((r) => r.receipt_number)).execute();
    await refreshReceivingStatuses(trx, now, [...new Set(lots.map((l) => Number(l.lot_id)))]);
    await bumpLoad(trx, load, now, { status: 'InProcess', receiving_completed_at: null });
    await appendEvents(trx, ctx.ids, now, events);
    return { ...(await loadView(trx, await findLoad(trx, loadId))), shipmentReceiptVersionNumbers: events.map((e) => String(e.payload.shipmentReceiptVersionNumber)) };
  });
  ctx.wake('events');
  return result;
}
