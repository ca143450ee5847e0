import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { returnRoutes } from './http/return-routes.js';

/** Returns' routes: registering returns at the dock, and the disposition codes. */
export function returnsModule(ctx: AppContext): Module {
  return { name: 'returns', routes: (app) => returnRoutes(app, ctx) };
}
