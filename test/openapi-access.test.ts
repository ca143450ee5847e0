import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

describe('the Access paragraph of the API reference', () => {
  const t = useTestApp();

  it('says once per operation who may call it, and "admin only" where only admins may', async () => {
    const doc = (await t().as(undefined).get('/openapi.json')).body as { paths: Record<string, Record<string, { description?: string }>> };
    const descriptions = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ op: `${method.toUpperCase()} ${path}`, text: op.description ?? '' })));
    expect(descriptions.filter((d) => (d.text.match(/Access:/g) ?? []).length !== 1).map((d) => d.op)).toEqual([]);
    expect(descriptions.filter((d) => /Access: admin, \.|, \.$/.test(d.text)).map((d) => d.op)).toEqual([]);
    const adminOnly = descriptions.filter((d) => d.op.includes('/api-keys') || d.op.includes('/users'));
    expect(adminOnly.length).toBeGreaterThanOrEqual(6);
    for (const d of adminOnly) expect(d.text, d.op).toMatch(/Access: admin only\.$/);
    expect(descriptions.find((d) => d.op === 'GET /api/v1/inbound-loads')?.text).toBe('Access: admin, planner, warehouse_manager, warehouse_worker, integration_operator.');
    expect(descriptions.find((d) => d.op === 'POST /api/v1/sessions')?.text).toMatch(/the same 401\..*\n\nAccess: public, no key needed\.$/s);
  });
});
