import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { workSetupRoutes } from './http/setup-routes.js';
import { workRoutes } from './http/work-routes.js';

/** Work's routes: the work itself, and its setup (work templates, location directives). */
export function workModule(ctx: AppContext): Module {
  return {
    name: 'work',
    routes: (app) => {
      workRoutes(app, ctx);
      workSetupRoutes(app, ctx);
    },
  };
}
