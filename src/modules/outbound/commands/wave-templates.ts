import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { OutboundErrors } from '../errors.js';

export interface WaveTemplateInput {
  waveTemplateId: string;
  warehouseId: string;
  sourceSystemId?: string | null;
  shippingCarrierId?: string | null;
  deliveryModeCode?: string | null;
  processAt: 'Release' | 'Threshold' | 'Manual';
  thresholdShipments?: number | null;
  putLocationId: string;
  sequence?: number;
}

/** Saves a wave template; its pick work brings stock to a staging or bay door location of the same warehouse. */
export async function createWaveTemplate(ctx: AppContext, b: WaveTemplateInput): Promise<void> {
  const location = await ctx.db.kysely
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select('p.location_type')
    .where('l.warehouse_id', '=', b.warehouseId)
    .where('l.location_id', '=', b.putLocationId)
    .executeTakeFirst();
  if (!location || !['staging', 'bayDoor'].includes(location.location_type)) {
    throw new DomainError(OutboundErrors.notReleasable, `Location '${b.putLocationId}' is not a staging or bay door location of warehouse '${b.warehouseId}'`, [
      { field: 'putLocationId', reason: 'must be a staging or bay door location', value: b.putLocationId },
    ]);
  }
  await ctx.db.kysely
    .insertInto('outbound_wave_templates')
    .values({
      template_id: b.waveTemplateId,
      warehouse_id: b.warehouseId,
      source_system_id: b.sourceSystemId ?? null,
      carrier_id: b.shippingCarrierId ?? null,
      delivery_mode_code: b.deliveryModeCode ?? null,
      process_at: b.processAt,
      threshold_shipments: b.thresholdShipments ?? null,
      put_location_id: b.putLocationId,
      sequence: b.sequence ?? 10,
      created_at: ctx.clock.now(),
    })
    .execute();
}
