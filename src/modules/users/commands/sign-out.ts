import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import { endSession } from '../../../platform/auth/sessions.js';
import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';

/** Ends one session (the one signing out), with its audit entry. */
export async function signOut(ctx: AppContext, session: { id: number; username: string }, source: AuditSource): Promise<void> {
  await runCommand(
    ctx,
    async ({ trx, now }) => {
      await endSession(trx, now, session.id);
      await recordAudit(trx, now, source, { action: 'auth.sign_out', target: { type: 'user', id: session.username } });
    },
    { wakes: [] },
  );
}
