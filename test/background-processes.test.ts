import { beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ProcessRunner } from '../src/platform/jobs/process-runner.js';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

describe('background processes', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    erp = await createErp(t(), 'ERP-BG');
  });

  const processesOf = async (sourceSystemId: string) => (await t().admin.get(`/api/v1/background-processes?sourceSystemId=${sourceSystemId}`)).body.items as any[];

  it('schedules the documented processes with their default intervals when a source system is created', async () => {
    const items = await processesOf('ERP-BG');
    const intervals = Object.fromEntries(items.map((p) => [p.processType, p.intervalSeconds]));
    expect(intervals).toEqual({
      processShipmentOrderMessages: 60,
      publishWarehouseInventoryUpdateLog: 600,
      postShipmentReceipts: 600,
      postShipmentPackingSlips: 600,
    });
    const messages = items.find((p) => p.processType === 'processShipmentOrderMessages');
    expect(messages.label).toBe('Process shipment order messages');
    expect(Date.parse(messages.nextRunAt) - t().clock.now()).toBe(60_000);
    expect(messages.lastRun).toBeNull();
  });

  it('runs a process on its schedule and keeps the run history', async () => {
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BG-1'));
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BG-2'));
    // Not due yet: the scheduler leaves it alone.
    expect(await t().q.processRunner.poll()).toBe(0);
    t().clock.advance(60_000);
    expect(await t().q.processRunner.poll()).toBe(1);
    const messages = (await processesOf('ERP-BG')).find((p) => p.processType === 'processShipmentOrderMessages');
    expect(messages.lastRun).toMatchObject({ outcome: 'succeeded', itemsProcessed: 2, trigger: 'schedule' });
    expect(Date.parse(messages.nextRunAt) - t().clock.now()).toBe(60_000);
    const runs = await t().admin.get(`/api/v1/background-processes/${String(messages.id)}/runs`);
    expect(runs.body.items).toHaveLength(1);
  });

  it('changes an interval and runs a process now on request', async () => {
    const receipts = (await processesOf('ERP-BG')).find((p) => p.processType === 'postShipmentReceipts');
    const changed = await t().admin.patch(`/api/v1/background-processes/${String(receipts.id)}`, { intervalSeconds: 120 });
    expect(changed.status).toBe(200);
    expect(changed.body.intervalSeconds).toBe(120);
    expect(Date.parse(changed.body.nextRunAt) - t().clock.now()).toBe(120_000);

    const bad = await t().admin.patch(`/api/v1/background-processes/${String(receipts.id)}`, { intervalSeconds: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('intervalSeconds');

    const run = await t().admin.post(`/api/v1/background-processes/${String(receipts.id)}/run`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ skipped: false, run: { outcome: 'succeeded', trigger: 'manual' } });
  });

  it('runs only one instance of a process at a time, even with several workers', async () => {
    const messages = (await processesOf('ERP-BG')).find((p) => p.processType === 'processShipmentOrderMessages');
    let release: () => void = () => undefined;
    const started: string[] = [];
    const slowRegistry = {
      get: () => ({
        type: 'processShipmentOrderMessages',
        label: 'slow',
        defaultIntervalSeconds: 60,
        run: async () => {
          started.push('run');
          await new Promise<void>((resolve) => (release = resolve));
          return 0;
        },
      }),
    };
    const log = pino({ level: 'silent' });
    const a = new ProcessRunner(t().q.ctx.db, slowRegistry as never, t().clock, 'worker-a', 60_000, log);
    const b = new ProcessRunner(t().q.ctx.db, slowRegistry as never, t().clock, 'worker-b', 60_000, log);
    const first = a.runNow(messages.id);
    // Let worker A take the lease before worker B tries.
    while (started.length === 0) await new Promise((r) => setImmediate(r));
    const second = await b.runNow(messages.id);
    expect(second?.outcome).toBe('skipped');
    const listed = (await processesOf('ERP-BG')).find((p) => p.id === messages.id);
    expect(listed.running).toBe(true);
    release();
    expect((await first)?.outcome).toBe('succeeded');
    expect(started).toHaveLength(1);
  });

  it('lets a source system see only its own processes', async () => {
    const other = await createErp(t(), 'ERP-BG2');
    const mine = await other.erp.get('/api/v1/background-processes');
    expect(mine.body.items.every((p: any) => p.sourceSystemId === 'ERP-BG2')).toBe(true);
    const foreign = (await processesOf('ERP-BG'))[0];
    expect((await other.erp.get(`/api/v1/background-processes/${String(foreign.id)}`)).status).toBe(404);
    expect((await other.erp.post(`/api/v1/background-processes/${String(foreign.id)}/run`)).status).toBe(404);
  });
});
