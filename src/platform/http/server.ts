import fastifyCompress from '@fastify/compress';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import ajvFormats from 'ajv-formats';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { Logger } from '../logger.js';
import type { App } from './app.js';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, notFoundHandler } from './problem.js';
import { installAuth } from './auth.js';
import { installCsvExport } from './csv-export.js';
import { BODY_LIMITS, installInputGuard } from './input-guard.js';
import type { Executor } from '../db/database.js';
import type { Clock } from '../clock.js';
import type { SessionSettings } from '../auth/sessions.js';
import { defaultUiDir, serveUi } from './static-ui.js';
import { installLazyCompilers } from './lazy-compilers.js';
import { installSecurity, type SecuritySettings } from './security.js';
import { installHttpMetrics } from '../metrics/http-metrics.js';
import type { Registry } from '../metrics/registry.js';
import { installRefusalAudit } from '../audit/refusals.js';

export type { App };

export interface HttpOptions {
  logger: Logger;
  db: Executor;
  version: string;
  clock: Clock;
  sessions: SessionSettings;
  /** Rate limits and which proxies to trust (config.rateLimit, config.trustProxy). */
  security: SecuritySettings;
  /** The built web UI served at `/`; default `<package root>/web/dist`. */
  uiDir?: string;
  /** Request logs cost 20-30% of throughput; on by default, off in tests and benchmarks. */
  logRequests?: boolean;
  /** Where request durations are counted (none: not counted). */
  metrics?: Registry;
}

export async function createHttpServer(options: HttpOptions): Promise<App> {
  // Typed as Fastify's base logger so that App's logger type parameter is inferred as FastifyBaseLogger.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: options.logRequests === false }),
    // Each route gets its own limit from the input guard; this one only covers what has no route.
    bodyLimit: BODY_LIMITS.small,
    trustProxy: options.security.trustProxy,
    // Every error answer is problem+json, also those of the router and of Node's HTTP parser.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    routerOptions: { maxParamLength: 500 },
    ajv: {
      // allErrors so that one 400 names every bad field, not just the first (the answer shows the first 20):
      // bodies are bounded per route and every schema bounds its lists, so the list of errors is bounded too.
      customOptions: { allErrors: true, coerceTypes: 'array', useDefaults: true, removeAdditional: false },
      plugins: [ajvFormats.default as never],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installLazyCompilers(app);

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  installInputGuard(app);
  if (options.metrics) installHttpMetrics(app, options.metrics);

  // Headers, cookies and rate limits before the auth hook and every route, /docs included (see security.ts).
  await installSecurity(app, options.security);
  // API answers of 1 KB and more go compressed (a page of a list shrinks about tenfold on a warehouse's Wi-Fi);
  // the UI's files are compressed once at build time and sent as they are (static-ui.ts).
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Quayside API',
        version: options.version,
        description:
          'Warehouse management for external ERPs. Authenticate with `Authorization: Bearer <api key>` ' +
          'or with the token of a password sign-in (`POST /api/v1/sessions`). ' +
          'Errors are application/problem+json with a stable `code` and the offending `errors[].field`.',
      },
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A Quayside API key (qs_...) or session token (qss_...)' } },
      },
      security: [{ apiKey: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  // Every list route also answers text/csv (format=csv); see csv-export.ts.
  installCsvExport(app);
  installAuth(app, { db: options.db, clock: options.clock, sessions: options.sessions });
  installRefusalAudit(app, { db: options.db, clock: options.clock });

  app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => app.swagger());
  await serveUi(app, options.uiDir ?? defaultUiDir());
  return app;
}
