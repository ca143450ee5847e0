import type { Executor } from '../db/database.js';
import { toJson } from '../db/json.js';

/**
 * Background processes are recurring jobs with a schedule row per scope (usually a source system),
 * run history, and a compare-and-set lease so only one instance runs at a time across all workers.
 */
export interface ProcessDefinition {
  type: string;
  label: string;
  defaultIntervalSeconds: number;
  /**
   * A warehouse-wide process that exists from the first start (one schedule row, scope ''), rather than
   * one created per source system or warehouse when that is set up.
   */
  global?: boolean;
  /** Runs one pass; returns how many items it processed. Failures are recorded on the run. */
  run(process: ProcessRow): Promise<number>;
}

export interface ProcessRow {
  id: number;
  process_type: string;
  scope_key: string;
  source_system_id: string | null;
  interval_seconds: number;
  enabled: number;
  next_run_at: number;
  parameters: string;
  last_run_id: number | null;
}

/** How often a background process may run: at most once a second, at least once a year (366 days). */
export const PROCESS_INTERVAL_SECONDS = { minimum: 1, maximum: 366 * 86_400 } as const;

/**
 * The interval a stored value means, kept within PROCESS_INTERVAL_SECONDS: a bad row (written before the
 * bounds existed, or by hand) is scheduled at the nearest bound instead of never or all the time.
 */
export function boundedIntervalSeconds(stored: number | string): number {
  const seconds = Number(stored);
  if (Number.isNaN(seconds)) return PROCESS_INTERVAL_SECONDS.maximum;
  return Math.min(PROCESS_INTERVAL_SECONDS.maximum, Math.max(PROCESS_INTERVAL_SECONDS.minimum, Math.round(seconds)));
}

export class ProcessRegistry {
  private readonly defs = new Map<string, ProcessDefinition>();

  register(def: ProcessDefinition): void {
    if (this.defs.has(def.type)) throw new Error(`background process ${def.type} registered twice`);
    this.defs.set(def.type, def);
  }

  get(type: string): ProcessDefinition | undefined {
    return this.defs.get(type);
  }

  all(): ProcessDefinition[] {
    return [...this.defs.values()];
  }
}

/** Creates the schedule row if it does not exist yet; an existing schedule keeps its interval. */
export async function ensureProcess(
  db: Executor,
  def: Pick<ProcessDefinition, 'type' | 'defaultIntervalSeconds'>,
  scope: { scopeKey: string; sourceSystemId: string | null },
  now: number,
  parameters: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('background_processes')
    .values({
      process_type: def.type,
      scope_key: scope.scopeKey,
      source_system_id: scope.sourceSystemId,
      interval_seconds: def.defaultIntervalSeconds,
      enabled: 1,
      next_run_at: now + def.defaultIntervalSeconds * 1000,
      parameters: toJson(parameters),
    })
    .onConflict((oc) => oc.columns(['process_type', 'scope_key']).doNothing())
    .execute();
}

/** The schedule rows of the warehouse-wide processes; run at every start, it adds only what is missing. */
export async function ensureGlobalProcesses(db: Executor, registry: ProcessRegistry, now: number): Promise<void> {
  for (const def of registry.all()) {
    if (def.global) await ensureProcess(db, def, { scopeKey: '', sourceSystemId: null }, now);
  }
}
