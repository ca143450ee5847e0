import type { Quayside } from './main.js';
import { createApiKey } from './platform/auth/api-keys.js';

const DEMO_SOURCE_SYSTEM = 'DEMO-ERP';

/**
 * Seeds a demo warehouse through the same HTTP API an integrator uses (so the data passes every rule),
 * with a temporary admin key that is revoked afterwards. Running it twice only issues a new key.
 */
export async function seedDemo(q: Quayside): Promise<string> {
  const now = q.ctx.clock.now();
  const temp = await createApiKey(q.ctx.db.kysely, q.ctx.ids, now, 'demo seeding', { kind: 'user', role: 'admin' });
  const call = async (method: 'POST' | 'PUT', url: string, payload: unknown) => {
    const res = await q.app.inject({ method, url, payload: payload as object, headers: { authorization: `Bearer ${temp.key}` } });
    if (res.statusCode >= 300 && res.statusCode !== 409) throw new Error(`${method} ${url} failed (${String(res.statusCode)}): ${res.body}`);
    return res;
  };
  try {
    const existing = await q.ctx.db.kysely.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', DEMO_SOURCE_SYSTEM).executeTakeFirst();
    if (!existing) {
      await call('POST', '/api/v1/sites', { siteId: 'SITE1', name: 'Harbour site' });
      await call('POST', '/api/v1/warehouses', { warehouseId: 'WH1', name: 'Quayside demo warehouse', siteId: 'SITE1' });
      await call('POST', '/api/v1/zones', { warehouseId: 'WH1', zoneId: 'BULK', name: 'Bulk storage' });
      await call('POST', '/api/v1/zones', { warehouseId: 'WH1', zoneId: 'PICK', name: 'Pick face' });
      for (const [profileId, locationType, lp] of [
        ['RECV', 'receipt', true],
        ['BULK', 'storage', true],
        ['PICK', 'pick', false],
        ['STAGE', 'staging', true],
        ['DOOR', 'bayDoor', true],
      ] as const) {
        await call('POST', '/api/v1/location-profiles', { profileId, name: profileId, locationType, licensePlateControlled: lp, allowCycleCounting: locationType !== 'bayDoor' });
      }
      const locations = [
        { locationId: 'RECV-01', profileId: 'RECV' },
        { locationId: 'STAGE-01', profileId: 'STAGE' },
        { locationId: 'DOOR-01', profileId: 'DOOR' },
        ...['A-01-01', 'A-01-02', 'A-02-01', 'A-02-02'].map((locationId) => ({ locationId, profileId: 'BULK', zoneId: 'BULK' })),
        ...['P-01', 'P-02', 'P-03'].map((locationId) => ({ locationId, profileId: 'PICK', zoneId: 'PICK' })),
      ];
      await call('POST', '/api/v1/locations/import', locations.map((l) => ({ warehouseId: 'WH1', ...l })));
      await call('POST', '/api/v1/units/import', [
        { symbol: 'ea', name: 'Each', decimals: 0 },
        { symbol: 'box', name: 'Box of 12', decimals: 0 },
        { symbol: 'kg', name: 'Kilogram', decimals: 3 },
      ]);
      await call('POST', '/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', numerator: 12, denominator: 1 });
      await call('POST', '/api/v1/items/import', [
        { itemNumber: 'BOLT-10', name: 'Hex bolt M10', inventoryUnit: 'ea' },
        { itemNumber: 'NUT-10', name: 'Hex nut M10', inventoryUnit: 'ea' },
        { itemNumber: 'GLUE-1', name: 'Two-part epoxy', inventoryUnit: 'ea', batchTracked: true, shelfLifeDays: 365 },
        { itemNumber: 'DRILL-1', name: 'Cordless drill', inventoryUnit: 'ea', serialTracked: true },
        { itemNumber: 'SAND-25', name: 'Sand', inventoryUnit: 'kg' },
      ]);
      await call('POST', '/api/v1/inventory-statuses', { statusId: 'AV', name: 'Available', available: true, isDefault: true });
      await call('POST', '/api/v1/inventory-statuses', { statusId: 'QC', name: 'Quality check', available: false });
      await call('POST', '/api/v1/inventory-owners', { ownerId: 'OWNER1', name: 'Demo trading company' });
      await call('POST', '/api/v1/source-systems', { sourceSystemId: DEMO_SOURCE_SYSTEM, name: 'Demo ERP', defaultOwnerId: 'OWNER1' });
      await call('PUT', `/api/v1/inventory-owners/OWNER1/source-system-ids/${DEMO_SOURCE_SYSTEM}`, { externalOwnerId: 'C001' });
      await call(
        'POST',
        `/api/v1/source-systems/${DEMO_SOURCE_SYSTEM}/items/import`,
        ['BOLT-10', 'NUT-10', 'GLUE-1', 'DRILL-1', 'SAND-25'].map((itemNumber) => ({ externalItemNumber: `ERP-${itemNumber}`, itemNumber })),
      );
    }
    const integration = await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), 'demo ERP integration', { kind: 'source_system', sourceSystemId: DEMO_SOURCE_SYSTEM });
    const base = `http://localhost:${String(q.ctx.config.port)}`;
    return `
Demo data ${existing ? 'was already there' : 'created'}: warehouse WH1 with locations, items BOLT-10, NUT-10, GLUE-1 (batch),
DRILL-1 (serial) and SAND-25 (kg), statuses AV and QC, owner OWNER1, and source system ${DEMO_SOURCE_SYSTEM}, whose
item numbers are ERP-<item>.

An integration key for ${DEMO_SOURCE_SYSTEM} (shown once):

    ${integration.key}

Try, with Quayside running (npm start):

  KEY=${integration.key}
  curl -s -X POST ${base}/api/v1/inbound-shipment-order-messages -H "Authorization: Bearer $KEY" \\
    -H 'content-type: application/json' -d '{"messageId":"m-1","orderNumber":"PO-1","receivingWarehouseId":"WH1",
    "lines":[{"orderLineNumber":1,"itemNumber":"ERP-BOLT-10","expectedQuantity":5,"expectedUnitSymbol":"box"}]}'
  curl -s ${base}/api/v1/messages -H "Authorization: Bearer $KEY"
  curl -s ${base}/api/v1/inbound-shipment-orders/PO-1 -H "Authorization: Bearer $KEY"
  curl -s "${base}/api/v1/events?after=0" -H "Authorization: Bearer $KEY"

The API reference is at ${base}/docs.
`;
  } finally {
    await q.ctx.db.kysely.updateTable('api_keys').set({ revoked_at: q.ctx.clock.now() }).where('id', '=', temp.id).execute();
  }
}
