import { oldStretch } from '../retention/old-rows.js';
import { DAY_MS, type RetentionTask } from '../retention/retention.js';

/**
 * The audit log is append-only: nothing but this task removes a row, and only when it is older than
 * retention.auditLogDays (default 400: a year and some, so a yearly review still finds last year's rows).
 */
export function auditLogRetentionTask(days: number): RetentionTask {
  return {
    name: 'auditLog',
    removeBatch: (db, now, limit, after) =>
      db.transaction().execute(async (trx) => {
        const cutoff = now - days * DAY_MS;
        const stretch = await oldStretch(trx, 'audit_log', 'at', cutoff, after, limit);
        if (!stretch) return { removed: 0, next: null };
        const result = await trx.deleteFrom('audit_log').where('id', '>', after).where('id', '<=', stretch.to).where('at', '<', cutoff).executeTakeFirst();
        return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
      }),
  };
}
