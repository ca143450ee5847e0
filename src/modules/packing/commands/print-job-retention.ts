import type { RetentionSettings } from '../../../platform/config.js';
import { DAY_MS, type RetentionTask } from '../../../platform/retention/retention.js';
import { oldStretch } from '../../../platform/retention/old-rows.js';
import { newTransaction } from '../../../platform/db/transaction.js';

/**
 * Label print jobs pile up with every container closed. One that was sent or failed is history after
 * printJobsDays (its label can still be printed again from the container); a queued or sending one is
 * work still to do and is never removed here.
 */
export function printJobRetention(settings: RetentionSettings): RetentionTask {
  return {
    name: 'labelPrintJobs',
    removeBatch: (db, now, limit, after) =>
      newTransaction(db, async (trx) => {
        const cutoff = now - settings.printJobsDays * DAY_MS;
        const stretch = await oldStretch(trx, 'label_print_jobs', 'created_at', cutoff, after, limit);
        if (!stretch) return { removed: 0, next: null };
        const result = await trx
          .deleteFrom('label_print_jobs')
          .where('id', '>', after)
          .where('id', '<=', stretch.to)
          .where('created_at', '<', cutoff)
          .where('status', 'in', ['sent', 'failed'])
          .executeTakeFirst();
        return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
      }),
  };
}
