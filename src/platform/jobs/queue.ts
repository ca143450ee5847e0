import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, Executor } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';
import type { Logger } from '../logger.js';
import type { Poller } from './worker.js';

/** A one-off background job (wave processing, report creation...), kept in the database. */
export interface JobHandler {
  kind: string;
  run(payload: unknown, attempt: number): Promise<void>;
}

export interface EnqueueOptions {
  runAt?: number;
  maxAttempts?: number;
  /** Enqueueing the same key twice keeps the first job. */
  dedupeKey?: string;
}

export async function enqueueJob(db: Executor, now: number, kind: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      kind,
      payload: toJson(payload),
      status: 'queued',
      run_at: options.runAt ?? now,
      attempts: 0,
      max_attempts: options.maxAttempts ?? 3,
      created_at: now,
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

const RETRY_BASE_MS = 10_000;

/**
 * Claims due jobs with one UPDATE ... WHERE id IN (SELECT ... [FOR UPDATE SKIP LOCKED]) RETURNING,
 * so several worker processes on PostgreSQL never take the same job; SQLite has a single writer.
 */
export class JobRunner implements Poller {
  readonly name = 'jobs';
  readonly topic = 'jobs' as const;
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly workerId: string,
    private readonly leaseMs: number,
    private readonly log: Logger,
  ) {}

  register(handler: JobHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  async poll(): Promise<number> {
    const now = this.clock.now();
    const lock = this.db.caps.skipLocked ? sql`for update skip locked` : sql``;
    const claimed = await sql<{ id: number; kind: string; payload: string; attempts: number; max_attempts: number }>`
      update jobs set status = 'running', locked_by = ${this.workerId}, lease_until = ${now + this.leaseMs}, attempts = attempts + 1
      where id in (
        select id from jobs
        where (status = 'queued' and run_at <= ${now}) or (status = 'running' and lease_until < ${now})
        order by run_at, id limit 10 ${lock}
      )
      returning id, kind, payload, attempts, max_attempts`.execute(this.db.kysely);
    for (const job of claimed.rows) await this.runOne(job);
    return claimed.rows.length;
  }

  private async runOne(job: { id: number; kind: string; payload: string; attempts: number; max_attempts: number }): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler.run(fromJson(job.payload, null), job.attempts);
      await this.db.kysely
        .updateTable('jobs')
        .set({ status: 'succeeded', finished_at: this.clock.now(), locked_by: null, lease_until: null, last_error: null })
        .where('id', '=', job.id)
        .execute();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = job.attempts >= job.max_attempts;
      this.log.warn({ err, job: job.id, kind: job.kind, attempt: job.attempts, final }, 'job failed');
      await this.db.kysely
        .updateTable('jobs')
        .set({
          status: final ? 'failed' : 'queued',
          run_at: this.clock.now() + RETRY_BASE_MS * 2 ** (job.attempts - 1),
          finished_at: final ? this.clock.now() : null,
          locked_by: null,
          lease_until: null,
          last_error: message,
        })
        .where('id', '=', job.id)
        .execute();
    }
  }
}
