/**
 * Work: warehouse work (put-away, pick, count), its execution on the floor, work templates, and the
 * location directives that say where it goes. The modules that create work take part in its
 * confirmations through work hooks. The wiring (routes) is in module.ts.
 *
 * Tables: work_headers, work_lines, work_templates, location_directives, work_clusters, work_cluster_members.
 * Events: none.
 */
export { createWork, createWorks, waitForWork, type CreatedWork, type CreatedWorks, type WorkMove, type WorkPlace, type WorkSpec } from './commands/create-work.js';
export { cancelWork, confirmWorkLine, takeWork, userLocation, type ConfirmLineInput } from './commands/execute-work.js';
export { cancelUnstartedWork } from './commands/cancel-unstarted-work.js';
export { shortenPickLine } from './commands/shorten-pick-line.js';
export type { MoveContribution, WorkHook, WorkHooks, WorkLineContext, WorkMoveEvent } from './commands/work-hooks.js';
export { findWork, type WorkView } from './db/work-views.js';
export { lockWork } from './db/lock-work.js';
export { loadCandidates, loadDirectives, loadOccupancy } from './db/directive-inputs.js';
export { choosePutLocation, type CandidateLocation, type Directive, type Occupancy, type PutDecision, type PutRequest } from './domain/location-directives.js';
export { WORK_STATUSES, WORK_TYPES, type WorkLineType, type WorkStatus, type WorkType } from './domain/work-status.js';
export { WorkErrors } from './errors.js';
