import type { Executor } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { ProcessRow } from './processes.js';

/**
 * The platform owns the schedule rows (background_processes) and their run history (process_runs); the
 * modules whose work a process runs read and change their rows through these functions only.
 */

/** A schedule row by what it runs and where: a process type has at most one row per scope key. */
export interface ProcessKey {
  type: string;
  scopeKey: string;
}

export interface ProcessChanges {
  /** Replaces the parameters the process's runs read. */
  parameters?: Record<string, unknown>;
  /** A new interval; the next run is then one interval from now. */
  intervalSeconds?: number;
  enabled?: boolean;
}

export async function findProcess(db: Executor, key: ProcessKey): Promise<ProcessRow | undefined> {
  return db.selectFrom('background_processes').selectAll().where('process_type', '=', key.type).where('scope_key', '=', key.scopeKey).executeTakeFirst();
}

/** Changes a process's parameters or schedule; a process that does not exist is left alone. */
export async function changeProcess(db: Executor, which: ProcessKey | { id: number }, changes: ProcessChanges, now: number): Promise<void> {
  const { parameters, intervalSeconds, enabled } = changes;
  if (parameters === undefined && intervalSeconds === undefined && enabled === undefined) return;
  let update = db.updateTable('background_processes').set({
    ...(parameters !== undefined ? { parameters: toJson(parameters) } : {}),
    ...(intervalSeconds !== undefined ? { interval_seconds: intervalSeconds, next_run_at: now + intervalSeconds * 1000 } : {}),
    ...(enabled !== undefined ? { enabled: enabled ? 1 : 0 } : {}),
  });
  update = 'id' in which ? update.where('id', '=', which.id) : update.where('process_type', '=', which.type).where('scope_key', '=', which.scopeKey);
  await update.execute();
}

/** Removes a process's schedule when the thing it works for goes; its run history goes with it (process_runs cascade). */
export async function removeProcess(db: Executor, key: ProcessKey): Promise<void> {
  await db.deleteFrom('background_processes').where('process_type', '=', key.type).where('scope_key', '=', key.scopeKey).execute();
}
