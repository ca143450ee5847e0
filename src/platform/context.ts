import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { IdGenerator } from './ids.js';
import type { Logger } from './logger.js';
import type { Registry } from './metrics/registry.js';

/** What the worker can be nudged to look at now instead of at its next poll. */
export type WakeTopic = 'messages' | 'events' | 'processes' | 'jobs';

/** Everything a module needs from the outside world, built once by main.ts. */
export interface AppContext {
  db: Database;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
  config: Config;
  /** This process's Prometheus metrics; modules add theirs when they are built (see platform/metrics). */
  metrics: Registry;
  /** Nudges the in-process worker after a commit; a no-op when no worker runs in this process. */
  wake(topic: WakeTopic): void;
}
