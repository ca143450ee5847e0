import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import type { WorkHooks } from './commands/work-hooks.js';
import { workSetupRoutes } from './http/setup-routes.js';
import { workRoutes } from './http/work-routes.js';
import { clusterRoutes } from './http/cluster-routes.js';

/**
 * Work's routes: the work itself, and its setup (work templates, location directives). The hooks of the
 * modules that create work run inside its confirmations.
 */
export function workModule(ctx: AppContext, deps: { hooks: WorkHooks }): Module {
  return {
    name: 'work',
    routes: (app) => {
      workRoutes(app, ctx, deps.hooks);
      clusterRoutes(app, ctx, deps.hooks);
      workSetupRoutes(app, ctx);
    },
  };
}
