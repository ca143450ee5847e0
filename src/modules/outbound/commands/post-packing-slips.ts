import type { AppContext } from '../../../platform/context.js';
import { publicErrorText } from '../../../platform/errors.js';
import { appendEvents } from '../../events/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { finalizeTransactions } from '../../inventory/index.js';
import { ISSUE_REFERENCE } from './pick-hook.js';
import { slipEvent } from './ship-confirm.js';
import { runCommand } from '../../../platform/command.js';

/**
 * The post shipment packing slips process for one source system: every packing slip ready for posting
 * whose posting delay has passed is finalized (the delay in force when the process runs, counted from
 * the ship confirm: the same rule as shipment receipts, so that a changed delay applies to documents
 * already waiting) in its own transaction: its issue transactions go from
 * Picked to Deducted and it is Posted, with its event (shipped quantities and shipment statuses changed at
 * ship confirm). A failure is recorded with the failed event and retried at
 * the next run.
 */
export async function postShipmentPackingSlips(ctx: AppContext, sourceSystemId: string): Promise<number> {
  const system = await findSourceSystem(ctx.db.kysely, sourceSystemId);
  if (!system) return 0;
  const now = ctx.clock.now();
  const due = await ctx.db.kysely
    .selectFrom('outbound_packing_slips')
    .select(['id', 'version_number'])
    .where('source_system_id', '=', sourceSystemId)
    .where('posting_status', '=', 'ReadyForPosting')
    .where('document_date', '<=', now - system.shipmentPackingSlipPostingDelayMinutes * 60_000)
    .orderBy('id')
    .limit(500)
    .execute();
  let posted = 0;
  for (const { id, version_number: versionNumber } of due) {
    try {
      const done = await runCommand(ctx, async ({ trx }) => {
        const slip = await trx.selectFrom('outbound_packing_slips').selectAll().where('id', '=', id).where('posting_status', '=', 'ReadyForPosting').executeTakeFirst();
        if (!slip) return false;
        const lines = await trx.selectFrom('outbound_packing_slip_lines').selectAll().where('packing_slip_id', '=', id).execute();
        await finalizeTransactions(trx, now, { referenceType: ISSUE_REFERENCE, referenceIds: lines.map((l) => String(l.load_line_id)), fromStatus: 'Picked', toStatus: 'Deducted' });
        await trx.updateTable('outbound_packing_slips').set({ posting_status: 'Posted', posted_at: now, updated_at: now, last_error: null }).where('id', '=', id).execute();
        await appendEvents(trx, ctx.ids, now, [slipEvent(versionNumber, slip.packing_slip_number, slip.version, 'Posted', slip.load_id, slip.shipment_id, slip.warehouse_id, slip.source_system_id)]);
        return true;
      });
      if (done) posted++;
    } catch (error) {
      const reference = ctx.ids.uuid();
      const text = publicErrorText(error, reference);
      ctx.log.error({ err: error, packingSlip: versionNumber, reference }, 'posting the shipment packing slip failed');
      await runCommand(ctx, async ({ trx, now }) => {
        const row = await trx.selectFrom('outbound_packing_slips').select('attempts').where('id', '=', id).executeTakeFirstOrThrow();
        await trx.updateTable('outbound_packing_slips').set({ attempts: row.attempts + 1, last_error: text, updated_at: now }).where('id', '=', id).execute();
        await appendEvents(trx, ctx.ids, now, [
          { type: 'shipmentPackingSlip.failed', sourceSystemId, subject: versionNumber, payload: { shipmentPackingSlipVersionNumber: versionNumber, attempts: row.attempts + 1, error: text } },
        ]);
      });
    }
  }
  return posted;
}
