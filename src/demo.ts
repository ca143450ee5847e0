import { seedDemoActivity } from './demo-activity.js';
import type { Quayside } from './main.js';
import { createApiKey } from './platform/auth/api-keys.js';
import type { UserRole } from './platform/auth/principal.js';
import { createUser } from './platform/auth/users.js';

const DEMO_SOURCE_SYSTEM = 'DEMO-ERP';
export const DEMO_PASSWORD = 'quayside-demo';
export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; role: UserRole }> = [
  { username: 'admin', displayName: 'Ada Admin', role: 'admin' },
  { username: 'manager', displayName: 'Mia Manager', role: 'warehouse_manager' },
  { username: 'planner', displayName: 'Paul Planner', role: 'planner' },
  { username: 'operator', displayName: 'Olga Operator', role: 'integration_operator' },
  { username: 'worker1', displayName: 'Wes Worker', role: 'warehouse_worker' },
  { username: 'worker2', displayName: 'Wanda Worker', role: 'warehouse_worker' },
];

export async function hasDemoData(q: Quayside): Promise<boolean> {
  const row = await q.ctx.db.kysely.selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', DEMO_SOURCE_SYSTEM).executeTakeFirst();
  return row !== undefined;
}

export function demoUsersText(q: Quayside): string {
  const rows = DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.role}`).join('\n');
  return `
  Demo mode: sign in at http://localhost:${String(q.ctx.config.port)}/ as one of these users, password ${DEMO_PASSWORD}
  (users that existed before the demo was seeded keep their own password):

${rows}

`;
}

/** Demo users that do not exist yet; an existing user of the same name is left alone. */
async function createDemoUsers(q: Quayside): Promise<void> {
  for (const user of DEMO_USERS) {
    const taken = await q.ctx.db.kysely.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
    if (!taken) await createUser(q.ctx.db.kysely, q.ctx.clock.now(), { ...user, password: DEMO_PASSWORD, origin: 'published-demo' });
  }
}

type DemoCall = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => Promise<unknown>;

/**
 * Packing: a packing station, item weights, a carton type, the warehouse's GS1 numbers and a label printer
 * on 127.0.0.1:9100 (with no printer there its jobs stay queued, then failed, visible in the outbound workspace).
 */
async function seedDemoPacking(call: DemoCall): Promise<void> {
  await call('POST', '/api/v1/location-profiles', { profileId: 'PACK', name: 'Packing station', locationType: 'packing', licensePlateControlled: true, allowCycleCounting: false });
  await call('POST', '/api/v1/locations', { warehouseId: 'WH1', locationId: 'PACK-01', profileId: 'PACK' });
  for (const [itemNumber, unitWeightGrams] of [['BOLT-10', 30], ['NUT-10', 10], ['GLUE-1', 250], ['DRILL-1', 1800], ['SAND-25', 1000]] as const) {
    await call('PATCH', `/api/v1/items/${itemNumber}`, { unitWeightGrams });
  }
  await call('PUT', '/api/v1/container-types/CARTON-M', { name: 'Carton 60 x 40 x 40', tareWeightGrams: 450, maxWeightGrams: 25_000, lengthMm: 600, widthMm: 400, heightMm: 400 });
  await call('PUT', '/api/v1/container-types/PALLET-EU', { name: 'Euro pallet', tareWeightGrams: 25_000, maxWeightGrams: 1_000_000, lengthMm: 1200, widthMm: 800, heightMm: 1800 });
  await call('PUT', '/api/v1/warehouses/WH1/label-settings', { gs1CompanyPrefix: '4012345', extensionDigit: 0 });
  await call('PUT', '/api/v1/label-printers/ZEBRA-PACK-01', { name: 'Zebra at packing station 1', host: '127.0.0.1', port: 9100 });
}

/**
 * Seeds a demo warehouse through the same HTTP API an integrator uses (so the data passes every rule),
 * with a temporary admin key that is revoked afterwards. Running it twice only issues a new key.
 */
export async function seedDemo(q: Quayside): Promise<string> {
  const now = q.ctx.clock.now();
  const temp = await createApiKey(q.ctx.db.kysely, q.ctx.ids, now, 'demo seeding', { kind: 'user', role: 'admin' });
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, token = temp.key) => {
    const res = await q.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }), headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode >= 300 && res.statusCode !== 409) throw new Error(`${method} ${url} failed (${String(res.statusCode)}): ${res.body}`);
    return res;
  };
  // The demo users do the floor work themselves, so the work and ledger show who did what.
  const signIn = async (username: string) => {
    const res = await q.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { username, password: DEMO_PASSWORD } });
    if (res.statusCode !== 201) throw new Error(`demo user ${username} cannot sign in: ${res.body}`);
    return res.json<{ token: string }>().token;
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
      await seedDemoPacking(call);
    }
    const integration = await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), 'demo ERP integration', { kind: 'source_system', sourceSystemId: DEMO_SOURCE_SYSTEM });
    if (!existing) {
      await createDemoUsers(q);
      await seedDemoActivity(q, call, integration.key, signIn);
    }
    const base = `http://localhost:${String(q.ctx.config.port)}`;
    return `
Demo data ${existing ? 'was already there' : 'created'}: warehouse WH1 with locations, items BOLT-10, NUT-10, GLUE-1 (batch),
DRILL-1 (serial) and SAND-25 (kg), statuses AV and QC, owner OWNER1, and source system ${DEMO_SOURCE_SYSTEM}, whose
item numbers are ERP-<item>; packing station PACK-01, container types CARTON-M and PALLET-EU, label printer
ZEBRA-PACK-01 (127.0.0.1:9100). Purchase order PO-1001 is received and put away, PO-1002 is announced by ASN license
plate PAL-1002 (still to receive), PO-1003 failed (unknown item); sales order SO-2001 is released with open pick
work, SO-2002 is open; a counting journal and an on-hand report are there.
${demoUsersText(q)}
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
