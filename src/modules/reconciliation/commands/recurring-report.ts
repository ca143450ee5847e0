import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { fromJson, fromJsonOr } from '../../../platform/db/json.js';
import { changeProcess, findProcess } from '../../../platform/jobs/process-changes.js';
import { boundedIntervalSeconds, ensureProcess, type ProcessDefinition } from '../../../platform/jobs/processes.js';
import { DIMENSION_LEVELS, previousDay, type DimensionLevel } from '../domain/update-log-rules.js';
import { createOnHandReport } from './create-on-hand-report.js';
import { runCommand } from '../../../platform/command.js';

export const ON_HAND_REPORT_PROCESS = { type: 'createSourceSystemOnHandReport', label: 'Create source system on-hand inventory report', defaultIntervalSeconds: 86_400 };

export interface ReportSchedule {
  dimensions: DimensionLevel[];
  includeRegisteredAndPicked: boolean;
  intervalSeconds?: number | undefined;
}

/** As a recurring process the as-of date is ignored: every run reports the previous day. */
export function onHandReportProcess(ctx: AppContext): ProcessDefinition {
  return {
    ...ON_HAND_REPORT_PROCESS,
    run: async (process) => {
      const params = fromJson<Partial<ReportSchedule>>(process.parameters, {});
      const now = ctx.clock.now();
      await runCommand(ctx, ({ trx }) =>
        createOnHandReport(trx, ctx, now, {
          sourceSystemId: process.source_system_id ?? process.scope_key,
          asOfDate: previousDay(now),
          dimensions: params.dimensions ?? ['warehouse'],
          includeRegisteredAndPicked: params.includeRegisteredAndPicked ?? false,
          trigger: 'Recurring',
        }),
      );
      ctx.wake('events');
      return 1;
    },
  };
}

export interface ScheduledReport {
  backgroundProcessId: number;
  dimensions: DimensionLevel[];
  includeRegisteredAndPicked: boolean;
  intervalSeconds: number;
  enabled: boolean;
  nextRunAt: number;
}

/** The recurring report of a source system as scheduled, if it is. */
export async function findOnHandReportSchedule(db: Executor, sourceSystemId: string): Promise<ScheduledReport | undefined> {
  const row = await findProcess(db, { type: ON_HAND_REPORT_PROCESS.type, scopeKey: sourceSystemId });
  if (!row) return undefined;
  // A bad stored row reads as the defaults a run would use, never as an error for everyone who looks.
  const params = fromJsonOr<Partial<Record<keyof ReportSchedule, unknown>>>(row.parameters, {});
  const dimensions = Array.isArray(params.dimensions) ? params.dimensions.filter((d): d is DimensionLevel => typeof d === 'string' && Object.hasOwn(DIMENSION_LEVELS, d)) : ['warehouse' as const];
  return {
    backgroundProcessId: Number(row.id),
    // The same defaults as a run uses.
    dimensions,
    includeRegisteredAndPicked: params.includeRegisteredAndPicked === true,
    intervalSeconds: boundedIntervalSeconds(row.interval_seconds),
    enabled: row.enabled === 1,
    nextRunAt: Number(row.next_run_at),
  };
}

/** Schedules (or reschedules) the recurring report of a source system; returns the process id. */
export async function scheduleOnHandReport(db: Executor, now: number, sourceSystemId: string, schedule: ReportSchedule): Promise<number> {
  const parameters = { dimensions: schedule.dimensions, includeRegisteredAndPicked: schedule.includeRegisteredAndPicked };
  await ensureProcess(db, ON_HAND_REPORT_PROCESS, { scopeKey: sourceSystemId, sourceSystemId }, now, parameters);
  const key = { type: ON_HAND_REPORT_PROCESS.type, scopeKey: sourceSystemId };
  await changeProcess(db, key, { parameters, intervalSeconds: schedule.intervalSeconds }, now);
  const row = await findProcess(db, key);
  if (!row) throw new Error('the on-hand report process vanished inside its own transaction');
  return Number(row.id);
}
