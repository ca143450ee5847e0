import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { acceptCsv } from './http/csv-rows.js';
import { resourceRoutes } from './http/resource-routes.js';
import { RESOURCES } from './resources/index.js';

/** Master data's routes: one generic set per resource, each also taking CSV. */
export function masterDataModule(ctx: AppContext): Module {
  return {
    name: 'master-data',
    routes: (app) => {
      acceptCsv(app);
      for (const spec of RESOURCES) resourceRoutes(app, ctx, spec);
    },
  };
}
