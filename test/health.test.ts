import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

describe('health and readiness', () => {
  const t = useTestApp();

  it('answers /healthz without a key', async () => {
    const res = await t().as(undefined).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('is ready when the database is reachable and migrated', async () => {
    const res = await t().as(undefined).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', pendingMigrations: [] });
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await t().as(undefined).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/background-processes');
  });

  it('rejects an API route without a key with problem+json', async () => {
    const res = await t().as(undefined).get('/api/v1/background-processes');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
  });
});
