import type { Quayside } from '../src/main.js';
import { recordTransactions } from '../src/modules/inventory/index.js';
import { createApiKey } from '../src/platform/auth/api-keys.js';
import { qty } from '../src/platform/quantity.js';
import { ITEM_COUNT, OWNER_ID, STATUS_ID, WAREHOUSE_ID, itemNumber } from './messages.js';
import { PICK_LOCATION_COUNT, STAGING_LOCATION, STOCK_PER_ITEM, pickLocation } from './outbound-orders.js';
import type { Inject } from './setup.js';

export interface OutboundKeys {
  integration: string;
  planner: string;
  /** One key per picker (the mobile app's user). */
  workers: string[];
  manager: string;
}

const key = async (q: Quayside, name: string, principal: Parameters<typeof createApiKey>[4]) => (await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), name, principal)).key;

/**
 * The outbound side of the warehouse as a manager sets it up through the API (after setUpMasterData):
 * pick locations and a staging location, a pick work template and a wave template that processes
 * waves at release.
 */
export async function setUpOutboundWarehouse(inject: Inject): Promise<void> {
  await inject('POST', '/api/v1/location-profiles', { profileId: 'P-PICK', name: 'Pick', locationType: 'pick' });
  await inject('POST', '/api/v1/location-profiles', { profileId: 'P-STAGE', name: 'Staging', locationType: 'staging' });
  for (let i = 0; i < PICK_LOCATION_COUNT; i++) {
    await inject('POST', '/api/v1/locations', { warehouseId: WAREHOUSE_ID, locationId: pickLocation(i), profileId: 'P-PICK', sortCode: i + 1 });
  }
  await inject('POST', '/api/v1/locations', { warehouseId: WAREHOUSE_ID, locationId: STAGING_LOCATION, profileId: 'P-STAGE' });
  await inject('POST', '/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: WAREHOUSE_ID, sequence: 1 });
  await inject('POST', '/api/v1/wave-templates', { waveTemplateId: 'AT-RELEASE', warehouseId: WAREHOUSE_ID, processAt: 'Release', putLocationId: STAGING_LOCATION, sequence: 1 });
}

/** A source system that reserves at import, with its item mappings; returns the keys of the roles that act. */
export async function setUpOutboundSource(q: Quayside, inject: Inject, sourceSystemId: string, pickers = 1): Promise<OutboundKeys> {
  await inject('POST', '/api/v1/source-systems', { sourceSystemId, name: `Bench ${sourceSystemId}`, defaultOwnerId: OWNER_ID, reservationAtImportPolicy: 'Reserve' });
  const mappings = Array.from({ length: ITEM_COUNT }, (_, i) => ({ externalItemNumber: `ERP-${itemNumber(i)}`, itemNumber: itemNumber(i) }));
  await inject('POST', `/api/v1/source-systems/${sourceSystemId}/items/import`, mappings);
  return {
    integration: await key(q, `${sourceSystemId} integration`, { kind: 'source_system', sourceSystemId }),
    planner: await key(q, 'planner', { kind: 'user', role: 'planner' }),
    workers: await Promise.all(Array.from({ length: pickers }, (_, p) => key(q, `${sourceSystemId}-picker-${p}`, { kind: 'user', role: 'warehouse_worker' }))),
    manager: await key(q, 'manager', { kind: 'user', role: 'warehouse_manager' }),
  };
}

/** Stock for every item at its pick location, as a counting adjustment puts it (not measured). */
export async function putOutboundStock(q: Quayside): Promise<void> {
  await q.ctx.db.kysely.transaction().execute((trx) =>
    recordTransactions(
      trx,
      q.ctx.clock.now(),
      `bench-stock-${q.ctx.ids.uuid()}`,
      Array.from({ length: ITEM_COUNT }, (_, i) => ({
        dimensions: { itemNumber: itemNumber(i), warehouseId: WAREHOUSE_ID, locationId: pickLocation(i), licensePlateId: null, ownerId: OWNER_ID, inventoryStatusId: STATUS_ID, batchNumber: null },
        qty: qty(STOCK_PER_ITEM),
        kind: 'Adjustment' as const,
        status: 'Posted',
        sourceSystemId: null,
        referenceType: 'BenchStock',
        referenceId: 'bench',
        finalized: true,
      })),
    ),
  );
}
