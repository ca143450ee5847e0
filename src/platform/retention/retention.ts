import type { Kdb } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { ProcessDefinition } from '../jobs/processes.js';
import type { RetentionSettings } from '../config.js';

export const DAY_MS = 86_400_000;

export interface BatchOutcome {
  removed: number;
  /** Where the next batch goes on (for tasks that walk a table by id), or null when nothing more is due this run. */
  next: number | null;
}

/**
 * One kind of record that only grows, and how to remove what is past its retention period. Each module
 * contributes tasks for its own tables (a module writes only its own tables), and knows what must never
 * go (an unfinished message, an event still owed to someone).
 */
export interface RetentionTask {
  /** What it removes, for the run's log line, e.g. 'messages'. */
  name: string;
  /**
   * Removes one batch in one transaction: at most `limit` rows of its kind that are past their
   * retention at `now`. `after` is 0 at the start of a run, then the `next` of the previous batch.
   */
  removeBatch(db: Kdb, now: number, limit: number, after: number): Promise<BatchOutcome>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs every task in bounded batches: each batch is one short transaction, and between batches the
 * event loop serves requests (better-sqlite3 blocks while a statement runs). A task stops when it has
 * nothing more past its retention, or after maxBatchesPerRun batches; the rest goes at the next run.
 */
export async function runRetention(db: Kdb, now: number, tasks: readonly RetentionTask[], settings: Pick<RetentionSettings, 'batchSize' | 'maxBatchesPerRun'>): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const task of tasks) {
    let after = 0;
    let total = 0;
    for (let batch = 0; batch < settings.maxBatchesPerRun; batch++) {
      const outcome = await task.removeBatch(db, now, settings.batchSize, after);
      total += outcome.removed;
      if (outcome.next === null) break;
      after = outcome.next;
      await yieldToEventLoop();
    }
    removed[task.name] = total;
  }
  return removed;
}

export const RETENTION_PROCESS = { type: 'removeExpiredRecords', label: 'Remove records past their retention period', defaultIntervalSeconds: 3600 } as const;

/** The warehouse-wide retention process; items processed is the number of rows removed. */
export function retentionProcess(deps: { db: Kdb; now: () => number; settings: RetentionSettings; log: Logger }, tasks: readonly RetentionTask[]): ProcessDefinition {
  return {
    ...RETENTION_PROCESS,
    global: true,
    async run() {
      const removed = await runRetention(deps.db, deps.now(), tasks, deps.settings);
      const total = Object.values(removed).reduce((a, b) => a + b, 0);
      if (total > 0) deps.log.info({ removed }, 'removed records past their retention period');
      return total;
    },
  };
}
