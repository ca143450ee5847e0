import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { OutboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';
import { isUniqueViolation } from '../../../platform/db/constraint-errors.js';

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

/** A wave's pick work brings stock to a staging or bay door location of the template's warehouse. */
async function checkPutLocation(ctx: AppContext, b: WaveTemplateInput): Promise<void> {
  const location = await ctx.db.kysely
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select('p.location_type')
    .where('l.warehouse_id', '=', b.warehouseId)
    .where('l.location_id', '=', b.putLocationId)
    .executeTakeFirst();
  if (!location || !['staging', 'bayDoor'].includes(location.location_type)) {
    throw new DomainError(OutboundErrors.waveTemplatePutLocation, `Location '${b.putLocationId}' is not a staging or bay door location of warehouse '${b.warehouseId}'`, [
      { field: 'putLocationId', reason: 'must be a staging or bay door location', value: b.putLocationId },
    ]);
  }
}

const templateRow = (b: WaveTemplateInput) => ({
  warehouse_id: b.warehouseId,
  source_system_id: b.sourceSystemId ?? null,
  carrier_id: b.shippingCarrierId ?? null,
  delivery_mode_code: b.deliveryModeCode ?? null,
  process_at: b.processAt,
  threshold_shipments: b.thresholdShipments ?? null,
  put_location_id: b.putLocationId,
  sequence: b.sequence ?? 10,
});

/** Saves a new wave template. */
export async function createWaveTemplate(ctx: AppContext, b: WaveTemplateInput): Promise<void> {
  await checkPutLocation(ctx, b);
  try {
    await ctx.db.kysely
      .insertInto('outbound_wave_templates')
      .values({ template_id: b.waveTemplateId, ...templateRow(b), created_at: ctx.clock.now() })
      .execute();
  } catch (error) {
    // The id is taken, also by a manager saving the same id at this moment: the primary key decides.
    if (isUniqueViolation(error)) {
      throw new DomainError(OutboundErrors.waveTemplateExists, `Wave template '${b.waveTemplateId}' already exists`, [{ field: 'waveTemplateId', reason: 'already exists', value: b.waveTemplateId }]);
    }
    throw error;
  }
}

/**
 * Replaces a wave template. Shipments released from now on are placed by it; a wave already open keeps
 * its shipments and is processed with the template as it is when processed.
 */
export async function updateWaveTemplate(ctx: AppContext, b: WaveTemplateInput): Promise<void> {
  await checkPutLocation(ctx, b);
  const r = await ctx.db.kysely.updateTable('outbound_wave_templates').set(templateRow(b)).where('template_id', '=', b.waveTemplateId).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new DomainError(OutboundErrors.waveTemplateNotFound, `Wave template '${b.waveTemplateId}' does not exist`);
}

/** Deletes a wave template no open wave still needs (an open wave is processed with its template); executed waves keep its id. */
export async function deleteWaveTemplate(ctx: AppContext, templateId: string): Promise<void> {
  await runCommand(ctx, async ({ trx }) => {
    const open = await trx.selectFrom('outbound_waves').select('wave_id').where('template_id', '=', templateId).where('status', '=', 'Open').orderBy('wave_id').executeTakeFirst();
    if (open) {
      throw new DomainError(OutboundErrors.waveTemplateInUse, `Wave template '${templateId}' has an open wave, ${open.wave_id}: process it first`, [
        { field: 'waveTemplateId', reason: `open wave ${open.wave_id}`, value: templateId },
      ]);
    }
    const r = await trx.deleteFrom('outbound_wave_templates').where('template_id', '=', templateId).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new DomainError(OutboundErrors.waveTemplateNotFound, `Wave template '${templateId}' does not exist`);
  });
}
