import ajvFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { buildQuayside } from '../src/main.js';
import { defaultConfig } from '../src/platform/config.js';
import { compileEverySchema, installLazyCompilers } from '../src/platform/http/lazy-compilers.js';
import { useTestApp } from './support/harness.js';

/**
 * Route schemas compile when a route is first used (src/platform/http/lazy-compilers.ts). These tests keep
 * a broken schema failing the suite, and show that lazy compilation answers exactly as Fastify's eager one.
 */

describe('route schemas', () => {
  const t = useTestApp();

  it('all compile, for every route of the application', () => {
    const compiled = compileEverySchema(t().q.app);
    // Distinct schemas (routes share their problem answers): far more than one per module.
    expect(compiled).toBeGreaterThan(200);
  });

  // Test files share one module graph per worker (vitest.config.ts, isolate: false), so a second app must
  // not see route schemas that the first one changed in place (an onRoute hook adding to a description).
  it('document the same API when a second app is built in the same process', async () => {
    const first = await t().admin.get('/openapi.json');
    const again = await buildQuayside({ config: { ...defaultConfig, databaseUrl: 'sqlite::memory:', logLevel: 'silent' }, logger: pino({ level: 'silent' }), logRequests: false });
    try {
      const second = await again.app.inject({ method: 'GET', url: '/openapi.json' });
      expect(second.statusCode).toBe(200);
      expect(second.body).toBe(JSON.stringify(first.body));
    } finally {
      await again.close();
    }
  });
});

function smallApp(lazy: boolean): FastifyInstance {
  // The same Ajv options as src/platform/http/server.ts.
  const app = Fastify({
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', useDefaults: true, removeAdditional: false }, plugins: [ajvFormats.default as never] },
  });
  if (lazy) installLazyCompilers(app);
  return app;
}

const thingSchema = {
  params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
  querystring: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } }, dry: { type: 'boolean', default: false } } },
  headers: { type: 'object', properties: { 'X-Tenant': { type: 'string', minLength: 2 } }, required: ['X-Tenant'] },
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'qty'],
    properties: {
      name: { type: 'string', minLength: 1 },
      qty: { type: 'number', exclusiveMinimum: 0 },
      at: { type: 'string', format: 'date-time' },
      unit: { type: 'string', default: 'ea' },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' }, qty: { type: 'number' }, unit: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, dry: { type: 'boolean' } },
    },
  },
};

async function answers(lazy: boolean): Promise<unknown[]> {
  const app = smallApp(lazy);
  app.post('/things/:id', { schema: thingSchema }, (request) => ({
    ...(request.params as object),
    ...(request.body as object),
    ...(request.query as object),
    secret: 'not in the response schema',
  }));
  await app.ready();
  const calls = [
    { url: '/things/7?tags=a', headers: { 'x-tenant': 'T1' }, payload: { name: 'Widget', qty: '2.5' } },
    { url: '/things/7?tags=a&tags=b&dry=true', headers: { 'x-tenant': 'T1' }, payload: { name: 'Widget', qty: 1, at: '2025-01-02T03:04:05Z', unit: 'box' } },
    { url: '/things/0', headers: { 'x-tenant': 'T1' }, payload: { name: 'Widget', qty: 1 } },
    { url: '/things/x', headers: { 'x-tenant': 'T1' }, payload: { name: 'Widget', qty: 1 } },
    { url: '/things/7', headers: { 'x-tenant': 'T' }, payload: { name: 'Widget', qty: 1 } },
    { url: '/things/7', headers: {}, payload: { name: 'Widget', qty: 1 } },
    { url: '/things/7', headers: { 'x-tenant': 'T1' }, payload: { name: '', qty: -1, at: 'yesterday', extra: true } },
    { url: '/things/7', headers: { 'x-tenant': 'T1' }, payload: [] },
  ];
  const out: unknown[] = [];
  for (const call of calls) {
    const res = await app.inject({ method: 'POST', ...call });
    out.push({ status: res.statusCode, type: res.headers['content-type'], body: res.body });
  }
  await app.close();
  return out;
}

describe('lazy schema compilation', () => {
  it('answers, coerces, fills defaults and names bad fields exactly as eager compilation does', async () => {
    const eager = await answers(false);
    const lazy = await answers(true);
    expect(lazy).toEqual(eager);
    // The comparison means something: both a coerced success and refusals are among the answers.
    expect(eager[0]).toMatchObject({ status: 200, body: JSON.stringify({ id: 7, name: 'Widget', qty: 2.5, unit: 'ea', tags: ['a'], dry: false }) });
    expect(eager.filter((a) => (a as { status: number }).status === 400)).toHaveLength(6);
  });

  it('lets a broken schema start but fails compileEverySchema, naming the route', async () => {
    const app = smallApp(true);
    app.post('/broken', { schema: { body: { type: 'object', properties: { a: { type: 'no-such-type' } } } } }, () => ({}));
    app.get('/fine', { schema: { querystring: { type: 'object', properties: { q: { type: 'string' } } } } }, () => ({}));
    await app.ready();
    expect(() => compileEverySchema(app)).toThrow(/1 route schemas do not compile:\nPOST \/broken body: /);
    // Without lazy compilation the same route stops the app from starting.
    const eager = smallApp(false);
    eager.post('/broken', { schema: { body: { type: 'object', properties: { a: { type: 'no-such-type' } } } } }, () => ({}));
    await expect(eager.ready()).rejects.toThrow(/Failed building the validation schema for POST: \/broken/);
    await app.close();
  });
});
