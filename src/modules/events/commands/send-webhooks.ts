import { sql } from 'kysely';
import { toIso, type Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import { skipLockedSuffix } from '../../../platform/db/claim.js';
import type { Database } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { Poller } from '../../../platform/jobs/worker.js';
import type { Logger } from '../../../platform/logger.js';
import { VERSION } from '../../../version.js';
import { afterFailedAttempt } from '../domain/retry.js';
import { signedHeaders } from '../domain/signature.js';

export interface SenderDeps {
  db: Database;
  clock: Clock;
  log: Logger;
  webhooks: Config['webhooks'];
  /** Who holds a claimed delivery; unique per sender instance. */
  workerId: string;
  /** How long a claimed delivery stays with this sender before another may take it (a crash mid-send). */
  leaseMs: number;
  /** Deliveries claimed and sent (concurrently) per poll. */
  batchSize?: number;
}

interface Claimed {
  id: number;
  attempts: number;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const MAX_ERROR_CHARS = 500;
const MAX_BODY_BYTES = 1024;

/**
 * Sends due webhook deliveries. Claiming is one UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
 * LOCKED) RETURNING, so several senders on PostgreSQL never take the same delivery; on SQLite the
 * statement runs under the single write lock. The claim marks the deliveries in flight with a lease and
 * counts the attempt, and commits; the HTTP calls happen after, outside any transaction.
 * Delivery is at least once: a sender that dies after the receiver answered but before recording it
 * leaves the lease to expire, and the delivery is sent again with the same webhook-id.
 */
export class WebhookSender implements Poller {
  readonly name = 'webhook-sender';
  readonly topic = 'events' as const;

  constructor(private readonly deps: SenderDeps) {}

  async poll(): Promise<number> {
    const claimed = await this.claim();
    if (claimed.length === 0) return 0;
    const byId = new Map(claimed.map((c) => [c.id, c]));
    const rows = await this.deps.db.kysely
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .innerJoin('business_events as e', 'e.id', 'd.event_pk')
      .select([
        'd.id',
        's.url',
        's.secret',
        's.previous_secret',
        's.previous_secret_expires_at',
        'e.event_id',
        'e.event_type',
        'e.schema_version',
        'e.occurred_at',
        'e.source_system_id',
        'e.subject',
        'e.payload',
      ])
      .where(
        'd.id',
        'in',
        claimed.map((c) => c.id),
      )
      .execute();

    await Promise.all(
      rows.map(async (r) => {
        const body = JSON.stringify({
          eventId: r.event_id,
          type: r.event_type,
          schemaVersion: r.schema_version,
          occurredAt: toIso(r.occurred_at),
          sourceSystemId: r.source_system_id,
          subject: r.subject,
          payload: fromJson<unknown>(r.payload, {}),
        });
        const sentAt = this.deps.clock.now();
        const secrets = [r.secret];
        if (r.previous_secret && (r.previous_secret_expires_at ?? 0) > sentAt) secrets.push(r.previous_secret);
        const outcome = await this.post(r.url, body, signedHeaders(secrets, r.event_id, sentAt, body));
        await this.record(r.id, byId.get(r.id)?.attempts ?? 1, outcome, r.event_id);
      }),
    );
    return claimed.length;
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.deps.clock.now();
    const lease = now + Math.max(this.deps.leaseMs, this.deps.webhooks.timeoutMs * 2);
    const limit = this.deps.batchSize ?? 10;
    const result = await sql<Claimed>`
      update webhook_deliveries
      set status = 'in_flight', locked_by = ${this.deps.workerId}, lease_until = ${lease},
          attempts = attempts + 1, last_attempt_at = ${now}, updated_at = ${now}
      where id in (
        select d.id from webhook_deliveries d
        where ((d.status = 'pending' and d.next_attempt_at <= ${now}) or (d.status = 'in_flight' and d.lease_until < ${now}))
          and exists (select 1 from webhook_subscriptions s where s.id = d.subscription_id and s.active = 1)
        order by d.next_attempt_at, d.id
        limit ${limit} ${skipLockedSuffix(this.deps.db.caps)}
      )
      returning id, attempts`.execute(this.deps.db.kysely);
    return result.rows.map((r) => ({ id: Number(r.id), attempts: Number(r.attempts) }));
  }

  private async post(url: string, body: string, signature: Record<string, string>): Promise<Outcome> {
    const timeoutMs = this.deps.webhooks.timeoutMs;
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'user-agent': `Quayside-Webhooks/${VERSION}`, ...signature },
        // Only a 2xx acknowledges; a redirect is a failure (and is not followed to another host).
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status >= 200 && response.status < 300) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: true, statusCode: response.status, error: null };
      }
      const text = await readStart(response);
      return { ok: false, statusCode: response.status, error: truncate(`HTTP ${response.status}${text ? `: ${text}` : ''}`) };
    } catch (err) {
      return { ok: false, statusCode: null, error: truncate(describeFailure(err, timeoutMs)) };
    }
  }

  private async record(id: number, attempts: number, outcome: Outcome, eventId: string): Promise<void> {
    const now = this.deps.clock.now();
    const next = outcome.ok ? undefined : afterFailedAttempt(attempts, this.deps.webhooks, now);
    const status = outcome.ok ? 'delivered' : (next?.status ?? 'dead');
    const result = await this.deps.db.kysely
      .updateTable('webhook_deliveries')
      .set({
        status,
        locked_by: null,
        lease_until: null,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        updated_at: now,
        ...(outcome.ok ? { delivered_at: now } : {}),
        ...(next?.status === 'pending' ? { next_attempt_at: next.nextAttemptAt } : {}),
      })
      .where('id', '=', id)
      // Only the holder of the lease records the outcome; one whose lease ran out lost the delivery.
      .where('status', '=', 'in_flight')
      .where('locked_by', '=', this.deps.workerId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return;
    if (status === 'dead') {
      this.deps.log.warn({ delivery: id, eventId, attempts, error: outcome.error }, 'webhook delivery dead-lettered');
    } else if (!outcome.ok) {
      this.deps.log.info({ delivery: id, eventId, attempts, error: outcome.error }, 'webhook delivery failed; will retry');
    }
  }
}

async function readStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // The body is only a hint for support; a broken one must not hide the status code.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8').trim();
}

function describeFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    const cause = (err as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `${cause.message}` : '';
    return detail ? `${err.message}: ${detail}` : err.message;
  }
  return String(err);
}

function truncate(text: string): string {
  return text.length <= MAX_ERROR_CHARS ? text : `${text.slice(0, MAX_ERROR_CHARS - 1)}…`;
}
