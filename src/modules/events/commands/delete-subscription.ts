import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import type { SubscriptionRow } from '../db/subscriptions.js';
import { urlOrigin } from '../domain/url-origin.js';

/** Deletes a subscription (its deliveries go with it) and records who did; one deleted meanwhile by someone else is left as it is. */
export function deleteSubscription(ctx: Pick<AppContext, 'db' | 'clock' | 'wake'>, row: SubscriptionRow, by: AuditSource): Promise<void> {
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const deleted = await trx.deleteFrom('webhook_subscriptions').where('id', '=', row.id).executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return;
      await recordAudit(trx, now, by, {
        action: 'webhook_subscription.deleted',
        target: { type: 'webhook_subscription', id: row.id },
        detail: { urlOrigin: urlOrigin(row.url), sourceSystemId: row.source_system_id },
      });
    },
    { wakes: [] },
  );
}
