import type { Config } from '../config.js';
import { DAY_MS, type RetentionTask } from './retention.js';
import { oldStretch } from './old-rows.js';
import { auditLogRetentionTask } from '../audit/retention.js';

/** The platform's own records that grow: ended sign-in sessions, client operation ids, process run history, the audit log, expired access tokens. */
export function platformRetentionTasks(config: Pick<Config, 'retention' | 'sessions'>): RetentionTask[] {
  const r = config.retention;
  const idleMs = config.sessions.idleTimeoutMinutes * 60_000;
  return [
    {
      // A session has ended once it was revoked (sign-out, a disabled user, a new password), reached its
      // maximum lifetime or stayed unused for the idle timeout; it goes sessionsDays after it ended.
      name: 'sessions',
      removeBatch: (db, now, limit, after) =>
        db.transaction().execute(async (trx) => {
          const cutoff = now - r.sessionsDays * DAY_MS;
          const stretch = await oldStretch(trx, 'user_sessions', 'created_at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const result = await trx
            .deleteFrom('user_sessions')
            .where('id', '>', after)
            .where('id', '<=', stretch.to)
            .where((eb) => eb.or([eb('revoked_at', '<', cutoff), eb('expires_at', '<=', cutoff), eb('last_used_at', '<=', cutoff - idleMs)]))
            .executeTakeFirst();
          return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
        }),
    },
    {
      // After this long a scanner's retry of the same operation id would be applied again: keep it longer
      // than any device can stay offline with scans in its outbox.
      name: 'clientOperations',
      removeBatch: (db, now, limit) =>
        db.transaction().execute(async (trx) => {
          const cutoff = now - r.clientOperationsDays * DAY_MS;
          const result = await trx
            .deleteFrom('client_operations')
            .where('operation_id', 'in', (eb) => eb.selectFrom('client_operations').select('operation_id').where('created_at', '<', cutoff).limit(limit))
            .executeTakeFirst();
          const removed = Number(result.numDeletedRows);
          return { removed, next: removed === limit ? 0 : null };
        }),
    },
    {
      // The run a process shows as its last run stays, however old (a process switched off for a year).
      name: 'processRuns',
      removeBatch: (db, now, limit, after) =>
        db.transaction().execute(async (trx) => {
          const cutoff = now - r.processRunsDays * DAY_MS;
          const stretch = await oldStretch(trx, 'process_runs', 'started_at', cutoff, after, limit);
          if (!stretch) return { removed: 0, next: null };
          const result = await trx
            .deleteFrom('process_runs')
            .where('id', '>', after)
            .where('id', '<=', stretch.to)
            .where('started_at', '<', cutoff)
            .where((eb) => eb.not(eb.exists(eb.selectFrom('background_processes as p').select('p.id').whereRef('p.last_run_id', '=', 'process_runs.id'))))
            .executeTakeFirst();
          return { removed: Number(result.numDeletedRows), next: stretch.more ? stretch.to : null };
        }),
    },
    auditLogRetentionTask(r.auditLogDays),
    {
      // An expired access token answers "expired" for a day (a connector then knows to ask for a new one), then goes.
      name: 'accessTokens',
      removeBatch: (db, now, limit) =>
        db.transaction().execute(async (trx) => {
          const cutoff = now - DAY_MS;
          const result = await trx
            .deleteFrom('access_tokens')
            .where('token_hash', 'in', (eb) => eb.selectFrom('access_tokens').select('token_hash').where('expires_at', '<', cutoff).limit(limit))
            .executeTakeFirst();
          const removed = Number(result.numDeletedRows);
          return { removed, next: removed === limit ? 0 : null };
        }),
    },
  ];
}
