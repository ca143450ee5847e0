import type { Client } from './harness.js';

async function ok(promise: Promise<{ status: number; body: unknown }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Locations for receiving and put-away in WH1: a receipt location RECV, bulk storage B-01..B-03 (one
 * item each, capacity 100), an overflow location, a put-away work template and a directive.
 */
export async function createReceivingLayout(admin: Client, warehouseId = 'WH1'): Promise<void> {
  await ok(admin.post('/api/v1/location-profiles', { profileId: 'RECEIPT', name: 'Receipt', locationType: 'receipt' }), 'profile receipt');
  await ok(admin.post('/api/v1/location-profiles', { profileId: 'BULK', name: 'Bulk', locationType: 'storage', licensePlateControlled: true }), 'profile bulk');
  await ok(admin.post('/api/v1/zones', { warehouseId, zoneId: 'BULK', name: 'Bulk zone' }), 'zone');
  await ok(admin.post('/api/v1/locations', { warehouseId, locationId: 'RECV', profileId: 'RECEIPT' }), 'RECV');
  for (const [i, id] of ['B-01', 'B-02', 'B-03'].entries()) {
    await ok(admin.post('/api/v1/locations', { warehouseId, locationId: id, profileId: 'BULK', zoneId: 'BULK', maxQuantity: 100, maxDistinctItems: 1, sortCode: i + 1 }), id);
  }
  await ok(admin.post('/api/v1/locations', { warehouseId, locationId: 'OVERFLOW', profileId: 'BULK' }), 'OVERFLOW');
  await ok(admin.post('/api/v1/work-templates', { templateId: 'PUT', name: 'Put-away', workType: 'PutAway', warehouseId, sequence: 10 }), 'template');
  await ok(
    admin.post('/api/v1/location-directives', {
      directiveId: 'PUT-BULK',
      name: 'Bulk, one item per location',
      workType: 'PutAway',
      warehouseId,
      sequence: 10,
      zoneId: 'BULK',
      oneItemPerLocation: true,
      fallbackLocationId: 'OVERFLOW',
    }),
    'directive',
  );
}
