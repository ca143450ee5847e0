import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { ping } from '../../../platform/db/database.js';
import { pendingMigrations } from '../../../platform/db/migrator.js';
import type { App } from '../../../platform/http/server.js';
import { VERSION } from '../../../version.js';

const Health = Type.Object({ status: Type.String(), version: Type.String() });
const Ready = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not ready')]),
  database: Type.String(),
  pendingMigrations: Type.Array(Type.String()),
  error: Type.Optional(Type.String()),
});

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'The process is alive', security: [], response: { 200: Health } }, config: { access: 'public' } },
    () => ({ status: 'ok', version: VERSION }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: 'The database is reachable and migrations are current',
        security: [],
        response: { 200: Ready, 503: Ready },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      try {
        await ping(ctx.db);
        const pending = await pendingMigrations(ctx.db);
        const ready = pending.length === 0;
        return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', database: ctx.db.caps.name, pendingMigrations: pending });
      } catch (error) {
        // Public route: the driver's message can name the host, port and user; it goes to the log only.
        request.log.error({ err: error }, 'readiness check: the database is not reachable');
        return reply.status(503).send({ status: 'not ready', database: ctx.db.caps.name, pendingMigrations: [], error: 'The database is not reachable' });
      }
    },
  );
}
