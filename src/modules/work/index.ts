import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { workSetupRoutes } from './http/setup-routes.js';
import { workRoutes } from './http/work-routes.js';

export { createWork, createWorks, type CreatedWork, type CreatedWorks, type WorkMove, type WorkPlace, type WorkSpec } from './commands/create-work.js';
export { cancelWork, confirmWorkLine, takeWork, userLocation, type ConfirmLineInput } from './commands/execute-work.js';
export { cancelUnstartedWork } from './commands/cancel-unstarted-work.js';
export { shortenPickLine } from './commands/shorten-pick-line.js';
export { registerWorkHook, type MoveContribution, type WorkHook, type WorkMoveEvent } from './commands/work-hooks.js';
export { findWork, type WorkView } from './db/work-views.js';
export { lockWork } from './db/lock-work.js';
export { loadCandidates, loadDirectives, loadOccupancy } from './db/directive-inputs.js';
export { choosePutLocation, type CandidateLocation, type Directive, type Occupancy, type PutDecision, type PutRequest } from './domain/location-directives.js';
export { WORK_STATUSES, WORK_TYPES, type WorkLineType, type WorkStatus, type WorkType } from './domain/work-status.js';
export { WorkErrors } from './errors.js';

/** Warehouse work (put-away, pick, count) and the location directives that say where it goes. */
export function workModule(ctx: AppContext): Module {
  return {
    name: 'work',
    routes: (app) => {
      workRoutes(app, ctx);
      workSetupRoutes(app, ctx);
    },
  };
}
