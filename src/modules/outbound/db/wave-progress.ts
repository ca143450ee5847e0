import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../../../db-schema.js';
import { OUTBOUND_WORK_REFERENCE } from '../commands/waves.js';

/**
 * A wave being picked: executed, with pick work of one of its shipments not done yet. Shipments stay
 * Waved after picking (only the load turns Loaded), so the open work is what tells. For a query on
 * `outbound_waves as w`.
 */
export function wavePicking(eb: ExpressionBuilder<DB & { w: DB['outbound_waves'] }, 'w'>) {
  return eb.and([
    eb('w.status', '=', 'Executed'),
    eb.exists(
      eb
        .selectFrom('outbound_shipments as s')
        .innerJoin('work_headers as h', (j) => j.onRef('h.reference_id', '=', 's.shipment_id').on('h.reference_type', '=', OUTBOUND_WORK_REFERENCE))
        .select('s.shipment_id')
        .whereRef('s.wave_id', '=', 'w.wave_id')
        .where('h.status', 'in', ['Open', 'InProcess']),
    ),
  ]);
}
