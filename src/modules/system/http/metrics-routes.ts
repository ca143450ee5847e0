import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';

/**
 * `GET /metrics` on the API's port, for admins: a scraper sends an admin API key. Not registered when
 * metrics.port serves the metrics on a port of their own (platform/metrics/metrics-server.ts).
 */
export function metricsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/metrics',
    {
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics: requests, message queues, webhooks, background processes, the event outbox and the ledger check',
        description:
          'The Prometheus text format (text/plain; version=0.0.4). Request and run counts are this process\'s own; the figures read from the ' +
          'database (queues, dead letters, ledger differences) are the same in every process. docs/operations.md lists each metric and what to alert on.',
        produces: ['text/plain'],
        response: { 200: Type.Unknown({ description: 'The metrics in the Prometheus text format' }) },
      },
      config: { access: [] },
    },
    async (_request, reply) => reply.type(ctx.metrics.contentType).send(await ctx.metrics.metrics()),
  );
}
