import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

const DAY = 86_400_000;

describe('API keys with an expiry date', () => {
  const t = useTestApp();
  const iso = (ms: number) => new Date(ms).toISOString();

  it('work until their end, then are refused with exactly the answer an unknown key gets', async () => {
    const end = t().clock.now() + 30 * DAY;
    const created = await t().admin.post('/api/v1/api-keys', { name: 'contractor', role: 'planner', expiresAt: iso(end) });
    expect(created.status).toBe(201);
    expect(created.body.expiresAt).toBe(iso(end));
    const contractor = t().as(created.body.key);
    expect((await contractor.get('/api/v1/work')).status).toBe(200);

    const listed = (await t().admin.get('/api/v1/api-keys')).body.items.find((k: { id: number }) => k.id === created.body.id);
    expect(listed).toMatchObject({ name: 'contractor', expiresAt: iso(end), revokedAt: null });

    t().clock.set(end - 1);
    expect((await contractor.get('/api/v1/work')).status).toBe(200);
    t().clock.set(end);
    const expired = await contractor.get('/api/v1/work');
    const unknown = await t().as('qs_nobody_thisisnotakeyanyonewasevergiven').get('/api/v1/work');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(unknown.body);
    expect(expired.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('keeps a key without an end working until it is revoked', async () => {
    const created = await t().admin.post('/api/v1/api-keys', { name: 'forever', role: 'planner' });
    expect(created.body.expiresAt).toBeNull();
    t().clock.advance(5 * 365 * DAY);
    expect((await t().as(created.body.key).get('/api/v1/work')).status).toBe(200);
  });

  it('refuses an end in the past, now, or more than three years ahead, naming the field', async () => {
    const now = t().clock.now();
    for (const [expiresAt, reason] of [
      [iso(now - 1000), 'must be in the future'],
      [iso(now), 'must be in the future'],
      [iso(now + 1097 * DAY), 'must be at most 1096 days (3 years) ahead'],
    ] as const) {
      const res = await t().admin.post('/api/v1/api-keys', { name: 'bad end', sourceSystemId: 'NOPE', expiresAt });
      expect(res.status, expiresAt).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'expiresAt', reason, value: expiresAt }]);
    }
    const notADate = await t().admin.post('/api/v1/api-keys', { name: 'bad end', role: 'planner', expiresAt: 'next tuesday' });
    expect(notADate.status).toBe(400);
    expect(notADate.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const longest = await t().admin.post('/api/v1/api-keys', { name: 'three years', role: 'planner', expiresAt: iso(now + 1096 * DAY) });
    expect(longest.status).toBe(201);
    // The end is part of what the audit log records about the new key.
    const audit = await t().admin.get(`/api/v1/audit-log?action=api_key.created&targetId=${String(longest.body.id)}`);
    expect(audit.body.items[0].detail.expiresAt).toBe(iso(now + 1096 * DAY));
  });
});
