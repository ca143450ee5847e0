import { createApiKey } from '../../../platform/auth/api-keys.js';
import type { UserRole } from '../../../platform/auth/principal.js';
import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import { fromIso, toIso } from '../../../platform/clock.js';
import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, invalid, notFound } from '../../../platform/errors.js';

/** A key's end may be set at most this far ahead: a key meant to live longer is one nobody reviews. */
export const MAX_KEY_LIFETIME_DAYS = 1096;
const DAY_MS = 86_400_000;

export type NewApiKey = { name: string; expiresAt?: string | undefined } & ({ role: UserRole } | { sourceSystemId: string });

function keyEnd(expiresAt: string | undefined, now: number): number | null {
  if (expiresAt === undefined) return null;
  const at = fromIso(expiresAt);
  if (at === null) throw invalid('expiresAt', 'must be a date and time', expiresAt);
  if (at <= now) throw invalid('expiresAt', 'must be in the future', expiresAt);
  if (at > now + MAX_KEY_LIFETIME_DAYS * DAY_MS) throw invalid('expiresAt', `must be at most ${String(MAX_KEY_LIFETIME_DAYS)} days (3 years) ahead`, expiresAt);
  return at;
}

/** A key for a person (a role) or an integration client (one source system); its secret is in the answer only. */
export async function issueApiKey(ctx: AppContext, input: NewApiKey, source: AuditSource) {
  return runCommand(
    ctx,
    async ({ trx, now }) => {
      const expiresAt = keyEnd(input.expiresAt, now);
      if ('sourceSystemId' in input) {
        const exists = await trx.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', input.sourceSystemId).executeTakeFirst();
        if (!exists) {
          throw new DomainError(CommonErrors.referenceMissing, `Source system '${input.sourceSystemId}' does not exist`, [
            { field: 'sourceSystemId', reason: 'source system does not exist', value: input.sourceSystemId },
          ]);
        }
      }
      const subject = 'sourceSystemId' in input ? { kind: 'source_system' as const, sourceSystemId: input.sourceSystemId } : { kind: 'user' as const, role: input.role };
      const key = await createApiKey(trx, ctx.ids, now, input.name, subject, expiresAt);
      await recordAudit(trx, now, source, {
        action: 'api_key.created',
        target: { type: 'api_key', id: key.id },
        detail: { name: input.name, prefix: key.prefix, ...(subject.kind === 'user' ? { role: subject.role } : { sourceSystemId: subject.sourceSystemId }), expiresAt: toIso(expiresAt) },
      });
      return { ...key, expiresAt: toIso(expiresAt) };
    },
    { wakes: [] },
  );
}

/** Revokes a key: refused from the next request in every process (the credential generation moves). */
export async function revokeApiKey(ctx: AppContext, id: number, source: AuditSource): Promise<void> {
  await runCommand(
    ctx,
    async ({ trx, now }) => {
      const revoked = await trx
        .updateTable('api_keys')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returning(['id', 'name', 'key_prefix'])
        .executeTakeFirst();
      if (!revoked) throw notFound('API key', id);
      await recordAudit(trx, now, source, { action: 'api_key.revoked', target: { type: 'api_key', id: revoked.id }, detail: { name: revoked.name, prefix: revoked.key_prefix } });
    },
    { wakes: [] },
  );
}
