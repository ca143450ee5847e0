import { describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/** A warehouse manager keeps wave templates up to date: changes apply to the next release; a template an open wave needs stays. */
describe('wave templates', () => {
  const t = useTestApp();
  const template = { warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 };
  const templates = async () => (await t().admin.get('/api/v1/wave-templates')).body.items as Array<Record<string, unknown>>;
  const releaseNew = async (orderNumber: string) => {
    const { erp } = await createErp(t(), `ERP-${orderNumber}`);
    const sent = await erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber));
    expect(sent.status).toBe(202);
    await drain(t());
    const internal = (await messageById(t(), sent.body.id)).internalOrderNumber as string;
    const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${internal}/release`, {});
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body;
    return (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body as { waveId: string; status: string; waveTemplateId: string };
  };

  it('are changed by a manager, and the next release follows the change', async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await putStock(t(), [{ itemNumber: 'ITEM-1', locationId: 'PICK-1', quantity: 100 }]);
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'MAIN', ...template })).status).toBe(201);
    expect((await releaseNew('SO-W1')).status).toBe('Executed');

    // The same id again (it was a 500 before this change), also from three managers at once: one is saved, the rest refused.
    const again = await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'MAIN', ...template, sequence: 5 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('OUTBOUND.WAVE_TEMPLATE_EXISTS');
    expect(again.body.errors[0].field).toBe('waveTemplateId');
    const atOnce = await Promise.all([1, 2, 3].map(() => t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'SECOND', ...template, sequence: 2 })));
    expect(atOnce.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await t().admin.delete('/api/v1/wave-templates/SECOND')).status).toBe(204);

    const manual = await t().admin.put('/api/v1/wave-templates/MAIN', { ...template, processAt: 'Manual' });
    expect(manual.status).toBe(200);
    expect(manual.body).toMatchObject({ waveTemplateId: 'MAIN', processAt: 'Manual' });
    expect(await templates()).toEqual([expect.objectContaining({ waveTemplateId: 'MAIN', processAt: 'Manual', sequence: 1 })]);
    const waiting = await releaseNew('SO-W2');
    expect(waiting).toMatchObject({ status: 'Open', waveTemplateId: 'MAIN' });

    // Refused changes change nothing.
    const notStaging = await t().admin.put('/api/v1/wave-templates/MAIN', { ...template, putLocationId: 'PICK-1' });
    expect(notStaging.status).toBe(422);
    expect(notStaging.body.code).toBe('OUTBOUND.WAVE_TEMPLATE_PUT_LOCATION');
    expect(notStaging.body.errors[0].field).toBe('putLocationId');
    expect((await t().admin.put('/api/v1/wave-templates/NOPE', template)).status).toBe(404);
    expect((await t().admin.put('/api/v1/wave-templates/MAIN', { ...template, processAt: 'Sometimes' })).status).toBe(400);
    expect((await t().admin.put(`/api/v1/wave-templates/${'X'.repeat(51)}`, template)).status).toBe(400);
    const planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'planner'));
    expect((await planner.put('/api/v1/wave-templates/MAIN', template)).status).toBe(403);
    expect((await planner.delete('/api/v1/wave-templates/MAIN')).status).toBe(403);
    expect(await templates()).toEqual([expect.objectContaining({ waveTemplateId: 'MAIN', processAt: 'Manual', putLocationId: 'STAGE' })]);

    // An open wave needs its template: deleting waits until it is processed; the executed wave keeps the id.
    const inUse = await t().admin.delete('/api/v1/wave-templates/MAIN');
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('OUTBOUND.WAVE_TEMPLATE_IN_USE');
    expect(inUse.body.detail).toContain(waiting.waveId);
    expect((await t().admin.post(`/api/v1/waves/${waiting.waveId}/process`, {})).body.status).toBe('Executed');
    expect((await t().admin.delete('/api/v1/wave-templates/MAIN')).status).toBe(204);
    expect(await templates()).toEqual([]);
    expect((await t().admin.get(`/api/v1/waves/${waiting.waveId}`)).body.waveTemplateId).toBe('MAIN');
    expect((await t().admin.delete('/api/v1/wave-templates/MAIN')).status).toBe(404);
  });
});
