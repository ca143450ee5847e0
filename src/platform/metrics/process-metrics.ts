import { Counter, Histogram, type Registry } from 'prom-client';
import type { Executor } from '../db/database.js';
import type { Logger } from '../logger.js';
import { ageSeconds, dbGauges } from './registry.js';

/** What the process runner tells about each run it made. */
export type RunRecorder = (processType: string, outcome: 'succeeded' | 'failed', seconds: number) => void;

/**
 * Runs made by this process (`quayside_background_process_runs_total`, `..._run_duration_seconds`): counted
 * where they ran, so a Prometheus query sums them over every serve and worker process.
 */
export function processRunRecorder(registry: Registry): RunRecorder {
  const runs = new Counter({
    name: 'quayside_background_process_runs_total',
    help: 'Background process runs made by this process, by process type and outcome (succeeded, failed).',
    labelNames: ['process_type', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'quayside_background_process_run_duration_seconds',
    help: 'How long background process runs made by this process took, by process type.',
    labelNames: ['process_type'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [registry],
  });
  return (processType, outcome, seconds) => {
    runs.inc({ process_type: processType, outcome });
    duration.observe({ process_type: processType }, seconds);
  };
}

interface ScheduleRow {
  process_type: string;
  enabled: number;
  next_run_at: number;
  lease_until: number | null;
  outcome: string | null;
}

/**
 * From the schedule (one row per process and scope: a few hundred at most), for every process type:
 * how many enabled processes failed their last run, and how long the most overdue one has been due
 * without a worker running it.
 */
export function processScheduleMetrics(registry: Registry, db: Executor, now: () => number, log: Logger): void {
  const read = async () => {
    const at = now();
    const rows: ScheduleRow[] = await db
      .selectFrom('background_processes as p')
      .leftJoin('process_runs as r', 'r.id', 'p.last_run_id')
      .select(['p.process_type', 'p.enabled', 'p.next_run_at', 'p.lease_until', 'r.outcome'])
      .execute();
    const byType = new Map<string, { failing: number; overdue: number }>();
    for (const row of rows) {
      const entry = byType.get(row.process_type) ?? { failing: 0, overdue: 0 };
      byType.set(row.process_type, entry);
      if (Number(row.enabled) !== 1) continue;
      if (row.outcome === 'failed') entry.failing += 1;
      // A leased process is running; a lease that ran out means its worker died, and the process is overdue again.
      const running = row.lease_until !== null && Number(row.lease_until) >= at;
      if (!running) entry.overdue = Math.max(entry.overdue, ageSeconds(at, row.next_run_at));
    }
    return byType;
  };
  dbGauges(registry, log, read, [
    {
      name: 'quayside_background_processes_failing',
      help: 'Enabled background processes whose last run failed, by process type (from the database: the same in every process).',
      labelNames: ['process_type'],
      samples: (byType) => [...byType].map(([type, e]) => ({ labels: { process_type: type }, value: e.failing })),
    },
    {
      name: 'quayside_background_process_overdue_seconds',
      help: 'How long the most overdue enabled background process of each type has been due without running (0: none is overdue); grows when no worker runs.',
      labelNames: ['process_type'],
      samples: (byType) => [...byType].map(([type, e]) => ({ labels: { process_type: type }, value: e.overdue })),
    },
  ]);
}
