import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { replenishmentRoutes } from './http/routes.js';
import { replenishmentProcesses } from './processes.js';

/** Replenishment's routes (fixed pick locations, run now) and the min/max process per warehouse. */
export function replenishmentModule(ctx: AppContext): Module {
  return { name: 'replenishment', processes: replenishmentProcesses(ctx), routes: (app) => replenishmentRoutes(app, ctx) };
}
