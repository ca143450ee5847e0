import type { AppContext } from '../../../platform/context.js';
import { runCommand } from '../../../platform/command.js';

/** Sets a batch's expiry date, which sellable days and first-expired-first-out picking read. */
export async function setBatchExpiryDate(ctx: AppContext, input: { itemNumber: string; batchNumber: string; expiryDate: number }): Promise<void> {
  await runCommand(
    ctx,
    async ({ trx, now }) => {
      await trx
        .insertInto('outbound_batch_dates')
        .values({ item_number: input.itemNumber, batch_number: input.batchNumber, expiry_date: input.expiryDate, updated_at: now })
        .onConflict((oc) => oc.columns(['item_number', 'batch_number']).doUpdateSet({ expiry_date: input.expiryDate, updated_at: now }))
        .execute();
    },
    { wakes: [] },
  );
}
