import type { JobHandler } from './jobs/queue.js';
import type { ProcessDefinition } from './jobs/processes.js';
import type { Poller } from './jobs/worker.js';
import type { App } from './http/server.js';
import type { RetentionTask } from './retention/retention.js';

/** What a module contributes to the composition root. Each module builds one from the AppContext. */
export interface Module {
  name: string;
  routes?(app: App): void | Promise<void>;
  processes?: ProcessDefinition[];
  pollers?: Poller[];
  jobs?: JobHandler[];
  /** How the module removes its own records that are past their retention period. */
  retention?: RetentionTask[];
}
