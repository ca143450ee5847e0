import { describe, expect, it } from 'vitest';
import { createErp, drain, messageById, outboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { releaseLargeOrder } from './support/large-order.js';
import { putStock } from './support/outbound.js';

/**
 * A wave as large as a cut-off makes: more "picking started" notification lines than one SQL statement
 * may bind parameters for (SQLite binds at most 32,766; each line takes seven). Processing it by hand
 * answered 500 before its notification lines were written in parts.
 */
describe('a wave with thousands of lines', () => {
  const t = useTestApp();
  const LINES = 4_700;

  it('is processed by hand in one request, with one notification naming every line', async () => {
    const { waveId } = await releaseLargeOrder(t(), LINES);
    const processed = await t().admin.post(`/api/v1/waves/${waveId}/process`, {});
    expect(processed.status).toBe(200);
    expect(processed.body.status).toBe('Executed');
    expect(processed.body.shortages).toEqual([]);
    const notices = await t().q.ctx.db.kysely.selectFrom('outbound_notification_lines').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(notices.n)).toBe(LINES);
  }, 120_000);

  it('holds a wave while it is processed by hand: no second processing, no new shipment; a stopped processing runs out and is finished later', async () => {
    await putStock(t(), [{ itemNumber: 'W-1', locationId: 'PICK-1', quantity: 10 }]);
    const erp = await createErp(t(), 'ERP2');
    await t().admin.post('/api/v1/source-systems/ERP2/items/import', [{ externalItemNumber: 'ERP-W-1', itemNumber: 'W-1' }]);
    const release = async (order: string) => {
      const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(order, { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: 'ERP-W-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' }]));
      await drain(t());
      const orderNumber = (await messageById(t(), sent.body.id)).internalOrderNumber as string;
      const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' });
      expect(released.status).toBe(200);
      return String((await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body.shipments[0].waveId);
    };
    const first = await release('SO-HELD-1');
    // A request that claimed the wave and stopped (a crash): what it leaves behind.
    const db = t().q.ctx.db.kysely;
    await db.updateTable('outbound_waves').set({ processing_until: t().clock.now() + 60_000 }).where('wave_id', '=', first).execute();

    const refused = await t().admin.post(`/api/v1/waves/${first}/process`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('OUTBOUND.WAVE_NOT_OPEN');
    expect(refused.body.detail).toContain('being processed');
    // A shipment released meanwhile starts a wave of its own.
    const second = await release('SO-HELD-2');
    expect(second).not.toBe(first);

    t().clock.advance(61_000);
    const processed = await t().admin.post(`/api/v1/waves/${first}/process`, {});
    expect(processed.status).toBe(200);
    expect(processed.body.status).toBe('Executed');
    expect(processed.body.shipmentIds).toHaveLength(1);
    expect(processed.body.workIds).toHaveLength(1);
    expect((await t().admin.post(`/api/v1/waves/${first}/process`, {})).status).toBe(409);
  });
});
