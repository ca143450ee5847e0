import type { AppContext, WakeTopic } from './context.js';
import { applyOnce, type ClientOperation, type Replay } from './db/client-operations.js';
import type { Tx } from './db/database.js';

/** What a command sees: its transaction and the one "now" it runs at. */
export interface CommandContext {
  trx: Tx;
  now: number;
}

export interface CommandOptions {
  /** The worker topics to nudge once the command committed. Default: events (a command may have raised some). */
  wakes?: readonly WakeTopic[];
}

type CommandHost = Pick<AppContext, 'db' | 'clock' | 'wake'>;

/**
 * The one way a request changes the database: one transaction, "now" read once, and the in-process worker
 * nudged after the commit, never before (a worker that looked before the commit would find nothing, and
 * one that is not nudged leaves events waiting for its next poll).
 */
export async function runCommand<T>(ctx: CommandHost, run: (c: CommandContext) => Promise<T>, options: CommandOptions = {}): Promise<T> {
  const now = ctx.clock.now();
  const result = await ctx.db.kysely.transaction().execute((trx) => run({ trx, now }));
  for (const topic of options.wakes ?? ['events']) ctx.wake(topic);
  return result;
}

/**
 * runCommand for a client's operation (a scan, a confirmation): a retry with the same operation id gets the
 * first answer and changes nothing; only a first run nudges the worker.
 */
export async function runOperation<T>(
  ctx: CommandHost,
  operation: ClientOperation,
  run: (c: CommandContext) => Promise<T>,
  options: CommandOptions & { replay?: Replay<T> } = {},
): Promise<{ result: T; replayed: boolean }> {
  const now = ctx.clock.now();
  const outcome = await applyOnce(ctx.db.kysely, now, operation, (trx) => run({ trx, now }), options.replay);
  if (!outcome.replayed) for (const topic of options.wakes ?? ['events']) ctx.wake(topic);
  return outcome;
}
