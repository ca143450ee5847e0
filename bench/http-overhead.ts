import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Quayside } from '../src/main.js';
import type { BenchOptions } from './options.js';
import { itemNumber } from './messages.js';
import { machine } from './report.js';
import { adminKey, benchQuayside, injector, setUpMasterData } from './setup.js';
import { ZERO, add, measure, type Timing } from './timing.js';

const PATH = '/api/v1/items/{itemNumber}';
const ROUNDS = 5;

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; schema: object; required?: boolean }>;
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

/**
 * The same route as a bare Fastify app would have it: the path, the parameter schema and the response
 * schema taken from Quayside's own OpenAPI document, the same Ajv options, and a handler that returns the
 * answer Quayside gave (no database). What remains is routing, validation and serialization.
 */
async function bareFastify(q: Quayside, answer: unknown): Promise<FastifyInstance> {
  const doc = q.app.swagger() as unknown as { paths: Record<string, { get: OpenApiOperation }> };
  const operation = doc.paths[PATH]?.get;
  if (!operation) throw new Error(`the OpenAPI document has no GET ${PATH}`);
  const params = operation.parameters?.filter((p) => p.in === 'path') ?? [];
  const response = operation.responses['200']?.content?.['application/json']?.schema;
  const app = Fastify({ logger: false, ajv: { customOptions: { allErrors: true, coerceTypes: 'array', useDefaults: true, removeAdditional: false } } });
  app.get(
    '/api/v1/items/:itemNumber',
    {
      schema: {
        params: { type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), required: params.filter((p) => p.required).map((p) => p.name) },
        ...(response ? { response: { 200: response } } : {}),
      },
    },
    () => Promise.resolve(answer),
  );
  await app.ready();
  return app;
}

async function requests(app: FastifyInstance, count: number, headers: Record<string, string>): Promise<Timing> {
  return measure(async () => {
    for (let i = 0; i < count; i++) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/items/${itemNumber(i % 50)}`, headers });
      if (res.statusCode !== 200) throw new Error(`GET item answered ${res.statusCode}: ${res.body}`);
    }
  });
}

const micros = (t: Timing, n: number, cpu: boolean) => ((cpu ? t.cpuSeconds : t.seconds) * 1e6) / n;

/**
 * `--http-overhead N` (SQLite): N reads of one item through Quayside's route (API key, rate limit,
 * security headers, metrics, validation, one primary-key read, serialization) and through the bare
 * Fastify route with the same schemas, in alternating rounds; per request in microseconds.
 */
export async function benchHttpOverhead(options: BenchOptions): Promise<string[]> {
  const n = options.httpOverhead;
  const dir = mkdtempSync(join(tmpdir(), 'quayside-http-'));
  const q = await benchQuayside(`sqlite:${join(dir, 'http.db')}`);
  try {
    const key = await adminKey(q);
    await setUpMasterData(injector(q, key));
    const answer: unknown = (await q.app.inject({ method: 'GET', url: `/api/v1/items/${itemNumber(0)}`, headers: { authorization: `Bearer ${key}` } })).json();
    const bare = await bareFastify(q, answer);
    const headers = { authorization: `Bearer ${key}` };
    await requests(q.app, 200, headers); // warm: schemas compiled, statements prepared
    await requests(bare, 200, {});
    let quayside = ZERO;
    let baseline = ZERO;
    const per = Math.max(1, Math.floor(n / ROUNDS));
    for (let r = 0; r < ROUNDS; r++) {
      baseline = add(baseline, await requests(bare, per, {}));
      quayside = add(quayside, await requests(q.app, per, headers));
    }
    const total = per * ROUNDS;
    await bare.close();
    console.log(machine({ database: 'SQLite' }));
    console.log(`\nHTTP overhead per request: GET ${PATH}, ${total} requests each, app.inject, ${ROUNDS} alternating rounds\n`);
    console.log('| what | µs per request | CPU µs per request |');
    console.log('|---|---:|---:|');
    console.log(`| baseline: bare Fastify, same route schemas, canned answer | ${micros(baseline, total, false).toFixed(0)} | ${micros(baseline, total, true).toFixed(0)} |`);
    console.log(`| Quayside: API key, rate limit, headers, metrics, validation, one read, serialization | ${micros(quayside, total, false).toFixed(0)} | ${micros(quayside, total, true).toFixed(0)} |`);
    console.log(`| Quayside's cost above the bare route | ${(micros(quayside, total, false) - micros(baseline, total, false)).toFixed(0)} | ${(micros(quayside, total, true) - micros(baseline, total, true)).toFixed(0)} |`);
    console.log(`\nbare Fastify / Quayside (per CPU second) = ${(micros(baseline, total, true) / micros(quayside, total, true)).toFixed(2)}`);
    return [];
  } finally {
    await q.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
