import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { sessionRoutes } from './http/session-routes.js';
import { userRoutes } from './http/user-routes.js';

/** People who sign in to the web UI with a password: sign-in and sign-out, and their administration. */
export function usersModule(ctx: AppContext): Module {
  return {
    name: 'users',
    routes: (app) => {
      sessionRoutes(app, ctx);
      userRoutes(app, ctx);
    },
  };
}
