import { pino } from 'pino';
import { buildQuayside } from '../src/main.js';
import { defaultConfig } from '../src/platform/config.js';

/** The OpenAPI document exactly as a running server would serve it at /openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const q = await buildQuayside({ config: { ...defaultConfig, databaseUrl: 'sqlite::memory:', logLevel: 'silent' }, logger: pino({ level: 'silent' }), logRequests: false });
  try {
    const res = await q.app.inject({ method: 'GET', url: '/openapi.json' });
    return res.json<Record<string, unknown>>();
  } finally {
    await q.close();
  }
}
