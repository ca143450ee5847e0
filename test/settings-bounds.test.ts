import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

/** Intervals and dates a person can set are bounded, and one bad stored setting never takes a screen down for everyone. */
describe('bounded settings and robust readers', () => {
  const t = useTestApp();
  const schedule = '/api/v1/source-systems/ERP1/on-hand-report-schedule';

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createErp(t(), 'ERP1');
    expect((await t().admin.put(schedule, { dimensions: ['warehouse'], intervalSeconds: 3600 })).status).toBe(200);
  });

  const refusedField = (res: { status: number; body: any }, field: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain(field);
  };

  it('refuses an on-hand report schedule interval beyond 366 days and keeps the schedule', async () => {
    refusedField(await t().admin.put(schedule, { intervalSeconds: 1e308 }), 'intervalSeconds');
    refusedField(await t().admin.put(schedule, { intervalSeconds: 366 * 86_400 + 1 }), 'intervalSeconds');
    const kept = await t().admin.get(schedule);
    expect([kept.status, kept.body.intervalSeconds]).toEqual([200, 3600]);
    const weekly = await t().admin.put(schedule, { intervalSeconds: 7 * 86_400 });
    expect([weekly.body.intervalSeconds, weekly.body.nextRunAt]).toEqual([7 * 86_400, new Date(t().clock.now() + 7 * 86_400_000).toISOString()]);
  });

  it('bounds background process intervals to between a second and 366 days', async () => {
    const id = (await t().admin.get(schedule)).body.backgroundProcessId;
    refusedField(await t().admin.patch(`/api/v1/background-processes/${String(id)}`, { intervalSeconds: 366 * 86_400 + 1 }), 'intervalSeconds');
    const monthly = await t().admin.patch(`/api/v1/background-processes/${String(id)}`, { intervalSeconds: 30 * 86_400 });
    expect([monthly.status, monthly.body.intervalSeconds]).toEqual([200, 30 * 86_400]);
  });

  it('bounds cycle counting plans and tolerances', async () => {
    const plan = { planId: 'P-1', warehouseId: 'WH1', daysBetweenCounts: 7, maxCounts: 10 };
    refusedField(await t().admin.post('/api/v1/cycle-count-plans', { ...plan, daysBetweenCounts: 1e6 }), 'daysBetweenCounts');
    refusedField(await t().admin.post('/api/v1/cycle-count-plans', { ...plan, maxCounts: 1e9 }), 'maxCounts');
    refusedField(await t().admin.post('/api/v1/cycle-count-plans', { ...plan, maxPercentage: 1e6 }), 'maxPercentage');
    expect((await t().admin.post('/api/v1/cycle-count-plans', plan)).status).toBe(201);
  });

  it('refuses a drift explanation instant beyond the year 9999', async () => {
    const res = await t().admin.get('/api/v1/source-systems/ERP1/on-hand-drift?at=%2B275760-09-13T00:00:00Z');
    expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([400, 'RECONCILIATION.INVALID_DATE', 'at']);
  });

  it('keeps the process list, integration monitoring and the schedule answering when a stored schedule is bad', async () => {
    const id = Number((await t().admin.get(schedule)).body.backgroundProcessId);
    // As a row saved before the bounds existed, or edited by hand, would be: far beyond any date, and unparsable parameters.
    await t()
      .q.ctx.db.kysely.updateTable('background_processes')
      .set({ interval_seconds: 2_147_483_647, next_run_at: sql<number>`9223372036854775807`, parameters: '{not json' })
      .where('id', '=', id)
      .execute();
    const list = await t().admin.get('/api/v1/background-processes?sourceSystemId=ERP1');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const bad = list.body.items.find((p: any) => p.id === id);
    expect([bad.nextRunAt, bad.intervalSeconds, bad.parameters]).toEqual([null, 366 * 86_400, {}]);
    const monitoring = await t().admin.get('/api/v1/integration/monitoring');
    expect(monitoring.status, JSON.stringify(monitoring.body)).toBe(200);
    const own = await t().admin.get(schedule);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body).toMatchObject({ nextRunAt: null, intervalSeconds: 366 * 86_400, dimensions: ['warehouse'], includeRegisteredAndPicked: false });
    // Saving the schedule again repairs it.
    const repaired = await t().admin.put(schedule, { dimensions: ['warehouse'], intervalSeconds: 86_400 });
    expect([repaired.status, repaired.body.nextRunAt]).toEqual([200, new Date(t().clock.now() + 86_400_000).toISOString()]);
  });
});
