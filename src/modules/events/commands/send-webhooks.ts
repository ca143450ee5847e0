import { toIso, type Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import { SecretUnavailable, type SecretBox } from '../../../platform/crypto/secret-box.js';
import type { Database } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { Poller } from '../../../platform/jobs/worker.js';
import type { Logger } from '../../../platform/logger.js';
import { parseTargetPolicy, type TargetPolicy } from '../../../platform/net/address-policy.js';
import { systemResolver, type HostResolver } from '../../../platform/net/outbound-target.js';
import { PostFailure, postPinned } from '../../../platform/net/pinned-post.js';
import { VERSION } from '../../../version.js';
import { allocateSlots } from '../domain/fair-share.js';
import { afterFailedAttempt } from '../domain/retry.js';
import { signedHeaders } from '../domain/signature.js';
import type { PayloadFormatter } from '../domain/payload-formats.js';
import { claimDeliveries, dueSubscriptions, inFlightCounts, type Claimed } from '../db/claim-deliveries.js';
import { openSecrets } from '../db/secrets.js';
import { clearExpiredPreviousSecrets } from './reseal-secrets.js';

export interface SenderDeps {
  db: Database;
  clock: Clock;
  log: Logger;
  webhooks: Config['webhooks'];
  /** Who holds a claimed delivery; unique per sender instance. */
  workerId: string;
  /** How long a claimed delivery stays with this sender before another may take it (a crash mid-send). */
  leaseMs: number;
  /** Opens the subscriptions' sealed signing secrets. */
  secrets: SecretBox;
  /** Looks up receivers' host names; tests inject one that never asks a real DNS server. */
  resolve?: HostResolver;
  /** Called when a send has finished, so the worker claims at once what was waiting for a free slot. */
  onSettled?: () => void;
  /** Shapes deliveries of subscriptions in another format than Quayside's (by format name). */
  formatters?: Partial<Record<string, PayloadFormatter>>;
  /** Counts each recorded attempt for the metrics, by what came of it. */
  recordAttempt?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  /** A fixed, short phrase ("HTTP 500", "timeout", "connection refused"): never the receiver's answer. */
  error: string | null;
}

/** Subscriptions looked at per claim; more than the slots there are is pointless. */
const CANDIDATES = 200;
const SWEEP_EVERY_MS = 60_000;

/**
 * Sends due webhook deliveries. Each poll claims as many as there are free slots, shared fairly
 * (domain/fair-share.ts): per subscription and per source system only so many are in flight at once,
 * so one tenant's slow receivers hold a few slots, never the sender. Sends run in the background; poll()
 * does not wait for them, and a finished send wakes the worker to fill its slot.
 *
 * Delivery is at least once: a sender that dies after the receiver answered but before recording it
 * leaves the lease to expire, and the delivery is sent again with the same webhook-id.
 */
export class WebhookSender implements Poller {
  readonly name = 'webhook-sender';
  readonly topic = 'events' as const;
  private readonly policy: TargetPolicy;
  private readonly sending = new Set<Promise<void>>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: SenderDeps) {
    this.policy = parseTargetPolicy(deps.webhooks.allowedTargets);
  }

  async poll(): Promise<number> {
    await this.sweepExpiredSecrets();
    const free = this.deps.webhooks.concurrency - this.sending.size;
    if (free <= 0) return 0;
    const claimed = await this.claim(free);
    if (claimed.length === 0) return 0;
    const attempts = new Map(claimed.map((c) => [c.id, c.attempts]));
    for (const row of await this.load(claimed)) {
      const send = this.deliver(row, attempts.get(row.id) ?? 1).finally(() => {
        this.sending.delete(send);
        this.deps.onSettled?.();
      });
      this.sending.add(send);
    }
    return claimed.length;
  }

  /** Resolves when every send started so far has finished and been recorded. */
  async settle(): Promise<void> {
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  private async claim(free: number): Promise<Claimed[]> {
    const { db, clock, webhooks } = this.deps;
    const now = clock.now();
    const candidates = await dueSubscriptions(db, now, CANDIDATES);
    if (candidates.length === 0) return [];
    const shares = allocateSlots(candidates, await inFlightCounts(db, now), {
      free,
      perSubscription: webhooks.perSubscriptionConcurrency,
      perTenant: webhooks.perSourceSystemConcurrency,
    });
    const leaseUntil = now + Math.max(this.deps.leaseMs, webhooks.timeoutMs * 2);
    const claimed: Claimed[] = [];
    for (const [subscriptionId, count] of shares) {
      claimed.push(...(await claimDeliveries(db, subscriptionId, count, { now, leaseUntil, workerId: this.deps.workerId })));
    }
    return claimed;
  }

  private load(claimed: Claimed[]) {
    return this.deps.db.kysely
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .innerJoin('business_events as e', 'e.id', 'd.event_pk')
      .select([
        'd.id',
        's.url',
        's.secret',
        's.previous_secret',
        's.previous_secret_expires_at',
        's.secret_key_id',
        's.payload_format',
        'e.feed_seq',
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
  }

  /** Sends one delivery and records the outcome; never throws (what goes wrong is logged and retried). */
  private async deliver(row: Awaited<ReturnType<WebhookSender['load']>>[number], attempts: number): Promise<void> {
    const { log } = this.deps;
    let outcome: Outcome;
    try {
      const body = JSON.stringify(await this.envelope(row));
      const sentAt = this.deps.clock.now();
      const { secret, previous } = openSecrets(this.deps.secrets, row);
      const secrets = [secret];
      if (previous !== null && (row.previous_secret_expires_at ?? 0) > sentAt) secrets.push(previous);
      const headers = {
        'content-type': 'application/json',
        'user-agent': `Quayside-Webhooks/${VERSION}`,
        ...signedHeaders(secrets, row.event_id, sentAt, body),
      };
      const status = await postPinned(new URL(row.url), body, headers, {
        policy: this.policy,
        resolve: this.deps.resolve ?? systemResolver,
        timeoutMs: this.deps.webhooks.timeoutMs,
      });
      // Only a 2xx acknowledges; a redirect is a failure and is not followed.
      outcome = status >= 200 && status < 300 ? { ok: true, statusCode: status, error: null } : { ok: false, statusCode: status, error: `HTTP ${String(status)}` };
    } catch (error) {
      if (error instanceof PostFailure) {
        outcome = { ok: false, statusCode: null, error: error.reason };
        log.info({ delivery: row.id, eventId: row.event_id, reason: error.reason, detail: error.detail }, 'webhook request failed');
      } else if (error instanceof SecretUnavailable) {
        outcome = { ok: false, statusCode: null, error: 'signing secret unavailable' };
        log.error(
          { delivery: row.id, keyId: error.keyId, err: error },
          'webhook secret cannot be opened: every process needs the same secret key (QUAYSIDE_SECRET_KEY, or the same key file)',
        );
      } else {
        outcome = { ok: false, statusCode: null, error: 'internal error' };
        log.error({ delivery: row.id, err: error }, 'webhook delivery failed unexpectedly');
      }
    }
    try {
      await this.record(row.id, attempts, outcome, row.event_id);
    } catch (error) {
      // The lease runs out and the delivery is sent again: at least once.
      log.error({ delivery: row.id, err: error }, 'recording a webhook outcome failed; it will be sent again');
    }
  }

  /** The delivery's body: Quayside's envelope, or the subscription's format's. */
  private async envelope(row: Awaited<ReturnType<WebhookSender['load']>>[number]): Promise<unknown> {
    const payload = fromJson<Record<string, unknown>>(row.payload, {});
    const formatter = row.payload_format === 'Quayside' ? undefined : this.deps.formatters?.[row.payload_format];
    if (formatter) {
      return formatter({
        eventId: row.event_id,
        type: row.event_type,
        schemaVersion: row.schema_version,
        occurredAt: row.occurred_at,
        sourceSystemId: row.source_system_id,
        subject: row.subject,
        feedPosition: row.feed_seq,
        payload,
      });
    }
    return {
      eventId: row.event_id,
      type: row.event_type,
      schemaVersion: row.schema_version,
      occurredAt: toIso(row.occurred_at),
      sourceSystemId: row.source_system_id,
      subject: row.subject,
      payload,
    };
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
    this.deps.recordAttempt?.(outcome.ok ? 'delivered' : status === 'dead' ? 'dead' : 'retry');
    if (status === 'dead') {
      this.deps.log.warn({ delivery: id, eventId, attempts, error: outcome.error }, 'webhook delivery dead-lettered');
    } else if (!outcome.ok) {
      this.deps.log.info({ delivery: id, eventId, attempts, error: outcome.error }, 'webhook delivery failed; will retry');
    }
  }

  /** Previous secrets past their overlap are cleared, about once a minute (whichever sender gets there). */
  private async sweepExpiredSecrets(): Promise<void> {
    const now = this.deps.clock.now();
    if (now >= this.lastSweep && now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await clearExpiredPreviousSecrets(this.deps.db.kysely, now);
  }
}
