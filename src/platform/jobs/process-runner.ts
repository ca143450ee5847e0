import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { publicErrorText } from '../errors.js';
import { cryptoIds } from '../ids.js';
import type { RunRecorder } from '../metrics/process-metrics.js';
import { boundedIntervalSeconds, type ProcessRegistry, type ProcessRow } from './processes.js';
import type { Poller } from './worker.js';

export interface RunResult {
  runId: number;
  outcome: 'succeeded' | 'failed' | 'skipped';
  itemsProcessed: number;
  error: string | null;
}

/**
 * Runs due background processes. The lease is taken with a guarded UPDATE (compare-and-set), which
 * works the same on SQLite and PostgreSQL: two workers racing for one process see one row updated
 * for exactly one of them.
 */
export class ProcessRunner implements Poller {
  readonly name = 'background-processes';
  readonly topic = 'processes' as const;

  constructor(
    private readonly db: Database,
    private readonly registry: ProcessRegistry,
    private readonly clock: Clock,
    private readonly workerId: string,
    private readonly leaseMs: number,
    private readonly log: Logger,
    /** Counts each run for the metrics of this process. */
    private readonly recordRun: RunRecorder = () => undefined,
  ) {}

  async poll(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db.kysely
      .selectFrom('background_processes')
      .selectAll()
      .where('enabled', '=', 1)
      .where('next_run_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_run_at')
      .limit(20)
      .execute();
    let ran = 0;
    for (const process of due) {
      const result = await this.runLeased(process, 'schedule');
      if (result.outcome !== 'skipped') ran++;
    }
    return ran;
  }

  /** Runs one process now (the "run now" action), unless another worker holds its lease. */
  async runNow(processId: number): Promise<RunResult | undefined> {
    const process = await this.db.kysely.selectFrom('background_processes').selectAll().where('id', '=', processId).executeTakeFirst();
    if (!process) return undefined;
    return this.runLeased(process, 'manual');
  }

  private async runLeased(process: ProcessRow, trigger: 'schedule' | 'manual'): Promise<RunResult> {
    const start = this.clock.now();
    const leased = await this.db.kysely
      .updateTable('background_processes')
      .set({ lease_owner: this.workerId, lease_until: start + this.leaseMs })
      .where('id', '=', process.id)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', start)]))
      .executeTakeFirst();
    if (Number(leased.numUpdatedRows) !== 1) return { runId: 0, outcome: 'skipped', itemsProcessed: 0, error: 'already running' };

    const run = await this.db.kysely
      .insertInto('process_runs')
      .values({ process_id: process.id, trigger, worker_id: this.workerId, started_at: start, outcome: 'running', items_processed: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let items = 0;
    let error: string | null = null;
    const def = this.registry.get(process.process_type);
    try {
      if (!def) throw new Error(`no handler is registered for background process type ${process.process_type}`);
      items = await def.run(process);
    } catch (err) {
      outcome = 'failed';
      const reference = cryptoIds.uuid();
      error = publicErrorText(err, reference);
      this.log.error({ err, process: process.process_type, scope: process.scope_key, reference }, 'background process failed');
    }
    const end = this.clock.now();
    await this.db.kysely
      .updateTable('process_runs')
      .set({ ended_at: end, outcome, items_processed: items, error })
      .where('id', '=', run.id)
      .execute();
    // The next run is scheduled from the end of this one, so a slow run never stacks up behind itself.
    await this.db.kysely
      .updateTable('background_processes')
      .set({ lease_owner: null, lease_until: null, last_run_id: run.id, next_run_at: end + boundedIntervalSeconds(process.interval_seconds) * 1000 })
      .where('id', '=', process.id)
      .where('lease_owner', '=', this.workerId)
      .execute();
    this.recordRun(process.process_type, outcome, (end - start) / 1000);
    return { runId: run.id, outcome, itemsProcessed: items, error };
  }
}
