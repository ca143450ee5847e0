/**
 * System: health, API keys and background process administration, the HTTP face of the platform's
 * kernel (src/platform). The wiring (its routes) is in module.ts.
 *
 * Tables: none of its own. It administers tables of the platform: api_keys (created through
 * platform/auth, issued and revoked by commands/api-keys.ts), background_processes and process_runs
 * (changed and run through platform/jobs; read for its views).
 * Events: none.
 */
export { listProcessesWithLastRun, type ProcessView } from './queries/process-views.js';
