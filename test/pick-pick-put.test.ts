import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createOutboundLocations, onHand, putStock } from './support/outbound.js';

describe('pick-pick-put and cluster picking', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let pia: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    const template = await t().admin.post('/api/v1/work-templates', { templateId: 'PPP', name: 'Pick, pick, put', workType: 'Pick', warehouseId: 'WH1', sequence: 1, groupPuts: true });
    expect(template.status).toBe(201);
    expect(template.body.groupPuts).toBe(true);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    pia = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'pia'));
  });

  /** Sends and releases an order; answers its load and its pick work. */
  async function released(orderNumber: string, lines: unknown[]): Promise<{ loadId: string; workIds: string[] }> {
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, {}, lines));
    await drain(t());
    expect((await messageById(t(), sent.body.id)).processingStatus).toBe('Accepted');
    const release = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, {});
    expect(release.body.released).toBe(true);
    const waveId = (await t().admin.get(`/api/v1/outbound-loads/${String(release.body.loadId)}`)).body.shipments[0].waveId;
    return { loadId: release.body.loadId, workIds: (await t().admin.get(`/api/v1/waves/${String(waveId)}`)).body.workIds };
  }
  const line = (n: number, item: string, quantity: number, unit = 'ea') => ({ orderLineNumber: n, itemNumber: `ERP-${item}`, orderedQuantity: quantity, orderedUnitSymbol: unit });

  it('picks three lines and puts them once at the end', async () => {
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 4 },
      { locationId: 'BULK-1', quantity: 10 },
      { itemNumber: 'FLOUR', locationId: 'PICK-2', quantity: 5 },
    ]);
    const { loadId, workIds } = await released('SO-P1', [line(1, 'ITEM-1', 6), line(2, 'FLOUR', 2, 'kg')]);
    expect(workIds).toHaveLength(1);
    const workId = String(workIds[0]);
    const work = (await t().admin.get(`/api/v1/work/${workId}`)).body;
    expect(work.groupPuts).toBe(true);
    // Every pick first, then the puts.
    expect(work.lines.map((l: any) => [l.lineNumber, l.lineType, l.locationId])).toEqual([
      [1, 'Pick', 'PICK-1'],
      [2, 'Pick', 'BULK-1'],
      [3, 'Pick', 'PICK-2'],
      [4, 'Put', 'STAGE'],
      [5, 'Put', 'STAGE'],
      [6, 'Put', 'STAGE'],
    ]);
    expect((await pia.post(`/api/v1/work/${workId}/take`, { operationId: 'ppp-take' })).status).toBe(200);
    for (const n of [1, 2, 3]) expect((await pia.post(`/api/v1/work/${workId}/lines/${String(n)}/confirm`, { operationId: `ppp-pick-${String(n)}` })).status).toBe(200);
    expect(await onHand(t(), 'locationId=user:pia')).toEqual({ physical: 8, reserved: 0 });

    // One put of everything picked; sent again with the same operation id, it is applied once.
    const put = await pia.post(`/api/v1/work/${workId}/put-all`, { operationId: 'ppp-put' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.status).toBe('Closed');
    expect(put.body.lines.filter((l: any) => l.lineType === 'Put').map((l: any) => [l.status, l.handledQuantity])).toEqual([
      ['Closed', 4],
      ['Closed', 2],
      ['Closed', 2],
    ]);
    expect((await pia.post(`/api/v1/work/${workId}/put-all`, { operationId: 'ppp-put' })).body.status).toBe('Closed');
    expect(await onHand(t(), 'locationId=user:pia')).toEqual({ physical: 0, reserved: 0 });
    expect((await t().admin.get(`/api/v1/outbound-loads/${loadId}`)).body.status).toBe('Loaded');
    // Nothing left to put: a second put is refused.
    const again = await pia.post(`/api/v1/work/${workId}/put-all`, { operationId: 'ppp-put-2' });
    expect(again.status).toBe(409);
    await expectLedgerConsistent(t());
  });

  it('clusters two shipments in one trip, each into its own license plate', async () => {
    const first = await released('SO-C1', [line(1, 'ITEM-1', 2)]);
    const second = await released('SO-C2', [line(1, 'ITEM-1', 3)]);
    const [w1, w2] = [String(first.workIds[0]), String(second.workIds[0])];

    const same = await pia.post('/api/v1/work-clusters', { operationId: 'cl-bad', members: [{ workId: w1, targetLicensePlateId: 'TOTE-1' }, { workId: w2, targetLicensePlateId: 'TOTE-1' }] });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('WORK.NOT_CLUSTERABLE');

    const created = await pia.post('/api/v1/work-clusters', { operationId: 'cl-1', members: [{ workId: w1, targetLicensePlateId: 'TOTE-1' }, { workId: w2, targetLicensePlateId: 'TOTE-2' }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const cluster = created.body;
    expect(cluster.members.map((m: any) => [m.workId, m.targetLicensePlateId, m.status])).toEqual([
      [w1, 'TOTE-1', 'InProcess'],
      [w2, 'TOTE-2', 'InProcess'],
    ]);
    // Both pieces are Pia's now; another worker cannot cluster them again.
    const other = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'otto'));
    expect((await other.post('/api/v1/work-clusters', { operationId: 'cl-otto', members: [{ workId: w1, targetLicensePlateId: 'TOTE-8' }, { workId: w2, targetLicensePlateId: 'TOTE-9' }] })).status).toBe(409);

    // One trip: the picks of both shipments, then one put.
    const picks = cluster.lines.filter((l: any) => l.lineType === 'Pick');
    expect(picks.map((l: any) => [l.workId, l.quantity, l.targetLicensePlateId])).toEqual(
      expect.arrayContaining([
        [w1, 2, 'TOTE-1'],
        [w2, 3, 'TOTE-2'],
      ]),
    );
    for (const p of picks) {
      const res = await pia.post(`/api/v1/work/${String(p.workId)}/lines/${String(p.lineNumber)}/confirm`, { operationId: `cl-pick-${String(p.workId)}-${String(p.lineNumber)}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const put = await pia.post(`/api/v1/work-clusters/${String(cluster.clusterId)}/put`, { operationId: 'cl-put' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.status).toBe('Closed');
    expect(put.body.members.map((m: any) => m.status)).toEqual(['Closed', 'Closed']);

    // Each shipment's stock reached staging on its own license plate and was issued there for its load.
    const onPlate = async (plate: string) => {
      const rows = (await t().admin.get(`/api/v1/inventory/transactions?licensePlateId=${plate}&locationId=STAGE&limit=100`)).body.items as any[];
      return { arrived: rows.filter((r) => r.kind === 'Transfer').reduce((s, r) => s + r.quantity, 0), issued: rows.filter((r) => r.kind === 'Issue').reduce((s, r) => s + r.quantity, 0) };
    };
    expect(await onPlate('TOTE-1')).toEqual({ arrived: 2, issued: -2 });
    expect(await onPlate('TOTE-2')).toEqual({ arrived: 3, issued: -3 });
    for (const loadId of [first.loadId, second.loadId]) expect((await t().admin.get(`/api/v1/outbound-loads/${loadId}`)).body.status).toBe('Loaded');
    await expectLedgerConsistent(t());
  });
});
