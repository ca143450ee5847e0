import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { flag, fromJsonOr } from '../../../platform/db/json.js';
import { boundedIntervalSeconds } from '../../../platform/jobs/processes.js';

export interface ProcessView {
  id: number;
  processType: string;
  scope: string;
  sourceSystemId: string | null;
  intervalSeconds: number;
  enabled: boolean;
  nextRunAt: string | null;
  running: boolean;
  parameters: Record<string, unknown>;
  lastRun: RunView | null;
}

export interface RunView {
  id: number;
  trigger: string;
  startedAt: string | null;
  endedAt: string | null;
  outcome: string;
  itemsProcessed: number;
  error: string | null;
}

export function runView(r: {
  id: number;
  trigger: string;
  started_at: number;
  ended_at: number | null;
  outcome: string;
  items_processed: number;
  error: string | null;
}): RunView {
  return {
    id: r.id,
    trigger: r.trigger,
    startedAt: toIso(r.started_at),
    endedAt: toIso(r.ended_at),
    outcome: r.outcome,
    itemsProcessed: r.items_processed,
    error: r.error,
  };
}

export async function listProcessesWithLastRun(db: Executor, now: number, filter: { sourceSystemId?: string; id?: number } = {}): Promise<ProcessView[]> {
  let query = db
    .selectFrom('background_processes as p')
    .leftJoin('process_runs as r', 'r.id', 'p.last_run_id')
    .select([
      'p.id',
      'p.process_type',
      'p.scope_key',
      'p.source_system_id',
      'p.interval_seconds',
      'p.enabled',
      'p.next_run_at',
      'p.lease_until',
      'p.parameters',
      'r.id as run_id',
      'r.trigger',
      'r.started_at',
      'r.ended_at',
      'r.outcome',
      'r.items_processed',
      'r.error',
    ])
    .orderBy('p.source_system_id')
    .orderBy('p.process_type');
  if (filter.sourceSystemId !== undefined) query = query.where('p.source_system_id', '=', filter.sourceSystemId);
  if (filter.id !== undefined) query = query.where('p.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    processType: r.process_type,
    scope: r.scope_key,
    sourceSystemId: r.source_system_id,
    intervalSeconds: boundedIntervalSeconds(r.interval_seconds),
    enabled: flag(r.enabled),
    nextRunAt: toIso(r.next_run_at),
    running: r.lease_until !== null && r.lease_until > now,
    parameters: parametersOf(r.parameters),
    lastRun:
      r.run_id === null || r.started_at === null
        ? null
        : runView({
            id: r.run_id,
            trigger: r.trigger ?? '',
            started_at: r.started_at,
            ended_at: r.ended_at,
            outcome: r.outcome ?? '',
            items_processed: r.items_processed ?? 0,
            error: r.error,
          }),
  }));
}

function parametersOf(text: string): Record<string, unknown> {
  const value = fromJsonOr<unknown>(text, {});
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
